package score

import (
	"math"
	"sort"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// The SKM's arithmetic (PermenPAN-RB 14/2017), step by step, for the SKM
// report: each unsur's mean (NRR), its weighted value, their sum (the
// IKM on the answers' 1–4 scale) and its conversion to 25–100. The
// report shows every step so that a reader can recompute it; the
// convention the steps follow is the report's to state.
//
// Two conventions are in use for the same answers (the GASPUL worked
// example gives 91.48 and 90.56):
//
//   - exact weights: every unsur weighs 1/n (1/9), as the regulation
//     means; the score is exactly 25 × the mean NRR, and equals what the
//     rubric skm-2017 scores;
//   - printed weights: every unsur weighs 0.11, as the regulation prints
//     it; the nine weights add up to 0.99 and every result is 1% lower,
//     as the variant skm-2017@bobot-0.11 scores.
//
// Independently, a report may round each NRR and weighted NRR before
// summing them (many published tables round to 3 or 4 decimals); the
// default rounds only the final score, once.

// SKMWeights says how each unsur is weighted.
type SKMWeights uint8

// SKM weightings.
const (
	// SKMExact weighs each of n unsur 1/n.
	SKMExact SKMWeights = iota
	// SKMPrinted weighs each unsur 0.11, as the regulation prints it
	// (meant for nine unsur).
	SKMPrinted
)

// PrintedWeight is the weight the regulation prints for each unsur.
const PrintedWeight = 0.11

// SKMConvention is how an IKM is worked out from the unsur's answers.
type SKMConvention struct {
	Weights SKMWeights
	// NRRDecimals, when 0 or more, rounds each NRR and each weighted NRR
	// to that many decimals before they are used; -1 leaves them exact.
	NRRDecimals int
}

// SKMItem is one unsur's working.
type SKMItem struct {
	Sum       float64 // the respondents' answers added up
	N         int     // how many respondents answered it
	NRR       float64 // Sum / N, exact
	NRRUsed   float64 // NRR as the convention uses it (rounded or not)
	Weight    float64
	Weighted  float64 // NRRUsed × Weight, rounded as the convention says
	Converted float64 // NRRUsed × factor, rounded to the scale's decimals (the unsur's own 25–100 value)
}

// SKMResult is the working of one IKM.
type SKMResult struct {
	Items []SKMItem
	// Total is Σ Weighted: the IKM on the answers' scale (1–4).
	Total float64
	// Factor converts the answers' scale to the published one (25).
	Factor float64
	// Raw is Total × Factor; Score is Raw rounded to the scale's
	// decimals, as published.
	Raw, Score float64
	Band       rubric.Band
}

// SKMFactor is the conversion of an SKM rubric's 1–4 answers to its
// published scale (25 for 25–100), and whether r is an SKM rubric at all:
// every indicator a survey item on one scale whose minimum and maximum,
// times the factor, are the scale's.
func SKMFactor(r *rubric.Rubric) (float64, bool) {
	inds := r.Indicators()
	if len(inds) == 0 {
		return 0, false
	}
	first := inds[0].Survey
	for _, ind := range inds {
		if ind.Type != rubric.Surv || ind.Survey == nil || ind.Survey.Min != first.Min || ind.Survey.Max != first.Max || len(ind.AppliesTo) > 0 {
			return 0, false
		}
	}
	if first.Min <= 0 || first.Max <= first.Min {
		return 0, false
	}
	f := r.Scale.Max / float64(first.Max)
	if math.Abs(f*float64(first.Min)-r.Scale.Min) > 1e-9 {
		return 0, false
	}
	return f, true
}

// SKMDefaultWeights is the weighting r itself scores with: printed when
// it is a weighted sum whose every weight is 0.11, else exact.
func SKMDefaultWeights(r *rubric.Rubric) SKMWeights {
	if r.Scale.Rule != rubric.WeightedSum {
		return SKMExact
	}
	for _, ind := range r.Indicators() {
		if ind.Weight != PrintedWeight {
			return SKMExact
		}
	}
	return SKMPrinted
}

// SKM works out the IKM of one unit of rubric r (an SKM rubric, see
// SKMFactor) from each unsur's sum of answers and count of respondents,
// aligned with r.Indicators(). Every count must be positive: an unsur no
// respondent answered has no NRR, and the unit no IKM.
func SKM(r *rubric.Rubric, sums []float64, counts []int, c SKMConvention) SKMResult {
	factor, _ := SKMFactor(r)
	n := len(sums)
	res := SKMResult{Items: make([]SKMItem, n), Factor: factor}
	round := func(x float64) float64 {
		if c.NRRDecimals < 0 {
			return x
		}
		return Round(x, c.NRRDecimals, r.Scale.Rounding)
	}
	w := 1 / float64(n)
	if c.Weights == SKMPrinted {
		w = PrintedWeight
	}
	for i := range sums {
		it := SKMItem{Sum: sums[i], N: counts[i], Weight: w}
		if it.N > 0 {
			it.NRR = it.Sum / float64(it.N)
		}
		it.NRRUsed = round(it.NRR)
		it.Weighted = round(it.NRRUsed * w)
		it.Converted = Round(it.NRRUsed*factor, r.Scale.Decimals, r.Scale.Rounding)
		res.Total += it.Weighted
		res.Items[i] = it
	}
	if c.Weights == SKMExact && c.NRRDecimals < 0 {
		// Σ NRR / n, without the drift of adding n thirds of a value.
		var s float64
		for _, it := range res.Items {
			s += it.NRR
		}
		res.Total = s / float64(n)
	}
	res.Raw = res.Total * factor
	res.Score = Round(res.Raw, r.Scale.Decimals, r.Scale.Rounding)
	res.Band = r.BandFor(res.Score)
	return res
}

// Lowest returns the indexes of the k items with the lowest NRR as used,
// lowest first; ties keep the rubric's order.
func (s SKMResult) Lowest(k int) []int {
	idx := make([]int, len(s.Items))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return s.Items[idx[a]].NRRUsed < s.Items[idx[b]].NRRUsed })
	return idx[:min(k, len(idx))]
}

