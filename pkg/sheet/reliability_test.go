package sheet_test

import "testing"

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
