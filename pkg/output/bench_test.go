package output_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/bench/benchdata"
	"github.com/kepatuhan/kepatuhan/pkg/output"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// BenchmarkFormats renders the results of 10,000 units of bench30 (the
// units of the 300,000-row sheet of pkg/bench/run.sh) in each text
// format: the terminal table, the results JSON (every indicator of every
// unit) and CSV.
func BenchmarkFormats(b *testing.B) {
	r := benchdata.Rubric30()
	res := &results.Results{Tool: "kepatuhan bench", Rubric: r, Units: scored(r, 10_000)}
	for _, spec := range output.Formats {
		f := spec.Format
		b.Run(spec.Name, func(b *testing.B) {
			w := &counter{}
			for b.Loop() {
				if err := f.Write(w, res, output.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(w.n)/float64(b.N)/1e6, "MB/op")
		})
	}
}

// scored returns n scored units of r, every indicator answered; a unit
// in seven answers N/A (where allowed) or not met now and then.
func scored(r *rubric.Rubric, n int) []results.Unit {
	inds := r.Indicators()
	units := make([]results.Unit, n)
	for k := range units {
		u := score.NewUnit(r, fmt.Sprintf("UNIT-%05d", k))
		u.Name = fmt.Sprintf("Unit Pelayanan %05d Kabupaten Contoh", k)
		for i, ind := range inds {
			ir := &u.Indicators[i]
			switch t := (k*7 + i) % 9; {
			case t == 8 && ind.NA:
				ir.Status = results.NA
			case t < 3:
				ir.Status, ir.Value = results.Answered, 0
			default:
				ir.Status, ir.Value = results.Answered, score.MaxValue(ind)
			}
		}
		score.Unit(r, &u)
		units[k] = u
	}
	return units
}

// counter is an io.Writer that only counts.
type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

var _ io.Writer = (*counter)(nil)
