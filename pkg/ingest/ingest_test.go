package ingest_test

// Tests of the contract's identity and conflict rules across sheets and
// files, the choice of rubric, and inputs given as folders and results
// files. Workbooks are built from pkg/fixture descriptions.

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/resultbook"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

var (
	contoh = filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml")
	mixed  = filepath.Join("..", "..", "testdata", "rubrics", "uji-campuran.yaml")
)

// write builds each spec as a workbook in dir and returns the paths.
func write(t *testing.T, dir string, specs map[string]string) {
	t.Helper()
	for name, spec := range specs {
		if err := fixture.Write(filepath.Join(dir, name), spec); err != nil {
			t.Fatal(err)
		}
	}
}

func keys(ps msg.Problems) string {
	var out []string
	for _, p := range ps {
		s := string(p.Key)
		if p.Severity == msg.Notice {
			s = "notice " + s
		}
		out = append(out, s)
	}
	return strings.Join(out, ",")
}

func unitByCode(t *testing.T, out *ingest.Outcome, code string) *results.Unit {
	t.Helper()
	for i := range out.Results.Units {
		if out.Results.Units[i].Code == code {
			return &out.Results.Units[i]
		}
	}
	t.Fatalf("no unit %s in %d units (%s)", code, len(out.Results.Units), keys(out.Problems))
	return nil
}

const full = `
1: Kode Unit | %s
3: Kode | Jawaban
4: SP-01 | Ya
5: SP-02 | %s
6: SP-03 | Ya
7: SP-04 | Ya
8: SR-01 | Ya
9: SR-02 | Lengkap
10: SR-03 | Ya
`

func formSheet(sheet, code, sp02 string) string {
	return "sheet " + sheet + "\n" + strings.NewReplacer("%s", "").Replace(
		strings.Replace(strings.Replace(full, "%s", code, 1), "%s", sp02, 1))
}

func TestSameUnitTwoPlaces(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a.xlsx": formSheet("A", "u1", "Ya") + formSheet("B", "U2", "Ya"),
		"b.xlsx": formSheet("A", " U1 ", "Tidak"), // same unit, another answer
		"c.xlsx": formSheet("A", "u2", "ya"),      // same unit, same answers
	})
	out := ingest.Load([]string{filepath.Join(dir, "a.xlsx"), filepath.Join(dir, "b.xlsx"), filepath.Join(dir, "c.xlsx")}, ingest.Options{Rubric: contoh})
	if got := keys(out.Problems); got != "ingest.duplicate-unit,notice ingest.duplicate-unit-same" {
		t.Fatalf("problems %s", got)
	}
	p := out.Problems[0]
	if !strings.HasSuffix(p.File, "b.xlsx") || !strings.Contains(p.Text(msg.EN), "a.xlsx › A › B1") {
		t.Fatalf("the error must name both places: %s", p.Text(msg.EN))
	}
	if !out.Invalid() || len(out.Results.Units) != 1 || out.Results.Units[0].Code != "U2" {
		t.Fatalf("the conflicting unit must not be scored: %d units", len(out.Results.Units))
	}
}

