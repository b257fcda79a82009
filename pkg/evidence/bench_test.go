package evidence_test

import (
	"bytes"
	"fmt"
	"image/jpeg"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/bench/benchdata"
	"github.com/kepatuhan/kepatuhan/pkg/card"
	"github.com/kepatuhan/kepatuhan/pkg/evidence"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// BenchmarkDistrictPhotos is a district year of 200 units with 10 phone
// photos each (1280×960 JPEGs, made by pkg/bench/benchdata and cached).
// Each iteration goes through the district in chunks of 20 units, and for
// each chunk, one after the other on the same cores:
//
//   - decodes every photo once with image/jpeg, on every core (the floor:
//     no card can be made without decoding its photos);
//   - scores the chunk with its evidence folder and renders its cards with
//     their photos, the photo cache off, as `score DIR --bukti DIR --pdf
//     DIR` does (the files are not written);
//   - does it again with the photos cached by a run before.
//
// Alternating by chunk keeps a machine whose load changes (this one is
// shared) from favouring one side. It reports the wall and CPU times and
// the ratios cards/decode (target: at most 1.3) and cards/cached (target:
// at least 10), in wall time and in CPU time.
func BenchmarkDistrictPhotos(b *testing.B) {
	dir, err := benchdata.PhotoDistrict()
	if err != nil {
		b.Fatal(err)
	}
	books, bukti := filepath.Join(dir, "workbooks"), filepath.Join(dir, "bukti")
	tmp := b.TempDir()
	rub := filepath.Join(tmp, "bench60.yaml")
	text, err := benchdata.RubricYAML("bench60")
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(rub, text, 0o644); err != nil {
		b.Fatal(err)
	}
	const chunk = 20
	type part struct {
		books  string   // a folder of the chunk's workbooks
		photos []string // the chunk's photos
	}
	var parts []part
	for start := 0; start < benchdata.DistrictSize; start += chunk {
		p := part{books: filepath.Join(tmp, fmt.Sprintf("chunk-%03d", start))}
		if err := os.Mkdir(p.books, 0o755); err != nil {
			b.Fatal(err)
		}
		for i := start; i < start+chunk; i++ {
			name := benchdata.DistrictFile(i)
			data, err := os.ReadFile(filepath.Join(books, name))
			if err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(p.books, name), data, 0o644); err != nil {
				b.Fatal(err)
			}
			shots, _ := filepath.Glob(filepath.Join(bukti, benchdata.DistrictUnit(i).Code, "*.jpg"))
			if len(shots) != benchdata.PhotosPerUnit {
				b.Fatalf("unit %d has %d photos", i+1, len(shots))
			}
			p.photos = append(p.photos, shots...)
		}
		parts = append(parts, p)
	}
	decode := func(photos []string) {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range runtime.NumCPU() {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := int(next.Add(1) - 1); i < len(photos); i = int(next.Add(1) - 1) {
					data, err := os.ReadFile(photos[i])
					if err != nil {
						b.Error(err)
						return
					}
					if _, err := jpeg.Decode(bytes.NewReader(data)); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
	}
	cards := func(p part, cache string) {
		out := ingest.Load([]string{p.books}, ingest.Options{Rubric: rub, Evidence: bukti})
		if out.Results == nil || out.Invalid() {
			b.Fatalf("not scored: %v", out.Problems)
		}
		ph := evidence.NewPhotos(bukti, cache)
		defer ph.Close()
		var size, shown atomic.Int64
		err := card.RenderAll(out.Results, card.Options{Lang: msg.ID, Photos: ph}, func(i int, data []byte) error {
			size.Add(int64(len(data)))
			shown.Add(int64(bytes.Count(data, []byte("/Subtype /Image"))))
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		if n := shown.Load(); n != int64(len(p.photos)) {
			b.Fatalf("%d photos on the cards, want %d (%v)", n, len(p.photos), ph.Problems())
		}
		if avg := size.Load() / int64(len(out.Results.Units)); avg > 3<<20 {
			b.Fatalf("a card of 10 photos is %d bytes", avg)
		}
	}
	cache := filepath.Join(tmp, "cache")
	for _, p := range parts {
		cards(p, cache) // warm the cache
	}
	var td, tc, tk, cd, cc, ck time.Duration
	timed := func(wall, cpu *time.Duration, fn func()) {
		c0, t0 := cpuTime(), time.Now()
		fn()
		*wall += time.Since(t0)
		*cpu += cpuTime() - c0
	}
	for b.Loop() {
		for _, p := range parts {
			timed(&td, &cd, func() { decode(p.photos) })
			timed(&tc, &cc, func() { cards(p, "") })
			timed(&tk, &ck, func() { cards(p, cache) })
		}
	}
	n := float64(b.N)
	b.ReportMetric(td.Seconds()/n, "decode-s/op")
	b.ReportMetric(tc.Seconds()/n, "cards-s/op")
	b.ReportMetric(tk.Seconds()/n, "cached-s/op")
	b.ReportMetric(float64(tc)/float64(td), "cards/decode")
	b.ReportMetric(float64(cc)/float64(cd), "cards/decode-cpu")
	b.ReportMetric(float64(tc)/float64(tk), "cards/cached")
	b.ReportMetric(float64(cc)/float64(ck), "cards/cached-cpu")
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
