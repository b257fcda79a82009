package results_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func sample(t *testing.T) *results.Results {
	t.Helper()
	data, err := os.ReadFile("../../testdata/rubrics/contoh.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rb, err := rubric.Parse("contoh.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	sh := &results.Sheet{File: "long.xlsx", Sheet: "Rekap"}
	res := &results.Results{Tool: "kepatuhan test", Rubric: rb,
		Inputs: []results.Input{{Path: "long.xlsx", Name: "long.xlsx", SHA256: strings.Repeat("ab", 32), Size: 10}}}
	answers := []map[string]string{
		{"SP-01": "Ya", "SP-02": "Ya", "SP-03": "Tidak", "SP-04": "Ya", "SR-01": "Ya", "SR-02": "Sebagian", "SR-03": "N/A"},
		{"SP-01": "Ya", "SP-02": "Tidak"},
	}
	for i, a := range answers {
		u := score.NewUnit(rb, []string{"DISDUK", "KEC-02"}[i])
		u.Name, u.Type, u.Date = "Unit ü ✓", "opd", "2024-08-12"
		u.Sources = []results.Place{{Sheet: sh}}
		row := int32(2)
		for code, text := range a {
			ind, _ := rb.Indicator(code)
			p, prob := score.ParseAnswer(ind, text)
			if prob != nil {
				t.Fatal(prob)
			}
			ir := &u.Indicators[ind.Index()]
			ir.Answer, ir.Value, ir.Status = text, p.Value, results.Answered
			if p.NA {
				ir.Status = results.NA
			}
			ir.Source = results.Place{Sheet: sh, Row: row, Col: 4}
			row++
			if code == "SP-03" {
				ir.SetRemark(&results.Remark{Note: "papan belum ada", Evidence: "foto.jpg"})
			}
		}
		score.Unit(rb, &u)
		res.Units = append(res.Units, u)
	}
	return res
}

func TestJSONRoundTrip(t *testing.T) {
	res := sample(t)
	var a bytes.Buffer
	if err := results.WriteJSON(&a, res); err != nil {
		t.Fatal(err)
	}
	back, err := results.ReadJSON(bytes.NewReader(a.Bytes()), "a.json")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := results.WriteJSON(&b, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("round trip differs:\n%s\n---\n%s", a.String(), b.String())
	}
	if *back.Units[0].Score != 71.67 || back.Units[1].Status != results.Incomplete {
		t.Fatalf("units: %+v", back.Units)
	}
	if got := back.Units[0].Indicators[2].Source.String(); got != "long.xlsx › Rekap › D4" && !strings.HasPrefix(got, "long.xlsx › Rekap › D") {
		t.Fatalf("source %q", got)
	}
}

func TestJSONRejectsEditedRubric(t *testing.T) {
	var a bytes.Buffer
	if err := results.WriteJSON(&a, sample(t)); err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(a.String(), `"weight":60`, `"weight":70`, 1)
	if edited == a.String() {
		t.Fatal("test did not edit the rubric")
	}
	if _, err := results.ReadJSON(strings.NewReader(edited), "a.json"); err == nil || !strings.Contains(err.Error(), "hash") {
		t.Fatalf("want a hash mismatch, got %v", err)
	}
}

func TestJSONRejectsWrongBand(t *testing.T) {
	var a bytes.Buffer
	if err := results.WriteJSON(&a, sample(t)); err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(a.String(), `"zone":"kuning"`, `"zone":"hijau"`, 1)
	if _, err := results.ReadJSON(strings.NewReader(edited), "a.json"); err == nil {
		t.Fatal("a unit whose zone does not match its score must be rejected")
	}
}
