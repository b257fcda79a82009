package skmreport_test

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/skmreport"
)

// gaspul is the GASPUL worked example: 29 respondents whose answers to
// U1…U9 add up to 105, 101, 100, 116, 102, 105, 106, 105, 115 (fours,
// threes and twos per unsur as the source lists them).
var gaspul = [9][3]int{{18, 11, 0}, {14, 15, 0}, {15, 12, 2}, {29, 0, 0}, {15, 14, 0}, {18, 11, 0}, {19, 10, 0}, {18, 11, 0}, {28, 1, 0}}

// respondentRow is one row of a respondents sheet.
type respondentRow struct {
	unit, date, sex, age, occupation, saran string
	answers                                 [9]string
}

// workbook writes a wide respondents sheet of rows and returns its path.
func workbook(t *testing.T, rows []respondentRow) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("sheet Responden\n1: Kode Unit | Responden | Tanggal | Jenis Kelamin | Umur | Pekerjaan | U1 | U2 | U3 | U4 | U5 | U6 | U7 | U8 | U9 | Saran\n")
	for i, r := range rows {
		fmt.Fprintf(&b, "%d: %s | %d | %s | %s | %s | %s | %s | %s\n", i+2, r.unit, i+1, r.date, r.sex, r.age, r.occupation,
			strings.Join(r.answers[:], " | "), r.saran)
	}
	path := filepath.Join(t.TempDir(), "survei.xlsx")
	if err := fixture.Write(path, b.String()); err != nil {
		t.Fatal(err)
	}
	return path
}

// gaspulRows are the GASPUL example's 29 respondents of unit code.
func gaspulRows(code, year string) []respondentRow {
	rows := make([]respondentRow, 29)
	for r := range rows {
		rows[r] = respondentRow{unit: code, date: fmt.Sprintf("%s-03-%02d", year, 1+r%28), sex: "LP"[r%2 : r%2+1], age: fmt.Sprint(20 + r)}
		for u, n := range gaspul {
			v := "2"
			switch {
			case r < n[0]:
				v = "4"
			case r < n[0]+n[1]:
				v = "3"
			}
			rows[r].answers[u] = v
		}
	}
	return rows
}

func load(t *testing.T, rubric string, paths ...string) *results.Results {
	t.Helper()
	out := ingest.Load(paths, ingest.Options{Rubric: rubric, DefaultRubric: "skm-2017", Jobs: 1})
	if out.Invalid() || out.Results == nil {
		t.Fatalf("problems: %v", out.Problems)
	}
	return out.Results
}

func build(t *testing.T, res *results.Results, o skmreport.Options) *skmreport.Report {
	t.Helper()
	if o.Convention == (score.SKMConvention{}) {
		o.Convention.NRRDecimals = -1
	}
	rp, probs := skmreport.Build(res, o)
	if probs.HasErrors() {
		t.Fatalf("problems: %v", probs)
	}
	return rp
}

func pdftotext(t *testing.T, data []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: cannot read the report back")
	}
	path := filepath.Join(t.TempDir(), "laporan.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// oneLine makes pdftotext's layout comparable: runs of white space one
// space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func mustContain(t *testing.T, what, text string, want ...string) {
	t.Helper()
	flat := oneLine(text)
	for _, w := range want {
		if !strings.Contains(flat, oneLine(w)) {
			t.Errorf("%s: no %q in\n%s", what, w, text)
		}
	}
}

