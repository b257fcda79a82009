package cli_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
)

// The README's guarantees, tested on every command and every kind of
// output, in-process (cli.Main):
//
//   - inputs are never changed (SHA-256 of every input before and after);
//   - outputs are atomic: a failure injected in the middle of writing
//     leaves no partial file and the previous file intact;
//   - outputs are deterministic: two runs give the same bytes, with and
//     without SOURCE_DATE_EPOCH.

// guaranteeInputs copies the bundled example district into dir/in:
// two years of observation workbooks and their unit lists, and a rubric
// file exported from a built-in. It returns the folder.
func guaranteeInputs(t *testing.T, dir string) string {
	t.Helper()
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"penilaian-2023.xlsx", "penilaian-2024.xlsx", "unit-2024.csv"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "example", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, stderr := mainIn("rubric", "export", "ombudsman-2019", "-o", filepath.Join(in, "rubrik.yaml")); code != 0 {
		t.Fatalf("rubric export: %d\n%s", code, stderr)
	}
	return in
}

// hashes maps every file under dir to its SHA-256.
func hashes(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		out[p] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// outputKind is one kind of file a command writes: the command (with OUT
// standing for the output's path) and the exit statuses of a good run.
type outputKind struct {
	name string
	// out is the output's name; a name ending in "/" is a folder of files.
	out  string
	args []string
	ok   []int
}

// outputKinds are every kind of output of every command, with inputs in
// the folder in.
func outputKinds(in string) []outputKind {
	y23, y24 := filepath.Join(in, "penilaian-2023.xlsx"), filepath.Join(in, "penilaian-2024.xlsx")
	return []outputKind{
		{"score-json", "hasil.json", []string{"score", y24, "-o", "OUT"}, []int{4}},
		{"score-csv", "hasil.csv", []string{"score", y24, "-o", "OUT"}, []int{4}},
		{"score-table", "hasil.txt", []string{"score", y24, "-o", "OUT"}, []int{4}},
		{"score-xlsx", "hasil.xlsx", []string{"score", y24, "--xlsx", "OUT"}, []int{4}},
		{"score-pdf", "rapor/", []string{"score", y24, "--pdf", "OUT"}, []int{4}},
		{"form", "formulir.xlsx", []string{"form", "--rubric", "ombudsman-2019", "--units", filepath.Join(in, "unit-2024.csv"), "-o", "OUT"}, []int{0}},
		{"diff-json", "banding.json", []string{"diff", y23, y24, "-o", "OUT"}, []int{0, 5}},
		{"diff-csv", "banding.csv", []string{"diff", y23, y24, "-o", "OUT"}, []int{0, 5}},
		{"diff-xlsx", "banding.xlsx", []string{"diff", y23, y24, "-o", "OUT"}, []int{0, 5}},
		{"diff-pdf", "banding.pdf", []string{"diff", y23, y24, "-o", "OUT"}, []int{0, 5}},
		{"report-pdf", "laporan.pdf", []string{"report", y24, "-o", "OUT"}, []int{0, 4}},
		{"report-xlsx", "laporan.xlsx", []string{"report", y24, "-o", "OUT"}, []int{0, 4}},
		{"rubric-export", "rubrik.yaml", []string{"rubric", "export", filepath.Join(in, "rubrik.yaml"), "-o", "OUT"}, []int{0}},
	}
}

// argsFor returns k's command line writing to out.
func (k outputKind) argsFor(out string) []string {
	args := slices.Clone(k.args)
	for i, a := range args {
		if a == "OUT" {
			args[i] = out
		}
	}
	return args
}

// Every command leaves its inputs byte-identical: the workbooks, the unit
// list, the rubric, and results files read back as inputs.
func TestInputsUnchanged(t *testing.T) {
	t.Setenv("KEPATUHAN_LANG", "")
	dir := t.TempDir()
	in := guaranteeInputs(t, dir)
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	y24 := filepath.Join(in, "penilaian-2024.xlsx")
	var runs [][]string
	for _, k := range outputKinds(in) {
		runs = append(runs, k.argsFor(filepath.Join(out, k.out)))
	}
	// Every output of score at once, then the results read back as inputs.
	hasil, book := filepath.Join(in, "hasil.json"), filepath.Join(in, "hasil.xlsx")
	runs = append(runs,
		[]string{"score", y24, "-o", hasil, "--xlsx", book, "--pdf", filepath.Join(out, "semua")},
		[]string{"score", hasil, "--pdf", filepath.Join(out, "dari-json"), "--xlsx", filepath.Join(out, "dari-json.xlsx")},
		[]string{"score", book, "--format", "csv"},
		[]string{"score", in, "--rubric", "ombudsman-2019", "--force-rubric"},
		[]string{"diff", hasil, book},
		[]string{"report", hasil, "-o", filepath.Join(out, "dari-json.pdf")},
		[]string{"rubric", "validate", filepath.Join(in, "rubrik.yaml")},
		[]string{"rubric", "show", filepath.Join(in, "rubrik.yaml")},
		[]string{"rubric", "export", filepath.Join(in, "rubrik.yaml")},
		// Refused runs too.
		[]string{"score", y24, "--xlsx", y24},
		[]string{"score", y24, "--rubric", "skm-2017", "-o", filepath.Join(out, "salah.json")},
	)
	for _, args := range runs {
		before := hashes(t, in)
		code, _, stderr := mainIn(args...)
		if code == 1 {
			t.Errorf("%s: exit status 1:\n%s", strings.Join(args, " "), stderr)
		}
		after := hashes(t, in)
		for p, h := range before {
			if after[p] != h {
				t.Errorf("%s changed input %s", strings.Join(args, " "), filepath.Base(p))
			}
		}
		for p := range after {
			if _, ok := before[p]; !ok && p != hasil && p != book {
				t.Errorf("%s wrote %s among the inputs", strings.Join(args, " "), filepath.Base(p))
			}
		}
	}
}

// A failure in the middle of writing any output (a full disk, a crash)
// leaves no partial file and no temporary file, and the previous output
// at that path intact; the command says which output failed and exits 1.
func TestOutputsAtomic(t *testing.T) {
	t.Setenv("KEPATUHAN_LANG", "")
	dir := t.TempDir()
	in := guaranteeInputs(t, dir)
	for _, k := range outputKinds(in) {
		t.Run(k.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), k.out)
			// The previous output: last year's file (or card).
			previous := []byte("hasil tahun lalu, utuh\n")
			prevPath := out
			if strings.HasSuffix(k.out, "/") {
				if err := os.MkdirAll(out, 0o755); err != nil {
					t.Fatal(err)
				}
				prevPath = filepath.Join(out, "DINKES.pdf")
			}
			if err := os.WriteFile(prevPath, previous, 0o644); err != nil {
				t.Fatal(err)
			}
			reset := atomicfile.FailAfterForTest(100)
			code, _, stderr := mainIn(k.argsFor(out)...)
			reset()
			if code != 1 {
				t.Fatalf("exit status %d with a failing disk, want 1:\n%s", code, stderr)
			}
			if !strings.Contains(stderr, "kepatuhan: kesalahan: tidak dapat menulis "+out) {
				t.Errorf("the message does not name the output:\n%s", stderr)
			}
			if got, err := os.ReadFile(prevPath); err != nil || !bytes.Equal(got, previous) {
				t.Errorf("the previous output is not intact: %q, %v", got, err)
			}
			entries, err := os.ReadDir(filepath.Dir(prevPath))
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if filepath.Join(filepath.Dir(prevPath), e.Name()) != prevPath {
					t.Errorf("left behind: %s", e.Name())
				}
			}
			// Without the failure the same command writes the output.
			code, _, stderr = mainIn(k.argsFor(out)...)
			if !slices.Contains(k.ok, code) {
				t.Fatalf("exit status %d, want one of %v:\n%s", code, k.ok, stderr)
			}
			if got, _ := os.ReadFile(prevPath); bytes.Equal(got, previous) {
				t.Errorf("the output was not replaced by a good run")
			}
		})
	}
}

