package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// The workbooks of these tests: contoh.yaml's indicators, one row per
// unit. A: 100 hijau → 40 merah (regressed); B: 40 merah → 100 hijau
// (improved, jump, zone leap); C the same both years; D only in 2025.
const (
	diffBook2024 = `
sheet Data
1: Kode Unit | Nama Unit | SP-01 | SP-02 | SP-03 | SP-04 | SR-01 | SR-02 | SR-03
2: A | Unit A | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya
3: B | Unit B | Ya | Tidak | Ya | Tidak | Ya | Tidak Ada | Tidak
4: C | Unit C | Ya | Ya | Ya | Tidak | Ya | Sebagian | N/A
`
	diffBook2025 = `
sheet Data
1: Kode Unit | Nama Unit | SP-01 | SP-02 | SP-03 | SP-04 | SR-01 | SR-02 | SR-03
2: A | Unit A | Ya | Tidak | Ya | Tidak | Ya | Tidak Ada | Tidak
3: B | Unit B | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya
4: C | Unit C | Ya | Ya | Ya | Tidak | Ya | Sebagian | N/A
5: D | Unit D | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya
`
	// 2025 without A's regression.
	diffBook2025Better = `
sheet Data
1: Kode Unit | Nama Unit | SP-01 | SP-02 | SP-03 | SP-04 | SR-01 | SR-02 | SR-03
2: A | Unit A | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya
3: B | Unit B | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya
4: C | Unit C | Ya | Ya | Ya | Tidak | Ya | Sebagian | N/A
`
	diffBookBad = `
sheet Data
1: Kode Unit | Nama Unit | SP-01 | SP-02 | SP-03 | SP-04 | SR-01 | SR-02 | SR-03
2: A | Unit A | Mungkin | Ya | Ya | Ya | Ya | Lengkap | Ya
`
)

type diffRun struct {
	code     int
	out, err string
}

// runDiffCmd runs `kepatuhan diff args...` through Main, as a user
// would.
func runDiffCmd(t *testing.T, args ...string) diffRun {
	t.Helper()
	code, out, errs := runMain(append([]string{"diff"}, args...)...)
	return diffRun{code, out, errs}
}

func diffSetup(t *testing.T) string {
	t.Helper()
	contoh, err := filepath.Abs(filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	for name, spec := range map[string]string{"2024.xlsx": diffBook2024, "2025.xlsx": diffBook2025,
		"2025-better.xlsx": diffBook2025Better, "bad.xlsx": diffBookBad} {
		if err := fixture.Write(name, spec); err != nil {
			t.Fatal(err)
		}
	}
	return contoh
}

func TestDiffCommand(t *testing.T) {
	contoh := diffSetup(t)
	t.Setenv("SOURCE_DATE_EPOCH", "")

	// A regression: exit 5, regressions first, the flags and the matrix.
	r := runDiffCmd(t, "--rubric", contoh, "2024.xlsx", "2025.xlsx")
	if r.code != ExitRegression {
		t.Fatalf("exit %d, want 5\n%s%s", r.code, r.out, r.err)
	}
	lines := strings.Split(r.out, "\n")
	var units []string
	for _, l := range lines {
		if m := regexp.MustCompile(`^(turun|naik|tetap|ditambah)\s+([A-D])\s`).FindStringSubmatch(l); m != nil {
			units = append(units, m[1]+" "+m[2])
		}
	}
	if got := strings.Join(units, ", "); got != "turun A, naik B, tetap C, ditambah D" {
		t.Errorf("units %q\n%s", got, r.out)
	}
	for _, want := range []string{`(?m)^turun\s+A\s+Unit A\s+100,00\s+40,00\s+-60,00\s+hijau → merah`,
		`(?m)^naik\s+B\s+.*lonjakan, lompat zona$`, `(?m)^Perpindahan zona`, `(?m)^merah\s+1\s+·\s+·$`,
		`(?m)^  ✓ rubrik sama di kedua sisi: contoh versi 1`} {
		if !regexp.MustCompile(want).MatchString(r.out) {
			t.Errorf("output lacks %s\n%s", want, r.out)
		}
	}
	if r.err != "" {
		t.Errorf("stderr: %s", r.err)
	}

	// No regression: exit 0; English.
	r = runDiffCmd(t, "--rubric", contoh, "--lang", "en", "2024.xlsx", "2025-better.xlsx")
	if r.code != ExitOK || !strings.Contains(r.out, "improved") || !strings.Contains(r.out, "Zone transitions") {
		t.Errorf("exit %d\n%s%s", r.code, r.out, r.err)
	}

	// --jump in points of the scale: 70 does not flag B's gain of 60.
	r = runDiffCmd(t, "--rubric", contoh, "--jump", "70", "2024.xlsx", "2025.xlsx")
	if strings.Contains(r.out, "lonjakan,") {
		t.Errorf("--jump 70 still flags a gain of 60:\n%s", r.out)
	}

	// Files: by extension, atomically, 0644; the same bytes twice.
	for _, name := range []string{"diff.xlsx", "diff.pdf", "diff.json", "diff.csv"} {
		r = runDiffCmd(t, "--rubric", contoh, "-o", name, "2024.xlsx", "2025.xlsx")
		if r.code != ExitRegression || r.out != "" || !strings.Contains(r.err, "ditulis: "+name+" (unit: 4, turun: 1)") {
			t.Errorf("%s: exit %d out %q err %q", name, r.code, r.out, r.err)
		}
		first, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := os.Stat(name)
		if fi.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v", name, fi.Mode().Perm())
		}
		runDiffCmd(t, "--rubric", contoh, "-o", name, "2024.xlsx", "2025.xlsx")
		again, _ := os.ReadFile(name)
		if !bytes.Equal(first, again) {
			t.Errorf("%s: two runs differ", name)
		}
	}
	if data, _ := os.ReadFile("diff.json"); !bytes.Contains(data, []byte(`"schema": "kepatuhan/diff/v1"`)) {
		t.Errorf("diff.json: %s", data)
	}

	// JSON to stdout with --format.
	r = runDiffCmd(t, "--rubric", contoh, "--format", "json", "2024.xlsx", "2025.xlsx")
	if !strings.Contains(r.out, `"status": "regressed"`) {
		t.Errorf("json: %s", r.out)
	}
}

