package submissions_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/exportfixture"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/submissions"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// scene is a phone form of a rubric and its submissions, ready to be
// spoiled one way and exported.
type scene struct {
	r     *rubric.Rubric
	ref   string // the --rubric value
	plan  *xlsform.Plan
	form  *xlsform.Form
	units []xlsform.Unit
	fs    []filled
	subs  []exportfixture.Submission
	dir   string
}

func newScene(t testing.TB, ref string) *scene {
	t.Helper()
	r, err := rubric.Load(ref)
	if err != nil {
		t.Fatal(err)
	}
	s := &scene{r: r, ref: ref, plan: xlsform.NewPlan(r), units: testUnits(r), dir: t.TempDir()}
	path := filepath.Join(s.dir, "form.xlsx")
	if err := xlsform.WriteFile(path, r, s.units); err != nil {
		t.Fatal(err)
	}
	if s.form, err = xlsform.ReadFile(path); err != nil {
		t.Fatal(err)
	}
	s.fs = fill(r, s.plan, s.units, 3)
	s.subs = makeSubmissions(r, s.plan, s.fs)
	return s
}

// export writes the submissions as one kind of export.
func (s *scene) export(t testing.TB, k exportKind) string {
	t.Helper()
	path := filepath.Join(s.dir, k.file)
	if err := k.write(path, s.form, s.subs, k.o); err != nil {
		t.Fatal(err)
	}
	return path
}

func kind(name string) exportKind {
	for _, k := range exportKinds {
		if k.name == name {
			return k
		}
	}
	panic(name)
}

// problem finds the first problem with key; it fails the test when there
// is none.
func problem(t *testing.T, ps msg.Problems, key msg.Key) msg.Problem {
	t.Helper()
	for _, p := range ps {
		if p.Key == key {
			return p
		}
	}
	var all []string
	for _, p := range ps {
		all = append(all, string(p.Key)+": "+p.Text(msg.EN))
	}
	t.Fatalf("no %s among:\n%s", key, strings.Join(all, "\n"))
	return msg.Problem{}
}

// cellOf returns the cell of a header in the first row of a Kobo
// workbook's sheet, and of row in the same column.
func cellOf(t *testing.T, path, sheet, header string, row int) string {
	t.Helper()
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if sheet == "" {
		sheet = x.GetSheetList()[0]
	}
	rows, err := x.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for j, h := range rows[0] {
		if h == header {
			c, _ := excelize.CoordinatesToCellName(j+1, row)
			return c
		}
	}
	t.Fatalf("no header %q in %s", header, sheet)
	return ""
}

// TestFormVersion: submissions made with the form of another version of
// the rubric are refused at their rubric stamp, unless --force-rubric.
func TestFormVersion(t *testing.T) {
	s := newScene(t, "ombudsman-2019")
	s.subs[1].Values[xlsform.NameVersion] = "2018.1"
	s.subs[1].Values[xlsform.NameHash] = strings.Repeat("ab", 32)
	path := s.export(t, kind("kobo-xlsx-xml"))
	out := ingest.Load([]string{path}, ingest.Options{})
	p := problem(t, out.Problems, msg.PhoneFormVersion)
	if want := cellOf(t, path, "", xlsform.NameHash, 3); p.Cell != want || p.File != path || p.Sheet == "" {
		t.Errorf("at %s, want %s: %s", p.Where(), want, p.Text(msg.EN))
	}
	if !strings.Contains(p.Text(msg.EN), "2018.1") || !strings.Contains(p.Text(msg.EN), "2019.1") || !out.Invalid() {
		t.Errorf("%s (invalid %v)", p.Text(msg.EN), out.Invalid())
	}
	if len(out.Results.Units) != 0 {
		t.Errorf("%d units scored from an invalid export", len(out.Results.Units))
	}
	forced := ingest.Load([]string{path}, ingest.Options{ForceRubric: true})
	if forced.Invalid() || problem(t, forced.Problems, msg.PhoneFormVersionForced).Severity != msg.Notice {
		t.Errorf("--force-rubric: %v", forced.Problems)
	}
	// Another rubric's export, scored with this one.
	other := newScene(t, filepath.Join("..", "..", "testdata", "rubrics", "langkat-desa-2025.yaml"))
	out = ingest.Load([]string{other.export(t, kind("odk-zip"))}, ingest.Options{Rubric: "ombudsman-2019"})
	problem(t, out.Problems, msg.PhoneFormVersion)
	// An empty stamp cannot be trusted either.
	s.subs[1].Values[xlsform.NameHash] = ""
	out = ingest.Load([]string{s.export(t, kind("kobo-csv"))}, ingest.Options{})
	if p := problem(t, out.Problems, msg.PhoneNoStamp); p.Cell == "" || !out.Invalid() {
		t.Errorf("%s", p.Text(msg.EN))
	}
}

