package score_test

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/bench/benchdata"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// BenchmarkUnit scores 10,000 filled units (the scoring rules alone, no
// reading): bench30 (30 checks in two groups, as the 300,000-row sheet of
// pkg/bench/run.sh), bench60 (60 checks in six groups, as the district
// year) and the built-in ombudsman-2023 (mixed answer types, survey
// items). The answers cycle through met, not met and N/A. ns/op ÷ 10,000
// is the cost of one unit.
func BenchmarkUnit(b *testing.B) {
	o23, err := rubric.Builtin("ombudsman-2023")
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		r    *rubric.Rubric
	}{{"bench30", benchdata.Rubric30()}, {"bench60", benchdata.Rubric60()}, {"ombudsman-2023", o23}} {
		units := filled(c.r, 10_000)
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for i := range units {
					score.Unit(c.r, &units[i])
				}
			}
			if units[0].Status != results.Complete {
				b.Fatalf("unit %s is %s", units[0].Code, units[0].Status)
			}
		})
	}
}

// filled returns n units of r with every indicator answered: the highest
// value, the lowest, or N/A where allowed, by turn.
func filled(r *rubric.Rubric, n int) []results.Unit {
	inds := r.Indicators()
	units := make([]results.Unit, n)
	for k := range units {
		u := score.NewUnit(r, "U")
		for i, ind := range inds {
			ir := &u.Indicators[i]
			switch t := (k + i) % 5; {
			case t == 4 && ind.NA:
				ir.Status = results.NA
			case t%2 == 0:
				ir.Status, ir.Value = results.Answered, score.MaxValue(ind)
			default:
				ir.Status, ir.Value = results.Answered, minValue(ind)
			}
			if ind.Type == rubric.Surv {
				ir.Value *= 20 // the sum over 20 respondents
				ir.Respondents = 20
			}
		}
		units[k] = u
	}
	return units
}

// minValue is the value that earns nothing of ind's weight.
func minValue(ind *rubric.Indicator) float64 {
	switch ind.Type {
	case rubric.Levels:
		return float64(ind.Levels.Min)
	case rubric.Surv:
		return float64(ind.Survey.Min)
	case rubric.Number:
		return ind.Number.Min
	}
	return 0
}
