package example

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/correction"
	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The example's verification round of 2024: the units assess themselves
// (mandiri-2024.xlsx, written by `form --tahap mandiri` and filled in by
// each unit, many of them generously), Bagian Organisasi verifies every
// indicator on the verifier's form made from those self-assessments
// (verifikasi-2024.xlsx, `form --tahap verifikasi`), whose answers are
// the 2024 assessment's — except a few the verifiers have not checked
// yet — and three answers are corrected afterwards on clarification or
// objection (koreksi-2024.yaml). kepatuhan.yaml and logo-contoh.png are
// the issuing office's configuration for the round's official documents.
//
// After the corrections one unit stays provisional (PKM-HARAPAN, four
// indicators not verified), one incomplete (KEC-HARAPAN, as in the single
// pass), and the others are final.

// RoundYear is the year of the example's round.
const RoundYear = 2024

// RoundFiles names the round's files in testdata/example.
func RoundFiles() (self, verifier, corrections, config, logo string) {
	return "mandiri-2024.xlsx", "verifikasi-2024.xlsx", "koreksi-2024.yaml", "kepatuhan.yaml", "logo-contoh.png"
}

// Overstate is each unit's chance of claiming as met an indicator the
// verifier finds not met; the rest answer honestly (and DPMPTSP meets
// everything).
var Overstate = map[string]float64{
	"DESA-SIDOMULYO": 0.8, "PKM-HARAPAN": 0.6, "KEC-MEKARSARI": 0.55, "DINSOS": 0.45,
	"PKM-MEKARSARI": 0.3, "DISDUKCAPIL": 0.35, "KEC-HARAPAN": 0.3, "DINKES": 0.2,
	"PKM-SUKAMAJU": 0.15, "KEC-SUKAMAJU": 0.1, "DESA-SUKAMAKMUR": 0.1,
}

// Unverified lists the indicators the verifiers have not checked yet.
var Unverified = map[string][]string{
	"PKM-HARAPAN": {"BK-02", "BK-03", "PG-02", "PG-03"},
	"DINSOS":      {"SI-01"},
}

// verifyNotes are what a verifier writes beside a corrected answer, by
// variable.
var verifyNotes = map[string]string{
	"SP": "tidak dipampang saat kunjungan verifikasi",
	"MK": "maklumat yang ditunjukkan belum ditandatangani",
	"SI": "laman tidak dapat diakses saat verifikasi",
	"SR": "tidak sesuai dengan foto bukti",
	"BK": "tidak ditemukan di lokasi",
	"PK": "loket prioritas tidak ada",
	"PG": "register pengaduan tidak dapat ditunjukkan",
	"KM": "laporan SKM tidak dipublikasikan",
	"VM": "papan tidak ditemukan",
	"AT": "petugas tidak memakai tanda pengenal",
	"PT": "pelayanan belum terpadu",
}

// roundYear is the example year of the round.
func roundYear() Year {
	for _, y := range Years {
		if y.Year == RoundYear {
			return y
		}
	}
	panic("example: no round year")
}

// selfAnswer is what the unit answers for itself, given what the
// verifier finds.
func selfAnswer(y Year, u Unit, code, verified string) string {
	switch {
	case verified == "Tidak" && draw(y.Year, u.Code, code+"/self") < Overstate[u.Code]:
		return "Ya"
	case verified == "Ya" && draw(y.Year, u.Code, code+"/self") < 0.03:
		return "Tidak" // rarely, a unit undersells itself
	}
	return verified
}

