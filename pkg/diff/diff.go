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
	"math"
	"sort"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
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
	Rubric   *rubric.Rubric
	Inputs   []results.Input
	Units    int
	Complete int
	Region   score.RegionScore
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

	compared map[string]int // NEW indicator code → units where both sides scored it
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
	rep.indicators(lin)
	rep.notes()

	rep.Region.Old, rep.Region.New = rep.Old.Region, rep.New.Region
	if c.SameScale && rep.Region.Old.Score != nil && rep.Region.New.Score != nil {
		d := rep.delta(*rep.Region.Old.Score, *rep.Region.New.Score)
		rep.Region.Delta = &d
	}
	return rep
}

func side(r *results.Results) Side {
	s := Side{Rubric: r.Rubric, Inputs: r.Inputs, Units: len(r.Units), Region: score.Region(r.Rubric, r.Units)}
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

// zoneRanges describes where each zone lies on the scale, e.g.
// "merah 0–50.99 · kuning 51–80.99 · hijau 81–100" (with a decimal point;
// ZoneRanges renders it for a language).
func zoneRanges(r *rubric.Rubric) string { return ZoneRanges(r, msg.EN) }

// ZoneRanges describes where each zone lies on r's scale, in lang's
// number notation: "merah 0–50,99 · kuning 51–80,99 · hijau 81–100".
// Adjacent bands of the same zone are joined.
func ZoneRanges(r *rubric.Rubric, lang msg.Lang) string {
	type span struct {
		zone   rubric.Zone
		lo, hi float64
	}
	var spans []span
	for _, b := range r.Bands {
		if n := len(spans); n > 0 && spans[n-1].zone == b.Zone {
			spans[n-1].hi = b.Max
			continue
		}
		spans = append(spans, span{b.Zone, b.Min, b.Max})
	}
	parts := make([]string, 0, len(spans))
	for _, s := range spans {
		name := string(s.zone)
		if s.zone == rubric.NoZone {
			name = "-"
		}
		parts = append(parts, name+" "+bound(lang, s.lo, r.Scale.Decimals)+"–"+bound(lang, s.hi, r.Scale.Decimals))
	}
	return strings.Join(parts, " · ")
}

// bound renders a band's bound: a whole number as such ("81"), any other
// with the scale's decimals ("50,99", "3,50").
func bound(lang msg.Lang, x float64, decimals int) string {
	if x == math.Trunc(x) {
		return locale.Plain(lang, x, 0)
	}
	return locale.Plain(lang, x, decimals)
}

// Rank of a zone: merah 0, kuning 1, hijau 2; -1 for none.
func zoneRank(z rubric.Zone) int {
	switch z {
	case rubric.Merah:
		return 0
	case rubric.Kuning:
		return 1
	case rubric.Hijau:
		return 2
	}
	return -1
}

func unitSide(u *results.Unit) *UnitSide {
	s := &UnitSide{Name: u.Name, Type: u.Type, Status: u.Status, Score: u.Score, Counts: u.Counts}
	if u.Status == results.Complete && u.Band != nil {
		s.Grade, s.Zone, s.Label = u.Band.Grade, u.Band.Zone, u.Band.Label
	}
	if u.Status != results.Complete {
		s.Score = nil
	}
	return s
}

func category(s *UnitSide) Category {
	switch {
	case s == nil:
		return CatAbsent
	case s.Status != results.Complete:
		return CatIncomplete
	}
	switch s.Zone {
	case rubric.Hijau:
		return CatHijau
	case rubric.Kuning:
		return CatKuning
	case rubric.Merah:
		return CatMerah
	}
	return CatNoZone
}

// units matches units by code and decides each one's status.
func (r *Report) units(old, new *results.Results, lin []link) {
	oldBy := make(map[string]int, len(old.Units))
	for i := range old.Units {
		k := rubric.CodeKey(old.Units[i].Code)
		if _, dup := oldBy[k]; !dup {
			oldBy[k] = i
		}
	}
	type keyed struct {
		UnitDiff
		order int
	}
	var all []keyed
	usedOld := make([]bool, len(old.Units))
	seenNew := map[string]bool{}
	for i := range new.Units {
		nu := &new.Units[i]
		k := rubric.CodeKey(nu.Code)
		if seenNew[k] {
			continue
		}
		seenNew[k] = true
		ud := UnitDiff{Code: nu.Code, Name: nu.Name, Type: nu.Type, New: unitSide(nu)}
		if j, ok := oldBy[k]; ok {
			usedOld[j] = true
			ou := &old.Units[j]
			ud.Old = unitSide(ou)
			if ud.Name == "" {
				ud.Name = ou.Name
			}
			if ud.Type == "" {
				ud.Type = ou.Type
			}
			r.decide(&ud)
			ud.Flips = r.flips(lin, ou, nu)
		} else {
			ud.Status, ud.Reason = Added, OnlyNew
		}
		all = append(all, keyed{ud, i})
	}
	for j := range old.Units {
		if usedOld[j] {
			continue
		}
		ou := &old.Units[j]
		if oldBy[rubric.CodeKey(ou.Code)] != j {
			continue // a second unit with the same code in OLD
		}
		ud := UnitDiff{Code: ou.Code, Name: ou.Name, Type: ou.Type, Old: unitSide(ou), Status: Removed, Reason: OnlyOld}
		all = append(all, keyed{ud, len(new.Units) + j})
	}
	sort.SliceStable(all, func(a, b int) bool {
		x, y := &all[a], &all[b]
		if x.Status != y.Status {
			return x.Status < y.Status
		}
		if rx, ry := reasonRank(x.Reason), reasonRank(y.Reason); rx != ry {
			return rx < ry
		}
		switch x.Status {
		case Regressed:
			if x.ZoneSteps != y.ZoneSteps {
				return x.ZoneSteps < y.ZoneSteps
			}
			if a, b := deltaKey(x.Delta, true), deltaKey(y.Delta, true); a != b {
				return a < b
			}
		case Improved:
			if x.ZoneSteps != y.ZoneSteps {
				return x.ZoneSteps > y.ZoneSteps
			}
			if a, b := deltaKey(x.Delta, false), deltaKey(y.Delta, false); a != b {
				return a > b
			}
		}
		return x.order < y.order
	})
	r.Units = make([]UnitDiff, len(all))
	for i := range all {
		r.Units[i] = all[i].UnitDiff
		r.Matrix[category(all[i].Old)][category(all[i].New)]++
	}
}

// deltaKey is a delta to sort by; a missing one sorts last both in
// ascending order (regressions: the largest drop first) and descending
// order (improvements: the largest gain first).
func deltaKey(d *float64, ascending bool) float64 {
	switch {
	case d != nil:
		return *d
	case ascending:
		return math.Inf(1)
	}
	return math.Inf(-1)
}

func reasonRank(r Reason) int {
	switch r {
	case ZoneDown, ZoneUp:
		return 0
	case BecameIncomplete:
		return 1
	}
	return 2
}

// decide sets a matched unit's status, reason, delta and flags.
func (r *Report) decide(u *UnitDiff) {
	c := &r.Comparability
	o, n := u.Old, u.New
	if o.Type != "" && n.Type != "" && rubric.CodeKey(o.Type) != rubric.CodeKey(n.Type) {
		u.Flags = append(u.Flags, TypeChanged)
	}
	switch {
	case o.Status != results.Complete && n.Status != results.Complete:
		u.Status, u.Reason = NotComparable, BothIncomplete
		return
	case o.Status != results.Complete:
		u.Status, u.Reason = NotComparable, OldIncomplete
		return
	case n.Status != results.Complete:
		u.Status, u.Reason = Regressed, BecameIncomplete
		return
	}
	if c.SameScale {
		d := r.delta(*o.Score, *n.Score)
		u.Delta = &d
	}
	zo, zn := zoneRank(o.Zone), zoneRank(n.Zone)
	zoned := c.Zones && zo >= 0 && zn >= 0
	if zoned {
		u.ZoneSteps = zn - zo
	}
	switch {
	case zoned && zn < zo:
		u.Status, u.Reason = Regressed, ZoneDown
	case zoned && zn > zo:
		u.Status, u.Reason = Improved, ZoneUp
	case u.Delta != nil && *u.Delta < 0:
		u.Status, u.Reason = Regressed, ScoreDown
	case u.Delta != nil && *u.Delta > 0:
		u.Status, u.Reason = Improved, ScoreUp
	case u.Delta != nil:
		u.Status, u.Reason = Unchanged, SameScore
	case zoned:
		u.Status, u.Reason = Unchanged, SameZone
	default:
		u.Status, u.Reason = NotComparable, NoCommonMeasure
	}
	if u.Delta != nil && r.Jump != nil && *u.Delta > *r.Jump {
		u.Flags = append(u.Flags, Jump)
	}
	if zoned && zo == 0 && zn == 2 {
		u.Flags = append(u.Flags, ZoneLeap)
	}
	// A stable order of flags: jump, zone_leap, type_changed.
	sort.SliceStable(u.Flags, func(i, j int) bool { return flagRank(u.Flags[i]) < flagRank(u.Flags[j]) })
}

func flagRank(f Flag) int {
	switch f {
	case Jump:
		return 0
	case ZoneLeap:
		return 1
	}
	return 2
}

// link is one NEW indicator and the OLD ones it matches.
type link struct {
	new   *rubric.Indicator
	old   []*rubric.Indicator
	match Match
}

// lineage matches NEW indicators to OLD ones: by `replaces`, and by
// identity for OLD codes no NEW indicator replaces. NEW indicators come
// in NEW rubric order; OLD indicators nothing matches follow (new nil).
func lineage(ro, rn *rubric.Rubric) []link {
	claimed := map[string]int{} // OLD code key → NEW indicators replacing it
	for _, ind := range rn.Indicators() {
		for _, c := range ind.Replaces {
			if _, ok := ro.Indicator(c); ok {
				claimed[rubric.CodeKey(c)]++
			}
		}
	}
	used := map[*rubric.Indicator]bool{}
	var out []link
	for _, ind := range rn.Indicators() {
		l := link{new: ind}
		byReplaces := false
		seen := map[*rubric.Indicator]bool{}
		if oi, ok := ro.Indicator(ind.Code); ok && claimed[rubric.CodeKey(ind.Code)] == 0 {
			l.old = append(l.old, oi)
			seen[oi] = true
		}
		for _, c := range ind.Replaces {
			if oi, ok := ro.Indicator(c); ok && !seen[oi] {
				l.old = append(l.old, oi)
				seen[oi] = true
				byReplaces = true
			}
		}
		switch {
		case len(l.old) == 0:
			l.match = MatchAdded
		case len(l.old) > 1:
			l.match = MatchMerged
		case byReplaces && claimed[rubric.CodeKey(l.old[0].Code)] > 1:
			l.match = MatchSplit
		case byReplaces:
			l.match = MatchRenamed
		default:
			l.match = MatchSame
		}
		for _, oi := range l.old {
			used[oi] = true
		}
		out = append(out, l)
	}
	for _, oi := range ro.Indicators() {
		if !used[oi] {
			out = append(out, link{old: []*rubric.Indicator{oi}, match: MatchRemoved})
		}
	}
	return out
}

// share is an indicator's nominal share of the rubric's total weight:
// the product, from the root down, of each node's weight over the sum of
// its siblings' weights.
func share(ind *rubric.Indicator) float64 {
	g := ind.Group()
	sum := 0.0
	for _, s := range g.Indicators {
		sum += s.Weight
	}
	f := ind.Weight / sum
	for ; !g.IsRoot(); g = g.Parent() {
		p := g.Parent()
		sum := 0.0
		for _, s := range p.Groups {
			sum += s.Weight
		}
		f *= g.Weight / sum
	}
	return f
}

// indicatorAt finds code's result in u, using the rubric's index when
// the unit is aligned with it.
func indicatorAt(u *results.Unit, ind *rubric.Indicator) *results.IndicatorResult {
	if i := ind.Index(); i < len(u.Indicators) && rubric.CodeKey(u.Indicators[i].Code) == rubric.CodeKey(ind.Code) {
		return &u.Indicators[i]
	}
	for i := range u.Indicators {
		if rubric.CodeKey(u.Indicators[i].Code) == rubric.CodeKey(ind.Code) {
			return &u.Indicators[i]
		}
	}
	return nil
}

// oldStatus is the status OLD gave the indicators of l at u: the status
// of their weighted mean fraction over those scored; ok is false when
// none was scored.
func oldStatus(l link, u *results.Unit) (results.IndicatorStatus, bool) {
	if len(l.old) == 1 {
		ir := indicatorAt(u, l.old[0])
		if ir == nil || !ir.Status.Scored() {
			return 0, false
		}
		return ir.Status, true
	}
	var num, den float64
	for _, oi := range l.old {
		ir := indicatorAt(u, oi)
		if ir == nil || !ir.Status.Scored() {
			continue
		}
		num += oi.Weight * ir.Fraction
		den += oi.Weight
	}
	if den == 0 {
		return 0, false
	}
	switch f := num / den; {
	case f >= 1-1e-12:
		return results.Met, true
	case f <= 1e-12:
		return results.NotMet, true
	}
	return results.Partial, true
}

// flips lists the indicators whose status flipped between ou and nu, and
// counts in r.compared the indicators both sides scored.
func (r *Report) flips(lin []link, ou, nu *results.Unit) []Flip {
	var out []Flip
	if r.compared == nil {
		r.compared = map[string]int{}
	}
	for _, l := range lin {
		if l.new == nil || len(l.old) == 0 {
			continue
		}
		ir := indicatorAt(nu, l.new)
		if ir == nil || !ir.Status.Scored() {
			continue
		}
		from, ok := oldStatus(l, ou)
		if !ok {
			continue
		}
		r.compared[l.new.Code]++
		if from == ir.Status {
			continue
		}
		out = append(out, Flip{Indicator: l.new.Code, OldCodes: codes(l.old), From: from, To: ir.Status})
	}
	return out
}

func codes(inds []*rubric.Indicator) []string {
	out := make([]string, len(inds))
	for i, ind := range inds {
		out[i] = ind.Code
	}
	return out
}

// indicators fills the indicator lineage with weight and type changes
// and the flips counted across units.
func (r *Report) indicators(lin []link) {
	c := &r.Comparability
	for _, l := range lin {
		d := IndicatorDiff{Match: l.match, OldCodes: codes(l.old)}
		var oldTypes []string
		for _, oi := range l.old {
			d.OldShare += share(oi)
			t := string(oi.Type)
			if len(oldTypes) == 0 || !contains(oldTypes, t) {
				oldTypes = append(oldTypes, t)
			}
		}
		d.OldType = strings.Join(oldTypes, "+")
		if l.new != nil {
			d.Code, d.Text = l.new.Code, l.new.Text
			d.NewShare, d.NewType = share(l.new), string(l.new.Type)
		} else {
			d.Text = l.old[0].Text
		}
		d.OldShare, d.NewShare = roundShare(d.OldShare), roundShare(d.NewShare)
		switch l.match {
		case MatchAdded:
			c.NewOnly++
		case MatchRemoved:
			c.OldOnly++
		default:
			c.Matched++
			if l.match != MatchSame {
				c.ByReplaces++
			}
			// Shares compare to a hundredth of a percentage point.
			d.WeightChanged = math.Abs(d.OldShare-d.NewShare) >= 0.00005
			d.TypeChanged = d.OldType != d.NewType
			if d.WeightChanged {
				c.Weights++
			}
			if d.TypeChanged {
				c.Types++
			}
		}
		r.Indicators = append(r.Indicators, d)
	}
	at := map[string]int{}
	for i := range r.Indicators {
		if r.Indicators[i].Code != "" {
			at[r.Indicators[i].Code] = i
		}
	}
	for code, n := range r.compared {
		r.Indicators[at[code]].Compared = n
	}
	for i := range r.Units {
		u := &r.Units[i]
		for _, f := range u.Flips {
			d := &r.Indicators[at[f.Indicator]]
			if f.Down() {
				d.Down++
				d.DownUnits = append(d.DownUnits, u.Code)
			} else {
				d.Up++
				d.UpUnits = append(d.UpUnits, u.Code)
			}
		}
	}
	r.compared = nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func roundShare(x float64) float64 { return score.Round(x, 6, rubric.HalfAwayFromZero) }

// langArg is a note argument rendered for a language (numbers).
type langArg func(msg.Lang) string

// args returns the note's arguments rendered for lang.
func (n Note) args(lang msg.Lang) []any {
	out := make([]any, len(n.Args))
	for i, a := range n.Args {
		if f, ok := a.(langArg); ok {
			out[i] = f(lang)
		} else {
			out[i] = a
		}
	}
	return out
}

// maxListed bounds the indicators a note names; the rest are counted.
const maxListed = 5

// ShortHash is the first 12 hex digits of a hash.
func ShortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// scaleText describes a scale: "0–100", with its rule when asked.
func scaleText(s rubric.Scale, rule bool) langArg {
	return func(l msg.Lang) string {
		t := locale.Plain(l, s.Min, -1) + "–" + locale.Plain(l, s.Max, -1)
		if rule {
			t += " " + string(s.Rule)
		}
		return t
	}
}

// notes writes what is and is not comparable, most important first.
func (r *Report) notes() {
	c := &r.Comparability
	ro, rn := r.Old.Rubric, r.New.Rubric
	add := func(l Level, code string, key msg.Key, args ...any) {
		c.Notes = append(c.Notes, Note{Level: l, Code: code, Key: key, Args: args})
	}
	switch {
	case c.SameRubric():
		add(OK, "same_rubric", msg.DiffNoteSameRubric, rn.Ref(), rn.Version, ShortHash(rn.Hash()))
	case c.SameRef && c.SameVersion:
		add(Caution, "edited_rubric", msg.DiffNoteEditedRubric, rn.Ref(), rn.Version, ShortHash(ro.Hash()), ShortHash(rn.Hash()))
	case c.SameRef:
		add(Caution, "rubric_version", msg.DiffNoteVersion, rn.Ref(), ro.Version, rn.Version)
	default:
		add(Caution, "different_rubric", msg.DiffNoteDifferentRubric, ro.Ref(), ro.Version, rn.Ref(), rn.Version)
	}
	if c.SameScale {
		add(OK, "scores_compared", msg.DiffNoteScores, scaleText(rn.Scale, false))
		if !c.SameRubric() {
			add(Caution, "scores_method", msg.DiffNoteScoresMethod)
		}
	} else {
		rules := ro.Scale.Rule != rn.Scale.Rule
		add(Not, "scores_not_compared", msg.DiffNoteNoScores, scaleText(ro.Scale, rules), scaleText(rn.Scale, rules))
	}
	switch {
	case !c.Zones:
		var refs []string
		for _, x := range []*rubric.Rubric{ro, rn} {
			if !hasZones(x) && !contains(refs, x.Ref()) {
				refs = append(refs, x.Ref())
			}
		}
		add(Not, "zones_not_compared", msg.DiffNoteNoZones, strings.Join(refs, ", "))
	case c.ZoneBounds:
		add(OK, "zones_compared", msg.DiffNoteZones, langArg(func(l msg.Lang) string { return ZoneRanges(rn, l) }))
	default:
		add(Caution, "zone_bounds_differ", msg.DiffNoteZoneBounds,
			langArg(func(l msg.Lang) string { return ZoneRanges(ro, l) }),
			langArg(func(l msg.Lang) string { return ZoneRanges(rn, l) }))
	}
	if c.Matched == 0 {
		add(Not, "no_indicators_matched", msg.DiffNoteNoIndicators, c.NewOnly, c.OldOnly)
	} else {
		add(OK, "indicators", msg.DiffNoteIndicators, c.Matched, c.ByReplaces, c.NewOnly, c.OldOnly)
	}
	if c.Weights > 0 {
		var list []string
		for i := range r.Indicators {
			if d := &r.Indicators[i]; d.WeightChanged && len(list) < maxListed {
				list = append(list, d.Code)
			}
		}
		add(Caution, "weights_changed", msg.DiffNoteWeights, c.Weights, more(list, c.Weights))
	}
	if c.Types > 0 {
		var list []string
		for i := range r.Indicators {
			if d := &r.Indicators[i]; d.TypeChanged && len(list) < maxListed {
				list = append(list, d.Code+" ("+d.OldType+" → "+d.NewType+")")
			}
		}
		add(Caution, "types_changed", msg.DiffNoteTypes, c.Types, more(list, c.Types))
	}
}

// more joins list and says "…" when total is longer.
func more(list []string, total int) string {
	s := strings.Join(list, ", ")
	if total > len(list) {
		s += ", …"
	}
	return s
}
