package score_test

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

var update = flag.Bool("update", false, "rewrite golden files")

const goldenDir = "../../testdata/golden/score"

func builtin(t *testing.T, ref string) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Builtin(ref)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// respond adds survey respondents to u (each answer as a respondent would
// write it, "" for one who skipped the item) and scores u again.
func respond(t *testing.T, r *rubric.Rubric, u *results.Unit, answers map[string][]string) {
	t.Helper()
	for code, list := range answers {
		ind, ok := r.Indicator(code)
		if !ok || ind.Type != rubric.Surv {
			t.Fatalf("%s is not a survey item", code)
		}
		ir := &u.Indicators[ind.Index()]
		ir.Status, ir.Value, ir.Respondents = results.Answered, 0, 0
		for _, a := range list {
			if a == "" {
				continue
			}
			p, prob := score.ParseAnswer(ind, a)
			if prob != nil {
				t.Fatalf("%s %q: %v", code, a, prob)
			}
			ir.Value += p.Value
			ir.Respondents++
		}
	}
	score.Unit(r, u)
}

// repeat returns n copies of s.
func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// merge returns a copy of base with over applied ("" deletes a code).
func merge(base, over map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range base {
		out[k] = v
	}
	for k, v := range over {
		if v == "" {
			delete(out, k)
		} else {
			out[k] = v
		}
	}
	return out
}

// checkComplete asserts a complete unit's raw score (computed by hand in
// the caller), its rounded score and band, and that the points add up.
func checkComplete(t *testing.T, r *rubric.Rubric, u *results.Unit, raw, rounded float64, grade string, zone rubric.Zone) {
	t.Helper()
	if u.Status != results.Complete || u.Score == nil || u.Band == nil {
		t.Fatalf("status %v score %v, want complete (missing %d)", u.Status, u.Score, u.Counts.Missing)
	}
	if math.Abs(u.Raw-raw) > 1e-9 {
		t.Errorf("raw %.12f, want %.12f", u.Raw, raw)
	}
	if *u.Score != rounded || u.Grade() != grade || u.Zone() != zone {
		t.Errorf("score %v %q %q, want %v %q %q", *u.Score, u.Grade(), u.Zone(), rounded, grade, zone)
	}
	checkPoints(t, r, u)
}

// checkPoints: the top-level groups' points (or, in a flat rubric, the
// indicators') add up to the raw score less the base (the scale's min for
// a linear scale, 0 for a weighted sum).
func checkPoints(t *testing.T, r *rubric.Rubric, u *results.Unit) {
	t.Helper()
	base := r.Scale.Min
	if r.Scale.Rule == rubric.WeightedSum {
		base = 0
	}
	var sum float64
	if len(r.Groups) > 0 {
		for i, g := range r.AllGroups() {
			if g.Depth() == 1 {
				sum += u.Groups[i].Points
			}
		}
	} else {
		for _, ir := range u.Indicators {
			sum += ir.Points
		}
	}
	if math.Abs(sum-(u.Raw-base)) > 1e-9 {
		t.Errorf("points add up to %.12f, want raw − base = %.12f", sum, u.Raw-base)
	}
}

func checkIncomplete(t *testing.T, u *results.Unit, missing int) {
	t.Helper()
	if u.Status != results.Incomplete || u.Score != nil || u.Band != nil || u.Raw != 0 {
		t.Fatalf("status %v score %v band %v raw %v, want incomplete with nothing", u.Status, u.Score, u.Band, u.Raw)
	}
	if u.Counts.Missing != missing {
		t.Fatalf("missing %d, want %d", u.Counts.Missing, missing)
	}
}

// golden compares a dump of u with testdata/golden/score/NAME.golden.
func golden(t *testing.T, name string, r *rubric.Rubric, u *results.Unit) {
	t.Helper()
	got := dump(r, u)
	path := filepath.Join(goldenDir, name+".golden")
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pkg/score -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file:\n--- got\n%s--- want\n%s", path, got, want)
	}
}

func num(x float64) string { return fmt.Sprintf("%.10g", x) }

func dump(r *rubric.Rubric, u *results.Unit) string {
	var b strings.Builder
	fmt.Fprintf(&b, "rubric: %s\n", r.Ref())
	fmt.Fprintf(&b, "unit: %s type=%q status=%s\n", u.Code, u.Type, u.Status)
	if u.Score != nil {
		fmt.Fprintf(&b, "score: %s raw=%s\n", locale.Plain(msg.EN, *u.Score, r.Scale.Decimals), num(u.Raw))
		fmt.Fprintf(&b, "band: min=%s max=%s grade=%q zone=%q label=%q/%q\n",
			num(u.Band.Min), num(u.Band.Max), u.Band.Grade, u.Band.Zone, u.Band.Label.ID, u.Band.Label.EN)
	} else {
		fmt.Fprintf(&b, "score: none\nband: none\n")
	}
	c := u.Counts
	fmt.Fprintf(&b, "counts: met=%d partial=%d not_met=%d na=%d not_applicable=%d missing=%d\n",
		c.Met, c.Partial, c.NotMet, c.NA, c.NotApplicable, c.Missing)
	for i, g := range r.AllGroups() {
		gs := u.Groups[i]
		fmt.Fprintf(&b, "group %s%s: applicable=%t complete=%t fraction=%s share=%s points=%s max=%s\n",
			strings.Repeat("  ", g.Depth()-1), gs.Code, gs.Applicable, gs.Complete,
			num(gs.Fraction), num(gs.Share), num(gs.Points), num(gs.Max))
	}
	for j, ir := range u.Indicators {
		fmt.Fprintf(&b, "indicator %s: %s value=%s", r.Indicators()[j].Code, ir.Status, num(ir.Value))
		if ir.Respondents > 0 {
			fmt.Fprintf(&b, " respondents=%d", ir.Respondents)
		}
		fmt.Fprintf(&b, " fraction=%s points=%s max=%s\n", num(ir.Fraction), num(ir.Points), num(ir.Max))
	}
	return b.String()
}

