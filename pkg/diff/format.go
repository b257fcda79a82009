package diff

import (
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/output"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// RenderOptions tune rendering.
type RenderOptions struct {
	Lang  msg.Lang
	Color bool // ANSI colours (the terminal table only)
}

// Format renders a report. Each output format is one file of this
// package: table.go, json.go, csv.go, xlsx.go, pdf.go.
type Format interface {
	Write(w io.Writer, r *Report, o RenderOptions) error
}

// Formats are the output formats of diff: table (the default), json and
// csv for terminals and programs, xlsx and pdf for people (files only).
var Formats = output.Registry[Format]{
	{Name: "table", Format: Table{}},
	{Name: "json", Exts: []string{".json"}, Format: JSON{}},
	{Name: "csv", Exts: []string{".csv"}, Format: CSV{}},
	{Name: "xlsx", Exts: []string{".xlsx"}, Binary: true, Format: XLSX{}},
	{Name: "pdf", Exts: []string{".pdf"}, Binary: true, Format: PDF{}},
}

// words renders the report's vocabulary in one language.
type words struct {
	self bool // the sides are a round's self-assessment and verification (round.go)
	lang msg.Lang
	dec  int // decimals of scores and deltas
}

func (w words) t(k msg.Key, args ...any) string {
	if w.self { // round.go: the sides are a round's self-assessment and verification
		if s, ok := sideKeys[k]; ok {
			k = s
		}
	}
	return msg.T(w.lang, k, args...)
}

func (w words) status(s Status) string {
	return w.t([...]msg.Key{msg.DiffStatusRegressed, msg.DiffStatusImproved, msg.DiffStatusUnchanged,
		msg.DiffStatusNotComparable, msg.DiffStatusAdded, msg.DiffStatusRemoved}[s])
}

var reasonKeys = map[Reason]msg.Key{
	ZoneDown: msg.DiffReasonZoneDown, BecameIncomplete: msg.DiffReasonBecameIncomplete,
	ScoreDown: msg.DiffReasonScoreDown, ZoneUp: msg.DiffReasonZoneUp, ScoreUp: msg.DiffReasonScoreUp,
	SameScore: msg.DiffReasonSameScore, SameZone: msg.DiffReasonSameZone,
	OldIncomplete: msg.DiffReasonOldIncomplete, BothIncomplete: msg.DiffReasonBothIncomplete,
	NoCommonMeasure: msg.DiffReasonNoCommonMeasure, OnlyNew: msg.DiffReasonOnlyNew, OnlyOld: msg.DiffReasonOnlyOld,
}

func (w words) reason(r Reason) string { return w.t(reasonKeys[r]) }

func (w words) flag(f Flag) string {
	if s, ok := w.roundFlag(f); ok {
		return s
	}
	switch f {
	case Jump:
		return w.t(msg.DiffFlagJump)
	case ZoneLeap:
		return w.t(msg.DiffFlagZoneLeap)
	}
	return w.t(msg.DiffFlagTypeChanged)
}

func (w words) flags(fs []Flag) string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = w.flag(f)
	}
	return strings.Join(out, ", ")
}

func (w words) category(c Category) string {
	switch c {
	case CatNoZone:
		return w.t(msg.DiffCatNoZone)
	case CatIncomplete:
		return w.t(msg.DiffCatIncomplete)
	case CatAbsent:
		return w.t(msg.DiffCatAbsent)
	}
	return c.String()
}

func (w words) indStatus(s results.IndicatorStatus) string {
	switch s {
	case results.Met:
		return w.t(msg.DiffIndMet)
	case results.Partial:
		return w.t(msg.DiffIndPartial)
	}
	return w.t(msg.DiffIndNotMet)
}

func (w words) match(m Match) string {
	return w.t(map[Match]msg.Key{MatchSame: msg.DiffMatchSame, MatchRenamed: msg.DiffMatchRenamed,
		MatchMerged: msg.DiffMatchMerged, MatchSplit: msg.DiffMatchSplit, MatchAdded: msg.DiffMatchAdded,
		MatchRemoved: msg.DiffMatchRemoved}[m])
}

func (w words) num(x float64) string    { return locale.Plain(w.lang, x, w.dec) }
func (w words) signed(x float64) string { return locale.Signed(w.lang, x, w.dec) }

// share renders a weight share as a percentage: "12,50%".
func (w words) share(x float64) string { return locale.Percent(w.lang, x, 2) }

