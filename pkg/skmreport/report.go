// Package skmreport makes the report of the citizen satisfaction survey
// (SKM, PermenPAN-RB 14/2017) that every public-service unit publishes:
// one per unit, and a combined one for a region. Build works out every
// figure once, format-neutral; the PDF (pdf*.go) and the workbook
// (xlsx.go) only lay them out, in Bahasa Indonesia or English.
//
// A unit's report holds the survey's period; the population, the sample
// the Krejcie–Morgan table asks for it and the respondents received (an
// insufficient sample is said so, never hidden); the respondents'
// characteristics as tables and bars; the IKM worked out step by step
// (each unsur's answers, NRR, weighted NRR, their sum and its ×25
// conversion, the quality letter and the performance label) under the
// convention the report states; the three lowest unsur with a follow-up
// plan; the respondents' suggestions verbatim, grouped by the unsur they
// name; earlier periods when given; and the responsible official's
// signature block.
//
// Choices where the regulation is silent, stated on the report:
//
//   - The figures are worked out from each unsur's answers (the sum and
//     the count of respondents), under Options.Convention, whatever
//     convention an earlier results file was scored with; earlier periods
//     are worked out again the same way so that they compare.
//   - A survey whose dates span two calendar years, or fall outside the
//     unit's year (Tahun), is refused at the cells of its dates: one
//     report covers one period of one year.
//   - For a population between two rows of the Krejcie–Morgan table, the
//     next larger row's sample is asked (never less than the table asks),
//     and never more than the population.
//   - A suggestion belongs to the first unsur its text names (by a word
//     of the unsur's topic, or its code), else to "other suggestions";
//     cells saying there is none ("-", "tidak ada") are not suggestions.
//   - The region's IKM rolls the units' IKMs up by the rubric's rule (a
//     plain mean for skm-2017); its unsur values are the mean of the
//     units' NRRs.
package skmreport

