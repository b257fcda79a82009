// Package results holds the in-memory results model: the one pivot
// between the readers upstream (observation workbooks, results JSON,
// results workbooks) and every output downstream (terminal table, JSON,
// CSV, report cards, results workbook, annual report, diff).
//
// A Results value carries its rubric, so that it can be rendered, compared
// or re-read without anything else. Its JSON form is versioned (Schema)
// and documented in the README; json.go reads and writes it.
package results

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// Schema identifies the results JSON format WriteJSON writes; ReadJSON
// reads it and SchemaV1.
const Schema = "kepatuhan/results/v2"

// SchemaV1 is the results JSON format written before v2 (each answer's
// source file in full, indented), still read.
const SchemaV1 = "kepatuhan/results/v1"

// Results is everything one scoring run produced.
type Results struct {
	Tool   string         // "kepatuhan 0.1.0"
	Rubric *rubric.Rubric // the rubric every unit was scored with
	Inputs []Input        // the files read, in the order given
	Units  []Unit         // in the order read
}

// Input is one file read.
type Input struct {
	Path   string // as given (relative paths stay relative)
	Name   string // base name
	SHA256 string // of the file's bytes, hex
	Size   int64
}

// Status of a unit.
type Status uint8

// Unit statuses.
const (
	Complete   Status = iota // every applicable indicator answered
	Incomplete               // some indicator unanswered: no score, no band
)

var unitStatusNames = [...]string{"complete", "incomplete"}

func (s Status) String() string { return unitStatusNames[s] }

// Unit is one public-service unit's observations and scores.
type Unit struct {
	Code     string
	Name     string
	Type     string // unit-type id as the rubric knows it, or as written
	Region   string
	Period   string
	Assessor string
	Date     string   // ISO 8601 (yyyy-mm-dd) when it could be read as a date
	Sources  []Place  // sheets the unit's data came from
	Status   Status   //
	Score    *float64 // rounded to the rubric's decimals; nil when incomplete
	Raw      float64  // before rounding (0 when incomplete)
	Band     *rubric.Band
	Counts   Counts

	Groups     []GroupScore      // aligned with Rubric.AllGroups()
	Indicators []IndicatorResult // aligned with Rubric.Indicators()

	Survey *Survey    // what the respondents said besides the means (survey.go); nil when none
	Round  *UnitRound // the verification round and corrections (round.go); nil for a single pass
}

// Grade returns the unit's grade or category, "" if none or incomplete.
func (u *Unit) Grade() string {
	if u.Band == nil {
		return ""
	}
	return u.Band.Grade
}

// Zone returns the unit's zone, "" if none or incomplete.
func (u *Unit) Zone() rubric.Zone {
	if u.Band == nil {
		return rubric.NoZone
	}
	return u.Band.Zone
}

// Counts tallies a unit's indicators by status.
type Counts struct {
	Met, Partial, NotMet, NA, NotApplicable, Missing int
}

// GroupScore is one group's part of a unit's score.
type GroupScore struct {
	Code       string
	Applicable bool    // some indicator under it applies to the unit
	Complete   bool    // every applicable indicator under it is answered
	Fraction   float64 // weighted mean of its applicable children, 0..1
	Share      float64 // its share of the total weight for this unit, 0..1
	Points     float64 // its contribution to the score, in scale points
	Max        float64 // the most it could contribute
}

// IndicatorStatus is the state of one indicator for one unit.
type IndicatorStatus uint8

// Indicator statuses.
const (
	Missing       IndicatorStatus = iota // applies but not answered
	Answered                             // read, not yet scored (readers set this; scoring replaces it)
	Met                                  // fraction 1
	Partial                              // 0 < fraction < 1
	NotMet                               // fraction 0
	NA                                   // answered N/A: leaves the denominator
	NotApplicable                        // not assessed for this unit's type
)

var indicatorStatusNames = [...]string{"missing", "answered", "met", "partial", "not_met", "na", "not_applicable"}

func (s IndicatorStatus) String() string { return indicatorStatusNames[s] }

// ParseIndicatorStatus is the inverse of String.
func ParseIndicatorStatus(s string) (IndicatorStatus, bool) {
	for i, n := range indicatorStatusNames {
		if n == s {
			return IndicatorStatus(i), true
		}
	}
	return 0, false
}

