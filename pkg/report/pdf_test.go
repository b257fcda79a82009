package report_test

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/report"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func renderPDF(t testing.TB, res *results.Results, o report.Options) string {
	t.Helper()
	data, err := report.Build(res, o).PDF()
	if err != nil {
		t.Fatal(err)
	}
	return pdftotext(t, data)
}

var (
	rankLine   = regexp.MustCompile(`^\s*(\d+)\s+(\S+)\s+.*?\s(\d+[.,]\d+)\s`)
	agendaLine = regexp.MustCompile(`^\s*(\d+)\s+(\S+) · `)
)

// checkRanking reads the ranking section back: the units in the order
// and with the ranks and scores worked out in the test.
func checkRanking(t *testing.T, text string, res *results.Results, from, to string) {
	t.Helper()
	var got []ranked
	for _, l := range strings.Split(between(t, text, from, to), "\n") {
		if m := rankLine.FindStringSubmatch(l); m != nil {
			rank, _ := strconv.Atoi(m[1])
			got = append(got, ranked{code: m[2], rank: rank})
			s, _ := strconv.ParseFloat(strings.ReplaceAll(m[3], ",", "."), 64)
			got[len(got)-1].score = s
		}
	}
	want := wantRanking(res)
	if len(got) != len(want) {
		t.Fatalf("%d ranked lines, want %d:\n%s", len(got), len(want), between(t, text, from, to))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ranking line %d: %+v, want %+v", i+1, got[i], want[i])
		}
	}
}

// checkAgenda reads the coaching agenda back: the indicators in the
// order worked out in the test, each with its count of units.
func checkAgenda(t *testing.T, text string, res *results.Results, from, to string, lang msg.Lang) {
	t.Helper()
	section := between(t, text, from, to)
	var got []string
	for _, l := range strings.Split(section, "\n") {
		if m := agendaLine.FindStringSubmatch(l); m != nil {
			if n, _ := strconv.Atoi(m[1]); n != len(got)+1 {
				t.Errorf("agenda item %d numbered %d", len(got)+1, n)
			}
			got = append(got, m[2])
		}
	}
	want := wantAgenda(res, report.DefaultTop)
	if len(got) != len(want) {
		t.Fatalf("agenda %v, want %d items:\n%s", got, len(want), section)
	}
	for i, f := range want {
		if got[i] != f.code {
			t.Errorf("agenda %d: %s, want %s", i+1, got[i], f.code)
		}
		short := locale.Num(lang, f.shortfall, 1)
		if math.Abs(f.shortfall-math.Round(f.shortfall)) < 1e-9 {
			short = strconv.Itoa(int(math.Round(f.shortfall)))
		}
		stats := msg.T(lang, msg.ReportAgendaStats, locale.Int(lang, f.failing), locale.Int(lang, f.answered),
			locale.Percent(lang, float64(f.failing)/float64(f.answered), 1), locale.Int(lang, f.notMet), locale.Int(lang, f.partial),
			short, locale.Percent(lang, f.mean, 1))
		mustContain(t, "agenda "+f.code, section, stats)
	}
}

func TestExamplePDF(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "")
	res := example(t)
	text := renderPDF(t, res, report.Options{})
	all := pages(text)
	r := res.Rubric

	// Every page: the footer with the rubric, the tool, page x of y.
	for i, p := range all {
		mustContain(t, "page "+strconv.Itoa(i+1), p,
			"Rubrik ombudsman-2019 versi 2019.1, hash "+r.Hash()[:12]+" · kepatuhan",
			"halaman "+strconv.Itoa(i+1)+" dari "+strconv.Itoa(len(all)))
	}

	// The cover.
	mustContain(t, "cover", all[0], "LAPORAN TAHUNAN", "Laporan Hasil Penilaian Kepatuhan Standar Pelayanan Publik",
		"Kabupaten Contoh", "Periode 2024", r.Title.ID, "rubrik ombudsman-2019 versi 2019.1",
		"data per 27 Agustus 2024 (tanggal penilaian terakhir)", "Daftar isi", "1. Ringkasan eksekutif", "7. Metodologi")

	// The region's score, worked out here, and the units per zone.
	zones := wantZones(res)
	complete := 0
	for _, n := range zones {
		complete += n
	}
	region := locale.Plain(msg.ID, score.Round(wantRegionMean(res), 2, rubric.HalfAwayFromZero), 2)
	summary := between(t, text, "1. Ringkasan eksekutif", "2. Sebaran nilai")
	mustContain(t, "summary", summary, "Nilai Kabupaten Contoh "+region+": Kepatuhan Sedang, Zona Kuning",
		strconv.Itoa(len(res.Units))+" unit dinilai: "+strconv.Itoa(complete)+" lengkap, "+strconv.Itoa(len(res.Units)-complete)+" belum lengkap",
		"Unit belum lengkap (1): KEC-HARAPAN", "Rubrik ini tidak menetapkan target daerah")
	for _, z := range []rubric.Zone{rubric.Hijau, rubric.Kuning, rubric.Merah} {
		n := zones[z]
		mustContain(t, "zones", summary, r.ZoneInfo(z).Label.ID+" "+strconv.Itoa(n)+" "+locale.Percent(msg.ID, float64(n)/float64(complete), 1))
	}
	mustContain(t, "cover score", all[0], region, "ZONA KUNING", "Kepatuhan Sedang")

	checkRanking(t, text, res, "3. Peringkat unit", "4. Rata-rata")
	checkAgenda(t, text, res, "5. Indikator yang paling sering", "6. Unit belum lengkap", msg.ID)

	// Incomplete units with the cells to fill; N/A answers.
	issues := between(t, text, "6. Unit belum lengkap", "7. Metodologi")
	mustContain(t, "issues", issues, "Unit belum lengkap (1)", "KEC-HARAPAN", "SR-02 (E27), PG-03 (E39)",
		"Unit dengan jawaban N/A (3)", "KEC-SUKAMAJU", "DESA-SUKAMAKMUR", "DESA-SIDOMULYO", "BK-04")

	// The methodology.
	method := between(t, text, "7. Metodologi", "Lampiran")
	mustContain(t, "methodology", method, r.Hash(), "ombudsman-2019 · versi 2019.1 · observasi",
		"0,00–100,00, linear", "2 desimal, setengah menjauhi nol", "rata-rata nilai unit yang lengkap",
		"81,00–100,00 Kepatuhan Tinggi Zona Hijau", "SP · Standar Pelayanan", "23,08%",
		"Undang-Undang Nomor 25 Tahun 2009", "Asal nilai", "diterbitkan", "lokal", "Pilihan laporan ini",
		"penilaian-2024.xlsx (SHA-256 "+res.Inputs[0].SHA256[:16]+")")

	// The appendix: every unit once.
	app := between(t, text, "Lampiran: nilai setiap unit", "\x00")
	listed := map[string]int{}
	for _, l := range strings.Split(app, "\n") {
		if f := strings.Fields(l); len(f) > 0 {
			listed[f[0]]++
		}
	}
	for i := range res.Units {
		if u := &res.Units[i]; listed[u.Code] != 1 {
			t.Errorf("appendix lists %s %d times", u.Code, listed[u.Code])
		}
	}
	mustContain(t, "appendix", app, "KEC-HARAPAN Kecamatan Tanjung Harapan – belum lengkap")
	mustNotContain(t, "report", text, "report.", "%!")
}

func TestEnglishPDF(t *testing.T) {
	res := example(t)
	text := renderPDF(t, res, report.Options{Lang: msg.EN, Date: "2025-01-20"})
	all := pages(text)
	mustContain(t, "english", text, "ANNUAL REPORT", "Report: Compliance with public-service standards", "Period 2024",
		"Report date", "20 January 2025", "1. Executive summary", "Units per zone", "Green zone", "3. Ranking of the units",
		"5. Indicators most often not fully met: the coaching agenda", "Recommendation:", "7. Methodology",
		"Appendix: every unit's score", "page 1 of "+strconv.Itoa(len(all)))
	mustNotContain(t, "english", text, "halaman", "Ringkasan", "Rekomendasi:")
	checkRanking(t, text, res, "3. Ranking of the units", "4. Averages")
	checkAgenda(t, text, res, "5. Indicators most often", "6. Incomplete units", msg.EN)
}

// A large district: long tables flow over pages, each page repeating
// the table's header; every page has its footer.
func TestLongTablesFlow(t *testing.T) {
	res := synth(t, loadRubric(t, "ombudsman-2023"), 260)
	text := renderPDF(t, res, report.Options{})
	checkRanking(t, text, res, "3. Peringkat unit", "4. Rata-rata")
	checkAgenda(t, text, res, "5. Indikator yang paling sering", "6. Unit belum lengkap", msg.ID)
	all := pages(text)
	rankPages, appPages := 0, 0
	for i, p := range all {
		mustContain(t, "page "+strconv.Itoa(i+1), p, "halaman "+strconv.Itoa(i+1)+" dari "+strconv.Itoa(len(all)))
		head := strings.SplitN(p, "\n", 2)[0]
		switch {
		case strings.Contains(head, "3. Peringkat unit"):
			rankPages++
			mustContain(t, "ranking page "+strconv.Itoa(i+1), p, "Peringkat Kode Nama unit · Jenis unit Nilai")
		case strings.Contains(head, "Lampiran: nilai setiap unit"):
			appPages++
			mustContain(t, "appendix page "+strconv.Itoa(i+1), p, "Kode Nama unit · Jenis unit Nilai")
		}
	}
	if rankPages < 3 || appPages < 3 {
		t.Errorf("ranking on %d pages, appendix on %d: the tables should flow", rankPages, appPages)
	}
	// Grades and zones of ombudsman-2023 both show.
	mustContain(t, "grades", between(t, text, "3. Peringkat unit", "4. Rata-rata"), "Kategori Predikat Zona")
}

// A rubric without zones (SKM) shows its grades instead.
func TestNoZones(t *testing.T) {
	res := synth(t, loadRubric(t, "skm-2017"), 40)
	text := renderPDF(t, res, report.Options{})
	mustContain(t, "skm", between(t, text, "1. Ringkasan", "2. Sebaran"), "Unit per kategori", "A · Sangat baik", "D · Tidak baik")
	checkRanking(t, text, res, "3. Peringkat unit", "4. Rata-rata")
	mustNotContain(t, "skm", text, "Zona Hijau")
}

func TestPDFDeterministic(t *testing.T) {
	res := example(t)
	a, err := report.Build(res, report.Options{}).PDF()
	if err != nil {
		t.Fatal(err)
	}
	b, err := report.Build(res, report.Options{}).PDF()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two renders differ")
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1735603200")
	c, err := report.Build(res, report.Options{}).PDF()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(c, []byte("D:20241231000000")) {
		t.Error("SOURCE_DATE_EPOCH is not the document's date")
	}
	mustContain(t, "epoch date", pdftotext(t, c), "Tanggal laporan 31 Desember 2024")
}

// Text the fast fonts cannot draw makes the report use the Unicode ones.
func TestUnicodeNames(t *testing.T) {
	res := synth(t, loadRubric(t, "ombudsman-2019"), 5)
	res.Units[0].Name = "Kantor Şahin Ğöktürk"
	text := renderPDF(t, res, report.Options{Region: "Kabupaten Ŝ"})
	mustContain(t, "unicode", text, "Kantor Şahin Ğöktürk", "Kabupaten Ŝ")
}

// Text a person typed cannot break the report: control characters,
// invalid UTF-8, emoji and megabytes of name are cleaned or cut.
func TestHostileText(t *testing.T) {
	res := synth(t, loadRubric(t, "ombudsman-2019"), 6)
	huge := strings.Repeat("sangat panjang ", 1<<16)
	res.Units[0].Name = "Puskesmas 😀 \x01 Sukamaju \xff" + huge
	res.Units[1].Code = "KODE-(1)\\x"
	res.Units[2].Type = "jenis baru \x02"
	rp := report.Build(res, report.Options{Region: "Kabupaten 👍🏽 Uji", Title: "Laporan\r\nTahunan"})
	data, err := rp.PDF()
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 2<<20 {
		t.Errorf("report is %d bytes: long texts should be cut", len(data))
	}
	text := pdftotext(t, data)
	mustContain(t, "hostile", text, "Puskesmas \uFFFD \uFFFD Sukamaju \uFFFD", "KODE-(1)\\x", "Kabupaten \uFFFD Uji", "Laporan Tahunan")
	x, err := rp.XLSX()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := excelizeOpen(x); err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
}
