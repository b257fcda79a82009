package diff_test

import (
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden/diff")

const goldenDir = "../../testdata/golden/diff"

// The observation workbooks of the tests, one row per unit (wide layout).
// 2024 is filled against diff-v1.yaml; 2025 twice, against diff-v1.yaml
// and against diff-v2.yaml (its renamed and merged codes). The story, unit
// by unit (scores with diff-v1 both years):
//
//	DINKES   100 hijau → 69 kuning       zone down
//	DISDUK   77.5 kuning → 34.5 merah    zone down
//	DPMPTSP  100 hijau → 12 merah        zone down two steps
//	KEC-01   94 → 81.5, both hijau       score down; written kec-01 in 2025
//	KEC-02   87.5 hijau → incomplete     became incomplete (SR-01 empty)
//	DESA-01  6 merah → 100 hijau         jump and zone leap
//	DESA-02  57.5 → 70, both kuning      score up
//	DESA-03  75.5 → 75.5                 unchanged; desa → kelurahan
//	PKM-01   incomplete → 100            not comparable
//	DINSOS   only 2024                   removed
//	RSUD     only 2025                   added
const (
	book2024 = `
sheet Penilaian 2024
1: Kode Unit | Nama Unit | Jenis Unit | SP-01 | SP-02 | SP-03 | SP-04 | SR-01 | SR-02 | SR-03 | SR-04 | PG-01 | PG-02
2: DINKES | Dinas Kesehatan | opd | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya | Ya | Ya | Ya
3: DISDUK | Dinas Kependudukan dan Pencatatan Sipil | opd | Ya | Ya | Ya | Tidak | Ya | Lengkap | Ya | Ya | Ya | Tidak
4: DPMPTSP | Dinas Penanaman Modal dan PTSP | opd | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya | Ya | Ya | Ya
5: KEC-01 | Kecamatan Utara | kecamatan | Ya | Ya | Ya | Ya | Ya | Sebagian | Ya | Ya | Ya | Ya
6: KEC-02 | Kecamatan Selatan | kecamatan | Ya | Tidak | Ya | Ya | Ya | Lengkap | N/A | Ya | Ya | Ya
7: DESA-01 | Desa Sukamaju | desa | Tidak | Tidak | Tidak | Tidak | Ya | Tidak Ada | Tidak | Tidak | Tidak | Tidak
8: DESA-02 | Desa Sukarame | desa | Ya | Ya | Tidak | Tidak | Ya | Sebagian | N/A | Ya | Ya | Tidak
9: DESA-03 | Desa Mekarsari | desa | Ya | Ya | Ya | Tidak | Ya | Sebagian | Ya | Tidak | Ya | Ya
10: PKM-01 | Puskesmas Kota | opd | Ya | Ya | | Ya | Ya | Lengkap | Ya | Ya | Ya | Ya
11: DINSOS | Dinas Sosial | opd | Ya | Tidak | Ya | Ya | Ya | Sebagian | Ya | Ya | Ya | Ya
`
	book2025v1 = `
sheet Penilaian 2025
1: Kode Unit | Nama Unit | Jenis Unit | SP-01 | SP-02 | SP-03 | SP-04 | SR-01 | SR-02 | SR-03 | SR-04 | PG-01 | PG-02
2: DINKES | Dinas Kesehatan | opd | Ya | Ya | Tidak | Tidak | Ya | Sebagian | Ya | Ya | Ya | Ya
3: DISDUK | Dinas Kependudukan dan Pencatatan Sipil | opd | Ya | Tidak | Tidak | Tidak | Ya | Tidak Ada | Ya | Tidak | Ya | Tidak
4: DPMPTSP | Dinas Penanaman Modal dan PTSP | opd | Tidak | Tidak | Tidak | Tidak | Ya | Sebagian | Tidak | Tidak | Tidak | Tidak
5: kec-01 | Kecamatan Utara | kecamatan | Ya | Tidak | Ya | Ya | Ya | Sebagian | Ya | Ya | Ya | Ya
6: KEC-02 | Kecamatan Selatan | kecamatan | Ya | Tidak | Ya | Ya | | Lengkap | N/A | Ya | Ya | Ya
7: DESA-01 | Desa Sukamaju | desa | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya | Ya | Ya | Ya
8: DESA-02 | Desa Sukarame | desa | Ya | Ya | Ya | Tidak | Ya | Sebagian | N/A | Ya | Ya | Tidak
9: DESA-03 | Desa Mekarsari | kelurahan | Ya | Ya | Ya | Tidak | Ya | Sebagian | Ya | Tidak | Ya | Ya
10: PKM-01 | Puskesmas Kota | opd | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya | Ya | Ya | Ya
11: RSUD | Rumah Sakit Umum Daerah | opd | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya | Ya | Ya | Tidak
`
	book2025v2 = `
sheet Penilaian 2025
1: Kode Unit | Nama Unit | Jenis Unit | SP-01 | SP-02 | SP-03 | SP-4A | SR-01 | SR-02 | SR-03 | PG-1 | PG-03
2: DINKES | Dinas Kesehatan | opd | Ya | Ya | Tidak | Tidak | Ya | #s:1 | Ya | Ya | Ya
3: DISDUK | Dinas Kependudukan dan Pencatatan Sipil | opd | Ya | Tidak | Tidak | Tidak | Ya | #s:0 | Ya | Tidak | Ya
4: DPMPTSP | Dinas Penanaman Modal dan PTSP | opd | Tidak | Tidak | Tidak | Tidak | Ya | #s:1 | Tidak | Tidak | Tidak
5: kec-01 | Kecamatan Utara | kecamatan | Ya | Tidak | Ya | Ya | Ya | #s:1 | Ya | Ya | Ya
6: KEC-02 | Kecamatan Selatan | kecamatan | Ya | Tidak | Ya | Ya | | #s:2 | N/A | Ya | Ya
7: DESA-01 | Desa Sukamaju | desa | Ya | Ya | Ya | Ya | Ya | #s:2 | Ya | Ya | Ya
8: DESA-02 | Desa Sukarame | desa | Ya | Ya | Ya | Tidak | Ya | #s:1 | N/A | Ya | Tidak
9: DESA-03 | Desa Mekarsari | kelurahan | Ya | Ya | Ya | Tidak | Ya | #s:1 | Ya | Ya | Ya
10: PKM-01 | Puskesmas Kota | opd | Ya | Ya | Ya | Ya | Ya | #s:2 | Ya | Ya | Ya
11: RSUD | Rumah Sakit Umum Daerah | opd | Ya | Ya | Ya | Ya | Ya | #s:2 | Ya | Ya | Tidak
`
)

// rubricPath is the absolute path of a test rubric (tests change into a
// temporary folder).
func rubricPath(t *testing.T, name string) string {
	t.Helper()
	return filepath.Join(pkgDir, "..", "..", "testdata", "rubrics", name)
}

// scored writes the workbook spec as name (in the current folder) and
// scores it with ingest.Load, as `kepatuhan diff` does.
func scored(t *testing.T, name, spec, rubricFile string) *results.Results {
	t.Helper()
	if err := fixture.Write(name, spec); err != nil {
		t.Fatal(err)
	}
	out := ingest.Load([]string{name}, ingest.Options{Rubric: rubricFile, Jobs: 1})
	if out.Invalid() || out.Results == nil {
		t.Fatalf("%s: %v", name, out.Problems)
	}
	return out.Results
}

// sides scores the 2024 workbook with oldRubric and a 2025 workbook with
// newRubric, in a temporary folder so that the inputs' paths are just
// their names.
func sides(t *testing.T, oldRubric, newSpec, newRubric string) (*results.Results, *results.Results) {
	t.Helper()
	o, n := rubricPath(t, oldRubric), rubricPath(t, newRubric)
	t.Chdir(t.TempDir())
	old, nw := scored(t, "penilaian-2024.xlsx", book2024, o), scored(t, "penilaian-2025.xlsx", newSpec, n)
	// The region and the period, as a form's header block gives them;
	// one unit of 2025 says another period, which the majority outvotes.
	for _, s := range []struct {
		res    *results.Results
		period string
	}{{old, "2024"}, {nw, "2025"}} {
		for i := range s.res.Units {
			s.res.Units[i].Region, s.res.Units[i].Period = "Kabupaten Uji", s.period
		}
	}
	nw.Units[0].Period = "2025/2026"
	return old, nw
}

// synth builds a unit of a built-in rubric answered with fraction f of
// every indicator's range (checks: the first f of them met; a survey item
// one respondent), scored.
func synth(t *testing.T, r *rubric.Rubric, code, name string, f float64) results.Unit {
	t.Helper()
	u := score.NewUnit(r, code)
	u.Name = name
	inds := r.Indicators()
	for i, ind := range inds {
		ir := &u.Indicators[i]
		ir.Status = results.Answered
		switch ind.Type {
		case rubric.Check:
			if float64(i) < f*float64(len(inds)) {
				ir.Value = 1
			}
		case rubric.Levels:
			ir.Value = float64(ind.Levels.Min) + math.Round(f*float64(ind.Levels.Max-ind.Levels.Min))
		case rubric.Surv:
			ir.Value = float64(ind.Survey.Min) + f*float64(ind.Survey.Max-ind.Survey.Min)
			ir.Respondents = 1
		default:
			t.Fatalf("%s: answer type %s", ind.Code, ind.Type)
		}
	}
	score.Unit(r, &u)
	return u
}

func builtin(t *testing.T, ref string) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Builtin(ref)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func input(name string) results.Input {
	return results.Input{Path: name, Name: name, SHA256: fmtSum(name), Size: 1234}
}

// fmtSum is a made-up, fixed SHA-256 for a synthetic input.
func fmtSum(name string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 64)
	for i := range b {
		b[i] = hex[(int(name[i%len(name)])+i)%16]
	}
	return string(b)
}

