package resultbook_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// contoh loads the sample rubric of testdata/.
func contoh(t testing.TB) *rubric.Rubric {
	t.Helper()
	data, err := os.ReadFile("../../testdata/rubrics/contoh.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rb, err := rubric.Parse("contoh.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return rb
}

// rubrics returns contoh and every built-in rubric (and variant), by name.
func rubrics(t testing.TB) map[string]*rubric.Rubric {
	t.Helper()
	out := map[string]*rubric.Rubric{"contoh": contoh(t)}
	bs, err := rubric.Builtins()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bs {
		out["builtin:"+b.ID] = b
		for _, v := range b.Variants {
			rv, err := b.WithVariant(v.ID)
			if err != nil {
				t.Fatal(err)
			}
			out["builtin:"+rv.Ref()] = rv
		}
	}
	return out
}

// tricky texts that must survive the trip through the hidden sheet: XML
// specials, OOXML's _xHHHH_ escapes, characters outside the BMP (two
// UTF-16 units in Excel's count), U+FFFE/U+FFFF (not XML characters),
// line breaks, tabs and edge spaces.
var tricky = []string{
	`"kutip" <tag> & 'apos'`,
	"kode _x0041_ dan _x005F_ serta _x00",
	"emoji 😀 di sini, ✓ ü ñ",
	"baris\nbaru\r\ndan\ttab",
	"  spasi di tepi  ",
	"karakter \uFFFE dan \uFFFF",
	"=SUM(A1:A2)",
}

// synth builds n scored units against rb with every kind of indicator
// state the rubric allows: complete and incomplete units (every tenth
// from the fourth on misses answers), N/A answers, indicators not for the
// unit's type, survey items with respondents, remarks and sources.
func synth(t testing.TB, rb *rubric.Rubric, n int) *results.Results {
	t.Helper()
	res := &results.Results{Tool: "kepatuhan test", Rubric: rb, Inputs: []results.Input{
		{Path: "data/opd.xlsx", Name: "opd.xlsx", SHA256: strings.Repeat("ab", 32), Size: 12345},
		{Path: "kecamatan 2025.xlsx", Name: "kecamatan 2025.xlsx", SHA256: strings.Repeat("0f", 32), Size: 678},
	}}
	sheets := []*results.Sheet{{File: "data/opd.xlsx", Sheet: "Rekap"}, {File: "kecamatan 2025.xlsx", Sheet: "Form ü"}}
	types := []string{""}
	for _, ut := range rb.UnitTypes {
		types = append(types, ut.ID)
	}
	inds := rb.Indicators()
	res.Units = make([]results.Unit, 0, n)
	for i := 0; i < n; i++ {
		u := score.NewUnit(rb, fmt.Sprintf("U-%04d", i+1))
		u.Name = fmt.Sprintf("Unit Layanan %d", i+1)
		if i%7 == 5 {
			u.Name += " " + tricky[i%len(tricky)]
		}
		u.Type = types[i%len(types)]
		u.Region = "Kabupaten Contoh"
		u.Period = "2025"
		u.Assessor = "Tim Penilai"
		u.Date = "2025-08-12"
		sh := sheets[i%len(sheets)]
		u.Sources = []results.Place{{Sheet: sh}}
		incomplete := i%10 == 3
		skipped := 0
		for j, ind := range inds {
			ir := &u.Indicators[j]
			ir.Source = results.Place{Sheet: sh, Row: int32(2 + j), Col: int32(4 + i%3)}
			k := i*7 + j*3
			if incomplete && j%4 == 1 && skipped < 3 {
				skipped++
				continue // left missing
			}
			if ind.NA && k%5 == 0 {
				ir.Answer, ir.Status = "N/A", results.NA
				continue
			}
			if ind.Type == rubric.Surv {
				resp := 5 + k%20
				sum := 0
				for r := 0; r < resp; r++ {
					sum += ind.Survey.Min + (k+r)%(ind.Survey.Max-ind.Survey.Min+1)
				}
				ir.Value, ir.Respondents, ir.Status = float64(sum), int32(resp), results.Answered
				continue
			}
			text := answer(ind, k)
			p, prob := score.ParseAnswer(ind, text)
			if prob != nil {
				t.Fatalf("%s %q: %v", ind.Code, text, prob)
			}
			ir.Answer, ir.Value, ir.Status = text, p.Value, results.Answered
			if p.NA {
				ir.Status = results.NA
			}
			if k%11 == 0 {
				ir.SetRemark(&results.Remark{Note: "catatan " + tricky[k%len(tricky)], Evidence: fmt.Sprintf("foto-%d.jpg", k)})
			}
		}
		score.Unit(rb, &u)
		res.Units = append(res.Units, u)
	}
	return res
}

// answer is a valid answer text to ind, varied by k.
func answer(ind *rubric.Indicator, k int) string {
	switch ind.Type {
	case rubric.Check:
		if k%3 == 0 {
			return "Tidak"
		}
		return "Ya"
	case rubric.Choice:
		return ind.Choices[k%len(ind.Choices)].Label
	case rubric.Levels:
		return strconv.Itoa(ind.Levels.Min + k%(ind.Levels.Max-ind.Levels.Min+1))
	case rubric.Number:
		v := ind.Number.Min + (ind.Number.Max-ind.Number.Min)*float64(k%5)/4
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	panic("answer: type " + string(ind.Type))
}

// coverage says which indicator and unit states res holds.
type coverage struct {
	complete, incomplete, na, notApplicable, survey, partial, notMet int
}

func cover(res *results.Results) coverage {
	var c coverage
	for i := range res.Units {
		u := &res.Units[i]
		if u.Status == results.Complete {
			c.complete++
		} else {
			c.incomplete++
		}
		c.na += u.Counts.NA
		c.notApplicable += u.Counts.NotApplicable
		c.partial += u.Counts.Partial
		c.notMet += u.Counts.NotMet
		for _, ir := range u.Indicators {
			if ir.Respondents > 0 {
				c.survey++
			}
		}
	}
	return c
}

// hasNA, hasScoped and hasSurvey say what states a rubric allows.
func allows(rb *rubric.Rubric) (na, scoped, survey bool) {
	for _, ind := range rb.Indicators() {
		na = na || ind.NA
		scoped = scoped || len(ind.AppliesTo) > 0
		survey = survey || ind.Type == rubric.Surv
	}
	return
}
