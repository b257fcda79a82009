// Package diff compares two scored runs of a compliance assessment — last
// year's and this year's, say — and says which units regressed, which
// improved, which stayed, which fell into the red zone, which indicators
// drove it, and whether the comparison is fair at all.
//
// Compare takes two results models (each carrying the rubric it was scored
// with) and returns a Report; the renderers in this package (table.go,
// json.go, csv.go, xlsx.go, pdf.go, behind the Format interface) write
// the same Report as a terminal table, the versioned JSON
// (kepatuhan/diff/v1, documented in SCHEMA.md), CSV, an Excel workbook
// and an A4 PDF.
//
// The rules, in words:
//
//   - Units match by code, ignoring case and surrounding space. A unit
//     only in OLD is removed; only in NEW, added.
//   - Indicators match by code, following the NEW rubric's lineage: a NEW
//     indicator matches the OLD indicator of its own code and every OLD
//     code it lists in `replaces` (renamed, merged, split). An OLD code
//     that some NEW indicator replaces is not also matched by identity.
//     Changed weight shares and answer types are noted.
//   - Comparability: the two sides' rubrics are compared by reference
//     (id@variant), version and hash. Scores are subtracted only when both
//     scales have the same min, max and rule; otherwise no delta is ever
//     computed, and zones, bands and indicator flips still compare. The
//     same id and version with a different hash (an edited rubric) is
//     flagged.
//   - A unit's status: the zone decides first (merah < kuning < hijau):
//     down is a regression, up an improvement. In the same zone (or with
//     no zones) the delta decides, on the same scale only: any drop of the
//     published (rounded) score is a regression, any gain an improvement,
//     none is unchanged. A unit that was complete and became incomplete
//     counts as a regression (it lost its published score); a unit that
//     was incomplete in OLD cannot be compared. With different scales and
//     no zones to compare, a unit is not comparable.
//   - Order: regressions first (zone drops, the largest first; then units
//     that became incomplete; then score drops, the largest first), then
//     improvements (zone gains, then the largest gains), then unchanged,
//     not comparable, added and removed units; ties keep the input order.
//   - Flags, for auditors to check the evidence: jump (a gain of more than
//     the jump threshold, in points of the scale: by default 30% of the
//     scale's range, i.e. 30 on 0–100 and 1.5 on the 0–5 index; only on
//     the same scale), zone_leap (merah straight to hijau, on any scales)
//     and type_changed (the unit's type differs between the runs).
//   - An indicator flips for a unit when its status moves between met,
//     partly met and not met (down: towards not met; up: towards met).
//     N/A, not applicable and missing answers are not flips. A merged
//     indicator's OLD status is the weighted mean of the OLD fractions.
//   - The region's score is score.Region on each side over all its units;
//     the change is a delta only on the same scale.
package diff

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Schema identifies the diff JSON format.
const Schema = "kepatuhan/diff/v1"

// DefaultJumpShare is the default jump threshold as a share of the scale's
// range: 30 points on 0–100, 1.5 on 0–5, 22.5 on SKM's 25–100.
const DefaultJumpShare = 0.3

// Options tune a comparison.
type Options struct {
	// Jump is the gain, in points of the scale, above which a unit is
	// flagged; 0 means DefaultJumpShare of the scale's range.
	Jump float64
	// SelfVsVerified: old and new are a round's self-assessments and
	// verified results (SelfVsVerified, round.go).
	SelfVsVerified bool
}

// Status is how a unit changed.
type Status uint8

// Unit statuses, in the order a report lists them.
const (
	Regressed     Status = iota // zone down, became incomplete, or score down
	Improved                    // zone up or score up
	Unchanged                   // same score (same scale) or same zone
	NotComparable               // incomplete in OLD, or nothing in common to compare
	Added                       // only in NEW
	Removed                     // only in OLD
)

var statusNames = [...]string{"regressed", "improved", "unchanged", "not_comparable", "added", "removed"}

func (s Status) String() string { return statusNames[s] }