// TestUnitNotInList: with --units, a submission for another unit is
// refused at its unit cell, with the nearest code as a hint.
func TestUnitNotInList(t *testing.T) {
	s := newScene(t, "ombudsman-2019")
	s.subs[2].Values[xlsform.NameUnit] = "UNIT-0l"
	units := func(*rubric.Rubric) ([]xlsform.Unit, error) { return s.units, nil }
	for _, k := range []string{"kobo-xlsx-xml", "odk-zip"} {
		path := s.export(t, kind(k))
		out := ingest.Load([]string{path}, ingest.Options{UnitList: units, UnitsFile: "unit.csv"})
		p := problem(t, out.Problems, msg.PhoneUnitNotInList)
		if !strings.Contains(p.Text(msg.EN), `"UNIT-0l"`) || p.HintText(msg.EN) != `did you mean "UNIT-01"?` || p.Cell == "" {
			t.Errorf("%s: %s / %s", k, p.Text(msg.EN), p.HintText(msg.EN))
		}
		// Without the list, any unit is taken.
		if out := ingest.Load([]string{path}, ingest.Options{}); out.Invalid() {
			t.Errorf("%s without --units: %v", k, out.Problems)
		}
	}
}

// TestChoiceNotInRubric: a choice name the rubric's form does not have.
func TestChoiceNotInRubric(t *testing.T) {
	s := newScene(t, "ombudsman-2019")
	ind := s.r.Indicators()[0]
	name := s.plan.Answer(ind).Name
	s.subs[0].Values[name] = "mungkin"
	for _, k := range []string{"kobo-xlsx-xml", "kobo-csv", "odk-zip"} {
		path := s.export(t, kind(k))
		out := ingest.Load([]string{path}, ingest.Options{})
		p := problem(t, out.Problems, msg.PhoneChoiceUnknown)
		if !strings.Contains(p.Text(msg.EN), `"mungkin"`) || !strings.Contains(p.Text(msg.EN), ind.Code) ||
			p.HintText(msg.EN) != "accepted: ya, tidak" || p.Cell == "" || !out.Invalid() {
			t.Errorf("%s: %s / %s at %s", k, p.Text(msg.EN), p.HintText(msg.EN), p.Where())
		}
		if k == "kobo-xlsx-xml" {
			if want := cellOf(t, path, "", "grp_SP/"+name, 2); p.Cell != want {
				t.Errorf("at %s, want %s", p.Cell, want)
			}
		}
	}
}

// rezip copies a zip without the entries drop says.
func rezip(t *testing.T, path string, drop func(name string) bool) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if drop(f.Name) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, rc); err != nil {
			t.Fatal(err)
		}
		rc.Close()
	}
	zr.Close()
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestZipWithoutMainCSV: an ODK zip holding only repeats and media.
func TestZipWithoutMainCSV(t *testing.T) {
	s := newScene(t, "ombudsman-2023")
	path := s.export(t, kind("odk-zip"))
	rezip(t, path, func(name string) bool { return name == "ombudsman-2023.csv" })
	out := ingest.Load([]string{path}, ingest.Options{Rubric: "ombudsman-2023"})
	p := problem(t, out.Problems, msg.PhoneZipNoMain)
	if p.File != path || !out.Invalid() || p.HintText(msg.EN) == "" {
		t.Errorf("%s", p.Text(msg.EN))
	}
}

