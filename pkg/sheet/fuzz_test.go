package sheet_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// fuzzSpecs are the seed workbooks of FuzzRead besides the shared
// samples: every layout, and the cell kinds and mistakes the reader
// reports, so that mutations start from files that reach deep into it.
var fuzzSpecs = []string{
	`
sheet DINKES
1: Kode Unit | DINKES
2: Nama Unit | Dinas Kesehatan
3: Jenis Unit | opd
4: Tanggal | #d:2024-08-12
5: Rubrik | contoh
7: No | Kode | Indikator | Jawaban | Catatan | Bukti
8: #n:1 | SP-01 | Persyaratan | Ya | catatan | foto.jpg
9: | | Bagian B
10: #n:2 | SP-02 | Prosedur | Tidak
11: #n:3 | SP-03 | | #b:TRUE
12: #n:4 | SP-04 | | #n:0
13: #n:5 | SR-01 | | #f:IF(1=1,"Ya","Tidak")
14: #n:6 | SR-02 | | Sebagian
15: #n:7 | SR-03 | | N/A
sheet Daftar hidden
1: Ya | Tidak
`,
	`
sheet Data
1: Rekap penilaian
2: Kode Unit | Nama Unit | Kode Indikator | Jawaban | Catatan
3: DISDUK | Dinas Kependudukan | SP-01 | Ya
4: DISDUK | Dinas Kependudukan | SP-02 | 0,5
5: disduk | | SR-02 | Lengkap | \u{1F600}
6: KEC-02 | Kecamatan | SP-1 | Mungkin
7: KEC-02 | Kecamatan | SR-03 | -
8: | | SP-01 | Ya
9: KEC-02 | | | Ya
10: KEC-02 | | SP-04 | #e:#N/A
`,
	`
sheet Kobo
1: start | Kode Unit | Nama Unit | SP-01 | SP-02 | SP-03 | SP-04 | SR-01 | SR-02 | SR-03 | SP-05
2: #d:2024-08-01 | DPMPTSP | Dinas Penanaman Modal | Ya | Ya | Ya | Ya | Ya | Lengkap | N/A
3: #d:2024-08-02 | DINSOS | Dinas Sosial | Tidak | #n:1 | ya | TIDAK | Y | Sebagian | Tidak
4: | DINSOS | Dinas Sosial | Ya
`,
	`
sheet Catatan
1: hanya catatan
sheet Data
2: Kode Unit | Kode Indikatr | Jawaban
3: U1 | SP-01 | Ya
`,
}

// FuzzRead reads arbitrary bytes as an observation workbook with both
// engines (end to end: file recognition, cells, layouts, answers). Neither
// may panic or hang; every problem must be located (it names the file,
// and a sheet and cell only of this workbook) and render in both
// languages; and when neither engine reports an error, both must read the
// same units, answers and notices.
//
// Seeds: the shared samples, the workbooks of fuzzSpecs, and each again
// with every part stored uncompressed, so that mutations reach the XML
// instead of breaking the deflate stream.
func FuzzRead(f *testing.F) {
	r, err := rubric.Load(filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	samples, err := filepath.Glob(filepath.Join("..", "..", "testdata", "samples", "*.xlsx"))
	if err != nil || len(samples) == 0 {
		f.Fatalf("no samples: %v", err)
	}
	var seeds [][]byte
	for _, p := range samples {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	for _, spec := range fuzzSpecs {
		b, err := fixture.Build(spec)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	for _, b := range seeds {
		f.Add(b)
		f.Add(storedCopy(f, b))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "in.xlsx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		fast := sheet.Read(path, r, sheet.Options{Engine: workbook.EngineFast})
		slow := sheet.Read(path, r, sheet.Options{Engine: workbook.EngineExcelize})
		for _, got := range []*sheet.File{fast, slow} {
			checkLocated(t, path, got)
		}
		if fast.Problems.HasErrors() || slow.Problems.HasErrors() {
			return
		}
		if a, b := describe(fast), describe(slow); a != b {
			t.Fatalf("the engines disagree:\nfast:\n%s\nexcelize:\n%s", a, b)
		}
	})
}

var cellRef = regexp.MustCompile(`^[A-Z]{1,3}[1-9][0-9]*$`)

// checkLocated checks that every problem names the file, that a sheet it
// names is one of the workbook's, that its cell is a cell reference, and
// that its message and hint render in both languages.
func checkLocated(t *testing.T, path string, f *sheet.File) {
	t.Helper()
	sheets := map[string]bool{}
	for _, s := range f.Sheets {
		sheets[s.Name] = true
	}
	for _, p := range f.Problems {
		if p.File != path {
			t.Errorf("problem %s names file %q, want %q", p.Key, p.File, path)
		}
		if p.Sheet != "" && !sheets[p.Sheet] {
			t.Errorf("problem %s names sheet %q, which the workbook does not have (%v)", p.Key, p.Sheet, f.Sheets)
		}
		if p.Cell != "" && (p.Sheet == "" || !cellRef.MatchString(p.Cell)) {
			t.Errorf("problem %s names cell %q of sheet %q", p.Key, p.Cell, p.Sheet)
		}
		if !msg.Has(p.Key) || (p.Hint != "" && !msg.Has(p.Hint)) {
			t.Errorf("problem %s / hint %s is not in the catalog", p.Key, p.Hint)
		}
		for _, lang := range []msg.Lang{msg.ID, msg.EN} {
			if s := p.Text(lang) + p.HintText(lang); strings.Contains(withoutArgs(s, p), "%!") {
				t.Errorf("badly formatted message: %s", s)
			}
		}
	}
	if f.Problems.HasErrors() {
		return
	}
	if f.Input.SHA256 == "" {
		t.Errorf("a file read without error has no SHA-256")
	}
}

// storedCopy is b with every zip entry stored (fixture.Stored).
func storedCopy(tb testing.TB, b []byte) []byte {
	out, err := fixture.Stored(b)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// withoutArgs removes the text of a problem's arguments from its rendered
// message, so that a "%!" the input itself holds (a key, a cell) is not
// taken for a formatting mistake.
func withoutArgs(s string, p msg.Problem) string {
	for _, a := range append(append([]any{}, p.Args...), p.HintArgs...) {
		if t := fmt.Sprint(a); t != "" {
			s = strings.ReplaceAll(s, t, "")
			s = strings.ReplaceAll(s, fmt.Sprintf("%q", t), "")
		}
	}
	return s
}
