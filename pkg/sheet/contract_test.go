package sheet_test

// One test per rule of docs/workbook.md ("the
// contract"). Every workbook here is generated from a text description by
// package fixture (see its doc for the notation), except the shared
// samples in testdata/samples, which other tools made.

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func loadRubric(t *testing.T, name string) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Load(filepath.Join("..", "..", "testdata", "rubrics", name))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// read writes spec as a workbook and reads it with both engines, checking
// that they agree, and returns the fast engine's file with each
// observation fragment scored.
func read(t *testing.T, r *rubric.Rubric, spec string) *sheet.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), "uji.xlsx")
	if err := fixture.Write(path, spec); err != nil {
		t.Fatal(err)
	}
	return readPath(t, r, path)
}

func readPath(t *testing.T, r *rubric.Rubric, path string) *sheet.File {
	t.Helper()
	f := sheet.Read(path, r, sheet.Options{Engine: "fast"})
	g := sheet.Read(path, r, sheet.Options{Engine: "excelize"})
	if a, b := describe(f), describe(g); a != b {
		t.Fatalf("the engines disagree on %s:\nfast:\n%s\nexcelize:\n%s", path, a, b)
	}
	for i := range f.Fragments {
		if !f.Fragments[i].Survey {
			score.Unit(r, &f.Fragments[i].Unit)
		}
	}
	return f
}

// describe renders what a File holds, for comparisons.
func describe(f *sheet.File) string {
	var b strings.Builder
	for _, p := range f.Problems {
		b.WriteString(p.Text(msg.EN) + " | " + p.HintText(msg.EN) + "\n")
	}
	for _, fr := range f.Fragments {
		u := fr.Unit
		b.WriteString(strings.Join([]string{u.Code, u.Name, u.Type, u.Region, u.Period, u.Assessor, u.Date, fr.Where.String()}, "|") + "\n")
		for j, ir := range u.Indicators {
			b.WriteString("  #" + strconv.Itoa(j+1) + " " + ir.Status.String() + " " + ir.Answer + " " + ir.Source.String() + " " + ir.Note() + " " + ir.Evidence() + "\n")
		}
	}
	return b.String()
}

func unit(t *testing.T, f *sheet.File, code string) *results.Unit {
	t.Helper()
	for i := range f.Fragments {
		if f.Fragments[i].Unit.Code == code && !f.Fragments[i].Survey {
			return &f.Fragments[i].Unit
		}
	}
	t.Fatalf("no unit %s; have:\n%s", code, describe(f))
	return nil
}

func answer(r *rubric.Rubric, u *results.Unit, code string) *results.IndicatorResult {
	if ind, ok := r.Indicator(code); ok {
		return &u.Indicators[ind.Index()]
	}
	return nil
}

// wantProblems checks the problems exactly: "key sheet!cell" each, in
// order. Notices are prefixed "notice ".
func wantProblems(t *testing.T, f *sheet.File, want ...string) {
	t.Helper()
	var got []string
	for _, p := range f.Problems {
		s := string(p.Key) + " " + p.Sheet + "!" + p.Cell
		if p.Severity == msg.Notice {
			s = "notice " + s
		}
		got = append(got, s)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("problems:\n%s\nwant:\n%s\n(all: %s)", strings.Join(got, "\n"), strings.Join(want, "\n"), describe(f))
	}
}

func wantScore(t *testing.T, u *results.Unit, want float64, zone rubric.Zone) {
	t.Helper()
	if u.Score == nil {
		t.Fatalf("unit %s is %s, want %.2f", u.Code, u.Status, want)
	}
	if *u.Score != want || u.Zone() != zone {
		t.Fatalf("unit %s: %.2f %s, want %.2f %s", u.Code, *u.Score, u.Zone(), want, zone)
	}
}

