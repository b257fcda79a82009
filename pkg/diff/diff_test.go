package diff_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func unitByCode(t *testing.T, r *diff.Report, code string) *diff.UnitDiff {
	t.Helper()
	for i := range r.Units {
		if rubric.CodeKey(r.Units[i].Code) == rubric.CodeKey(code) {
			return &r.Units[i]
		}
	}
	t.Fatalf("no unit %s", code)
	return nil
}

func indicator(t *testing.T, r *diff.Report, code string, old ...string) *diff.IndicatorDiff {
	t.Helper()
	for i := range r.Indicators {
		d := &r.Indicators[i]
		if d.Code == code && (code != "" || slices.Equal(d.OldCodes, old)) {
			return d
		}
	}
	t.Fatalf("no indicator %s %v", code, old)
	return nil
}

func order(r *diff.Report) []string {
	var out []string
	for i := range r.Units {
		out = append(out, r.Units[i].Code)
	}
	return out
}

func notes(r *diff.Report) []string {
	var out []string
	for _, n := range r.Comparability.Notes {
		out = append(out, n.Code)
	}
	return out
}

func deltaIs(t *testing.T, u *diff.UnitDiff, want float64) {
	t.Helper()
	if u.Delta == nil || *u.Delta != want {
		t.Errorf("%s: delta %v, want %v", u.Code, u.Delta, want)
	}
}

// The same rubric both years: statuses, order, flags, matrix, region.
func TestSameRubric(t *testing.T) {
	old, nw := sides(t, "diff-v1.yaml", book2025v1, "diff-v1.yaml")
	r := diff.Compare(old, nw, diff.Options{})
	if !r.Comparability.SameRubric() || !r.Comparability.SameScale || !r.Comparability.Zones {
		t.Fatalf("comparability %+v", r.Comparability)
	}
	want := []string{"DPMPTSP", "DISDUK", "DINKES", "KEC-02", "KEC-01", "DESA-01", "DESA-02", "DESA-03", "PKM-01", "RSUD", "DINSOS"}
	if got := order(r); !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	cases := []struct {
		code   string
		status diff.Status
		reason diff.Reason
		steps  int
	}{
		{"DPMPTSP", diff.Regressed, diff.ZoneDown, -2},
		{"DISDUK", diff.Regressed, diff.ZoneDown, -1},
		{"DINKES", diff.Regressed, diff.ZoneDown, -1},
		{"KEC-02", diff.Regressed, diff.BecameIncomplete, 0},
		{"kec-01", diff.Regressed, diff.ScoreDown, 0},
		{"DESA-01", diff.Improved, diff.ZoneUp, 2},
		{"DESA-02", diff.Improved, diff.ScoreUp, 0},
		{"DESA-03", diff.Unchanged, diff.SameScore, 0},
		{"PKM-01", diff.NotComparable, diff.OldIncomplete, 0},
		{"RSUD", diff.Added, diff.OnlyNew, 0},
		{"DINSOS", diff.Removed, diff.OnlyOld, 0},
	}
	for _, c := range cases {
		u := unitByCode(t, r, c.code)
		if u.Status != c.status || u.Reason != c.reason || u.ZoneSteps != c.steps {
			t.Errorf("%s: %s %s %d, want %s %s %d", c.code, u.Status, u.Reason, u.ZoneSteps, c.status, c.reason, c.steps)
		}
	}
	deltaIs(t, unitByCode(t, r, "DINKES"), -31)
	deltaIs(t, unitByCode(t, r, "KEC-01"), -12.5)
	deltaIs(t, unitByCode(t, r, "DESA-01"), 94)
	deltaIs(t, unitByCode(t, r, "DESA-03"), 0)
	if u := unitByCode(t, r, "KEC-02"); u.Delta != nil {
		t.Errorf("KEC-02: a delta for an incomplete unit: %v", *u.Delta)
	}
	if u := unitByCode(t, r, "DESA-01"); !slices.Equal(u.Flags, []diff.Flag{diff.Jump, diff.ZoneLeap}) {
		t.Errorf("DESA-01 flags %v", u.Flags)
	}
	if u := unitByCode(t, r, "DESA-03"); !slices.Equal(u.Flags, []diff.Flag{diff.TypeChanged}) {
		t.Errorf("DESA-03 flags %v", u.Flags)
	}
	if u := unitByCode(t, r, "DESA-02"); len(u.Flags) != 0 {
		t.Errorf("DESA-02 flags %v (a gain of 12.5 is no jump)", u.Flags)
	}
	if r.Jump == nil || *r.Jump != 30 {
		t.Errorf("jump %v, want 30", r.Jump)
	}
	if !r.Regressed() || r.Count(diff.Regressed) != 5 {
		t.Errorf("regressed %d", r.Count(diff.Regressed))
	}
	m := r.Matrix
	for _, c := range []struct {
		from, to diff.Category
		n        int
	}{
		{diff.CatHijau, diff.CatHijau, 1}, {diff.CatHijau, diff.CatKuning, 1}, {diff.CatHijau, diff.CatMerah, 1},
		{diff.CatHijau, diff.CatIncomplete, 1}, {diff.CatHijau, diff.CatAbsent, 1}, {diff.CatKuning, diff.CatKuning, 2},
		{diff.CatKuning, diff.CatMerah, 1}, {diff.CatMerah, diff.CatHijau, 1}, {diff.CatIncomplete, diff.CatHijau, 1},
		{diff.CatAbsent, diff.CatHijau, 1},
	} {
		if m[c.from][c.to] != c.n {
			t.Errorf("matrix %s → %s = %d, want %d", c.from, c.to, m[c.from][c.to], c.n)
		}
	}
	total := 0
	for i := range m {
		for j := range m[i] {
			total += m[i][j]
		}
	}
	if total != len(r.Units) {
		t.Errorf("matrix counts %d units of %d", total, len(r.Units))
	}
	// Region: the mean of the complete units' scores on each side.
	if r.Region.Old.Score == nil || *r.Region.Old.Score != 75.5 || r.Region.Delta == nil || *r.Region.Delta != -5.22 {
		t.Errorf("region %+v delta %v", r.Region.Old, r.Region.Delta)
	}
	// Flips: DINKES lost SP-03 and SP-04 (met → not met) and SR-02 (Lengkap → Sebagian).
	var got []string
	for _, f := range unitByCode(t, r, "DINKES").Flips {
		got = append(got, f.Indicator+":"+f.From.String()+">"+f.To.String())
	}
	if want := []string{"SP-03:met>not_met", "SP-04:met>not_met", "SR-02:met>partial"}; !slices.Equal(got, want) {
		t.Errorf("DINKES flips %v, want %v", got, want)
	}
	if d := indicator(t, r, "SP-03"); d.Down != 3 || d.Up != 2 || d.Compared != 8 || d.Match != diff.MatchSame {
		t.Errorf("SP-03 %+v", d)
	}
}

