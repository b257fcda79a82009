package sheet_test

// Workbooks that gave a silent wrong result (exit 0, no word), each
// found by an attack on the reader (issue 12): every test here failed
// before its fix, the way its comment says.

import (
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Invisible characters in codes: the right-to-left and left-to-right
// marks, the soft hyphen, the word joiner and the zero-width joiner made
// one unit four units that all printed as DINKES (each with one answer,
// all incomplete). The code is read without them, and each cell that held
// one is named in a note, once per text.
func TestInvisibleCodes(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet Data
1: Kode Unit | Kode Indikator | Jawaban
2: DINKES | SP-01 | Ya
3: #s:DINKES\u{200f} | SP-02 | Ya
4: #s:DIN\u{ad}KES | SP-03 | Ya
5: #s:DINKES\u{2060} | SP-04 | Ya
6: #s:DIN\u{200d}KES | SR-01 | Ya
7: #s:DINKES\u{200e} | #s:SR\u{200b}-02 | Lengkap
8: #s:DINKES\u{200e} | #s:\u{feff}SR-03 | Ya
9: #s:DINKES\u{200f} | #s:SP-0\u{200e}5 | Ya
`)
	wantProblems(t, f,
		"notice sheet.invisible-code Data!A3",
		"notice sheet.invisible-code Data!A4",
		"notice sheet.invisible-code Data!A5",
		"notice sheet.invisible-code Data!A6",
		"notice sheet.invisible-code Data!B7",
		"notice sheet.invisible-code Data!A7",
		"notice sheet.invisible-code Data!B8",
		"sheet.unknown-indicator Data!B9")
	if len(f.Fragments) != 1 {
		t.Fatalf("%d units:\n%s", len(f.Fragments), describe(f))
	}
	wantScore(t, unit(t, f, "DINKES"), 100, rubric.Hijau)
	if got := f.Problems[0].Text(msg.EN); !strings.Contains(got, `"DINKES"`) || !strings.Contains(got, "U+200F") {
		t.Errorf("note: %s", got)
	}
	if got := f.Problems[1].Text(msg.ID); !strings.Contains(got, "U+00AD") || !strings.Contains(got, "karakter tak terlihat") {
		t.Errorf("note: %s", got)
	}

	// The same in a form's header block, a wide sheet's unit column and
	// its indicator headers, and a header label.
	f = read(t, r, `
sheet F
1: #s:Kode\u{200b}Unit | #s:\u{200e}U1
3: Kode | Jawaban
4: SP-01 | Ya
sheet W
1: Kode Unit | #s:SP-01\u{2060} | SP-02
2: #s:U2\u{ad} | Ya | Ya
3: U3 | Ya | Ya
`)
	wantProblems(t, f, "notice sheet.invisible-code F!B1", "notice sheet.invisible-code W!B1", "notice sheet.invisible-code W!A2")
	for _, code := range []string{"U1", "U2", "U3"} {
		unit(t, f, code)
	}
}

// A repeated column header was resolved to the first column, silently:
// a hidden draft "Jawaban" column before the real one gave the draft's
// answers; "Nilai" beside "Jawaban" in a long sheet, two "Kode Unit"
// columns, "Kode" beside "Kode Indikator" likewise. Each is an error
// naming both cells.
func TestDuplicateHeaders(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet F
1: Kode Unit | U1
3: Kode | Jawaban | Jawaban
4: SP-01 | Tidak | Ya
sheet L
1: Kode Unit | Kode Indikator | Nilai | Jawaban
2: U2 | SP-01 | #n:0 | Ya
sheet W
1: Kode Unit | Nama Unit | Kode Unit | SP-01
2: U3 | Unit Tiga | U4 | Ya
sheet K
1: Kode Unit | Kode | Kode Indikator | Jawaban
2: U5 | X | SP-01 | Ya
sheet WK
1: Kode | Unit Code | SP-01
2: U6 | U7 | Ya
`)
	wantProblems(t, f,
		"sheet.duplicate-header F!C3",
		"sheet.duplicate-header L!D1",
		"sheet.duplicate-header W!C1",
		"sheet.duplicate-header K!C1",
		"sheet.duplicate-header WK!B1")
	want := []string{
		`F › C3: column header "Jawaban" repeats the header in B3: both read as Jawaban`,
		`L › D1: column header "Jawaban" repeats the header in C1: both read as Jawaban`,
		`W › C1: column header "Kode Unit" repeats the header in A1: both read as Kode Unit`,
		`K › C1: column header "Kode Indikator" repeats the header in B1: both read as Kode Indikator`,
		`WK › B1: column header "Unit Code" repeats the header in A1: both read as Kode Unit`,
	}
	for i, p := range f.Problems {
		if got := p.Text(msg.EN); !strings.HasSuffix(got, want[i]) {
			t.Errorf("got %s\nwant …%s", got, want[i])
		}
	}
}