// Scored reports whether the indicator counts in the score (met, partly
// met or not met).
func (s IndicatorStatus) Scored() bool { return s == Met || s == Partial || s == NotMet }

// IndicatorResult is one indicator's answer and score for one unit. A
// unit's results are aligned with its rubric's indicators
// (Rubric.Indicators()[i] is the indicator of Indicators[i]), which is
// where the code is: every field here costs once per answer, 300,000
// times in a long workbook.
type IndicatorResult struct {
	Answer string // as written in the cell, trimmed; "" for a survey
	// Value is the answer's value: 1 or 0 for a check, the level, the
	// choice's points, the number, or a survey's mean over respondents.
	// (While Status is Answered, a survey's Value holds the sum.)
	Value       float64
	Fraction    float64 // of the indicator's weight earned, 0..1
	Points      float64 // contribution to the score, in scale points
	Max         float64 // the most it could contribute for this unit
	Source      Place   // where the answer was read
	Respondents int32   // survey: how many respondents answered
	Status      IndicatorStatus
	// more holds what few answers have: the assessor's note and evidence
	// (Remark), the evidence items (Proof) and the round (Round). One
	// pointer for the three costs 16 bytes less on every answer than one
	// each (a 300,000-row workbook's answers are 300,000).
	more *answerMore
}

// answerMore is the rarer parts of an answer. It is not changed once
// made (SetRemark, SetProof and SetRound make another): answers copied by
// value do not share what is set on one of them later.
type answerMore struct {
	remark *Remark
	proof  *Proof
	round  *IndicatorRound
}

// Remark returns the assessor's note and evidence; nil when none.
func (ir *IndicatorResult) Remark() *Remark {
	if ir.more == nil {
		return nil
	}
	return ir.more.remark
}

// SetRemark sets the assessor's note and evidence; nil for none.
func (ir *IndicatorResult) SetRemark(r *Remark) { ir.setMore(r, ir.Proof(), ir.Round()) }

// Proof returns the answer's evidence items and what they prove
// (evidence.go); nil when none.
func (ir *IndicatorResult) Proof() *Proof {
	if ir.more == nil {
		return nil
	}
	return ir.more.proof
}

// SetProof sets the answer's evidence; nil for none.
func (ir *IndicatorResult) SetProof(p *Proof) { ir.setMore(ir.Remark(), p, ir.Round()) }

// Round returns the unit's and the verifier's answers (round.go); nil
// for a single pass.
func (ir *IndicatorResult) Round() *IndicatorRound {
	if ir.more == nil {
		return nil
	}
	return ir.more.round
}

// SetRound sets the answer's round; nil for none.
func (ir *IndicatorResult) SetRound(r *IndicatorRound) { ir.setMore(ir.Remark(), ir.Proof(), r) }

func (ir *IndicatorResult) setMore(rm *Remark, p *Proof, r *IndicatorRound) {
	if rm == nil && p == nil && r == nil {
		ir.more = nil
		return
	}
	ir.more = &answerMore{remark: rm, proof: p, round: r}
}

// Remark is what an assessor wrote beside an answer.
type Remark struct {
	Note     string
	Evidence string
	// EvidenceAt is the cell the evidence was written in (for a form's
	// Bukti cell, the answer's row in the Bukti column).
	EvidenceAt Place
}

// Note returns the assessor's note, "" if none.
func (ir *IndicatorResult) Note() string {
	if rm := ir.Remark(); rm != nil {
		return rm.Note
	}
	return ""
}

// Evidence returns the evidence reference, "" if none.
func (ir *IndicatorResult) Evidence() string {
	if rm := ir.Remark(); rm != nil {
		return rm.Evidence
	}
	return ""
}

// Sheet names one sheet of one input file. Places share them.
type Sheet struct {
	File  string // as given
	Sheet string
}

// Place is where something was read: a cell (Row and Col ≥ 1), a column
// (Row 0), or a whole sheet (Row and Col 0).
type Place struct {
	Sheet *Sheet
	Row   int32
	Col   int32
}

// Cell renders the place's cell reference ("D12", "F" for a column, ""
// for a sheet).
func (p Place) Cell() string {
	if p.Col <= 0 {
		return ""
	}
	s := ColumnName(int(p.Col))
	if p.Row > 0 {
		s += strconv.Itoa(int(p.Row))
	}
	return s
}

