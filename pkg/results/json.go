package results

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"

	"github.com/kepatuhan/kepatuhan/pkg/msg"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// The JSON form of Results (schemas kepatuhan/results/v1 and v2). Field
// names are part of the published format: see the README's "Results
// JSON". Both schemas share these structs: v2 leaves out an answer's
// indicator code (a unit's answers line up with the rubric's indicators)
// and writes places against the inputs (jsonPlace). A field added here is
// read from either schema; json_write.go writes it (a test checks that
// every field is written as encoding/json would).
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
	Code        string     `json:"code,omitempty"` // v1 only
	Status      string     `json:"status"`
	Answer      string     `json:"answer"`
	Value       float64    `json:"value"`
	Fraction    float64    `json:"fraction"`
	Points      float64    `json:"points"`
	Max         float64    `json:"max"`
	Respondents int32      `json:"respondents,omitempty"`
	Note        string     `json:"note,omitempty"`
	Evidence    string     `json:"evidence,omitempty"`
	Source      *jsonPlace `json:"source,omitempty"`
	Proof       *jsonProof `json:"proof,omitempty"` // json_evidence.go

	Round *jsonIndicatorRound `json:"round,omitempty"` // json_round.go
}

// jsonPlace is where something was read. v1 names the file; v2 gives
// the input's index ("input", into "inputs") and the file only for a file
// not among the inputs, and a place in a unit's first source sheet is its
// cell alone. All empty is no place.
type jsonPlace struct {
	File  string `json:"file,omitempty"`
	Input *int   `json:"input,omitempty"`
	Sheet string `json:"sheet,omitempty"`
	Cell  string `json:"cell,omitempty"`
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

// unitJSON is u's JSON form in schema v2 (WriteJSON writes the same
// without making it: json_write.go).
func unitJSON(u *Unit, pc *placer) jsonUnit {
	pc.enter(u)
	ju := jsonUnit{
		Code: u.Code, Name: u.Name, Type: u.Type, Region: u.Region, Period: u.Period,
		Assessor: u.Assessor, Date: u.Date, Status: u.Status.String(), Score: u.Score, Raw: u.Raw,
		Sources: make([]jsonPlace, len(u.Sources)),
		Counts: jsonCounts{u.Counts.Met, u.Counts.Partial, u.Counts.NotMet, u.Counts.NA,
			u.Counts.NotApplicable, u.Counts.Missing},
		Groups:     make([]jsonGroup, len(u.Groups)),
		Indicators: make([]jsonIndicator, len(u.Indicators)),
		Survey:     surveyJSON(u.Survey, pc),
		Round:      unitRoundJSON(u, pc.rubric, pc),
	}
	for i, s := range u.Sources {
		ju.Sources[i] = pc.source(s)
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
			Status: ir.Status.String(), Answer: ir.Answer, Value: ir.Value,
			Fraction: ir.Fraction, Points: ir.Points, Max: ir.Max, Respondents: ir.Respondents,
			Note: ir.Note(), Evidence: ir.Evidence(), Source: pc.at(ir.Source), Proof: proofJSON(ir.Proof(), pc),
			Round: indicatorRoundJSON(ir, pc),
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

// ReadJSON reads results written by WriteJSON, in schema v2 or v1. The
// embedded rubric is validated and must match its recorded hash; every
// unit must carry one result per rubric indicator and group. file names
// the source in errors.
func ReadJSON(rd io.Reader, file string) (*Results, error) {
	rs, seeks := rd.(io.ReadSeeker)
	var start int64
	if seeks {
		var err error
		start, err = rs.Seek(0, io.SeekCurrent)
		seeks = err == nil
	}
	br := bufio.NewReaderSize(rd, 1<<16)
	head, _ := br.Peek(512)
	if schemaFirst(head) == Schema {
		// A file is decoded as it is read, not held whole (a national
		// round's is hundreds of megabytes); it is read again whole only
		// to say where it does not decode.
		if seeks {
			all := func() ([]byte, error) {
				if _, err := rs.Seek(start, io.SeekStart); err != nil {
					return nil, err
				}
				return io.ReadAll(rs)
			}
			return readStream(br, all, file)
		}
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return nil, err
	}
	if schemaFirst(data) == Schema {
		return readStream(bytes.NewReader(data), func() ([]byte, error) { return data, nil }, file)
	}
	return readWhole(data, file)
}

// schemaFirst is the schema when it is the first field, as WriteJSON
// writes it; "" otherwise.
func schemaFirst(data []byte) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	if t, err := dec.Token(); err != nil || t != "schema" {
		return ""
	}
	if t, err := dec.Token(); err == nil {
		if s, ok := t.(string); ok {
			return s
		}
	}
	return ""
}

// wholeJSON is a results file decoded at once.
type wholeJSON struct {
	jsonResults
	Units []jsonUnit `json:"units"`
}

// readWhole reads a results file with one decode: v1 files (a district's
// results, 5 MB, decoded through a json.Decoder and then its units again
// took twice as long) and v2 files whose fields are not in WriteJSON's
// order.
func readWhole(data []byte, file string) (*Results, error) {
	var head struct {
		Schema *string `json:"schema"`
	}
	var jr wholeJSON
	if err := json.Unmarshal(data, &jr); err != nil {
		// Another schema may not even decode: say which it is.
		if json.Unmarshal(data, &head) == nil && head.Schema != nil && *head.Schema != Schema && *head.Schema != SchemaV1 {
			return nil, msg.Problems{{Key: msg.ResultsSchema, Args: []any{*head.Schema, Schema}, File: file, Hint: msg.HintResultsOnly}}
		}
		return nil, decodeProblem(file, data, err)
	}
	rd, err := newReader(&jr.jsonResults, file)
	if err != nil {
		return nil, err
	}
	rd.r.Units = make([]Unit, len(jr.Units))
	for i := range jr.Units {
		if err := rd.unit(&jr.Units[i], &rd.r.Units[i]); err != nil {
			return nil, err
		}
	}
	return rd.r, nil
}

// readStream reads a v2 file as WriteJSON writes it (units last, one to a
// line), a few units at a time: a national round's results are not all
// decoded at once. A file that does not decode is decoded whole again to
// say where.
func readStream(src io.Reader, all func() ([]byte, error), file string) (*Results, error) {
	dec := json.NewDecoder(src)
	var jr jsonResults
	var rd *reader
	malformed := func(err error) error {
		data, rerr := all()
		if rerr != nil {
			return rerr
		}
		var whole wholeJSON
		if werr := json.Unmarshal(data, &whole); werr != nil {
			return decodeProblem(file, data, werr)
		}
		return decodeProblem(file, data, err)
	}
	again := func() (*Results, error) {
		data, err := all()
		if err != nil {
			return nil, err
		}
		return readWhole(data, file)
	}
	if _, err := dec.Token(); err != nil { // {
		return nil, malformed(err)
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, malformed(err)
		}
		switch t {
		case "schema":
			err = dec.Decode(&jr.Schema)
		case "tool":
			err = dec.Decode(&jr.Tool)
		case "rubric":
			err = dec.Decode(&jr.Rubric)
		case "inputs":
			err = dec.Decode(&jr.Inputs)
		case "summary":
			err = dec.Decode(&jr.Summary)
		case "units":
			if rd != nil {
				return again() // twice: as encoding/json reads it
			}
			if rd, err = newReader(&jr, file); err != nil {
				// What does not decode is said first, as for v1.
				if _, werr := again(); werr != nil {
					var ps msg.Problems
					if errors.As(werr, &ps) && len(ps) > 0 && ps[0].Line > 0 {
						return nil, werr
					}
				}
				return nil, err
			}
			if t, err := dec.Token(); err != nil || t != json.Delim('[') {
				return nil, malformed(err)
			}
			// The units are decoded as they come, on every core
			// (json_units.go); what is not as WriteJSON writes it is read
			// again whole.
			if err := rd.readUnits(io.MultiReader(dec.Buffered(), src), jr.Summary.Units); err != nil {
				if err == errNotStreamed {
					return again()
				}
				return nil, err
			}
			return rd.r, nil
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			return nil, malformed(err)
		}
	}
	if _, err := dec.Token(); err != nil { // }
		return nil, malformed(err)
	}
	if rd == nil { // no units
		return again()
	}
	return rd.r, nil
}

// reader turns decoded units into the model.
type reader struct {
	file   string
	v2     bool
	r      *Results
	rb     *rubric.Rubric
	inds   []*rubric.Indicator
	groups []*rubric.Group
	sheets map[[2]string]*Sheet
	shared *sheetTable // the sheets of every worker, behind sheets (json_units.go); nil: none
	slab   slab        // where the units' parts are made (json_units.go)
	unitAt string      // the unit being read, for messages
	home   *Sheet      // its first source sheet (v2)
}

// newReader checks the head of a results file: its schema, its rubric.
func newReader(jr *jsonResults, file string) (*reader, error) {
	if jr.Schema != Schema && jr.Schema != SchemaV1 {
		return nil, msg.Problems{{Key: msg.ResultsSchema, Args: []any{jr.Schema, Schema}, File: file, Hint: msg.HintResultsOnly}}
	}
	rb, err := rubric.Parse(file+"#rubric", jr.Rubric.Definition)
	if err != nil {
		return nil, err
	}
	if rb.Hash() != jr.Rubric.Hash {
		return nil, problem(file, msg.ResultsRubricHash, rubric.ShortHash(jr.Rubric.Hash))
	}
	r := &Results{Tool: jr.Tool, Rubric: rb}
	for _, in := range jr.Inputs {
		r.Inputs = append(r.Inputs, Input(in))
	}
	return &reader{file: file, v2: jr.Schema == Schema, r: r, rb: rb, inds: rb.Indicators(), groups: rb.AllGroups(),
		sheets: map[[2]string]*Sheet{}}, nil
}

// place resolves a place; nil and all empty are none.
func (rd *reader) place(p *jsonPlace) (Place, error) {
	if p == nil {
		return Place{}, nil
	}
	f := p.File
	if rd.v2 {
		switch {
		case p.Input != nil:
			i := *p.Input
			if i < 0 || i >= len(rd.r.Inputs) || f != "" {
				return Place{}, problem(rd.file, msg.ResultsBadPlace, rd.unitAt, placeText(p))
			}
			f = rd.r.Inputs[i].Path
		case f == "" && p.Sheet == "" && p.Cell != "":
			// a cell of the unit's first source
			row, col, ok := ParseCell(p.Cell)
			if !ok {
				return Place{}, problem(rd.file, msg.ResultsBadCell, p.Cell)
			}
			if rd.home == nil {
				return Place{}, problem(rd.file, msg.ResultsBadPlace, rd.unitAt, placeText(p))
			}
			return Place{Sheet: rd.home, Row: int32(row), Col: int32(col)}, nil
		}
	}
	if f == "" && p.Sheet == "" && p.Cell == "" {
		return Place{}, nil
	}
	key := [2]string{f, p.Sheet}
	s := rd.sheets[key]
	if s == nil {
		if rd.shared != nil {
			s = rd.shared.get(key)
		} else {
			s = &Sheet{File: f, Sheet: p.Sheet}
		}
		rd.sheets[key] = s
	}
	row, col, ok := ParseCell(p.Cell)
	if !ok {
		return Place{}, problem(rd.file, msg.ResultsBadCell, p.Cell)
	}
	return Place{Sheet: s, Row: int32(row), Col: int32(col)}, nil
}

// placeText is p as written, for messages.
func placeText(p *jsonPlace) string {
	b, _ := json.Marshal(p)
	return string(b)
}

// unit reads ju into u.
func (rd *reader) unit(ju *jsonUnit, u *Unit) error {
	file, rb, inds, groups := rd.file, rd.rb, rd.inds, rd.groups
	rd.unitAt, rd.home = ju.Code, nil
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
		return problem(file, msg.ResultsUnitStatus, ju.Code, ju.Status)
	}
	if (u.Status == Complete) != (u.Score != nil) {
		return problem(file, msg.ResultsUnitScoreStatus, ju.Code, ju.Status)
	}
	if u.Score != nil {
		b := rb.BandFor(*u.Score)
		if b.Grade != ju.Grade || string(b.Zone) != ju.Zone {
			return problem(file, msg.ResultsUnitBand, ju.Code, fmtScore(*u.Score), b.Grade+"/"+string(b.Zone), ju.Grade+"/"+ju.Zone)
		}
		u.Band = &b
	}
	for i := range ju.Sources {
		s := &ju.Sources[i]
		if rd.v2 && s.File == "" && s.Input == nil && s.Sheet == "" && s.Cell != "" {
			return problem(file, msg.ResultsBadPlace, ju.Code, placeText(s)) // a source is never relative
		}
		p, err := rd.place(s)
		if err != nil {
			return err
		}
		u.Sources = append(u.Sources, p)
	}
	if len(u.Sources) > 0 {
		rd.home = u.Sources[0].Sheet
	}
	if len(ju.Groups) != len(groups) || len(ju.Indicators) != len(inds) {
		return problem(file, msg.ResultsUnitShape, ju.Code, len(ju.Groups), len(ju.Indicators), len(groups), len(inds))
	}
	u.Groups = rd.slab.groups(len(groups))
	for i, jg := range ju.Groups {
		if rubric.CodeKey(jg.Code) != rubric.CodeKey(groups[i].Code) {
			return problem(file, msg.ResultsUnitGroup, ju.Code, i+1, jg.Code, groups[i].Code)
		}
		u.Groups[i] = GroupScore(jg)
	}
	u.Indicators = rd.slab.indicators(len(inds))
	for i := range ju.Indicators {
		ji := &ju.Indicators[i]
		// v2 leaves the code out: the answers line up with the rubric.
		if (!rd.v2 || ji.Code != "") && rubric.CodeKey(ji.Code) != rubric.CodeKey(inds[i].Code) {
			return problem(file, msg.ResultsUnitIndicator, ju.Code, i+1, ji.Code, inds[i].Code)
		}
		code := inds[i].Code
		st, ok := ParseIndicatorStatus(ji.Status)
		if !ok {
			return problem(file, msg.ResultsIndicatorStatus, ju.Code, code, ji.Status)
		}
		src, err := rd.place(ji.Source)
		if err != nil {
			return err
		}
		ir := &u.Indicators[i]
		*ir = IndicatorResult{Answer: ji.Answer, Value: ji.Value, Fraction: ji.Fraction,
			Points: ji.Points, Max: ji.Max, Source: src, Respondents: ji.Respondents, Status: st}
		var more answerMore
		if ji.Note != "" || ji.Evidence != "" {
			more.remark = rd.slab.remark()
			*more.remark = Remark{Note: ji.Note, Evidence: ji.Evidence}
		}
		if ji.Proof != nil {
			more.proof = rd.slab.proof()
			if err = proofFromJSON(ji.Proof, more.proof, file, ju.Code, code, rd.place); err != nil {
				return err
			}
		}
		if ji.Round != nil {
			if more.round, err = ji.Round.read(file, ju.Code, code, rd.place); err != nil {
				return err
			}
		}
		if more != (answerMore{}) {
			ir.more = rd.slab.more()
			*ir.more = more
		}
	}
	var err error
	if u.Survey, err = surveyFromJSON(ju.Survey, ju.Code, file, rd.place); err != nil {
		return err
	}
	if ju.Round != nil {
		if u.Round, err = ju.Round.read(rb, file, ju.Code, rd.place); err != nil {
			return err
		}
	}
	return nil
}

// fmtScore shows a score as JSON writes it.
func fmtScore(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

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
