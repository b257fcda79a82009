// Package report builds the annual compliance report of a region: what a
// district's Bagian Organisasi publishes to the Bupati, the Ombudsman's
// regional office and the public, and plans next year's coaching (bimtek)
// from.
//
// The work is split in two. Build computes everything once from a
// results.Results — the region's score by the rubric's roll-up rule, the
// units per zone (or per grade when the rubric has no zones), the score
// histogram, the ranking, the averages by unit type and by group, the
// indicators most often not fully met, the incomplete units and N/A
// answers, the methodology rows and the appendix — into a Report, which
// tests check without rendering anything. The renderers then only lay the
// Report out: Report.PDF (pdf.go, an A4 document drawn with fpdf) and
// Report.XLSX (xlsx.go, a workbook with the same tables as sheets and
// native Excel charts). Both are deterministic (dates from package stamp)
// and return the file's bytes; the command line writes them (package
// atomicfile).
//
// Decisions the report makes, also stated on its methodology page:
//
//   - The region's score is score.Region: complete units only, by the
//     rubric's roll-up rule, rounded and banded like a unit's.
//   - The ranking holds complete units, by score descending then code;
//     equal scores share a rank ("1, 2, 2, 4").
//   - A group's average is the mean of its fraction over the units where
//     it applies and is complete (an incomplete unit's complete groups
//     count; its unanswered groups do not).
//   - The coaching agenda ranks indicators by their shortfall: a unit
//     that does not meet an indicator counts 1, a unit that partly meets
//     it counts the share it misses (a level 3 of 0–5 counts 0.4, a
//     survey mean of 3.7 on 1–4 counts 0.1); then by how many units do
//     not meet it at all, then in rubric order. For yes/no checklists the
//     shortfall is simply the number of units not meeting the indicator;
//     for levels and surveys, partial answers count in proportion rather
//     than as whole failures (which would put every survey item on top).
//     Every unit where the indicator was answered counts, incomplete ones
//     included. The agenda also shows how many units do not fully meet
//     each indicator (not met or partly met) and the mean achievement.
//   - A unit type's average is the mean of its complete units' rounded
//     scores (within one type the roll-up weights are all equal).
//   - The report's date is Options.Date, else SOURCE_DATE_EPOCH's date,
//     else the latest assessment date among the units ("data as of"),
//     never the clock; region and period default to the most common of
//     the units' own values.
//   - The workbook's sheet of incomplete units is "Belum Lengkap & NA":
//     Excel forbids "/" in a sheet name.
package report

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// DefaultTop is how many indicators the coaching agenda lists.
const DefaultTop = 10

// Options say what the report is about and in which language.
type Options struct {
	Lang msg.Lang // msg.ID (default) or msg.EN
	// Title replaces the default title ("Laporan Hasil Penilaian
	// Kepatuhan Standar Pelayanan Publik").
	Title string
	// Region and Period replace what the units' own say (results.Naming:
	// the one region they give, or "500 wilayah").
	Region, Period string
	// Date is the report's date (YYYY-MM-DD). When empty, the date of
	// SOURCE_DATE_EPOCH is used, else the latest assessment date among
	// the units ("data as of"); never the clock.
	Date string
	// Top is how many indicators the coaching agenda lists (DefaultTop
	// when 0).
	Top int
	// Issuer, when set, signs the report (its signature block closes the
	// PDF).
	Issuer *issuer.Config
}

// DateKind says where the report's date came from.
type DateKind uint8

// Where a date comes from.
const (
	DateNone  DateKind = iota // no date known
	DateGiven                 // Options.Date
	DateEpoch                 // SOURCE_DATE_EPOCH
	DateData                  // the latest assessment date: "data as of"
)