// The IKM the report prints, for both conventions (and with the steps
// rounded), is the figure worked out by hand from the GASPUL example's
// answers: 955/261 × 25 = 91.4751 → 91.48 with exact weights; 0.11 ×
// 955/29 × 25 = 90.5603 → 90.56 with the printed ones; their steps to
// four decimals give 3.6589 × 25 = 91.4725 → 91.47 and 3.6225 × 25 =
// 90.5625 → 90.56. The report states the convention and shows each step.
func TestIKMByHand(t *testing.T) {
	res := load(t, "", workbook(t, gaspulRows("PKM", "2024")))
	for _, c := range []struct {
		name  string
		conv  score.SKMConvention
		score float64
		lines []string
	}{
		{"1/9", score.SKMConvention{Weights: score.SKMExact, NRRDecimals: -1}, 91.48, []string{
			"Bobot setiap unsur 1/9, sama untuk 9 unsur",
			"NRR dan NRR tertimbang tidak dibulatkan sebelum dijumlahkan.",
			"misalnya U1: 105 ÷ 29 = 3,6207",
			"U1: 3,6207 × 0,1111 = 0,4023",
			"IKM = jumlah NRR tertimbang semua unsur = 3,6590",
			"3,6590 × 25 = 91,4751, dibulatkan 91,48",
			"91,48 berada pada interval 88,31 – 100,00: mutu pelayanan A, kinerja unit Sangat baik",
		}},
		{"0.11", score.SKMConvention{Weights: score.SKMPrinted, NRRDecimals: -1}, 90.56, []string{
			"Bobot setiap unsur 0,11, seperti tercetak",
			"U1: 3,6207 × 0,11 = 0,3983",
			"3,6224 × 25 = 90,5603, dibulatkan 90,56",
		}},
		{"0.11 to 4", score.SKMConvention{Weights: score.SKMPrinted, NRRDecimals: 4}, 90.56, []string{
			"dibulatkan 4 desimal sebelum dipakai",
			"3,6225 × 25 = 90,5625, dibulatkan 90,56",
		}},
		{"1/9 to 4", score.SKMConvention{Weights: score.SKMExact, NRRDecimals: 4}, 91.47, []string{
			"3,6589 × 25 = 91,4725, dibulatkan 91,47",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rp := build(t, res, skmreport.Options{Convention: c.conv})
			u := rp.Units[0]
			if !u.Complete || u.SKM.Score != c.score || u.Respondents != 29 {
				t.Fatalf("IKM %v (complete %v, %d respondents), want %v", u.SKM.Score, u.Complete, u.Respondents, c.score)
			}
			for i, n := range gaspul {
				if it := u.Items[i]; it.N != 29 || it.Sum != float64(4*n[0]+3*n[1]+2*n[2]) || it.Counts[3] != n[0] {
					t.Errorf("%s: n %d sum %v counts %v", it.Code, it.N, it.Sum, it.Counts)
				}
			}
			data, err := rp.UnitPDF(0)
			if err != nil {
				t.Fatal(err)
			}
			mustContain(t, "unit report", pdftotext(t, data), c.lines...)
			// The workbook holds the same figures as numbers.
			book, err := rp.XLSX()
			if err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(bytes.NewReader(book))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if v, _ := f.GetCellValue("Ringkasan", "J2"); v != fmt.Sprint(c.score) {
				t.Errorf("workbook IKM %q, want %v", v, c.score)
			}
		})
	}
	// In English, with a decimal point.
	rp := build(t, res, skmreport.Options{Lang: msg.EN})
	data, err := rp.UnitPDF(0)
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, "English", pdftotext(t, data), "3.6590 × 25 = 91.4751, rounded to 91.48", "Each unsur weighs 1/9")
}

// The sample: the Krejcie–Morgan table's sample for the population,
// against the respondents; a short sample is said on the report.
func TestSample(t *testing.T) {
	res := load(t, "", workbook(t, gaspulRows("PKM", "2024")))
	rp := build(t, res, skmreport.Options{Populations: map[string]int{"PKM": 100}})
	u := rp.Units[0]
	if u.Population != 100 || u.Required != 80 || u.Row != 100 || u.Enough {
		t.Fatalf("sample %+v", u)
	}
	data, _ := rp.UnitPDF(0)
	mustContain(t, "short sample", pdftotext(t, data), "Sampel tidak mencukupi: 29 responden, tabel Krejcie–Morgan",
		"80 (baris populasi 100)", "29 · kurang 51", "Sampel kurang dari yang diminta tabel Krejcie–Morgan")
	rp = build(t, res, skmreport.Options{Population: 30})
	if u := rp.Units[0]; u.Required != 28 || u.Row != 30 || !u.Enough {
		t.Errorf("population 30: %d needed (row %d), enough %v", u.Required, u.Row, u.Enough)
	}
	rp = build(t, res, skmreport.Options{})
	data, _ = rp.UnitPDF(0)
	mustContain(t, "no population", pdftotext(t, data), "tidak diketahui: kecukupan sampel tidak dapat dinilai")
}

