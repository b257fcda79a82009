package workbook

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// readAll opens path with engine and reads every sheet, returning the
// first error.
func readAll(path, engine string) error {
	b, err := Open(path, Options{Engine: engine})
	if err != nil {
		return err
	}
	defer b.Close()
	_, err = readBook(b)
	return err
}

// Damage the engines used to read differently — excelize read a shared
// string index past the table as an empty cell and kept the first of a
// cell written twice, the fast engine refused the first and kept the
// second — and part names that differ only in case, of which Excel,
// LibreOffice and openpyxl each read one or the other. Both engines now
// refuse each the same way, saying what and where.
func TestDamageSameRefusal(t *testing.T) {
	sheet := func(data string) book {
		return book{SST: []string{`<t>Ya</t>`, `<t>Tidak</t>`}, Sheets: []bookSheet{{Name: "Data", Data: data}}}
	}
	withPart := func(b book, name, body string) book {
		b.ExtraParts = append(b.ExtraParts, zipEntry{name, body})
		return b
	}
	cases := []struct {
		name   string
		book   book
		reason Reason
		where  string // sheet!row:col, or the parts
	}{
		{"shared-string-past-the-table", sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c></row>`),
			ReasonSharedString, "Data!1:2 7 of 2"},
		{"cell-twice", sheet(`<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>0</v></c><c r="A3" t="s"><v>1</v></c></row>`),
			ReasonDuplicateCell, "Data!3:1"},
		{"cell-twice-empty-first", sheet(`<row r="3"><c r="C3" s="1"/><c r="B3"><v>1</v></c><c r="C3" t="s"><v>1</v></c></row>`),
			ReasonDuplicateCell, "Data!3:3"},
		{"row-twice", sheet(`<row r="2"><c r="A2" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>`),
			ReasonDuplicateRow, "Data!2:0"},
		{"parts-differ-in-case", withPart(sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), "xl/worksheets/Sheet1.xml",
			`<worksheet xmlns="`+nsMain+`"><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData></worksheet>`),
			ReasonPartNames, "xl/worksheets/sheet1.xml xl/worksheets/Sheet1.xml"},
		{"shared-strings-differ-in-case", withPart(sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), "xl/SharedStrings.xml",
			`<sst xmlns="`+nsMain+`"><si><t>Tidak</t></si></sst>`),
			ReasonPartNames, "xl/sharedStrings.xml xl/SharedStrings.xml"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.book.write(t, t.TempDir(), "rusak.xlsx")
			for _, engine := range []string{EngineFast, EngineExcelize, EngineAuto} {
				err := readAll(path, engine)
				var oe *OpenError
				if !errors.As(err, &oe) || oe.Problem != Corrupt || oe.Reason != c.reason {
					t.Fatalf("%s: %v (%+v), want Corrupt, reason %d", engine, err, oe, c.reason)
				}
				where := fmt.Sprintf("%s!%d:%d", oe.Sheet, oe.Row, oe.Col)
				switch c.reason {
				case ReasonSharedString:
					where += fmt.Sprintf(" %s of %d", oe.Value, oe.N)
				case ReasonPartNames:
					where = oe.Part + " " + oe.Other
				}
				if where != c.where {
					t.Errorf("%s: at %q, want %q", engine, where, c.where)
				}
			}
		})
	}
}

// A cell written twice in a row is found whatever the order (the scanner
// checks only rows whose cells are out of order).
func TestDuplicateCellAnyOrder(t *testing.T) {
	for _, data := range []string{
		`<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>`,
		`<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c><c r="B1"><v>3</v></c></row>`,
		`<row r="1"><c><v>1</v></c><c r="A1"><v>2</v></c></row>`,
	} {
		path := oneSheet(data).write(t, t.TempDir(), "d.xlsx")
		for _, engine := range []string{EngineFast, EngineExcelize} {
			var oe *OpenError
			if err := readAll(path, engine); !errors.As(err, &oe) || oe.Reason != ReasonDuplicateCell {
				t.Errorf("%s %s: %v", engine, data, err)
			}
		}
	}
}

// sstBomb writes a one-sheet workbook whose shared-strings part is body,
// deflated, with the size declared in the zip directory.
func sstBomb(t testing.TB, path string, body []byte, declared uint64) {
	t.Helper()
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write(body)
	fw.Close()
	b := book{SST: []string{"<t>x</t>"}, Sheets: []bookSheet{{Name: "Data", Data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`}}}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, e := range b.entries() {
		if e.Name == "xl/sharedStrings.xml" {
			w, err := zw.CreateRaw(&zip.FileHeader{Name: e.Name, Method: zip.Deflate,
				CompressedSize64: uint64(comp.Len()), UncompressedSize64: declared})
			if err != nil {
				t.Fatal(err)
			}
			w.Write(comp.Bytes())
			continue
		}
		w, _ := zw.Create(e.Name)
		w.Write([]byte(e.Body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// A 1 MB workbook whose shared strings declare 470 MB (and a uniqueCount
// of 100 million) made the reader allocate 1.5 GB for the table before
// reading a byte of it; one whose shared strings truly inflate to some
// hundred MB held them all. Neither engine sizes a buffer from a declared
// size it has not bounded, and the shared strings may take at most
// maxSSTMemory (or 16 times their compressed size): both files are
// refused, having allocated a few MB (the allocation, counted here, bounds
// the peak heap; the command's peak RSS on the lying file is in the
// README).
func TestSharedStringsBounded(t *testing.T) {
	dir := t.TempDir()
	rnd := rand.New(rand.NewPCG(1, 2))
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('a' + rnd.IntN(26))
		}
		return string(b)
	}
	// Lying: 2 MB of random words (1.2 MB compressed), declared 470 MB:
	// under the 500:1 ratio a zip bomb is refused for.
	var lie bytes.Buffer
	lie.WriteString(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="` + nsMain + `" count="100000000" uniqueCount="100000000">`)
	for lie.Len() < 2<<20 {
		lie.WriteString("<si><t>" + word(60) + "</t></si>")
	}
	lie.WriteString("</sst>")
	lying := filepath.Join(dir, "bohong.xlsx")
	sstBomb(t, lying, lie.Bytes(), 470<<20)
	// Honest: long strings that differ a little, 160 MB from 0.5 MB
	// (300:1, under the ratio).
	var honest bytes.Buffer
	honest.WriteString(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="` + nsMain + `">`)
	long := strings.Repeat("a", 6000)
	for honest.Len() < 160<<20 {
		honest.WriteString("<si><t>" + long + word(16) + "</t></si>")
	}
	honest.WriteString("</sst>")
	truthful := filepath.Join(dir, "jujur.xlsx")
	sstBomb(t, truthful, honest.Bytes(), uint64(honest.Len()))
	honest = bytes.Buffer{}
	for _, c := range []struct {
		path   string
		want   Problem
		reason Reason
	}{{lying, Corrupt, ReasonPartSize}, {truthful, TooLarge, ReasonLimitStrings}} {
		if st, _ := os.Stat(c.path); st.Size() > 2<<20 {
			t.Fatalf("%s is %d bytes", c.path, st.Size())
		}
		for _, engine := range []string{EngineFast, EngineExcelize} {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			err := readAll(c.path, engine)
			runtime.ReadMemStats(&after)
			var oe *OpenError
			if !errors.As(err, &oe) || oe.Problem != c.want || oe.Reason != c.reason {
				t.Fatalf("%s %s: %v, want %v", filepath.Base(c.path), engine, err, c.want)
			}
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 48<<20 {
				t.Errorf("%s %s: refusing it allocated %d MiB", filepath.Base(c.path), engine, grew>>20)
			}
		}
	}
}
