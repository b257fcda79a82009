package score_test

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// roundUnit builds a unit of a verification round from the unit's and
// the verifier's answers as written ("" for none).
func roundUnit(t *testing.T, r *rubric.Rubric, self, verifier map[string]string) results.Unit {
	t.Helper()
	u := score.NewUnit(r, "U")
	u.Round = &results.UnitRound{Verification: true}
	answer := func(ind *rubric.Indicator, text string) results.Answer {
		if text == "" {
			return results.Answer{}
		}
		p, prob := score.ParseAnswer(ind, text)
		if prob != nil {
			t.Fatalf("%s %q: %v", ind.Code, text, prob)
		}
		if p.NA {
			return results.Answer{Text: text, Status: results.NA}
		}
		return results.Answer{Text: text, Value: p.Value, Status: results.Answered}
	}
	for _, ind := range r.Indicators() {
		s, v := self[ind.Code], verifier[ind.Code]
		if s == "" && v == "" {
			continue
		}
		u.Indicators[ind.Index()].SetRound(&results.IndicatorRound{Self: answer(ind, s), Verifier: answer(ind, v)})
	}
	score.Verify(r, &u)
	return u
}

var contohSelf = map[string]string{
	"SP-01": "Ya", "SP-02": "Ya", "SP-03": "Ya", "SP-04": "Ya",
	"SR-01": "Ya", "SR-02": "Lengkap", "SR-03": "N/A",
}

// The final answer is the verifier's where given; both scores come from
// the same rules; the states and the provisional mark follow.
func TestVerifyScores(t *testing.T) {
	r := loadRubric(t, "../../testdata/rubrics/contoh.yaml")
	// Verified: the worked example (71.67); the unit claimed everything.
	u := roundUnit(t, r, contohSelf, map[string]string{
		"SP-01": "Ya", "SP-02": "1", "SP-03": "Tidak", "SP-04": "Ya",
		"SR-01": "Ya", "SR-02": "Sebagian", "SR-03": "NA",
	})
	if u.Score == nil || *u.Score != 71.67 {
		t.Fatalf("verified score %v, want 71.67", u.Score)
	}
	s, ok := u.SelfScore()
	if !ok || s != 100 {
		t.Fatalf("self score %v %v, want 100", s, ok)
	}
	if g, _ := u.Gap(); g != 71.67-100 {
		t.Errorf("gap %v", g)
	}
	ro := u.Round
	if ro.Agreed != 5 || ro.Corrected != 2 || ro.Unverified != 0 || u.Provisional() {
		t.Errorf("agreed %d corrected %d unverified %d provisional %v", ro.Agreed, ro.Corrected, ro.Unverified, u.Provisional())
	}
	sp3 := u.Indicators[2]
	if sp3.Status != results.NotMet || sp3.Answer != "Tidak" || sp3.Round().State != results.Corrected || sp3.Round().Self.Status != results.Met {
		t.Errorf("SP-03: %+v %+v", sp3, sp3.Round())
	}
	if sp3.Round().SelfPoints <= 0 || sp3.Points != 0 {
		t.Errorf("SP-03 points: self %v final %v", sp3.Round().SelfPoints, sp3.Points)
	}
	// Verifying again (as on results read back) changes nothing.
	before := *u.Score
	score.Verify(r, &u)
	if *u.Score != before || *u.Round.SelfScore != 100 || u.Round.Corrected != 2 {
		t.Errorf("second Verify: %v %v %d", *u.Score, *u.Round.SelfScore, u.Round.Corrected)
	}
}

// Unverified indicators keep the unit's answer and make the unit
// provisional; the unit's own blanks leave the self score out.
func TestVerifyProvisional(t *testing.T) {
	r := loadRubric(t, "../../testdata/rubrics/contoh.yaml")
	self := map[string]string{}
	for k, v := range contohSelf {
		self[k] = v
	}
	self["SP-04"] = ""
	u := roundUnit(t, r, self, map[string]string{"SP-01": "Ya", "SP-04": "Tidak"})
	if u.Status != results.Complete || *u.Score == 0 {
		t.Fatalf("status %v score %v", u.Status, u.Score)
	}
	if !u.Provisional() || u.Round.Unverified != 5 || u.Round.Agreed != 1 || u.Round.Corrected != 1 {
		t.Errorf("provisional %v: agreed %d corrected %d unverified %d", u.Provisional(), u.Round.Agreed, u.Round.Corrected, u.Round.Unverified)
	}
	if _, ok := u.SelfScore(); ok || u.Round.SelfStatus != results.Incomplete {
		t.Errorf("self score of an unfinished self-assessment: %v", u.Round.SelfStatus)
	}
	if _, ok := u.Gap(); ok {
		t.Error("a gap without a self score")
	}
}

// A correction replaces the final answer, settles an unverified
// indicator, and is undone by nothing: verifying again replays the trail.
func TestVerifyCorrections(t *testing.T) {
	r := loadRubric(t, "../../testdata/rubrics/contoh.yaml")
	u := roundUnit(t, r, contohSelf, map[string]string{
		"SP-01": "Ya", "SP-02": "Ya", "SP-03": "Tidak", "SP-04": "Ya", "SR-01": "Ya", "SR-02": "Sebagian",
	})
	if !u.Provisional() {
		t.Fatal("SR-03 unverified: not provisional")
	}
	u.Round.Corrections = []results.Correction{
		{Indicator: "SP-03", Before: results.Answer{Text: "Tidak", Status: results.Answered}, After: results.Answer{Text: "Ya", Value: 1, Status: results.Answered}},
		{Indicator: "SR-03", Before: results.Answer{Text: "N/A", Status: results.NA}, After: results.Answer{Text: "Ada", Value: 1, Status: results.Answered}},
	}
	score.Verify(r, &u)
	if u.Provisional() || u.Round.Unverified != 0 {
		t.Errorf("corrected SR-03 still unverified: %d", u.Round.Unverified)
	}
	if u.Indicators[2].Status != results.Met || u.Indicators[6].Status != results.Met {
		t.Errorf("corrections not applied: %v %v", u.Indicators[2].Status, u.Indicators[6].Status)
	}
	if u.Indicators[2].Round().State != results.Corrected {
		t.Errorf("the verifier's state is kept: %v", u.Indicators[2].Round().State)
	}
	// A single-pass unit corrected: its first correction records the
	// answer it started from.
	p := unit(t, r, "", map[string]string{"SP-01": "1", "SP-02": "1", "SP-03": "0", "SP-04": "1", "SR-01": "1", "SR-02": "Sebagian", "SR-03": "N/A"})
	p.Round = &results.UnitRound{Corrections: []results.Correction{
		{Indicator: "SP-03", Before: results.Answer{Text: "0", Status: results.Answered}, After: results.Answer{Text: "Ya", Value: 1, Status: results.Answered}},
	}}
	score.Verify(r, &p)
	if *p.Score != 86.67 || p.Provisional() {
		t.Errorf("corrected single pass: %v %v", *p.Score, p.Provisional())
	}
	score.Verify(r, &p)
	if *p.Score != 86.67 {
		t.Errorf("again: %v", *p.Score)
	}
}