// A form sheet: a title, a header block whose labels end in " :" (one
// value sits in column C), a table whose columns are found by name in any
// order, section rows without a code, and answers in mixed case, padded
// with spaces and non-breaking spaces, as booleans and as numbers.
func TestFormLayout(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet Petunjuk
1: Isi kolom Jawaban dengan Ya / Tidak / N/A.
sheet DINKES
1: LEMBAR OBSERVASI
3: Kode Unit : | dinkes
4: NAMA UNIT: | Dinas Kesehatan
5: Jenis Unit | opd
6: Instansi | Kabupaten Langkat
7: Tahun : | #n:2024
8: Penilai | | Siti Aminah
9: Tanggal | 12/08/2024
11: Jawaban | Kode | No | Catatan | Indikator | Bukti
12: | | | | A. Standar Pelayanan
13: #s:\u{a0}ya\u{a0} | SP-01 | #n:1 | | Persyaratan | foto-01.jpg
14: #b:TRUE | SP-02 | #n:2 | | Prosedur
15: #n:0 | SP-03 | #n:3 | belum dicetak | Waktu
16: TIDAK | sp-04 | #n:4 | | Biaya
17: | | | | B. Sarana
18: #s:1 | SR-01 | #n:5
19: #s:  SEBAGIAN  | SR-02 | #n:6
20: n/a | SR-03 | #n:7
`)
	wantProblems(t, f, "notice sheet.skipped Petunjuk!")
	u := unit(t, f, "DINKES")
	if u.Name != "Dinas Kesehatan" || u.Type != "opd" || u.Region != "Kabupaten Langkat" || u.Period != "2024" ||
		u.Assessor != "Siti Aminah" || u.Date != "2024-08-12" {
		t.Fatalf("header block: %+v", u)
	}
	// SP: 2 of 4 met = 0.5; SR: (1·1 + 0.5·2) / 3, SR-03 N/A; total
	// (60·0.5 + 40·2/3) / 100 → 56.67.
	wantScore(t, u, 56.67, rubric.Kuning)
	sp3 := answer(r, u, "SP-03")
	if sp3.Note() != "belum dicetak" || sp3.Source.String() != filepath.Join(filepath.Dir(sp3.Source.Sheet.File), "uji.xlsx")+" › DINKES › A15" {
		t.Fatalf("SP-03: note %q source %q", sp3.Note(), sp3.Source.String())
	}
	if e := answer(r, u, "SP-01").Evidence(); e != "foto-01.jpg" {
		t.Fatalf("evidence %q", e)
	}
	if f.Sheets[0].Layout != "" || f.Sheets[1].Layout != sheet.Form {
		t.Fatalf("layouts %+v", f.Sheets)
	}
}

// A long sheet with English headers and a title above the header row.
func TestLongLayoutEnglish(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet Export
1: Observation export
3: Unit Code | Unit Name | Indicator Code | Answer | Notes | Evidence | Year
4: KEC-1 | Kecamatan Satu | SP-01 | Yes | | | #n:2024
5: KEC-1 | Kecamatan Satu | SP-02 | No | broken board
6: kec-1 | Kecamatan Satu | SP-03 | Yes
7: KEC-1 | Kecamatan Satu | SP-04 | Yes
8: KEC-1 | Kecamatan Satu | SR-01 | Yes
9: KEC-1 | Kecamatan Satu | SR-02 | Lengkap
10: KEC-1 | Kecamatan Satu | SR-03 | NA
`)
	wantProblems(t, f)
	u := unit(t, f, "KEC-1")
	// SP 3/4, SR 1 → 60·0.75 + 40 = 85.
	wantScore(t, u, 85, rubric.Hijau)
	if u.Period != "2024" || answer(r, u, "SP-02").Note() != "broken board" {
		t.Fatalf("unit %+v", u)
	}
}