// krejcieMorgan is the table of Krejcie & Morgan (1970) that the
// regulation reproduces: the sample needed for a population, at 95%
// confidence and a 5% margin of error.
var krejcieMorgan = [...][2]int{
	{10, 10}, {15, 14}, {20, 19}, {25, 24}, {30, 28}, {35, 32}, {40, 36}, {45, 40}, {50, 44},
	{55, 48}, {60, 52}, {65, 56}, {70, 59}, {75, 63}, {80, 66}, {85, 70}, {90, 73}, {95, 76},
	{100, 80}, {110, 86}, {120, 92}, {130, 97}, {140, 103}, {150, 108}, {160, 113}, {170, 118},
	{180, 123}, {190, 127}, {200, 132}, {210, 136}, {220, 140}, {230, 144}, {240, 148},
	{250, 152}, {260, 155}, {270, 159}, {280, 162}, {290, 165}, {300, 169}, {320, 175},
	{340, 181}, {360, 186}, {380, 191}, {400, 196}, {420, 201}, {440, 205}, {460, 210},
	{480, 214}, {500, 217}, {550, 226}, {600, 234}, {650, 242}, {700, 248}, {750, 254},
	{800, 260}, {850, 265}, {900, 269}, {950, 274}, {1000, 278}, {1100, 285}, {1200, 291},
	{1300, 297}, {1400, 302}, {1500, 306}, {1600, 310}, {1700, 313}, {1800, 317}, {1900, 320},
	{2000, 322}, {2200, 327}, {2400, 331}, {2600, 335}, {2800, 338}, {3000, 341}, {3500, 346},
	{4000, 351}, {4500, 354}, {5000, 357}, {6000, 361}, {7000, 364}, {8000, 367}, {9000, 368},
	{10000, 370}, {15000, 375}, {20000, 377}, {30000, 379}, {40000, 380}, {50000, 381},
	{75000, 382}, {1000000, 384},
}

// KrejcieMorgan returns the sample the Krejcie–Morgan table asks for a
// population, and the table's row it was read from: the row of the
// population itself, or of the next larger one the table lists (never
// less than the table asks), but never more than the population itself;
// 384 above a million.
func KrejcieMorgan(population int) (sample, row int) {
	if population <= 0 {
		return 0, 0
	}
	for _, r := range krejcieMorgan {
		if population <= r[0] {
			return min(r[1], population), r[0]
		}
	}
	last := krejcieMorgan[len(krejcieMorgan)-1]
	return last[1], last[0]
}
