// Package example generates the bundled example district in
// testdata/example: the units of a fictional Kabupaten Contoh assessed
// with the default rubric (ombudsman-2019) in 2023 and 2024, and the
// citizen satisfaction survey (SKM) of its service units in the same
// years (skm.go). Each year's
// workbook is written by kepatuhan's own form writer from a unit list and
// then filled in programmatically, cell by cell, the way an assessor fills
// the form: answers from the drop-down, a few notes and evidence file
// names, N/A where it is allowed, and one unit left unfinished.
//
// The answers are deterministic (a hash of the year, unit and indicator
// against each unit's level of compliance), so the files are reproducible:
// `go test ./pkg/example -update` regenerates them, and a test checks that
// the committed files are exactly what this package makes.
package example

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/rubric"
	"github.com/xuri/excelize/v2"
)

// Unit is one example unit in one year.
type Unit struct {
	Code, Name, Type string
	// Level is the share of indicators the unit meets (0..1).
	Level float64
	// Blank lists indicator codes left unanswered (an unfinished form).
	Blank []string
	// NA lists indicator codes answered N/A.
	NA []string
}

// Year is one year's assessment.
type Year struct {
	Year     int
	Assessor []string // assessors, by turn
	Month    string   // month of the visits, for the Tanggal field
	Units    []Unit
}

// Region is the example district's name.
const Region = "Kabupaten Contoh"

