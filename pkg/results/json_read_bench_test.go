package results

import (
	"bytes"
	"os"
	"runtime"
	"testing"
)

// benchResults is the example district's results (testdata), its units
// copied to n units under new codes, written as WriteJSON writes them.
func benchResults(b testing.TB, n int) []byte {
	b.Helper()
	ex := manyUnits(b, n)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, ex); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkReadJSON reads a results file of 20,000 units (the example
// district's, copied), or the file KEPATUHAN_BENCH_RESULTS names (a
// national round's: pkg/bench/run.sh). It reports the live heap of the
// results per answer read.
func BenchmarkReadJSON(b *testing.B) {
	data, name := []byte(nil), "generated"
	if p := os.Getenv("KEPATUHAN_BENCH_RESULTS"); p != "" {
		var err error
		if data, err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
		name = p
	} else {
		data = benchResults(b, 20000)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	var r *Results
	for b.Loop() {
		var err error
		if r, err = ReadJSON(bytes.NewReader(data), name); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	answers := 0
	for i := range r.Units {
		answers += len(r.Units[i].Indicators)
	}
	var before, after runtime.MemStats
	keep := r
	r = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	keep.Units = nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	runtime.KeepAlive(keep)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(answers), "live-B/answer")
}
