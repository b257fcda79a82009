package score_test

import (
	"math"
	"os"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func loadRubric(t *testing.T, path string) *rubric.Rubric {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := rubric.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// unit builds a unit from answers written as in a workbook cell; codes not
// in answers stay unanswered.
func unit(t *testing.T, r *rubric.Rubric, typ string, answers map[string]string) results.Unit {
	t.Helper()
	u := score.NewUnit(r, "U")
	u.Type = typ
	for code, text := range answers {
		ind, ok := r.Indicator(code)
		if !ok {
			t.Fatalf("no indicator %s", code)
		}
		p, prob := score.ParseAnswer(ind, text)
		if prob != nil {
			t.Fatalf("%s %q: %v", code, text, prob)
		}
		ir := &u.Indicators[ind.Index()]
		ir.Answer = text
		if p.NA {
			ir.Status = results.NA
		} else {
			ir.Status = results.Answered
			if ind.Type == rubric.Surv {
				ir.Value += p.Value
				ir.Respondents++
			} else {
				ir.Value = p.Value
			}
		}
	}
	score.Unit(r, &u)
	return u
}

func TestContohWorkedExample(t *testing.T) {
	r := loadRubric(t, "../../testdata/rubrics/contoh.yaml")
	// DISDUK of the samples' README: SP 3/4, SR (1·1 + 0.5·2)/3, SR-03 N/A.
	u := unit(t, r, "", map[string]string{
		"SP-01": "1", "SP-02": "1", "SP-03": "0", "SP-04": "1",
		"SR-01": "1", "SR-02": "Sebagian", "SR-03": "N/A",
	})
	if u.Status != results.Complete || u.Score == nil {
		t.Fatalf("status %v", u.Status)
	}
	if *u.Score != 71.67 || u.Zone() != rubric.Kuning {
		t.Fatalf("score %v zone %v, want 71.67 kuning", *u.Score, u.Zone())
	}
	wantRaw := (60*0.75 + 40*(2.0/3.0)) / 100 * 100
	if math.Abs(u.Raw-wantRaw) > 1e-9 {
		t.Fatalf("raw %v want %v", u.Raw, wantRaw)
	}
	var sum float64
	for _, g := range u.Groups {
		sum += g.Points
	}
	if math.Abs(sum-u.Raw) > 1e-9 {
		t.Fatalf("group points %v do not add up to %v", sum, u.Raw)
	}
	if u.Counts != (results.Counts{Met: 4, Partial: 1, NotMet: 1, NA: 1}) {
		t.Fatalf("counts %+v", u.Counts)
	}
}