// ---------------------------------------------------------------------
// ombudsman-2019: 11 variables; each weighs as many points as it has
// indicators (26 in all), so the score is 100 × Σ(variable weight ×
// variable fraction) / Σ(weights of the applicable variables).

var o19Answers = map[string]string{
	"SP-01": "Ya", "SP-02": "Ya", "SP-03": "Ya", "SP-04": "Tidak", "SP-05": "Ya", "SP-06": "Ya", // 5/6
	"MK-01": "Ya",                   // 1
	"SI-01": "Tidak", "SI-02": "Ya", // 1/2
	"SR-01": "Ya", "SR-02": "Ya", "SR-03": "Ya", // 1
	"BK-01": "Ya", "BK-02": "Tidak", "BK-03": "Tidak", "BK-04": "Ya", // 2/4
	"PK-01": "Tidak",                               // 0
	"PG-01": "Ya", "PG-02": "Ya", "PG-03": "Tidak", // 2/3
	"KM-01": "Ya",                // 1
	"VM-01": "Ya", "VM-02": "Ya", // 1
	"AT-01": "Ya", "AT-02": "Tidak", // 1/2
	"PT-01": "Ya", // 1
}

func TestOmbudsman2019Scoring(t *testing.T) {
	r := builtin(t, "ombudsman-2019")

	t.Run("complete", func(t *testing.T) {
		u := unit(t, r, "opd", o19Answers)
		// SP 6·5/6 + MK 1 + SI 2·1/2 + SR 3 + BK 4·2/4 + PK 0 + PG 3·2/3
		// + KM 1 + VM 2 + AT 2·1/2 + PT 1 = 5+1+1+3+2+0+2+1+2+1+1 = 19,
		// over 26: 73.0769… → 73.08, kuning.
		checkComplete(t, r, &u, 100*19.0/26, 73.08, "", rubric.Kuning)
		if u.Counts != (results.Counts{Met: 19, NotMet: 7}) {
			t.Errorf("counts %+v", u.Counts)
		}
		golden(t, "ombudsman-2019-complete", r, &u)
	})

	t.Run("na", func(t *testing.T) {
		// Ruang laktasi N/A, a wheelchair found: BK = 2 of the 3 that
		// apply, its weight 4 unchanged: 4·2/3 = 8/3. Total (17 + 8/3)/26
		// = 59/78 = 75.6410… → 75.64, kuning. Counting N/A as not met
		// would give (17 + 4·2/4)/26 = 73.08.
		u := unit(t, r, "opd", merge(o19Answers, map[string]string{"BK-02": "Ya", "BK-04": "N/A"}))
		checkComplete(t, r, &u, 100*59.0/78, 75.64, "", rubric.Kuning)
		bk := u.Groups[groupIndex(t, r, "BK")]
		if math.Abs(bk.Fraction-2.0/3) > 1e-12 || u.Counts.NA != 1 {
			t.Errorf("BK fraction %v, N/A %d", bk.Fraction, u.Counts.NA)
		}
		golden(t, "ombudsman-2019-na", r, &u)
	})

	t.Run("desa", func(t *testing.T) {
		// PT-01 does not apply to a desa: variable PT leaves the
		// denominator, 25 remains. SP 6 + MK 1 + SI 2·1/2 + SR 3 + BK 0
		// (3 not met, laktasi N/A) + PK 1 + PG 3·1/3 + KM 0 + VM 2 + AT 2
		// = 17; 17/25 = 68.00, kuning. (Counted as not met: 17/26 = 65.38.)
		u := unit(t, r, "desa", map[string]string{
			"SP-01": "Ya", "SP-02": "Ya", "SP-03": "Ya", "SP-04": "Ya", "SP-05": "Ya", "SP-06": "Ya",
			"MK-01": "Ya", "SI-01": "Tidak", "SI-02": "Ya", "SR-01": "Ya", "SR-02": "Ya", "SR-03": "Ya",
			"BK-01": "Tidak", "BK-02": "Tidak", "BK-03": "Tidak", "BK-04": "N/A", "PK-01": "Ya",
			"PG-01": "Ya", "PG-02": "Tidak", "PG-03": "Tidak", "KM-01": "Tidak",
			"VM-01": "Ya", "VM-02": "Ya", "AT-01": "Ya", "AT-02": "Ya",
		})
		checkComplete(t, r, &u, 68, 68.00, "", rubric.Kuning)
		if u.Counts != (results.Counts{Met: 17, NotMet: 7, NA: 1, NotApplicable: 1}) {
			t.Errorf("counts %+v", u.Counts)
		}
		if pt := u.Groups[groupIndex(t, r, "PT")]; pt.Applicable || pt.Points != 0 || pt.Max != 0 {
			t.Errorf("PT for a desa: %+v", pt)
		}
		golden(t, "ombudsman-2019-desa", r, &u)
	})

	t.Run("incomplete", func(t *testing.T) {
		u := unit(t, r, "opd", merge(o19Answers, map[string]string{"SP-03": "", "VM-02": ""}))
		checkIncomplete(t, &u, 2)
		golden(t, "ombudsman-2019-incomplete", r, &u)
	})
}

func groupIndex(t *testing.T, r *rubric.Rubric, code string) int {
	t.Helper()
	for i, g := range r.AllGroups() {
		if g.Code == code {
			return i
		}
	}
	t.Fatalf("no group %s", code)
	return -1
}

// ---------------------------------------------------------------------
// ombudsman-2023: Σ dimension weight × dimension fraction, the dimension
// weights 21.85 / 32.37 / 24.24 / 21.54 adding up to 100.