// generateRound writes the round's files into dir.
func generateRound(dir string, r *rubric.Rubric) error {
	y := roundYear()
	selfName, verName, corrName, cfgName, logoName := RoundFiles()
	if err := writeLogo(filepath.Join(dir, logoName)); err != nil {
		return err
	}
	if err := atomicfile.WriteBytes(filepath.Join(dir, cfgName), []byte(config)); err != nil {
		return err
	}
	// The self-assessment: the unit list's units, each filled in by its
	// own staff in July.
	var units []form.Unit
	for i, u := range y.Units {
		units = append(units, form.Unit{Code: u.Code, Name: u.Name, Type: u.Type, Region: Region,
			Period: fmt.Sprint(y.Year), Assessor: "Petugas " + u.Name, Date: fmt.Sprintf("%02d/07/%d", 1+i, y.Year)})
	}
	selfPath := filepath.Join(dir, selfName)
	err := fillForm(selfPath, r, units, form.Options{Stage: form.StageSelf}, func(f *excelize.File, sheet string, t form.Table, rw int, code string, u Unit, _ int) error {
		verified, _, evidence, ok := observe(r, y, u, code)
		if !ok {
			return nil
		}
		if err := setCell(f, sheet, t.Answer, rw, selfAnswer(y, u, code, verified)); err != nil {
			return err
		}
		return setCell(f, sheet, t.Evidence, rw, evidence)
	})
	if err != nil {
		return err
	}
	// The verifier's form, made from the filled self-assessments, and
	// filled in by the verifiers in September.
	out := ingest.Load([]string{selfPath}, ingest.Options{Jobs: 1})
	if out.Invalid() || out.Results == nil {
		return fmt.Errorf("the self-assessment does not read back: %v", out.Problems)
	}
	answers := map[string]*results.Unit{}
	for i := range out.Results.Units {
		answers[rubric.CodeKey(out.Results.Units[i].Code)] = &out.Results.Units[i]
	}
	for i := range units {
		units[i].Assessor, units[i].Date = "", ""
	}
	err = fillForm(filepath.Join(dir, verName), r, units, form.Options{Stage: form.StageVerify, Answers: answers},
		func(f *excelize.File, sheet string, t form.Table, rw int, code string, u Unit, i int) error {
			if rw == 0 { // the header block
				if err := setLabelled(f, sheet, "Penilai", y.Assessor[i%len(y.Assessor)]); err != nil {
					return err
				}
				return setLabelled(f, sheet, "Tanggal", fmt.Sprintf("%02d/09/%d", 2+i, y.Year))
			}
			verified, _, _, ok := observe(r, y, u, code)
			if !ok || contains(Unverified[u.Code], code) {
				return nil
			}
			if err := setCell(f, sheet, t.Verifier, rw, verified); err != nil {
				return err
			}
			switch ind, _ := r.Indicator(code); {
			case selfAnswer(y, u, code, verified) == verified:
				return nil
			case verified == "Tidak":
				return setCell(f, sheet, t.VerifyNote, rw, verifyNotes[ind.Group().Code])
			}
			return setCell(f, sheet, t.VerifyNote, rw, "ada dan sesuai saat kunjungan verifikasi")
		})
	if err != nil {
		return err
	}
	return atomicfile.WriteBytes(filepath.Join(dir, corrName), []byte(corrections(r, y)))
}

// fillForm writes the form of a stage for units, fills it with fill
// (called once per unit with rw 0, then per indicator row), and writes
// it to path.
func fillForm(path string, r *rubric.Rubric, units []form.Unit, o form.Options,
	fill func(f *excelize.File, sheet string, t form.Table, rw int, code string, u Unit, i int) error) error {
	var blank bytes.Buffer
	if err := form.Write(&blank, r, units, o); err != nil {
		return err
	}
	f, err := excelize.OpenReader(&blank)
	if err != nil {
		return err
	}
	defer f.Close()
	y := roundYear()
	for i, u := range y.Units {
		sheet := form.SheetName(u.Code)
		rows, err := f.GetRows(sheet)
		if err != nil {
			return err
		}
		t, ok := form.FindTable(rows)
		if !ok {
			return fmt.Errorf("no table header in sheet %s", sheet)
		}
		if err := fill(f, sheet, t, 0, "", u, i); err != nil {
			return err
		}
		for k := t.Header + 1; k < len(rows); k++ {
			if t.Code >= len(rows[k]) || rows[k][t.Code] == "" {
				continue
			}
			if err := fill(f, sheet, t, k+1, rows[k][t.Code], u, i); err != nil {
				return fmt.Errorf("%s: %w", u.Code, err)
			}
		}
	}
	return atomicfile.Write(path, func(w io.Writer) error {
		_, err := f.WriteTo(w)
		return err
	})
}