// TestRepeatWithoutParent: a respondent row whose submission is not in
// the export, in an ODK zip (PARENT_KEY) and a Kobo workbook
// (_parent_index).
func TestRepeatWithoutParent(t *testing.T) {
	s := newScene(t, "ombudsman-2023")
	// The ODK zip: drop the first submission from the main CSV.
	path := s.export(t, kind("odk-zip"))
	lost := "uuid:" + s.subs[0].ID
	editZip(t, path, "ombudsman-2023.csv", func(b []byte) []byte {
		var keep [][]byte
		for _, line := range bytes.SplitAfter(b, []byte("\n")) {
			if !bytes.Contains(line, []byte(lost)) {
				keep = append(keep, line)
			}
		}
		return bytes.Join(keep, nil)
	})
	out := ingest.Load([]string{path}, ingest.Options{})
	p := problem(t, out.Problems, msg.PhoneRepeatNoParent)
	if p.Sheet != "ombudsman-2023-responden.csv" || !strings.HasPrefix(p.Cell, columnOf(t, path, p.Sheet, "PARENT_KEY")) ||
		!strings.Contains(p.Text(msg.EN), lost) || !out.Invalid() {
		t.Errorf("at %s: %s", p.Where(), p.Text(msg.EN))
	}
	// The Kobo workbook: a respondent row pointing at row 99.
	path = s.export(t, kind("kobo-xlsx-xml"))
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cell := cellOf(t, path, "responden", "_parent_index", 2)
	if err := x.SetCellStr("responden", cell, "99"); err != nil {
		t.Fatal(err)
	}
	if err := x.Save(); err != nil {
		t.Fatal(err)
	}
	x.Close()
	out = ingest.Load([]string{path}, ingest.Options{})
	p = problem(t, out.Problems, msg.PhoneRepeatNoParent)
	if p.Sheet != "responden" || p.Cell != cell {
		t.Errorf("at %s, want responden › %s: %s", p.Where(), cell, p.Text(msg.EN))
	}
}

// editZip rewrites one entry of a zip.
func editZip(t *testing.T, path, entry string, edit func([]byte) []byte) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == entry {
			b = edit(b)
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	zr.Close()
	zw.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// columnOf returns the column letter of a header of a CSV in a zip.
func columnOf(t *testing.T, path, entry, header string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != entry {
			continue
		}
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		line, _, _ := strings.Cut(string(b), "\n")
		for j, h := range strings.Split(strings.TrimSpace(line), ",") {
			if h == header {
				return results.ColumnName(j + 1)
			}
		}
	}
	t.Fatalf("no %s in %s", header, entry)
	return ""
}

// TestLabelLanguage: a form that gained a Javanese translation in
// KoboToolbox, exported with Javanese label headers, which the rubric's
// form does not have.
func TestLabelLanguage(t *testing.T) {
	s := newScene(t, "ombudsman-2019")
	jv := "Javanese (jv)"
	sv := s.form.Survey
	sv.Header = append(sv.Header, "label::"+jv)
	for i := range sv.Rows {
		if l := sv.Get(i, "label::"+xlsform.LangID); l != "" {
			for len(sv.Rows[i]) < len(sv.Header)-1 {
				sv.Rows[i] = append(sv.Rows[i], "")
			}
			sv.Rows[i] = append(sv.Rows[i], "[jv] "+l)
		}
	}
	path := filepath.Join(s.dir, "kobo-jv.xlsx")
	if err := exportfixture.KoboXLSX(path, s.form, s.subs, exportfixture.Options{Lang: jv}); err != nil {
		t.Fatal(err)
	}
	out := ingest.Load([]string{path}, ingest.Options{})
	p := problem(t, out.Problems, msg.PhoneLabelLanguage)
	if !strings.Contains(p.Text(msg.EN), xlsform.LangID) || !strings.HasSuffix(p.Cell, "1") || !out.Invalid() {
		t.Errorf("at %s: %s", p.Where(), p.Text(msg.EN))
	}
}

