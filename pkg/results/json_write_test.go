package results

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// fullUnit is a unit with every field the JSON holds set, texts with
// every character JSON escapes, numbers in each of encoding/json's forms,
// places at home, in another input, in another sheet and outside the
// inputs.
func fullUnit(t *testing.T) (*Results, *Unit) {
	t.Helper()
	data, err := os.ReadFile("../../testdata/rubrics/contoh.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rb, err := rubric.Parse("contoh.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	odd := "a<b>&\"c\\ \n\r\t\b\f\x01\x1f \u2028\u2029 ü ✓ end"
	home := &Sheet{File: "a.xlsx", Sheet: "Data " + odd}
	other := &Sheet{File: "b.xlsx", Sheet: "Lain"}
	outside := &Sheet{File: "bukan-masukan.xlsx", Sheet: "X"}
	r := &Results{Tool: "t", Rubric: rb, Inputs: []Input{{Path: "a.xlsx"}, {Path: "b.xlsx"}}}
	score := 71.67
	band := rb.BandFor(score)
	u := &Unit{Code: "U-1", Name: odd, Type: "opd", Region: "R", Period: "2025", Assessor: "A", Date: "2025-01-02",
		Sources: []Place{{Sheet: home}, {Sheet: outside, Row: 0, Col: 3}}, Status: Complete, Score: &score, Raw: 71.666666666666671,
		Band: &band, Counts: Counts{1, 2, 3, 4, 5, 6}}
	for _, g := range rb.AllGroups() {
		u.Groups = append(u.Groups, GroupScore{Code: g.Code, Applicable: true, Complete: true, Fraction: 1e-7, Share: 0.1 + 0.2, Points: 1e21, Max: -0.5})
	}
	for i := range rb.Indicators() {
		ir := IndicatorResult{Answer: "Ya", Value: float64(i), Fraction: 1, Points: 2.4390243902439024, Max: 1e-300,
			Status: Met, Source: Place{Sheet: home, Row: int32(2 + i), Col: 5}}
		switch i {
		case 0:
			ir.Respondents = 12
			ir.SetRemark(&Remark{Note: "catatan " + odd, Evidence: "foto " + odd})
			ir.SetProof(&Proof{Required: 2, Present: 1, Flag: Unproven, Items: []EvidenceItem{
				{Kind: rubric.Photo, Ref: odd, Path: "p/" + odd, Embedded: true, SHA256: "ab", Size: 10, Status: Found,
					Problem: ProblemHEIC, Width: 3, Height: 4, Slot: 1, Source: Place{Sheet: other, Row: 7, Col: 7}},
				{Kind: rubric.Link, Ref: "https://x", Status: Linked},
			}})
		case 1:
			ir.Source = Place{Sheet: other, Row: 3, Col: 5}
		case 2:
			ir.Source = Place{Sheet: outside, Row: 3, Col: 5}
		case 3:
			ir.Source = Place{}
			ir.SetProof(&Proof{})
		case 4:
			ir.Source = Place{Sheet: home} // the sheet itself: not a cell
		}
		u.Indicators = append(u.Indicators, ir)
	}
	self := 60.5
	selfBand := rb.BandFor(self)
	at := func(r int32) Place { return Place{Sheet: other, Row: r, Col: 6} }
	u.Round = &UnitRound{Verification: true, SelfScore: &self, SelfRaw: 60.49, SelfBand: &selfBand, SelfStatus: Complete,
		SelfCounts: Counts{6, 5, 4, 3, 2, 1}, Agreed: 3, Corrected: 2, Unverified: 1,
		Corrections: []Correction{{Indicator: "SP-01", Before: Answer{Text: "Tidak", Status: NotMet, Source: at(2)},
			After:  Answer{Text: "Ya", Value: 1, Status: Met, Source: Place{Sheet: home, Row: 2, Col: 5}},
			Reason: odd, By: "Tim", Date: "2025-02-01", Ref: "B/12", Where: "koreksi.yaml:3"}}}
	u.Indicators[0].SetRound(&IndicatorRound{Self: Answer{Text: "Tidak", Status: NotMet, Source: at(2)},
		Verifier: Answer{Text: "Ya", Value: 1, Status: Met, Source: Place{Sheet: home, Row: 2, Col: 5}},
		Note:     "dicek " + odd, State: Corrected, SelfPoints: 0.25})
	u.Survey = &Survey{Respondents: 3, Unanswered: 1, First: "2025-01-01", Last: "2025-01-03", FirstAt: Place{Sheet: home, Row: 2, Col: 2},
		LastAt: Place{Sheet: other, Row: 4, Col: 2}, Undated: 1,
		Traits:      []Tally{{Trait: TraitSex, Value: "P", N: 2, Unlisted: true, At: Place{Sheet: home, Row: 2, Col: 3}}},
		Suggestions: []Suggestion{{Text: odd, Respondent: "R1", Source: Place{Sheet: home, Row: 3, Col: 9}}},
		Answers:     []AnswerCounts{{Code: "U1", Min: 1, Counts: []int{0, 1, 2, 0}}}}
	return r, u
}

// The hand-written encoder writes a unit as encoding/json writes
// unitJSON's value, and every field of the JSON form is set in the unit
// tested: a field added to the JSON structs and not to the encoder fails
// here.
func TestEncoderIsEncodingJSON(t *testing.T) {
	r, u := fullUnit(t)
	band, selfBand := *u.Band, *u.Round.SelfBand
	u.Band.Grade, u.Round.SelfBand.Grade = "B", "C" // the rubric has none: for the encoder only
	e := &encoder{pc: newPlacer(r)}
	e.unit(u)
	if e.err != nil {
		t.Fatal(e.err)
	}
	ju := unitJSON(u, newPlacer(r))
	*u.Band, *u.Round.SelfBand = band, selfBand
	want, err := json.Marshal(ju)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(e.b, want) {
		t.Errorf("encoder:\n%s\nencoding/json:\n%s", e.b, want)
	}
	// Every field set somewhere (Code: v1 only).
	set := map[string]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			if v.Type().PkgPath() != "github.com/kepatuhan/kepatuhan/pkg/results" {
				return
			}
			for i := range v.NumField() {
				f := v.Type().Field(i)
				name := v.Type().Name() + "." + f.Name
				if _, ok := set[name]; !ok {
					set[name] = false
				}
				if !v.Field(i).IsZero() {
					set[name] = true
				}
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(ju))
	for name, ok := range set {
		if !ok && name != "jsonIndicator.Code" {
			t.Errorf("%s is not set in the unit tested", name)
		}
	}
	if len(set) < 70 {
		t.Errorf("only %d fields walked", len(set))
	}
	// And it reads back to the same.
	r.Units = []Unit{*u}
	var a, b bytes.Buffer
	if err := WriteJSON(&a, r); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(bytes.NewReader(a.Bytes()), "a.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&b, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("round trip differs:\n%s\n%s", a.Bytes(), b.Bytes())
	}
	for i, p := range []Place{back.Units[0].Indicators[0].Source, back.Units[0].Indicators[1].Source, back.Units[0].Indicators[2].Source} {
		if want := u.Indicators[i].Source.String(); p.String() != want {
			t.Errorf("indicator %d: source %q, want %q", i, p, want)
		}
	}
	if s := back.Units[0].Indicators[3].Source; s.Sheet != nil {
		t.Errorf("no place read as %v", s)
	}
	if !strings.Contains(a.String(), `"source":{"cell":"E2"}`) || strings.Count(a.String(), `"file":"a.xlsx"`) != 0 {
		t.Errorf("places not against the inputs:\n%s", a.Bytes())
	}
}

// Texts are escaped as encoding/json escapes them, invalid UTF-8 too.
func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "plain", "\xff", "a\xc3", "\xed\xa0\x80", "<&>", "\u2028\u2029\u2027", "\x00\x7f", "ü✓😀", "\"\\/"} {
		want, _ := json.Marshal(s)
		if got := appendString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("%q: %s, want %s", s, got, want)
		}
	}
}

