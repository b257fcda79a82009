package workbook

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	fixturepkg "github.com/kepatuhan/kepatuhan/pkg/fixture"
)

// fuzzLimits keep each fuzz input small.
var fuzzLimits = Limits{MaxTotal: 64 << 20, MaxPart: 32 << 20, MaxRatio: 200}

// FuzzEngines opens arbitrary bytes with both engines: neither may panic
// or hang, every failure to open must be an *OpenError, and when both
// read the file and it is well-formed XML with rows and cells in order
// (excelize stops silently at malformed XML and places out-of-order cells
// by arrival), both must give the same sheets and cells.
//
// The seeds are the samples, the generated fixtures, and the fixtures
// again with every part stored uncompressed and without a checksum, so
// that mutations reach the XML instead of breaking the deflate stream.
func FuzzEngines(f *testing.F) {
	for _, p := range samplePaths(f) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(storedCopy(f, b))
	}
	for _, fx := range fixtures() {
		if fx.name == "huge-shared-string" {
			continue
		}
		b, err := os.ReadFile(fx.make(f, f.TempDir()))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(storedCopy(f, b))
	}
	f.Add(fixturepkg.CFB("EncryptionInfo", "EncryptedPackage"))
	f.Add([]byte("Kode;Jawaban\nDINKES;Ya\n"))
	f.Add([]byte("<html><table><tr><td>1</td></tr></table></html>"))

	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "in.xlsx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		fb, frows, ferr := fuzzRead(path, EngineFast)
		xb, xrows, xerr := fuzzRead(path, EngineExcelize)
		for _, err := range []error{ferr, xerr} {
			var oe *OpenError
			if err != nil && !errors.As(err, &oe) {
				t.Fatalf("error is not an *OpenError: %T %v", err, err)
			}
		}
		if ferr != nil || xerr != nil {
			return
		}
		why := incomparable(path)
		if got, want := fmt.Sprint(xb), fmt.Sprint(fb); got != want {
			if why == "" {
				t.Fatalf("sheets: fast %s, excelize %s", want, got)
			}
			return
		}
		if err := sameRows(frows, xrows, true); err != nil && why == "" {
			t.Fatalf("engines differ on a well-formed file: %v", err)
		}
	})
}

// fuzzRead opens path with engine and reads everything; it returns the
// sheet list and date system as one comparable value.
func fuzzRead(path, engine string) (any, map[string]sheetRows, error) {
	b, err := Open(path, Options{Engine: engine, Limits: fuzzLimits})
	if err != nil {
		return nil, nil, err
	}
	defer b.Close()
	rows, err := readBook(b)
	if err != nil {
		return nil, nil, err
	}
	return fmt.Sprint(b.Sheets(), b.Date1904()), rows, nil
}

// storedCopy is b with every zip entry stored (fixture.Stored); b itself
// when it is not a zip archive.
func storedCopy(tb testing.TB, b []byte) []byte {
	out, err := fixturepkg.Stored(b)
	if errors.Is(err, zip.ErrFormat) {
		return b
	}
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// incomparable says why the two engines may legitimately differ on the
// package at path, or returns "" if they must agree: excelize reads XML
// with encoding/xml, which stops (silently, in the Rows iterator) at the
// first malformation, and places out-of-order or repeated cells by
// arrival.
func incomparable(path string) string {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return "not a zip: " + err.Error()
	}
	defer zr.Close()
	for _, zf := range zr.File {
		name := strings.ToLower(zf.Name)
		if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".rels") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return zf.Name + ": " + err.Error()
		}
		why := checkPart(rc, strings.Contains(name, "worksheets/"))
		rc.Close()
		if why != "" {
			return zf.Name + ": " + why
		}
	}
	return ""
}