// Statuses lists every status in report order.
func Statuses() []Status {
	return []Status{Regressed, Improved, Unchanged, NotComparable, Added, Removed}
}

// Reason says why a unit has its status.
type Reason string

// Reasons.
const (
	ZoneDown         Reason = "zone_down"
	BecameIncomplete Reason = "became_incomplete"
	ScoreDown        Reason = "score_down"
	ZoneUp           Reason = "zone_up"
	ScoreUp          Reason = "score_up"
	SameScore        Reason = "same_score"
	SameZone         Reason = "same_zone"
	OldIncomplete    Reason = "old_incomplete"    // incomplete in OLD, complete in NEW
	BothIncomplete   Reason = "both_incomplete"   // incomplete in both
	NoCommonMeasure  Reason = "no_common_measure" // different scales and no zones to compare
	OnlyNew          Reason = "only_new"
	OnlyOld          Reason = "only_old"
)

// Flag marks a unit for an auditor to check.
type Flag string

// Flags.
const (
	Jump        Flag = "jump"         // gained more than the jump threshold
	ZoneLeap    Flag = "zone_leap"    // merah straight to hijau
	TypeChanged Flag = "type_changed" // the unit's type differs
)

// UnitSide is a unit as one run scored it.
type UnitSide struct {
	Name   string
	Type   string
	Status results.Status
	Score  *float64 // rounded; nil when incomplete
	Grade  string
	Zone   rubric.Zone
	Label  rubric.Text // the band's label; zero when incomplete
	Counts results.Counts
}

// UnitDiff is one unit's change.
type UnitDiff struct {
	Code     string // as NEW writes it (OLD for a removed unit)
	Name     string // NEW's, else OLD's
	Type     string // NEW's, else OLD's
	Old, New *UnitSide
	Status   Status
	Reason   Reason
	// Delta is NEW − OLD in points of the scale, rounded to the report's
	// decimals; nil unless both are complete on the same scale.
	Delta *float64
	// ZoneSteps is the zone change (+2 merah → hijau, −1 hijau → kuning);
	// 0 when the zones are the same or not compared.
	ZoneSteps int
	Flags     []Flag
	Flips     []Flip // indicator flips, in NEW rubric order
	// Evidence notes files of last year's evidence changed or gone for
	// indicators met in both years (evidence.go).
	Evidence []EvidenceChange
}

// Down counts the unit's indicators that flipped down.
func (u *UnitDiff) Down() int {
	n := 0
	for _, f := range u.Flips {
		if f.Down() {
			n++
		}
	}
	return n
}

// Up counts the unit's indicators that flipped up.
func (u *UnitDiff) Up() int { return len(u.Flips) - u.Down() }

// Has reports whether the unit carries flag f.
func (u *UnitDiff) Has(f Flag) bool {
	for _, g := range u.Flags {
		if g == f {
			return true
		}
	}
	return false
}

// Flip is one indicator's change of status at one unit.
type Flip struct {
	Indicator string   // NEW code
	OldCodes  []string // the OLD codes it matched
	From, To  results.IndicatorStatus
}

// Down reports whether the flip is towards not met.
func (f Flip) Down() bool { return statusRank(f.To) < statusRank(f.From) }

func statusRank(s results.IndicatorStatus) int {
	switch s {
	case results.NotMet:
		return 0
	case results.Partial:
		return 1
	}
	return 2
}

// Match says how a NEW indicator relates to the OLD rubric.
type Match string

// Matches.
const (
	MatchSame    Match = "same"    // the same code
	MatchRenamed Match = "renamed" // replaces one OLD code
	MatchMerged  Match = "merged"  // stands for several OLD indicators
	MatchSplit   Match = "split"   // one of several NEW indicators replacing the same OLD code
	MatchAdded   Match = "added"   // no OLD counterpart
	MatchRemoved Match = "removed" // an OLD indicator nothing matches
)