// String renders "file › sheet › cell".
func (p Place) String() string {
	if p.Sheet == nil {
		return ""
	}
	parts := []string{p.Sheet.File}
	if p.Sheet.Sheet != "" {
		parts = append(parts, p.Sheet.Sheet)
	}
	if c := p.Cell(); c != "" {
		parts = append(parts, c)
	}
	return strings.Join(parts, " › ")
}

// Short renders the place as String does, the file by its name only
// ("penilaian-2024.xlsx › DINKES › E17"): a document names the folder a
// file was read from once, or not at all (a laptop's "/home/…" or
// "C:\Users\…" on every line helps no reader). Both separators count,
// for a results file written on Windows and read elsewhere.
func (p Place) Short() string {
	if p.Sheet == nil {
		return ""
	}
	file := p.Sheet.File
	if i := strings.LastIndexAny(file, `/\`); i >= 0 && i+1 < len(file) {
		file = file[i+1:]
	}
	sh := *p.Sheet
	sh.File = file
	p.Sheet = &sh
	return p.String()
}

// ColumnName turns 1 into "A", 27 into "AA".
func ColumnName(col int) string {
	var b [8]byte
	i := len(b)
	for col > 0 {
		col--
		i--
		b[i] = byte('A' + col%26)
		col /= 26
	}
	return string(b[i:])
}

// ParseCell splits "D12" into row 12 and column 4; "F" gives row 0.
func ParseCell(ref string) (row, col int, ok bool) {
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	if i == 0 {
		return 0, 0, ref == ""
	}
	if i == len(ref) {
		return 0, col, true
	}
	r, err := strconv.Atoi(ref[i:])
	if err != nil || r <= 0 {
		return 0, 0, false
	}
	return r, col, true
}

// Summary counts units by status and zone.
type Summary struct {
	Units      int
	Complete   int
	Incomplete int
	Zones      map[rubric.Zone]int // complete units per zone
	// Provisional counts the units whose verification is not finished.
	Provisional int
}

// Summarize counts the units.
func (r *Results) Summarize() Summary {
	s := Summary{Units: len(r.Units), Zones: map[rubric.Zone]int{}}
	for i := range r.Units {
		u := &r.Units[i]
		if u.Provisional() {
			s.Provisional++
		}
		if u.Status == Incomplete {
			s.Incomplete++
			continue
		}
		s.Complete++
		s.Zones[u.Zone()]++
	}
	return s
}

// Input returns the input whose Path is path.
func (r *Results) Input(path string) (Input, bool) {
	for _, in := range r.Inputs {
		if in.Path == path {
			return in, true
		}
	}
	return Input{}, false
}

// UnitFiles returns the inputs a unit's data came from, in input order.
// For many units, InputIndex answers the same once per unit without
// going through every input each time.
func (r *Results) UnitFiles(u *Unit) []Input { return r.InputIndex().UnitFiles(u) }

// InputIndex indexes r's inputs by path, for UnitFiles over many units:
// looking every input up for every unit took a national round (25,000
// units from 500 files) 12.5 million comparisons.
func (r *Results) InputIndex() *InputIndex {
	x := &InputIndex{inputs: r.Inputs, byPath: make(map[string][]int, len(r.Inputs))}
	for i, in := range r.Inputs {
		x.byPath[in.Path] = append(x.byPath[in.Path], i)
	}
	return x
}

// InputIndex finds the inputs of units (Results.InputIndex). It is not
// changed once made: goroutines may share it.
type InputIndex struct {
	inputs []Input
	byPath map[string][]int
}

// UnitFiles returns the inputs a unit's data came from, in input order
// (Results.UnitFiles).
func (x *InputIndex) UnitFiles(u *Unit) []Input {
	var at [4]int
	idx := at[:0]
	for _, s := range u.Sources {
		if s.Sheet == nil {
			continue
		}
		for _, i := range x.byPath[s.Sheet.File] {
			if !slices.Contains(idx, i) {
				idx = append(idx, i)
			}
		}
	}
	if len(idx) == 0 {
		return nil
	}
	slices.Sort(idx)
	out := make([]Input, len(idx))
	for j, i := range idx {
		out[j] = x.inputs[i]
	}
	return out
}