var o23Answers = map[string]string{
	// Input. KOMPETENSI (43.57): IN-01 (12.22) at 3 → 1, IN-02…06 (6.27
	// each) at 2 → 2/3: (12.22 + 5·6.27·2/3)/43.57 = 33.12/43.57.
	"IN-01": "3", "IN-02": "2", "IN-03": "2", "IN-04": "2", "IN-05": "2", "IN-06": "2",
	// SARPRAS (56.43 = 9·6.27): seven at 3, IN-08 at 1, IN-14 at 0:
	// 6.27·(7 + 1/3)/56.43 = 22/27. Input = (33.12 + 56.43·22/27)/100
	// = (33.12 + 45.98)/100 = 0.791.
	"IN-07": "3", "IN-08": "1", "IN-09": "3", "IN-10": "3", "IN-11": "3", "IN-12": "3",
	"IN-13": "3", "IN-14": "0", "IN-15": "3",
	// Proses: weights 1, PR-06A/B 0.5 each, 11 in all. Σ w·f = 1 + 1 +
	// 2/3 + 1 + 1 + 0.5 + 0.5·2/3 + 1/3 + 1 + 0 + 1 + 1 = 53/6;
	// Proses = 53/66.
	"PR-01": "3", "PR-02": "3", "PR-03": "2", "PR-04": "3", "PR-05": "3", "PR-06A": "3",
	"PR-06B": "2", "PR-07": "1", "PR-08": "3", "PR-09": "0", "PR-10": "3", "PR-11": "3",
	// Pengaduan: PD-KOMPETENSI (1 + 2/3 + 1/3)/3 = 2/3; PD-SARANA
	// (1 + 2/3 + 1 + 2/3 + 1)/5 = 13/15; (2/3 + 13/15)/2 = 23/30.
	"PD-01": "3", "PD-02": "2", "PD-03": "1",
	"PD-04": "3", "PD-05": "2", "PD-06": "3", "PD-07": "2", "PD-08": "3",
}

// Output: four users interviewed per item (1–4, fraction (mean − 1)/3):
// OU-01 mean 3.5 → 5/6, OU-02 4 → 1, OU-03 3 → 2/3, OU-04 3 → 2/3,
// OU-05 3.75 → 11/12, OU-06 4 → 1; Output = (61/12)/6 = 61/72.
var o23Survey = map[string][]string{
	"OU-01": {"4", "Tidak pernah", "3", "Jarang"},
	"OU-02": repeat("4", 4),
	"OU-03": {"4", "3", "3", "Kadang-kadang"},
	"OU-04": repeat("3", 4),
	"OU-05": {"4", "4", "4", "3"},
	"OU-06": {"Tidak pernah", "4", "4", "4"},
}

func TestOmbudsman2023Scoring(t *testing.T) {
	r := builtin(t, "ombudsman-2023")
	const input, output = 0.791, 61.0 / 72

	t.Run("complete", func(t *testing.T) {
		u := unit(t, r, "opd", o23Answers)
		respond(t, r, &u, o23Survey)
		// 21.85·0.791 + 32.37·53/66 + 24.24·61/72 + 21.54·23/30
		// = 17.28335 + 25.99409… + 20.53666… + 16.514 = 80.3281… → 80.33 B.
		raw := 21.85*input + 32.37*53/66 + 24.24*output + 21.54*23/30
		checkComplete(t, r, &u, raw, 80.33, "B", rubric.Hijau)
		if d := u.Groups[groupIndex(t, r, "INPUT")]; math.Abs(d.Fraction-input) > 1e-12 {
			t.Errorf("Input fraction %v, want 0.791", d.Fraction)
		}
		if ir := u.Indicators[mustInd(t, r, "OU-05").Index()]; ir.Respondents != 4 || ir.Value != 3.75 {
			t.Errorf("OU-05 %+v", ir)
		}
		golden(t, "ombudsman-2023-complete", r, &u)
	})

	t.Run("na", func(t *testing.T) {
		// No complaint in the period: PD-08 N/A. PD-SARANA = (1 + 2/3 +
		// 1 + 2/3)/4 = 5/6; Pengaduan = (2/3 + 5/6)/2 = 3/4.
		// 17.28335 + 25.99409… + 20.53666… + 16.155 = 79.9691… → 79.97 B.
		u := unit(t, r, "opd", merge(o23Answers, map[string]string{"PD-08": "N/A"}))
		respond(t, r, &u, o23Survey)
		raw := 21.85*input + 32.37*53/66 + 24.24*output + 21.54*0.75
		checkComplete(t, r, &u, raw, 79.97, "B", rubric.Hijau)
		golden(t, "ombudsman-2023-na", r, &u)
	})

	t.Run("desa", func(t *testing.T) {
		// Pelayanan terpadu (PR-11) does not apply to a desa: Proses =
		// (53/6 − 1)/10 = 47/60. 17.28335 + 25.3565 + 20.53666… + 16.514
		// = 79.6905… → 79.69 B.
		u := unit(t, r, "desa", merge(o23Answers, map[string]string{"PR-11": ""}))
		respond(t, r, &u, o23Survey)
		raw := 21.85*input + 32.37*47/60 + 24.24*output + 21.54*23/30
		checkComplete(t, r, &u, raw, 79.69, "B", rubric.Hijau)
		if u.Counts.NotApplicable != 1 {
			t.Errorf("counts %+v", u.Counts)
		}
		golden(t, "ombudsman-2023-desa", r, &u)
	})

	t.Run("incomplete", func(t *testing.T) {
		// IN-05 unanswered; OU-03 asked of nobody (every respondent
		// skipped it).
		u := unit(t, r, "opd", merge(o23Answers, map[string]string{"IN-05": ""}))
		survey := map[string][]string{}
		for k, v := range o23Survey {
			survey[k] = v
		}
		survey["OU-03"] = []string{"", "", ""}
		respond(t, r, &u, survey)
		checkIncomplete(t, &u, 2)
		golden(t, "ombudsman-2023-incomplete", r, &u)
	})
}