// Report is everything the annual report shows, computed once.
type Report struct {
	Lang   msg.Lang
	Rubric *rubric.Rubric
	Tool   string
	Inputs []results.Input
	Units  []results.Unit // the results' units, in the order read (not copied)

	Title    string
	Region   string
	Regions  int // how many regions the units give (Region counts them when several)
	Period   string
	Date     string // ISO date, or what Options.Date said; "" if none
	DateKind DateKind

	Total, Complete, Incomplete int
	Score                       score.RegionScore

	// Zoned: the rubric's bands have zones, and Categories are the zones
	// (best first); otherwise Categories are the bands (best first).
	Zoned      bool
	Categories []Category
	Types      []TypeRow
	Targets    []TargetRow
	Histogram  Histogram
	Ranking    []Ranked
	Groups     []GroupRow
	Weakest    int // index in Groups of the weakest top-level group, -1 if none
	// Indicators holds every indicator, ordered as the coaching agenda
	// ranks them; the first Top are the agenda (fewer when fewer fail).
	Indicators []IndicatorRow
	Top        int
	Issues     []Issue // incomplete units and units with N/A answers, in unit order
	Appendix   []int   // every unit's index in Units, ordered by code
	Tree       []TreeRow
	Method     Methodology
	Evidence   EvidenceSummary // evidence.go

	Round  *Round         // the verification round (round.go); nil without one
	Issuer *issuer.Config // who signs the report; nil: no signature block
}

// Category is one bar of the distribution: a zone, or a band when the
// rubric has no zones.
type Category struct {
	Zone  rubric.Zone
	Bands []int  // indexes in Rubric.Bands, ascending
	Label string // "Zona Hijau", or "A · Sangat baik"
	Color palette.Color
	Count int     // complete units in it
	Share float64 // of the complete units, 0..1
}

// TypeRow is one unit type's units and average.
type TypeRow struct {
	ID         string // the rubric's id, or the type as written; "" unknown
	Label      string
	Units      int
	Complete   int
	Incomplete int
	Score      *float64 // mean of the complete units' rounded scores, rounded
	Band       *rubric.Band
	Min, Max   float64 // lowest and highest score (when Complete > 0)
	Counts     []int   // complete units per category, aligned with Categories
}

// Target statuses.
const (
	TargetUnknown = iota // nothing to compare (no complete unit)
	TargetMet
	TargetNotMet
)

// TargetRow is one of the rubric's targets, compared with the region.
type TargetRow struct {
	Target rubric.Target
	Label  string
	Actual float64 // the region's score, or the zone's share 0..1
	Count  int     // zone-share: the units in the zone
	Status int
}

// Histogram counts complete units' scores in equal bins over the scale,
// split by category so that bars can be coloured by band.
type Histogram struct {
	Min, Max, Step float64
	Bins           []Bin
}

// Bin is one bar of the histogram: scores in [Lo, Hi), the last bin
// closed at the scale's maximum.
type Bin struct {
	Lo, Hi float64
	Counts []int // per category, aligned with Categories
	Total  int
}

// Ranked is one complete unit's place in the ranking.
type Ranked struct {
	Rank  int // equal scores share a rank
	Unit  int // index in Units
	Score float64
	Tie   bool // another unit has the same rank
}

// GroupRow is one group's average over the units.
type GroupRow struct {
	Group *rubric.Group
	Index int     // in Rubric.AllGroups()
	Share float64 // of the total weight when every indicator applies, 0..1
	Units int     // units where the group applies and is complete
	Mean  float64 // mean fraction over those units, 0..1
}

// IndicatorRow is one indicator's outcome over the units.
type IndicatorRow struct {
	Indicator                                        *rubric.Indicator
	Met, Partial, NotMet, NA, NotApplicable, Missing int
	Assessed                                         int     // units where it was scored: met, partial or not met
	Failing                                          int     // units not fully meeting it: Partial + NotMet
	Share                                            float64 // Failing / Assessed
	// Shortfall is what the units miss of it, in units: a unit not
	// meeting it counts 1, a unit partly meeting it the share it misses
	// (1 − its fraction). The agenda ranks by it.
	Shortfall float64
	Mean      float64 // mean fraction over the units assessed, 0..1
	Units     []int   // indexes in Units of the units failing it, by code
}

// Issue is a unit that is incomplete or has N/A answers.
type Issue struct {
	Unit    int
	Missing []int // indicator indexes not answered
	NA      []int // indicator indexes answered N/A
}

// TreeRow is one line of the rubric's structure on the methodology page.
type TreeRow struct {
	Depth     int // 1 for a top-level group or indicator
	Group     *rubric.Group
	Indicator *rubric.Indicator
	Weight    float64
	Share     float64 // of the total, every indicator applying
}

