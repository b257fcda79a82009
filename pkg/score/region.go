package score

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// RegionScore is the region's score by the rubric's roll-up rule.
type RegionScore struct {
	Score *float64 // rounded; nil when no unit is complete
	Raw   float64
	Band  *rubric.Band
	Units int // complete units that count
}

// Region rolls complete units' (rounded, as published) scores up to the
// region: their unweighted mean, or a mean weighted by unit type when the
// rubric says so (types it does not weigh count 1). Incomplete units do
// not count.
func Region(r *rubric.Rubric, units []results.Unit) RegionScore {
	var num, den float64
	n := 0
	for i := range units {
		u := &units[i]
		if u.Score == nil {
			continue
		}
		w := 1.0
		if r.Rollup.Rule == rubric.RollupWeightedMean {
			if x, ok := r.Rollup.Weights[strings.ToLower(u.Type)]; ok {
				w = x
			}
		}
		num += w * *u.Score
		den += w
		n++
	}
	rs := RegionScore{Units: n}
	if den == 0 {
		return rs
	}
	rs.Raw = num / den
	v := Round(rs.Raw, r.Scale.Decimals, r.Scale.Rounding)
	rs.Score = &v
	b := r.BandFor(v)
	rs.Band = &b
	return rs
}

// Apportion rounds parts (which add up to total before rounding) to
// decimals places so that the rounded parts add up exactly to the rounded
// total: largest remainder first. Report cards use it to show group
// contributions that visibly sum to the score.
func Apportion(parts []float64, total float64, decimals int) []float64 {
	scale := 1.0
	for i := 0; i < decimals; i++ {
		scale *= 10
	}
	target := int64(Round(total*scale, 0, rubric.HalfAwayFromZero))
	out := make([]float64, len(parts))
	floors := make([]int64, len(parts))
	var sum int64
	for i, p := range parts {
		v := Round(p*scale, 6, rubric.HalfAwayFromZero)
		f := int64(v)
		if float64(f) > v {
			f--
		}
		floors[i] = f
		sum += f
	}
	// Hand out the remaining units to the largest remainders, earliest
	// first on ties, so the result is deterministic.
	left := target - sum
	used := make([]bool, len(parts))
	for left > 0 {
		best := -1
		bestRem := -1.0
		for i, p := range parts {
			if used[i] {
				continue
			}
			rem := p*scale - float64(floors[i])
			if rem > bestRem {
				best, bestRem = i, rem
			}
		}
		if best < 0 {
			break
		}
		floors[best]++
		used[best] = true
		left--
	}
	for i := range out {
		out[i] = float64(floors[i]) / scale
	}
	return out
}
