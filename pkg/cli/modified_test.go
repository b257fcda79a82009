package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A district exports a built-in, edits a weight and keeps the id: the
// rubric validated "ok" and every output said "ombudsman-2019 versi
// 2019.1", the built-in's name for other numbers. Now loading it says
// so, and every output marks the version "(diubah)".
func TestModifiedBuiltin(t *testing.T) {
	dir := t.TempDir()
	example, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example", "penilaian-2024.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)

	code, out, errs := kep(t, "rubric", "export", "ombudsman-2019", "-o", "langkat-2025.yaml")
	if code != 0 || out != "" || errs != "kepatuhan: ditulis: langkat-2025.yaml (rubrik ombudsman-2019 versi 2019.1); ubah id-nya sebelum mengubah isinya, lalu periksa dengan kepatuhan rubric validate langkat-2025.yaml\n" {
		t.Fatalf("export: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// Exported unchanged, it is the built-in: nothing to say.
	code, out, errs = kep(t, "rubric", "validate", "langkat-2025.yaml")
	if code != 0 || errs != "" || !strings.Contains(out, "versi 2019.1,") {
		t.Fatalf("validate unchanged: exit %d, %q, %q", code, out, errs)
	}

	src, err := os.ReadFile("langkat-2025.yaml")
	if err != nil {
		t.Fatal(err)
	}
	edited := string(src)
	i := strings.Index(edited, "  - code: SP\n")
	j := i + strings.Index(edited[i:], "    weight: 6\n")
	if i < 0 || j < i {
		t.Fatal("the export has no group SP of weight 6")
	}
	edited = edited[:j] + "    weight: 12\n" + edited[j+len("    weight: 6\n"):]
	if err := os.WriteFile("langkat-2025.yaml", []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	const notice = `kepatuhan: catatan: langkat-2025.yaml: rubrik ini memakai id ombudsman-2019 dan versi 2019.1 milik rubrik bawaan, tetapi isinya berbeda`
	const hint = `kepatuhan: petunjuk: beri rubrik Anda id sendiri`
	code, out, errs = kep(t, "rubric", "validate", "langkat-2025.yaml")
	if code != 0 || !strings.Contains(out, "rubrik ombudsman-2019 versi 2019.1 (diubah),") ||
		!strings.Contains(errs, notice) || !strings.Contains(errs, hint) {
		t.Errorf("validate edited: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, errs = kep(t, "rubric", "show", "langkat-2025.yaml")
	if code != 0 || !strings.Contains(out, "versi 2019.1 (diubah) · observasi") || !strings.Contains(errs, notice) {
		t.Errorf("show edited: exit %d, stdout %q, stderr %q", code, out[:min(len(out), 300)], errs)
	}
	// English too.
	_, out, errs = kep(t, "rubric", "validate", "--lang", "en", "langkat-2025.yaml")
	if !strings.Contains(out, "version 2019.1 (modified)") || !strings.Contains(errs, "uses the id ombudsman-2019 and version 2019.1 of a built-in rubric") {
		t.Errorf("validate in English: %q %q", out, errs)
	}

	code, out, errs = kep(t, "score", example, "--rubric", "langkat-2025.yaml", "--pdf", "rapor", "--xlsx", "hasil.xlsx")
	if code != 4 || !strings.Contains(out, "\nrubrik ombudsman-2019 versi 2019.1 diubah dari rubrik bawaan (hash ") ||
		strings.Count(errs, notice) != 1 {
		t.Errorf("score: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	f, err := excelize.OpenFile("hasil.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Metadata")
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		found = found || (len(r) > 1 && r[0] == "Versi rubrik" && r[1] == "2019.1 (diubah)")
	}
	if !found {
		t.Errorf("the results workbook's Metadata does not say the rubric was modified: %q", rows)
	}
	code, _, errs = kep(t, "report", example, "--rubric", "langkat-2025.yaml", "-o", "laporan.pdf")
	if code != 4 || !strings.Contains(errs, notice) {
		t.Errorf("report: exit %d, %q", code, errs)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: the PDFs' text is not checked")
	}
	for _, pdf := range []string{"rapor/DINSOS.pdf", "laporan.pdf"} {
		text, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(text), "Rubrik ombudsman-2019 versi 2019.1 (diubah), hash ") ||
			strings.Contains(string(text), "versi 2019.1,") {
			t.Errorf("%s does not mark the rubric modified on every page", pdf)
		}
	}
}
