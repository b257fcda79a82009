package example_test

import (
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/correction"
	"github.com/kepatuhan/kepatuhan/pkg/example"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// The example's verification round is what the README walks through: the
// self-assessment alone leaves every unit provisional; the verifier's
// workbook settles all but PKM-HARAPAN's four and DINSOS's one indicator
// (and KEC-HARAPAN stays incomplete); the corrections settle DINSOS;
// several units overstated themselves; the verified answers are the 2024
// assessment's.
func TestExampleRound(t *testing.T) {
	self, verifier, corrections, config, _ := example.RoundFiles()
	load := func(files ...string) *results.Results {
		t.Helper()
		var paths []string
		for _, f := range files {
			paths = append(paths, filepath.Join(dir, f))
		}
		out := ingest.Load(paths, ingest.Options{})
		if out.Invalid() || out.Results == nil {
			t.Fatalf("%v", out.Problems)
		}
		return out.Results
	}
	provisional := func(res *results.Results) map[string]bool {
		m := map[string]bool{}
		for _, u := range res.Provisional() {
			m[u.Code] = true
		}
		return m
	}

	mandiri := load(self)
	if p := provisional(mandiri); len(p) != 12 {
		t.Errorf("self-assessment: %d provisional units, want all 12", len(p))
	}
	res := load(verifier)
	if p := provisional(res); len(p) != 3 || !p["PKM-HARAPAN"] || !p["DINSOS"] || !p["KEC-HARAPAN"] {
		t.Errorf("verified: provisional %v", p)
	}
	over := 0
	for i := range res.Units {
		if g, ok := res.Units[i].Gap(); ok && g < 0 {
			over++
		}
	}
	if over < 5 {
		t.Errorf("%d units overstated themselves; the example wants several", over)
	}
	// The self-assessment and the verifier's workbook together are the same round.
	both := load(self, verifier)
	for i := range res.Units {
		a, b := &res.Units[i], &both.Units[i]
		if a.Code != b.Code || (a.Score == nil) != (b.Score == nil) || a.Score != nil && *a.Score != *b.Score || a.Provisional() != b.Provisional() {
			t.Errorf("%s: joined with the self-assessment, the unit differs", a.Code)
		}
	}
	// The verified answers are the single pass's, but where not verified.
	_, book := example.Files(2024)
	single := load(book)
	for i := range single.Units {
		s, v := &single.Units[i], &res.Units[i]
		if v.Provisional() || s.Score == nil {
			continue
		}
		if *s.Score != *v.Score {
			t.Errorf("%s: verified %v, single pass %v", s.Code, *v.Score, *s.Score)
		}
	}

	entries, err := correction.Read(filepath.Join(dir, corrections))
	if err != nil {
		t.Fatal(err)
	}
	if ps := correction.Apply(res, entries); len(ps) != 0 {
		t.Fatalf("corrections: %v", ps)
	}
	if p := provisional(res); len(p) != 2 || !p["PKM-HARAPAN"] || !p["KEC-HARAPAN"] {
		t.Errorf("after the corrections: provisional %v", p)
	}
	n := 0
	for i := range res.Units {
		n += len(res.Units[i].Corrections())
	}
	if n != 3 {
		t.Errorf("%d corrections recorded", n)
	}
	if _, err := issuer.Load(filepath.Join(dir, config)); err != nil {
		t.Errorf("the example's configuration: %v", err)
	}
}
