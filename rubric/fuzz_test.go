package rubric

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// FuzzParse feeds arbitrary bytes to Parse, as a district's hand-edited
// rubric file may hold anything. Parse must never panic; a failure must
// be msg.Problems naming the file, each in the catalog and rendering in
// both languages; a success must survive its canonical form: Canonical()
// parses back to a rubric with the same hash, and so does every variant.
//
// Seeds: the built-in rubrics, the test rubrics, the corpus of broken
// rubrics and the built-ins' canonical JSON.
func FuzzParse(f *testing.F) {
	var files []string
	for _, pattern := range []string{"builtin/*.yaml", "../testdata/rubrics/*.yaml", "../testdata/rubrics/broken/*.yaml"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 30 {
		f.Fatalf("only %d seed rubrics", len(files))
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	all, err := Builtins()
	if err != nil {
		f.Fatal(err)
	}
	for _, r := range all {
		f.Add(r.Canonical())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const file = "fuzz.yaml"
		r, err := Parse(file, data)
		if err != nil {
			checkProblems(t, file, err)
			return
		}
		if r.Hash() == "" || len(r.Indicators()) == 0 || len(r.Bands) == 0 {
			t.Fatalf("parsed rubric %s: hash %q, %d indicators, %d bands", r.ID, r.Hash(), len(r.Indicators()), len(r.Bands))
		}
		again, err := Parse("canonical.json", r.Canonical())
		if err != nil {
			t.Fatalf("the canonical form of %s does not parse: %v\n%s", r.ID, err, r.Canonical())
		}
		if again.Hash() != r.Hash() {
			t.Fatalf("the canonical form of %s parses to another rubric:\n%s\n%s", r.ID, r.Canonical(), again.Canonical())
		}
		for _, v := range r.Variants {
			vr, err := r.WithVariant(v.ID)
			if err != nil {
				checkProblems(t, file, err)
				continue
			}
			back, err := Parse("variant.json", vr.Canonical())
			if err != nil {
				t.Fatalf("the canonical form of %s@%s does not parse: %v", r.ID, v.ID, err)
			}
			if back.Hash() != vr.Hash() {
				t.Fatalf("the canonical form of %s@%s parses to another rubric", r.ID, v.ID)
			}
		}
	})
}

// checkProblems checks a failure to parse: msg.Problems, each naming a
// file (the rubric's, or the rubric's with @variant), in the catalog, and
// rendering cleanly in both languages.
func checkProblems(t *testing.T, file string, err error) {
	t.Helper()
	var ps msg.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error %T %v, want msg.Problems", err, err)
	}
	if !ps.HasErrors() {
		t.Fatalf("a failure without an error: %v", ps)
	}
	for _, p := range ps {
		if !strings.HasPrefix(p.File, file) {
			t.Errorf("problem %s names file %q, want %q", p.Key, p.File, file)
		}
		if !msg.Has(p.Key) || (p.Hint != "" && !msg.Has(p.Hint)) {
			t.Errorf("problem %s / hint %s is not in the catalog", p.Key, p.Hint)
		}
		for _, lang := range []msg.Lang{msg.ID, msg.EN} {
			if s := p.Text(lang) + p.HintText(lang); strings.Contains(withoutArgs(s, p), "%!") {
				t.Errorf("badly formatted message: %s", s)
			}
		}
	}
}

// withoutArgs removes the text of a problem's arguments from its rendered
// message, so that a "%!" the input itself holds (a key, a cell) is not
// taken for a formatting mistake.
func withoutArgs(s string, p msg.Problem) string {
	for _, a := range append(append([]any{}, p.Args...), p.HintArgs...) {
		if t := fmt.Sprint(a); t != "" {
			s = strings.ReplaceAll(s, t, "")
			s = strings.ReplaceAll(s, fmt.Sprintf("%q", t), "")
		}
	}
	return s
}
