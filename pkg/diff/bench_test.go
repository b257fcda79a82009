package diff_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// BenchmarkDiff compares two years of 2,000 units on ombudsman-2019
// (every unit in both, answers changed in about a third of them, a few
// units added and removed) and renders the report in each format.
func BenchmarkDiff(b *testing.B) {
	r, err := rubric.Builtin("ombudsman-2019")
	if err != nil {
		b.Fatal(err)
	}
	old, cur := year(r, 2000, 0), year(r, 2000, 1)
	b.Run("compare", func(b *testing.B) {
		for b.Loop() {
			diff.Compare(old, cur, diff.Options{})
		}
	})
	rep := diff.Compare(old, cur, diff.Options{})
	for _, spec := range diff.Formats {
		f := spec.Format
		b.Run(spec.Name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				w := &counter{}
				if err := f.Write(w, rep, diff.RenderOptions{}); err != nil {
					b.Fatal(err)
				}
				n = w.n
			}
			b.ReportMetric(float64(n)/1e6, "MB")
		})
	}
}

// year returns n scored units of r for year y (0 or 1): unit k answers
// indicator i met unless (k+i+y·k) % 4 == 0; the last few units of
// each year are its own.
func year(r *rubric.Rubric, n, y int) *results.Results {
	res := &results.Results{Tool: "kepatuhan bench", Rubric: r}
	for k := range n {
		code := fmt.Sprintf("UNIT-%04d", k)
		if k >= n-5 {
			code = fmt.Sprintf("UNIT-%d-%04d", y, k)
		}
		u := score.NewUnit(r, code)
		u.Name, u.Type = "Unit "+code, r.UnitTypes[k%len(r.UnitTypes)].ID
		for i := range u.Indicators {
			u.Indicators[i].Status = results.Answered
			if (k+i+y*k)%4 != 0 {
				u.Indicators[i].Value = 1
			}
		}
		score.Unit(r, &u)
		res.Units = append(res.Units, u)
	}
	return res
}

// counter is an io.Writer that only counts.
type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

var _ io.Writer = (*counter)(nil)
