package workbook

import (
	"archive/zip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sheetRows is everything Rows delivered for one sheet.
type sheetRows struct {
	Rows  []int    // row numbers, in delivery order
	Cells [][]Cell // the cells of each row
}

// cell returns the cell at ref ("B12"), if delivered.
func (s sheetRows) cell(ref string) (Cell, bool) {
	col, row := mustRef(ref)
	for i, r := range s.Rows {
		if r != row {
			continue
		}
		for _, c := range s.Cells[i] {
			if c.Col == col {
				return c, true
			}
		}
	}
	return Cell{}, false
}

func mustRef(ref string) (col, row int) {
	col, ok := parseCellColumn([]byte(ref))
	if !ok {
		panic("bad ref " + ref)
	}
	i := strings.IndexAny(ref, "0123456789")
	row, _ = parseUint([]byte(ref[i:]))
	return col, row
}

// readBook reads every sheet of a book.
func readBook(b Book) (map[string]sheetRows, error) {
	out := make(map[string]sheetRows)
	for _, s := range b.Sheets() {
		var sr sheetRows
		err := b.Rows(s.Name, func(row int, cells []Cell) error {
			sr.Rows = append(sr.Rows, row)
			sr.Cells = append(sr.Cells, append([]Cell(nil), cells...))
			return nil
		})
		if err != nil {
			return nil, err
		}
		out[s.Name] = sr
	}
	return out, nil
}

// openRead opens path with engine and reads everything, failing the test
// on error.
func openRead(t testing.TB, path, engine string) (Book, map[string]sheetRows) {
	t.Helper()
	b, err := Open(path, Options{Engine: engine})
	if err != nil {
		t.Fatalf("%s: Open(%s): %v", engine, filepath.Base(path), err)
	}
	t.Cleanup(func() { b.Close() })
	rows, err := readBook(b)
	if err != nil {
		t.Fatalf("%s: reading %s: %v", engine, filepath.Base(path), err)
	}
	return b, rows
}

// wantCell checks one cell's kind and value (and formula flag when
// wantFormula is not nil).
func wantCell(t *testing.T, rows map[string]sheetRows, sheet, ref string, kind Kind, value string) {
	t.Helper()
	c, ok := rows[sheet].cell(ref)
	if !ok {
		t.Errorf("%s!%s: no cell, want %v %q", sheet, ref, kind, value)
		return
	}
	if c.Kind != kind || c.Value != value {
		t.Errorf("%s!%s = %v %q, want %v %q", sheet, ref, c.Kind, c.Value, kind, value)
	}
}

// wantNoCell checks that no cell was delivered at ref.
func wantNoCell(t *testing.T, rows map[string]sheetRows, sheet, ref string) {
	t.Helper()
	if c, ok := rows[sheet].cell(ref); ok {
		t.Errorf("%s!%s = %v %q, want no cell", sheet, ref, c.Kind, c.Value)
	}
}

// wantProblem checks that err is an *OpenError with Problem p.
func wantProblem(t *testing.T, err error, p Problem) {
	t.Helper()
	var oe *OpenError
	if !errors.As(err, &oe) {
		t.Fatalf("err = %v (%T), want *OpenError %v", err, err, p)
	}
	if oe.Problem != p {
		t.Fatalf("Problem = %v (%v), want %v", oe.Problem, oe, p)
	}
}

// zipEntry is one file of a hand-made zip.
type zipEntry struct {
	Name string
	Body string
}

// writeZip writes entries, deflated, in order, with archive/zip.
func writeZip(t testing.TB, path string, entries []zipEntry) string {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, e := range entries {
		w, err := zw.Create(e.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(e.Body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// Namespaces and relationship types used by the hand-made packages.
const (
	nsMain   = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	relTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
)

// book describes a hand-made package: its sheets (name, state, the XML
// inside <sheetData>), shared strings, and variations.
type book struct {
	Sheets      []bookSheet
	SST         []string // raw <si> contents; no sharedStrings part if nil
	WorkbookPr  string   // raw attributes of <workbookPr>
	Absolute    bool     // rels targets "/xl/worksheets/sheetN.xml"
	Chartsheet  string   // name of a chart sheet to add after the sheets
	RootPrefix  string   // write the sheets' elements with this prefix (e.g. "x")
	ExtraParts  []zipEntry
	NoSheetRels bool
}

type bookSheet struct {
	Name, State string
	Data        string // the XML inside <sheetData>, or the whole part if it starts with "<?xml"
	Tail        string // XML after </sheetData> (e.g. <mergeCells>)
}

// entries builds the parts of b, the way a minimal writer would: content
// types, package rels, workbook, workbook rels, sheets, shared strings.
func (b book) entries() []zipEntry {
	var sheets, rels, ct strings.Builder
	var parts []zipEntry
	for i, s := range b.Sheets {
		n := i + 1
		state := ""
		if s.State != "" {
			state = fmt.Sprintf(` state="%s"`, s.State)
		}
		fmt.Fprintf(&sheets, `<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>`, xmlEscape(s.Name), n, state, n)
		target := fmt.Sprintf("worksheets/sheet%d.xml", n)
		if b.Absolute {
			target = "/xl/" + target
		}
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%sworksheet" Target="%s"/>`, n, relTypes, target)
		fmt.Fprintf(&ct, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, n)
		body := s.Data
		if !strings.HasPrefix(body, "<?xml") {
			p := b.RootPrefix
			if p != "" {
				body = fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<%[1]s:worksheet xmlns:%[1]s="%[2]s"><%[1]s:sheetData>%[3]s</%[1]s:sheetData></%[1]s:worksheet>`, p, nsMain, body)
			} else {
				body = fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<worksheet xmlns="%s" xmlns:r="%s"><dimension ref="A1"/><sheetData>%s</sheetData>%s<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`, nsMain, nsRel, body, s.Tail)
			}
		}
		parts = append(parts, zipEntry{fmt.Sprintf("xl/worksheets/sheet%d.xml", n), body})
	}
	next := len(b.Sheets) + 1
	if b.Chartsheet != "" {
		fmt.Fprintf(&sheets, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, b.Chartsheet, next, next)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%schartsheet" Target="chartsheets/sheet1.xml"/>`, next, relTypes)
		parts = append(parts, zipEntry{"xl/chartsheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<chartsheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`})
		next++
	}
	if b.SST != nil {
		var sst strings.Builder
		fmt.Fprintf(&sst, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<sst xmlns="%s" count="%d" uniqueCount="%d">`, nsMain, len(b.SST), len(b.SST))
		for _, si := range b.SST {
			sst.WriteString("<si>" + si + "</si>")
		}
		sst.WriteString("</sst>")
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%ssharedStrings" Target="sharedStrings.xml"/>`, next, relTypes)
		parts = append(parts, zipEntry{"xl/sharedStrings.xml", sst.String()})
	}
	head := []zipEntry{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` + ct.String() + `</Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + relTypes + `officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><workbookPr ` + b.WorkbookPr + `/><sheets>` + sheets.String() + `</sheets></workbook>`},
	}
	if !b.NoSheetRels {
		head = append(head, zipEntry{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`})
	}
	return append(append(head, parts...), b.ExtraParts...)
}

// write writes b as a zip at dir/name and returns the path.
func (b book) write(t testing.TB, dir, name string) string {
	t.Helper()
	return writeZip(t, filepath.Join(dir, name), b.entries())
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
