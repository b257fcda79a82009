package example_test

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/example"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

var update = flag.Bool("update", false, "regenerate testdata/example")

var dir = filepath.Join("..", "..", "testdata", "example")

// The committed example files are exactly what the generator makes.
func TestExampleUpToDate(t *testing.T) {
	if *update {
		if err := example.Generate(dir); err != nil {
			t.Fatal(err)
		}
	}
	fresh := t.TempDir()
	if err := example.Generate(fresh); err != nil {
		t.Fatal(err)
	}
	self, verifier, corrections, config, logo := example.RoundFiles()
	names := []string{self, verifier, corrections, config, logo}
	for _, y := range example.Years {
		units, book := example.Files(y.Year)
		names = append(names, units, book)
	}
	for _, y := range example.SKMRounds {
		units, book := example.SKMFiles(y.Year)
		names = append(names, units, book)
	}
	{
		for _, name := range names {
			want, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatalf("%v (run go test ./pkg/example -update)", err)
			}
			got, _ := os.ReadFile(filepath.Join(fresh, name))
			if !bytes.Equal(got, want) {
				t.Errorf("testdata/example/%s is not what the generator makes; run go test ./pkg/example -update", name)
			}
		}
	}
	for _, y := range example.Years {
		// The evidence folder: the same files, the same bytes.
		ev := example.EvidenceDir(y.Year)
		want, got := tree(t, filepath.Join(dir, ev)), tree(t, filepath.Join(fresh, ev))
		if len(want) == 0 || len(want) != len(got) {
			t.Errorf("testdata/example/%s has %d files, the generator makes %d; run go test ./pkg/example -update", ev, len(want), len(got))
		}
		for name, sum := range got {
			if want[name] != sum {
				t.Errorf("testdata/example/%s/%s is not what the generator makes; run go test ./pkg/example -update", ev, name)
			}
		}
	}
}

// tree maps every file under dir to its SHA-256.
func tree(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			rel, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(rel)] = sha256.Sum256(b)
		}
		return nil
	})
	return out
}

// The 2024 example is what the README promises: a dozen units of mixed
// types, some N/A, exactly one incomplete, and every zone present.
func TestExample2024(t *testing.T) {
	_, book := example.Files(2024)
	out := ingest.Load([]string{filepath.Join(dir, book)}, ingest.Options{})
	if out.Invalid() || out.Results == nil {
		t.Fatalf("problems: %v", out.Problems)
	}
	res := out.Results
	if res.Rubric.ID != rubric.DefaultID {
		t.Fatalf("rubric %s", res.Rubric.ID)
	}
	if len(res.Units) != 12 {
		t.Fatalf("%d units", len(res.Units))
	}
	types := map[string]int{}
	na := 0
	for _, u := range res.Units {
		types[u.Type]++
		na += u.Counts.NA
	}
	for _, typ := range []string{"opd", "puskesmas", "kecamatan", "desa"} {
		if types[typ] == 0 {
			t.Errorf("no %s unit", typ)
		}
	}
	if na == 0 {
		t.Error("no N/A answer")
	}
	if inc := out.Incomplete(); len(inc) != 1 || inc[0].Code != "KEC-HARAPAN" || inc[0].Counts.Missing != 2 {
		t.Errorf("incomplete units: %v", inc)
	}
	s := res.Summarize()
	for _, z := range []rubric.Zone{rubric.Hijau, rubric.Kuning, rubric.Merah} {
		if s.Zones[z] == 0 {
			t.Errorf("no unit in zone %s: %v", z, s.Zones)
		}
	}
	var byCode = map[string]*results.Unit{}
	for i := range res.Units {
		byCode[res.Units[i].Code] = &res.Units[i]
	}
	if u := byCode["DPMPTSP"]; u.Score == nil || *u.Score != 100 {
		t.Errorf("DPMPTSP answers every indicator Ya: %v", u.Score)
	}
}
