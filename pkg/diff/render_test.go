package diff_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// render writes rep in format for lang and checks that a second
// rendering gives the same bytes.
func render(t *testing.T, rep *diff.Report, format string, lang msg.Lang) []byte {
	t.Helper()
	spec, ok := diff.Formats.Lookup(format)
	f := spec.Format
	if !ok {
		t.Fatalf("no format %s", format)
	}
	var a, b bytes.Buffer
	if err := f.Write(&a, rep, diff.RenderOptions{Lang: lang}); err != nil {
		t.Fatal(err)
	}
	if err := f.Write(&b, rep, diff.RenderOptions{Lang: lang}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("%s: two renderings of the same report differ", format)
	}
	return a.Bytes()
}

// Every format is deterministic, in both languages, for every case.
func TestDeterministic(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			old, nw := c.make(t)
			rep := diff.Compare(old, nw, diff.Options{})
			for _, f := range diff.Formats.Names() {
				for _, l := range []msg.Lang{msg.ID, msg.EN} {
					if out := render(t, rep, f, l); len(out) == 0 {
						t.Errorf("%s %s: empty", f, l)
					}
				}
			}
		})
	}
}

// The workbook holds the same content as the table: its sheets, the
// units in report order with numeric scores, the indicators and flips.
func TestXLSXContent(t *testing.T) {
	old, nw := sides(t, "diff-v1.yaml", book2025v2, "diff-v2.yaml")
	rep := diff.Compare(old, nw, diff.Options{})
	data := render(t, rep, "xlsx", msg.ID)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "Ringkasan,Unit,Indikator,Perubahan" {
		t.Fatalf("sheets %s", got)
	}
	rows, err := f.GetRows("Unit")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(rep.Units)+1 || rows[0][0] != "Status" || rows[0][2] != "Kode" {
		t.Fatalf("units sheet: %d rows, header %v", len(rows), rows[0])
	}
	for i := range rep.Units {
		if rows[i+1][2] != rep.Units[i].Code {
			t.Errorf("row %d: %s, want %s", i+2, rows[i+1][2], rep.Units[i].Code)
		}
	}
	if rows[1][0] != "turun" || rows[1][2] != "DPMPTSP" {
		t.Errorf("first row %v: regressions come first", rows[1])
	}
	// Scores and deltas are numbers, with the scale's decimals shown.
	if v, _ := f.GetCellValue("Unit", "F2", excelize.Options{RawCellValue: true}); v != "100" {
		t.Errorf("F2 raw %q, want the number 100", v)
	}
	if v, _ := f.GetCellValue("Unit", "F2"); v != "100.00" {
		t.Errorf("F2 shown as %q, want 100.00", v)
	}
	if v, _ := f.GetCellValue("Unit", "L2"); v != "-85.00" {
		t.Errorf("L2 delta %q", v)
	}
	if v, _ := f.GetCellValue("Unit", "K2"); v != "merah" {
		t.Errorf("K2 zone %q", v)
	}
	ind, _ := f.GetRows("Indikator")
	found := false
	for _, r := range ind {
		if len(r) > 2 && r[0] == "SP-4A" && r[1] == "SP-04" && r[2] == "ganti kode" {
			found = true
		}
	}
	if !found {
		t.Errorf("indicators sheet does not follow SP-04 → SP-4A: %v", ind)
	}
	flips, _ := f.GetRows("Perubahan")
	n := 0
	for i := range rep.Units {
		n += len(rep.Units[i].Flips)
	}
	if len(flips) != n+1 {
		t.Errorf("changes sheet: %d rows, want %d", len(flips), n+1)
	}
	sum, _ := f.GetRows("Ringkasan")
	text := ""
	for _, r := range sum {
		text += strings.Join(r, "|") + "\n"
	}
	for _, want := range []string{"versi rubrik berbeda: uji-diff 2024 → 2025", old.Inputs[0].SHA256, "penilaian-2025.xlsx", rep.New.Rubric.Hash(),
		"Perbandingan hasil penilaian · Kabupaten Uji · 2024 → 2025", "Wilayah|Kabupaten Uji|||Kabupaten Uji", "Periode|2024|||2025"} {
		if !strings.Contains(text, want) {
			t.Errorf("summary sheet lacks %q", want)
		}
	}
	// Every complete unit's band is named (a rubric without grades left
	// the grade columns empty on every row); the unit type is the
	// rubric's label; no score runs into the next column.
	if rows[0][6] != "Predikat lama" || rows[0][9] != "Predikat baru" {
		t.Errorf("header %v", rows[0])
	}
	for i, u := range rep.Units {
		row := rows[i+1]
		for j, s := range []*diff.UnitSide{u.Old, u.New} {
			col := 6 + 3*j
			want := ""
			switch {
			case s != nil && s.Score != nil:
				want = s.Label.ID
			case s != nil:
				want = "belum lengkap"
			}
			if got := cellAt(row, col); got != want {
				t.Errorf("%s: predikat %q, want %q", u.Code, got, want)
			}
		}
	}
	if rows[1][4] != "Perangkat Daerah" {
		t.Errorf("type %q, want the rubric's label", rows[1][4])
	}
	// Answer types in words, not the rubric's keys.
	for _, r := range ind[1:] {
		for _, c := range r {
			if c == "check" || c == "levels" || c == "choice" {
				t.Errorf("indicators sheet shows the word %q: %v", c, r)
			}
		}
	}
	// Columns fit what they hold: no code is wider than its column.
	w, _ := f.GetColWidth("Unit", "C")
	for _, u := range rep.Units {
		if float64(len(u.Code)) > w {
			t.Errorf("code %s wider than its column (%v)", u.Code, w)
		}
	}
}

