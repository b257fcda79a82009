package example

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The example district's SKM rounds: the citizen satisfaction survey
// (skm-2017) of its service units in 2023 and 2024. Each year's
// workbook is kepatuhan's own blank form (200 respondent rows per unit)
// filled in programmatically as a unit's staff type in the paper
// questionnaires: the date, sex, age in years, education, occupation,
// the service used, the nine answers (some left blank, an answer the
// respondent skipped) and now and then a suggestion; unused rows stay
// blank. Everything is drawn from SHA-256 of the year, unit, respondent
// and field, so the files never change unless this code does.

// SKMUnit is one unit's survey in one year.
type SKMUnit struct {
	Code, Name, Type string
	// Population is how many people used the unit's services in the
	// period (the unit list's Populasi); 0 leaves it out.
	Population int
	// Respondents is how many respondents answered.
	Respondents int
	// Level is the unit's mean answer (1–4); Weak lists unsur answered
	// about half a point lower.
	Level float64
	Weak  []string
	// Services the respondents used; Months the survey ran (from, to).
	Services []string
	Months   [2]int
	// Quiet: a respondent row with characteristics but no answer (a
	// questionnaire handed back blank) at this respondent number, 0 none.
	Quiet int
	// Unlisted: occupations outside the questionnaire's list written by
	// this many respondents ("Petani"), as staff sometimes type them.
	Unlisted int
}

// SKMRound is one year's survey.
type SKMRound struct {
	Year  int
	Units []SKMUnit
}

// SKMRounds are the example's two survey years: seven units in 2024
// (one with too small a sample for its population, one without a
// population), six in 2023 (the kecamatan joined in 2024).
var SKMRounds = []SKMRound{
	{Year: 2023, Units: []SKMUnit{
		{Code: "DISDUKCAPIL", Name: "Dinas Kependudukan dan Pencatatan Sipil", Type: "opd", Population: 350, Respondents: 186, Level: 3.05, Weak: []string{"U3", "U9"},
			Services: []string{"KTP-el", "Kartu Keluarga", "Akta Kelahiran", "Pindah Datang"}, Months: [2]int{4, 9}},
		{Code: "DPMPTSP", Name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", Type: "opd", Population: 240, Respondents: 148, Level: 3.3, Weak: []string{"U2"},
			Services: []string{"Perizinan Berusaha (NIB)", "Persetujuan Bangunan Gedung", "Izin Praktik Tenaga Kesehatan"}, Months: [2]int{5, 8}},
		{Code: "DINSOS", Name: "Dinas Sosial", Type: "opd", Population: 110, Respondents: 86, Level: 2.85, Weak: []string{"U3", "U8"},
			Services: []string{"Rekomendasi PBI-JK", "Surat Keterangan Tidak Mampu"}, Months: [2]int{6, 9}},
		{Code: "PKM-SUKAMAJU", Name: "Puskesmas Sukamaju", Type: "puskesmas", Population: 280, Respondents: 162, Level: 3.2, Weak: []string{"U3", "U9"},
			Services: []string{"Poli Umum", "KIA/KB", "Laboratorium", "Poli Gigi"}, Months: [2]int{3, 6}},
		{Code: "PKM-MEKARSARI", Name: "Puskesmas Mekarsari", Type: "puskesmas", Population: 180, Respondents: 123, Level: 2.95, Weak: []string{"U9", "U8"},
			Services: []string{"Poli Umum", "KIA/KB", "Imunisasi"}, Months: [2]int{3, 7}},
		{Code: "DESA-SUKAMAKMUR", Name: "Desa Suka Makmur", Type: "desa", Respondents: 35, Level: 3.1, Weak: []string{"U2"},
			Services: []string{"Surat Pengantar", "Surat Keterangan Usaha"}, Months: [2]int{7, 8}},
	}},
	{Year: 2024, Units: []SKMUnit{
		{Code: "DISDUKCAPIL", Name: "Dinas Kependudukan dan Pencatatan Sipil", Type: "opd", Population: 400, Respondents: 198, Level: 3.3, Weak: []string{"U3", "U9"},
			Services: []string{"KTP-el", "Kartu Keluarga", "Akta Kelahiran", "Pindah Datang"}, Months: [2]int{3, 9}, Quiet: 57},
		{Code: "DPMPTSP", Name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", Type: "opd", Population: 250, Respondents: 155, Level: 3.75, Weak: []string{"U2"},
			Services: []string{"Perizinan Berusaha (NIB)", "Persetujuan Bangunan Gedung", "Izin Praktik Tenaga Kesehatan"}, Months: [2]int{4, 8}},
		{Code: "DINSOS", Name: "Dinas Sosial", Type: "opd", Population: 120, Respondents: 64, Level: 2.75, Weak: []string{"U3", "U8"},
			Services: []string{"Rekomendasi PBI-JK", "Surat Keterangan Tidak Mampu"}, Months: [2]int{6, 8}},
		{Code: "PKM-SUKAMAJU", Name: "Puskesmas Sukamaju", Type: "puskesmas", Population: 300, Respondents: 170, Level: 3.35, Weak: []string{"U3"},
			Services: []string{"Poli Umum", "KIA/KB", "Laboratorium", "Poli Gigi"}, Months: [2]int{2, 6}},
		{Code: "PKM-MEKARSARI", Name: "Puskesmas Mekarsari", Type: "puskesmas", Population: 200, Respondents: 133, Level: 3.05, Weak: []string{"U9", "U8"},
			Services: []string{"Poli Umum", "KIA/KB", "Imunisasi"}, Months: [2]int{3, 7}},
		{Code: "KEC-SUKAMAJU", Name: "Kecamatan Sukamaju", Type: "kecamatan", Population: 90, Respondents: 75, Level: 3.15, Weak: []string{"U1"},
			Services: []string{"Surat Keterangan", "Legalisasi Dokumen", "Rekomendasi Izin Keramaian"}, Months: [2]int{5, 9}},
		{Code: "DESA-SUKAMAKMUR", Name: "Desa Suka Makmur", Type: "desa", Respondents: 42, Level: 3.25, Weak: []string{"U2"},
			Services: []string{"Surat Pengantar", "Surat Keterangan Usaha"}, Months: [2]int{7, 9}, Unlisted: 2},
	}},
}

