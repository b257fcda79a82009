package card

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func loadRubric(t testing.TB, path string) *rubric.Rubric {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := rubric.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// fixture builds results the way a reader and the scorer would.
type fixture struct {
	t     testing.TB
	res   *results.Results
	sheet *results.Sheet
}

func newFixture(t testing.TB, r *rubric.Rubric, file string) *fixture {
	in := results.Input{Path: "data/" + file, Name: file, SHA256: strings.Repeat("0123456789abcdef", 4), Size: 1234}
	return &fixture{
		t:     t,
		res:   &results.Results{Tool: "kepatuhan 0.1.0-test", Rubric: r, Inputs: []results.Input{in}},
		sheet: &results.Sheet{File: in.Path, Sheet: "Observasi"},
	}
}

type answers map[string]string

// unit adds a unit answered with a (survey answers as space-separated
// responses), notes keyed by code, and scores it.
func (f *fixture) unit(code, name, typ string, a answers, notes map[string]results.Remark) *results.Unit {
	r := f.res.Rubric
	u := score.NewUnit(r, code)
	u.Name, u.Type = name, typ
	u.Region, u.Period = "Kabupaten Contoh", "2024"
	u.Assessor, u.Date = "Budi Santoso", "2024-08-12"
	u.Sources = []results.Place{{Sheet: f.sheet}}
	col := int32(4 + len(f.res.Units))
	for i, ind := range r.Indicators() {
		ir := &u.Indicators[i]
		ir.Source = results.Place{Sheet: f.sheet, Row: int32(5 + i), Col: col}
		if n, ok := notes[ind.Code]; ok {
			n := n
			ir.SetRemark(&n)
		}
		text, ok := a[ind.Code]
		if !ok {
			continue
		}
		if ind.Type == rubric.Surv {
			for _, resp := range strings.Fields(text) {
				p, prob := score.ParseAnswer(ind, resp)
				if prob != nil {
					f.t.Fatalf("%s %q: %v", ind.Code, resp, prob)
				}
				ir.Value += p.Value
				ir.Respondents++
			}
			ir.Status = results.Answered
			continue
		}
		p, prob := score.ParseAnswer(ind, text)
		if prob != nil {
			f.t.Fatalf("%s %q: %v", ind.Code, text, prob)
		}
		ir.Answer = text
		if p.NA {
			ir.Status = results.NA
		} else {
			ir.Status, ir.Value = results.Answered, p.Value
		}
	}
	score.Unit(r, &u)
	f.res.Units = append(f.res.Units, u)
	return &f.res.Units[len(f.res.Units)-1]
}

// pdftotext returns the text of a PDF laid out as on the page.
func pdftotext(t testing.TB, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: cannot read cards back; apt-get install poppler-utils")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// pages splits pdftotext's output into pages.
func pages(text string) []string {
	return strings.Split(strings.TrimRight(text, "\f\n"), "\f")
}

// squash collapses runs of white space, so that checks do not depend on
// layout.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func mustContain(t testing.TB, what, text string, wants ...string) {
	t.Helper()
	flat := squash(text)
	for _, w := range wants {
		if !strings.Contains(flat, squash(w)) {
			t.Errorf("%s: %q not found in:\n%s", what, w, text)
		}
	}
}

func mustNotContain(t testing.TB, what, text string, bad ...string) {
	t.Helper()
	flat := squash(text)
	for _, w := range bad {
		if strings.Contains(flat, squash(w)) {
			t.Errorf("%s: %q should not appear in:\n%s", what, w, text)
		}
	}
}

func writeOne(t testing.TB, res *results.Results, o Options) (dir string, paths []string) {
	t.Helper()
	dir = t.TempDir()
	paths, err := writeCards(dir, res, o)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != len(res.Units) {
		t.Fatalf("%d paths for %d units", len(paths), len(res.Units))
	}
	return dir, paths
}

func listDir(t testing.TB, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

var _ = fmt.Sprintf
var _ = filepath.Join