// A number JSON cannot hold is an error, as encoding/json's.
func TestEncoderNaN(t *testing.T) {
	r, u := fullUnit(t)
	u.Raw = math.NaN()
	r.Units = []Unit{*u}
	if err := WriteJSON(&bytes.Buffer{}, r); err == nil {
		t.Error("NaN written")
	}
}

// v2's places are checked: an input that is not there, a cell of the
// unit's first source when it has none, a source written as a cell alone.
func TestReadV2Places(t *testing.T) {
	r, u := fullUnit(t)
	u.Survey = nil
	r.Units = []Unit{*u}
	var a bytes.Buffer
	if err := WriteJSON(&a, r); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct{ from, to string }{
		{`"source":{"input":1,`, `"source":{"input":2,`},
		{`"source":{"input":1,`, `"source":{"input":-1,`},
		{`"sources":[{"input":0,"sheet":`, `"sources":[{"cell":"A1","x":`},
		{`"source":{"cell":"E2"}`, `"source":{"cell":"E 2"}`},
	} {
		b := strings.Replace(a.String(), bad.from, bad.to, 1)
		if b == a.String() {
			t.Fatalf("%s not in the file", bad.from)
		}
		if _, err := ReadJSON(strings.NewReader(b), "b.json"); err == nil {
			t.Errorf("%s read", bad.to)
		}
	}
	// A unit without sources has no home for a cell alone.
	u.Sources = nil
	r.Units = []Unit{*u}
	a.Reset()
	if err := WriteJSON(&a, r); err != nil {
		t.Fatal(err)
	}
	full := `"source":{"input":0,"sheet":` + string(appendString(nil, u.Indicators[0].Source.Sheet.Sheet)) + `,"cell":"E2"}`
	b := strings.Replace(a.String(), full, `"source":{"cell":"B2"}`, 1)
	if b == a.String() {
		t.Fatalf("indicator not found:\n%s", a.Bytes())
	}
	if _, err := ReadJSON(strings.NewReader(b), "b.json"); err == nil || !strings.Contains(err.Error(), "B2") {
		t.Errorf("a cell without a home: %v", err)
	}
}