// score renders one side's score with its grade ("85,00 B"), "belum
// lengkap", or "—" when the unit is absent.
func (w words) score(s *UnitSide, dec int) string {
	switch {
	case s == nil:
		return "—"
	case s.Score == nil:
		return w.t(msg.DiffIncomplete)
	}
	t := locale.Plain(w.lang, *s.Score, dec)
	if s.Grade != "" {
		t += " " + s.Grade
	}
	return t
}

// zone renders one side's zone ("" when none or absent).
func zoneOf(s *UnitSide) rubric.Zone {
	if s == nil || s.Score == nil {
		return rubric.NoZone
	}
	return s.Zone
}

// zones renders the zone change: "hijau → kuning", "kuning", or "".
func zoneChange(u *UnitDiff) string {
	zo, zn := zoneOf(u.Old), zoneOf(u.New)
	switch {
	case zo == zn:
		return string(zn)
	case zo == rubric.NoZone && u.Old != nil:
		return "— → " + string(zn)
	case zo == rubric.NoZone:
		return string(zn)
	case zn == rubric.NoZone && u.New != nil:
		return string(zo) + " → —"
	case zn == rubric.NoZone:
		return string(zo)
	}
	return string(zo) + " → " + string(zn)
}

// delta renders a unit's delta, or "" when there is none.
func (w words) delta(d *float64) string {
	if d == nil {
		return ""
	}
	return w.signed(*d)
}

// flipCounts renders a unit's indicator flips: "2↓ 1↑".
func flipCounts(u *UnitDiff) string {
	d, up := u.Down(), u.Up()
	var parts []string
	if d > 0 {
		parts = append(parts, strconv.Itoa(d)+"↓")
	}
	if up > 0 {
		parts = append(parts, strconv.Itoa(up)+"↑")
	}
	return strings.Join(parts, " ")
}

// regionSide renders one side's region score: "72,50 (kuning, 5 unit)".
func (w words) regionSide(s Side) string {
	rs := s.Region
	if rs.Score == nil {
		return w.t(msg.DiffRegionNone)
	}
	label := string(rs.Band.Zone)
	if rs.Band.Grade != "" {
		if label != "" {
			label = rs.Band.Grade + " · " + label
		} else {
			label = rs.Band.Grade
		}
	}
	if label == "" {
		label = rs.Band.Label.In(string(w.lang))
	}
	return w.t(msg.DiffRegionSide, locale.Plain(w.lang, *rs.Score, s.Rubric.Scale.Decimals), label, rs.Units)
}

// regionLine renders the region's change in one line.
func (w words) regionLine(r *Report) string {
	d := w.t(msg.DiffNotSubtracted)
	switch {
	case r.Region.Delta != nil:
		d = w.signed(*r.Region.Delta)
	case r.Comparability.SameScale:
		d = "—"
	}
	return w.t(msg.DiffRegionLine, w.regionSide(r.Old), w.regionSide(r.New), d)
}

// sideLine describes one run: rubric, version, hash, files, units.
func (w words) sideLine(label msg.Key, s Side) string {
	line := w.t(msg.DiffSideLine, w.t(label), s.Rubric.Ref(), s.Rubric.VersionText(string(w.lang)), rubric.ShortHash(s.Rubric.Hash()), len(s.Inputs), s.Units)
	if where := w.sideScope(s); where != "" {
		line = w.t(label) + ": " + where + " · " + strings.TrimPrefix(line, w.t(label)+": ")
	}
	return line
}

// sideScope is a run's region and period: "Kabupaten Contoh, 2024".
func (w words) sideScope(s Side) string {
	var parts []string
	for _, p := range []string{s.RegionName(w.lang), s.Period(w.lang)} {
		if p != "" {
			parts = append(parts, locale.Clip(p, 80))
		}
	}
	return strings.Join(parts, ", ")
}

