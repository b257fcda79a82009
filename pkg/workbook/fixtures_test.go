package workbook

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/bench/benchdata"
)

// fixture is a generated workbook with what a reader must find in it.
type fixture struct {
	name  string
	make  func(t testing.TB, dir string) string // writes the file, returns its path
	check func(t *testing.T, b Book, rows map[string]sheetRows)
	// excelizeDiffers, if set, says why the excelize engine cannot be
	// compared cell by cell on this file (the sheet list still is).
	excelizeDiffers string
}

// samplePaths are the workbooks written by other tools.
func samplePaths(t testing.TB) []string {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "samples", "*.xlsx"))
	if err != nil || len(paths) < 4 {
		t.Fatalf("samples: %v %v", paths, err)
	}
	return paths
}

// handmade builds a fixture from a hand-written package.
func handmade(b book) func(testing.TB, string) string {
	return func(t testing.TB, dir string) string { return b.write(t, dir, "book.xlsx") }
}

func oneSheet(data string) book {
	return book{Sheets: []bookSheet{{Name: "Data", Data: data}}}
}

// fixtures lists every generated workbook. Hand-made packages are zips
// written with archive/zip from XML written here (see book.entries);
// the last ones are written by excelize.
func fixtures() []fixture {
	return []fixture{
		{
			name: "inline-and-rich-text",
			make: handmade(book{
				SST: []string{`<r><t>Kabu</t></r><r><rPr><b/><sz val="11"/></rPr><t>paten</t></r>`, `<t>plain</t>`},
				Sheets: []bookSheet{{Name: "Data", Data: `<row r="1">` +
					`<c r="A1" t="inlineStr"><is><t>inline</t></is></c>` +
					`<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>Ri</t></r><r><t xml:space="preserve">ch </t></r></is></c>` +
					`<c r="C1" t="s"><v>0</v></c>` +
					`<c r="D1" t="s"><v> 1 </v></c>` +
					`<c r="E1" t="inlineStr"><is><t xml:space="preserve">  padded  </t></is></c>` +
					`</row>`}},
			}),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "A1", String, "inline")
				wantCell(t, rows, "Data", "B1", String, "Rich ")
				wantCell(t, rows, "Data", "C1", String, "Kabupaten")
				wantCell(t, rows, "Data", "D1", String, "plain")
				wantCell(t, rows, "Data", "E1", String, "  padded  ")
			},
		},
		{
			name: "phonetic-runs",
			make: handmade(book{
				SST: []string{
					`<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>`,
					`<r><t>大</t></r><r><t>阪</t></r><rPh sb="0" eb="1"><t>オオ</t></rPh>`,
				},
				Sheets: []bookSheet{{Name: "Data", Data: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`}},
			}),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "A1", String, "東京")
				wantCell(t, rows, "Data", "B1", String, "大阪")
			},
		},
		{
			name: "missing-r",
			make: handmade(oneSheet(
				`<row><c><v>1</v></c><c t="inlineStr"><is><t>x</t></is></c></row>` +
					`<row r="5"><c r="C5"><v>2</v></c><c><v>3</v></c></row>` +
					`<row><c><v>4</v></c><c s="1"/><c><v>6</v></c></row>`)),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				if got := rows["Data"].Rows; fmt.Sprint(got) != "[1 5 6]" {
					t.Errorf("rows = %v, want [1 5 6]", got)
				}
				wantCell(t, rows, "Data", "A1", Number, "1")
				wantCell(t, rows, "Data", "B1", String, "x")
				wantCell(t, rows, "Data", "C5", Number, "2")
				wantCell(t, rows, "Data", "D5", Number, "3")
				wantCell(t, rows, "Data", "A6", Number, "4")
				wantNoCell(t, rows, "Data", "B6")
				wantCell(t, rows, "Data", "C6", Number, "6")
			},
		},
		{
			name: "escapes-and-entities",
			make: handmade(book{
				SST: []string{
					`<t>baris1_x000D__x000A_baris2</t>`,
					`<t>_x005F_x000D_</t>`,
					`<t>A &amp; B &lt;C&gt; &quot;q&quot; &apos;a&apos; &#65;&#x42;</t>`,
					"<t>crlf\r\nand cr\rend</t>",
					`<t>tab&#9;and&#13;cr</t>`,
					`<t>_x00e9_ and _xD83D_ and _x12_</t>`,
				},
				Sheets: []bookSheet{{Name: "Data", Data: `<row r="1">` +
					`<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>` +
					`<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c>` +
					`<c r="G1" t="inlineStr"><is><t>x_x0009_y</t></is></c>` +
					`<c r="H1" t="str"><f>"a"&amp;"b"</f><v>a&amp;b</v></c>` +
					`<c r="I1" t="inlineStr"><is><t><![CDATA[<raw> & ]]>text<!-- note --></t></is></c>` +
					`</row>`}},
			}),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "A1", String, "baris1\r\nbaris2")
				wantCell(t, rows, "Data", "B1", String, "_x000D_")
				wantCell(t, rows, "Data", "C1", String, `A & B <C> "q" 'a' AB`)
				wantCell(t, rows, "Data", "D1", String, "crlf\nand cr\nend")
				wantCell(t, rows, "Data", "E1", String, "tab\tand\rcr")
				wantCell(t, rows, "Data", "F1", String, "é and  and _x12_")
				wantCell(t, rows, "Data", "G1", String, "x\ty")
				wantCell(t, rows, "Data", "H1", String, "a&b")
				wantCell(t, rows, "Data", "I1", String, "<raw> & text")
			},
		},
		{
			name: "date1904",
			make: handmade(book{WorkbookPr: `date1904="1"`, Sheets: []bookSheet{{Name: "Data", Data: `<row r="1"><c r="A1" s="1"><v>44000</v></c></row>`}}}),
			check: func(t *testing.T, b Book, rows map[string]sheetRows) {
				if !b.Date1904() {
					t.Error("Date1904() = false, want true")
				}
				wantCell(t, rows, "Data", "A1", Number, "44000")
			},
		},
		{
			name: "date1904-true",
			make: handmade(book{WorkbookPr: `date1904="true"`, Sheets: []bookSheet{{Name: "Data", Data: `<row r="1"><c r="A1"><v>1</v></c></row>`}}}),
			check: func(t *testing.T, b Book, _ map[string]sheetRows) {
				if !b.Date1904() {
					t.Error("Date1904() = false, want true")
				}
			},
		},
		{
			name: "hidden-sheets",
			make: handmade(book{Sheets: []bookSheet{
				{Name: "Shown", State: "visible", Data: `<row r="1"><c r="A1"><v>1</v></c></row>`},
				{Name: "Lists", State: "hidden", Data: `<row r="1"><c r="A1" t="inlineStr"><is><t>Ya</t></is></c></row>`},
				{Name: "Secret", State: "veryHidden", Data: `<row r="1"><c r="A1"><v>3</v></c></row>`},
				{Name: "Plain", Data: `<row r="1"><c r="A1"><v>4</v></c></row>`},
			}}),
			check: func(t *testing.T, b Book, rows map[string]sheetRows) {
				want := []Sheet{{"Shown", true}, {"Lists", false}, {"Secret", false}, {"Plain", true}}
				if got := b.Sheets(); fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("Sheets() = %v, want %v", got, want)
				}
				wantCell(t, rows, "Lists", "A1", String, "Ya")
				wantCell(t, rows, "Secret", "A1", Number, "3")
			},
		},
		{
			name: "shared-formulas",
			make: handmade(oneSheet(
				`<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B4" si="0">A1*2+$A$1</f><v>3</v></c></row>` +
					`<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>5</v></c></row>` +
					`<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/></c></row>` +
					`<row r="4"><c r="A4"><v>4</v></c><c r="B4"><f t="shared" si="0"/><v></v></c></row>`)),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "B1", Number, "3")
				wantCell(t, rows, "Data", "B2", Number, "5")
				wantCell(t, rows, "Data", "B3", NoCache, "A3*2+$A$1")
				wantCell(t, rows, "Data", "B4", NoCache, "A4*2+$A$1")
				if c, _ := rows["Data"].cell("B2"); !c.Formula {
					t.Error("B2: Formula = false, want true")
				}
			},
		},
		{
			name: "formula-without-cache",
			make: handmade(oneSheet(`<row r="1">` +
				`<c r="A1"><f>SUM(1,2)</f></c>` + // no <v> at all
				`<c r="B1"><f>IF(C1="","x","y")</f><v></v></c>` + // openpyxl writes <v></v>
				`<c r="C1" t="str"><f>""</f><v></v></c>` + // a cached empty string: empty
				`<c r="D1" t="str"><f>"Ya"</f><v>Ya</v></c>` +
				`<c r="E1"><v>7</v></c>` +
				`</row>`)),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "A1", NoCache, "SUM(1,2)")
				wantCell(t, rows, "Data", "B1", NoCache, `IF(C1="","x","y")`)
				wantNoCell(t, rows, "Data", "C1")
				wantCell(t, rows, "Data", "D1", String, "Ya")
				if c, _ := rows["Data"].cell("D1"); !c.Formula {
					t.Error("D1: Formula = false, want true")
				}
				if c, _ := rows["Data"].cell("E1"); c.Formula {
					t.Error("E1: Formula = true, want false")
				}
			},
		},
		{
			name: "bool-error-date",
			make: handmade(oneSheet(`<row r="1">` +
				`<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>` +
				`<c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
				`<c r="E1" t="d"><v>2024-08-12T00:00:00</v></c>` +
				`<c r="F1" t="n"><v>0.755</v></c><c r="G1" s="4"><v>45518</v></c>` +
				`</row>`)),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "A1", Bool, "TRUE")
				wantCell(t, rows, "Data", "B1", Bool, "FALSE")
				wantCell(t, rows, "Data", "C1", Error, "#N/A")
				wantCell(t, rows, "Data", "D1", Error, "#DIV/0!")
				wantCell(t, rows, "Data", "E1", Date, "2024-08-12T00:00:00")
				wantCell(t, rows, "Data", "F1", Number, "0.755")
				wantCell(t, rows, "Data", "G1", Number, "45518")
			},
		},
		{
			name: "chartsheet",
			make: handmade(book{Chartsheet: "Grafik", Sheets: []bookSheet{{Name: "Data", Data: `<row r="1"><c r="A1"><v>1</v></c></row>`}}}),
			check: func(t *testing.T, b Book, _ map[string]sheetRows) {
				if got := b.Sheets(); fmt.Sprint(got) != "[{Data true}]" {
					t.Errorf("Sheets() = %v, want only Data", got)
				}
				if err := b.Rows("Grafik", func(int, []Cell) error { return nil }); err == nil {
					t.Error("Rows(chart sheet) = nil, want an error")
				}
			},
		},
		{
			name: "absolute-targets",
			make: handmade(book{Absolute: true, SST: []string{`<t>abs</t>`}, Sheets: []bookSheet{
				{Name: "One", Data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`},
				{Name: "Two", Data: `<row r="2"><c r="B2"><v>2</v></c></row>`},
			}}),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "One", "A1", String, "abs")
				wantCell(t, rows, "Two", "B2", Number, "2")
			},
		},
		{
			name: "prefixed-elements",
			make: handmade(book{RootPrefix: "x", SST: []string{`<t>pre</t>`}, Sheets: []bookSheet{{Name: "Data", Data: `<x:row r="1">` +
				`<x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>12</x:v></x:c>` +
				`<x:c r="C1" t="inlineStr"><x:is><x:t>in</x:t></x:is></x:c>` +
				`<x:c r="D1"><x:f>B1+1</x:f></x:c>` +
				`</x:row>`}}}),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "A1", String, "pre")
				wantCell(t, rows, "Data", "B1", Number, "12")
				wantCell(t, rows, "Data", "C1", String, "in")
				wantCell(t, rows, "Data", "D1", NoCache, "B1+1")
			},
		},
		{
			name: "styled-empty-cells",
			make: handmade(oneSheet(
				`<row r="1"><c r="A1" s="3"/><c r="B1" s="2"><v></v></c><c r="C1" s="2"><v/></c></row>` +
					`<row r="2" s="1" customFormat="1"/>` +
					`<row r="3"><c r="A3" s="1" t="s"/><c r="B3" t="inlineStr"><is><t></t></is></c></row>` +
					`<row r="4"><c r="A4" s="1"/><c r="B4"><v>x</v></c><c r="C4" s="1"></c></row>`)),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				if got := rows["Data"].Rows; fmt.Sprint(got) != "[4]" {
					t.Errorf("rows = %v, want [4] (rows without values are skipped)", got)
				}
				if got := rows["Data"].Cells; len(got) != 1 || len(got[0]) != 1 {
					t.Errorf("cells = %v, want only B4", got)
				}
				wantCell(t, rows, "Data", "B4", Number, "x")
			},
		},
		{
			name: "out-of-order-cells",
			make: handmade(oneSheet(`<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>`)),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				got := rows["Data"].Cells[0]
				if fmt.Sprint(got) != "[{1 Number 1 false false} {2 Number 2 false false} {3 Number 3 false false}]" {
					t.Errorf("cells = %v, want A1=1, B1=2, C1=3 in column order", got)
				}
			},
			excelizeDiffers: "excelize's iterator places cells by arrival, not by reference",
		},
		{
			name: "hidden-rows-columns-merges",
			make: handmade(book{Sheets: []bookSheet{{Name: "Data",
				Data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
					`<worksheet xmlns="` + nsMain + `"><cols><col min="2" max="3" width="9" hidden="1"/><col min="5" max="5" hidden="0"/></cols><sheetData>` +
					`<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="D1"><v>4</v></c></row>` +
					`<row r="2" hidden="1"><c r="A2"><v>5</v></c><c r="E2"><v>6</v></c></row>` +
					`<row r="3" hidden="true"/>` +
					`<row r="4" hidden="0"><c r="C4"><v>7</v></c></row>` +
					`</sheetData><mergeCells count="2"><mergeCell ref="D5:E6"/><mergeCell ref="$A$7:A9"/></mergeCells></worksheet>`}}}),
			check: func(t *testing.T, b Book, rows map[string]sheetRows) {
				for ref, hidden := range map[string]bool{"A1": false, "B1": true, "D1": false, "A2": true, "E2": true, "C4": true} {
					if c, ok := rows["Data"].cell(ref); !ok || c.Hidden != hidden {
						t.Errorf("%s: %+v, want Hidden %v", ref, c, hidden)
					}
				}
				if got := fmt.Sprint(b.Merges("Data")); got != "[{4 5 5 6} {1 7 1 9}]" {
					t.Errorf("merges %s", got)
				}
			},
		},
		{
			name: "huge-shared-string",
			make: handmade(book{
				SST:    []string{`<t>` + strings.Repeat("Ya, lengkap. ", 1<<20/13+1) + `</t>`, `<t>after</t>`},
				Sheets: []bookSheet{{Name: "Data", Data: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`}},
			}),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				c, _ := rows["Data"].cell("A1")
				if len(c.Value) < 1<<20 || !strings.HasPrefix(c.Value, "Ya, lengkap. Ya") {
					t.Errorf("A1 has %d bytes, want the whole 1 MiB string", len(c.Value))
				}
				wantCell(t, rows, "Data", "B1", String, "after")
			},
		},
		{
			name: "odd-bytes",
			make: handmade(book{
				SST: []string{"<t>😀 senyum</t>", "<t>ctl\x01\x1f</t>", "<t>bad\xff\xfeutf8</t>"},
				Sheets: []bookSheet{{Name: "Data", Data: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>` +
					"<c r=\"D1\" t=\"inlineStr\"><is><t>\xc3\x28\x00nul</t></is></c></row>"}},
			}),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "A1", String, "😀 senyum")
				wantCell(t, rows, "Data", "B1", String, "ctl\x01\x1f")
				wantCell(t, rows, "Data", "C1", String, "bad\xff\xfeutf8")
				wantCell(t, rows, "Data", "D1", String, "\xc3\x28\x00nul")
			},
			excelizeDiffers: "encoding/xml refuses invalid UTF-8 and control characters",
		},
		{
			name: "emoji-only",
			make: handmade(oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>✓ 😀 √ ✗</t></is></c></row>`)),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "A1", String, "✓ 😀 √ ✗")
			},
		},
		{
			name: "xml-oddities",
			make: handmade(oneSheet("<!-- generated -->\n<?pi data?>" +
				"<row r=\"1\" spans=\"1:3\">\n  <c r=\"A1\" t=\"inlineStr\">\n    <is><t>spaced</t></is>\n  </c>\n" +
				"  <c r='B1' t='n'><v><![CDATA[42]]></v></c>\n" +
				"  <c r=\"C1\"><extLst><ext uri=\"x\"><v>no</v></ext></extLst><v>7</v></c>\n" +
				"</row>\n<row r=\"2\"><c r=\"$D$2\"><v>9</v></c></row>")),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "A1", String, "spaced")
				wantCell(t, rows, "Data", "B1", Number, "42")
				wantCell(t, rows, "Data", "C1", Number, "7")
				wantCell(t, rows, "Data", "D2", Number, "9")
			},
		},
		{
			name: "merged-cells",
			make: handmade(book{Sheets: []bookSheet{{Name: "Data",
				Data: `<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="C1"><v>5</v></c></row>` +
					`<row r="2"><c r="B2" t="inlineStr"><is><t>inside</t></is></c></row>`,
				Tail: `<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`}}}),
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "A1", Number, "2")
				wantCell(t, rows, "Data", "C1", Number, "5")
				wantCell(t, rows, "Data", "B2", String, "inside")
			},
		},
		{
			name: "strict-namespace",
			make: func(t testing.TB, dir string) string {
				b := book{SST: []string{`<t>strict</t>`}, Sheets: []bookSheet{{Name: "Data", Data: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>`}}}
				var es []zipEntry
				for _, e := range b.entries() {
					e.Body = strings.NewReplacer(
						nsMain, "http://purl.oclc.org/ooxml/spreadsheetml/main",
						nsRel, "http://purl.oclc.org/ooxml/officeDocument/relationships",
						relTypes, "http://purl.oclc.org/ooxml/officeDocument/relationships/",
					).Replace(e.Body)
					es = append(es, e)
				}
				return writeZip(t, filepath.Join(dir, "strict.xlsx"), es)
			},
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Data", "A1", String, "strict")
				wantCell(t, rows, "Data", "B1", Number, "1")
			},
		},
		{
			name: "excelize-setcellvalue",
			make: func(t testing.TB, dir string) string {
				f := excelize.NewFile()
				defer f.Close()
				set := func(cell string, v any) {
					if err := f.SetCellValue("Sheet1", cell, v); err != nil {
						t.Fatal(err)
					}
				}
				set("A1", "Kode Unit")
				set("B1", "DINKES")
				set("A2", 2024)
				set("B2", 0.755)
				set("C2", true)
				set("D2", " YA ")
				if _, err := f.NewSheet("Daftar"); err != nil {
					t.Fatal(err)
				}
				if err := f.SetCellValue("Daftar", "A1", "Ya"); err != nil {
					t.Fatal(err)
				}
				if err := f.SetSheetVisible("Daftar", false); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(dir, "setcell.xlsx")
				if err := f.SaveAs(path); err != nil {
					t.Fatal(err)
				}
				return path
			},
			check: func(t *testing.T, b Book, rows map[string]sheetRows) {
				if got := b.Sheets(); fmt.Sprint(got) != "[{Sheet1 true} {Daftar false}]" {
					t.Errorf("Sheets() = %v", got)
				}
				wantCell(t, rows, "Sheet1", "A1", String, "Kode Unit")
				wantCell(t, rows, "Sheet1", "B1", String, "DINKES")
				wantCell(t, rows, "Sheet1", "A2", Number, "2024")
				wantCell(t, rows, "Sheet1", "B2", Number, "0.755")
				wantCell(t, rows, "Sheet1", "C2", Bool, "TRUE")
				wantCell(t, rows, "Sheet1", "D2", String, " YA ")
				wantCell(t, rows, "Daftar", "A1", String, "Ya")
			},
		},
		{
			name: "excelize-formula",
			make: func(t testing.TB, dir string) string {
				// SetCellFormula writes <c r="A2" t="str"><f>A1+1</f></c>:
				// a formula with no cached value.
				f := excelize.NewFile()
				defer f.Close()
				if err := f.SetCellValue("Sheet1", "A1", 1); err != nil {
					t.Fatal(err)
				}
				if err := f.SetCellFormula("Sheet1", "A2", "A1+1"); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(dir, "formula.xlsx")
				if err := f.SaveAs(path); err != nil {
					t.Fatal(err)
				}
				return path
			},
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				wantCell(t, rows, "Sheet1", "A1", Number, "1")
				wantCell(t, rows, "Sheet1", "A2", NoCache, "A1+1")
			},
			excelizeDiffers: `excelize cannot tell a t="str" formula without <v> (uncached) from one with an empty <v> (a cached empty string); it reads both as empty`,
		},
		{
			name: "excelize-streamwriter",
			make: func(t testing.TB, dir string) string {
				path := filepath.Join(dir, "stream.xlsx")
				if err := benchdata.WriteLong(path, 100); err != nil {
					t.Fatal(err)
				}
				return path
			},
			check: func(t *testing.T, _ Book, rows map[string]sheetRows) {
				s := rows["Sheet1"]
				if len(s.Rows) != 101 {
					t.Errorf("%d rows, want 101", len(s.Rows))
				}
				wantCell(t, rows, "Sheet1", "A1", String, "Kode Unit")
				wantCell(t, rows, "Sheet1", "A2", String, "UNIT-00000")
				wantCell(t, rows, "Sheet1", "D2", Number, "1")
				wantCell(t, rows, "Sheet1", "D4", String, "Ya")
				wantCell(t, rows, "Sheet1", "E2", String, "catatan penilai untuk baris 2")
				wantNoCell(t, rows, "Sheet1", "E3")
			},
		},
	}
}