// Build computes the report of res.
func Build(res *results.Results, o Options) *Report {
	r := res.Rubric
	lang := msg.ID
	if o.Lang == msg.EN {
		lang = msg.EN
	}
	rp := &Report{
		Lang: lang, Rubric: r, Tool: res.Tool, Inputs: res.Inputs, Units: res.Units,
		Title: strings.TrimSpace(o.Title), Weakest: -1,
	}
	if rp.Tool == "" {
		rp.Tool = stamp.Tool()
	}
	if rp.Title == "" {
		rp.Title = DefaultTitle(lang, r)
	}
	regions := results.Distinct(res.Units, func(u *results.Unit) string { return u.Region })
	rp.Regions = len(regions)
	rp.Region = strings.TrimSpace(o.Region)
	if rp.Region == "" {
		rp.Region = results.Naming(lang, regions, msg.DocRegions)
	}
	rp.Period = strings.TrimSpace(o.Period)
	if rp.Period == "" {
		rp.Period = results.Naming(lang, results.Distinct(res.Units, func(u *results.Unit) string { return u.Period }), msg.DocPeriods)
	}
	rp.date(o.Date)

	rp.Total = len(res.Units)
	for i := range res.Units {
		if res.Units[i].Status == results.Complete {
			rp.Complete++
		} else {
			rp.Incomplete++
		}
	}
	rp.Score = score.Region(r, res.Units)
	rp.categories()
	rp.types()
	rp.targets()
	rp.histogram()
	rp.ranking()
	rp.groups()
	rp.indicators(o.Top)
	rp.issues()
	rp.evidence()
	rp.appendix()
	rp.tree()
	rp.methodology()
	rp.round() // round.go
	rp.Issuer = o.Issuer
	return rp
}

func (rp *Report) t(k msg.Key, args ...any) string { return msg.T(rp.Lang, k, args...) }

// ParseDate checks a --date value: an ISO date, YYYY-MM-DD.
func ParseDate(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	return t, err == nil
}

func (rp *Report) date(given string) {
	if given = strings.TrimSpace(given); given != "" {
		rp.Date, rp.DateKind = given, DateGiven
		return
	}
	if t, set := stamp.Time(); set {
		rp.Date, rp.DateKind = t.UTC().Format("2006-01-02"), DateEpoch
		return
	}
	for i := range rp.Units {
		d := strings.TrimSpace(rp.Units[i].Date)
		if _, ok := ParseDate(d); ok && d > rp.Date {
			rp.Date = d
		}
	}
	if rp.Date != "" {
		rp.DateKind = DateData
	}
}

// DefaultTitle is the title of a report on results scored with r: "Laporan
// Hasil" and the rubric's title, without the parenthesis that closes it
// (the cover names the instrument in full below).
func DefaultTitle(lang msg.Lang, r *rubric.Rubric) string {
	t := strings.TrimSpace(r.Title.In(string(lang)))
	if strings.HasSuffix(t, ")") {
		depth := 0
		for i := len(t) - 1; i >= 0; i-- {
			switch t[i] {
			case ')':
				depth++
			case '(':
				depth--
			}
			if depth == 0 {
				if rest := strings.TrimSpace(t[:i]); rest != "" {
					t = rest
				}
				break
			}
		}
	}
	return msg.T(lang, msg.ReportDefaultTitle, t)
}

// HasGrades reports whether any band has a grade.
func (rp *Report) HasGrades() bool {
	for _, b := range rp.Rubric.Bands {
		if b.Grade != "" {
			return true
		}
	}
	return false
}

// categories: the zones the bands use, best first, or the bands
// themselves when none has a zone.
func (rp *Report) categories() {
	r := rp.Rubric
	for _, b := range r.Bands {
		if b.Zone != rubric.NoZone {
			rp.Zoned = true
		}
	}
	index := map[rubric.Zone]int{}
	for bi := len(r.Bands) - 1; bi >= 0; bi-- {
		b := r.Bands[bi]
		if rp.Zoned {
			if ci, ok := index[b.Zone]; ok {
				rp.Categories[ci].Bands = append([]int{bi}, rp.Categories[ci].Bands...)
				continue
			}
			index[b.Zone] = len(rp.Categories)
			label := rp.t(msg.ReportNoZone)
			if b.Zone != rubric.NoZone {
				label = r.ZoneInfo(b.Zone).Label.In(string(rp.Lang))
			}
			rp.Categories = append(rp.Categories, Category{Zone: b.Zone, Bands: []int{bi}, Label: label,
				Color: palette.Zone(r, b.Zone)})
			continue
		}
		label := b.Label.In(string(rp.Lang))
		if b.Grade != "" {
			label = b.Grade + " · " + label
		}
		rp.Categories = append(rp.Categories, Category{Bands: []int{bi}, Label: label})
	}
	if !rp.Zoned {
		// No zone colours: shades of the accent colour, darkest for the
		// best band.
		n := len(rp.Categories)
		for i := range rp.Categories {
			f := 0.0
			if n > 1 {
				f = 0.7 * float64(i) / float64(n-1)
			}
			rp.Categories[i].Color = palette.Accent.Tint(f)
		}
	}
	for i := range rp.Units {
		if ci := rp.CategoryOf(&rp.Units[i]); ci >= 0 {
			rp.Categories[ci].Count++
		}
	}
	for i := range rp.Categories {
		if rp.Complete > 0 {
			rp.Categories[i].Share = float64(rp.Categories[i].Count) / float64(rp.Complete)
		}
	}
}