// A wide sheet where "Kode" is the unit column; KoboToolbox metadata
// columns are ignored; a column that looks like an indicator code but is
// not in the rubric is an error with a near-miss hint, not dropped.
func TestWideLayout(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet Data
1: start | Kode | SP-01 | SP-02 | SP-03 | SP-04 | SR-01 | SR-02 | SR-03 | SP-05 | _id | _uuid
2: 2024-08-12T09:00 | A1 | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya | Ya | #n:1 | x
3: 2024-08-12T10:00 | A2 | Ya | Tidak | Ya | Tidak | Ya | Tidak Ada | Tidak | Ya | #n:2 | y
`)
	wantProblems(t, f, "sheet.wide-unknown-code Data!J1")
	if f.Problems[0].Hint != msg.HintDidYouMean {
		t.Fatalf("hint %v", f.Problems[0].Hint)
	}
	wantScore(t, unit(t, f, "A1"), 100, rubric.Hijau)
	// SP 2/4 → 30; SR (1 + 0 + 0)/4 → 10; 40.
	wantScore(t, unit(t, f, "A2"), 40, rubric.Merah)
}

// Hidden sheets are skipped even when they hold a table.
func TestHiddenSheetsSkipped(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet Data
1: Kode Unit | Kode Indikator | Jawaban
2: U1 | SP-01 | Ya
sheet Lama hidden
1: Kode Unit | Kode Indikator | Jawaban
2: U9 | SP-01 | Ya
sheet Daftar veryhidden
1: Kode Unit | Kode Indikator | Jawaban
2: U8 | SP-01 | Ya
`)
	wantProblems(t, f)
	if len(f.Fragments) != 1 || f.Fragments[0].Unit.Code != "U1" {
		t.Fatalf("fragments: %s", describe(f))
	}
	if !f.Sheets[1].Hidden || !f.Sheets[2].Hidden {
		t.Fatalf("sheets %+v", f.Sheets)
	}
}