// Numbers are written as encoding/json writes them, the first time and
// from the memo, integers and values that share a memo entry too.
func TestAppendFloat(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 2.5, 1.0 / 3, 2.0 / 3, 0.1, 100, 99.99999999999999,
		1e-6, 9.99e-7, -1e-7, 1e14, 1e15, 123456789012345.6, 1e20, 1e21, 1.5e300, -2.5e-300,
		math.MaxInt64, math.MinInt64, 5e-324, math.MaxFloat64}
	for i := range 3000 {
		vals = append(vals, float64(i)/7, -float64(i)*1.1, float64(i)*1e-8)
	}
	e := &encoder{}
	for pass := range 2 {
		for _, v := range vals {
			want, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			if got := e.appendFloat(nil, v); !bytes.Equal(got, want) {
				t.Errorf("pass %d: %v written %s, want %s", pass, v, got, want)
			}
		}
	}
	if e.err != nil {
		t.Fatal(e.err)
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		e := &encoder{}
		e.appendFloat(nil, v)
		e.appendFloat(nil, v)
		if e.err == nil {
			t.Errorf("%v written", v)
		}
	}
}

// A home place's cell is written as Place.Cell writes it.
func TestAppendCell(t *testing.T) {
	for _, col := range []int32{0, 1, 2, 25, 26, 27, 52, 701, 702, 703, 16384} {
		for _, row := range []int32{0, 1, 9, 10, 1048576} {
			p := Place{Row: row, Col: col}
			if got := string(appendCell([]byte("x"), p)); got != "x"+p.Cell() {
				t.Errorf("row %d col %d: %q, want %q", row, col, got, "x"+p.Cell())
			}
		}
	}
}

// A survey is written as encoding/json writes it, however little or much
// it holds: no places, no counts, nothing but respondents.
func TestEncoderSurveyIsEncodingJSON(t *testing.T) {
	r, u := fullUnit(t)
	full := *u.Survey
	bare := full
	bare.Traits = append([]Tally(nil), full.Traits...)
	for i := range bare.Traits {
		bare.Traits[i].At, bare.Traits[i].Unlisted = Place{}, false
	}
	bare.Suggestions = []Suggestion{{Text: "<b>\"ok\"</b>"}, {Text: "", Respondent: "R2", Source: full.Suggestions[0].Source}}
	bare.Answers = []AnswerCounts{{Code: "U1", Min: 1}, {Code: "U2", Counts: []int{}}, {Code: "U3", Min: -2, Counts: []int{7}}}
	bare.FirstAt, bare.LastAt = Place{}, Place{Sheet: &Sheet{File: "other.xlsx", Sheet: "R"}, Row: 2, Col: 1}
	for _, s := range []*Survey{&full, &bare, {}, {Respondents: 3, Unanswered: 1, Undated: 2, First: "2024-01-02"}} {
		u.Survey = s
		e := &encoder{pc: newPlacer(r)}
		e.unit(u)
		if e.err != nil {
			t.Fatal(e.err)
		}
		want, err := json.Marshal(unitJSON(u, newPlacer(r)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(e.b, want) {
			t.Errorf("encoder:\n%s\nencoding/json:\n%s", e.b, want)
		}
	}
}
