package results_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// A unit's survey goes through JSON and back unchanged, places included;
// a unit without one writes no "survey" (old files and new ones without a
// survey read the same).
func TestSurveyJSON(t *testing.T) {
	res := sample(t)
	sh := &results.Sheet{File: "survei.xlsx", Sheet: "Responden"}
	at := func(row, col int32) results.Place { return results.Place{Sheet: sh, Row: row, Col: col} }
	want := &results.Survey{
		Respondents: 3, Unanswered: 1, First: "2024-03-02", Last: "2024-05-30", FirstAt: at(4, 5), LastAt: at(2, 5), Undated: 1,
		Traits: []results.Tally{
			{Trait: results.TraitSex, Value: "P", N: 2, At: at(2, 6)},
			{Trait: results.TraitSex, Value: "L", N: 1, At: at(3, 6)},
			{Trait: results.TraitOccupation, Value: "Petani", N: 1, Unlisted: true, At: at(3, 9)},
		},
		Suggestions: []results.Suggestion{{Text: "Ruang tunggu\npanas ✓", Respondent: "2", Source: at(3, 20)}},
		Answers:     []results.AnswerCounts{{Code: "U1", Min: 1, Counts: []int{0, 1, 1, 1}}},
	}
	res.Units[0].Survey = want
	var a bytes.Buffer
	if err := results.WriteJSON(&a, res); err != nil {
		t.Fatal(err)
	}
	if strings.Count(a.String(), `"survey"`) != 1 {
		t.Fatalf("want one survey block:\n%s", a.String())
	}
	back, err := results.ReadJSON(bytes.NewReader(a.Bytes()), "a.json")
	if err != nil {
		t.Fatal(err)
	}
	got := back.Units[0].Survey
	if got == nil || back.Units[1].Survey != nil {
		t.Fatalf("surveys: %+v, %+v", got, back.Units[1].Survey)
	}
	// Places come back as new values naming the same cells.
	if got.FirstAt.String() != "survei.xlsx › Responden › E4" || got.Suggestions[0].Source.String() != "survei.xlsx › Responden › T3" {
		t.Errorf("places %s, %s", got.FirstAt, got.Suggestions[0].Source)
	}
	strip := func(s *results.Survey) results.Survey {
		c := *s
		c.FirstAt, c.LastAt = results.Place{}, results.Place{}
		c.Traits = append([]results.Tally(nil), s.Traits...)
		for i := range c.Traits {
			c.Traits[i].At = results.Place{}
		}
		c.Suggestions = append([]results.Suggestion(nil), s.Suggestions...)
		for i := range c.Suggestions {
			c.Suggestions[i].Source = results.Place{}
		}
		return c
	}
	if !reflect.DeepEqual(strip(got), strip(want)) {
		t.Errorf("survey back:\n%+v\nwant\n%+v", strip(got), strip(want))
	}
	if got.Count(results.TraitSex, "P") != 2 || got.Item("U1").Counts[3] != 1 || got.Item("U2") != nil {
		t.Error("Count or Item")
	}
	var b bytes.Buffer
	if err := results.WriteJSON(&b, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("round trip differs")
	}
	bad := strings.Replace(a.String(), `"n":2`, `"n":-2`, 1)
	if _, err := results.ReadJSON(strings.NewReader(bad), "a.json"); err == nil {
		t.Error("a negative tally must be refused")
	}
}
