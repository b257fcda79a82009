package benchdata

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// A national round: the Ombudsman's assessment of a year across the
// country, with the built-in rubric ombudsman-2023 (41 indicators: 35
// answered on levels 0–3 by the assessor, 6 by interviewed users). Each
// region's (kabupaten's) units come in one workbook, as a region's
// coordinator collects them: a long-layout sheet "Observasi" (one row per
// answer, with the unit's name, type, assessor and date, a note and an
// evidence file) under a header block naming the rubric, the region and
// the year, and a wide sheet "Responden" (one row per interviewed user:
// the unit, the respondent, the six survey items).
const (
	// NationalRubric is the rubric of the national round.
	NationalRubric = "ombudsman-2023"
	// NationalSize is the number of workbooks of a full national year.
	NationalSize = 500
	// NationalUnitsPer is the number of units in each workbook.
	NationalUnitsPer = 50
	// nationalRespondents is the number of users interviewed per unit.
	nationalRespondents = 5
)

// NationalYears are the years National generates: a year and the year
// before, the same units with answers that drifted.
var NationalYears = [2]string{"2024", "2025"}

// National returns a folder of the first n workbooks (n ≤ NationalSize)
// of the national year (one of NationalYears): n × NationalUnitsPer
// units. The workbooks of National(year, n) are those of National(year,
// NationalSize), linked (or copied), so the sizes differ only in their
// number.
func National(year string, n int) (string, error) {
	if year != NationalYears[0] && year != NationalYears[1] {
		return "", fmt.Errorf("benchdata: no national year %q", year)
	}
	if n < 1 || n > NationalSize {
		return "", fmt.Errorf("benchdata: a national year has 1 to %d workbooks, not %d", NationalSize, n)
	}
	full := filepath.Join(Dir(), fmt.Sprintf("national-%s-%s-%d", Version, year, NationalSize))
	if _, err := cached(full, func(tmp string) error { return writeNational(tmp, year) }); err != nil {
		return "", err
	}
	if n == NationalSize {
		return full, nil
	}
	path := filepath.Join(Dir(), fmt.Sprintf("national-%s-%s-%d", Version, year, n))
	return cached(path, func(tmp string) error {
		if err := os.Mkdir(tmp, 0o755); err != nil {
			return err
		}
		for i := range n {
			name := NationalFile(i)
			from, to := filepath.Join(full, name), filepath.Join(tmp, name)
			if os.Link(from, to) != nil {
				if err := copyFile(from, to); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// NationalFile names the workbook of region i.
func NationalFile(i int) string { return fmt.Sprintf("wilayah-%03d.xlsx", i+1) }

// nationalUnit is the code of unit k of region i.
func nationalUnit(i, k int) string { return fmt.Sprintf("W%03d-U%02d", i+1, k+1) }

// the unit types of a region's 50 units, by turn: mostly village
// offices and health centres, a few agencies and hospitals.
var nationalTypes = []struct{ id, name string }{
	{"desa", "Kantor Desa"}, {"puskesmas", "Puskesmas"}, {"desa", "Kantor Desa"}, {"opd", "Dinas"},
	{"kecamatan", "Kantor Kecamatan"}, {"desa", "Kantor Desa"}, {"puskesmas", "Puskesmas"},
	{"opd", "Badan"}, {"desa", "Kantor Desa"}, {"rsud", "RSUD"},
}

func writeNational(dir, year string) error {
	r, err := rubric.Builtin(NationalRubric)
	if err != nil {
		return err
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		return err
	}
	// Generating takes a while (a million rows a year): the workbooks are
	// written on every CPU.
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		next  = make(chan int)
	)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if err := writeRegion(filepath.Join(dir, NationalFile(i)), r, year, i); err != nil {
					mu.Lock()
					if first == nil {
						first = fmt.Errorf("region %d: %w", i+1, err)
					}
					mu.Unlock()
				}
			}
		}()
	}
	for i := range NationalSize {
		next <- i
	}
	close(next)
	wg.Wait()
	return first
}

// writeRegion writes region i's workbook of the year.
func writeRegion(path string, r *rubric.Rubric, year string, i int) error {
	f := excelize.NewFile()
	defer f.Close()
	region := fmt.Sprintf("Kabupaten Wilayah %03d", i+1)
	block := [][]any{{"Rubrik", r.ID}, {"Versi Rubrik", r.Version}, {"Instansi", region}, {"Tahun", year}}
	if err := f.SetSheetName("Sheet1", "Observasi"); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter("Observasi")
	if err != nil {
		return err
	}
	row := 1
	put := func(sw *excelize.StreamWriter, cells []any) error {
		err := sw.SetRow(fmt.Sprintf("A%d", row), cells)
		row++
		return err
	}
	for _, b := range block {
		if err := put(sw, b); err != nil {
			return err
		}
	}
	row++
	if err := put(sw, []any{"Kode Unit", "Nama Unit", "Jenis Unit", "Penilai", "Tanggal",
		"Kode Indikator", "Jawaban", "Catatan", "Bukti"}); err != nil {
		return err
	}
	var surveyInds []*rubric.Indicator
	for k := range NationalUnitsPer {
		code := nationalUnit(i, k)
		t := nationalTypes[k%len(nationalTypes)]
		name := fmt.Sprintf("%s %s %d", t.name, placeNames[(i+k)%len(placeNames)], k/len(placeNames)+1)
		assessor := []string{"Siti Aminah", "Rahmat Hidayat", "Nur Aisyah", "Budi Santoso", "Dewi Lestari"}[(i+k)%5]
		date := fmt.Sprintf("%02d/%02d/%s", 1+(i+k)%28, 6+k%5, year)
		level := nationalLevel(code, year)
		// One unit in two hundred left unfinished: an answer not given.
		blank := ""
		if draw(code, year+"/unfinished") < 0.005 {
			blank = r.Indicators()[int(draw(code, year+"/which")*20)].Code
		}
		for _, ind := range r.Indicators() {
			if ind.Type == rubric.Surv {
				if k == 0 {
					surveyInds = append(surveyInds, ind)
				}
				continue
			}
			if !ind.AppliesToType(t.id) {
				continue
			}
			cells := []any{code, name, t.id, assessor, date, ind.Code}
			if ind.Code != blank {
				v := nationalAnswer(ind, code, year, level)
				cells = append(cells, v)
				switch {
				case v <= ind.Levels.Min+1 && draw(code, year+"/note/"+ind.Code) < 0.6:
					cells = append(cells, "Belum sesuai standar pelayanan; unit menyatakan akan memperbaiki pada triwulan berikut.")
				case v == ind.Levels.Max && draw(code, year+"/evidence/"+ind.Code) < 0.25:
					cells = append(cells, nil, fmt.Sprintf("foto-%s-%s.jpg", code, ind.Code))
				}
			}
			if err := put(sw, cells); err != nil {
				return err
			}
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}

	if _, err := f.NewSheet("Responden"); err != nil {
		return err
	}
	if sw, err = f.NewStreamWriter("Responden"); err != nil {
		return err
	}
	row = 1
	for _, b := range block[2:] {
		if err := put(sw, b); err != nil {
			return err
		}
	}
	row++
	head := []any{"Kode Unit", "Responden"}
	for _, ind := range surveyInds {
		head = append(head, ind.Code)
	}
	if err := put(sw, head); err != nil {
		return err
	}
	for k := range NationalUnitsPer {
		code := nationalUnit(i, k)
		level := nationalLevel(code, year)
		for resp := range nationalRespondents {
			cells := []any{code, fmt.Sprintf("R%d", resp+1)}
			for _, ind := range surveyInds {
				d := draw(code, fmt.Sprintf("%s/%s/%d", year, ind.Code, resp))
				switch {
				case d < 0.05:
					cells = append(cells, nil) // not answered
				default:
					cells = append(cells, 1+min(3, int((0.5*level+0.5*d)*4)))
				}
			}
			if err := put(sw, cells); err != nil {
				return err
			}
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return writeFile(path, f)
}

// nationalLevel is a unit's compliance in a year, in [0, 1]: its own
// level, drifting between the years.
func nationalLevel(code, year string) float64 {
	l := 0.3 + 0.65*draw(code, "level")
	if year == NationalYears[0] {
		l += 0.2*draw(code, "drift") - 0.12
	}
	return min(1, max(0, l))
}

// nationalAnswer is a unit's answer to a levels indicator in a year.
func nationalAnswer(ind *rubric.Indicator, code, year string, level float64) int {
	x := 0.6*level + 0.4*draw(code, year+"/"+ind.Code)
	span := ind.Levels.Max - ind.Levels.Min
	return ind.Levels.Min + min(span, int(x*float64(span+1)))
}
