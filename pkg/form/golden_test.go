package form

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden/form")

var goldenDir = filepath.Join("..", "..", "testdata", "golden", "form")

// goldenCases are the workbooks whose text dumps are kept as golden
// files: what a reviewer reads to see the whole layout at once.
type goldenCase struct {
	name  string
	r     *rubric.Rubric
	units []Unit
	o     Options
}

func goldenCases(t *testing.T) []goldenCase {
	return []goldenCase{
		{"contoh", contoh(t), []Unit{dinkes, {Code: "PKM-01", Name: "Puskesmas Stabat"}}, Options{}},
		{"contoh-blank-en", contoh(t), nil, Options{Lang: msg.EN}},
		{"types", parse(t, typesYAML), []Unit{dinkes, {Code: "PKM-01", Type: "puskesmas"}}, Options{}},
		{"survey-wide", parse(t, surveyYAML), []Unit{dinkes}, Options{Respondents: 2}},
		{"survey-long", parse(t, surveyYAML), []Unit{dinkes}, Options{Respondents: 2, Layout: LayoutLong}},
		{"mixed", parse(t, mixedYAML), []Unit{dinkes}, Options{Respondents: 2}},
	}
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			got := dump(t, writeForm(t, c.r, c.units, c.o))
			path := filepath.Join(goldenDir, c.name+".txt")
			if *update {
				if err := os.MkdirAll(goldenDir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./pkg/form -run TestGolden -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the golden file; run go test ./pkg/form -run TestGolden -update and review the diff\n%s",
					c.name, firstDiff(string(want), got))
			}
		})
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n- " + w + "\n+ " + g
		}
	}
	return ""
}

// TestBuiltins writes a form for every built-in rubric and checks that
// each observed indicator has its row and drop-down and each survey item
// its column.
func TestBuiltins(t *testing.T) {
	bs, err := rubric.Builtins()
	if err != nil || len(bs) == 0 {
		t.Skipf("no built-in rubrics (%v)", err)
	}
	for _, r := range bs {
		t.Run(r.ID, func(t *testing.T) {
			units := []Unit{{Code: "DINKES", Name: "Dinas Kesehatan"}, {Code: "PKM-01", Name: "Puskesmas"}}
			if len(r.UnitTypes) > 0 {
				units[0].Type = r.UnitTypes[0].ID
				units[1].Type = r.UnitTypes[len(r.UnitTypes)-1].Label.ID
			}
			for _, layout := range []string{LayoutWide, LayoutLong} {
				f := open(t, writeForm(t, r, units, Options{Respondents: 2, Layout: layout}))
				var obs, surv []*rubric.Indicator
				for _, ind := range r.Indicators() {
					if ind.Type == rubric.Surv {
						surv = append(surv, ind)
					} else {
						obs = append(obs, ind)
					}
				}
				if len(obs) > 0 {
					rows, err := f.GetRows("DINKES")
					if err != nil {
						t.Fatal(err)
					}
					var codes []string
					for i := 13; i <= len(rows); i++ {
						row := strconv.Itoa(i)
						code := get(t, f, "DINKES", "B"+row)
						if code == "" {
							continue
						}
						codes = append(codes, code)
						ind, ok := r.Indicator(code)
						if !ok {
							t.Fatalf("row %s: unknown code %s", row, code)
						}
						dv := validation(t, f, "DINKES", "E"+row)
						if ind.Type != rubric.Number {
							if got := listOf(t, f, dv); strings.Join(got, ",") != strings.Join(score.Accepted(ind), ",") {
								t.Errorf("%s list %v, want %v", code, got, score.Accepted(ind))
							}
						} else if dv.Type != "decimal" {
							t.Errorf("%s validation %s", code, dv.Type)
						}
					}
					if len(codes) != len(obs) {
						t.Errorf("%d indicator rows, want %d", len(codes), len(obs))
					}
					for i, ind := range obs {
						if i < len(codes) && codes[i] != ind.Code {
							t.Errorf("row %d holds %s, want %s (rubric order)", i, codes[i], ind.Code)
							break
						}
					}
				}
				hasResp := false
				for _, s := range f.GetSheetList() {
					hasResp = hasResp || s == SheetRespondents
				}
				if hasResp != (len(surv) > 0) {
					t.Errorf("respondents sheet %v, survey items %d", hasResp, len(surv))
				}
				if len(surv) > 0 && layout == LayoutWide {
					rows, _ := f.GetRows(SheetRespondents)
					cols := 4 + len(surv)
					if r.Kind == rubric.Survey {
						cols += 7 // date, five characteristics, suggestion
					}
					if len(rows[0]) != cols || len(rows) != 1+2*2 {
						t.Errorf("respondents sheet %d columns, %d rows", len(rows[0]), len(rows))
					}
				}
			}
		})
	}
}

// TestLibreOffice opens forms in LibreOffice (converting them to PDF),
// which refuses or repairs files that break the format.
func TestLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice is not on PATH")
	}
	if testing.Short() {
		t.Skip("slow: starts LibreOffice")
	}
	dir := t.TempDir()
	var files []string
	for _, c := range goldenCases(t) {
		path := filepath.Join(dir, c.name+".xlsx")
		if err := saveForm(path, c.r, c.units, c.o); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	bs, _ := rubric.Builtins()
	for _, r := range bs {
		path := filepath.Join(dir, "builtin-"+r.ID+".xlsx")
		if err := saveForm(path, r, []Unit{dinkes}, Options{Respondents: 3}); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	out := filepath.Join(dir, "pdf")
	// A profile of its own, so that a LibreOffice already running (or
	// another test) does not take the conversion over.
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", out}, files...)
	cmd := exec.Command(soffice, args...)
	res, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, res)
	}
	for _, f := range files {
		pdf := filepath.Join(out, strings.TrimSuffix(filepath.Base(f), ".xlsx")+".pdf")
		data, err := os.ReadFile(pdf)
		if err != nil {
			t.Errorf("%s was not converted: %v\n%s", filepath.Base(f), err, res)
			continue
		}
		if !strings.HasPrefix(string(data), "%PDF") || len(data) < 2000 {
			t.Errorf("%s: %d bytes, not a PDF of the form", filepath.Base(pdf), len(data))
		}
	}
}