import (
	"cmp"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/respondent"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Options say how the report is made.
type Options struct {
	Lang       msg.Lang
	Convention score.SKMConvention
	// Populations are the units' populations by unit code (as
	// rubric.CodeKey makes it); Population is every other unit's (0:
	// unknown).
	Populations map[string]int
	Population  int
	// Previous are earlier periods' results, compared with this one.
	Previous []*results.Results
	// Region, Period and Date as printed; "" takes what the units' own
	// say (results.Naming: the one region they give, or "12 wilayah"; the
	// date: SOURCE_DATE_EPOCH, else the survey's last
	// day).
	Region, Period, Date string
	// Signers names the official who signs a unit's report (by the
	// unit's code) and the combined one (code ""); nil, or nil for a
	// code, leaves blank lines to sign on.
	Signers func(code string) *Signer
}

// Signer is the official who signs a report.
type Signer struct {
	Place  string // where it is signed (the town)
	Office string // the office (jabatan)
	Name   string
	Rank   string // pangkat/golongan, optional
	NIP    string // the civil servant's number, as printed
}

// DateKind says where the report's date came from.
type DateKind uint8

// Where a date comes from.
const (
	DateNone  DateKind = iota // no date known
	DateGiven                 // Options.Date
	DateEpoch                 // SOURCE_DATE_EPOCH
	DateData                  // the survey's last day: "data as of"
)

// Report is everything an SKM report shows, worked out once.
type Report struct {
	Lang   msg.Lang
	Rubric *rubric.Rubric
	Tool   string
	Inputs []results.Input

	Region, Period string
	Regions        int    // how many regions the units give
	Date           string // ISO, or as Options.Date said
	DateKind       DateKind

	Conv   score.SKMConvention
	Weight float64 // each unsur's weight
	Factor float64 // the conversion to the published scale (25)

	Units    []*Unit // in the order read
	Combined Combined
	Signers  func(code string) *Signer
	// Previous names the earlier periods compared, oldest first, and
	// PreviousFiles their files.
	Previous      []string
	PreviousFiles []string

	matcher *matcher // finds the unsur a suggestion names (saran.go)
}

// Unit is one unit's report.
type Unit struct {
	Code, Name, Type, Region, Period string

	// The survey: its first and last days (ISO, "" when no date was
	// read), respondents counted, rows with no answer, respondents
	// without a date; HasSurvey is false for a unit scored before
	// respondents were recorded (no characteristics, suggestions or
	// dates are known).
	First, Last             string
	Respondents, Unanswered int
	Undated                 int
	HasSurvey               bool

	// The sample: the population (0 unknown), the sample the
	// Krejcie–Morgan table asks for it (and the table's row read), and
	// whether the respondents reach it.
	Population, Required, Row int
	Enough                    bool

	// Complete: every unsur has an answer, so the unit has an IKM;
	// Missing lists the unsur no one answered otherwise.
	Complete bool
	Missing  []string
	SKM      score.SKMResult
	Items    []Item
	Lowest   []int // the three lowest unsur, lowest first (indexes into Items)

	Traits      []TraitTable
	Suggestions []SuggestionGroup
	History     []Past // earlier periods then this one; empty without Options.Previous
	Files       []string
}

// Item is one unsur of one unit.
type Item struct {
	Code, Name, Text string
	Recommendation   string
	Min              int   // the answers' lowest value
	Counts           []int // respondents per answer value, nil when unknown
	score.SKMItem
	Band rubric.Band // of the unsur's own converted value
}

// TraitTable tallies one characteristic of the respondents.
type TraitTable struct {
	Trait respondent.Trait
	Rows  []TraitRow
	Empty int // respondents who did not say
	Total int // respondents
}

// TraitRow is one value of a characteristic.
type TraitRow struct {
	Value, Label string
	N            int
	Share        float64 // of the respondents
	Unlisted     bool    // not in the characteristic's list
	Other        int     // the row of the other services: how many
}

// SuggestionGroup holds the suggestions that name one unsur (Code ""
// for the rest).
type SuggestionGroup struct {
	Code, Name string
	Items      []Suggestion
}

// Suggestion is one respondent's suggestion, cleaned of control
// characters, and where it was read.
type Suggestion struct {
	Text, Respondent, Where string
}

// Past is one period of a unit's comparison.
type Past struct {
	Label       string
	Current     bool
	Found       bool // the unit is in that period's results
	Complete    bool
	Respondents int
	Score       float64
	Band        rubric.Band
	NRR         []float64 // as used, by unsur; nil when not complete
}

// Combined is the region's figures.
type Combined struct {
	Score       score.RegionScore
	Respondents int
	Items       []ItemMean
	Lowest      []int // the three lowest unsur by mean NRR
	Traits      []TraitTable
	Suggestions []SuggestionCount
	Short       int // complete units whose sample falls short
	Unknown     int // units of unknown population
	History     []PastRegion
}

// ItemMean is one unsur across the region's complete units.
type ItemMean struct {
	Code, Name     string
	Recommendation string
	Mean           float64 // of the units' NRRs as used
	Converted      float64
	Band           rubric.Band
	Units          int // complete units counted
	AmongLowest    int // units where it is one of the three lowest
}

// SuggestionCount is how many suggestions name an unsur, region-wide.
type SuggestionCount struct {
	Code, Name string
	N          int
}

// PastRegion is one period of the region's comparison.
type PastRegion struct {
	Label    string
	Current  bool
	Units    int // complete units
	Score    *float64
	Band     *rubric.Band
	Compared int // units found in both this period and the current one
}

// Lowest is how many unsur the follow-up plan takes.
const Lowest = 3

// Build works out the report of res, whose rubric must be an SKM rubric
// (score.SKMFactor). It refuses, with located problems, a unit whose
// survey spans two years or falls outside the unit's year.
func Build(res *results.Results, o Options) (*Report, msg.Problems) {
	r := res.Rubric
	factor, _ := score.SKMFactor(r)
	rp := &Report{Lang: o.Lang, Rubric: r, Tool: res.Tool, Inputs: res.Inputs, Conv: o.Convention,
		Factor: factor, Signers: o.Signers}
	if rp.Lang != msg.EN {
		rp.Lang = msg.ID
	}
	rp.Weight = 1 / float64(len(r.Indicators()))
	if o.Convention.Weights == score.SKMPrinted {
		rp.Weight = score.PrintedWeight
	}
	if rp.Tool == "" {
		rp.Tool = stamp.Tool()
	}
	var probs msg.Problems
	for i := range res.Units {
		u := rp.unit(&res.Units[i], o, &probs)
		rp.Units = append(rp.Units, u)
	}
	regions := results.Distinct(res.Units, func(u *results.Unit) string { return u.Region })
	rp.Regions = len(regions)
	rp.Region = strings.TrimSpace(o.Region)
	if rp.Region == "" {
		rp.Region = results.Naming(rp.Lang, regions, msg.DocRegions)
	}
	rp.Period = strings.TrimSpace(o.Period)
	if rp.Period == "" {
		rp.Period = results.Naming(rp.Lang, results.Distinct(res.Units, func(u *results.Unit) string { return u.Period }), msg.DocPeriods)
	}
	if rp.Period == "" {
		rp.Period = rp.surveyYears()
	}
	rp.date(o.Date)
	rp.history(res, o.Previous)
	rp.combine(res)
	return rp, probs
}

// unit works out one unit's report.
func (rp *Report) unit(ru *results.Unit, o Options, probs *msg.Problems) *Unit {
	r := rp.Rubric
	u := &Unit{Code: ru.Code, Name: ru.Name, Type: ru.Type, Region: ru.Region, Period: ru.Period}
	seen := map[string]bool{}
	for _, s := range ru.Sources {
		if s.Sheet != nil && !seen[s.Sheet.File] {
			seen[s.Sheet.File] = true
			u.Files = append(u.Files, filepath.Base(s.Sheet.File))
		}
	}
	sv := ru.Survey
	u.HasSurvey = sv != nil
	sums, counts := itemSums(r, ru)
	u.Complete = true
	for i, ind := range r.Indicators() {
		if counts[i] == 0 {
			u.Complete = false
			u.Missing = append(u.Missing, ind.Code)
		}
		u.Respondents = max(u.Respondents, counts[i])
	}
	u.SKM = score.SKM(r, sums, counts, rp.Conv)
	for i, ind := range r.Indicators() {
		it := Item{Code: ind.Code, Name: shortName(ind.Text.In(string(rp.Lang))), Text: ind.Text.In(string(rp.Lang)),
			Recommendation: ind.Recommendation.In(string(rp.Lang)), SKMItem: u.SKM.Items[i]}
		if ind.Survey != nil {
			it.Min = ind.Survey.Min
		}
		if sv != nil {
			if a := sv.Item(ind.Code); a != nil {
				it.Counts, it.Min = a.Counts, a.Min
			}
		}
		if it.N > 0 {
			it.Band = r.BandFor(it.Converted)
		}
		u.Items = append(u.Items, it)
	}
	if u.Complete {
		u.Lowest = u.SKM.Lowest(Lowest)
	}
	if sv != nil {
		u.Respondents = sv.Respondents
		u.Unanswered, u.Undated = sv.Unanswered, sv.Undated
		u.First, u.Last = sv.First, sv.Last
		u.Traits = traitTables(rp.Lang, sv.Traits, sv.Respondents, maxServices)
		u.Suggestions = groupSuggestions(rp, sv.Suggestions)
		rp.checkPeriod(ru, probs)
	}
	u.Population = o.Population
	if p, ok := o.Populations[rubric.CodeKey(ru.Code)]; ok && p > 0 {
		u.Population = p
	}
	if u.Population > 0 {
		u.Required, u.Row = score.KrejcieMorgan(u.Population)
		u.Enough = u.Respondents >= u.Required
	}
	return u
}

// itemSums returns each unsur's sum of answers and count of respondents:
// from the answers' spread when the survey has it, else from the mean
// (answers are whole numbers, so the sum is too).
func itemSums(r *rubric.Rubric, u *results.Unit) ([]float64, []int) {
	inds := r.Indicators()
	sums, counts := make([]float64, len(inds)), make([]int, len(inds))
	for i := range inds {
		ir := &u.Indicators[i]
		if ir.Respondents <= 0 || !(ir.Status.Scored() || ir.Status == results.Answered) {
			continue
		}
		counts[i] = int(ir.Respondents)
		mean := ir.Value
		if ir.Status == results.Answered {
			mean /= float64(ir.Respondents) // read, not scored: Value holds the sum
		}
		sums[i] = math.Round(mean * float64(ir.Respondents))
	}
	return sums, counts
}

// checkPeriod refuses a survey spanning two years or falling outside the
// unit's year.
func (rp *Report) checkPeriod(u *results.Unit, probs *msg.Problems) {
	sv := u.Survey
	if sv.First == "" || sv.Last == "" {
		return
	}
	at := func(p results.Place, key msg.Key, hint msg.Key, args ...any) {
		pr := msg.Problem{Key: key, Args: args, Hint: hint}
		if p.Sheet != nil {
			pr.File, pr.Sheet, pr.Cell = p.Sheet.File, p.Sheet.Sheet, p.Cell()
		}
		probs.Add(pr)
	}
	if sv.First[:4] != sv.Last[:4] {
		at(sv.LastAt, msg.SKMPeriodTwoYears, msg.HintSKMPeriodTwoYears, u.Code, sv.First, sv.FirstAt.Cell(), sv.Last)
		return
	}
	if y := strings.TrimSpace(u.Period); len(y) == 4 && y != sv.First[:4] {
		at(sv.FirstAt, msg.SKMPeriodOutside, msg.HintSKMPeriodOutside, u.Code, sv.First, sv.Last, y)
	}
}

// surveyYears is the year of every unit's survey when they share one.
func (rp *Report) surveyYears() string {
	year := ""
	for _, u := range rp.Units {
		if u.First == "" {
			continue
		}
		if year != "" && u.First[:4] != year {
			return ""
		}
		year = u.First[:4]
	}
	return year
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
	for _, u := range rp.Units {
		if u.Last > rp.Date {
			rp.Date = u.Last
		}
	}
	if rp.Date != "" {
		rp.DateKind = DateData
	}
}

// Signer returns who signs the report of the unit with code ("" the
// combined report), nil when no one is named.
func (rp *Report) Signer(code string) *Signer {
	if rp.Signers == nil {
		return nil
	}
	return rp.Signers(code)
}

// ParseDate checks a date given for the report: YYYY-MM-DD.
func ParseDate(s string) bool {
	_, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	return err == nil
}

// shortName is an unsur's name: its text up to a colon ("Persyaratan:
// kesesuaian …" is "Persyaratan").
func shortName(text string) string {
	if i := strings.IndexByte(text, ':'); i > 0 {
		return strings.TrimSpace(text[:i])
	}
	return text
}

// How many services a table lists before the rest are one row: a unit's,
// and a region's (whose units name their own services).
const (
	maxServices       = 30
	maxRegionServices = 15
)

// traitTables tallies each characteristic: the list's values in the
// list's order (those no one gave left out), then the values the list
// does not have, most given first; the service used most given first,
// the first maxService, then the rest in one row.
func traitTables(lang msg.Lang, tallies []results.Tally, total, maxService int) []TraitTable {
	var out []TraitTable
	for _, t := range respondent.Traits {
		tt := TraitTable{Trait: t, Total: total}
		given := 0
		byValue := map[string]*TraitRow{}
		var extra []TraitRow
		for _, tl := range tallies {
			if tl.Trait != t.Key() {
				continue
			}
			given += tl.N
			if tl.Unlisted || t == respondent.Service {
				extra = append(extra, TraitRow{Value: tl.Value, Label: tl.Value, N: tl.N, Unlisted: tl.Unlisted})
				continue
			}
			byValue[tl.Value] = &TraitRow{Value: tl.Value, Label: t.Label(tl.Value, string(lang)), N: tl.N}
		}
		for _, v := range t.Values() {
			if row, ok := byValue[v.Key]; ok {
				tt.Rows = append(tt.Rows, *row)
			}
		}
		slices.SortStableFunc(extra, func(a, b TraitRow) int { return cmp.Compare(b.N, a.N) })
		if t == respondent.Service && len(extra) > maxService {
			rest := TraitRow{Value: "", Other: len(extra) - maxService}
			for _, r := range extra[maxService:] {
				rest.N += r.N
			}
			rest.Label = msg.T(lang, msg.SKMOtherServices, rest.Other)
			extra = append(extra[:maxService], rest)
		}
		tt.Rows = append(tt.Rows, extra...)
		for i := range tt.Rows {
			if total > 0 {
				tt.Rows[i].Share = float64(tt.Rows[i].N) / float64(total)
			}
		}
		tt.Empty = max(0, total-given)
		out = append(out, tt)
	}
	return out
}
