package submissions_test

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/exportfixture"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// roundTripRubrics are every built-in rubric and variant, and the test
// rubrics with a number indicator and a mixed kind; with the --rubric
// value that names each.
func roundTripRubrics(t *testing.T) map[string]*rubric.Rubric {
	t.Helper()
	out := map[string]*rubric.Rubric{}
	bs, err := rubric.Builtins()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range bs {
		out[r.Ref()] = r
		for _, v := range r.Variants {
			rv, err := r.WithVariant(v.ID)
			if err != nil {
				t.Fatal(err)
			}
			out[rv.Ref()] = rv
		}
	}
	for _, f := range []string{"langkat-desa-2025.yaml", "uji-campuran.yaml"} {
		path := filepath.Join("..", "..", "testdata", "rubrics", f)
		r, err := rubric.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		out[path] = r
	}
	return out
}

// exportKind is one way the server gives the submissions back.
type exportKind struct {
	name  string
	file  string
	write func(path string, f *xlsform.Form, subs []exportfixture.Submission, o exportfixture.Options) error
	o     exportfixture.Options
	// repeats: the export carries a repeat group's rows
	repeats bool
}

var exportKinds = []exportKind{
	{"kobo-xlsx-xml", "kobo.xlsx", exportfixture.KoboXLSX, exportfixture.Options{MediaURLs: true}, true},
	{"kobo-xlsx-labels-id", "kobo-label.xlsx", exportfixture.KoboXLSX, exportfixture.Options{Lang: xlsform.LangID}, true},
	{"kobo-xlsx-labels-en-nogroups-valuelabels", "kobo-en.xlsx", exportfixture.KoboXLSX,
		exportfixture.Options{Lang: xlsform.LangEN, NoGroups: true, ValueLabels: true, MediaURLs: true}, true},
	{"kobo-csv", "kobo.csv", exportfixture.KoboCSV, exportfixture.Options{}, false},
	{"kobo-csv-comma-labels", "kobo-label.csv", exportfixture.KoboCSV, exportfixture.Options{Comma: ',', Lang: xlsform.LangID}, false},
	{"odk-zip", "submissions.csv.zip", exportfixture.ODKZip, exportfixture.Options{}, true},
	{"odk-main-csv", "odk-utama.csv", odkMainCSV, exportfixture.Options{}, false},
}