// setCell writes v at the 0-based column col of row rw (1-based).
func setCell(f *excelize.File, sheet string, col, rw int, v string) error {
	if v == "" || col < 0 || rw == 0 {
		return nil
	}
	ref, err := excelize.CoordinatesToCellName(col+1, rw)
	if err != nil {
		return err
	}
	return f.SetCellStr(sheet, ref, v)
}

// setLabelled writes v beside the header-block label in column A.
func setLabelled(f *excelize.File, sheet, label, v string) error {
	rows, err := f.GetRows(sheet)
	if err != nil {
		return err
	}
	for i, row := range rows {
		if len(row) > 0 && row[0] == label {
			return f.SetCellStr(sheet, fmt.Sprintf("B%d", i+1), v)
		}
	}
	return fmt.Errorf("no %s in sheet %s", label, sheet)
}

// corrections writes the round's corrections file: DINSOS's unverified
// indicator settled after the website was checked, an objection of
// DISDUKCAPIL accepted, and an answer of KEC-MEKARSARI the verifier had
// agreed to, corrected on further clarification.
func corrections(r *rubric.Rubric, y Year) string {
	unit := func(code string) Unit {
		for _, u := range y.Units {
			if u.Code == code {
				return u
			}
		}
		panic("example: no unit " + code)
	}
	// first returns the first indicator of u, in rubric order, whose
	// verified and self answers are as wanted.
	first := func(u Unit, verified, self string) string {
		for _, ind := range r.Indicators() {
			v, _, _, ok := observe(r, y, u, ind.Code)
			if ok && v == verified && selfAnswer(y, u, ind.Code, v) == self && !contains(Unverified[u.Code], ind.Code) {
				return ind.Code
			}
		}
		panic("example: no indicator for a correction of " + u.Code)
	}
	var b strings.Builder
	b.WriteString(`# Koreksi hasil verifikasi penilaian kepatuhan 2024 (contoh) — setelah
# klarifikasi atau keberatan unit. Diterapkan dengan:
#   kepatuhan score verifikasi-2024.xlsx --koreksi koreksi-2024.yaml
corrections:
`)
	entry := func(unit, ind, answer, reason, by, date, ref string) {
		fmt.Fprintf(&b, "  - unit: %s\n    indicator: %s\n    answer: %s\n    reason: %s\n    by: %s\n    date: %s\n    ref: %s\n",
			unit, ind, answer, reason, by, date, ref)
	}
	entry("DINSOS", Unverified["DINSOS"][0], "Ya",
		"Laman layanan diperiksa setelah kunjungan; informasi pelayanan tersedia dan mutakhir",
		"Tim Verifikasi Bagian Organisasi", "2024-10-07", "800/412/Org/2024")
	entry("DISDUKCAPIL", first(unit("DISDUKCAPIL"), "Tidak", "Ya"), "Ya",
		"Keberatan diterima; foto bukti yang dipampang diserahkan saat klarifikasi",
		"Kepala Bagian Organisasi", "2024-10-09", "800/431/Org/2024")
	entry("KEC-MEKARSARI", first(unit("KEC-MEKARSARI"), "Ya", "Ya"), "Tidak",
		"Klarifikasi lanjutan; bukti yang ditunjukkan saat kunjungan bukan milik unit ini",
		"Tim Verifikasi Bagian Organisasi", "2024-10-10", "800/440/Org/2024")
	return b.String()
}

