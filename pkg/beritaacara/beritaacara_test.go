package beritaacara_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/beritaacara"
	"github.com/kepatuhan/kepatuhan/pkg/correction"
	"github.com/kepatuhan/kepatuhan/pkg/example"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

var dir = filepath.Join("..", "..", "testdata", "example")

// round loads the example's verification round with its corrections and
// its issuer's configuration.
func round(t *testing.T) (*results.Results, *issuer.Config) {
	t.Helper()
	self, ver, corr, cfg, _ := example.RoundFiles()
	_ = self
	out := ingest.Load([]string{filepath.Join(dir, ver)}, ingest.Options{})
	if out.Invalid() {
		t.Fatalf("%v", out.Problems)
	}
	entries, err := correction.Read(filepath.Join(dir, corr))
	if err != nil {
		t.Fatal(err)
	}
	if ps := correction.Apply(out.Results, entries); ps.HasErrors() {
		t.Fatal(ps)
	}
	c, err := issuer.Load(filepath.Join(dir, cfg))
	if err != nil {
		t.Fatal(err)
	}
	return out.Results, c
}

func unit(res *results.Results, code string) *results.Unit {
	for i := range res.Units {
		if res.Units[i].Code == code {
			return &res.Units[i]
		}
	}
	return nil
}

func text(t *testing.T, data []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	path := filepath.Join(t.TempDir(), "x.pdf")
	os.WriteFile(path, data, 0o644)
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// One line per paragraph's words, so that phrases wrapped over lines
	// still match.
	return strings.Join(strings.Fields(string(out)), " ")
}

func has(t *testing.T, doc, where string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(doc, w) {
			t.Errorf("%s: missing %q", where, w)
		}
	}
}

func hasNot(t *testing.T, doc, where string, not ...string) {
	t.Helper()
	for _, w := range not {
		if strings.Contains(doc, w) {
			t.Errorf("%s: has %q", where, w)
		}
	}
}

// A provisional unit's berita acara says so; a verified one is final; an
// incomplete one is not scored. Each carries the letterhead, the unit,
// both scores, the shortfalls, the RTL table and the three signatures.
func TestUnitMinutes(t *testing.T) {
	res, cfg := round(t)
	o := beritaacara.Options{Issuer: cfg}
	pkm, err := beritaacara.Unit(res, unit(res, "PKM-HARAPAN"), o)
	if err != nil {
		t.Fatal(err)
	}
	doc := text(t, pkm)
	has(t, doc, "PKM-HARAPAN", "PEMERINTAH KABUPATEN CONTOH", "SEKRETARIAT DAERAH", "BAGIAN ORGANISASI",
		"BERITA ACARA", "Nomor:", "Pada hari ini Minggu, tanggal 8 September 2024, bertempat di Contoh",
		"Puskesmas Tanjung Harapan", "Nilai penilaian mandiri unit", "88,46", "Nilai hasil verifikasi", "50,00 (sementara)",
		"Kepatuhan Rendah", "Zona Merah", "HASIL SEMENTARA", "Hasil ini bersifat sementara: 4 indikator belum diverifikasi",
		"setelah proses verifikasi dan validasi selesai", "Kekurangan dan rekomendasi (13)", "Rencana tindak lanjut (RTL)",
		"Penanggung jawab", "Target waktu", "Pihak unit pelayanan,", "Kepala Puskesmas Tanjung Harapan", "dr. Maria Ulfa",
		"NIP. 19850817 201001 2 015", "Verifikator,", "Drs. Ahmad Fauzi, M.Si.", "Mengetahui,", "Ir. Sri Wahyuni, M.M.",
		"Contoh, 8 September 2024")
	hasNot(t, doc, "PKM-HARAPAN", "HASIL FINAL", "--", "kepatuhan.yaml")

	dinsos, err := beritaacara.Unit(res, unit(res, "DINSOS"), o)
	if err != nil {
		t.Fatal(err)
	}
	doc = text(t, dinsos)
	has(t, doc, "DINSOS", "HASIL FINAL", "Seluruh indikator telah diverifikasi; hasil ini bersifat final",
		"SI-01 dikoreksi setelah klarifikasi dari Tidak menjadi Ya", "rujukan 800/412/Org/2024",
		"Pada hari ini Senin, tanggal 7 Oktober 2024", "Budi Santoso, S.Sos.")
	hasNot(t, doc, "DINSOS", "SEMENTARA")

	kec, err := beritaacara.Unit(res, unit(res, "KEC-HARAPAN"), o)
	if err != nil {
		t.Fatal(err)
	}
	doc = text(t, kec)
	has(t, doc, "KEC-HARAPAN", "BELUM DAPAT DINILAI", "2 indikator belum dijawab", "(penilaian mandiri belum lengkap)",
		"Kepala Kecamatan Tanjung Harapan", "(…")
}