// A unit's observations in a form sheet and its respondents in a wide
// Responden sheet of another file combine into one unit.
func TestObservationsAndSurvey(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"form.xlsx": `
sheet OPD-1
1: Kode Unit | OPD-1
2: Jenis Unit | opd
4: Kode | Jawaban
5: C-1 | Ya
6: C-2 | N/A
7: L-1 | 2
8: P-1 | Sebagian
9: N-1 | 30,5
10: O-1 | Ya
`,
		"survei.xlsx": `
sheet Responden
1: Kode Unit | Responden | S-1 | S-2 | Jenis Unit
2: OPD-1 | 1 | 4 | 4 | opd
3: OPD-1 | 2 | 3 | 4
4: opd-1 | 3 | Baik | 2
5: OPD-1 | 4 | |
`,
	})
	out := ingest.Load([]string{dir}, ingest.Options{Rubric: mixed})
	if out.Invalid() {
		t.Fatalf("problems %s", keys(out.Problems))
	}
	u := unitByCode(t, out, "OPD-1")
	// OBS: C-1 1, L-1 2/3, P-1 0.5 (weight 2), N-1 (30.5−60)/(0−60),
	// O-1 1; C-2 N/A leaves. SRV: S-1 mean (4+3+3)/3, S-2 (4+4+2)/3,
	// each scaled (m−1)/3. Total = (3·OBS + 1·SRV) / 4.
	obs := (1 + 2.0/3 + 2*0.5 + 29.5/60 + 1) / 6
	srv := ((10.0/3-1)/3 + (10.0/3-1)/3) / 2
	want := math.Round((3*obs+srv)/4*100*100) / 100
	if u.Score == nil || *u.Score != want {
		t.Fatalf("score %v, want %v (%s)", u.Score, want, u.Status)
	}
	s1 := u.Indicators[6]
	if out.Results.Rubric.Indicators()[6].Code != "S-1" || s1.Respondents != 3 || s1.Value != 10.0/3 {
		t.Fatalf("S-1 %+v", s1)
	}
	// The respondents' survey comes with the unit's survey part, whichever
	// file came first.
	if u.Survey == nil || u.Survey.Respondents != 3 || u.Survey.Item("S-2").Counts[1] != 1 {
		t.Fatalf("survey %+v", u.Survey)
	}
}

func TestRubricChoice(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"named.xlsx":   "sheet S\n1: Kode Unit | X\n2: Rubrik | skm-2017\n4: Kode | Jawaban\n5: U1 | 4\n",
		"custom.xlsx":  "sheet S\n1: Kode Unit | X\n2: Rubrik | contoh\n4: Kode | Jawaban\n5: SP-01 | Ya\n",
		"plain.xlsx":   "sheet S\n1: Kode Unit | X\n3: Kode | Jawaban\n4: SP-01 | Ya\n",
		"ombuds.xlsx":  "sheet S\n1: Kode Unit | X\n2: Rubrik | ombudsman-2019\n4: Kode | Jawaban\n5: SP-01 | Ya\n",
		"ombuds2.xlsx": "sheet S\n1: Kode Unit | Y\n2: Rubrik | OMBUDSMAN-2019\n4: Kode | Jawaban\n5: SP-01 | Ya\n",
	})
	p := func(n string) string { return filepath.Join(dir, n) }
	// The workbook's own built-in rubric is used.
	out := ingest.Load([]string{p("ombuds.xlsx"), p("ombuds2.xlsx")}, ingest.Options{})
	if out.Results == nil || out.Results.Rubric.ID != "ombudsman-2019" {
		t.Fatalf("rubric: %s", keys(out.Problems))
	}
	// A rubric that is not built in must be named with --rubric.
	out = ingest.Load([]string{p("custom.xlsx")}, ingest.Options{})
	if out.Results != nil || keys(out.Problems) != "ingest.rubric-not-builtin" || out.Problems[0].Hint != msg.HintPassRubric {
		t.Fatalf("custom: %s", keys(out.Problems))
	}
	// Workbooks naming different rubrics cannot be scored together.
	out = ingest.Load([]string{p("named.xlsx"), p("ombuds.xlsx")}, ingest.Options{})
	if out.Results != nil || keys(out.Problems) != "ingest.many-rubrics" {
		t.Fatalf("many: %s", keys(out.Problems))
	}
	// None named: the default, with a notice.
	out = ingest.Load([]string{p("plain.xlsx")}, ingest.Options{})
	if out.Results == nil || out.Results.Rubric.ID != rubric.DefaultID || !strings.HasPrefix(keys(out.Problems), "notice ingest.default-rubric") {
		t.Fatalf("default: %s", keys(out.Problems))
	}
}

func TestFoldersAndFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a.xlsx":   formSheet("A", "U1", "Ya"),
		"~$a.xlsx": formSheet("A", "U9", "Ya"),
		".b.xlsx":  formSheet("A", "U8", "Ya"),
	})
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	out := ingest.Load([]string{dir, filepath.Join(dir, "a.xlsx"), filepath.Join(dir, "~$a.xlsx"), empty}, ingest.Options{Rubric: contoh})
	if got := keys(out.Problems); got != "notice ingest.same-file-twice,notice ingest.lock-file,ingest.empty-folder" {
		t.Fatalf("problems %s", got)
	}
	if len(out.Results.Units) != 1 || len(out.Results.Inputs) != 1 {
		t.Fatalf("units %d inputs %d", len(out.Results.Units), len(out.Results.Inputs))
	}
	in := out.Results.Inputs[0]
	data, _ := os.ReadFile(filepath.Join(dir, "a.xlsx"))
	if in.Size != int64(len(data)) || len(in.SHA256) != 64 {
		t.Fatalf("input %+v", in)
	}
}