// A workbook with no observation sheet is an error; a mistyped header is
// reported with the label it was probably meant to be.
func TestNoObservations(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet Catatan
1: hanya catatan
`)
	wantProblems(t, f, "notice sheet.skipped Catatan!", "sheet.no-observations !")
	f = read(t, r, `
sheet Data
2: Kode Unit | Kode Indikatr | Jawaban
3: U1 | SP-01 | Ya
`)
	wantProblems(t, f, "sheet.header-near-miss Data!B2")
	if p := f.Problems[0]; p.HintText(msg.ID) != `maksud Anda "Kode Indikator"?` {
		t.Fatalf("hint %q", p.HintText(msg.ID))
	}
}

// A formula is read through its cached value (the LibreOffice sample);
// one with no cached value, or an error value, is an error naming the
// cell.
func TestFormulas(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := readPath(t, r, filepath.Join("..", "..", "testdata", "samples", "formulas-libreoffice.xlsx"))
	wantProblems(t, f)
	u := unit(t, f, "RSUD")
	wantScore(t, u, 85, rubric.Hijau)
	if u.Date != "2024-08-14" {
		t.Fatalf("date cell read as %q", u.Date)
	}
	f = read(t, r, `
sheet F
1: Kode Unit | F1
3: Kode | Jawaban
4: SP-01 | #f:IF(1=1,"Ya","Tidak")
5: SP-02 | #e:#N/A
6: SP-03 | Ya
`)
	wantProblems(t, f, "sheet.formula-no-cache F!B4", "sheet.cell-error F!B5")
	if f.Problems[0].Hint != msg.HintRecalculate {
		t.Fatal("no recalculation hint")
	}
}

// Dates: real date cells and the usual ways of writing them.
func TestDates(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	for in, want := range map[string]string{
		"#d:2024-08-12":    "2024-08-12",
		"12/08/2024":       "2024-08-12",
		"2024-08-12":       "2024-08-12",
		"12 Agustus 2024":  "2024-08-12",
		"12 Agu 2024":      "2024-08-12",
		"12-08-2024":       "2024-08-12",
		"2024-08-12T09:30": "2024-08-12",
		"#n:45516":         "2024-08-12",
	} {
		f := read(t, r, "sheet S\n1: Kode Unit | U1\n2: Tanggal | "+in+"\n4: Kode | Jawaban\n5: SP-01 | Ya\n")
		wantProblems(t, f)
		if got := unit(t, f, "U1").Date; got != want {
			t.Errorf("%s read as %q, want %q", in, got, want)
		}
	}
	f := read(t, r, "sheet S\n1: Kode Unit | U1\n2: Tanggal | kemarin sore\n4: Kode | Jawaban\n5: SP-01 | Ya\n")
	wantProblems(t, f, "notice sheet.bad-date S!B2")
	if got := unit(t, f, "U1").Date; got != "kemarin sore" {
		t.Errorf("unreadable date kept as %q", got)
	}
}

// Each answer type, numbers stored as text with a decimal comma, choice
// aliases, and survey items in a wide respondents sheet.
func TestAnswerTypes(t *testing.T) {
	r := loadRubric(t, "uji-campuran.yaml")
	f := read(t, r, `
sheet OPD-1
1: Kode Unit | OPD-1
2: Jenis Unit | OPD
4: Kode | Jawaban
5: C-1 | Ada
6: C-2 | TB
7: L-1 | #s:2
8: P-1 | kurang lengkap
9: N-1 | 30,5
10: O-1 | Sesuai
`)
	wantProblems(t, f)
	u := unit(t, f, "OPD-1")
	if u.Status != results.Incomplete || u.Counts.Missing != 2 {
		t.Fatalf("survey items unanswered: want incomplete with 2 missing, got %s %+v", u.Status, u.Counts)
	}
	if ir := answer(r, u, "N-1"); ir.Value != 30.5 || math.Abs(ir.Fraction-29.5/60) > 1e-12 {
		t.Fatalf("N-1 %+v", ir)
	}
	if ir := answer(r, u, "P-1"); ir.Fraction != 0.5 || ir.Status != results.Partial {
		t.Fatalf("P-1 %+v", ir)
	}
	if ir := answer(r, u, "C-2"); ir.Status != results.NA {
		t.Fatalf("C-2 %+v", ir)
	}
}

// Answers that are not accepted: every one is reported, with the value,
// the cell and what the indicator accepts.
func TestBadAnswers(t *testing.T) {
	r := loadRubric(t, "uji-campuran.yaml")
	f := read(t, r, `
sheet U
1: Kode Unit | U
2: Jenis Unit | dsa
4: Kode | Jawaban
5: C-1 | N/A
6: C-2 | -
7: L-1 | 2,5
8: P-1 | Mungkin
9: N-1 | 121
10: O-1 | Ya
11: L-9 | 1
12: C-1 | Ya
13: S-1 | 3
`)
	wantProblems(t, f,
		"sheet.unknown-unit-type U!B2",
		"answer.na-not-allowed U!B5",
		"answer.dash U!B6",
		"answer.not-integer U!B7",
		"answer.not-accepted U!B8",
		"answer.out-of-range U!B9",
		"sheet.unknown-indicator U!A11",
		"sheet.duplicate-indicator U!B12",
		"sheet.survey-in-form U!A13")
	byKey := map[msg.Key]msg.Problem{}
	for _, p := range f.Problems {
		byKey[p.Key] = p
	}
	if h := byKey[msg.SheetUnknownUnitType].HintText(msg.EN); h != `did you mean "desa"?` {
		t.Errorf("unit type hint %q", h)
	}
	if h := byKey[msg.AnswerNotAccepted].HintText(msg.EN); h != "accepted: Lengkap, Sebagian, Tidak Ada" {
		t.Errorf("choice hint %q", h)
	}
	if h := byKey[msg.AnswerNANotAllowed].HintText(msg.EN); h != "accepted: Ya, Tidak" {
		t.Errorf("N/A hint %q", h)
	}
	if m := byKey[msg.SheetDuplicateIndicator].Text(msg.EN); !strings.HasSuffix(m, "also in B5)") {
		t.Errorf("duplicate names the first cell: %q", m)
	}
	if h := byKey[msg.SheetUnknownIndicator].HintText(msg.EN); h != `did you mean "L-1"?` {
		t.Errorf("code hint %q", h)
	}
}

// An empty answer is not an answer: the unit is incomplete (never zero),
// and the empty cells are listed; an indicator with no row at all is
// missing too, placed at the sheet.
func TestMissingAnswers(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet U
1: Kode Unit | U
3: Kode | Jawaban
4: SP-01 | Ya
5: SP-02 |
6: SP-03 | Ya
7: SP-04 | Ya
8: SR-01 | Ya
9: SR-02 | Lengkap
`)
	wantProblems(t, f)
	u := unit(t, f, "U")
	if u.Status != results.Incomplete || u.Score != nil || u.Band != nil || u.Counts.Missing != 2 {
		t.Fatalf("unit %s score %v counts %+v", u.Status, u.Score, u.Counts)
	}
	if c := answer(r, u, "SP-02").Source.Cell(); c != "B5" {
		t.Errorf("SP-02 missing at %q", c)
	}
	if s := answer(r, u, "SR-03").Source; s.Sheet == nil || s.Sheet.Sheet != "U" || s.Cell() != "" {
		t.Errorf("SR-03 missing at %v", s)
	}
}