// Years are the two example years. 2024 has a dozen units of mixed types
// with some N/A answers and one incomplete unit; compared with 2023, some
// units improve, two regress (one into the red zone), one is new, one is
// gone, and one jumps suspiciously far.
var Years = []Year{
	{
		Year: 2023, Assessor: []string{"Rahmat Hidayat", "Nur Aisyah"}, Month: "08",
		Units: []Unit{
			{Code: "DINKES", Name: "Dinas Kesehatan", Type: "opd", Level: 0.85},
			{Code: "DISDUKCAPIL", Name: "Dinas Kependudukan dan Pencatatan Sipil", Type: "opd", Level: 0.8},
			{Code: "DPMPTSP", Name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", Type: "opd", Level: 0.95},
			{Code: "DINSOS", Name: "Dinas Sosial", Type: "opd", Level: 0.93},
			{Code: "PKM-SUKAMAJU", Name: "Puskesmas Sukamaju", Type: "puskesmas", Level: 0.75},
			{Code: "PKM-MEKARSARI", Name: "Puskesmas Mekarsari", Type: "puskesmas", Level: 0.5},
			{Code: "PKM-HARAPAN", Name: "Puskesmas Tanjung Harapan", Type: "puskesmas", Level: 0.62},
			{Code: "KEC-SUKAMAJU", Name: "Kecamatan Sukamaju", Type: "kecamatan", Level: 0.7, NA: []string{"BK-04"}},
			{Code: "KEC-MEKARSARI", Name: "Kecamatan Mekarsari", Type: "kecamatan", Level: 0.4},
			{Code: "KEC-HARAPAN", Name: "Kecamatan Tanjung Harapan", Type: "kecamatan", Level: 0.7},
			{Code: "DESA-SUKAMAKMUR", Name: "Desa Suka Makmur", Type: "desa", Level: 0.2, NA: []string{"BK-04"}},
			{Code: "UPT-PASAR", Name: "UPT Pengelolaan Pasar", Type: "opd", Level: 0.45},
		},
	},
	{
		Year: 2024, Assessor: []string{"Siti Aminah", "Rahmat Hidayat"}, Month: "08",
		Units: []Unit{
			{Code: "DINKES", Name: "Dinas Kesehatan", Type: "opd", Level: 0.95},
			{Code: "DISDUKCAPIL", Name: "Dinas Kependudukan dan Pencatatan Sipil", Type: "opd", Level: 0.88},
			{Code: "DPMPTSP", Name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", Type: "opd", Level: 1},
			{Code: "DINSOS", Name: "Dinas Sosial", Type: "opd", Level: 0.72},
			{Code: "PKM-SUKAMAJU", Name: "Puskesmas Sukamaju", Type: "puskesmas", Level: 0.85},
			{Code: "PKM-MEKARSARI", Name: "Puskesmas Mekarsari", Type: "puskesmas", Level: 0.6},
			{Code: "PKM-HARAPAN", Name: "Puskesmas Tanjung Harapan", Type: "puskesmas", Level: 0.4},
			{Code: "KEC-SUKAMAJU", Name: "Kecamatan Sukamaju", Type: "kecamatan", Level: 0.78, NA: []string{"BK-04"}},
			{Code: "KEC-MEKARSARI", Name: "Kecamatan Mekarsari", Type: "kecamatan", Level: 0.58},
			{Code: "KEC-HARAPAN", Name: "Kecamatan Tanjung Harapan", Type: "kecamatan", Level: 0.8, Blank: []string{"SR-02", "PG-03"}},
			{Code: "DESA-SUKAMAKMUR", Name: "Desa Suka Makmur", Type: "desa", Level: 0.85, NA: []string{"BK-04"}},
			{Code: "DESA-SIDOMULYO", Name: "Desa Sidomulyo", Type: "desa", Level: 0.45, NA: []string{"BK-04"}},
		},
	},
}

// notes an assessor writes beside a "Tidak", by variable.
var notes = map[string]string{
	"SP": "belum dipampang di ruang pelayanan",
	"MK": "maklumat belum ditandatangani pimpinan",
	"SI": "laman belum diperbarui sejak tahun lalu",
	"SR": "perlu perbaikan",
	"BK": "belum tersedia",
	"PK": "belum ada loket prioritas",
	"PG": "register pengaduan tidak ditemukan",
	"KM": "hasil SKM belum dipublikasikan",
	"VM": "papan visi misi rusak",
	"AT": "sebagian petugas tanpa tanda pengenal",
	"PT": "berkas diterima di beberapa ruang",
}

// Files names the example's files for a year.
func Files(year int) (units, workbook string) {
	return fmt.Sprintf("unit-%d.csv", year), fmt.Sprintf("penilaian-%d.xlsx", year)
}

// Generate writes every year's unit list and filled workbook into dir.
func Generate(dir string) error {
	r, err := rubric.Builtin(rubric.DefaultID)
	if err != nil {
		return err
	}
	for _, y := range Years {
		if err := generateYear(dir, r, y); err != nil {
			return fmt.Errorf("example %d: %w", y.Year, err)
		}
	}
	if err := generateRound(dir, r); err != nil { // round.go
		return fmt.Errorf("example round %d: %w", RoundYear, err)
	}
	return GenerateSKM(dir)
}

func generateYear(dir string, r *rubric.Rubric, y Year) error {
	unitsName, bookName := Files(y.Year)
	unitsPath := filepath.Join(dir, unitsName)
	if err := writeUnitList(unitsPath, y); err != nil {
		return err
	}
	units, err := form.ReadUnits(unitsPath, r)
	if err != nil {
		return err
	}
	var blankForm bytes.Buffer
	if err := form.Write(&blankForm, r, units, form.Options{}); err != nil {
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
	ev := &yearEvidence{}
	ev.cells, ev.files = extraEvidence(y)
	for _, u := range y.Units {
		if err := fill(f, r, y, u, ev); err != nil {
			return fmt.Errorf("%s: %w", u.Code, err)
		}
	}
	data, err := ev.pictures(f)
	if err != nil {
		return err
	}
	if err := writeEvidence(dir, y, ev.files); err != nil {
		return err
	}
	return atomicfile.WriteBytes(filepath.Join(dir, bookName), data)
}

// writeUnitList writes the year's unit list as an Indonesian spreadsheet
// exports it: semicolons, CRLF line ends.
func writeUnitList(path string, y Year) error {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Comma = ';'
	w.UseCRLF = true
	w.Write([]string{"Kode Unit", "Nama Unit", "Jenis Unit", "Instansi", "Tahun", "Penilai", "Tanggal"})
	for i, u := range y.Units {
		day := 5 + i*2
		w.Write([]string{u.Code, u.Name, u.Type, Region, fmt.Sprint(y.Year), y.Assessor[i%len(y.Assessor)],
			fmt.Sprintf("%02d/%s/%d", day, y.Month, y.Year)})
	}
	w.Flush()
	return atomicfile.WriteBytes(path, []byte(b.String()))
}

// fill answers one unit's form sheet, with its evidence (evidence.go).
func fill(f *excelize.File, r *rubric.Rubric, y Year, u Unit, ev *yearEvidence) error {
	sheet := form.SheetName(u.Code)
	rows, err := f.GetRows(sheet)
	if err != nil {
		return err
	}
	t, ok := form.FindTable(rows)
	if !ok {
		return fmt.Errorf("no table header in sheet %s", sheet)
	}
	codeCol, ansCol, noteCol, evCol := t.Code, t.Answer, t.Note, t.Evidence
	for i := t.Header + 1; i < len(rows); i++ {
		row := rows[i]
		if codeCol >= len(row) || row[codeCol] == "" {
			continue
		}
		code := row[codeCol]
		answer, note, evidence, ok := observe(r, y, u, code)
		if !ok {
			continue
		}
		if answer == "Ya" { // met: its evidence (evidence.go), and the files it names
			ind, _ := r.Indicator(code)
			var files []evidenceFile
			evidence, files = evidenceOf(y, u, ind)
			ev.files = append(ev.files, files...)
			if evidence == "" {
				ev.bare(sheet, u.Code, code, evCol, i+1)
			}
		}
		if c, ok := ev.cells[[2]string{u.Code, code}]; ok {
			evidence = c
		}
		set := func(col int, v string) error {
			if v == "" || col < 0 {
				return nil
			}
			ref, err := excelize.CoordinatesToCellName(col+1, i+1)
			if err != nil {
				return err
			}
			return f.SetCellStr(sheet, ref, v)
		}
		for _, c := range []struct {
			col int
			v   string
		}{{ansCol, answer}, {noteCol, note}, {evCol, evidence}} {
			if err := set(c.col, c.v); err != nil {
				return err
			}
		}
	}
	return nil
}

// observe is what the assessor found for one indicator of a unit: the
// answer, a note and an evidence file name; ok is false when the
// indicator is left unanswered (not for the unit's type, or blank).
func observe(r *rubric.Rubric, y Year, u Unit, code string) (answer, note, evidence string, ok bool) {
	ind, found := r.Indicator(code)
	if !found || !ind.AppliesToType(u.Type) || contains(u.Blank, code) {
		return "", "", "", false
	}
	answer = "Ya"
	switch {
	case contains(u.NA, code):
		answer = "N/A"
	case draw(y.Year, u.Code, code) >= u.Level:
		answer = "Tidak"
		if draw(y.Year, u.Code, code+"/note") < 0.6 {
			note = notes[ind.Group().Code]
		}
	default:
		evidence, _ = evidenceOf(y, u, ind) // evidence.go
	}
	return answer, note, evidence, true
}

// draw is a deterministic number in [0, 1) for a year, unit and key,
// uncorrelated between neighbouring keys (SP-01, SP-02, …).
func draw(year int, unit, key string) float64 {
	sum := sha256.Sum256([]byte(fmt.Sprintf("%d/%s/%s", year, unit, key)))
	return float64(binary.BigEndian.Uint64(sum[:8])>>11) / (1 << 53)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