// The same inputs give byte-identical outputs of every kind, run after
// run, with SOURCE_DATE_EPOCH unset and set.
func TestOutputsDeterministic(t *testing.T) {
	t.Setenv("KEPATUHAN_LANG", "")
	dir := t.TempDir()
	in := guaranteeInputs(t, dir)
	for _, epoch := range []string{"", "1723420800"} {
		t.Setenv("SOURCE_DATE_EPOCH", epoch)
		var runs [2]map[string]string
		for i := range runs {
			out := filepath.Join(dir, "out-"+epoch+"-"+string(rune('a'+i)))
			if err := os.Mkdir(out, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, k := range outputKinds(in) {
				code, _, stderr := mainIn(k.argsFor(filepath.Join(out, k.out))...)
				if !slices.Contains(k.ok, code) {
					t.Fatalf("%s: exit status %d:\n%s", k.name, code, stderr)
				}
			}
			runs[i] = map[string]string{}
			for p, h := range hashes(t, out) {
				rel, _ := filepath.Rel(out, p)
				runs[i][rel] = h
			}
		}
		var names []string
		for rel := range runs[0] {
			names = append(names, rel)
		}
		sort.Strings(names)
		if len(names) < len(outputKinds(in))+10 {
			t.Fatalf("only %d files written: %v", len(names), names)
		}
		for _, rel := range names {
			if runs[0][rel] != runs[1][rel] {
				t.Errorf("SOURCE_DATE_EPOCH=%q: %s differs between two runs", epoch, rel)
			}
		}
		if len(runs[1]) != len(runs[0]) {
			t.Errorf("SOURCE_DATE_EPOCH=%q: %d files, then %d", epoch, len(runs[0]), len(runs[1]))
		}
	}
}