// CategoryOf is the index in Categories of a unit's band, -1 when the
// unit is incomplete.
func (rp *Report) CategoryOf(u *results.Unit) int {
	if u.Band == nil {
		return -1
	}
	return rp.CategoryOfBand(*u.Band)
}

// CategoryOfBand is the index in Categories of band b.
func (rp *Report) CategoryOfBand(b rubric.Band) int {
	for ci := range rp.Categories {
		c := &rp.Categories[ci]
		if rp.Zoned {
			if c.Zone == b.Zone {
				return ci
			}
			continue
		}
		if rp.Rubric.Bands[c.Bands[0]].Min == b.Min {
			return ci
		}
	}
	return -1
}

// types: one row per unit type present, in the rubric's order, then
// types the rubric does not know (alphabetically), then units without a
// type.
func (rp *Report) types() {
	r := rp.Rubric
	key := func(u *results.Unit) string {
		if ut, ok := r.UnitType(u.Type); ok {
			return ut.ID
		}
		return strings.TrimSpace(u.Type)
	}
	rows := map[string]*TypeRow{}
	sums := map[string]float64{}
	for i := range rp.Units {
		u := &rp.Units[i]
		k := key(u)
		tr := rows[k]
		if tr == nil {
			tr = &TypeRow{ID: k, Label: rp.TypeLabel(k), Counts: make([]int, len(rp.Categories))}
			rows[k] = tr
		}
		tr.Units++
		if u.Score == nil {
			tr.Incomplete++
			continue
		}
		s := *u.Score
		if tr.Complete == 0 || s < tr.Min {
			tr.Min = s
		}
		if tr.Complete == 0 || s > tr.Max {
			tr.Max = s
		}
		tr.Complete++
		sums[k] += s
		if ci := rp.CategoryOf(u); ci >= 0 {
			tr.Counts[ci]++
		}
	}
	order := map[string]int{}
	for i, ut := range r.UnitTypes {
		order[ut.ID] = i
	}
	for k, tr := range rows {
		if tr.Complete > 0 {
			v := score.Round(sums[k]/float64(tr.Complete), r.Scale.Decimals, r.Scale.Rounding)
			b := r.BandFor(v)
			tr.Score, tr.Band = &v, &b
		}
		rp.Types = append(rp.Types, *tr)
	}
	rank := func(id string) int {
		if i, ok := order[id]; ok {
			return i
		}
		if id == "" {
			return len(order) + 1
		}
		return len(order)
	}
	slices.SortFunc(rp.Types, func(a, b TypeRow) int {
		if c := cmp.Compare(rank(a.ID), rank(b.ID)); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// targets compares the region with the rubric's targets.
func (rp *Report) targets() {
	for _, tg := range rp.Rubric.Targets {
		row := TargetRow{Target: tg, Label: tg.Label.In(string(rp.Lang)), Status: TargetUnknown}
		switch tg.Kind {
		case rubric.TargetRegionScore:
			if rp.Score.Score != nil {
				row.Actual = *rp.Score.Score
				row.Status = judge(row.Actual, tg)
			}
		case rubric.TargetZoneShare:
			if rp.Complete > 0 {
				for i := range rp.Units {
					if rp.Units[i].Band != nil && rp.Units[i].Band.Zone == tg.Zone {
						row.Count++
					}
				}
				row.Actual = float64(row.Count) / float64(rp.Complete)
				row.Status = judge(row.Actual, tg)
			}
		}
		rp.Targets = append(rp.Targets, row)
	}
}

func judge(v float64, tg rubric.Target) int {
	const eps = 1e-9
	if tg.Min != nil && v < *tg.Min-eps || tg.Max != nil && v > *tg.Max+eps {
		return TargetNotMet
	}
	return TargetMet
}

// histogram: 10 to 20 equal bins of a round width (1, 2, 2.5 or 5 times a
// power of ten) over the scale.
func (rp *Report) histogram() {
	sc := rp.Rubric.Scale
	span := sc.Max - sc.Min
	h := Histogram{Min: sc.Min, Max: sc.Max}
	if span <= 0 {
		rp.Histogram = h
		return
	}
	h.Step = niceStep(span, 20)
	n := int(span/h.Step + 0.5)
	if float64(n)*h.Step < span-1e-9 {
		n++
	}
	for i := 0; i < n; i++ {
		lo := sc.Min + float64(i)*h.Step
		hi := min(lo+h.Step, sc.Max)
		h.Bins = append(h.Bins, Bin{Lo: lo, Hi: hi, Counts: make([]int, len(rp.Categories))})
	}
	for i := range rp.Units {
		u := &rp.Units[i]
		if u.Score == nil {
			continue
		}
		b := h.BinOf(*u.Score)
		if ci := rp.CategoryOf(u); ci >= 0 {
			h.Bins[b].Counts[ci]++
		}
		h.Bins[b].Total++
	}
	rp.Histogram = h
}

// BinOf is the bin a score falls in.
func (h *Histogram) BinOf(s float64) int {
	b := int((s-h.Min)/h.Step + 1e-9)
	return max(0, min(b, len(h.Bins)-1))
}

// niceStep is the smallest of 1, 2, 2.5, 5 × 10^k that cuts span into at
// most n bins.
func niceStep(span float64, n int) float64 {
	p := 1e-6
	for p*10 <= span/float64(n) {
		p *= 10
	}
	for {
		for _, m := range []float64{1, 2, 2.5, 5} {
			if span/(m*p) <= float64(n)+1e-9 {
				return m * p
			}
		}
		p *= 10
	}
}

// ranking: complete units by score descending, then code; equal scores
// share the rank of the first of them.
func (rp *Report) ranking() {
	for i := range rp.Units {
		if s := rp.Units[i].Score; s != nil {
			rp.Ranking = append(rp.Ranking, Ranked{Unit: i, Score: *s})
		}
	}
	slices.SortStableFunc(rp.Ranking, func(a, b Ranked) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(rp.Units[a.Unit].Code, rp.Units[b.Unit].Code)
	})
	for i := range rp.Ranking {
		rk := &rp.Ranking[i]
		if i > 0 && rp.Ranking[i-1].Score == rk.Score {
			rk.Rank = rp.Ranking[i-1].Rank
			rk.Tie, rp.Ranking[i-1].Tie = true, true
		} else {
			rk.Rank = i + 1
		}
	}
}

// groups: each group's nominal share and its mean fraction over the units
// where it applies and is complete.
func (rp *Report) groups() {
	shares := nominalShares(rp.Rubric)
	for gi, g := range rp.Rubric.AllGroups() {
		row := GroupRow{Group: g, Index: gi, Share: shares[g]}
		sum := 0.0
		for i := range rp.Units {
			gs := &rp.Units[i].Groups[gi]
			if gs.Applicable && gs.Complete {
				row.Units++
				sum += gs.Fraction
			}
		}
		if row.Units > 0 {
			row.Mean = sum / float64(row.Units)
		}
		rp.Groups = append(rp.Groups, row)
	}
	for i, g := range rp.Groups {
		if g.Group.Depth() != 1 || g.Units == 0 {
			continue
		}
		if rp.Weakest < 0 || g.Mean < rp.Groups[rp.Weakest].Mean-1e-12 {
			rp.Weakest = i
		}
	}
}

// nominalShares is each group's and indicator's share of the total
// weight when everything applies: its weight over its siblings', times
// its parent's share.
func nominalShares(r *rubric.Rubric) map[any]float64 {
	out := map[any]float64{}
	var walk func(g *rubric.Group, share float64)
	walk = func(g *rubric.Group, share float64) {
		total := 0.0
		for _, c := range g.Groups {
			total += c.Weight
		}
		for _, ind := range g.Indicators {
			total += ind.Weight
		}
		if total <= 0 {
			return
		}
		for _, c := range g.Groups {
			s := share * c.Weight / total
			out[c] = s
			walk(c, s)
		}
		for _, ind := range g.Indicators {
			out[ind] = share * ind.Weight / total
		}
	}
	walk(r.Root(), 1)
	return out
}

// indicators: every indicator's tally, ranked for the coaching agenda.
func (rp *Report) indicators(top int) {
	if top <= 0 {
		top = DefaultTop
	}
	inds := rp.Rubric.Indicators()
	rows := make([]IndicatorRow, len(inds))
	for k, ind := range inds {
		rows[k].Indicator = ind
	}
	byCode := make([]int, len(rp.Units))
	for i := range byCode {
		byCode[i] = i
	}
	slices.SortStableFunc(byCode, func(a, b int) int { return strings.Compare(rp.Units[a].Code, rp.Units[b].Code) })
	for _, i := range byCode {
		u := &rp.Units[i]
		for k := range u.Indicators {
			row := &rows[k]
			switch u.Indicators[k].Status {
			case results.Met:
				row.Met++
			case results.Partial:
				row.Partial++
				row.Shortfall += 1 - u.Indicators[k].Fraction
				row.Units = append(row.Units, i)
			case results.NotMet:
				row.NotMet++
				row.Shortfall++
				row.Units = append(row.Units, i)
			case results.NA:
				row.NA++
			case results.NotApplicable:
				row.NotApplicable++
			default:
				row.Missing++
			}
		}
	}
	for k := range rows {
		row := &rows[k]
		row.Assessed = row.Met + row.Partial + row.NotMet
		row.Failing = row.Partial + row.NotMet
		if row.Assessed > 0 {
			row.Share = float64(row.Failing) / float64(row.Assessed)
			row.Mean = 1 - row.Shortfall/float64(row.Assessed)
		}
	}
	// Shortfalls are compared to nine decimals, so that sums equal in
	// decimal arithmetic are ties.
	nine := func(x float64) int64 { return int64(math.Round(x * 1e9)) }
	slices.SortStableFunc(rows, func(a, b IndicatorRow) int {
		if c := cmp.Compare(nine(b.Shortfall), nine(a.Shortfall)); c != 0 {
			return c
		}
		if c := cmp.Compare(b.NotMet, a.NotMet); c != 0 {
			return c
		}
		return cmp.Compare(a.Indicator.Index(), b.Indicator.Index())
	})
	rp.Indicators = rows
	for rp.Top < min(top, len(rows)) && rows[rp.Top].Failing > 0 {
		rp.Top++
	}
}

// issues: units with unanswered or N/A indicators.
func (rp *Report) issues() {
	for i := range rp.Units {
		u := &rp.Units[i]
		if u.Counts.Missing == 0 && u.Counts.NA == 0 && u.Status == results.Complete {
			continue
		}
		is := Issue{Unit: i}
		for k := range u.Indicators {
			switch u.Indicators[k].Status {
			case results.Missing:
				is.Missing = append(is.Missing, k)
			case results.NA:
				is.NA = append(is.NA, k)
			}
		}
		if len(is.Missing) > 0 || len(is.NA) > 0 || u.Status == results.Incomplete {
			rp.Issues = append(rp.Issues, is)
		}
	}
}

// appendix: every unit, by code.
func (rp *Report) appendix() {
	rp.Appendix = make([]int, len(rp.Units))
	for i := range rp.Appendix {
		rp.Appendix[i] = i
	}
	slices.SortStableFunc(rp.Appendix, func(a, b int) int { return strings.Compare(rp.Units[a].Code, rp.Units[b].Code) })
}

// tree: the rubric's groups (and a flat rubric's indicators) with their
// weights and nominal shares, in document order.
func (rp *Report) tree() {
	shares := nominalShares(rp.Rubric)
	var walk func(g *rubric.Group, depth int)
	walk = func(g *rubric.Group, depth int) {
		for _, c := range g.Groups {
			rp.Tree = append(rp.Tree, TreeRow{Depth: depth, Group: c, Weight: c.Weight, Share: shares[c]})
			walk(c, depth+1)
		}
		if g.IsRoot() {
			for _, ind := range g.Indicators {
				rp.Tree = append(rp.Tree, TreeRow{Depth: depth, Indicator: ind, Weight: ind.Weight, Share: shares[ind]})
			}
		}
	}
	walk(rp.Rubric.Root(), 1)
}
