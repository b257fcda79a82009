package results

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"

	"github.com/kepatuhan/kepatuhan/pkg/msg"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// The JSON form of Results (schema kepatuhan/results/v1). Field names
// are part of the published format: see the README's "Results JSON".
type jsonResults struct {
	Schema  string          `json:"schema"`
	Tool    string          `json:"tool"`
	Rubric  jsonRubric      `json:"rubric"`
	Inputs  []jsonInput     `json:"inputs"`
	Summary jsonSummary     `json:"summary"`
	Units   json.RawMessage `json:"units"`
}

type jsonRubric struct {
	ID         string          `json:"id"`
	Version    string          `json:"version"`
	Variant    string          `json:"variant,omitempty"`
	Title      rubric.Text     `json:"title"`
	Hash       string          `json:"hash"`
	Scale      rubric.Scale    `json:"scale"`
	Definition json.RawMessage `json:"definition"`
}

type jsonInput struct {
	Path   string `json:"path"`
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
}

type jsonSummary struct {
	Units      int            `json:"units"`
	Complete   int            `json:"complete"`
	Incomplete int            `json:"incomplete"`
	Zones      map[string]int `json:"zones"`
	// Provisional: units whose verification is not finished (json_round.go).
	Provisional int `json:"provisional,omitempty"`
}

type jsonUnit struct {
	Code       string          `json:"code"`
	Name       string          `json:"name"`
	Type       string          `json:"type"`
	Region     string          `json:"region"`
	Period     string          `json:"period"`
	Assessor   string          `json:"assessor"`
	Date       string          `json:"date"`
	Sources    []jsonPlace     `json:"sources"`
	Status     string          `json:"status"`
	Score      *float64        `json:"score"`
	Raw        float64         `json:"raw"`
	Grade      string          `json:"grade"`
	Zone       string          `json:"zone"`
	Band       *rubric.Text    `json:"band"`
	Counts     jsonCounts      `json:"counts"`
	Groups     []jsonGroup     `json:"groups"`
	Indicators []jsonIndicator `json:"indicators"`
	Survey     *jsonSurvey     `json:"survey,omitempty"`

	Round *jsonUnitRound `json:"round,omitempty"` // json_round.go
}

type jsonCounts struct {
	Met           int `json:"met"`
	Partial       int `json:"partial"`
	NotMet        int `json:"not_met"`
	NA            int `json:"na"`
	NotApplicable int `json:"not_applicable"`
	Missing       int `json:"missing"`
}

type jsonGroup struct {
	Code       string  `json:"code"`
	Applicable bool    `json:"applicable"`
	Complete   bool    `json:"complete"`
	Fraction   float64 `json:"fraction"`
	Share      float64 `json:"share"`
	Points     float64 `json:"points"`
	Max        float64 `json:"max"`
}

type jsonIndicator struct {
	Code        string     `json:"code"`
	Status      string     `json:"status"`
	Answer      string     `json:"answer"`
	Value       float64    `json:"value"`
	Fraction    float64    `json:"fraction"`
	Points      float64    `json:"points"`
	Max         float64    `json:"max"`
	Respondents int32      `json:"respondents,omitempty"`
	Note        string     `json:"note,omitempty"`
	Evidence    string     `json:"evidence,omitempty"`
	Source      jsonPlace  `json:"source"`
	Proof       *jsonProof `json:"proof,omitempty"` // json_evidence.go

	Round *jsonIndicatorRound `json:"round,omitempty"` // json_round.go
}

type jsonPlace struct {
	File  string `json:"file"`
	Sheet string `json:"sheet,omitempty"`
	Cell  string `json:"cell,omitempty"`
}

func placeJSON(p Place) jsonPlace {
	if p.Sheet == nil {
		return jsonPlace{}
	}
	return jsonPlace{File: p.Sheet.File, Sheet: p.Sheet.Sheet, Cell: p.Cell()}
}