// A survey whose dates span two years, or fall outside the unit's year,
// is refused at the cells of its dates.
func TestPeriod(t *testing.T) {
	rows := gaspulRows("PKM", "2024")
	rows[3].date = "28/12/2023"
	res := load(t, "", workbook(t, rows))
	_, probs := skmreport.Build(res, skmreport.Options{Convention: score.SKMConvention{NRRDecimals: -1}})
	if len(probs) != 1 || probs[0].Key != msg.SKMPeriodTwoYears || probs[0].Cell != "C29" || !strings.Contains(probs[0].Text(msg.ID), "2023-12-28 (C5)") {
		t.Fatalf("problems %v", probs)
	}
	rows = gaspulRows("PKM", "2024")
	for i := range rows {
		rows[i].unit = "PKM"
	}
	path := workbook(t, rows)
	res = load(t, "", path)
	res.Units[0].Period = "2023"
	_, probs = skmreport.Build(res, skmreport.Options{Convention: score.SKMConvention{NRRDecimals: -1}})
	if len(probs) != 1 || probs[0].Key != msg.SKMPeriodOutside || probs[0].Cell != "C2" {
		t.Fatalf("problems %v", probs)
	}
	rp := build(t, load(t, "", path), skmreport.Options{})
	if got := rp.PeriodText(rp.Units[0]); got != "1 – 28 Maret 2024" || rp.Period != "2024" {
		t.Errorf("period %q, report period %q", got, rp.Period)
	}
}

