package form

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// TestLibreOfficeResave: a form written by kepatuhan form and filled in,
// then opened and saved again by LibreOffice (as an assessor with
// LibreOffice does), scores exactly as the same answers written directly —
// for every built-in rubric. Skipped when soffice is absent or with -short.
func TestLibreOfficeResave(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice round trip skipped with -short")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice (LibreOffice) is not installed; skipping the re-save round trip")
	}
	builtins, err := rubric.Builtins()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var direct []string
	for _, r := range builtins {
		units := []Unit{{Code: "UNIT-A", Name: "Unit A", Period: "2024", Date: "12/08/2024"}, {Code: "UNIT-B", Name: "Unit B"}}
		if len(r.UnitTypes) > 1 {
			units[0].Type, units[1].Type = r.UnitTypes[0].ID, r.UnitTypes[len(r.UnitTypes)-1].ID
		}
		path := filepath.Join(dir, r.ID+".xlsx")
		if err := saveForm(path, r, units, Options{Respondents: 4}); err != nil {
			t.Fatal(err)
		}
		fillVaried(t, path)
		direct = append(direct, path)
	}
	out := filepath.Join(dir, "resaved")
	args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless", "--norestore",
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out}, direct...)
	if b, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	for i, r := range builtins {
		resaved := filepath.Join(out, filepath.Base(direct[i]))
		if _, err := os.Stat(resaved); err != nil {
			t.Fatalf("LibreOffice wrote no %s", resaved)
		}
		a, b := scoreFile(t, direct[i], r), scoreFile(t, resaved, r)
		if a != b {
			t.Errorf("%s: the re-saved form scores differently\ndirect:\n%s\nre-saved:\n%s", r.ID, a, b)
		}
		if !strings.Contains(a, "complete") {
			t.Errorf("%s: no unit was scored:\n%s", r.ID, a)
		}
	}
}

// scoreFile scores a workbook and renders what matters of the results:
// every unit's status, score and band, every indicator's status, value
// and respondents.
func scoreFile(t *testing.T, path string, r *rubric.Rubric) string {
	t.Helper()
	o := ingest.Load([]string{path}, ingest.Options{Rubric: r.Ref()})
	if o.Invalid() || o.Results == nil {
		var lines []string
		for _, p := range o.Problems {
			lines = append(lines, p.Error())
		}
		t.Fatalf("%s: %s", path, strings.Join(lines, "\n"))
	}
	var b strings.Builder
	for _, u := range o.Results.Units {
		score := "—"
		if u.Score != nil {
			score = fmt.Sprintf("%.2f %s %s", *u.Score, u.Grade(), u.Zone())
		}
		fmt.Fprintf(&b, "%s %s %s %s %s\n", u.Code, u.Type, u.Period, u.Status, score)
		for j, ir := range u.Indicators {
			if ir.Status == results.NotApplicable {
				continue
			}
			fmt.Fprintf(&b, "  %s %s %g %d\n", o.Results.Rubric.Indicators()[j].Code, ir.Status, ir.Value, ir.Respondents)
		}
	}
	return b.String()
}

// fillVaried answers every validated answer cell with a value of its
// drop-down that varies from cell to cell (or a number inside its range),
// so that the scores are not all the same.
func fillVaried(t *testing.T, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	for _, sh := range f.GetSheetList() {
		if v, _ := f.GetSheetVisible(sh); !v {
			continue
		}
		dvs, _ := f.GetDataValidations(sh)
		for _, dv := range dvs {
			if sh != SheetRespondents && dv.Sqref == "B4" {
				continue // the unit type
			}
			var list []string
			if dv.Type == "list" {
				list = listOf(t, f, dv)
			}
			for _, part := range strings.Fields(dv.Sqref) {
				a, b, _ := strings.Cut(part, ":")
				if b == "" {
					b = a
				}
				c1, r1, _ := excelize.CellNameToCoordinates(a)
				c2, r2, _ := excelize.CellNameToCoordinates(b)
				for c := c1; c <= c2; c++ {
					for row := r1; row <= r2; row++ {
						n++
						ref, _ := excelize.CoordinatesToCellName(c, row)
						var val any = dv.Formula1
						if len(list) > 0 {
							val = list[(n*7)%len(list)]
						}
						if err := f.SetCellValue(sh, ref, val); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}
