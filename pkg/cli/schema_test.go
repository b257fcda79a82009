package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// A results file of schema v1 (testdata/results-v1: the example district's
// two years with their evidence and its 2024 verification round with
// corrections, as kepatuhan wrote them before v2) and
// the v2 file of the same results give the same report, comparison and
// scores, byte for byte; score turns a v1 file into a compact v2 file.
func TestResultsV1AndV2(t *testing.T) {
	v1dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "results-v1"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	for _, d := range []string{"v1", "v2"} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"hasil-2023", "hasil-2024", "ronde-2024"} {
		data, err := os.ReadFile(filepath.Join(v1dir, name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		want := `"proof"`
		if strings.HasPrefix(name, "ronde") {
			want = `"corrections"`
		}
		if !bytes.Contains(data, []byte(`"schema": "`+results.SchemaV1+`"`)) || !bytes.Contains(data, []byte(want)) {
			t.Fatalf("%s.json is not a v1 file with %s", name, want)
		}
		v1 := filepath.Join("v1", name+".json")
		if err := os.WriteFile(v1, data, 0o644); err != nil {
			t.Fatal(err)
		}
		v2 := filepath.Join("v2", name+".json")
		if code, _, errs := runMain("score", v1, "--format", "json", "-o", v2); code != 0 && code != ExitIncomplete && code != ExitProvisional {
			t.Fatalf("score %s: exit %d\n%s", v1, code, errs)
		}
		out, err := os.ReadFile(v2)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(out, []byte(`{"schema":"`+results.Schema+`"`)) || len(out) > len(data)/2 {
			t.Fatalf("%s: not a compact v2 file (%d bytes from %d)", v2, len(out), len(data))
		}
	}
	same := func(what string, args func(dir string) []string) {
		t.Helper()
		var got [2][]byte
		var stdout [2]string
		for i, d := range []string{"v1", "v2"} {
			code, out, errs := runMain(args(d)...)
			if code != 0 && code != ExitIncomplete && code != ExitRegression {
				t.Fatalf("%s from %s: exit %d\n%s", what, d, code, errs)
			}
			stdout[i] = out
			files, _ := filepath.Glob(filepath.Join(d, "out.*"))
			if len(files) != 1 {
				t.Fatalf("%s from %s: outputs %v", what, d, files)
			}
			if got[i], err = os.ReadFile(files[0]); err != nil {
				t.Fatal(err)
			}
			os.Remove(files[0])
		}
		if !bytes.Equal(got[0], got[1]) || stdout[0] != stdout[1] {
			t.Errorf("%s: from v1 and from v2 differ (%d and %d bytes)", what, len(got[0]), len(got[1]))
		}
	}
	for _, ext := range []string{"pdf", "xlsx"} {
		same("report "+ext, func(d string) []string {
			return []string{"report", filepath.Join(d, "hasil-2024.json"), "-o", filepath.Join(d, "out."+ext)}
		})
		same("diff "+ext, func(d string) []string {
			return []string{"diff", filepath.Join(d, "hasil-2023.json"), filepath.Join(d, "hasil-2024.json"), "-o", filepath.Join(d, "out."+ext)}
		})
	}
	for _, f := range []string{"csv", "json"} {
		same("diff "+f, func(d string) []string {
			return []string{"diff", filepath.Join(d, "hasil-2023.json"), filepath.Join(d, "hasil-2024.json"), "--format", f, "-o", filepath.Join(d, "out."+f)}
		})
	}
	for _, name := range []string{"hasil-2023", "hasil-2024", "ronde-2024"} {
		same("score json "+name, func(d string) []string {
			return []string{"score", filepath.Join(d, name+".json"), "--format", "json", "-o", filepath.Join(d, "out.json")}
		})
		same("score csv "+name, func(d string) []string {
			return []string{"score", filepath.Join(d, name+".json"), "--format", "csv", "-o", filepath.Join(d, "out.csv")}
		})
		same("score xlsx "+name, func(d string) []string {
			return []string{"score", filepath.Join(d, name+".json"), "--xlsx", filepath.Join(d, "out.xlsx")}
		})
	}
	for _, ext := range []string{"pdf", "xlsx"} {
		same("report of the round "+ext, func(d string) []string {
			return []string{"report", filepath.Join(d, "ronde-2024.json"), "-o", filepath.Join(d, "out."+ext)}
		})
	}
}