// Suggestions are quoted cleaned of control characters and grouped by
// the unsur they name first (a word of its topic, or its code); "-" and
// "tidak ada" are none.
func TestSuggestions(t *testing.T) {
	rows := gaspulRows("PKM", "2024")
	for i, s := range []string{
		"Antrean terlalu lama, ruang tunggu panas",
		"Ruang tunggu panas, antre lama",
		"Soal U4: bayar parkir",
		"Terima kasih",
		"-",
		"tidak ada",
		"Petugas ramah\\x1b[31m sekali\\x07",
		"Kotak saran tidak pernah dibuka",
	} {
		rows[i].saran = s
	}
	rp := build(t, load(t, "", workbook(t, rows)), skmreport.Options{})
	var got []string
	for _, g := range rp.Units[0].Suggestions {
		for _, s := range g.Items {
			got = append(got, g.Code+": "+s.Text+" @"+s.Where)
		}
	}
	want := []string{
		"U3: Antrean terlalu lama, ruang tunggu panas @P2",
		"U4: Soal U4: bayar parkir @P4",
		"U7: Petugas ramah [31m sekali @P8",
		"U8: Kotak saran tidak pernah dibuka @P9",
		"U9: Ruang tunggu panas, antre lama @P3",
		": Terima kasih @P5",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("suggestions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	data, err := rp.UnitPDF(0)
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, "suggestions", pdftotext(t, data), "U3 · Waktu penyelesaian (1)", "“Antrean terlalu lama, ruang tunggu panas”",
		"responden 1, sel P2", "Saran lain (1)")
}

// The characteristics: the list's values in its order, values outside
// the list marked, and those who did not say.
func TestTraits(t *testing.T) {
	rows := gaspulRows("PKM", "2024")
	rows[0].occupation, rows[1].occupation, rows[2].occupation = "Petani", "PNS", "Wiraswasta"
	rows[4].sex = ""
	rp := build(t, load(t, "", workbook(t, rows)), skmreport.Options{})
	u := rp.Units[0]
	var sex, occ skmreport.TraitTable
	for _, tt := range u.Traits {
		switch tt.Trait.Key() {
		case results.TraitSex:
			sex = tt
		case results.TraitOccupation:
			occ = tt
		}
	}
	if len(sex.Rows) != 2 || sex.Rows[0].Label != "Laki-laki" || sex.Rows[0].N != 14 || sex.Rows[1].N != 14 || sex.Empty != 1 {
		t.Errorf("sex %+v", sex)
	}
	if len(occ.Rows) != 3 || occ.Rows[0].Value != "PNS" || occ.Rows[1].Value != "Wirausaha" || !occ.Rows[2].Unlisted || occ.Empty != 26 {
		t.Errorf("occupation %+v", occ)
	}
	if math.Abs(sex.Rows[0].Share-14.0/29) > 1e-12 {
		t.Errorf("share %v", sex.Rows[0].Share)
	}
	data, _ := rp.UnitPDF(0)
	mustContain(t, "traits", pdftotext(t, data), "Petani (di luar daftar) 1 3,4%", "Tidak diisi 1 3,4%")
}

// Earlier periods are worked out again under the report's convention
// (here a period scored with the printed weights, compared under the
// exact ones), each unit matched by code; the region's IKM per period.
func TestHistory(t *testing.T) {
	old := gaspulRows("PKM", "2023")
	for i := range old {
		old[i].answers[2] = "3" // U3: all threes
	}
	prev := load(t, "skm-2017@bobot-0.11", workbook(t, append(old, gaspulRows("GONE", "2023")...)))
	cur := load(t, "", workbook(t, append(gaspulRows("PKM", "2024"), gaspulRows("NEW", "2024")...)))
	rp := build(t, cur, skmreport.Options{Previous: []*results.Results{prev}})
	if strings.Join(rp.Previous, ",") != "2023" || rp.Period != "2024" {
		t.Fatalf("periods %v, %q", rp.Previous, rp.Period)
	}
	// 2023: U3 = 3.0000 instead of 100/29; (955 − 100 + 87)/261 × 25.
	h := rp.Units[0].History
	want := score.Round((955.0-100+87)/261*25, 2, "")
	if len(h) != 2 || !h[0].Found || h[0].Score != want || h[0].Label != "2023" || !h[1].Current || h[1].Score != 91.48 {
		t.Fatalf("history %+v, want 2023 at %v", h, want)
	}
	if h := rp.Units[1].History; h[0].Found {
		t.Errorf("NEW was not surveyed in 2023: %+v", h[0])
	}
	c := rp.Combined.History
	if len(c) != 2 || *c[0].Score != want || c[0].Units != 1 || *c[1].Score != 91.48 || c[1].Units != 2 {
		t.Errorf("region history %+v", c)
	}
	data, _ := rp.UnitPDF(0)
	mustContain(t, "history", pdftotext(t, data), "2023 29 "+strings.Replace(fmt.Sprintf("%.2f", want), ".", ",", 1), "+"+strings.Replace(fmt.Sprintf("%.2f", 91.48-want), ".", ",", 1))
}

// The combined report: the region's IKM the mean of its complete units',
// an incomplete unit listed without one; no command-line words in either
// document, in either language.
func TestCombined(t *testing.T) {
	a := gaspulRows("A", "2024")
	b := gaspulRows("B", "2024")
	for i := range b {
		b[i].answers[0] = "2"
	}
	c := gaspulRows("C", "2024")
	for i := range c {
		c[i].answers[8] = ""
	}
	res := load(t, "", workbook(t, append(append(a, b...), c...)))
	rp := build(t, res, skmreport.Options{Region: "Kabupaten Uji", Population: 100})
	ub := score.Round((955.0-105+58)/261*25, 2, "")
	if rp.Combined.Score.Score == nil || *rp.Combined.Score.Score != score.Round((91.48+ub)/2, 2, "") || rp.Combined.Score.Units != 2 {
		t.Fatalf("region %+v (B %v)", rp.Combined.Score, ub)
	}
	if u := rp.Units[2]; u.Complete || strings.Join(u.Missing, ",") != "U9" {
		t.Errorf("C: complete %v missing %v", u.Complete, u.Missing)
	}
	if rp.Combined.Short != 2 || rp.Combined.Items[0].AmongLowest != 1 {
		t.Errorf("combined %+v", rp.Combined)
	}
	flag := regexp.MustCompile(`--[a-z]|kepatuhan (skm|score|form|report)`)
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		rp := build(t, res, skmreport.Options{Lang: lang, Region: "Kabupaten Uji"})
		for name, render := range map[string]func() ([]byte, error){"combined": rp.CombinedPDF, "unit": func() ([]byte, error) { return rp.UnitPDF(2) }} {
			data, err := render()
			if err != nil {
				t.Fatal(err)
			}
			text := pdftotext(t, data)
			if m := flag.FindString(text); m != "" {
				t.Errorf("%s %s: command-line words %q", lang, name, m)
			}
			if name == "combined" && lang == msg.ID {
				mustContain(t, "combined", text, "Kabupaten Uji", "IKM gabungan", "belum lengkap")
			}
			if name == "unit" && lang == msg.EN {
				mustContain(t, "incomplete unit", text, "INCOMPLETE", "No IKM: no respondent answered unsur U9.")
			}
		}
	}
}