// checkPart parses one part with encoding/xml and, for a sheet, checks
// that rows and cells come in order, and that no t="str" formula lacks
// a <v> (excelize cannot tell that from a cached empty string).
func checkPart(r io.Reader, sheet bool) string {
	d := xml.NewDecoder(r)
	row, col := 0, 0
	var typ string
	var hasF, hasV bool
	var cells [][2]int // the cells written, and the merged ranges
	var merges []Range
	for {
		tok, err := d.Token()
		if err == io.EOF {
			// excelize's cell API answers for the first cell of a merged
			// range: the kind of a value in one of its other cells is not
			// compared.
			for _, m := range merges {
				for _, c := range cells {
					if m.Contains(c[0], c[1]) && (c[0] != m.FromCol || c[1] != m.FromRow) {
						return "a value inside merged cells"
					}
				}
			}
			return ""
		}
		if err != nil {
			return err.Error()
		}
		if !sheet {
			continue
		}
		if ee, ok := tok.(xml.EndElement); ok && ee.Name.Local == "c" && typ == "str" && hasF && !hasV {
			return `t="str" formula without <v>`
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "row":
			n := row + 1
			for _, a := range se.Attr {
				if a.Name.Local == "r" {
					fmt.Sscan(a.Value, &n)
				}
			}
			if n <= row {
				return "rows out of order"
			}
			row, col = n, 0
		case "c":
			n := col + 1
			typ, hasF, hasV = "", false, false
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "r":
					c, ok := parseCellColumn([]byte(a.Value))
					if !ok {
						return "bad cell reference"
					}
					if _, r := mustRef(strings.ReplaceAll(a.Value, "$", "")); r != row {
						return "cell reference in another row" // excelize's cell API looks it up by reference
					}
					n = c
				case "t":
					typ = a.Value
				case "s":
					if _, err := strconv.ParseInt(a.Value, 10, 64); err != nil {
						return "bad style index" // excelize drops the cell
					}
				}
			}
			if n <= col {
				return "cells out of order"
			}
			col = n
			cells = append(cells, [2]int{col, row})
		case "mergeCell":
			for _, a := range se.Attr {
				if a.Name.Local == "ref" {
					if m, ok := parseRange(a.Value); ok {
						merges = append(merges, m)
					}
				}
			}
		case "f":
			hasF = true
		case "v":
			hasV = true
		}
	}
}

// FuzzSheetXML puts arbitrary bytes in the sheet part of an otherwise
// valid package (with shared strings) and compares the engines as
// FuzzEngines does: this reaches the sheet reader far more often than
// mutating whole zips.
func FuzzSheetXML(f *testing.F) {
	for _, fx := range fixtures() {
		if fx.name == "huge-shared-string" {
			continue
		}
		for _, e := range fuzzSheetParts(f, fx.make(f, f.TempDir())) {
			f.Add(e)
		}
	}
	for _, p := range samplePaths(f) {
		for _, e := range fuzzSheetParts(f, p) {
			f.Add(e)
		}
	}
	f.Fuzz(func(t *testing.T, sheet []byte) {
		path := writeZip(t, filepath.Join(t.TempDir(), "in.xlsx"), fuzzSheetBook(sheet))
		fb, frows, ferr := fuzzRead(path, EngineFast)
		xb, xrows, xerr := fuzzRead(path, EngineExcelize)
		for _, err := range []error{ferr, xerr} {
			var oe *OpenError
			if err != nil && !errors.As(err, &oe) {
				t.Fatalf("error is not an *OpenError: %T %v", err, err)
			}
		}
		if ferr != nil || xerr != nil {
			return
		}
		why := incomparable(path)
		if fmt.Sprint(xb) != fmt.Sprint(fb) && why == "" {
			t.Fatalf("sheets: fast %s, excelize %s", fb, xb)
		}
		if err := sameRows(frows, xrows, true); err != nil && why == "" {
			t.Fatalf("engines differ on a well-formed sheet: %v", err)
		}
	})
}

// fuzzSheetBook is a package with shared strings whose only sheet part
// is sheet, as is.
func fuzzSheetBook(sheet []byte) []zipEntry {
	b := book{
		SST:    []string{`<t>a</t>`, `<r><t>b</t></r><r><t>c</t></r>`, `<t>_x000D_</t>`},
		Sheets: []bookSheet{{Name: "Data"}},
	}
	es := b.entries()
	for i := range es {
		if es[i].Name == "xl/worksheets/sheet1.xml" {
			es[i].Body = string(sheet)
		}
	}
	return es
}

// fuzzSheetParts returns the worksheet parts of the package at path.
func fuzzSheetParts(tb testing.TB, path string) [][]byte {
	zr, err := zip.OpenReader(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer zr.Close()
	var out [][]byte
	for _, zf := range zr.File {
		if !strings.Contains(zf.Name, "worksheets/") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			tb.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		out = append(out, b)
	}
	return out
}