// Indicators that do not apply to the unit's type leave the denominator.
func TestAppliesTo(t *testing.T) {
	r := loadRubric(t, "uji-campuran.yaml")
	f := read(t, r, `
sheet D
1: Kode Unit | DESA-1
2: Jenis Unit | Desa/Kelurahan
4: Kode | Jawaban
5: C-1 | Ya
6: C-2 | Ya
7: L-1 | 3
8: P-1 | Lengkap
9: N-1 | 0
`)
	wantProblems(t, f)
	u := unit(t, f, "DESA-1")
	if u.Type != "desa" {
		t.Fatalf("type %q: a label must resolve to the id", u.Type)
	}
	if ir := answer(r, u, "O-1"); ir.Status != results.NotApplicable {
		t.Fatalf("O-1 %s", ir.Status)
	}
}

// Whitespace, non-breaking spaces and case around codes and answers do
// not matter; unit codes are compared upper-cased.
func TestWhitespaceAndCase(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := readPath(t, r, filepath.Join("..", "..", "testdata", "samples", "wide-kobo-style.xlsx"))
	wantProblems(t, f)
	wantScore(t, unit(t, f, "DINSOS"), 56.67, rubric.Kuning)
	f = read(t, r, "sheet S\n1: #s:\u00a0Kode Unit\u00a0: | #s: u-7 \n3: #s:KODE  | #s:JAWABAN \n4: #s: sp-01\u00a0 | #s:\u00a0TIDAK ADA \n")
	wantProblems(t, f)
	if ir := answer(r, unit(t, f, "U-7"), "SP-01"); ir.Status != results.NotMet {
		t.Fatalf("SP-01 %+v", ir)
	}
}

// Every shared sample scores as its README says.
func TestSamples(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	want := map[string]map[string]float64{
		"form-openpyxl.xlsx":        {"DINKES": 75, "PKM-01": 100, "DESA-07": 15},
		"long-libreoffice.xlsx":     {"DISDUK": 71.67, "KEC-02": 100},
		"wide-kobo-style.xlsx":      {"DPMPTSP": 100, "DINSOS": 56.67},
		"formulas-libreoffice.xlsx": {"RSUD": 85},
	}
	zones := map[float64]rubric.Zone{75: rubric.Kuning, 100: rubric.Hijau, 15: rubric.Merah, 71.67: rubric.Kuning, 56.67: rubric.Kuning, 85: rubric.Hijau}
	for file, units := range want {
		path := filepath.Join("..", "..", "testdata", "samples", file)
		before, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := readPath(t, r, path)
		if f.Problems.HasErrors() {
			t.Fatalf("%s: %s", file, describe(f))
		}
		if len(f.Fragments) != len(units) {
			t.Fatalf("%s: %d units, want %d", file, len(f.Fragments), len(units))
		}
		for code, s := range units {
			wantScore(t, unit(t, f, code), s, zones[s])
		}
		after, _ := os.ReadFile(path)
		if string(before) != string(after) {
			t.Fatalf("%s was changed by reading it", file)
		}
	}
}

// A header-block value that happens to be close to a label ("kecamatan"
// is three edits from "Catatan") is a value, not a mistyped header.
func TestBlockValueNotAHeader(t *testing.T) {
	r, err := rubric.Builtin("ombudsman-2019")
	if err != nil {
		t.Fatal(err)
	}
	f := read(t, r, "sheet K\n1: Kode Unit | KEC-1\n2: Jenis Unit | kecamatan\n4: Kode | Jawaban\n5: SP-01 | Ya\n")
	wantProblems(t, f)
	if got := unit(t, f, "KEC-1").Type; got != "kecamatan" {
		t.Fatalf("type %q", got)
	}
}