// TestRevisit: a unit submitted twice is refused at the second
// submission's unit cell, naming both; --latest keeps the more recent,
// and says so; the same answers twice count once.
func TestRevisit(t *testing.T) {
	s := newScene(t, "ombudsman-2019")
	first := s.subs[0]
	again := exportfixture.Submission{ID: "bbbbbbbb-0000-4000-8000-000000000002", Time: first.Time.Add(26 * time.Hour),
		Values: map[string]string{}}
	for k, v := range first.Values {
		again.Values[k] = v
	}
	name := s.plan.Answer(s.r.Indicators()[0]).Name
	flip := map[string]string{"ya": "tidak", "tidak": "ya"}
	again.Values[name] = flip[first.Values[name]]
	s.subs = append(s.subs, again)
	for _, k := range []string{"kobo-xlsx-xml", "kobo-csv", "odk-zip"} {
		path := s.export(t, kind(k))
		out := ingest.Load([]string{path}, ingest.Options{})
		p := problem(t, out.Problems, msg.PhoneRevisit)
		text := p.Text(msg.EN)
		if !strings.Contains(text, first.ID) || !strings.Contains(text, again.ID) || !strings.Contains(text, "UNIT-01") ||
			!strings.Contains(text, first.Time.UTC().Format("2006-01-02T15:04:05")) || p.Cell == "" || !out.Invalid() {
			t.Errorf("%s: at %s: %s", k, p.Where(), text)
		}
		if p.HintText(msg.EN) == "" {
			t.Errorf("%s: no hint", k)
		}
		latest := ingest.Load([]string{path}, ingest.Options{Latest: true})
		kept := problem(t, latest.Problems, msg.PhoneRevisitKept)
		if kept.Severity != msg.Notice || latest.Invalid() || !strings.Contains(kept.Text(msg.EN), again.ID) {
			t.Errorf("%s --latest: %s", k, kept.Text(msg.EN))
		}
		u := unit(latest.Results, "UNIT-01")
		if u == nil || u.Indicators[0].Answer != map[string]string{"ya": "Ya", "tidak": "Tidak"}[again.Values[name]] {
			t.Errorf("%s --latest kept %+v", k, u)
		}
		if len(latest.Results.Units) != len(s.units) {
			t.Errorf("%s --latest: %d units", k, len(latest.Results.Units))
		}
	}
	// The same answers twice: counted once.
	again.Values[name] = first.Values[name]
	s.subs[len(s.subs)-1] = again
	out := ingest.Load([]string{s.export(t, kind("odk-zip"))}, ingest.Options{})
	if p := problem(t, out.Problems, msg.PhoneRevisitSame); p.Severity != msg.Notice || out.Invalid() {
		t.Errorf("%s", p.Text(msg.EN))
	}
	// --latest cannot choose between two submissions of the same time.
	again.Values[name] = flip[first.Values[name]]
	again.Time = first.Time
	s.subs[len(s.subs)-1] = again
	out = ingest.Load([]string{s.export(t, kind("kobo-xlsx-xml"))}, ingest.Options{Latest: true})
	if problem(t, out.Problems, msg.PhoneRevisitUndecided); !out.Invalid() {
		t.Error("two submissions of the same time were decided")
	}
}

func unit(res *results.Results, code string) *results.Unit {
	for i := range res.Units {
		if res.Units[i].Code == code {
			return &res.Units[i]
		}
	}
	return nil
}