func TestDiffCommandErrors(t *testing.T) {
	contoh := diffSetup(t)

	// Invalid input: exit 3, the problem located, nothing written.
	r := runDiffCmd(t, "--rubric", contoh, "-o", "out.xlsx", "2024.xlsx", "bad.xlsx")
	if r.code != ExitInvalid || !strings.Contains(r.err, `bad.xlsx › Data › C2: jawaban "Mungkin" tidak diterima`) ||
		!strings.Contains(r.err, "tidak ada berkas keluaran yang ditulis") {
		t.Errorf("exit %d\n%s", r.code, r.err)
	}
	if _, err := os.Stat("out.xlsx"); err == nil {
		t.Errorf("out.xlsx written for invalid input")
	}
	r = runDiffCmd(t, "--rubric", contoh, "2024.xlsx", "nowhere.xlsx")
	if r.code != ExitInvalid || !strings.Contains(r.err, "nowhere.xlsx: berkas tidak ditemukan") {
		t.Errorf("missing file: exit %d\n%s", r.code, r.err)
	}

	// Usage: exit 2.
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"2024.xlsx"}, "memerlukan 2 argumen (LAMA BARU), tetapi diberi 1"},
		{[]string{"a", "b", "c"}, "memerlukan 2 argumen (LAMA BARU), tetapi diberi 3"},
		{[]string{"--format", "xml", "a", "b"}, `--format "xml"`},
		{[]string{"--format", "pdf", "a", "b"}, "format pdf ditulis ke berkas: tambahkan -o BERKAS"},
		{[]string{"--jump", "-3", "a", "b"}, `--jump "-3": harus angka lebih dari 0`},
		{[]string{"--jump", "banyak", "a", "b"}, `--jump "banyak"`},
		{[]string{"--lang", "fr", "a", "b"}, `--lang "fr"`},
	} {
		r := runDiffCmd(t, c.args...)
		if r.code != ExitUsage || !strings.Contains(r.err, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", c.args, r.code, r.err, c.want)
		}
	}
}

// The help says what the exit statuses mean, in both languages.
func TestDiffHelp(t *testing.T) {
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		var out bytes.Buffer
		cmd := newDiffCmd(IO{Out: &out, Err: &out}, lang)
		cmd.SetOut(&out)
		cmd.SetArgs([]string{"--help"})
		if err := cmd.Execute(); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"kepatuhan/diff/v1", "--old-rubric", "--jump", "  5  "} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%s help lacks %q:\n%s", lang, want, out.String())
			}
		}
	}
}

// Two results files are read at once; what is wrong with them is said in
// the order given, every time.
func TestDiffResultsFilesProblemsInOrder(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("lalu.json", []byte(`{"schema":"kepatuhan/results/v2","tool":`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("kini.json", []byte(`{"schema":"kepatuhan/results/v9"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		r := runDiffCmd(t, "lalu.json", "kini.json")
		old, nw := strings.Index(r.err, "lalu.json"), strings.Index(r.err, "kini.json")
		if r.code == 0 || old < 0 || nw < 0 || old > nw {
			t.Fatalf("exit %d:\n%s", r.code, r.err)
		}
	}
}
