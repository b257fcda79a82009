package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The SKM reports are signed by whom the issuer's configuration names: a
// unit's report by its head (unit_heads), the combined report by the
// official who issues the round's documents, at the configuration's place.
// A unit with no head named keeps blank lines to sign on.
func TestSKMSigners(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: the PDFs' text is not checked")
	}
	example, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	text := func(pdf string) string {
		t.Helper()
		out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	survey := filepath.Join(example, "survei-skm-2024.xlsx")
	units := filepath.Join(example, "unit-skm-2024.csv")

	// No configuration in the working folder and none named: blank lines.
	code, _, errs := kep(t, "skm", survey, "--units", units, "-o", "tanpa.pdf", "--pdf", "tanpa")
	if code != 0 {
		t.Fatalf("skm: exit %d, %s", code, errs)
	}
	if s := text("tanpa/DINSOS.pdf"); strings.Contains(s, "Budi Santoso") || !strings.Contains(s, "NIP ……") {
		t.Errorf("DINSOS without a configuration: want blank lines to sign on, got\n%s", s[max(0, len(s)-400):])
	}

	code, _, errs = kep(t, "skm", survey, "--units", units, "--config", filepath.Join(example, "kepatuhan.yaml"),
		"-o", "gabungan.pdf", "--pdf", "unit")
	if code != 0 {
		t.Fatalf("skm --config: exit %d, %s", code, errs)
	}
	for pdf, want := range map[string][]string{
		"unit/DINSOS.pdf": {"Contoh, ", "Kepala Dinas Sosial", "Budi Santoso, S.Sos.", "NIP 19800101 200501 1 002"},
		"gabungan.pdf":    {"Contoh, ", "Kepala Bagian Organisasi Sekretariat Daerah", "Drs. Ahmad Fauzi, M.Si.", "Pembina (IV/a)", "NIP 19750312 200003 1 004"},
	} {
		s := text(pdf)
		for _, w := range want {
			if !strings.Contains(s, w) {
				t.Errorf("%s: no %q in its signature block", pdf, w)
			}
		}
	}
	// DPMPTSP's head is not in the configuration: blank lines, no one
	// else's name.
	if s := text("unit/DPMPTSP.pdf"); strings.Contains(s, "Budi Santoso") || strings.Contains(s, "Ahmad Fauzi") || !strings.Contains(s, "NIP ……") {
		t.Errorf("DPMPTSP: want blank lines to sign on")
	}

	// A configuration that does not exist: refused before anything is
	// written (exit 3).
	code, _, errs = kep(t, "skm", survey, "--config", "tidak-ada.yaml", "-o", "x.pdf")
	if code != 3 || !strings.Contains(errs, "tidak-ada.yaml") {
		t.Errorf("missing configuration: exit %d, %s", code, errs)
	}
	if _, err := os.Stat("x.pdf"); err == nil {
		t.Error("x.pdf written despite the refused configuration")
	}
}
