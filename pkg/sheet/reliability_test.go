package sheet_test

import (
	"strings"
	"testing"
)

// A long or wide sheet with a header row and no unit under it holds no
// observation: it is noted, and a workbook with nothing else is an error
// (not a file that reads as zero units). Next to a filled sheet, the
// empty one is only noted.
func TestHeaderOnly(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet Data
1: Kode Unit | Kode Indikator | Jawaban
`)
	wantProblems(t, f, "notice sheet.no-data-rows Data!A1", "sheet.no-observations !")
	f = read(t, r, `
sheet Kobo
2: Nama | Kode Unit | SP-01 | SP-02
`)
	wantProblems(t, f, "notice sheet.no-data-rows Kobo!B2", "sheet.no-observations !")
	f = read(t, r, `
sheet U1
1: Kode Unit | U1
3: Kode | Jawaban
4: SP-01 | Ya
sheet Responden
1: Kode Unit | Kode Indikator | Jawaban
2: | SP-01 |
`)
	wantProblems(t, f, "notice sheet.no-data-rows Responden!A1")
	if len(f.Fragments) != 1 {
		t.Fatalf("fragments: %s", describe(f))
	}
	// Rows that are all wrong are reported as such, not as no rows.
	f = read(t, r, `
sheet Data
1: Kode Unit | Kode Indikator | Jawaban
2: U1 | XX-99 | Ya
`)
	wantProblems(t, f, "sheet.unknown-indicator Data!B2")
}

// In a form, a value in the column right of an empty answer cell, under
// no header (the Jawaban header merged over two columns, or a value typed
// one column off), is an error naming that cell, not dropped. With the
// answer where it belongs, the column beside it is not looked at.
func TestAnswerAside(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet U1
1: Kode Unit | U1
3: Kode | Indikator | Jawaban | | Catatan
merge C3:D3
4: SP-01 | Persyaratan | Ya | x
5: SP-02 | Prosedur | | Tidak
6: SP-03 | Waktu | | | catatan saja
`)
	wantProblems(t, f, "sheet.answer-aside U1!D5")
	if p := f.Problems[0]; !strings.HasSuffix(p.Text("en"), `uji.xlsx › U1 › D5: the answer to SP-02 is in a column without a header, not in the Jawaban column (C)`) {
		t.Errorf("message %q", p.Text("en"))
	}
	if a := answer(r, unit(t, f, "U1"), "SP-01"); a.Answer != "Ya" {
		t.Errorf("SP-01 read as %q", a.Answer)
	}
}
