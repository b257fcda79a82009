package ingest_test

import (
	"testing"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/bench/benchdata"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
)

// BenchmarkPhone scores a KoboToolbox export of 30,000 submissions (the
// size at which Kobo's exports used to stop) against the observation
// workbook of the same answers (the wide layout, one row per unit), in
// the same run: each iteration reads both, one after the other, and the
// ratio of their times is reported as kobo/workbook (target: at most 2).
// The inputs come from pkg/bench/benchdata, generated once and cached.
func BenchmarkPhone(b *testing.B) {
	kobo, err := benchdata.Kobo(benchdata.PhoneSize)
	if err != nil {
		b.Fatal(err)
	}
	wide, err := benchdata.Wide(benchdata.PhoneSize)
	if err != nil {
		b.Fatal(err)
	}
	rub := writeRubric(b, benchdata.Dir(), "bench30")
	load := func(path string) time.Duration {
		start := time.Now()
		out := ingest.Load([]string{path}, ingest.Options{Rubric: rub})
		d := time.Since(start)
		if out.Results == nil || out.Invalid() {
			b.Fatalf("%s not read: %v", path, out.Problems)
		}
		if n := len(out.Results.Units); n != benchdata.PhoneSize {
			b.Fatalf("%s: %d units, want %d", path, n, benchdata.PhoneSize)
		}
		return d
	}
	var tk, tw time.Duration
	for b.Loop() {
		tw += load(wide)
		tk += load(kobo)
	}
	b.ReportMetric(float64(tw.Milliseconds())/float64(b.N), "workbook-ms/op")
	b.ReportMetric(float64(tk.Milliseconds())/float64(b.N), "kobo-ms/op")
	b.ReportMetric(float64(tk)/float64(tw), "kobo/workbook")
}