// A run compared with itself: nothing regressed, everything unchanged
// (or not comparable for an incomplete unit).
func TestNoRegression(t *testing.T) {
	old, _ := sides(t, "diff-v1.yaml", book2025v1, "diff-v1.yaml")
	r := diff.Compare(old, old, diff.Options{})
	if r.Regressed() {
		t.Fatalf("a run regressed against itself: %v", order(r))
	}
	for i := range r.Units {
		u := &r.Units[i]
		if u.Status != diff.Unchanged && !(u.Status == diff.NotComparable && u.Reason == diff.BothIncomplete) {
			t.Errorf("%s: %s %s", u.Code, u.Status, u.Reason)
		}
		if len(u.Flips) > 0 || len(u.Flags) > 0 {
			t.Errorf("%s: flips %v flags %v", u.Code, u.Flips, u.Flags)
		}
	}
}

// A renamed indicator is followed through replaces; a merged one takes
// the weighted mean of its OLD fractions; weights and types are compared.
func TestRenamedThroughReplaces(t *testing.T) {
	old, nw := sides(t, "diff-v1.yaml", book2025v2, "diff-v2.yaml")
	r := diff.Compare(old, nw, diff.Options{})
	c := r.Comparability
	if !c.SameRef || c.SameVersion || c.SameHash || !c.SameScale {
		t.Fatalf("comparability %+v", c)
	}
	if c.Matched != 8 || c.ByReplaces != 2 || c.NewOnly != 1 || c.OldOnly != 1 || c.Types != 1 {
		t.Errorf("lineage counts %+v", c)
	}
	if got := notes(r); !slices.Equal(got, []string{"rubric_version", "scores_compared", "scores_method", "zones_compared", "indicators", "weights_changed", "types_changed"}) {
		t.Errorf("notes %v", got)
	}
	sp := indicator(t, r, "SP-4A")
	if sp.Match != diff.MatchRenamed || !slices.Equal(sp.OldCodes, []string{"SP-04"}) || sp.Down != 2 || sp.Up != 1 {
		t.Errorf("SP-4A %+v", sp)
	}
	if sp.OldShare != 0.125 || sp.NewShare != 0.1 || !sp.WeightChanged || sp.TypeChanged {
		t.Errorf("SP-4A shares %v → %v", sp.OldShare, sp.NewShare)
	}
	pg := indicator(t, r, "PG-1")
	if pg.Match != diff.MatchMerged || !slices.Equal(pg.OldCodes, []string{"PG-01", "PG-02"}) || pg.OldShare != 0.2 || pg.NewShare != 0.1 {
		t.Errorf("PG-1 %+v", pg)
	}
	sr := indicator(t, r, "SR-02")
	if !sr.TypeChanged || sr.OldType != "choice" || sr.NewType != "levels" {
		t.Errorf("SR-02 %+v", sr)
	}
	if d := indicator(t, r, "PG-03"); d.Match != diff.MatchAdded || len(d.OldCodes) != 0 {
		t.Errorf("PG-03 %+v", d)
	}
	if d := indicator(t, r, "", "SR-04"); d.Match != diff.MatchRemoved {
		t.Errorf("SR-04 %+v", d)
	}
	// DISDUK answered PG-01 Ya and PG-02 Tidak in 2024: the merged PG-1
	// was partly met, and is not met in 2025.
	var flip *diff.Flip
	for _, f := range unitByCode(t, r, "DISDUK").Flips {
		if f.Indicator == "PG-1" {
			flip = &f
		}
	}
	if flip == nil || flip.From != results.Partial || flip.To != results.NotMet || !flip.Down() {
		t.Errorf("DISDUK PG-1 flip %+v", flip)
	}
}

