package pdfdoc

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/issuer"
)

func testLogo(t *testing.T) *issuer.Logo {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 40, 48))
	for y := 0; y < 48; y++ {
		for x := 0; x < 40; x++ {
			img.Set(x, y, color.RGBA{uint8(5 * x), 120, uint8(4 * y), 255})
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return &issuer.Logo{Data: b.Bytes(), Type: "PNG", W: 40, H: 48}
}

func testConfig(t *testing.T) *issuer.Config {
	return &issuer.Config{
		Region: "Kabupaten Contoh", Government: "Pemerintah Kabupaten Contoh", Office: "Sekretariat Daerah",
		Division: "Bagian Organisasi", Address: "Jl. Merdeka No. 1, Contoh 12345", Place: "Contoh", Logo: testLogo(t),
		Verifier:     &issuer.Signatory{Position: "Kepala Bagian Organisasi", Name: "Drs. Ahmad Fauzi, M.Si.", Rank: "Pembina (IV/a)", NIP: "197503122000031004"},
		Acknowledged: &issuer.Signatory{Position: "Sekretaris Daerah", Name: "Ir. Sri Wahyuni", NIP: "196805141994032007"},
	}
}

// pdfText extracts a document's text with pdftotext, skipping the test
// where poppler-utils are not installed.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	path := filepath.Join(t.TempDir(), "x.pdf")
	os.WriteFile(path, data, 0o644)
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// The letterhead and the signature blocks print the office and every
// signatory; a signer without a name gets lines to fill in by hand.
func TestLetterheadAndSignatures(t *testing.T) {
	f := newTestFlow(t)
	c := testConfig(t)
	if !f.Letterhead(c, "") {
		t.Fatal("Letterhead reported no configuration")
	}
	if f.Y < MarginTop+24 {
		t.Errorf("Y %v: the letterhead took less than its logo", f.Y)
	}
	f.SignedBy(c, "12 Oktober 2024")
	f.Signatures(Signature{Above: []string{"Pihak unit,"}, Signer: issuer.Signatory{Position: "Kepala Dinas Sosial"}})
	text := pdfText(t, pages(t, f))
	for _, want := range []string{"PEMERINTAH KABUPATEN CONTOH", "SEKRETARIAT DAERAH", "BAGIAN ORGANISASI",
		"Jl. Merdeka No. 1", "Mengetahui,", "Contoh, 12 Oktober 2024", "Sekretaris Daerah", "Kepala Bagian Organisasi",
		"Drs. Ahmad Fauzi, M.Si.", "Pembina (IV/a)", "NIP. 19750312 200003 1 004", "NIP. 19680514 199403 2 007",
		"Kepala Dinas Sosial", "NIP. ……"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
}

// Without a configuration the letterhead is the region alone, and the
// signature is left to be filled in.
func TestLetterheadWithoutConfig(t *testing.T) {
	f := newTestFlow(t)
	if f.Letterhead(nil, "Kabupaten Contoh") {
		t.Fatal("no configuration, yet a letterhead")
	}
	f.SignedBy(nil, "1 Januari 2025")
	text := pdfText(t, pages(t, f))
	for _, want := range []string{"KABUPATEN CONTOH", "1 Januari 2025", "(……"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
}

// A signature row never splits over a page.
func TestSignaturesKeptTogether(t *testing.T) {
	f := newTestFlow(t)
	f.Y = f.Bottom - 20
	f.SignedBy(testConfig(t), "12 Oktober 2024")
	if f.PageNo() != 2 {
		t.Errorf("page %d: the signatures did not move to a new page", f.PageNo())
	}
}
