package card_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/card"
	"github.com/kepatuhan/kepatuhan/pkg/example"
	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

var exampleDir = filepath.Join("..", "..", "testdata", "example")

func cardText(t *testing.T, res *results.Results, code string, o card.Options) string {
	t.Helper()
	return strings.Join(strings.Fields(pdfText(t, res, code, o)), " ")
}

// cardLayout is a card's text as laid out on its pages.
func cardLayout(t *testing.T, res *results.Results, code string, o card.Options) string {
	t.Helper()
	return pdfText(t, res, code, o, "-layout")
}

func pdfText(t *testing.T, res *results.Results, code string, o card.Options, flags ...string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	for i := range res.Units {
		if res.Units[i].Code != code {
			continue
		}
		data, err := card.Render(res, &res.Units[i], o)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), code+".pdf")
		os.WriteFile(path, data, 0o644)
		out, err := exec.Command("pdftotext", append(flags, path, "-")...).Output()
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	t.Fatalf("no unit %s", code)
	return ""
}

// A provisional unit's card says so at the top and lists what is not yet
// verified; a verified one does not; corrections are on the card; the
// issuer signs when configured.
func TestRoundCards(t *testing.T) {
	res, err := example.LoadRound(exampleDir, true)
	if err != nil {
		t.Fatal(err)
	}
	_, _, _, config, _ := example.RoundFiles()
	cfg, err := issuer.Load(filepath.Join(exampleDir, config))
	if err != nil {
		t.Fatal(err)
	}
	o := card.Options{Issuer: cfg}
	pkm := cardText(t, res, "PKM-HARAPAN", o)
	for _, want := range []string{"HASIL SEMENTARA", "4 dari 26 indikator belum diverifikasi",
		"Penilaian mandiri dan verifikasi", "Nilai penilaian mandiri unit", "88,46", "50,00 (sementara)",
		"-38,46 — penilaian mandiri terlalu tinggi", "Jawaban yang dikoreksi verifikator (10)",
		"Belum diverifikasi: BK-02, BK-03, PG-02, PG-03", "Mengetahui,", "Drs. Ahmad Fauzi, M.Si.",
		"NIP. 19750312 200003 1 004", "Contoh, 8 September 2024"} {
		if !strings.Contains(pkm, want) {
			t.Errorf("PKM-HARAPAN's card lacks %q", want)
		}
	}
	// Each unverified answer is marked where the table of every indicator
	// shows it (and nowhere else on this card: none is a finding).
	if n := strings.Count(cardLayout(t, res, "PKM-HARAPAN", o), "   belum diverifikasi\n"); n != 4 {
		t.Errorf("PKM-HARAPAN's card marks %d unverified answers in its table, want 4", n)
	}
	dis := cardText(t, res, "DISDUKCAPIL", o)
	for _, want := range []string{"Koreksi setelah klarifikasi atau keberatan (1)", "dikoreksi setelah klarifikasi dari Tidak menjadi Ya",
		"rujukan 800/431/Org/2024", "Kepala Bagian Organisasi", "Keberatan diterima", "+3,84 — penilaian mandiri terlalu rendah"} {
		if !strings.Contains(dis, want) {
			t.Errorf("DISDUKCAPIL's card lacks %q", want)
		}
	}
	if strings.Contains(dis, "HASIL SEMENTARA") || strings.Contains(dis, "Belum diverifikasi:") || strings.Contains(cardLayout(t, res, "DISDUKCAPIL", o), "   belum diverifikasi\n") {
		t.Error("a verified unit's card says it is provisional")
	}
	// Without a configuration, no signature block.
	if plain := cardText(t, res, "DISDUKCAPIL", card.Options{}); strings.Contains(plain, "Mengetahui") {
		t.Error("a card without a configuration is signed")
	}
	// English.
	if en := cardText(t, res, "PKM-HARAPAN", card.Options{Lang: "en"}); !strings.Contains(en, "PROVISIONAL RESULT") ||
		!strings.Contains(en, "Not yet verified: BK-02") {
		t.Error("the English card lacks its round")
	}
}