// scales is OLD on the Ombudsman's 2019 0–100 scale and NEW on PEKPPP's
// 0–5 index: nothing is subtracted, zones still compare.
func scales(t *testing.T) (*results.Results, *results.Results) {
	ro, rn := builtin(t, "ombudsman-2019"), builtin(t, "pekppp-2023")
	old := &results.Results{Tool: stamp.Tool(), Rubric: ro, Inputs: []results.Input{input("kepatuhan-2022.json")},
		Units: []results.Unit{
			synth(t, ro, "DINKES", "Dinas Kesehatan", 1),
			synth(t, ro, "DISDUK", "Dinas Kependudukan dan Pencatatan Sipil", 0.65),
			synth(t, ro, "DESA-01", "Desa Sukamaju", 0.2),
			synth(t, ro, "KEC-01", "Kecamatan Utara", 0.7),
			synth(t, ro, "DINSOS", "Dinas Sosial", 0.9),
		}}
	nw := &results.Results{Tool: stamp.Tool(), Rubric: rn, Inputs: []results.Input{input("pekppp-2023.json")},
		Units: []results.Unit{
			synth(t, rn, "DINKES", "Dinas Kesehatan", 1),
			synth(t, rn, "DISDUK", "Dinas Kependudukan dan Pencatatan Sipil", 0.2),
			synth(t, rn, "DESA-01", "Desa Sukamaju", 1),
			synth(t, rn, "KEC-01", "Kecamatan Utara", 0.6),
			synth(t, rn, "RSUD", "Rumah Sakit Umum Daerah", 0.8),
		}}
	return old, nw
}