// scope is what the comparison is of: "Kabupaten Contoh · 2023 → 2024",
// each part once when both runs agree; "" when neither run says.
func (w words) scope(r *Report) string {
	pair := func(o, n string) string {
		o, n = locale.Clip(o, 80), locale.Clip(n, 80)
		switch {
		case o == n || o == "":
			return n
		case n == "":
			return o
		}
		return o + " → " + n
	}
	var parts []string
	for _, p := range []string{pair(r.Old.RegionName(w.lang), r.New.RegionName(w.lang)), pair(r.Old.Period(w.lang), r.New.Period(w.lang))} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// titleLine is the comparison's title with what it is of.
func (w words) titleLine(r *Report) string {
	if s := w.scope(r); s != "" {
		return w.t(msg.DiffTitle) + " · " + s
	}
	return w.t(msg.DiffTitle)
}

// summary renders the counts by status.
func (w words) summary(r *Report) string {
	return w.t(msg.DiffSummary, len(r.Units), r.Count(Regressed), r.Count(Improved), r.Count(Unchanged),
		r.Count(NotComparable), r.Count(Added), r.Count(Removed))
}

// legends explains the flags in use and the incomplete rule.
func (w words) legends(r *Report) []string {
	var out []string
	if r.Flagged(Jump) > 0 {
		out = append(out, w.t(msg.DiffLegendJump, w.num(*r.Jump)))
	}
	if r.Flagged(ZoneLeap) > 0 {
		out = append(out, w.t(msg.DiffLegendLeap))
	}
	if r.Flagged(TypeChanged) > 0 {
		out = append(out, w.t(msg.DiffLegendType))
	}
	for i := range r.Units {
		if r.Units[i].Reason == BecameIncomplete {
			out = append(out, w.t(msg.DiffLegendBecame))
			break
		}
	}
	return append(out, w.roundLegends(r)...)
}

// matrixCats lists the matrix rows (OLD) and columns (NEW) worth showing:
// the three zones always, the others when some unit is in them.
func (r *Report) matrixCats() (rows, cols []Category) {
	for _, c := range Categories() {
		core := c <= CatMerah && r.Comparability.Zones
		if core || r.Matrix.Row(c) {
			rows = append(rows, c)
		}
		if core || r.Matrix.Col(c) {
			cols = append(cols, c)
		}
	}
	return rows, cols
}

// changed lists the indicators whose status changed somewhere, most
// downs first, then most ups, then rubric order.
func (r *Report) changed() []*IndicatorDiff {
	var out []*IndicatorDiff
	for i := range r.Indicators {
		if d := &r.Indicators[i]; d.Down+d.Up > 0 {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Down != out[j].Down {
			return out[i].Down > out[j].Down
		}
		return out[i].Up > out[j].Up
	})
	return out
}

// onlyCodes lists the indicators matched as m.
func (r *Report) onlyCodes(m Match) []string {
	var out []string
	for i := range r.Indicators {
		d := &r.Indicators[i]
		if d.Match != m {
			continue
		}
		if m == MatchRemoved {
			out = append(out, d.OldCodes...)
		} else {
			out = append(out, d.Code)
		}
	}
	return out
}

// lineage renders an indicator's codes: "SP-4A ← SP-04".
func lineageText(d *IndicatorDiff) string {
	switch d.Match {
	case MatchSame, MatchAdded:
		return d.Code
	case MatchRemoved:
		return strings.Join(d.OldCodes, ", ")
	}
	return d.Code + " ← " + strings.Join(d.OldCodes, " + ")
}

// changes says, for each matched indicator whose weight share or answer
// type changed, what changed: "SP-4A ← SP-04: bobot 12,50% → 10,00%".
func (w words) changes(r *Report) []string {
	var out []string
	for i := range r.Indicators {
		d := &r.Indicators[i]
		var parts []string
		if d.WeightChanged {
			parts = append(parts, w.t(msg.DiffIndWeight, w.share(d.OldShare), w.share(d.NewShare)))
		}
		if d.TypeChanged {
			parts = append(parts, w.t(msg.DiffIndType, w.answerType(d.OldType), w.answerType(d.NewType)))
		}
		if len(parts) > 0 {
			out = append(out, lineageText(d)+": "+strings.Join(parts, "; "))
		}
	}
	return out
}

// listCodes joins codes, at most n of them, counting the rest.
func (w words) listCodes(codes []string, n int) string {
	if len(codes) <= n {
		return strings.Join(codes, ", ")
	}
	return strings.Join(codes[:n], ", ") + " " + w.t(msg.DiffIndMore, len(codes)-n)
}

// answerTypes name the answer types in words, for people; the JSON and
// CSV keep the rubric's own names (check, levels, …).
var answerTypes = map[string]msg.Key{
	string(rubric.Check): msg.DiffTypeCheck, string(rubric.Levels): msg.DiffTypeLevels,
	string(rubric.Choice): msg.DiffTypeChoice, string(rubric.Number): msg.DiffTypeNumber, string(rubric.Surv): msg.DiffTypeSurvey,
}

// answerType renders an indicator's answer type in words ("ya/tidak");
// a merged indicator's types are joined ("ya/tidak + berjenjang").
func (w words) answerType(t string) string {
	if t == "" {
		return ""
	}
	parts := strings.Split(t, "+")
	for i, p := range parts {
		if k, ok := answerTypes[p]; ok {
			parts[i] = w.t(k)
		}
	}
	return strings.Join(parts, " + ")
}