func mustInd(t *testing.T, r *rubric.Rubric, code string) *rubric.Indicator {
	t.Helper()
	ind, ok := r.Indicator(code)
	if !ok {
		t.Fatalf("no indicator %s", code)
	}
	return ind
}

// ---------------------------------------------------------------------
// pekppp-2023: the rubric against the calculator formula of
// brayenid/pekppp-guide (src/core/domain/pekppp-calculator.ts), with the
// weights of its prisma/seed.ts written out here independently.

type pekpppAspect struct {
	weight  float64
	codes   []string
	weights []float64
}

var pekpppSeed = []pekpppAspect{
	{24, []string{"1.a.Ak", "2.a.P", "3.a.T", "4.a.K", "5.a.K", "6.a.B", "7.a.T", "8.a.Ak", "9.a.Ak"}, []float64{17, 14, 7, 14, 10, 17, 7, 7, 7}},
	{25, []string{"10.b.As", "11.b.K", "12.b.Ak", "13.b.K", "14.b.K"}, []float64{10, 20, 20, 20, 30}},
	{18, []string{"15.c.K", "16.c.As", "17.c.As", "18.c.K", "19.c.As", "20.c.B"}, []float64{15, 23, 20, 20, 11, 11}},
	{11, []string{"21.d.T", "22.d.B", "23.d.As", "24.d.T"}, []float64{30, 20, 20, 30}},
	{10, []string{"25.e.P", "26.e.P", "27.e.Ak", "28.e.Ak"}, []float64{20, 25, 25, 30}},
	{12, []string{"29.f.B", "30.f.B"}, []float64{50, 50}},
}

// pekpppCalculator: aspect% = Σ(score/5 × indicator weight); total% =
// Σ(aspect% × aspect weight/100); index = total%/100 × 5.
func pekpppCalculator(scores map[string]float64) float64 {
	var total float64
	for _, a := range pekpppSeed {
		var aspect float64
		for i, c := range a.codes {
			aspect += scores[c] / 5 * a.weights[i]
		}
		total += aspect * a.weight / 100
	}
	return total / 100 * 5
}

// Aspect percentages by hand: Kebijakan (17·4 + 14·3 + 7·5 + 14·2 + 10·5
// + 17·3 + 7·2 + 7·1 + 7·0)/5 = 295/5 = 59; SDM (10·5 + 20·4 + 20·3 +
// 20·4 + 30·5)/5 = 84; Sarpras (15·3 + 23·4 + 20·4 + 20·2 + 11·3 +
// 11·5)/5 = 69; SIPP (30·5 + 20·3 + 20·4 + 30·2)/5 = 70; Konsultasi
// (20·3 + 25·5 + 25·2 + 30·4)/5 = 71; Inovasi (50·4 + 50·2)/5 = 60.
// Total = (59·24 + 84·25 + 69·18 + 70·11 + 71·10 + 60·12)/100 = 69.58 %;
// index 69.58/20 = 3.479 → 3.48, B- (Baik dengan catatan), kuning.
var pekpppScores = map[string]string{
	"1.a.Ak": "4", "2.a.P": "3", "3.a.T": "5", "4.a.K": "2", "5.a.K": "5", "6.a.B": "3", "7.a.T": "2", "8.a.Ak": "1", "9.a.Ak": "0",
	"10.b.As": "5", "11.b.K": "4", "12.b.Ak": "3", "13.b.K": "4", "14.b.K": "5",
	"15.c.K": "3", "16.c.As": "4", "17.c.As": "4", "18.c.K": "2", "19.c.As": "3", "20.c.B": "5",
	"21.d.T": "5", "22.d.B": "3", "23.d.As": "4", "24.d.T": "2",
	"25.e.P": "3", "26.e.P": "5", "27.e.Ak": "2", "28.e.Ak": "4",
	"29.f.B": "4", "30.f.B": "2",
}

func TestPEKPPPScoring(t *testing.T) {
	r := builtin(t, "pekppp-2023")

	t.Run("complete", func(t *testing.T) {
		u := unit(t, r, "opd", pekpppScores)
		scores := map[string]float64{}
		for c, s := range pekpppScores {
			f, _ := score.ParseNumber(s)
			scores[c] = f
		}
		calc := pekpppCalculator(scores)
		if math.Abs(calc-3.479) > 1e-12 {
			t.Fatalf("calculator %v, hand 3.479", calc)
		}
		checkComplete(t, r, &u, calc, 3.48, "B-", rubric.Kuning)
		if u.Band.Label.ID != "Baik dengan catatan" {
			t.Errorf("label %q", u.Band.Label.ID)
		}
		// Each aspect's fraction is its percentage / 100.
		for i, want := range []float64{59, 84, 69, 70, 71, 60} {
			if got := u.Groups[i].Fraction * 100; math.Abs(got-want) > 1e-9 {
				t.Errorf("aspect %s %v %%, want %v", r.Groups[i].Code, got, want)
			}
		}
		golden(t, "pekppp-2023-complete", r, &u)
	})

	t.Run("calculator agrees", func(t *testing.T) {
		// Every indicator at every level, one at a time over a base of 3s:
		// the rubric and the calculator give the same index.
		for _, ind := range r.Indicators() {
			for lv := 0; lv <= 5; lv++ {
				answers, scores := map[string]string{}, map[string]float64{}
				for _, a := range pekpppSeed {
					for _, c := range a.codes {
						answers[c], scores[c] = "3", 3
					}
				}
				answers[ind.Code], scores[ind.Code] = fmt.Sprint(lv), float64(lv)
				u := unit(t, r, "", answers)
				if want := pekpppCalculator(scores); u.Status != results.Complete || math.Abs(u.Raw-want) > 1e-12 {
					t.Fatalf("%s at %d: rubric %v, calculator %v", ind.Code, lv, u.Raw, want)
				}
			}
		}
	})

	t.Run("na", func(t *testing.T) {
		// No consultation or complaint in the period: 28.e.Ak N/A (a local
		// allowance; the calculator has no N/A). Konsultasi = (20·3/5 +
		// 25·5/5 + 25·2/5)/70 = 47/70. Total = (0.59·24 + 0.84·25 +
		// 0.69·18 + 0.70·11 + 47/70·10 + 0.60·12)/100; index × 5 =
		// 3.45971… → 3.46, B-.
		u := unit(t, r, "opd", merge(pekpppScores, map[string]string{"28.e.Ak": "N/A"}))
		raw := (0.59*24 + 0.84*25 + 0.69*18 + 0.70*11 + 47.0/70*10 + 0.60*12) / 100 * 5
		checkComplete(t, r, &u, raw, 3.46, "B-", rubric.Kuning)
		golden(t, "pekppp-2023-na", r, &u)
	})

	t.Run("unit type", func(t *testing.T) {
		// PEKPPP assesses every indicator at every kind of unit: a
		// puskesmas scores exactly as an untyped unit does.
		typed := unit(t, r, "puskesmas", pekpppScores)
		plain := unit(t, r, "", pekpppScores)
		checkComplete(t, r, &typed, plain.Raw, 3.48, "B-", rubric.Kuning)
		if typed.Counts.NotApplicable != 0 || typed.Raw != plain.Raw {
			t.Errorf("puskesmas %+v raw %v, untyped %v", typed.Counts, typed.Raw, plain.Raw)
		}
		golden(t, "pekppp-2023-puskesmas", r, &typed)
	})

	t.Run("incomplete", func(t *testing.T) {
		u := unit(t, r, "opd", merge(pekpppScores, map[string]string{"9.a.Ak": ""}))
		checkIncomplete(t, &u, 1)
		golden(t, "pekppp-2023-incomplete", r, &u)
	})
}

// ---------------------------------------------------------------------
// skm-2017: NRR per unsur = mean over the respondents who answered it;
// SKM = 25 × mean NRR (weights exactly 1/9); the variant bobot-0.11
// gives 25 × Σ 0.11 × NRR.

// Five respondents; in U2 and U8 one of them skipped the item, so those
// NRR are over 4. NRR: U1 (4+4+3+4+4)/5 = 3.8, U2 (4+3+3+4)/4 = 3.5,
// U3 (3+3+4+3+4)/5 = 3.4, U4 4.0, U5 (4+3+4+3+4)/5 = 3.6, U6
// (3+4+3+4+3)/5 = 3.4, U7 (4+4+4+4+3)/5 = 3.8, U8 (3+4+3+4)/4 = 3.5, U9
// 3.0. Σ NRR = 32.0.
var skmSurvey = map[string][]string{
	"U1": {"4", "4", "3", "4", "4"},
	"U2": {"4", "3", "", "3", "4"},
	"U3": {"3", "3", "4", "3", "4"},
	"U4": repeat("Sangat baik", 5),
	"U5": {"4", "3", "4", "3", "4"},
	"U6": {"3", "4", "3", "4", "3"},
	"U7": {"4", "4", "4", "4", "3"},
	"U8": {"3", "Sangat baik", "3", "4", ""},
	"U9": repeat("Baik", 5),
}

func skmUnit(t *testing.T, r *rubric.Rubric, typ string, survey map[string][]string) results.Unit {
	t.Helper()
	u := unit(t, r, typ, nil)
	respond(t, r, &u, survey)
	return u
}

func TestSKMScoring(t *testing.T) {
	r := builtin(t, "skm-2017")
	v := builtin(t, "skm-2017@bobot-0.11")

	t.Run("complete", func(t *testing.T) {
		// 25 × 32.0/9 = 88.888… → 88.89, A (sangat baik).
		u := skmUnit(t, r, "", skmSurvey)
		checkComplete(t, r, &u, 25*32.0/9, 88.89, "A", rubric.NoZone)
		for code, want := range map[string]struct {
			n   int32
			nrr float64
		}{"U2": {4, 3.5}, "U8": {4, 3.5}, "U1": {5, 3.8}} {
			ir := u.Indicators[mustInd(t, r, code).Index()]
			if ir.Respondents != want.n || math.Abs(ir.Value-want.nrr) > 1e-12 {
				t.Errorf("%s: %d respondents, NRR %v; want %d, %v", code, ir.Respondents, ir.Value, want.n, want.nrr)
			}
		}
		golden(t, "skm-2017-complete", r, &u)
	})

	t.Run("printed weights", func(t *testing.T) {
		// The same data with 0.11: 25 × 0.11 × 32.0 = 88.00 → B, where the
		// exact weights give 88.89 A: the documented difference.
		u := skmUnit(t, v, "", skmSurvey)
		checkComplete(t, v, &u, 25*0.11*32.0, 88.00, "B", rubric.NoZone)
		golden(t, "skm-2017-bobot-0.11", v, &u)
	})

	t.Run("GASPUL worked example", func(t *testing.T) {
		// rennn9/GASPUL_BACKEND rumus_perhitungan_ikm_lengkap.md: 29
		// respondents, unsur totals 105, 101, 100, 116, 102, 105, 106,
		// 105, 115 (955). Published: 91.48 with 1/9 (955/261 × 25 =
		// 91.4751), 90.56 with 0.11 (0.11 × 955/29 × 25 = 90.5603).
		both := func(n4, n3, n2 int) []string {
			out := append(repeat("4", n4), repeat("3", n3)...)
			return append(out, repeat("2", n2)...)
		}
		data := map[string][]string{
			"U1": both(18, 11, 0), "U2": both(14, 15, 0), "U3": both(15, 12, 2),
			"U4": both(29, 0, 0), "U5": both(15, 14, 0), "U6": both(18, 11, 0),
			"U7": both(19, 10, 0), "U8": both(18, 11, 0), "U9": both(28, 1, 0),
		}
		u := skmUnit(t, r, "", data)
		checkComplete(t, r, &u, 955.0/261*25, 91.48, "A", rubric.NoZone)
		w := skmUnit(t, v, "", data)
		checkComplete(t, v, &w, 0.11*955.0/29*25, 90.56, "A", rubric.NoZone)
	})

	t.Run("unit type", func(t *testing.T) {
		// Every unsur applies to every kind of unit (and a weighted-sum
		// variant could not allow otherwise): a desa scores as any unit.
		u := skmUnit(t, r, "desa", skmSurvey)
		checkComplete(t, r, &u, 25*32.0/9, 88.89, "A", rubric.NoZone)
		if u.Counts.NotApplicable != 0 {
			t.Errorf("counts %+v", u.Counts)
		}
	})

	t.Run("incomplete", func(t *testing.T) {
		// Nobody answered U5: no NRR, no score (never a silent 25).
		survey := map[string][]string{}
		for k, val := range skmSurvey {
			survey[k] = val
		}
		survey["U5"] = nil
		u := skmUnit(t, r, "", survey)
		checkIncomplete(t, &u, 1)
		golden(t, "skm-2017-incomplete", r, &u)
		w := skmUnit(t, v, "", survey)
		checkIncomplete(t, &w, 1)
	})
}

// The worked example of rubric/FORMAT.md on its district example: LYN =
// (1 + 0.5 + 2 × 2/3)/4 = 17/24 (D-03: 30 minutes between zero_at 60 and
// full_at 15 earns 2/3); SAR = 2 × 0.5 / 2 = 0.5 with D-05 N/A. Score =
// 60 × 17/24 + 40 × 0.5 = 62.50, kuning.
func TestLangkatDesaWorkedExample(t *testing.T) {
	r := loadRubric(t, "../../testdata/rubrics/langkat-desa-2025.yaml")
	u := unit(t, r, "desa", map[string]string{
		"D-01": "Ya", "D-02": "1", "D-03": "30", "D-04": "Sebagian", "D-05": "N/A",
	})
	checkComplete(t, r, &u, 60*17.0/24+40*0.5, 62.50, "", rubric.Kuning)
}

// ---------------------------------------------------------------------
// ombudsman-2025: the four dimensions weigh 70 together (15.295, 22.659,
// 16.968, 15.078 — 70 × the 2022–2024 weights) and public trust 30; every
// variable within a dimension and every indicator within a variable
// weighs the same (PR-06A and PR-06B half each).

var o25Answers = map[string]string{
	// Input. PENGETAHUAN 3+2+2+3+1+2+2 = 15 of 21 = 5/7; PERENCANAAN
	// (1 + 0 + 3)/9 = 4/9; PENGAWASAN 2/3; SARPRAS (3 + 1)/6 = 2/3.
	// Input = (5/7 + 4/9 + 2/3 + 2/3)/4 = 157/252.
	"IN-01": "3", "IN-02": "2", "IN-03": "2", "IN-04": "3", "IN-05": "1", "IN-06": "2", "IN-16": "2",
	"IN-17": "1", "IN-18": "0", "IN-10": "3",
	"IN-07": "2",
	"IN-13": "3", "IN-14": "1",
	// Proses. STANDAR: four at 3, PR-03 2/3, PR-06A 0.5 × 1, PR-06B
	// 0.5 × 2/3, PR-07 1/3: 35/6 over 7 = 5/6. PERSEPSI-PELAKSANA (2 +
	// 1)/6 = 1/2. PERSEPSI-PENGGUNA: the 2023 survey (o23Survey) under
	// the PM codes, 61/72. Proses = (5/6 + 1/2 + 61/72)/3 = 157/216.
	"PR-01": "3", "PR-02": "3", "PR-03": "2", "PR-04": "3", "PR-05": "3", "PR-06A": "3", "PR-06B": "2", "PR-07": "1",
	"PR-12": "2", "PR-13": "1",
	// Output: SKM 82.5 on 25–100 → 57.5/75 = 23/30; IPP 3.6 on 0–5 →
	// 18/25 (written with decimal commas). Output = (23/30 + 18/25)/2 =
	// 223/300.
	"OS-01": "82,5", "OS-02": "3,6",
	// Pengaduan: PD-KOMPETENSI (3 + 2 + 1)/9 = 2/3; PD-SARANA (3 + 2 + 3
	// + 2 + 3 + 1)/18 = 7/9; (2/3 + 7/9)/2 = 13/18.
	"PD-01": "3", "PD-02": "2", "PD-03": "1",
	"PD-04": "3", "PD-05": "2", "PD-06": "3", "PD-07": "2", "PD-08": "3", "PD-09": "1",
}

// o25Survey: the perceived-maladministration items as in 2023, and the
// trust survey, four respondents on 1–4: KP-01 mean 3 → 2/3, KP-02 3.5
// → 5/6, KP-03 3.5 → 5/6 (labels), KP-04 4 → 1, KP-05 3 over the three
// who answered → 2/3, KP-06 2.5 → 1/2; trust = (27/6)/6 = 3/4.
func o25Survey() map[string][]string {
	s := map[string][]string{
		"KP-01": {"4", "3", "3", "2"},
		"KP-02": {"4", "4", "3", "3"},
		"KP-03": {"Setuju", "Sangat setuju", "3", "4"},
		"KP-04": repeat("4", 4),
		"KP-05": {"3", "3", "3", ""},
		"KP-06": {"2", "3", "Kurang setuju", "3"},
	}
	for code, answers := range o23Survey {
		s["PM-"+strings.TrimPrefix(code, "OU-")] = answers
	}
	return s
}

func TestOmbudsman2025Scoring(t *testing.T) {
	r := builtin(t, "ombudsman-2025")
	const (
		wIn, wPr, wOu, wPd, wKp = 15.295, 22.659, 16.968, 15.078, 30.0
		input, proses, trust    = 157.0 / 252, 157.0 / 216, 0.75
		output, pengaduan       = 223.0 / 300, 13.0 / 18
	)

	t.Run("complete", func(t *testing.T) {
		u := unit(t, r, "opd", o25Answers)
		respond(t, r, &u, o25Survey())
		// 15.295·157/252 + 22.659·157/216 + 16.968·223/300 + 15.078·13/18
		// + 30·3/4 = 9.52903 + 16.46974 + 12.61288 + 10.88967 + 22.5 =
		// 72.0013… → 72.00: Cukup, Kualitas Sedang, no zone.
		raw := wIn*input + wPr*proses + wOu*output + wPd*pengaduan + wKp*trust
		checkComplete(t, r, &u, raw, 72.00, "Cukup", rubric.NoZone)
		if u.Band.Label.ID != "Kualitas Sedang" {
			t.Errorf("label %q", u.Band.Label.ID)
		}
		for code, want := range map[string]float64{"INPUT": input, "PROSES": proses, "OUTPUT": output, "PENGADUAN": pengaduan, "KEPERCAYAAN": trust} {
			if g := u.Groups[groupIndex(t, r, code)]; math.Abs(g.Fraction-want) > 1e-12 {
				t.Errorf("%s fraction %v, want %v", code, g.Fraction, want)
			}
		}
		if ir := u.Indicators[mustInd(t, r, "KP-05").Index()]; ir.Respondents != 3 || ir.Value != 3 {
			t.Errorf("KP-05 %+v", ir)
		}
		golden(t, "ombudsman-2025-complete", r, &u)
	})

	t.Run("na", func(t *testing.T) {
		// No SKM this period and no complaint received: OS-01 and PD-08
		// N/A. Output = 18/25; PD-SARANA = 11/15, Pengaduan = (2/3 +
		// 11/15)/2 = 7/10. 71.2703… → 71.27.
		u := unit(t, r, "opd", merge(o25Answers, map[string]string{"OS-01": "N/A", "PD-08": "N/A"}))
		respond(t, r, &u, o25Survey())
		raw := wIn*input + wPr*proses + wOu*18/25 + wPd*0.7 + wKp*trust
		checkComplete(t, r, &u, raw, 71.27, "Cukup", rubric.NoZone)
		if u.Counts.NA != 2 {
			t.Errorf("counts %+v", u.Counts)
		}
	})

	t.Run("no secondary data", func(t *testing.T) {
		// Neither SKM nor IPP: the Output dimension is not applicable and
		// its 16.968 leave the denominator; the others renormalise over
		// 83.032. 71.5247… → 71.52 (counted as zero it would be 59.39).
		u := unit(t, r, "puskesmas", merge(o25Answers, map[string]string{"OS-01": "N/A", "OS-02": "N/A"}))
		respond(t, r, &u, o25Survey())
		raw := (wIn*input + wPr*proses + wPd*pengaduan + wKp*trust) / (100 - wOu) * 100
		checkComplete(t, r, &u, raw, 71.52, "Cukup", rubric.NoZone)
		if g := u.Groups[groupIndex(t, r, "OUTPUT")]; g.Applicable || g.Points != 0 {
			t.Errorf("Output %+v", g)
		}
		golden(t, "ombudsman-2025-no-output", r, &u)
	})

	t.Run("incomplete", func(t *testing.T) {
		// IN-05 unanswered and KP-02 asked of nobody: no score, never a
		// partial one.
		u := unit(t, r, "opd", merge(o25Answers, map[string]string{"IN-05": ""}))
		survey := o25Survey()
		survey["KP-02"] = []string{"", ""}
		respond(t, r, &u, survey)
		checkIncomplete(t, &u, 2)
		golden(t, "ombudsman-2025-incomplete", r, &u)
	})

	t.Run("region", func(t *testing.T) {
		// Published: Pemprov Gorontalo 76.82, Kualitas Sedang, from Dinas
		// Pendidikan 68.79, Dinas Sosial 77.55 and RSUD 84.11 (Berinti.id,
		// 2026-02-11) — the mean of the units, (68.79 + 77.55 + 84.11)/3 =
		// 76.8166… → 76.82. The RSUD alone is Baik (Kualitas Tinggi).
		var units []results.Unit
		for _, s := range []float64{68.79, 77.55, 84.11} {
			s := s
			units = append(units, results.Unit{Code: fmt.Sprint(s), Status: results.Complete, Score: &s})
		}
		reg := score.Region(r, units)
		if reg.Score == nil || *reg.Score != 76.82 || reg.Band.Grade != "Cukup" || reg.Band.Label.ID != "Kualitas Sedang" || reg.Units != 3 {
			t.Fatalf("region %+v", reg)
		}
		if b := r.BandFor(84.11); b.Grade != "Baik" || b.Label.ID != "Kualitas Tinggi" {
			t.Errorf("84.11 → %q %q", b.Grade, b.Label.ID)
		}
	})
}

