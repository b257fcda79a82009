package report

import (
	"cmp"
	"slices"

	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Round is the verification round's part of the report, when some unit
// was assessed in one (nil otherwise):
//
//   - the provisional units (SEMENTARA: indicators not yet verified),
//     marked wherever a unit's score is printed;
//   - the accuracy of the self-assessment: every unit with both a
//     self-assessed and a verified score, the most overstated first (the
//     largest negative gap, verified − self; then by how many indicators
//     the unit claimed better than verified, then by code) — the units to
//     coach first on evidence and honest self-assessment;
//   - the corrections made after clarification or objection.
type Round struct {
	Units       int   // units assessed in the round
	Provisional []int // indexes in Units, in unit order
	Accuracy    []AccuracyRow
	// Over and Under count the units whose self-assessment was higher,
	// or lower, than verified; MeanGap is the mean gap of the units in
	// Accuracy.
	Over, Under, Exact int
	MeanGap            float64
	Corrections        int // corrections applied, all units
}

// AccuracyRow is one unit's self-assessment against its verification.
type AccuracyRow struct {
	Unit           int     // index in Units
	Self, Verified float64 // the two scores
	Gap            float64 // Verified − Self, rounded to the scale's decimals
	// Overclaimed and Underclaimed count the indicators whose unit's
	// answer earned more, or less, than the final one.
	Overclaimed, Underclaimed int
	Provisional               bool
}

// round computes the report's Round.
func (rp *Report) round() {
	var ro Round
	any := false
	r := rp.Rubric
	for i := range rp.Units {
		u := &rp.Units[i]
		if u.Round == nil {
			continue
		}
		any = true
		ro.Corrections += len(u.Round.Corrections)
		if !u.Round.Verification {
			continue
		}
		ro.Units++
		if u.Provisional() {
			ro.Provisional = append(ro.Provisional, i)
		}
		g, ok := u.Gap()
		if !ok {
			continue
		}
		s, _ := u.SelfScore()
		row := AccuracyRow{Unit: i, Self: s, Verified: *u.Score, Provisional: u.Provisional(),
			Gap: score.Round(g, r.Scale.Decimals, r.Scale.Rounding)}
		for j, ind := range r.Indicators() {
			ir := &u.Indicators[j]
			if ir.Round() == nil || ind.Type == rubric.Surv || !ir.Status.Scored() || !ir.Round().Self.Status.Scored() {
				continue
			}
			switch self := score.Fraction(ind, ir.Round().Self.Value); {
			case self > ir.Fraction:
				row.Overclaimed++
			case self < ir.Fraction:
				row.Underclaimed++
			}
		}
		switch {
		case row.Gap < 0:
			ro.Over++
		case row.Gap > 0:
			ro.Under++
		default:
			ro.Exact++
		}
		ro.MeanGap += row.Gap
		ro.Accuracy = append(ro.Accuracy, row)
	}
	if !any {
		return
	}
	if n := len(ro.Accuracy); n > 0 {
		ro.MeanGap = score.Round(ro.MeanGap/float64(n), r.Scale.Decimals, r.Scale.Rounding)
	}
	slices.SortStableFunc(ro.Accuracy, func(a, b AccuracyRow) int {
		if c := cmp.Compare(a.Gap, b.Gap); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Overclaimed, a.Overclaimed); c != 0 {
			return c
		}
		return cmp.Compare(rp.Units[a.Unit].Code, rp.Units[b.Unit].Code)
	})
	rp.Round = &ro
}

// Provisional reports whether unit i's result is provisional.
func (rp *Report) Provisional(i int) bool {
	return rp.Round != nil && slices.Contains(rp.Round.Provisional, i)
}