// TestReview: rejected (ODK) and not approved (Kobo) submissions are left
// out with a notice, kept with --include-rejected; a status nobody knows
// is an error.
func TestReview(t *testing.T) {
	cases := []struct {
		kind, verdict string
		key, flagKey  msg.Key
	}{
		{"odk-zip", "rejected", msg.PhoneRejectedLeftOut, msg.PhoneRejectedIncluded},
		{"kobo-xlsx-xml", "Not Approved", msg.PhoneNotApprovedOut, msg.PhoneNotApprovedIn},
		{"kobo-csv", "validation_status_not_approved", msg.PhoneNotApprovedOut, msg.PhoneNotApprovedIn},
	}
	for _, c := range cases {
		s := newScene(t, "ombudsman-2019")
		s.subs[0].Review = c.verdict
		s.subs[1].Review = map[bool]string{true: "approved", false: "Approved"}[c.kind == "odk-zip"]
		s.subs[2].Review = map[bool]string{true: "hasIssues", false: "On Hold"}[c.kind == "odk-zip"]
		path := s.export(t, kind(c.kind))
		out := ingest.Load([]string{path}, ingest.Options{})
		p := problem(t, out.Problems, c.key)
		if p.Severity != msg.Notice || out.Invalid() || !strings.Contains(p.Text(msg.EN), s.subs[0].ID) || p.Cell == "" {
			t.Errorf("%s: %s", c.kind, p.Text(msg.EN))
		}
		if len(out.Results.Units) != len(s.units)-1 || unit(out.Results, "UNIT-01") != nil {
			t.Errorf("%s: %d units, the rejected one among them: %v", c.kind, len(out.Results.Units), unit(out.Results, "UNIT-01") != nil)
		}
		in := ingest.Load([]string{path}, ingest.Options{IncludeRejected: true})
		problem(t, in.Problems, c.flagKey)
		if len(in.Results.Units) != len(s.units) {
			t.Errorf("%s --include-rejected: %d units", c.kind, len(in.Results.Units))
		}
		s.subs[0].Review = "disetujui sebagian"
		out = ingest.Load([]string{s.export(t, kind(c.kind))}, ingest.Options{})
		if problem(t, out.Problems, msg.PhoneUnknownReview); !out.Invalid() {
			t.Errorf("%s: an unknown review status passed", c.kind)
		}
	}
}

// TestKoboCSVDropsRepeats: a Kobo CSV of a mixed rubric's form has no
// respondents (Kobo's CSV exports leave repeat groups out): said, and the
// survey items are missing, never zero.
func TestKoboCSVDropsRepeats(t *testing.T) {
	s := newScene(t, "ombudsman-2023")
	out := ingest.Load([]string{s.export(t, kind("kobo-csv"))}, ingest.Options{})
	p := problem(t, out.Problems, msg.PhoneRepeatsDropped)
	if p.Severity != msg.Notice || p.Hint != msg.HintPhoneExportXLSX {
		t.Errorf("%s", p.Text(msg.EN))
	}
	for _, u := range out.Results.Units {
		if u.Status != results.Incomplete {
			t.Errorf("%s is %v without its respondents", u.Code, u.Status)
		}
	}
}

// TestMedia: the photos' file names are each answer's evidence and are
// listed as media, with Kobo's download links and the files an ODK zip
// holds.
func TestMedia(t *testing.T) {
	s := newScene(t, "ombudsman-2019")
	r := s.r
	for _, k := range []string{"kobo-xlsx-xml", "odk-zip"} {
		path := s.export(t, kind(k))
		var e *submissions.Export
		if k == "odk-zip" {
			e = submissions.Read(path, submissions.ODKZip, r, submissions.Options{Media: true})
		} else {
			e = readBook(t, path, r)
		}
		if e.File.Problems.HasErrors() {
			t.Fatal(e.File.Problems)
		}
		want := 0
		for _, f := range s.fs {
			for _, a := range f.obs {
				if a.photo != "" {
					want++
				}
			}
		}
		if len(e.Media) != want || want == 0 {
			t.Fatalf("%s: %d media, want %d", k, len(e.Media), want)
		}
		for _, m := range e.Media {
			if m.Submission == "" || m.Indicator == "" || m.Unit == "" || m.Question == "" || m.At.Cell() == "" {
				t.Errorf("%s: %+v", k, m)
			}
			if (k == "odk-zip") != m.InExport || (k == "kobo-xlsx-xml") != strings.HasPrefix(m.URL, "https://") {
				t.Errorf("%s: %+v", k, m)
			}
		}
	}
}