// IndicatorDiff is one indicator's lineage and flips.
type IndicatorDiff struct {
	Code     string   // NEW code; "" for a removed indicator
	OldCodes []string // matched OLD codes (the code itself for a removed one)
	Match    Match
	Text     rubric.Text // NEW text, else OLD
	// OldShare and NewShare are the indicators' nominal shares of the
	// total weight, 0..1 (summed over OldCodes); 0 on the missing side.
	OldShare, NewShare float64
	OldType, NewType   string // answer types ("check+levels" for mixed OLD ones)
	WeightChanged      bool
	TypeChanged        bool
	// Compared counts the units present in both runs where both sides
	// scored the indicator; Down and Up the flips among them.
	Compared, Down, Up int
	DownUnits, UpUnits []string // unit codes, in report order
}

// Level says how a comparability note reads.
type Level uint8

// Note levels.
const (
	OK      Level = iota // comparable (✓)
	Caution              // comparable with care (!)
	Not                  // not compared (✗)
)

var levelNames = [...]string{"ok", "caution", "not_compared"}

func (l Level) String() string { return levelNames[l] }

// Mark is the level's one-character sign.
func (l Level) Mark() string { return [...]string{"✓", "!", "✗"}[l] }

// Note is one statement of what is and is not comparable.
type Note struct {
	Level Level
	Code  string // stable, for programs: "rubric_version", "scores_not_compared", …
	Key   msg.Key
	Args  []any
}

// Text renders the note in lang.
func (n Note) Text(lang msg.Lang) string { return msg.T(lang, n.Key, n.args(lang)...) }

// Comparability is what the two runs have in common.
type Comparability struct {
	SameRef     bool // same rubric id (and variant)
	SameVersion bool
	SameHash    bool
	// SameScale: the scales have the same min, max and rule, so scores
	// are subtracted.
	SameScale bool
	// Zones: both rubrics have zones, so zones are compared.
	Zones bool
	// ZoneBounds: the zones start at the same scores (same scale only).
	ZoneBounds bool
	Matched    int // NEW indicators with an OLD counterpart
	ByReplaces int // … of which through `replaces`
	NewOnly    int // NEW indicators without one
	OldOnly    int // OLD indicators nothing matches
	Weights    int // matched indicators whose weight share changed
	Types      int // matched indicators whose answer type changed
	Notes      []Note
}

// SameRubric reports whether both runs used the very same rubric.
func (c *Comparability) SameRubric() bool { return c.SameRef && c.SameVersion && c.SameHash }

// Side is one run.
type Side struct {
	Rubric *rubric.Rubric
	Inputs []results.Input
	// Regions and Periods are the regions and the periods the run's units
	// were assessed in, each once (none when no unit says); a document
	// names them with RegionName and Period.
	Regions, Periods []string
	Units            int
	Complete         int
	Region           score.RegionScore
}

// Category is a column or row of the zone transition matrix.
type Category uint8

// Matrix categories.
const (
	CatHijau Category = iota
	CatKuning
	CatMerah
	CatNoZone     // complete, in a band without a zone
	CatIncomplete // no score
	CatAbsent     // not in this run
)

var categoryNames = [...]string{"hijau", "kuning", "merah", "none", "incomplete", "absent"}

func (c Category) String() string { return categoryNames[c] }

// Categories lists the matrix categories in order.
func Categories() []Category {
	return []Category{CatHijau, CatKuning, CatMerah, CatNoZone, CatIncomplete, CatAbsent}
}

// Matrix counts units by OLD category (row) and NEW category (column).
type Matrix [6][6]int

// Row reports whether any unit is in OLD category c.
func (m *Matrix) Row(c Category) bool {
	for _, n := range m[c] {
		if n > 0 {
			return true
		}
	}
	return false
}

// Col reports whether any unit is in NEW category c.
func (m *Matrix) Col(c Category) bool {
	for i := range m {
		if m[i][c] > 0 {
			return true
		}
	}
	return false
}

// Region is the region's change.
type Region struct {
	Old, New score.RegionScore
	Delta    *float64 // on the same scale only
}

