package diff_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// modelUnit is a unit of a built-in rubric with every indicator answered
// at fraction f of its range (a level rounded to the nearest), except
// those in at, answered at their own fraction; survey items have one
// respondent. Scored.
func modelUnit(t *testing.T, r *rubric.Rubric, code string, f float64, at map[string]float64) results.Unit {
	t.Helper()
	u := score.NewUnit(r, code)
	for i, ind := range r.Indicators() {
		x := f
		if y, ok := at[ind.Code]; ok {
			x = y
		}
		ir := &u.Indicators[i]
		ir.Status = results.Answered
		switch ind.Type {
		case rubric.Levels:
			lo, hi := float64(ind.Levels.Min), float64(ind.Levels.Max)
			ir.Value = lo + float64(int(x*(hi-lo)+0.5))
		case rubric.Number:
			ir.Value = ind.Number.Min + x*(ind.Number.Max-ind.Number.Min)
		case rubric.Surv:
			ir.Value = float64(ind.Survey.Min) + x*float64(ind.Survey.Max-ind.Survey.Min)
			ir.Respondents = 1
		default:
			t.Fatalf("%s: answer type %s", ind.Code, ind.Type)
		}
	}
	score.Unit(r, &u)
	if u.Status != results.Complete {
		t.Fatalf("%s: %s", code, u.Status)
	}
	return u
}

// A district scored 2024 with the 2022–2024 model and 2025 with the 2025
// model: scores are subtracted on the same 0–100 scale but the change of
// method is said; zones are not compared, since 2025 has none; indicators
// match by code where they carried over and through `replaces` where the
// user survey moved from Output to Proses.
func TestOmbudsman2023To2025(t *testing.T) {
	r23, r25 := builtin(t, "ombudsman-2023"), builtin(t, "ombudsman-2025")
	old := &results.Results{Tool: stamp.Tool(), Rubric: r23, Units: []results.Unit{
		// Hijau in 2023 with OU-01 partly met; kuning; merah.
		modelUnit(t, r23, "DINKES", 0.9, map[string]float64{"OU-01": 2.0 / 3}),
		modelUnit(t, r23, "PKM-01", 0.6, nil),
		modelUnit(t, r23, "KEC-01", 0.3, nil),
	}}
	nu := &results.Results{Tool: stamp.Tool(), Rubric: r25, Units: []results.Unit{
		modelUnit(t, r25, "DINKES", 0.7, map[string]float64{"PM-01": 1}),
		modelUnit(t, r25, "PKM-01", 0.8, nil),
		modelUnit(t, r25, "KEC-01", 0.3, nil),
	}}
	rep := diff.Compare(old, nu, diff.Options{})
	c := &rep.Comparability
	if c.SameRef || !c.SameScale || c.Zones {
		t.Fatalf("same ref %v, same scale %v, zones %v", c.SameRef, c.SameScale, c.Zones)
	}
	// 26 indicators carry their code over, PM-01…06 replace OU-01…06;
	// 14 are new in 2025; IN-08, IN-09, IN-11, IN-12, IN-15 and
	// PR-08…PR-11 are gone.
	if c.Matched != 32 || c.ByReplaces != 6 || c.NewOnly != 14 || c.OldOnly != 9 {
		t.Errorf("matched %d (%d by replaces), new only %d, old only %d", c.Matched, c.ByReplaces, c.NewOnly, c.OldOnly)
	}
	levels := map[string]diff.Level{}
	for _, n := range c.Notes {
		levels[n.Code] = n.Level
	}
	want := map[string]diff.Level{
		"different_rubric": diff.Caution, "scores_compared": diff.OK, "scores_method": diff.Caution,
		"zones_not_compared": diff.Not, "indicators": diff.OK, "weights_changed": diff.Caution,
	}
	for code, l := range want {
		if got, ok := levels[code]; !ok || got != l {
			t.Errorf("note %s: %v (present %v), want %v; notes %v", code, got, ok, l, notes(rep))
		}
	}
	for _, n := range c.Notes {
		if n.Code == "zones_not_compared" && (!strings.Contains(n.Text(msg.ID), "ombudsman-2025") || strings.Contains(n.Text(msg.ID), "ombudsman-2023")) {
			t.Errorf("the note should name the rubric without zones: %s", n.Text(msg.ID))
		}
	}
	for code, m := range map[string]diff.Match{"IN-01": diff.MatchSame, "PD-05": diff.MatchSame, "PM-01": diff.MatchRenamed, "KP-01": diff.MatchAdded, "OS-01": diff.MatchAdded} {
		if d := indicator(t, rep, code); d.Match != m {
			t.Errorf("%s: %s, want %s", code, d.Match, m)
		}
	}
	if d := indicator(t, rep, "PM-01"); !slices.Equal(d.OldCodes, []string{"OU-01"}) || d.TypeChanged || !d.WeightChanged {
		t.Errorf("PM-01: old %v, type changed %v, weight changed %v", d.OldCodes, d.TypeChanged, d.WeightChanged)
	}
	if d := indicator(t, rep, "", "PR-10"); d.Match != diff.MatchRemoved {
		t.Errorf("PR-10: %s", d.Match)
	}

	// Without zones on one side, the delta decides: DINKES fell from the
	// green zone but is a score drop, not a zone drop; no zone steps.
	din := unitByCode(t, rep, "DINKES")
	if din.Status != diff.Regressed || din.Reason != diff.ScoreDown || din.ZoneSteps != 0 || din.Delta == nil || din.New.Zone != rubric.NoZone {
		t.Errorf("DINKES: %s %s steps %d delta %v zone %q", din.Status, din.Reason, din.ZoneSteps, din.Delta, din.New.Zone)
	}
	if d := *din.New.Score - *din.Old.Score; *din.Delta != score.Round(d, 2, rubric.HalfAwayFromZero) {
		t.Errorf("DINKES delta %v, scores %v → %v", *din.Delta, *din.Old.Score, *din.New.Score)
	}
	// The user survey's item flips through `replaces`: OU-01 partly met
	// in 2023, PM-01 met in 2025.
	var flip *diff.Flip
	for i := range din.Flips {
		if din.Flips[i].Indicator == "PM-01" {
			flip = &din.Flips[i]
		}
	}
	if flip == nil || !slices.Equal(flip.OldCodes, []string{"OU-01"}) || flip.From != results.Partial || flip.To != results.Met {
		t.Errorf("PM-01 flip %+v", flip)
	}
	if pkm := unitByCode(t, rep, "PKM-01"); pkm.Status != diff.Improved || pkm.Reason != diff.ScoreUp {
		t.Errorf("PKM-01: %s %s", pkm.Status, pkm.Reason)
	}
	// Every 2025 unit is complete without a zone.
	if n := rep.Matrix[diff.CatHijau][diff.CatNoZone] + rep.Matrix[diff.CatKuning][diff.CatNoZone] + rep.Matrix[diff.CatMerah][diff.CatNoZone]; n != 3 {
		t.Errorf("matrix %v", rep.Matrix)
	}
	if rep.Region.Delta == nil {
		t.Error("no region delta on the same scale")
	}
}
