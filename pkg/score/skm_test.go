package score_test

import (
	"math"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/score"
)

// The GASPUL worked example (29 respondents; unsur totals 105, 101, 100,
// 116, 102, 105, 106, 105, 115) under each convention, against figures
// worked out by hand from those totals.
func TestSKMConventions(t *testing.T) {
	r := builtin(t, "skm-2017")
	sums := []float64{105, 101, 100, 116, 102, 105, 106, 105, 115}
	counts := []int{29, 29, 29, 29, 29, 29, 29, 29, 29}
	for _, c := range []struct {
		name  string
		conv  score.SKMConvention
		total float64 // Σ weighted NRR
		score float64
		// the weighted NRR of U1 and U9
		w1, w9 float64
	}{
		// 955/261 = 3.659003…; × 25 = 91.4751 → 91.48.
		{"1/9 exact", score.SKMConvention{Weights: score.SKMExact, NRRDecimals: -1}, 955.0 / 261, 91.48, 105.0 / 29 / 9, 115.0 / 29 / 9},
		// 0.11 × 955/29 = 3.622414; × 25 = 90.5603 → 90.56.
		{"0.11 exact", score.SKMConvention{Weights: score.SKMPrinted, NRRDecimals: -1}, 0.11 * 955 / 29, 90.56, 0.11 * 105 / 29, 0.11 * 115 / 29},
		// NRRs 3.6207 … 3.9655; × 0.11 to 4 decimals: 0.3983 + 0.3831 +
		// 0.3793 + 0.4400 + 0.3869 + 0.3983 + 0.4021 + 0.3983 + 0.4362 =
		// 3.6225; × 25 = 90.5625 → 90.56 (GASPUL's table).
		{"0.11 rounded to 4", score.SKMConvention{Weights: score.SKMPrinted, NRRDecimals: 4}, 3.6225, 90.56, 0.3983, 0.4362},
		// ÷ 9 to 4 decimals: 0.4023 + 0.3870 + 0.3831 + 0.4444 + 0.3908 +
		// 0.4023 + 0.4061 + 0.4023 + 0.4406 = 3.6589; × 25 = 91.4725 →
		// 91.47: rounding the steps costs a hundredth here.
		{"1/9 rounded to 4", score.SKMConvention{Weights: score.SKMExact, NRRDecimals: 4}, 3.6589, 91.47, 0.4023, 0.4406},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := score.SKM(r, sums, counts, c.conv)
			if math.Abs(res.Total-c.total) > 1e-9 || res.Score != c.score || res.Factor != 25 {
				t.Errorf("total %v score %v factor %v; want %v %v 25", res.Total, res.Score, res.Factor, c.total, c.score)
			}
			if math.Abs(res.Items[0].Weighted-c.w1) > 1e-9 || math.Abs(res.Items[8].Weighted-c.w9) > 1e-9 {
				t.Errorf("weighted U1 %v U9 %v; want %v %v", res.Items[0].Weighted, res.Items[8].Weighted, c.w1, c.w9)
			}
			if res.Band.Grade != "A" {
				t.Errorf("mutu %s", res.Band.Grade)
			}
		})
	}
	// The default convention gives exactly what the rubric scores.
	for _, ref := range []string{"skm-2017", "skm-2017@bobot-0.11"} {
		rb := builtin(t, ref)
		both := func(n4, n3, n2 int) []string {
			out := append(repeat("4", n4), repeat("3", n3)...)
			return append(out, repeat("2", n2)...)
		}
		u := skmUnit(t, rb, "", map[string][]string{
			"U1": both(18, 11, 0), "U2": both(14, 15, 0), "U3": both(15, 12, 2),
			"U4": both(29, 0, 0), "U5": both(15, 14, 0), "U6": both(18, 11, 0),
			"U7": both(19, 10, 0), "U8": both(18, 11, 0), "U9": both(28, 1, 0),
		})
		res := score.SKM(rb, sums, counts, score.SKMConvention{Weights: score.SKMDefaultWeights(rb), NRRDecimals: -1})
		if u.Score == nil || *u.Score != res.Score {
			t.Errorf("%s: the rubric scores %v, SKM %v", ref, u.Score, res.Score)
		}
	}
}

func TestSKMFactor(t *testing.T) {
	for ref, want := range map[string]bool{"skm-2017": true, "skm-2017@bobot-0.11": true, "ombudsman-2023": false, "ombudsman-2019": false} {
		f, ok := score.SKMFactor(builtin(t, ref))
		if ok != want || ok && f != 25 {
			t.Errorf("%s: %v %v", ref, f, ok)
		}
	}
	if score.SKMDefaultWeights(builtin(t, "skm-2017")) != score.SKMExact || score.SKMDefaultWeights(builtin(t, "skm-2017@bobot-0.11")) != score.SKMPrinted {
		t.Error("default weights")
	}
}

func TestSKMLowest(t *testing.T) {
	r := builtin(t, "skm-2017")
	sums := []float64{30, 20, 30, 25, 40, 20, 35, 30, 38}
	counts := []int{10, 10, 10, 10, 10, 10, 10, 10, 10}
	res := score.SKM(r, sums, counts, score.SKMConvention{NRRDecimals: -1})
	got := res.Lowest(3)
	if len(got) != 3 || got[0] != 1 || got[1] != 5 || got[2] != 3 {
		t.Errorf("lowest %v, want U2, U6 (tied, in order), U4", got)
	}
}

// The table as printed, and the formula it was made with (χ² = 3.841,
// P = 0.5, d = 0.05) to catch a mistyped row: every row is the formula
// rounded, give or take one.
func TestKrejcieMorgan(t *testing.T) {
	for _, c := range []struct{ pop, sample, row int }{
		{0, 0, 0}, {5, 5, 10}, {10, 10, 10}, {12, 12, 15}, {100, 80, 100}, {101, 86, 110},
		{250, 152, 250}, {1000, 278, 1000}, {1001, 285, 1100}, {100000, 384, 1000000}, {5000000, 384, 1000000},
	} {
		s, row := score.KrejcieMorgan(c.pop)
		if s != c.sample || row != c.row {
			t.Errorf("population %d: sample %d (row %d), want %d (row %d)", c.pop, s, row, c.sample, c.row)
		}
	}
	prev := 0
	for n := 10; n <= 1000000; n++ {
		s, row := score.KrejcieMorgan(n)
		if row != n {
			continue
		}
		f := 3.841 * float64(n) * 0.25 / (0.0025*float64(n-1) + 3.841*0.25)
		if math.Abs(float64(s)-f) > 1.01 || s < prev {
			t.Errorf("row %d: %d, the formula gives %.2f", n, s, f)
		}
		prev = s
	}
}