// The reports' own words draw with the fast 8-bit fonts: only text from
// the inputs may ask for the Unicode fonts (which cost a report's time
// twice over).
func TestEightBitFonts(t *testing.T) {
	res := load(t, "", workbook(t, gaspulRows("PKM", "2024")))
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		rp := build(t, res, skmreport.Options{Lang: lang, Population: 50})
		for name, render := range map[string]func() ([]byte, error){"combined": rp.CombinedPDF, "unit": func() ([]byte, error) { return rp.UnitPDF(0) }} {
			data, err := render()
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(data, []byte("/Subtype /Type0")) {
				t.Errorf("%s %s: drawn with the Unicode fonts", lang, name)
			}
		}
	}
}

// Each unsur of skm-2017 takes its own topic, whichever language the
// report is in ("feedback" is no fee), so a suggestion groups alike in
// both.
func TestSuggestionsBothLanguages(t *testing.T) {
	rows := gaspulRows("PKM", "2024")
	texts := []string{"Mohon nomor pengaduan dicantumkan", "Petugas baru perlu dilatih", "Biaya tidak jelas", "Toilet kotor"}
	for i, s := range texts {
		rows[i].saran = s
	}
	res := load(t, "", workbook(t, rows))
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		rp := build(t, res, skmreport.Options{Lang: lang})
		var got []string
		for _, g := range rp.Units[0].Suggestions {
			for _, s := range g.Items {
				got = append(got, g.Code+" "+s.Text)
			}
		}
		want := "U4 Biaya tidak jelas|U6 Petugas baru perlu dilatih|U8 Mohon nomor pengaduan dicantumkan|U9 Toilet kotor"
		if strings.Join(got, "|") != want {
			t.Errorf("%s: %s", lang, strings.Join(got, "|"))
		}
	}
}

// The signature block: the official named (a unit's head for its
// report, another for the combined one), else lines to write on.
func TestSignature(t *testing.T) {
	res := load(t, "", workbook(t, append(gaspulRows("PKM", "2024"), gaspulRows("KEC", "2024")...)))
	rp := build(t, res, skmreport.Options{Date: "2024-12-31", Signers: func(code string) *skmreport.Signer {
		switch code {
		case "PKM":
			return &skmreport.Signer{Place: "Stabat", Office: "Kepala Puskesmas Sukamaju", Name: "dr. Ratna Sari", Rank: "Pembina (IV/a)", NIP: "19800101 200501 2 001"}
		case "":
			return &skmreport.Signer{Place: "Stabat", Office: "Kepala Bagian Organisasi", Name: "Budi Santoso"}
		}
		return nil
	}})
	for _, c := range []struct {
		render func() ([]byte, error)
		want   []string
	}{
		{func() ([]byte, error) { return rp.UnitPDF(0) }, []string{"Stabat, 31 Desember 2024", "Kepala Puskesmas Sukamaju", "dr. Ratna Sari", "Pembina (IV/a)", "NIP 19800101 200501 2 001"}},
		{func() ([]byte, error) { return rp.UnitPDF(1) }, []string{"……………………………, 31 Desember 2024", "Kepala KEC", "NIP ……"}},
		{rp.CombinedPDF, []string{"Stabat, 31 Desember 2024", "Kepala Bagian Organisasi", "Budi Santoso"}},
	} {
		data, err := c.render()
		if err != nil {
			t.Fatal(err)
		}
		mustContain(t, "signature", pdftotext(t, data), c.want...)
	}
}