// Results JSON is an input too: its units come back as they were scored.
func TestResultsJSONInput(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.xlsx": formSheet("A", "U1", "Tidak")})
	first := ingest.Load([]string{dir}, ingest.Options{Rubric: contoh})
	var buf bytes.Buffer
	if err := results.WriteJSON(&buf, first.Results); err != nil {
		t.Fatal(err)
	}
	jsonPath := filepath.Join(t.TempDir(), "hasil.json")
	if err := os.WriteFile(jsonPath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	again := ingest.Load([]string{jsonPath}, ingest.Options{})
	if again.Invalid() || len(again.Results.Units) != 1 || *again.Results.Units[0].Score != *first.Results.Units[0].Score {
		t.Fatalf("reloaded: %s", keys(again.Problems))
	}
	if again.Results.Inputs[0].SHA256 != first.Results.Inputs[0].SHA256 {
		t.Fatal("the original inputs must be kept")
	}
	// With another rubric it is refused.
	other := ingest.Load([]string{jsonPath}, ingest.Options{Rubric: "ombudsman-2019"})
	if keys(other.Problems) != "ingest.results-rubric" {
		t.Fatalf("other rubric: %s", keys(other.Problems))
	}
}

func TestUnitMetadataConflict(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"form.xlsx": "sheet F\n1: Kode Unit | OPD-1\n2: Jenis Unit | opd\n4: Kode | Jawaban\n5: C-1 | Ya\n",
		"resp.xlsx": "sheet R\n1: Kode Unit | Jenis Unit | S-1 | S-2\n2: OPD-1 | desa | 4 | 4\n",
	})
	out := ingest.Load([]string{dir}, ingest.Options{Rubric: mixed})
	if keys(out.Problems) != "sheet.conflict-meta" {
		t.Fatalf("problems %s", keys(out.Problems))
	}
}

