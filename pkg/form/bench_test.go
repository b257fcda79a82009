package form_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/bench/benchdata"
	"github.com/kepatuhan/kepatuhan/pkg/form"
)

// BenchmarkWrite writes the blank forms of a district year: one workbook
// of 200 unit sheets on bench60 (60 indicators), and one single-unit
// workbook as `kepatuhan form` writes per assessor visit.
func BenchmarkWrite(b *testing.B) {
	r := benchdata.Rubric60()
	units := make([]form.Unit, benchdata.DistrictSize)
	for i := range units {
		units[i] = benchdata.DistrictUnit(i)
	}
	for _, c := range []struct {
		name  string
		units []form.Unit
	}{{"units=200", units}, {"units=1", units[:1]}} {
		b.Run(c.name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "formulir.xlsx")
			for b.Loop() {
				f, err := os.Create(path)
				if err == nil {
					err = form.Write(f, r, c.units, form.Options{})
					f.Close()
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			if st, err := os.Stat(path); err == nil {
				b.ReportMetric(float64(st.Size())/1e6, "MB")
			}
		})
	}
}
