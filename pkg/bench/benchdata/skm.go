package benchdata

import (
	"fmt"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

// SKM returns the path of an SKM respondents workbook (wide layout, as
// kepatuhan form writes it for skm-2017 and respondents fill it) of n
// respondents spread evenly over units units: each row the unit's code,
// name and type, the respondent's number, date, sex, age, education,
// occupation and service used, the nine answers (every fiftieth
// respondent skips one) and, for about a third, a suggestion.
func SKM(n, units int) (string, error) {
	path := filepath.Join(Dir(), fmt.Sprintf("skm-%s-%d-%d.xlsx", Version, n, units))
	return cached(path, func(tmp string) error { return writeSKM(tmp, n, units) })
}

var (
	skmSex         = []string{"L", "P"}
	skmEducation   = []string{"SD", "SMP", "SMA", "SMA", "D1-D3", "D4-S1", "D4-S1", "S2"}
	skmOccupation  = []string{"PNS", "Swasta", "Swasta", "Wirausaha", "Lainnya", "TNI", "POLRI"}
	skmServices    = []string{"KTP-el", "Kartu Keluarga", "Akta Kelahiran", "Perizinan", "Poli Umum", "Surat Keterangan"}
	skmSuggestions = []string{
		"Antrean terlalu lama, mohon tambah loket",
		"Ruang tunggu panas, perlu kipas angin",
		"Petugas ramah dan sopan",
		"Persyaratan sebaiknya dipampang di loket",
		"Mohon biaya resmi diumumkan",
		"Kotak saran jarang dibuka",
		"Pelayanan sudah baik, terima kasih",
		"Toilet kurang bersih",
	}
)

func writeSKM(path string, n, units int) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Responden"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	head := []any{"Kode Unit", "Nama Unit", "Jenis Unit", "Responden", "Tanggal", "Jenis Kelamin", "Umur", "Pendidikan",
		"Pekerjaan", "Jenis Layanan"}
	for i := 1; i <= 9; i++ {
		head = append(head, fmt.Sprintf("U%d", i))
	}
	head = append(head, "Saran")
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	per := (n + units - 1) / units
	for i := range n {
		u := i / per
		k := i % per
		code := fmt.Sprintf("UNIT-%03d", u)
		pick := func(field string, list []string) string {
			return list[int(draw(code, fmt.Sprintf("%d/%s", k, field))*float64(len(list)))]
		}
		row := []any{code, fmt.Sprintf("Unit Pelayanan %03d Kabupaten Contoh", u), "opd", k + 1,
			fmt.Sprintf("%02d/%02d/2024", 1+k%28, 1+k%12), pick("sex", skmSex), 17 + k%60,
			pick("edu", skmEducation), pick("occ", skmOccupation), pick("svc", skmServices)}
		for item := range 9 {
			v := 2 + int(draw(code, fmt.Sprintf("%d/U%d", k, item))*2.999)
			if (i+item)%450 == 0 {
				row = append(row, nil)
				continue
			}
			row = append(row, v)
		}
		if draw(code, fmt.Sprintf("%d/saran", k)) < 0.33 {
			row = append(row, pick("saran-text", skmSuggestions))
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", i+2), row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return writeFile(path, f)
}