// A results workbook (score --xlsx) is an input like results JSON; a form
// written by kepatuhan form, which has a hidden sheet of its own, is not
// mistaken for one.
func TestResultsWorkbookInput(t *testing.T) {
	example := filepath.Join("..", "..", "testdata", "example", "penilaian-2024.xlsx")
	first := ingest.Load([]string{example}, ingest.Options{})
	if first.Invalid() {
		t.Fatalf("example: %s", keys(first.Problems))
	}
	book := filepath.Join(t.TempDir(), "hasil.xlsx")
	var wb bytes.Buffer
	if err := resultbook.Write(&wb, first.Results, resultbook.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(book, wb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	again := ingest.Load([]string{book}, ingest.Options{})
	if again.Invalid() || len(again.Results.Units) != len(first.Results.Units) {
		t.Fatalf("results workbook: %s", keys(again.Problems))
	}
	var a, b bytes.Buffer
	results.WriteJSON(&a, first.Results)
	results.WriteJSON(&b, again.Results)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the results workbook did not give back the same results")
	}
}

// What a folder means: the workbooks directly inside it. A subfolder
// (last year's archive) and a results file left by an earlier run are
// not read but named; they used to be read, and the year's two units
// became five, with last year's scores in the region's.
func TestFolderMeaning(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a.xlsx": formSheet("A", "U1", "Ya"),
		"b.xlsx": formSheet("B", "U2", "Tidak"),
	})
	arsip := filepath.Join(dir, "arsip-2023")
	if err := os.Mkdir(arsip, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, arsip, map[string]string{"lama.xlsx": formSheet("A", "U3", "Ya")})
	old := ingest.Load([]string{arsip}, ingest.Options{Rubric: contoh})
	var buf bytes.Buffer
	if err := results.WriteJSON(&buf, old.Results); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "hasil-2023.json"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(dir, "hasil-2023.xlsx")
	writeResultBook(t, book, old.Results)
	out := ingest.Load([]string{dir}, ingest.Options{Rubric: contoh})
	if out.Invalid() || len(out.Results.Units) != 2 {
		t.Fatalf("units %d, problems %s", len(out.Results.Units), keys(out.Problems))
	}
	want := "notice ingest.skipped-folder,notice ingest.skipped-results,notice ingest.skipped-results"
	if got := keys(out.Problems); got != want {
		t.Fatalf("problems %s, want %s", got, want)
	}
	for i, name := range []string{"arsip-2023", "hasil-2023.json", "hasil-2023.xlsx"} {
		if got := out.Problems[i].File; got != filepath.Join(dir, name) {
			t.Errorf("notice %d names %q, want %s", i, got, name)
		}
	}
	// Named, a results file is read.
	json := filepath.Join(dir, "hasil-2023.json")
	if got := ingest.Load([]string{json}, ingest.Options{}); got.Invalid() || len(got.Results.Units) != 1 {
		t.Fatalf("named: %s", keys(got.Problems))
	}
	// A folder of results files only gives nothing to read.
	only := t.TempDir()
	if err := os.WriteFile(filepath.Join(only, "hasil.json"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := keys(ingest.Load([]string{only}, ingest.Options{}).Problems); got != "notice ingest.skipped-results,ingest.empty-folder" {
		t.Fatalf("folder of results: %s", got)
	}
}

// Units of two periods in one run are an error naming both: a workbook
// of last year (or its results file, named) among this year's changed
// the region's score silently.
func TestMixedPeriods(t *testing.T) {
	dir := t.TempDir()
	year := func(code, y string) string {
		return strings.Replace(formSheet("S", code, "Ya"), "3: Kode", "2: Tahun | "+y+"\n3: Kode", 1)
	}
	write(t, dir, map[string]string{
		"a.xlsx": year("U1", "2024"),
		"b.xlsx": year("U2", "#n:2024"),
		"c.xlsx": year("U3", "2023"),
		"d.xlsx": formSheet("S", "U4", "Ya"), // no year: of any
	})
	out := ingest.Load([]string{dir}, ingest.Options{Rubric: contoh})
	if got := keys(out.Problems); got != "ingest.mixed-periods" {
		t.Fatalf("problems %s", got)
	}
	p := out.Problems[0]
	if p.File != filepath.Join(dir, "c.xlsx") || p.Cell != "B1" {
		t.Errorf("located at %s", p.Where())
	}
	text := p.Text(msg.EN)
	for _, want := range []string{"U3", "2023", "U1", "2024", filepath.Join(dir, "a.xlsx")} {
		if !strings.Contains(text, want) {
			t.Errorf("%q does not name %s", text, want)
		}
	}
	if ok := ingest.Load([]string{dir}, ingest.Options{Rubric: contoh, MixedPeriods: true}); ok.Invalid() || len(ok.Results.Units) != 4 {
		t.Fatalf("MixedPeriods: %s", keys(ok.Problems))
	}
}

// writeResultBook writes res as a results workbook at path.
func writeResultBook(t *testing.T, path string, res *results.Results) {
	t.Helper()
	var b bytes.Buffer
	if err := resultbook.Write(&b, res, resultbook.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A results file whose stored score or values disagree with its own
// answers was re-scored silently by report and diff (its answers win,
// rightly). The re-scoring stays; each disagreement is a note naming the
// unit and both values. A file written by score gives no note.
func TestResultsRescoredNoted(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.xlsx": formSheet("A", "U1", "Tidak")})
	first := ingest.Load([]string{dir}, ingest.Options{Rubric: contoh})
	var buf bytes.Buffer
	if err := results.WriteJSON(&buf, first.Results); err != nil {
		t.Fatal(err)
	}
	clean := filepath.Join(dir, "hasil.json")
	if err := os.WriteFile(clean, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := ingest.Load([]string{clean}, ingest.Options{}); got.Invalid() || len(got.Problems) != 0 {
		t.Fatalf("a file written by score: %s", keys(got.Problems))
	}
	want := *first.Results.Units[0].Score
	for _, c := range []struct {
		name, from, to string
		notes          string
		text           string
	}{
		{"score", `"score":85`, `"score":100`, "notice ingest.rescored", "unit U1: the stored score 100.00 does not follow from its own answers, which give 85.00"},
		{"value", `"answer":"Tidak","value":0`, `"answer":"Tidak","value":1`, "notice ingest.rescored-answer", `unit U1, indicator SP-02: the stored value 1 does not match the answer "Tidak" (0)`},
		{"answer", `"answer":"Tidak"`, `"answer":"Ya"`, "notice ingest.rescored-answer,notice ingest.rescored", `the stored value 0 does not match the answer "Ya" (1)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			edited := strings.Replace(buf.String(), c.from, c.to, 1)
			if edited == buf.String() {
				t.Fatalf("the test did not edit the file:\n%s", buf.String())
			}
			path := filepath.Join(t.TempDir(), "hasil.json")
			if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
				t.Fatal(err)
			}
			out := ingest.Load([]string{path}, ingest.Options{})
			if got := keys(out.Problems); got != c.notes || out.Invalid() {
				t.Fatalf("problems %s, want %s", got, c.notes)
			}
			p := out.Problems[0]
			if p.File != path || !strings.Contains(p.Text(msg.EN), c.text) {
				t.Errorf("note: %s", p.Text(msg.EN))
			}
			u := out.Results.Units[0]
			if c.name != "answer" && *u.Score != want {
				t.Errorf("score %v, want %v from the answers", *u.Score, want)
			}
			if c.name == "answer" && *u.Score != 100 {
				t.Errorf("score %v, want 100 from the edited answers", *u.Score)
			}
		})
	}
}

// After a tampered results file is refused, no note about the default
// rubric follows: there is nothing left to score.
func TestRefusedResultsNoDefaultRubric(t *testing.T) {
	for _, c := range []struct{ text, at string }{
		{`{"schema": "kepatuhan/results/v1", "units": [{"code": "U1", "score": "80"}]}`, "1:70"},
		{`{"schema":"kepatuhan/results/v2","units":[` + "\n" + `{"code":"U1","score":"80"}]}`, "2:22"},
	} {
		path := filepath.Join(t.TempDir(), "hasil.json")
		if err := os.WriteFile(path, []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		out := ingest.Load([]string{path}, ingest.Options{})
		if got := keys(out.Problems); got != "results.want-number" {
			t.Fatalf("problems %s", got)
		}
		p := out.Problems[0]
		if got := p.Text(msg.EN); got != path+":"+c.at+`: invalid results file: units.score must be a number, found "80"` {
			t.Errorf("message: %s", got)
		}
		if got := p.Text(msg.ID); strings.Contains(got, "jsonUnit") || !strings.Contains(got, "harus berupa angka") {
			t.Errorf("pesan: %s", got)
		}
	}
}

// A results workbook whose hidden results sheet was edited is refused —
// and then nothing more is said: a note followed that the default rubric
// ombudsman-2019 was used, for nothing.
func TestTamperedResultsWorkbookAlone(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.xlsx": formSheet("A", "U1", "Tidak")})
	first := ingest.Load([]string{filepath.Join(dir, "a.xlsx")}, ingest.Options{Rubric: contoh})
	book := filepath.Join(dir, "hasil.xlsx")
	writeResultBook(t, book, first.Results)
	zr, err := zip.OpenReader(book)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	edited := false
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		if i := bytes.Index(data, []byte(`"score":`)); i >= 0 && !edited {
			data, edited = append(append(data[:i:i], `"score":9`...), data[i+len(`"score":`)+1:]...), true
		}
		w, _ := zw.Create(zf.Name)
		w.Write(data)
	}
	zr.Close()
	zw.Close()
	if !edited {
		t.Fatal("the test did not edit the hidden sheet")
	}
	tampered := filepath.Join(dir, "ubah.xlsx")
	if err := os.WriteFile(tampered, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got := ingest.Load([]string{tampered}, ingest.Options{})
	if len(got.Problems) != 1 || !got.Invalid() || got.Results != nil {
		t.Fatalf("problems %s", keys(got.Problems))
	}
}