// Different scales: nothing is subtracted, zones still compare.
func TestDifferentScales(t *testing.T) {
	old, nw := scales(t)
	r := diff.Compare(old, nw, diff.Options{Jump: 1})
	if r.Comparability.SameScale || r.Jump != nil || r.Region.Delta != nil {
		t.Fatalf("scales compared: same %v jump %v region %v", r.Comparability.SameScale, r.Jump, r.Region.Delta)
	}
	for i := range r.Units {
		if u := &r.Units[i]; u.Delta != nil || u.Has(diff.Jump) {
			t.Errorf("%s: delta %v flags %v across scales", u.Code, u.Delta, u.Flags)
		}
	}
	if got := notes(r); !slices.Equal(got, []string{"different_rubric", "scores_not_compared", "zone_bounds_differ", "no_indicators_matched"}) {
		t.Errorf("notes %v", got)
	}
	if u := unitByCode(t, r, "DISDUK"); u.Status != diff.Regressed || u.Reason != diff.ZoneDown {
		t.Errorf("DISDUK %s %s", u.Status, u.Reason)
	}
	if u := unitByCode(t, r, "DESA-01"); u.Status != diff.Improved || !slices.Equal(u.Flags, []diff.Flag{diff.ZoneLeap}) {
		t.Errorf("DESA-01 %s %v", u.Status, u.Flags)
	}
	if u := unitByCode(t, r, "KEC-01"); u.Status != diff.Unchanged || u.Reason != diff.SameZone {
		t.Errorf("KEC-01 %s %s", u.Status, u.Reason)
	}
}

// With no zones on one side and different scales there is nothing to
// compare a unit by; with no zones on the same scale, the delta decides.
func TestNoZones(t *testing.T) {
	skm, pek := builtin(t, "skm-2017"), builtin(t, "pekppp-2023")
	a := &results.Results{Tool: stamp.Tool(), Rubric: skm, Units: []results.Unit{synth(t, skm, "U1", "", 0.9), synth(t, skm, "U2", "", 0.5)}}
	b := &results.Results{Tool: stamp.Tool(), Rubric: pek, Units: []results.Unit{synth(t, pek, "U1", "", 0.2), synth(t, pek, "U2", "", 0.8)}}
	r := diff.Compare(a, b, diff.Options{})
	if r.Comparability.Zones || r.Regressed() {
		t.Fatalf("zones %v, regressed %v", r.Comparability.Zones, r.Regressed())
	}
	for i := range r.Units {
		if u := &r.Units[i]; u.Status != diff.NotComparable || u.Reason != diff.NoCommonMeasure {
			t.Errorf("%s: %s %s", u.Code, u.Status, u.Reason)
		}
	}
	if !slices.Contains(notes(r), "zones_not_compared") {
		t.Errorf("notes %v", notes(r))
	}
	b = &results.Results{Tool: stamp.Tool(), Rubric: skm, Units: []results.Unit{synth(t, skm, "U1", "", 0.5), synth(t, skm, "U2", "", 0.9)}}
	r = diff.Compare(a, b, diff.Options{})
	if u := unitByCode(t, r, "U1"); u.Status != diff.Regressed || u.Reason != diff.ScoreDown {
		t.Errorf("U1 %s %s", u.Status, u.Reason)
	}
	if u := unitByCode(t, r, "U2"); u.Status != diff.Improved || u.Reason != diff.ScoreUp || !u.Has(diff.Jump) {
		// SKM 25–100: the default jump is 22.5 points; U2 gains 30.
		t.Errorf("U2 %s %s %v delta %v jump %v", u.Status, u.Reason, u.Flags, u.Delta, r.Jump)
	}
}