type goldenCase struct {
	name string
	make func(t *testing.T) (*results.Results, *results.Results)
	en   bool // also the English table
}

var goldenCases = []goldenCase{
	{"same-rubric", func(t *testing.T) (*results.Results, *results.Results) {
		return sides(t, "diff-v1.yaml", book2025v1, "diff-v1.yaml")
	}, true},
	{"renamed", func(t *testing.T) (*results.Results, *results.Results) {
		return sides(t, "diff-v1.yaml", book2025v2, "diff-v2.yaml")
	}, true},
	{"version", func(t *testing.T) (*results.Results, *results.Results) {
		return sides(t, "diff-v1.yaml", book2025v1, "diff-v1.1.yaml")
	}, false},
	{"edited", func(t *testing.T) (*results.Results, *results.Results) {
		return sides(t, "diff-v1.yaml", book2025v1, "diff-v1-edited.yaml")
	}, false},
	{"scales", scales, true},
}

// TestGolden renders every case as the table (Indonesian, and English
// for some), JSON and CSV, and compares them with
// testdata/golden/diff/CASE.FORMAT.golden.
func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			old, nw := c.make(t)
			rep := diff.Compare(old, nw, diff.Options{})
			render := []struct {
				suffix, format string
				lang           msg.Lang
			}{{"table", "table", msg.ID}, {"json", "json", msg.ID}, {"csv", "csv", msg.ID}}
			if c.en {
				render = append(render, struct {
					suffix, format string
					lang           msg.Lang
				}{"table-en", "table", msg.EN})
			}
			for _, r := range render {
				f, _ := diff.Formats.Lookup(r.format)
				var buf bytes.Buffer
				if err := f.Format.Write(&buf, rep, diff.RenderOptions{Lang: r.lang}); err != nil {
					t.Fatal(err)
				}
				golden(t, c.name+"."+r.suffix, buf.Bytes())
			}
		})
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(goldenDir, name+".golden")
	path = filepath.Join(pkgDir, path) // tests may have changed folder
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pkg/diff -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// pkgDir is this package's folder, taken before any test changes folder.
var pkgDir = func() string {
	d, err := os.Getwd()
	if err != nil {
		panic(err)
	}
	return d
}()
