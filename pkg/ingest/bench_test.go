package ingest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/bench/benchdata"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// BenchmarkLoad reads and scores what `kepatuhan score` reads, from the
// inputs of pkg/bench/run.sh (generated once, then cached): the
// 300,000-row long-layout workbook (10,000 units × bench30) and the
// district year's folder of 200 form workbooks (bench60). Rubric files
// are read from the cache too, as --rubric gives them.
func BenchmarkLoad(b *testing.B) {
	dir := benchdata.Dir()
	long, err := benchdata.Long(300_000)
	if err != nil {
		b.Fatal(err)
	}
	district, err := benchdata.District(benchdata.DistrictSize)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name, input, rubricID string
		units                 int
	}{{"long-300000", long, "bench30", 10_000}, {"district-200", district, "bench60", 200}} {
		rub := writeRubric(b, dir, c.rubricID)
		b.Run(c.name, func(b *testing.B) {
			var res *results.Results
			for b.Loop() {
				out := ingest.Load([]string{c.input}, ingest.Options{Rubric: rub})
				if out.Results == nil || out.Invalid() {
					b.Fatalf("not read: %v", out.Problems)
				}
				res = out.Results
			}
			if len(res.Units) != c.units {
				b.Fatalf("%d units read, want %d", len(res.Units), c.units)
			}
		})
	}
}

// writeRubric writes the benchmark rubric id to dir and returns its path.
func writeRubric(b *testing.B, dir, id string) string {
	b.Helper()
	text, err := benchdata.RubricYAML(id)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, id+".yaml")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}
