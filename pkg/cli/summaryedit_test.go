package cli_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A score corrected by hand in the results workbook's visible Ringkasan
// sheet was ignored without a word (the results are read from the hidden
// sheet). Now each edited cell, added row and removed unit is noted at
// its place, saying that the stored results are used.
func TestSummaryEdited(t *testing.T) {
	example, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example", "penilaian-2024.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	if code, _, errs := kep(t, "score", example, "--xlsx", "hasil.xlsx", "-o", "hasil.json"); code != 4 {
		t.Fatalf("score: exit %d, %s", code, errs)
	}
	// As written: nothing to say.
	code, _, errs := kep(t, "score", "hasil.xlsx")
	if code != 4 || strings.Contains(errs, "Ringkasan") {
		t.Fatalf("unedited: exit %d, %s", code, errs)
	}
	_, want, _ := kep(t, "score", "hasil.json")

	f, err := excelize.OpenFile("hasil.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Ringkasan")
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][0] != "Kode unit" || rows[0][5] != "Nilai" || rows[1][0] != "DINKES" {
		t.Fatalf("the Ringkasan sheet changed its layout: %q, %q", rows[0], rows[1])
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetCellFloat("Ringkasan", "F2", 95, 2, 64)) // DINKES's score
	must(f.SetCellStr("Ringkasan", "G3", "Sangat Baik"))
	must(f.SetCellStr("Ringkasan", "A3", strings.ToLower(rows[2][0]))) // a code's case: the same unit
	must(f.RemoveRow("Ringkasan", 5))
	last := len(rows) + 1
	must(f.SetCellStr("Ringkasan", "A"+itoa(last), "UNIT-BARU"))
	must(f.SaveAs("hasil.xlsx"))
	f.Close()

	code, out, errs := kep(t, "score", "hasil.xlsx")
	if code != 4 || out != want {
		t.Errorf("edited: exit %d; the table differs from the stored results':\n%s", code, out)
	}
	for _, line := range []string{
		`kepatuhan: catatan: hasil.xlsx › Ringkasan › F2: Nilai unit DINKES diubah di lembar ini menjadi "95"; yang dipakai data hasil yang tersimpan: "` + strings.Replace(rows[1][5], ".", ",", 1) + `"`,
		`kepatuhan: catatan: hasil.xlsx › Ringkasan › G3: Predikat unit ` + rows[2][0] + ` diubah di lembar ini menjadi "Sangat Baik"; yang dipakai data hasil yang tersimpan: "` + rows[2][6] + `"`,
		`kepatuhan: catatan: hasil.xlsx › Ringkasan › A` + itoa(last) + `: unit "UNIT-BARU" ditambahkan di lembar Ringkasan tetapi tidak ada di data hasil yang tersimpan; tidak dipakai`,
		`kepatuhan: catatan: hasil.xlsx › Ringkasan: unit ` + rows[4][0] + ` dihapus dari lembar Ringkasan tetapi ada di data hasil yang tersimpan; tetap dipakai`,
		`kepatuhan: petunjuk: lembar yang tampak hanya untuk dibaca; perbaiki jawabannya di buku kerja observasi lalu jalankan kepatuhan score lagi`,
	} {
		if !strings.Contains(errs, line) {
			t.Errorf("no %q in:\n%s", line, errs)
		}
	}
	if strings.Count(errs, "Ringkasan ›") != 3 || strings.Contains(errs, "A3") {
		t.Errorf("more notices than edits:\n%s", errs)
	}
	// A workbook written in English has its Summary sheet.
	if code, _, errs := kep(t, "score", example, "--xlsx", "results.xlsx", "--lang", "en"); code != 4 {
		t.Fatalf("score --lang en: exit %d, %s", code, errs)
	}
	f, err = excelize.OpenFile("results.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	must(f.SetCellFloat("Summary", "F2", 95, -1, 64))
	must(f.SaveAs("results.xlsx"))
	f.Close()
	if _, _, errs := kep(t, "score", "--lang", "en", "results.xlsx"); !strings.Contains(errs,
		`kepatuhan: note: results.xlsx › Summary › F2: the Score of unit DINKES was changed in this sheet to "95"; the stored results are used: "100.00"`) {
		t.Errorf("English: %s", errs)
	}
	// report and diff read results workbooks the same way.
	if _, _, errs := kep(t, "report", "hasil.xlsx", "-o", "laporan.pdf"); !strings.Contains(errs, "F2: Nilai unit DINKES diubah") {
		t.Errorf("report: %s", errs)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