// The round's berita acara lists every unit with its status and says the
// round is provisional while a unit's verification is not finished.
func TestRoundMinutes(t *testing.T) {
	res, cfg := round(t)
	data, err := beritaacara.Round(res, beritaacara.Options{Issuer: cfg})
	if err != nil {
		t.Fatal(err)
	}
	doc := text(t, data)
	has(t, doc, "round", "REKAPITULASI HASIL VERIFIKASI PENILAIAN KEPATUHAN", "12 unit pelayanan publik",
		"Kamis, tanggal 10 Oktober 2024", "DESA-SIDOMULYO", "sementara", "belum lengkap", "final",
		"Hasil final: 10 unit; sementara: 1 unit; belum lengkap: 1 unit.", "Nilai daerah (rata-rata 11 unit lengkap): 74,46",
		"Verifikasi 2 unit belum selesai", "Mengetahui,", "Verifikator,", "Contoh, 10 Oktober 2024")
	// In English, and dated as asked.
	data, err = beritaacara.Round(res, beritaacara.Options{Issuer: cfg, Lang: msg.EN, Date: "2024-10-31"})
	if err != nil {
		t.Fatal(err)
	}
	doc = text(t, data)
	has(t, doc, "round en", "OFFICIAL MINUTES", "On Thursday, 31 October 2024, at Contoh", "PROVISIONAL RESULT", "Acknowledged by,")
	hasNot(t, doc, "round en", "Mengetahui", "sementara")
}

// Without a configuration, the letterhead is the region and the names are
// left to fill in; the same results give the same bytes.
func TestWithoutConfigDeterministic(t *testing.T) {
	res, _ := round(t)
	a, err := beritaacara.Unit(res, &res.Units[0], beritaacara.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := beritaacara.Unit(res, &res.Units[0], beritaacara.Options{})
	if !bytes.Equal(a, b) {
		t.Error("the same results gave different bytes")
	}
	doc := text(t, a)
	has(t, doc, "no config", "KABUPATEN CONTOH", "Kepala Dinas Kesehatan", "(…", "NIP. …")
	hasNot(t, doc, "no config", "SEKRETARIAT DAERAH", "Ahmad Fauzi")
}

// The closing sentence ("Demikian berita acara ini …") stays on the page
// of the signatures it introduces, in every unit's berita acara and the
// round's (KEC-MEKARSARI's and DESA-SIDOMULYO's RTL tables used to end
// their second page with the sentence, the signatures alone on the third).
func TestClosingWithSignatures(t *testing.T) {
	res, cfg := round(t)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	pages := func(data []byte) []string {
		path := filepath.Join(t.TempDir(), "x.pdf")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("pdftotext", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(string(out), "\f")
	}
	check := func(where string, data []byte) {
		t.Helper()
		for i, p := range pages(data) {
			if strings.Contains(p, "Demikian berita acara") && !strings.Contains(p, "Ahmad Fauzi") {
				t.Errorf("%s: the closing sentence on page %d, without the signatures", where, i+1)
			}
		}
	}
	o := beritaacara.Options{Issuer: cfg}
	for i := range res.Units {
		data, err := beritaacara.Unit(res, &res.Units[i], o)
		if err != nil {
			t.Fatal(err)
		}
		check(res.Units[i].Code, data)
	}
	data, err := beritaacara.Round(res, o)
	if err != nil {
		t.Fatal(err)
	}
	check("round", data)
}

// Without a configuration, the round's recapitulation of units of two
// regions is headed by both, not by the first unit's.
func TestRoundRegions(t *testing.T) {
	res, _ := round(t)
	for i := range res.Units {
		res.Units[i].Region = "Kabupaten Contoh"
	}
	res.Units[len(res.Units)-1].Region = "Kota Lain"
	data, err := beritaacara.Round(res, beritaacara.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := text(t, data)
	has(t, doc, "two regions", "KABUPATEN CONTOH DAN KOTA LAIN")
}