// skmFormRows is how many respondent rows the blank form gives each unit.
const skmFormRows = 200

// SKMFiles names the example's SKM files for a year.
func SKMFiles(year int) (units, workbook string) {
	return fmt.Sprintf("unit-skm-%d.csv", year), fmt.Sprintf("survei-skm-%d.xlsx", year)
}

// suggestions are what respondents write, some naming an unsur, some
// not, and some saying there is nothing to suggest.
var suggestions = []string{
	"Antrean terlalu lama, mohon tambah loket pada jam sibuk",
	"Antrian pagi panjang sekali, nomor antrean habis jam 9",
	"Mohon ada antrean online supaya tidak menunggu lama",
	"Ruang tunggu panas, perlu kipas angin atau AC",
	"Kursi di ruang tunggu kurang, banyak yang berdiri",
	"Toilet kurang bersih dan airnya sering mati",
	"Parkir sempit, motor sering tidak kebagian tempat",
	"Perlu jalur landai untuk kursi roda di pintu masuk",
	"Petugas ramah dan sopan, pertahankan",
	"Ada petugas yang judes waktu ditanya, mohon dibina",
	"Petugas informasi sangat membantu, terima kasih",
	"Persyaratan sebaiknya dipampang jelas di depan loket",
	"Syarat berubah-ubah, kemarin diminta fotokopi KK, hari ini diminta lagi yang lain",
	"Formulir sebaiknya bisa diunduh dari website",
	"Alur pelayanan masih membingungkan, perlu petunjuk arah",
	"Prosedur terlalu berbelit, harus bolak-balik ke beberapa meja",
	"Mohon biaya resmi diumumkan supaya tidak ada pungutan",
	"Katanya gratis tapi masih diminta uang map",
	"Waktu penyelesaian tidak sesuai janji, berkas baru selesai seminggu",
	"Pelayanan cepat, satu hari langsung jadi",
	"Petugas loket kurang menguasai persyaratan layanan online",
	"Petugas baru perlu dilatih supaya tidak salah input data",
	"Hasil cetakan ada salah ketik nama, harus diulang",
	"Kotak saran jarang dibuka, pengaduan lewat WA tidak dibalas",
	"Mohon nomor pengaduan dicantumkan di papan informasi",
	"Keluhan saya bulan lalu belum ada tanggapan",
	"Pelayanan sudah baik, terima kasih",
	"Semoga makin maju",
	"Pertahankan pelayanannya",
	"Jam buka loket kadang terlambat dari jadwal",
	"Sebaiknya ada layanan di hari Sabtu untuk pekerja",
	"Sinyal internet di ruang tunggu lemah, mohon disediakan wifi",
	"-",
	"tidak ada",
	"Tidak ada saran",
}

var (
	educations  = []string{"SD", "SMP", "SMA", "SMA", "SMA", "D1-D3", "D4-S1", "D4-S1", "S2"}
	occupations = []string{"Swasta", "Swasta", "Wirausaha", "Wirausaha", "PNS", "Lainnya", "Lainnya", "TNI", "POLRI"}
)

// GenerateSKM writes every SKM year's unit list and filled workbook.
func GenerateSKM(dir string) error {
	r, err := rubric.Builtin("skm-2017")
	if err != nil {
		return err
	}
	for _, y := range SKMRounds {
		if err := generateSKMYear(dir, r, y); err != nil {
			return fmt.Errorf("example SKM %d: %w", y.Year, err)
		}
	}
	return nil
}