// WriteJSON writes r in the results JSON format, indented, units streamed
// one at a time so that large runs need little extra memory. The output
// depends only on r: the same results give the same bytes.
func WriteJSON(w io.Writer, r *Results) error {
	bw := bufio.NewWriter(w)
	head := jsonResults{
		Schema: Schema,
		Tool:   r.Tool,
		Rubric: jsonRubric{
			ID: r.Rubric.ID, Version: r.Rubric.Version, Variant: r.Rubric.Variant,
			Title: r.Rubric.Title, Hash: r.Rubric.Hash(), Scale: r.Rubric.Scale,
			Definition: r.Rubric.Canonical(),
		},
		Inputs:  make([]jsonInput, len(r.Inputs)),
		Summary: summaryJSON(r.Summarize()),
		Units:   json.RawMessage("[]"),
	}
	for i, in := range r.Inputs {
		head.Inputs[i] = jsonInput(in)
	}
	b, err := json.MarshalIndent(head, "", "  ")
	if err != nil {
		return err
	}
	// Stream the units in place of the empty array at the end.
	cut := bytes.LastIndex(b, []byte(`"units": []`))
	if cut < 0 {
		return fmt.Errorf("results: cannot place units")
	}
	bw.Write(b[:cut])
	bw.WriteString(`"units": [`)
	for i := range r.Units {
		if i > 0 {
			bw.WriteString(",")
		}
		ju := unitJSON(&r.Units[i], r.Rubric.Indicators())
		ju.Round = unitRoundJSON(&r.Units[i], r.Rubric)
		ub, err := json.MarshalIndent(ju, "    ", "  ")
		if err != nil {
			return err
		}
		bw.WriteString("\n    ")
		bw.Write(ub)
	}
	if len(r.Units) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
	return bw.Flush()
}

func summaryJSON(s Summary) jsonSummary {
	js := jsonSummary{Units: s.Units, Complete: s.Complete, Incomplete: s.Incomplete, Zones: map[string]int{}, Provisional: s.Provisional}
	for _, z := range []rubric.Zone{rubric.Hijau, rubric.Kuning, rubric.Merah} {
		js.Zones[string(z)] = s.Zones[z]
	}
	if n := s.Zones[rubric.NoZone]; n > 0 {
		js.Zones["none"] = n
	}
	return js
}

func unitJSON(u *Unit, inds []*rubric.Indicator) jsonUnit {
	ju := jsonUnit{
		Code: u.Code, Name: u.Name, Type: u.Type, Region: u.Region, Period: u.Period,
		Assessor: u.Assessor, Date: u.Date, Status: u.Status.String(), Score: u.Score, Raw: u.Raw,
		Sources: make([]jsonPlace, len(u.Sources)),
		Counts: jsonCounts{u.Counts.Met, u.Counts.Partial, u.Counts.NotMet, u.Counts.NA,
			u.Counts.NotApplicable, u.Counts.Missing},
		Groups:     make([]jsonGroup, len(u.Groups)),
		Indicators: make([]jsonIndicator, len(u.Indicators)),
		Survey:     surveyJSON(u.Survey),
	}
	for i, s := range u.Sources {
		ju.Sources[i] = placeJSON(s)
	}
	if u.Band != nil {
		ju.Grade, ju.Zone = u.Band.Grade, string(u.Band.Zone)
		label := u.Band.Label
		ju.Band = &label
	}
	for i, g := range u.Groups {
		ju.Groups[i] = jsonGroup(g)
	}
	for i := range u.Indicators {
		ir := &u.Indicators[i]
		ju.Indicators[i] = jsonIndicator{
			Code: inds[i].Code, Status: ir.Status.String(), Answer: ir.Answer, Value: ir.Value,
			Fraction: ir.Fraction, Points: ir.Points, Max: ir.Max, Respondents: ir.Respondents,
			Note: ir.Note(), Evidence: ir.Evidence(), Source: placeJSON(ir.Source), Proof: proofJSON(ir.Proof),
			Round: indicatorRoundJSON(ir),
		}
	}
	return ju
}

// problem is an error of a results file, located at the file (a JSON
// decoding error at its line and column), with the hint that results
// files are not edited by hand.
func problem(file string, key msg.Key, args ...any) msg.Problems {
	return msg.Problems{{Key: key, Args: args, File: file, Hint: msg.HintResultsEdited}}
}

// decodeProblem says where and why data did not decode: the line and
// column, and for a value of the wrong type the field (units.score) and
// what it must be — not the Go types behind it.
func decodeProblem(file string, data []byte, err error) msg.Problems {
	var (
		te *json.UnmarshalTypeError
		se *json.SyntaxError
	)
	at := func(offset int64) (line, col int) {
		offset = min(max(offset, 0), int64(len(data)))
		line = 1 + bytes.Count(data[:offset], []byte("\n"))
		col = int(offset) - bytes.LastIndexByte(data[:offset], '\n')
		return line, col
	}
	var p msg.Problem
	switch {
	case errors.As(err, &te):
		found, start := foundText(data, te)
		p = msg.Problem{Key: wantKey(te.Type), Args: []any{te.Field, found}}
		p.Line, p.Col = at(start)
	case errors.As(err, &se):
		p = msg.Problem{Key: msg.ResultsNotJSON}
		off := se.Offset
		if end := int64(len(bytes.TrimRight(data, " \t\r\n"))); off >= end {
			p.Key, off = msg.ResultsTruncated, end // at the end of the text
		}
		p.Line, p.Col = at(off)
	default:
		p = msg.Problem{Key: msg.ResultsNotJSON}
	}
	p.File, p.Hint = file, msg.HintResultsEdited
	return msg.Problems{p}
}

