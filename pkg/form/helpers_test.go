package form

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// contoh is the sample rubric of testdata/rubrics.
func contoh(t *testing.T) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Load(filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func parse(t *testing.T, yaml string) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Parse("test.yaml", []byte(yaml))
	if err != nil {
		t.Fatalf("test rubric: %v", err)
	}
	return r
}

// saveForm writes a form to path.
func saveForm(path string, r *rubric.Rubric, units []Unit, o Options) error {
	var b bytes.Buffer
	if err := Write(&b, r, units, o); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// writeForm writes a form into a temporary folder and returns its path.
func writeForm(t *testing.T, r *rubric.Rubric, units []Unit, o Options) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "form.xlsx")
	if err := saveForm(path, r, units, o); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return path
}

func open(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func get(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// inSqref reports whether the cell ref lies in a validation's sqref
// ("E13:E16 E18").
func inSqref(t *testing.T, sqref, ref string) bool {
	t.Helper()
	c, r, err := excelize.CellNameToCoordinates(ref)
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range strings.Fields(sqref) {
		a, b, _ := strings.Cut(part, ":")
		if b == "" {
			b = a
		}
		c1, r1, err1 := excelize.CellNameToCoordinates(a)
		c2, r2, err2 := excelize.CellNameToCoordinates(b)
		if err1 != nil || err2 != nil {
			t.Fatalf("bad sqref %q", sqref)
		}
		if c >= c1 && c <= c2 && r >= r1 && r <= r2 {
			return true
		}
	}
	return false
}

// validation returns the data validation covering a cell, failing the
// test if there is none or more than one.
func validation(t *testing.T, f *excelize.File, sheet, ref string) *excelize.DataValidation {
	t.Helper()
	dvs, err := f.GetDataValidations(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var found *excelize.DataValidation
	for _, dv := range dvs {
		if inSqref(t, dv.Sqref, ref) {
			if found != nil {
				t.Fatalf("%s!%s: two validations (%q, %q)", sheet, ref, found.Sqref, dv.Sqref)
			}
			found = dv
		}
	}
	if found == nil {
		t.Fatalf("%s!%s: no data validation", sheet, ref)
	}
	return found
}

// listOf resolves a list validation's source (a defined name or a range)
// to the values it offers.
func listOf(t *testing.T, f *excelize.File, dv *excelize.DataValidation) []string {
	t.Helper()
	if dv.Type != "list" {
		t.Fatalf("validation %q is %s, not a list", dv.Sqref, dv.Type)
	}
	src := strings.TrimPrefix(dv.Formula1, "=")
	if strings.HasPrefix(src, `"`) {
		t.Fatalf("inline list %s: lists must come from the Daftar sheet", src)
	}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == src && dn.Scope == "Workbook" {
			src = dn.RefersTo
		}
	}
	sheet, rng, ok := strings.Cut(src, "!")
	if !ok {
		t.Fatalf("list source %q is not a range", dv.Formula1)
	}
	sheet = strings.Trim(sheet, "'")
	a, b, _ := strings.Cut(strings.ReplaceAll(rng, "$", ""), ":")
	c1, r1, err := excelize.CellNameToCoordinates(a)
	if err != nil {
		t.Fatal(err)
	}
	c2, r2, err := excelize.CellNameToCoordinates(b)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for c := c1; c <= c2; c++ {
		for r := r1; r <= r2; r++ {
			ref, _ := excelize.CoordinatesToCellName(c, r)
			out = append(out, get(t, f, sheet, ref))
		}
	}
	return out
}

// dump renders a workbook as text for golden files: sheets, their cells,
// merges, validations, panes, print settings and defined names.
func dump(t *testing.T, path string) string {
	t.Helper()
	f := open(t, path)
	var b strings.Builder
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "props: title=%q subject=%q keywords=%q creator=%q created=%s modified=%s\n",
		props.Title, props.Subject, props.Keywords, props.Creator, props.Created, props.Modified)
	for _, dn := range f.GetDefinedName() {
		fmt.Fprintf(&b, "name %s [%s] = %s\n", dn.Name, dn.Scope, dn.RefersTo)
	}
	for _, sh := range f.GetSheetList() {
		vis, _ := f.GetSheetVisible(sh)
		fmt.Fprintf(&b, "\n== sheet %q visible=%v\n", sh, vis)
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range rows {
			var cells []string
			for j, v := range row {
				if v == "" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
				cells = append(cells, ref+"="+strconv.Quote(v))
			}
			if len(cells) > 0 {
				fmt.Fprintf(&b, "%s\n", strings.Join(cells, " "))
			}
		}
		merges, _ := f.GetMergeCells(sh)
		var ms []string
		for _, m := range merges {
			ms = append(ms, m.GetStartAxis()+":"+m.GetEndAxis())
		}
		sort.Strings(ms)
		if len(ms) > 0 {
			fmt.Fprintf(&b, "merged: %s\n", strings.Join(ms, " "))
		}
		dvs, _ := f.GetDataValidations(sh)
		for _, dv := range dvs {
			p := ""
			if dv.Prompt != nil {
				p = *dv.Prompt
			}
			fmt.Fprintf(&b, "validation %s %s %s %s %q\n", dv.Sqref, dv.Type, dv.Formula1, dv.Formula2, p)
		}
		if panes, err := f.GetPanes(sh); err == nil && panes.Freeze {
			fmt.Fprintf(&b, "frozen: x=%d y=%d top-left=%s\n", panes.XSplit, panes.YSplit, panes.TopLeftCell)
		}
		if pl, err := f.GetPageLayout(sh); err == nil && pl.Size != nil && pl.Orientation != nil && pl.FitToWidth != nil {
			fmt.Fprintf(&b, "page: size=%d %s fit-width=%d\n", *pl.Size, *pl.Orientation, *pl.FitToWidth)
		}
		if hf, err := f.GetHeaderFooter(sh); err == nil && hf != nil && hf.OddFooter != "" {
			fmt.Fprintf(&b, "footer: %s\n", hf.OddFooter)
		}
		if cs, err := f.GetComments(sh); err == nil {
			for _, c := range cs {
				fmt.Fprintf(&b, "comment %s: %q\n", c.Cell, commentText(c))
			}
		}
	}
	return b.String()
}

func commentText(c excelize.Comment) string {
	if c.Text != "" {
		return c.Text
	}
	var s strings.Builder
	for _, p := range c.Paragraph {
		s.WriteString(p.Text)
	}
	return s.String()
}