// ---------------------------------------------------------------------
// pekppp-ipp-2023: the calculator of brayenid/pekppp-guide
// (src/actions/f03-actions.ts) written out independently: each
// respondent's F-03 score is the total of the 14 answers over 70, F-03
// the mean of those; IPP % = 0.75 × F-02 % + 0.25 × F-03 %; index = % / 20.

var f03Codes = []string{
	"F03-1.a.K1", "F03-2.a.K1", "F03-3.a.K1", "F03-4.a.K1",
	"F03-5.b.Ak", "F03-6.b.Ak", "F03-7.b.Ak",
	"F03-8.c.As", "F03-9.c.K", "F03-10.c.As", "F03-11.c.As",
	"F03-12.d.T", "F03-14.d.T",
	"F03-15.e.K",
}

// ippCalculator: F-02 as pekpppCalculator, respondents[i][j] the answer
// of respondent i to item j.
func ippCalculator(f02 map[string]float64, respondents [][]float64, wF02, wF03 float64) float64 {
	f02pct := pekpppCalculator(f02) / 5 * 100
	var sum float64
	for _, answers := range respondents {
		var total float64
		for _, a := range answers {
			total += a
		}
		sum += total / 70
	}
	f03pct := sum / float64(len(respondents)) * 100
	return (wF02*f02pct + wF03*f03pct) / 100 / 100 * 5
}

// byItem turns respondents' rows into each F-03 item's answers.
func byItem(respondents [][]float64) map[string][]string {
	out := map[string][]string{}
	for _, row := range respondents {
		for j, a := range row {
			out[f03Codes[j]] = append(out[f03Codes[j]], fmt.Sprint(a))
		}
	}
	return out
}

func TestPEKPPPIPPScoring(t *testing.T) {
	r := builtin(t, "pekppp-ipp-2023")
	v := builtin(t, "pekppp-ipp-2023@bobot-50-50")
	f02 := map[string]float64{}
	for c, s := range pekpppScores {
		f02[c], _ = score.ParseNumber(s)
	}
	// Three respondents: all 4 (56), all 3 (42), and 5,5,5,5 4,4,4
	// 3,3,3,3 2,2 1 (49); mean 49/70 = 70 %.
	mixed := [][]float64{
		{4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4},
		{3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3},
		{5, 5, 5, 5, 4, 4, 4, 3, 3, 3, 3, 2, 2, 1},
	}
	all5 := [][]float64{{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}}

	for _, c := range []struct {
		name        string
		r           *rubric.Rubric
		wF02, wF03  float64
		respondents [][]float64
		hand        float64 // the index by hand
		rounded     float64
		grade       string
		zone        rubric.Zone
	}{
		// F-02 69.58 % (the pekppp-2023 example), F-03 70 %: 0.75 ×
		// 69.58 + 0.25 × 70 = 69.685 % → 3.48425 → 3.48 B-.
		{"75/25", r, 75, 25, mixed, 3.48425, 3.48, "B-", rubric.Kuning},
		// 0.5 × 69.58 + 0.5 × 70 = 69.79 % → 3.4895 → 3.49 B-.
		{"50/50", v, 50, 50, mixed, 3.4895, 3.49, "B-", rubric.Kuning},
		// Users give every item 5: 0.75 × 69.58 + 25 = 77.185 % → 3.86 B;
		// halves: 34.79 + 50 = 84.79 % → 4.24 A-. The weights decide the
		// category, which is why both are offered.
		{"75/25 all 5", r, 75, 25, all5, 3.85925, 3.86, "B", rubric.Hijau},
		{"50/50 all 5", v, 50, 50, all5, 4.2395, 4.24, "A-", rubric.Hijau},
	} {
		t.Run(c.name, func(t *testing.T) {
			calc := ippCalculator(f02, c.respondents, c.wF02, c.wF03)
			if math.Abs(calc-c.hand) > 1e-12 {
				t.Fatalf("calculator %v, hand %v", calc, c.hand)
			}
			u := unit(t, c.r, "opd", pekpppScores)
			respond(t, c.r, &u, byItem(c.respondents))
			checkComplete(t, c.r, &u, calc, c.rounded, c.grade, c.zone)
			if f := u.Groups[groupIndex(t, c.r, "F-02")].Fraction; math.Abs(f-0.6958) > 1e-12 {
				t.Errorf("F-02 fraction %v, want 0.6958", f)
			}
		})
	}

	t.Run("calculator agrees", func(t *testing.T) {
		// Every F-03 item at every answer, one at a time, over three
		// respondents answering 3: the rubric and the calculator agree.
		for j := range f03Codes {
			for a := 0.0; a <= 5; a++ {
				rows := [][]float64{make([]float64, 14), make([]float64, 14), make([]float64, 14)}
				for i := range rows {
					for k := range rows[i] {
						rows[i][k] = 3
					}
				}
				rows[1][j] = a
				u := unit(t, r, "", pekpppScores)
				respond(t, r, &u, byItem(rows))
				if want := ippCalculator(f02, rows, 75, 25); u.Status != results.Complete || math.Abs(u.Raw-want) > 1e-12 {
					t.Fatalf("%s at %v: rubric %v, calculator %v", f03Codes[j], a, u.Raw, want)
				}
			}
		}
	})

	t.Run("no respondents", func(t *testing.T) {
		// No F-03 at all: incomplete, 14 missing — pekppp-guide would
		// fall back to F-02 alone (3.48); nothing is dropped silently here.
		u := unit(t, r, "opd", pekpppScores)
		score.Unit(r, &u)
		checkIncomplete(t, &u, 14)
		golden(t, "pekppp-ipp-2023-no-respondents", r, &u)
	})

	t.Run("golden", func(t *testing.T) {
		u := unit(t, r, "opd", pekpppScores)
		respond(t, r, &u, byItem(mixed))
		golden(t, "pekppp-ipp-2023-complete", r, &u)
	})
}