// wantKey words what a field must hold, by its Go type.
func wantKey(t reflect.Type) msg.Key {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return msg.ResultsWantObject
	}
	switch t.Kind() {
	case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return msg.ResultsWantNumber
	case reflect.String:
		return msg.ResultsWantText
	case reflect.Bool:
		return msg.ResultsWantBool
	case reflect.Slice, reflect.Array:
		return msg.ResultsWantList
	}
	return msg.ResultsWantObject
}

// foundText is the JSON value that did not fit, as written — the
// literal that ends where the decoder stopped, or [...] and {...} — and
// where it starts.
func foundText(data []byte, te *json.UnmarshalTypeError) (string, int64) {
	if te.Value == "array" || te.Value == "object" {
		at := te.Offset
		if at > 0 && at <= int64(len(data)) && (data[at-1] == '[' || data[at-1] == '{') {
			at-- // the bracket itself
		}
		if te.Value == "array" {
			return "[…]", at
		}
		return "{…}", at
	}
	end := int(min(max(te.Offset, 0), int64(len(data))))
	start := end
	if end > 0 && data[end-1] == '"' {
		start = end - 1
		for start > 0 {
			start--
			if data[start] == '"' && (start == 0 || data[start-1] != '\\') {
				break
			}
		}
	} else {
		for start > 0 && bytes.IndexByte([]byte("0123456789+-.eEtruefalsn"), data[start-1]) >= 0 {
			start--
		}
	}
	if start == end {
		return te.Value, te.Offset
	}
	return string(data[start:end]), int64(start)
}