// A cached error value (#N/A from a broken lookup) in a unit-code cell
// became a unit named "#N/A"; in a name or type cell it was dropped
// without a word. An error value is never a code, a name, a type or an
// answer: each is an error naming the cell, as error text is.
func TestErrorValuesNeverCodes(t *testing.T) {
	r := loadRubric(t, "uji-campuran.yaml")
	f := read(t, r, `
sheet F
1: Kode Unit | #e:#N/A
3: Kode | Jawaban
4: C-1 | Ya
sheet L
1: Kode Unit | Nama Unit | Jenis Unit | Kode Indikator | Jawaban
2: #e:#REF! | Dinas A | opd | C-1 | Ya
3: U1 | #e:#VALUE! | opd | C-1 | Ya
4: U2 | Dinas B | #e:#NAME? | C-1 | Ya
5: U3 | Dinas C | opd | #e:#DIV/0! | Ya
6: U4 | Dinas D | opd | C-1 | #N/A
7: #s:#N/A | Dinas E | opd | C-1 | Ya
8: Err:502 | Dinas F | opd | C-1 | Ya
sheet W
1: Kode Unit | S-1
2: #e:#SPILL! | #n:4
`)
	wantProblems(t, f,
		"sheet.cell-error F!B1",
		"sheet.cell-error L!A2",
		"sheet.cell-error L!B3",
		"sheet.cell-error L!C4",
		"sheet.cell-error L!D5",
		"sheet.cell-error L!E6",
		"sheet.cell-error L!A7",
		"sheet.cell-error L!A8",
		"sheet.cell-error W!A2")
	for _, fr := range f.Fragments {
		if strings.HasPrefix(fr.Unit.Code, "#") || strings.HasPrefix(fr.Unit.Code, "ERR") {
			t.Errorf("a unit named %q", fr.Unit.Code)
		}
	}
	if got := f.Problems[0].HintText(msg.EN); !strings.Contains(got, "never a code") {
		t.Errorf("hint: %s", got)
	}
}

// Answers in hidden rows and columns were scored without a word: a row
// hidden by a filter, a column hidden as a draft. They are still scored
// (they are the file's answers), with a note naming the first cell and
// how many there are.
func TestHiddenAnswersNoted(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet F
1: Kode Unit | U1
3: Kode | Jawaban | Catatan
4: SP-01 | Ya
5: SP-02 | Tidak
6: SP-03 | Ya
hide row 5
hide row 6
sheet L
1: Kode Unit | Kode Indikator | Jawaban
2: U2 | SP-01 | Ya
3: U2 | SP-02 | Ya
sheet W
1: Kode Unit | SP-01 | SP-02 | SP-03
2: U3 | Ya | Tidak | Ya
3: U4 | Ya | Ya | Ya
hide col C
`)
	wantProblems(t, f, "notice sheet.hidden-answers F!B5", "notice sheet.hidden-answers W!C2")
	if got := f.Problems[0].Text(msg.EN); !strings.Contains(got, "2 answers in this sheet are in hidden rows or columns") {
		t.Errorf("note: %s", got)
	}
	if got := unit(t, f, "U1"); answer(r, got, "SP-02").Status.String() != "not_met" {
		t.Errorf("a hidden answer is not scored: %s", describe(f))
	}
}

// An empty answer cell inside merged cells (the answer typed once over
// two rows, merged) left the unit incomplete with no word of the merge:
// a merged range's value belongs to its first cell only. The empty cell
// now gets a note naming the range and its first cell.
func TestMergedEmptyNoted(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet F
1: Kode Unit | U1
3: Kode | Jawaban
4: SP-01 | Ya
5: SP-02 |
6: SP-03 | Ya
7: SP-04 | Ya
8: SR-01 | Ya
9: SR-02 | Lengkap
10: SR-03 | Ya
merge B4:B5
merge C9:D10
`)
	wantProblems(t, f, "notice sheet.merged-empty F!B5")
	if got := f.Problems[0].Text(msg.ID); !strings.HasSuffix(got, "sel jawaban ini kosong: sel ini bagian dari sel gabungan B4:B5, yang isinya hanya milik B4") {
		t.Errorf("note: %s", got)
	}
}

// "2O24" (a capital O) as the year passed as a period of its own, without
// a word. It is read as written — and noted, with the year meant.
func TestMistypedYearNoted(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet F
1: Kode Unit | U1
2: Tahun | 2O24
3: Kode | Jawaban
4: SP-01 | Ya
sheet L
1: Kode Unit | Tahun | Kode Indikator | Jawaban
2: U2 | 2o2l | SP-01 | Ya
3: U2 | 2o2l | SP-02 | Ya
4: U3 | 2024 | SP-01 | Ya
5: U4 | O | SP-01 | Ya
`)
	wantProblems(t, f, "notice sheet.mistyped-year F!B2", "notice sheet.mistyped-year L!B2")
	if got := f.Problems[0].HintText(msg.EN); got != `did you mean "2024"?` {
		t.Errorf("hint %q", got)
	}
	if got := f.Problems[1].HintText(msg.EN); got != `did you mean "2021"?` {
		t.Errorf("hint %q", got)
	}
	if u := unit(t, f, "U1"); u.Period != "2O24" {
		t.Errorf("period %q", u.Period)
	}
}