// config is the example's issuing office (fictional people and numbers).
const config = `# Konfigurasi penerbit dokumen resmi putaran penilaian (contoh fiktif).
# Dibaca oleh kepatuhan dari folder kerja, atau dengan --config BERKAS.
region: Kabupaten Contoh
government: Pemerintah Kabupaten Contoh
office: Sekretariat Daerah
division: Bagian Organisasi
address: Jl. Merdeka No. 1, Contoh 12345 · Telepon (0123) 456789
logo: logo-contoh.png
place: Contoh
signatories:
  verifier:
    position: Kepala Bagian Organisasi Sekretariat Daerah
    name: Drs. Ahmad Fauzi, M.Si.
    rank: Pembina (IV/a)
    nip: 19750312 200003 1 004
  acknowledged:
    position: Sekretaris Daerah Kabupaten Contoh
    name: Ir. Sri Wahyuni, M.M.
    rank: Pembina Utama Muda (IV/c)
    nip: 19680514 199403 2 007
  unit_heads:
    DINSOS:
      position: Kepala Dinas Sosial
      name: Budi Santoso, S.Sos.
      nip: 19800101 200501 1 002
    PKM-HARAPAN:
      position: Kepala Puskesmas Tanjung Harapan
      name: dr. Maria Ulfa
      nip: 19850817 201001 2 015
`

// writeLogo draws the example's emblem: a green shield with a gold
// border and star, deterministic.
func writeLogo(path string) error {
	const w, h = 200, 240
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	gold := color.NRGBA{212, 160, 23, 255}
	green := color.NRGBA{27, 94, 32, 255}
	inShield := func(x, y, inset float64) bool {
		if y < 10+inset || y > h-8-inset || x < 10+inset || x > w-10-inset {
			return false
		}
		if y < 150 {
			return true
		}
		// The pointed bottom: within the lines to (w/2, h-8).
		dy := (y - 150) / (h - 8 - inset - 150)
		half := (w/2 - 10 - inset) * (1 - dy)
		return x > w/2-half && x < w/2+half
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			fx, fy := float64(x)+0.5, float64(y)+0.5
			switch {
			case inShield(fx, fy, 10):
				img.Set(x, y, green)
				if inStar(fx-w/2, fy-105, 55, 22) {
					img.Set(x, y, gold)
				}
			case inShield(fx, fy, 0):
				img.Set(x, y, gold)
			}
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return err
	}
	return atomicfile.WriteBytes(path, b.Bytes())
}

// inStar reports whether (x, y) is inside a five-pointed star of outer
// radius ro and inner radius ri centred at the origin.
func inStar(x, y, ro, ri float64) bool {
	// The star as a polygon of ten points, tested by crossings.
	var px, py [10]float64
	for i := range 10 {
		rad := ro
		if i%2 == 1 {
			rad = ri
		}
		a := -90 + 36*float64(i)
		px[i], py[i] = rad*cosd(a), rad*sind(a)
	}
	in := false
	for i, j := 0, 9; i < 10; j, i = i, i+1 {
		if (py[i] > y) != (py[j] > y) && x < (px[j]-px[i])*(y-py[i])/(py[j]-py[i])+px[i] {
			in = !in
		}
	}
	return in
}

func cosd(a float64) float64 { return math.Cos(a * math.Pi / 180) }
func sind(a float64) float64 { return math.Sin(a * math.Pi / 180) }

// LoadRound reads the example's verification round from dir
// (testdata/example) — the verifier's workbook and, when corrected, the
// corrections — for tests of every output.
func LoadRound(dir string, corrected bool) (*results.Results, error) {
	_, verifier, corr, _, _ := RoundFiles()
	out := ingest.Load([]string{filepath.Join(dir, verifier)}, ingest.Options{Jobs: 1})
	if out.Invalid() || out.Results == nil {
		return nil, fmt.Errorf("example round: %v", out.Problems)
	}
	if corrected {
		entries, err := correction.Read(filepath.Join(dir, corr))
		if err != nil {
			return nil, err
		}
		if ps := correction.Apply(out.Results, entries); ps.HasErrors() {
			return nil, ps
		}
	}
	return out.Results, nil
}