// TestPlainCSVRefused: a CSV that is no export is refused as before.
func TestPlainCSVRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "penilaian.csv")
	if err := os.WriteFile(path, []byte("Kode Unit;SP-01\nDINKES;Ya\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := ingest.Load([]string{path}, ingest.Options{Rubric: "ombudsman-2019"})
	if p := problem(t, out.Problems, msg.FileCSV); p.HintText(msg.EN) == "" {
		t.Error("no hint")
	}
	if submissions.Sniff(path) != submissions.Other {
		t.Error("a plain CSV sniffed as an export")
	}
}

// TestForeignForm: an export of a form kepatuhan did not write is read by
// the wide-layout rules, through group paths (Kobo "/", ODK "-"), with a
// select_multiple's option columns and media URL columns passed over; an
// unknown code-like column is an error.
func TestForeignForm(t *testing.T) {
	dir := t.TempDir()
	f := &xlsform.Form{
		Sheets: []string{"survey", "choices", "settings"},
		Survey: &xlsform.Table{Name: "survey", Header: []string{"type", "name", "label"}, Rows: [][]string{
			{"start", "start"}, {"text", "Kode_Unit", "Kode unit"}, {"text", "nama_unit", "Nama"},
			{"select_one jenis", "Jenis_Unit", "Jenis"},
			{"begin group", "grp_sp", "Standar"},
			{"select_one yt", "SP-01", "1"}, {"select_one yt", "SP-02", "2"}, {"select_one yt", "SP-03", "3"}, {"select_one yt", "SP-04", "4"},
			{"image", "foto_sp", "Foto"},
			{"end group"},
			{"begin group", "grp_sr", "Sarana"},
			{"select_one yt", "SR-01", "1"}, {"select_one sarana", "SR-02", "2"}, {"select_one ytn", "SR-03", "3"},
			{"select_multiple fasilitas", "fasilitas", "Fasilitas"},
			{"end group"},
		}},
		Choices: &xlsform.Table{Name: "choices", Header: []string{"list_name", "name", "label"}, Rows: [][]string{
			{"yt", "ya", "Ya"}, {"yt", "tidak", "Tidak"}, {"ytn", "ya", "Ya"}, {"ytn", "tidak", "Tidak"}, {"ytn", "na", "N/A"},
			{"sarana", "lengkap", "Lengkap"}, {"sarana", "sebagian", "Sebagian"}, {"sarana", "tidak_ada", "Tidak ada"},
			{"fasilitas", "kursi", "Kursi"}, {"fasilitas", "toilet", "Toilet"}, {"jenis", "opd", "OPD"},
		}},
		Settings: &xlsform.Table{Name: "settings", Header: []string{"form_title", "form_id", "version"}, Rows: [][]string{{"Survei", "survei", "1"}}},
	}
	subs := []exportfixture.Submission{
		{ID: "u1", Time: time.Date(2024, 8, 12, 3, 0, 0, 0, time.UTC), Values: map[string]string{"Kode_Unit": "DISDUK", "nama_unit": "Dinas Dukcapil",
			"Jenis_Unit": "opd", "SP-01": "ya", "SP-02": "ya", "SP-03": "ya", "SP-04": "tidak", "SR-01": "ya", "SR-02": "sebagian",
			"SR-03": "na", "fasilitas": "kursi toilet", "foto_sp": "1.jpg"}},
		{ID: "u2", Time: time.Date(2024, 8, 13, 3, 0, 0, 0, time.UTC), Values: map[string]string{"Kode_Unit": "KEC-02", "Jenis_Unit": "opd",
			"SP-01": "ya", "SP-02": "ya", "SP-03": "ya", "SP-04": "ya", "SR-01": "ya", "SR-02": "lengkap", "SR-03": "ya"}},
	}
	for _, k := range []struct {
		file  string
		write func(string, *xlsform.Form, []exportfixture.Submission, exportfixture.Options) error
	}{{"kobo.xlsx", exportfixture.KoboXLSX}, {"kobo.csv", exportfixture.KoboCSV}, {"submissions.csv.zip", exportfixture.ODKZip}} {
		path := filepath.Join(dir, k.file)
		if err := k.write(path, f, subs, exportfixture.Options{MediaURLs: true}); err != nil {
			t.Fatal(err)
		}
		out := ingest.Load([]string{path}, ingest.Options{Rubric: filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml")})
		if out.Invalid() {
			t.Fatalf("%s: %v", k.file, out.Problems)
		}
		var got []string
		for _, u := range out.Results.Units {
			got = append(got, u.Code+" "+fmtScore(u.Score))
		}
		// The README's worked example: DISDUK 71.67; KEC-02 100.
		if want := []string{"DISDUK 71.67", "KEC-02 100"}; !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", k.file, got, want)
		}
	}
	// A column that looks like a code of no indicator.
	f.Survey.Rows[8][1] = "SP-05"
	subs[0].Values["SP-05"] = "ya"
	path := filepath.Join(dir, "kobo-bad.xlsx")
	if err := exportfixture.KoboXLSX(path, f, subs, exportfixture.Options{}); err != nil {
		t.Fatal(err)
	}
	out := ingest.Load([]string{path}, ingest.Options{Rubric: filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml")})
	if p := problem(t, out.Problems, msg.SheetWideUnknownCode); !strings.Contains(p.Text(msg.EN), `"SP-05"`) || p.Cell == "" {
		t.Errorf("%s", p.Text(msg.EN))
	}
}

func fmtScore(p *float64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// TestKoboSample: the shared Kobo-style sample, now read as a Kobo
// export, gives the scores its README states.
func TestKoboSample(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "samples", "wide-kobo-style.xlsx")
	if submissions.Sniff(path) != submissions.Workbook {
		t.Fatal("not a workbook")
	}
	out := ingest.Load([]string{path}, ingest.Options{Rubric: filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml")})
	if out.Invalid() {
		t.Fatal(out.Problems)
	}
	var got []string
	for _, u := range out.Results.Units {
		got = append(got, u.Code+" "+fmtScore(u.Score)+" "+string(u.Zone()))
	}
	if want := []string{"DPMPTSP 100 hijau", "DINSOS 56.67 kuning"}; !slices.Equal(got, want) {
		t.Errorf("%v, want %v", got, want)
	}
}

// readBook reads a Kobo workbook export directly.
func readBook(t *testing.T, path string, r *rubric.Rubric) *submissions.Export {
	t.Helper()
	book, err := workbook.Open(path, workbook.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	if !submissions.IsKobo(book) {
		t.Fatal("not a Kobo export")
	}
	return submissions.ReadBook(path, book, r, submissions.Options{Media: true})
}

// TestBrokenCSV: a Kobo CSV cut in the middle of a quoted value is
// refused at the line and column where reading stopped.
func TestBrokenCSV(t *testing.T) {
	s := newScene(t, "ombudsman-2019")
	path := s.export(t, kind("kobo-csv"))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cut := bytes.LastIndex(data, []byte(`"`+s.subs[1].ID))
	if err := os.WriteFile(path, append(data[:cut+5:cut+5], "\n\"x\"y;\"\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	out := ingest.Load([]string{path}, ingest.Options{})
	p := problem(t, out.Problems, msg.PhoneCSVBad)
	if p.Line != bytes.Count(data[:cut], []byte("\n"))+2 || p.Col == 0 || !out.Invalid() {
		t.Errorf("at %s: %s", p.Where(), p.Text(msg.EN))
	}
}
