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