// ReadJSON reads results written by WriteJSON. The embedded rubric is
// validated and must match its recorded hash; every unit must carry one
// result per rubric indicator and group. file names the source in errors.
func ReadJSON(rd io.Reader, file string) (*Results, error) {
	// One read and one decode: a district's results (5 MB) decoded
	// through a json.Decoder and then its units again took twice as long.
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil, err
	}
	var head struct {
		Schema *string `json:"schema"`
	}
	var jr struct {
		jsonResults
		Units []jsonUnit `json:"units"`
	}
	if err := json.Unmarshal(data, &jr); err != nil {
		// Another schema may not even decode: say which it is.
		if json.Unmarshal(data, &head) == nil && head.Schema != nil && *head.Schema != Schema {
			return nil, msg.Problems{{Key: msg.ResultsSchema, Args: []any{*head.Schema, Schema}, File: file, Hint: msg.HintResultsOnly}}
		}
		return nil, decodeProblem(file, data, err)
	}
	if jr.Schema != Schema {
		return nil, msg.Problems{{Key: msg.ResultsSchema, Args: []any{jr.Schema, Schema}, File: file, Hint: msg.HintResultsOnly}}
	}
	rb, err := rubric.Parse(file+"#rubric", jr.Rubric.Definition)
	if err != nil {
		return nil, err
	}
	if rb.Hash() != jr.Rubric.Hash {
		return nil, problem(file, msg.ResultsRubricHash, short(jr.Rubric.Hash))
	}
	r := &Results{Tool: jr.Tool, Rubric: rb}
	for _, in := range jr.Inputs {
		r.Inputs = append(r.Inputs, Input(in))
	}
	units := jr.Units
	sheets := map[jsonPlace]*Sheet{}
	place := func(p jsonPlace) (Place, error) {
		if p.File == "" && p.Sheet == "" && p.Cell == "" {
			return Place{}, nil
		}
		key := jsonPlace{File: p.File, Sheet: p.Sheet}
		s := sheets[key]
		if s == nil {
			s = &Sheet{File: p.File, Sheet: p.Sheet}
			sheets[key] = s
		}
		row, col, ok := ParseCell(p.Cell)
		if !ok {
			return Place{}, problem(file, msg.ResultsBadCell, p.Cell)
		}
		return Place{Sheet: s, Row: int32(row), Col: int32(col)}, nil
	}
	inds, groups := rb.Indicators(), rb.AllGroups()
	r.Units = make([]Unit, len(units))
	for ui, ju := range units {
		u := &r.Units[ui]
		*u = Unit{Code: rubric.CodeKey(ju.Code), Name: ju.Name, Type: ju.Type, Region: ju.Region, Period: ju.Period,
			Assessor: ju.Assessor, Date: ju.Date, Score: ju.Score, Raw: ju.Raw,
			Counts: Counts{ju.Counts.Met, ju.Counts.Partial, ju.Counts.NotMet, ju.Counts.NA,
				ju.Counts.NotApplicable, ju.Counts.Missing}}
		switch ju.Status {
		case "complete":
			u.Status = Complete
		case "incomplete":
			u.Status = Incomplete
		default:
			return nil, problem(file, msg.ResultsUnitStatus, ju.Code, ju.Status)
		}
		if (u.Status == Complete) != (u.Score != nil) {
			return nil, problem(file, msg.ResultsUnitScoreStatus, ju.Code, ju.Status)
		}
		if u.Score != nil {
			b := rb.BandFor(*u.Score)
			if b.Grade != ju.Grade || string(b.Zone) != ju.Zone {
				return nil, problem(file, msg.ResultsUnitBand, ju.Code, fmtScore(*u.Score), b.Grade+"/"+string(b.Zone), ju.Grade+"/"+ju.Zone)
			}
			u.Band = &b
		}
		for _, s := range ju.Sources {
			p, err := place(s)
			if err != nil {
				return nil, err
			}
			u.Sources = append(u.Sources, p)
		}
		if len(ju.Groups) != len(groups) || len(ju.Indicators) != len(inds) {
			return nil, problem(file, msg.ResultsUnitShape, ju.Code, len(ju.Groups), len(ju.Indicators), len(groups), len(inds))
		}
		u.Groups = make([]GroupScore, len(groups))
		for i, jg := range ju.Groups {
			if rubric.CodeKey(jg.Code) != rubric.CodeKey(groups[i].Code) {
				return nil, problem(file, msg.ResultsUnitGroup, ju.Code, i+1, jg.Code, groups[i].Code)
			}
			u.Groups[i] = GroupScore(jg)
		}
		u.Indicators = make([]IndicatorResult, len(inds))
		for i, ji := range ju.Indicators {
			if rubric.CodeKey(ji.Code) != rubric.CodeKey(inds[i].Code) {
				return nil, problem(file, msg.ResultsUnitIndicator, ju.Code, i+1, ji.Code, inds[i].Code)
			}
			st, ok := ParseIndicatorStatus(ji.Status)
			if !ok {
				return nil, problem(file, msg.ResultsIndicatorStatus, ju.Code, ji.Code, ji.Status)
			}
			src, err := place(ji.Source)
			if err != nil {
				return nil, err
			}
			ir := IndicatorResult{Answer: ji.Answer, Value: ji.Value, Fraction: ji.Fraction,
				Points: ji.Points, Max: ji.Max, Source: src, Respondents: ji.Respondents, Status: st}
			if ji.Note != "" || ji.Evidence != "" {
				ir.Remark = &Remark{Note: ji.Note, Evidence: ji.Evidence}
			}
			if ir.Proof, err = proofFromJSON(ji.Proof, file, ju.Code, ji.Code, place); err != nil {
				return nil, err
			}
			if ji.Round != nil {
				if ir.Round, err = ji.Round.read(file, ju.Code, ji.Code, place); err != nil {
					return nil, err
				}
			}
			u.Indicators[i] = ir
		}
		if u.Survey, err = surveyFromJSON(ju.Survey, ju.Code, file, place); err != nil {
			return nil, err
		}
		if ju.Round != nil {
			if u.Round, err = ju.Round.read(rb, file, ju.Code, place); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// fmtScore shows a score as JSON writes it.
func fmtScore(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// JSONSize estimates the size of r's JSON (WriteJSON) from that of its
// first unit, so that a buffer for it is allocated once rather than grown
// by doubling (which, for 100 MB of JSON, costs more than writing it).
// It is 0 for fewer than 100 units.
func JSONSize(r *Results) int {
	if len(r.Units) < 100 {
		return 0
	}
	head := *r
	head.Units = nil
	one := head
	one.Units = r.Units[:1]
	var a, b countWriter
	if WriteJSON(&a, &head) != nil || WriteJSON(&b, &one) != nil {
		return 0
	}
	unit := b - a
	return int(a) + int(float64(unit)*float64(len(r.Units))*1.1)
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }
