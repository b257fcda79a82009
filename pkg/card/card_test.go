package card

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// contoh returns results with the samples' worked example (DISDUK, 71.67,
// yellow zone) and an incomplete unit.
func contoh(t testing.TB) *fixture {
	r := loadRubric(t, "../../testdata/rubrics/contoh.yaml")
	f := newFixture(t, r, "observasi-2024.xlsx")
	f.unit("DISDUK", "Dinas Kependudukan dan Pencatatan Sipil", "", answers{
		"SP-01": "1", "SP-02": "1", "SP-03": "0", "SP-04": "1",
		"SR-01": "1", "SR-02": "Sebagian", "SR-03": "N/A",
	}, map[string]results.Remark{
		"SP-03": {Note: "Papan informasi hanya memuat persyaratan; jangka waktu tidak tercantum.", Evidence: "Foto 12 dan 13"},
		"SR-03": {Note: "Gedung sewaan, tidak ada ruang yang dapat dipakai."},
	})
	f.unit("DINKES", "Dinas Kesehatan", "", answers{"SP-01": "1", "SP-02": "0"}, nil)
	return f
}

// uji returns results on the test rubric: a puskesmas with findings of
// every answer type, a survey, an N/A and a not-applicable indicator.
func uji(t testing.TB) *fixture {
	f := newFixture(t, loadRubric(t, "testdata/uji.yaml"), "rapor-uji.xlsx")
	f.unit("PKM-01", "UPTD Puskesmas Kecamatan Sukamaju", "puskesmas", answers{
		"IN-01": "2", "IN-02": "80", "IN-03": "Tidak", "IN-04": "N/A", "IN-05": "Sebagian",
		"PR-01": "Tidak", "PR-02": "Ya", "PR-03": "Ya", "PR-04": "Ya",
		"OUT-01": "3 4 2 3 3 2 4 1 3 3", "OUT-02": "4 4 4 4 4 4 4 4",
	}, map[string]results.Remark{
		"IN-03": {Note: "Kursi ruang tunggu hanya 4 buah untuk rata-rata 60 pengunjung per hari.", Evidence: "Foto 3–5"},
		"PR-01": {Note: "Papan persyaratan ada di gudang, belum dipasang.", Evidence: "Foto 7"},
		"IN-04": {Note: "Ruang laktasi digabung dengan ruang KIA."},
	})
	return f
}

func readCard(t *testing.T, res *results.Results, o Options, i int) (text string, path string) {
	t.Helper()
	_, paths := writeOne(t, res, o)
	return pdftotext(t, paths[i]), paths[i]
}

// checkSum finds the line "a + b + … = total" and checks that the terms
// add up exactly to the total, in the printed decimals.
func checkSum(t *testing.T, text string, lang msg.Lang, total string) []string {
	t.Helper()
	num := `-?\d[\d.,]*`
	// The contributions, then the rounding residual when they do not
	// add up: "23,08 + … + 3,85 − 0,01 = 100,00".
	re := regexp.MustCompile(`(` + num + `(?: \+ ` + num + `)+)(?: ([+−]) (` + num + `))? = ` + regexp.QuoteMeta(total))
	m := re.FindStringSubmatch(squash(text))
	if m == nil {
		t.Fatalf("no sum line ending in = %s in:\n%s", total, text)
	}
	terms := strings.Split(m[1], " + ")
	parse := func(s string) int64 {
		if lang == msg.EN {
			s = strings.ReplaceAll(s, ",", "")
		} else {
			s = strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", ".")
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("term %q: %v", s, err)
		}
		return int64(math.Round(f * 100))
	}
	var sum int64
	for _, s := range terms {
		sum += parse(s)
	}
	switch m[2] {
	case "+":
		sum += parse(m[3])
	case "−":
		sum -= parse(m[3])
	}
	if sum != parse(total) {
		t.Errorf("%s adds up to %d hundredths, not %s", m[0], sum, total)
	}
	return terms
}

func TestContohCard(t *testing.T) {
	f := contoh(t)
	text, path := readCard(t, f.res, Options{}, 0)
	if filepath.Base(path) != "DISDUK.pdf" {
		t.Errorf("file %s", path)
	}
	r := f.res.Rubric
	mustContain(t, "contoh card", text,
		"RAPOR KEPATUHAN", "Dinas Kependudukan dan Pencatatan Sipil", "DISDUK", "Kabupaten Contoh", "2024",
		"Budi Santoso", "12 Agustus 2024",
		"71,67", "ZONA KUNING", "Kepatuhan Sedang", "51,00–80,99", "dari 100,00",
		"Nilai per komponen", "SP · Standar Pelayanan", "75,0%", "60,0%", "45,00", "SR · Sarana Prasarana", "66,7%", "26,67",
		"45,00 + 26,67 = 71,67",
		"Temuan dan rekomendasi (2)", "SP-03", "Jangka waktu penyelesaian dipublikasikan", "Tidak terpenuhi",
		"Catatan penilai", "jangka waktu tidak tercantum", "Bukti Foto 12 dan 13",
		// The source file by its name, not the folder it was read from.
		"Sumber observasi-2024.xlsx › Observasi › D7",
		"SR-02", "Sebagian", "Jawaban Sebagian", "13,33 dari 26,67 poin",
		"Dijawab N/A, tidak dihitung (1)", "SR-03", "Gedung sewaan",
		"Rincian semua indikator",
		"Rubrik contoh versi 1, hash "+r.Hash()[:12], "kepatuhan 0.1.0-test",
		"observasi-2024.xlsx (SHA-256 0123456789abcdef)", "halaman 1 dari 2",
		// The points of the table of every indicator, each rounded, add
		// up to 71,66: the residual closes it.
		"Selisih pembulatan +0,01 Nilai 71,67",
	)
	mustNotContain(t, "contoh card", text, "BELUM LENGKAP", "Belum diisi (", "data/observasi-2024.xlsx")
	checkSum(t, text, msg.ID, "71,67")
}

// Equal contributions read the same: a unit meeting all 26 indicators of
// ombudsman-2019 (equal weights, 100/26 = 3,846… each) shows 3,85 for
// every one-indicator component and every indicator, and the rounding
// residual as a line of its own where the printed parts do not add up —
// the components to 100,01, the 26 indicators to 100,10.
func TestRoundingResidual(t *testing.T) {
	r, err := rubric.Builtin("ombudsman-2019")
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, r, "penilaian.xlsx")
	a := answers{}
	for _, ind := range r.Indicators() {
		a[ind.Code] = "Ya"
	}
	f.unit("DINKES", "Dinas Kesehatan", "opd", a, nil)
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		text, _ := readCard(t, f.res, Options{Lang: lang}, 0)
		flat := squash(text)
		residual, total := msg.T(lang, msg.CardResidual), msg.T(lang, msg.CardTotal)
		want, score := "3,85", "100,00"
		if lang == msg.EN {
			want, score = "3.85", "100.00"
		}
		// Every one-indicator component (MK, PK, KM, PT) contributes the
		// same; none is bent to make the sum.
		for _, g := range []string{"MK", "PK", "KM", "PT"} {
			re := regexp.MustCompile(g + ` · [^%]*%[^%]*% ([\d.,]+)`)
			m := re.FindStringSubmatch(flat)
			if m == nil || m[1] != want {
				t.Errorf("%s: component %s contributes %v, want %s", lang, g, m, want)
			}
		}
		if strings.Contains(flat, "3,84") || strings.Contains(flat, "3.84") {
			t.Errorf("%s: an equal contribution is shown differently", lang)
		}
		mustContain(t, "residual", flat,
			residual+" −0"+want[1:2]+"01 "+total+" "+score, // the components: 100,01
			residual+" −0"+want[1:2]+"10 "+total+" "+score, // the 26 indicators: 100,10
		)
		if n := strings.Count(flat, want+" / "+want); n != 26 {
			t.Errorf("%s: %d indicators show %s / %s, want 26", lang, n, want, want)
		}
		checkSum(t, text, lang, score)
	}
	// A unit whose rounded parts add up gets no residual line.
	g := newFixture(t, loadRubric(t, "../../testdata/rubrics/contoh.yaml"), "observasi-2024.xlsx")
	g.unit("DISDUK", "Dinas Kependudukan dan Pencatatan Sipil", "", answers{
		"SP-01": "1", "SP-02": "1", "SP-03": "1", "SP-04": "1", "SR-01": "0", "SR-02": "Tidak Ada", "SR-03": "N/A",
	}, nil)
	text, _ := readCard(t, g.res, Options{}, 0)
	mustContain(t, "no residual", squash(text), "60,00 + 0,00 = 60,00", "Nilai 60,00")
	mustNotContain(t, "no residual", text, msg.T(msg.ID, msg.CardResidual))
}

func TestFindingsAndSurvey(t *testing.T) {
	f := uji(t)
	u := &f.res.Units[0]
	text, _ := readCard(t, f.res, Options{}, 0)
	all := pages(text)
	if len(all) < 2 {
		t.Fatalf("%d pages, want the findings to flow onto a second", len(all))
	}
	for i, p := range all {
		// The footer on every page.
		mustContain(t, "page "+strconv.Itoa(i+1), p,
			"Rubrik uji-rapor versi 2024.1, hash "+f.res.Rubric.Hash()[:12],
			"rapor-uji.xlsx (SHA-256 0123456789abcdef)",
			"halaman "+strconv.Itoa(i+1)+" dari "+strconv.Itoa(len(all)))
	}
	if i := strings.Index(all[1], "PKM-01 · UPTD Puskesmas"); i < 0 {
		t.Errorf("no running head on page 2:\n%s", all[1])
	}
	score := locale.Plain(msg.ID, *u.Score, 2)
	mustContain(t, "uji card", text,
		"Jenis unit", "Puskesmas", score, "ZONA KUNING", "Kategori C", "Cukup",
		// Findings with the rubric's recommendation, the note, evidence and source cell.
		"IN-01", "Jawaban 2 – Memahami sebagian besar",
		"Adakan sosialisasi standar pelayanan bagi seluruh pelaksana",
		"IN-03", "Sediakan ruang tunggu dengan kursi, penerangan dan ventilasi yang cukup.",
		"Kursi ruang tunggu hanya 4 buah", "Foto 3–5", "Observasi › D7",
		"PR-01", "Pasang papan persyaratan di ruang pelayanan", "Papan persyaratan ada di gudang",
		"IN-05", "Jawaban Sebagian",
		// The survey: mean and respondents.
		"OUT-01", "rata-rata 2,80 (skala 1–4), 10 responden", "Tinjau alur pelayanan",
		// N/A and not applicable.
		"Dijawab N/A, tidak dihitung (1)", "IN-04", "Ruang laktasi digabung dengan ruang KIA.",
		"Tidak berlaku untuk jenis unit Puskesmas (1)", "PR-05", "Maklumat pelayanan dipublikasikan",
	)
	// Met indicators are no findings; the met survey item is none either.
	findings := text[strings.Index(text, "Temuan dan rekomendasi"):strings.Index(text, "Dijawab N/A")]
	mustNotContain(t, "findings", findings, "PR-02", "PR-03", "OUT-02", "Publikasikan alur pelayanan")
	checkSum(t, text, msg.ID, score)
}

func TestEnglish(t *testing.T) {
	f := uji(t)
	text, _ := readCard(t, f.res, Options{Lang: msg.EN}, 0)
	score := locale.Plain(msg.EN, *f.res.Units[0].Score, 2)
	mustContain(t, "English card", text,
		"COMPLIANCE REPORT CARD", "Unit type", "Community health centre", "12 August 2024",
		score, "YELLOW ZONE", "Grade C", "Fair", "Score by component", "Findings and recommendations (6)",
		"Brief all staff on the service standard", "Assessor's note", "Evidence",
		"mean 2.80 (scale 1–4), 10 respondents", "Answered N/A, not counted (1)",
		"Not applicable to unit type Community health centre (1)", "page 1 of 2", "Rubric uji-rapor version 2024.1",
	)
	mustNotContain(t, "English card", text, "halaman", "Temuan", "ZONA")
	checkSum(t, text, msg.EN, score)
}

func TestIncompleteCard(t *testing.T) {
	f := contoh(t)
	r := f.res.Rubric
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		text, path := readCard(t, f.res, Options{Lang: lang}, 1)
		if filepath.Base(path) != "DINKES.pdf" {
			t.Errorf("file %s", path)
		}
		if lang == msg.ID {
			mustContain(t, "incomplete card", text, "BELUM LENGKAP", "5 dari 7 indikator belum diisi",
				"Belum diisi (5)", "Isi sel berikut di data/observasi-2024.xlsx › Observasi lalu jalankan penilaian lagi",
				"SP-03 Jangka waktu penyelesaian dipublikasikan E7", "SR-03 Ruang laktasi tersedia E11",
				"Nilai dihitung setelah semua indikator yang berlaku diisi", "SP-02", "Tidak terpenuhi")
		} else {
			mustContain(t, "incomplete card", text, "INCOMPLETE", "5 of 7 indicators are not answered",
				"Not answered (5)", "Fill in these cells")
		}
		// No score, grade, zone or band.
		var bad []string
		for _, b := range r.Bands {
			bad = append(bad, b.Label.In(string(lang)))
		}
		for _, z := range r.Zones {
			bad = append(bad, strings.ToUpper(z.Label.In(string(lang))), z.Label.In(string(lang)))
		}
		mustNotContain(t, "incomplete card", text, append(bad, "Kategori", "Grade", "Pita nilai", "Score bands", " = ")...)
		if strings.Contains(text, "15,00 + ") || strings.Contains(text, "NILAI\n") {
			t.Errorf("an incomplete card shows a score:\n%s", text)
		}
	}
}

func TestScaleBaseAndWeightedSum(t *testing.T) {
	base := loadRubric(t, "testdata/uji-skm.yaml")
	linear, err := base.WithVariant("linear")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []*rubric.Rubric{base, linear} {
		f := newFixture(t, r, "skm.xlsx")
		u := f.unit("KEC-A", "Kantor Camat Alpha", "", answers{"U1": "4 3 3 4 3", "U2": "2 2 3 1", "U3": "3 3 4", "U4": "4 4 4 4"}, nil)
		text, _ := readCard(t, f.res, Options{}, 0)
		total := locale.Plain(msg.ID, *u.Score, 2)
		terms := checkSum(t, text, msg.ID, total)
		mustContain(t, r.Ref(), text, "skala 25,00–100,00", "Nilai per indikator",
			"U1 · Persyaratan", "rata-rata 3,40 (skala 1–4), 5 responden", "rata-rata 2,00 (skala 1–4), 4 responden")
		if r.Scale.Rule == rubric.WeightedSum {
			// 25 × 0.25 × 3.40 = 21.25: values in their own units, printed weights.
			mustContain(t, r.Ref(), text, "Sumbangan tiap indikator = 25 × bobot × nilai", "Bobot", "0,25")
			if terms[0] != "21,25" || len(terms) != 4 {
				t.Errorf("weighted-sum terms %q", terms)
			}
		} else {
			// The scale's base comes first: 25,00 + ….
			mustContain(t, r.Ref(), text, "Batas bawah skala", "25,00 (batas bawah skala)")
			if terms[0] != "25,00" || len(terms) != 5 {
				t.Errorf("linear terms %q", terms)
			}
		}
	}
}

func TestHostileText(t *testing.T) {
	f := uji(t)
	u := &f.res.Units[0]
	huge := strings.Repeat("sangat panjang ", 1<<16) // ~1 MB
	u.Name = "Puskesmas 😀 \x01\x02 Sukamaju \xff\xfe" + huge
	u.Assessor = "Ayu\u200b Lestari\r\nTim 2"
	ir := &u.Indicators[2] // IN-03, not met
	ir.SetRemark(&results.Remark{Note: "catatan 👍🏽\x1b[31m merah " + huge, Evidence: strings.Repeat("x", 1<<20)})
	text, path := readCard(t, f.res, Options{}, 0)
	mustContain(t, "hostile card", text, "Puskesmas \uFFFD \uFFFD Sukamaju \uFFFD", "Ayu Lestari Tim 2", "catatan \uFFFD[31m merah",
		"dipotong; aslinya ")
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(pages(text)); n > 8 {
		t.Errorf("a 1 MB note makes %d pages; long texts should be cut", n)
	}
	if info.Size() > 1<<20 {
		t.Errorf("card is %d bytes", info.Size())
	}

	// A name in Latin Extended-A needs the Unicode fonts: the card is drawn
	// again with them, not with replacement characters.
	u.Name = "Kantor Şahin Ğöktürk"
	ir.SetRemark(nil)
	text, _ = readCard(t, f.res, Options{}, 0)
	mustContain(t, "Latin Extended", text, "Kantor Şahin Ğöktürk")
}

func TestDeterministic(t *testing.T) {
	f := uji(t)
	f.unit("PKM-02", "UPTD Puskesmas Kedua", "puskesmas", answers{"IN-01": "3"}, nil)
	read := func(o Options) [][]byte {
		_, paths := writeOne(t, f.res, o)
		var out [][]byte
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, b)
		}
		return out
	}
	for _, o := range []Options{{}, {Compress: true}, {Jobs: 1, Lang: msg.EN}} {
		a, b := read(o), read(o)
		for i := range a {
			if !bytes.Equal(a[i], b[i]) {
				t.Errorf("%+v: card %d differs between runs", o, i)
			}
		}
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1723420800")
	if got := read(Options{}); !bytes.Contains(got[0], []byte("D:20240812000000")) {
		t.Error("SOURCE_DATE_EPOCH is not the card's date")
	}
}

func TestWriteOrderAndJobs(t *testing.T) {
	f := contoh(t)
	for i := 0; i < 20; i++ {
		f.unit("U"+strconv.Itoa(i), "Unit "+strconv.Itoa(i), "", answers{"SP-01": "1"}, nil)
	}
	for _, jobs := range []int{1, 3, 0} {
		dir, paths := writeOne(t, f.res, Options{Jobs: jobs})
		want := FileNames(f.res.Units)
		for i, p := range paths {
			if p != filepath.Join(dir, want[i]) {
				t.Fatalf("jobs %d: path %d is %s, want %s", jobs, i, p, want[i])
			}
		}
		if got := listDir(t, dir); len(got) != len(paths) {
			t.Errorf("jobs %d: %d files for %d cards: %v", jobs, len(got), len(paths), got)
		}
	}
}

func TestFileNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"DINKES", "DINKES"},
		{"  dinas/kes:01?  ", "dinas_kes_01_"},
		{`a<b>c"d|e*f\g`, "a_b_c_d_e_f_g"},
		{"trailing. . ", "trailing"},
		{"..hidden", "hidden"},
		{"CON", "CON_"},
		{"nul.txt", "nul_.txt"},
		{"com1", "com1_"},
		{"LPT9", "LPT9_"},
		{"COM10", "COM10"},
		{"CONSOLE", "CONSOLE"},
		{"tab\there", "tab_here"},
		{"bad\xffutf8", "bad_utf8"},
		{"Dinas Sosial – Bidang Ⅱ", "Dinas Sosial – Bidang Ⅱ"},
		{"...", ""},
		{strings.Repeat("é", 80), strings.Repeat("é", 50)},
	} {
		if got := SafeName(c.in); got != c.want {
			t.Errorf("SafeName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	units := []results.Unit{{Code: "dinkes"}, {Code: "DINKES"}, {Code: ""}, {Code: "DINKES-2"}, {Code: "unit-3"}, {Code: "Dinkes"}}
	got := FileNames(units)
	want := []string{"dinkes.pdf", "DINKES-2.pdf", "unit-3.pdf", "DINKES-2-2.pdf", "unit-3-2.pdf", "Dinkes-3.pdf"}
	if !slices.Equal(got, want) {
		t.Errorf("FileNames = %q, want %q", got, want)
	}
	seen := map[string]bool{}
	for _, n := range got {
		if seen[strings.ToLower(n)] {
			t.Errorf("%s is not unique ignoring case", n)
		}
		seen[strings.ToLower(n)] = true
	}
}

// The rubric's title in the card's top line is whole, on two lines when
// long (the 2025 model's was cut "(Opini Ombuds…").
func TestLongRubricTitle(t *testing.T) {
	r, err := rubric.Builtin("ombudsman-2025")
	if err != nil {
		t.Fatal(err)
	}
	f := builtinFixture(t, r)
	text, _ := readCard(t, f.res, Options{}, 0)
	mustContain(t, "title", squash(text), "(Opini Ombudsman RI, 2025)")
	mustNotContain(t, "title", text, "Ombuds…")
}