// Report is a comparison of two runs.
type Report struct {
	Tool          string
	Old, New      Side
	Comparability Comparability
	// Jump is the flag threshold in points of the scale; nil when scores
	// are not compared.
	Jump       *float64
	Decimals   int // of deltas: the finer of the two scales
	Units      []UnitDiff
	Indicators []IndicatorDiff
	Matrix     Matrix
	Region     Region

	compared []int // by link of the lineage: units where both sides scored it

	// SelfVsVerified: OLD is a round's self-assessments and NEW its
	// verified results (round.go).
	SelfVsVerified bool
}

// Count returns how many units have status s.
func (r *Report) Count(s Status) int {
	n := 0
	for i := range r.Units {
		if r.Units[i].Status == s {
			n++
		}
	}
	return n
}

// Regressed reports whether any unit regressed.
func (r *Report) Regressed() bool { return r.Count(Regressed) > 0 }

// Flagged counts the units carrying flag f.
func (r *Report) Flagged(f Flag) int {
	n := 0
	for i := range r.Units {
		if r.Units[i].Has(f) {
			n++
		}
	}
	return n
}

// Compare compares OLD and NEW, each scored with its own rubric.
func Compare(old, new *results.Results, o Options) *Report {
	rep := &Report{
		Tool:     stamp.Tool(),
		Old:      side(old),
		New:      side(new),
		Decimals: max(old.Rubric.Scale.Decimals, new.Rubric.Scale.Decimals),

		SelfVsVerified: o.SelfVsVerified,
	}
	c := &rep.Comparability
	ro, rn := old.Rubric, new.Rubric
	c.SameRef = strings.EqualFold(ro.Ref(), rn.Ref())
	c.SameVersion = ro.Version == rn.Version
	c.SameHash = ro.Hash() == rn.Hash()
	c.SameScale = ro.Scale.Min == rn.Scale.Min && ro.Scale.Max == rn.Scale.Max && ro.Scale.Rule == rn.Scale.Rule
	c.Zones = hasZones(ro) && hasZones(rn)
	c.ZoneBounds = c.SameScale && zoneRanges(ro) == zoneRanges(rn)
	if c.SameScale {
		j := o.Jump
		if j <= 0 {
			j = score.Round(DefaultJumpShare*(rn.Scale.Max-rn.Scale.Min), rep.Decimals, rubric.HalfAwayFromZero)
		}
		rep.Jump = &j
	}

	lin := lineage(ro, rn)
	rep.units(old, new, lin)
	rep.roundFlags(old, new) // round.go
	rep.indicators(lin)
	rep.notes()

	rep.Region.Old, rep.Region.New = rep.Old.Region, rep.New.Region
	if c.SameScale && rep.Region.Old.Score != nil && rep.Region.New.Score != nil {
		d := rep.delta(*rep.Region.Old.Score, *rep.Region.New.Score)
		rep.Region.Delta = &d
	}
	return rep
}

// RegionName is what a document calls the run's region: the one its
// units give, or several named or counted (results.Naming).
func (s Side) RegionName(lang msg.Lang) string {
	return results.Naming(lang, s.Regions, msg.DocRegions)
}

// Period is what a document calls the run's period, as RegionName.
func (s Side) Period(lang msg.Lang) string {
	return results.Naming(lang, s.Periods, msg.DocPeriods)
}

func side(r *results.Results) Side {
	s := Side{Rubric: r.Rubric, Inputs: r.Inputs, Units: len(r.Units), Region: score.Region(r.Rubric, r.Units),
		Regions: results.Distinct(r.Units, func(u *results.Unit) string { return u.Region }),
		Periods: results.Distinct(r.Units, func(u *results.Unit) string { return u.Period })}
	for i := range r.Units {
		if r.Units[i].Status == results.Complete {
			s.Complete++
		}
	}
	return s
}

func (r *Report) delta(old, new float64) float64 {
	d := score.Round(new-old, r.Decimals, rubric.HalfAwayFromZero)
	if d == 0 {
		d = 0 // no negative zero
	}
	return d
}

func hasZones(r *rubric.Rubric) bool {
	for _, b := range r.Bands {
		if b.Zone != rubric.NoZone {
			return true
		}
	}
	return false
}