func generateSKMYear(dir string, r *rubric.Rubric, y SKMRound) error {
	unitsName, bookName := SKMFiles(y.Year)
	unitsPath := filepath.Join(dir, unitsName)
	if err := writeSKMUnitList(unitsPath, y); err != nil {
		return err
	}
	units, err := form.ReadUnits(unitsPath, r)
	if err != nil {
		return err
	}
	var blankForm bytes.Buffer
	if err := form.Write(&blankForm, r, units, form.Options{Respondents: skmFormRows}); err != nil {
		return err
	}
	blank := filepath.Join(dir, ".blank-"+bookName)
	defer os.Remove(blank)
	if err := os.WriteFile(blank, blankForm.Bytes(), 0o644); err != nil {
		return err
	}
	f, err := excelize.OpenFile(blank)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := fillRespondents(f, r, y); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, bookName), func(w io.Writer) error {
		_, err := f.WriteTo(w)
		return err
	})
}

// writeSKMUnitList writes the year's unit list with each unit's
// population.
func writeSKMUnitList(path string, y SKMRound) error {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Comma = ';'
	w.UseCRLF = true
	w.Write([]string{"Kode Unit", "Nama Unit", "Jenis Unit", "Instansi", "Tahun", "Populasi"})
	for _, u := range y.Units {
		pop := ""
		if u.Population > 0 {
			pop = fmt.Sprint(u.Population)
		}
		w.Write([]string{u.Code, u.Name, u.Type, Region, fmt.Sprint(y.Year), pop})
	}
	w.Flush()
	return atomicfile.WriteBytes(path, []byte(b.String()))
}

// fillRespondents fills the Responden sheet: each unit's first rows, in
// the form's order of units and columns (found by their headers).
func fillRespondents(f *excelize.File, r *rubric.Rubric, y SKMRound) error {
	const sheet = form.SheetRespondents
	rows, err := f.GetRows(sheet)
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i + 1
	}
	set := func(c, row int, v any) error {
		if c == 0 {
			return fmt.Errorf("no column for %v", v)
		}
		ref, err := excelize.CoordinatesToCellName(c, row)
		if err != nil {
			return err
		}
		return f.SetCellValue(sheet, ref, v)
	}
	for ui, u := range y.Units {
		first := 2 + ui*skmFormRows
		if rows[first-1][0] != u.Code {
			return fmt.Errorf("row %d holds %q, want unit %s", first, rows[first-1][0], u.Code)
		}
		n := u.Respondents
		if u.Quiet > 0 {
			n++
		}
		unlisted := 0
		for k := 1; k <= n; k++ {
			row := first + k - 1
			key := func(field string) float64 { return draw(y.Year, u.Code, fmt.Sprintf("%d/%s", k, field)) }
			pick := func(field string, list []string) string { return list[int(key(field)*float64(len(list)))] }
			// The date: a day within the survey's months (28 days each).
			months := u.Months[1] - u.Months[0] + 1
			m := u.Months[0] + int(key("month")*float64(months))
			day := 1 + int(key("day")*28)
			date := fmt.Sprintf("%02d/%02d/%d", day, m, y.Year)
			sex := "L"
			if key("sex") < 0.52 {
				sex = "P"
			}
			age := 17 + int(math.Pow(key("age"), 1.3)*58)
			occ := pick("occupation", occupations)
			if unlisted < u.Unlisted && key("unlisted") < 0.3 {
				occ, unlisted = "Petani", unlisted+1
			}
			for _, c := range []struct {
				head string
				v    any
			}{
				{"Tanggal", date}, {"Jenis Kelamin", sex}, {"Umur", age}, {"Pendidikan", pick("education", educations)},
				{"Pekerjaan", occ}, {"Jenis Layanan", pick("service", u.Services)},
			} {
				if err := set(col[c.head], row, c.v); err != nil {
					return err
				}
			}
			if k == u.Quiet {
				continue // handed back without answers
			}
			for _, ind := range r.Indicators() {
				if key(ind.Code+"/skip") < 0.02 {
					continue // skipped this one
				}
				if err := set(col[ind.Code], row, answer(u, ind.Code, key(ind.Code))); err != nil {
					return err
				}
			}
			if key("saran") < 0.35 {
				if err := set(col["Saran"], row, pick("saran-text", suggestions)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// answer draws a respondent's 1–4 answer to an unsur of u: around the
// unit's level, half a point lower for its weak unsur.
func answer(u SKMUnit, code string, x float64) int {
	mean := u.Level
	for _, w := range u.Weak {
		if w == code {
			mean -= 0.5
		}
	}
	// A spread of about one value either side of the mean.
	v := int(math.Round(mean + (x-0.5)*1.9))
	return max(1, min(4, v))
}