// odkMainCSV writes the main CSV of an ODK Central zip alone, as a user
// who unpacked the zip might give it.
func odkMainCSV(path string, f *xlsform.Form, subs []exportfixture.Submission, o exportfixture.Options) error {
	zipPath := path + ".zip"
	defer os.Remove(zipPath)
	if err := exportfixture.ODKZip(zipPath, f, subs, o); err != nil {
		return err
	}
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return err
	}
	defer zr.Close()
	rc, err := zr.Open(f.Setting("form_id") + ".csv")
	if err != nil {
		return err
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// TestRoundTrip is the phone route end to end, for every built-in
// rubric: the form is written and read back from its file, submissions
// of every unit are synthesised from it and exported as KoboToolbox
// (xlsx with XML or label headers, CSV) and ODK Central
// (submissions.csv.zip) would export them, and each export scores
// exactly as the Excel form filled with the same answers: the same
// units, scores, bands, and every indicator's status, value, answer
// text, respondents, note and evidence.
func TestRoundTrip(t *testing.T) {
	const respondents = 4
	// What the answers exercised, over every rubric: the comparison
	// would prove little without N/A, notes, photos and respondents.
	var na, notes, photos, pooled int
	defer func() {
		if na == 0 || notes == 0 || photos == 0 || pooled == 0 {
			t.Errorf("the answers hold %d N/A, %d notes, %d photos, %d pooled respondents", na, notes, photos, pooled)
		}
	}()
	for ref, r := range roundTripRubrics(t) {
		t.Run(filepath.Base(ref), func(t *testing.T) {
			dir := t.TempDir()
			units := testUnits(r)
			formPath := filepath.Join(dir, "form.xlsx")
			if err := xlsform.WriteFile(formPath, r, units); err != nil {
				t.Fatal(err)
			}
			f, err := xlsform.ReadFile(formPath)
			if err != nil {
				t.Fatal(err)
			}
			if ps := xlsform.Check(f, formPath); len(ps) > 0 {
				t.Fatal(ps)
			}
			plan := xlsform.NewPlan(r)
			fs := fill(r, plan, units, respondents)
			subs := makeSubmissions(r, plan, fs)
			want := load(t, []string{excelForm(t, r, fs, respondents)}, ingest.Options{Rubric: ref})
			if len(want.Units) != len(units) {
				t.Fatalf("the Excel form gave %d units, want %d", len(want.Units), len(units))
			}
			for _, u := range want.Units {
				for _, ir := range u.Indicators {
					switch {
					case ir.Status == results.NA:
						na++
					case ir.Respondents > 1:
						pooled++
					}
					if ir.Note() != "" {
						notes++
					}
					if ir.Evidence() != "" {
						photos++
					}
				}
			}
			for _, k := range exportKinds {
				if !k.repeats && plan.Repeat != nil {
					continue // checked by TestKoboCSVDropsRepeats
				}
				t.Run(k.name, func(t *testing.T) {
					path := filepath.Join(dir, k.file)
					if err := k.write(path, f, subs, k.o); err != nil {
						t.Fatal(err)
					}
					o := ingest.Options{Rubric: ref}
					if rubric.IsBuiltin(ref) {
						o.Rubric = "" // the export names its rubric
					}
					got := load(t, []string{path}, o)
					same(t, want, got)
				})
			}
		})
	}
}

// load scores inputs and fails on any error.
func load(t *testing.T, paths []string, o ingest.Options) *results.Results {
	t.Helper()
	out := ingest.Load(paths, o)
	for _, p := range out.Problems {
		if p.Severity == msg.Error {
			t.Errorf("%s", p.Text(msg.EN))
		}
	}
	if out.Results == nil || out.Invalid() {
		t.FailNow()
	}
	return out.Results
}

// same compares two runs' units.
func same(t *testing.T, want, got *results.Results) {
	t.Helper()
	if want.Rubric.Hash() != got.Rubric.Hash() {
		t.Fatalf("rubric %s, want %s", got.Rubric.Ref(), want.Rubric.Ref())
	}
	byCode := map[string]*results.Unit{}
	for i := range got.Units {
		byCode[got.Units[i].Code] = &got.Units[i]
	}
	if len(got.Units) != len(want.Units) {
		t.Errorf("%d units, want %d", len(got.Units), len(want.Units))
	}
	for i := range want.Units {
		w := &want.Units[i]
		g := byCode[w.Code]
		if g == nil {
			t.Errorf("unit %s missing", w.Code)
			continue
		}
		if w.Status != g.Status || fmt.Sprint(deref(w.Score)) != fmt.Sprint(deref(g.Score)) || w.Raw != g.Raw || w.Zone() != g.Zone() || w.Grade() != g.Grade() {
			t.Errorf("%s: %v %v %v %q, want %v %v %v %q", w.Code, g.Status, deref(g.Score), g.Raw, g.Zone(), w.Status, deref(w.Score), w.Raw, w.Zone())
		}
		for _, m := range [][3]string{{"name", w.Name, g.Name}, {"type", w.Type, g.Type}, {"region", w.Region, g.Region},
			{"period", w.Period, g.Period}, {"assessor", w.Assessor, g.Assessor}, {"date", w.Date, g.Date}} {
			if m[1] != "" && m[1] != m[2] {
				t.Errorf("%s: %s %q, want %q", w.Code, m[0], m[2], m[1])
			}
		}
		if w.Counts != g.Counts {
			t.Errorf("%s: counts %+v, want %+v", w.Code, g.Counts, w.Counts)
		}
		for j := range w.Indicators {
			a, b := &w.Indicators[j], &g.Indicators[j]
			if a.Status != b.Status || a.Value != b.Value || a.Answer != b.Answer || a.Respondents != b.Respondents ||
				a.Fraction != b.Fraction || a.Note() != b.Note() || a.Evidence() != b.Evidence() {
				t.Errorf("%s %s: %v %v %q (%d) note %q evidence %q, want %v %v %q (%d) note %q evidence %q", w.Code, want.Rubric.Indicators()[j].Code,
					b.Status, b.Value, b.Answer, b.Respondents, b.Note(), b.Evidence(),
					a.Status, a.Value, a.Answer, a.Respondents, a.Note(), a.Evidence())
			}
		}
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}