// The jump threshold is in points of the scale: 30% of the range by
// default (1.5 on the 0–5 index), or --jump.
func TestJumpThreshold(t *testing.T) {
	pek := builtin(t, "pekppp-2023")
	a := &results.Results{Tool: stamp.Tool(), Rubric: pek, Units: []results.Unit{synth(t, pek, "A", "", 0.2), synth(t, pek, "B", "", 0.4)}}
	b := &results.Results{Tool: stamp.Tool(), Rubric: pek, Units: []results.Unit{synth(t, pek, "A", "", 0.6), synth(t, pek, "B", "", 1)}}
	r := diff.Compare(a, b, diff.Options{})
	if r.Jump == nil || *r.Jump != 1.5 {
		t.Fatalf("default jump on 0–5: %v", r.Jump)
	}
	deltaIs(t, unitByCode(t, r, "A"), 2) // 1 → 3
	deltaIs(t, unitByCode(t, r, "B"), 3) // 2 → 5
	if !unitByCode(t, r, "A").Has(diff.Jump) || !unitByCode(t, r, "B").Has(diff.Jump) {
		t.Errorf("gains of 2 and 3 index points not flagged over 1.5")
	}
	r = diff.Compare(a, b, diff.Options{Jump: 2})
	if unitByCode(t, r, "A").Has(diff.Jump) || !unitByCode(t, r, "B").Has(diff.Jump) {
		t.Errorf("--jump 2: a gain of exactly 2 is not more than 2; 3 is")
	}
}

// An edited rubric (same id and version, another hash) is flagged.
func TestEditedRubric(t *testing.T) {
	old, nw := sides(t, "diff-v1.yaml", book2025v1, "diff-v1-edited.yaml")
	r := diff.Compare(old, nw, diff.Options{})
	if got := notes(r); got[0] != "edited_rubric" {
		t.Fatalf("notes %v", got)
	}
	if r.Comparability.Notes[0].Level != diff.Caution {
		t.Errorf("edited rubric note is %s", r.Comparability.Notes[0].Level)
	}
}

const lineageV1 = `schema: kepatuhan/rubric/v1
id: uji-lineage
version: "1"
title: Uji
scale: {min: 0, max: 100}
bands: [{min: 0, label: Semua, zone: merah}]
indicators:
  - {code: A, text: A, type: check}
  - {code: B, text: B, type: check}
  - {code: C, text: C, type: check}
`

// lineageV2: B is split into B1 and B2; A's code now names what C was,
// and the old A is replaced by A2. An OLD code some NEW indicator
// replaces is not also matched by its own code.
const lineageV2 = `schema: kepatuhan/rubric/v1
id: uji-lineage
version: "2"
title: Uji
scale: {min: 0, max: 100}
bands: [{min: 0, label: Semua, zone: merah}]
indicators:
  - {code: A, text: A baru, type: check, replaces: [C]}
  - {code: A2, text: A lama, type: check, replaces: [A]}
  - {code: B1, text: B satu, type: check, replaces: [B]}
  - {code: B2, text: B dua, type: check, replaces: [b]}
`

func TestLineage(t *testing.T) {
	v1, err := rubric.Parse("v1.yaml", []byte(lineageV1))
	if err != nil {
		t.Fatal(err)
	}
	v2, err := rubric.Parse("v2.yaml", []byte(lineageV2))
	if err != nil {
		t.Fatal(err)
	}
	r := diff.Compare(&results.Results{Rubric: v1}, &results.Results{Rubric: v2}, diff.Options{})
	want := map[string]struct {
		old   string
		match diff.Match
	}{
		"A": {"C", diff.MatchRenamed}, "A2": {"A", diff.MatchRenamed},
		"B1": {"B", diff.MatchSplit}, "B2": {"B", diff.MatchSplit},
	}
	for code, w := range want {
		d := indicator(t, r, code)
		if strings.Join(d.OldCodes, ",") != w.old || d.Match != w.match {
			t.Errorf("%s: %v %s, want %s %s", code, d.OldCodes, d.Match, w.old, w.match)
		}
	}
	if r.Comparability.OldOnly != 0 || r.Comparability.NewOnly != 0 {
		t.Errorf("unmatched: %+v", r.Comparability)
	}
}