func cellAt(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// The JSON says which region and which periods were compared, in each
// side's old and new.
func TestJSONRegionPeriod(t *testing.T) {
	old, nw := sides(t, "diff-v1.yaml", book2025v2, "diff-v2.yaml")
	rep := diff.Compare(old, nw, diff.Options{})
	var doc struct {
		Old, New struct {
			Region, Period string
			Periods        []string
		}
	}
	if err := json.Unmarshal(render(t, rep, "json", msg.ID), &doc); err != nil {
		t.Fatal(err)
	}
	// The 2025 side has one unit of another period: both are named, the
	// one most units give first (not outvoted: that would call the unit's
	// period 2025).
	if doc.Old.Region != "Kabupaten Uji" || doc.Old.Period != "2024" || doc.Old.Periods != nil ||
		doc.New.Region != "Kabupaten Uji" || doc.New.Period != "" || strings.Join(doc.New.Periods, "|") != "2025|2025/2026" {
		t.Errorf("old %+v new %+v", doc.Old, doc.New)
	}
	table := string(render(t, rep, "table", msg.ID))
	if !strings.HasPrefix(table, "Perbandingan hasil penilaian · Kabupaten Uji · 2024 → 2025 dan 2025/2026\nLama: Kabupaten Uji, 2024 · ") {
		t.Errorf("table header:\n%s", table[:200])
	}
}

// The PDF is a PDF whose text (when pdftotext is installed) has the
// comparability block, the regressions before the improvements, and the
// footer's hashes.
func TestPDFContent(t *testing.T) {
	old, nw := scales(t)
	rep := diff.Compare(old, nw, diff.Options{})
	data := render(t, rep, "pdf", msg.ID)
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("not a PDF")
	}
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not on PATH")
	}
	path := filepath.Join(t.TempDir(), "d.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, want := range []string{"Perbandingan hasil penilaian", "nilai tidak dikurangkan: skalanya berbeda (0–100 lawan 0–5)",
		"lompat zona", rep.New.Rubric.Hash()[:20], "kepatuhan-2022.json"} {
		if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
			t.Errorf("PDF text lacks %q:\n%s", want, text)
		}
	}
	if i, j := strings.Index(text, "DISDUK"), strings.Index(text, "DESA-01"); i < 0 || j < 0 || i > j {
		t.Errorf("regressed DISDUK (%d) should come before improved DESA-01 (%d)", i, j)
	}

	// The region and the periods are named; codes and names are whole
	// (a long code was cut "PKM-HARAP…"); the hashes are in the appendix
	// once, not in a footer of five lines on every page; no command-line
	// words.
	old, nw = sides(t, "diff-v1.yaml", book2025v1, "diff-v1.yaml")
	for _, res := range []*results.Results{old, nw} {
		res.Units[0].Code, res.Units[0].Name = "PKM-TANJUNG-HARAPAN-BARAT", "UPTD Puskesmas Rawat Inap Tanjung Harapan Barat Kecamatan Sukamaju"
	}
	rep = diff.Compare(old, nw, diff.Options{})
	if err := os.WriteFile(path, render(t, rep, "pdf", msg.ID), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = exec.Command(tool, path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text = string(out)
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"Kabupaten Uji · 2024 → 2025", "Lama Kabupaten Uji, 2024", "Baru Kabupaten Uji, 2025",
		"PKM-TANJUNG-HARAPAN-BARAT", "UPTD Puskesmas Rawat Inap Tanjung Harapan Barat Kecamatan Sukamaju", "Lampiran: rubrik dan berkas"} {
		if !strings.Contains(flat, want) {
			t.Errorf("PDF text lacks %q:\n%s", want, text)
		}
	}
	if n := strings.Count(text, rep.Old.Rubric.Hash()); n != 2 { // the same rubric on both sides, each named once
		t.Errorf("the rubric's hash appears %d times, want twice (the appendix)", n)
	}
	for _, bad := range []string{"…", "kepatuhan diff", "--jump", "(--", diff.Schema, "replaces"} {
		if strings.Contains(text, bad) {
			t.Errorf("PDF text has %q", bad)
		}
	}
	out, err = exec.Command(tool, "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for i, page := range strings.Split(strings.TrimRight(string(out), "\f"), "\f") {
		// The footer is one line: what is compared, and the page.
		lines := strings.Split(strings.TrimSpace(page), "\n")
		last := strings.Join(strings.Fields(lines[len(lines)-1]), " ")
		if !strings.HasPrefix(last, "Perbandingan hasil penilaian · Kabupaten Uji · 2024 → 2025 dan 2025/2026 halaman") {
			t.Errorf("page %d: footer %q", i+1, last)
		}
	}
}

// TestLibreOffice opens the workbooks in LibreOffice (converting them to
// PDF), which refuses or repairs files that break the format.
func TestLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice is not on PATH")
	}
	if testing.Short() {
		t.Skip("slow: starts LibreOffice")
	}
	var files []string
	var reps []*diff.Report
	for _, c := range goldenCases {
		old, nw := c.make(t)
		reps = append(reps, diff.Compare(old, nw, diff.Options{}))
	}
	dir := t.TempDir()
	for i, c := range goldenCases {
		for _, l := range []msg.Lang{msg.ID, msg.EN} {
			path := filepath.Join(dir, c.name+"-"+string(l)+".xlsx")
			if err := os.WriteFile(path, render(t, reps[i], "xlsx", l), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, path)
		}
	}
	out := filepath.Join(dir, "pdf")
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", out}, files...)
	res, err := exec.Command(soffice, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, res)
	}
	for _, f := range files {
		pdf := filepath.Join(out, strings.TrimSuffix(filepath.Base(f), ".xlsx")+".pdf")
		data, err := os.ReadFile(pdf)
		if err != nil {
			t.Errorf("%s was not converted: %v\n%s", filepath.Base(f), err, res)
			continue
		}
		if !bytes.HasPrefix(data, []byte("%PDF")) || len(data) < 2000 {
			t.Errorf("%s: %d bytes, not a PDF of the workbook", filepath.Base(pdf), len(data))
		}
	}
}
