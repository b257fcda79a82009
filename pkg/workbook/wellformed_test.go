package workbook

import (
	"fmt"
	"testing"
)

// Malformed sheet XML is never read as a sheet that simply ends: the
// excelize engine's iterator stops silently at the first bad token, so
// the rows after it would be dropped without a word. Damage before the
// cells (a found fuzzing sheet.Read), among them, or a cut-off end is
// Corrupt for the excelize engine; a well-formed sheet reads as before.
func TestExcelizeMalformedSheet(t *testing.T) {
	dir := t.TempDir()
	rows := `<row r="1"><c r="A1" t="inlineStr"><is><t>Kode Unit</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>DINKES</t></is></c></row>`
	whole := func(head, data, tail string) string {
		return fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<worksheet xmlns="%s"><sheetViews><sheetView workbookViewId="0"/></sheetViews%s<sheetData>%s</sheetData>%s`, nsMain, head, data, tail)
	}
	for _, c := range []struct {
		name, xml string
		bad       bool
	}{
		{"well-formed", whole(">", rows, "</worksheet>"), false},
		{"before-the-cells", whole("\x04", rows, "</worksheet>"), true},
		{"among-the-cells", whole(">", `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></row></c>`, "</worksheet>"), true},
		{"cut-off", whole(">", rows, ""), true},
		{"control-character", whole(">", `<row r="1"><c r="A1" t="inlineStr"><is><t>a`+"\x01"+`b</t></is></c></row>`, "</worksheet>"), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := oneSheet(c.xml).write(t, dir, c.name+".xlsx")
			b, err := Open(path, Options{Engine: EngineExcelize})
			if err == nil {
				_, err = readBook(b)
				b.Close()
			}
			if !c.bad {
				if err != nil {
					t.Fatalf("a well-formed sheet: %v", err)
				}
				return
			}
			wantProblem(t, err, Corrupt)
		})
	}
}

// A sheet without a name, or with the name of another (ignoring case),
// is Corrupt for both engines: a problem in it could not say where it
// is, and the second of two sheets named alike would never be read.
func TestSheetNames(t *testing.T) {
	dir := t.TempDir()
	row := `<row r="1"><c r="A1" t="inlineStr"><is><t>Kode Unit</t></is></c></row>`
	for _, c := range []struct {
		name  string
		names []string
	}{
		{"no-name", []string{"Data", ""}},
		{"same-name", []string{"Data", "DATA"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var sheets []bookSheet
			for _, n := range c.names {
				sheets = append(sheets, bookSheet{Name: n, Data: row})
			}
			path := book{Sheets: sheets}.write(t, dir, c.name+".xlsx")
			for _, engine := range []string{EngineAuto, EngineFast, EngineExcelize} {
				b, err := Open(path, Options{Engine: engine})
				if err == nil {
					_, err = readBook(b)
					b.Close()
				}
				wantProblem(t, err, Corrupt)
			}
		})
	}
}
