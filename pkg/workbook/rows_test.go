package workbook

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
)

// latin1Book is a package whose sheet is declared ISO-8859-1 and holds a
// Latin-1 byte (é = 0xE9): valid XML the fast engine does not decode.
func latin1Book(t testing.TB, dir string) string {
	return oneSheet(`<?xml version="1.0" encoding="ISO-8859-1"?>`+"\n"+
		`<worksheet xmlns="`+nsMain+`"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>caf`+"\xe9"+`</t></is></c><c r="B1"><v>2</v></c></row></sheetData></worksheet>`,
	).write(t, dir, "latin1.xlsx")
}

// TestAutoFallback checks that a file the fast engine reports as
// Unsupported is read by excelize under "auto", and that "fast" alone
// reports Unsupported.
func TestAutoFallback(t *testing.T) {
	path := latin1Book(t, t.TempDir())
	_, err := Open(path, Options{Engine: EngineFast})
	wantProblem(t, err, Unsupported)

	b, rows := openRead(t, path, EngineAuto)
	if b.Engine() != EngineExcelize {
		t.Errorf("auto chose %q, want excelize", b.Engine())
	}
	wantCell(t, rows, "Data", "A1", String, "café")
	wantCell(t, rows, "Data", "B1", Number, "2")

	b, _ = openRead(t, filepath.Join("..", "..", "testdata", "samples", "long-libreoffice.xlsx"), "")
	if b.Engine() != EngineFast {
		t.Errorf("auto chose %q for a plain file, want fast", b.Engine())
	}
}

func TestUnknownEngine(t *testing.T) {
	if _, err := Open(filepath.Join("..", "..", "testdata", "samples", "long-libreoffice.xlsx"), Options{Engine: "turbo"}); err == nil {
		t.Error("Open with engine turbo: no error")
	}
}

// rowsBook is a three-row sheet used by the Rows tests.
func rowsBook(t testing.TB) string {
	return book{Sheets: []bookSheet{{Name: "Data", Data: `<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c></row><row r="4"><c r="A4"><v>4</v></c></row>`}}}.write(t, t.TempDir(), "rows.xlsx")
}

func TestRowsStopAndErrors(t *testing.T) {
	path := rowsBook(t)
	for _, engine := range []string{EngineFast, EngineExcelize} {
		t.Run(engine, func(t *testing.T) {
			b, err := Open(path, Options{Engine: engine})
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()

			var seen []int
			err = b.Rows("Data", func(row int, _ []Cell) error {
				seen = append(seen, row)
				if row == 3 {
					return Stop
				}
				return nil
			})
			if err != nil || fmt.Sprint(seen) != "[1 3]" {
				t.Errorf("Stop: err %v, rows %v; want nil, [1 3]", err, seen)
			}

			boom := errors.New("boom")
			seen = nil
			err = b.Rows("Data", func(row int, _ []Cell) error {
				seen = append(seen, row)
				return fmt.Errorf("wrapped: %w", boom)
			})
			if !errors.Is(err, boom) || len(seen) != 1 {
				t.Errorf("callback error: err %v after rows %v; want boom after one row", err, seen)
			}

			if err := b.Rows("NoSuchSheet", func(int, []Cell) error { return nil }); err == nil {
				t.Error("Rows(unknown sheet) = nil")
			}
			n := 0
			if err := b.Rows("data", func(int, []Cell) error { n++; return nil }); err != nil || n != 3 {
				t.Errorf("Rows(\"data\"): %v, %d rows; want the sheet Data (case-insensitive), 3 rows", err, n)
			}
		})
	}
}

// TestRowsConcurrent reads the sheets of one book from several goroutines
// (run with -race).
func TestRowsConcurrent(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "samples", "form-openpyxl.xlsx")
	for _, engine := range []string{EngineFast, EngineExcelize} {
		b, err := Open(path, Options{Engine: engine})
		if err != nil {
			t.Fatal(err)
		}
		want, err := readBook(b)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		for _, s := range b.Sheets() {
			for range 3 {
				wg.Go(func() {
					var got sheetRows
					err := b.Rows(s.Name, func(row int, cells []Cell) error {
						got.Rows = append(got.Rows, row)
						got.Cells = append(got.Cells, append([]Cell(nil), cells...))
						return nil
					})
					if err != nil || fmt.Sprint(got) != fmt.Sprint(want[s.Name]) {
						t.Errorf("%s %s: concurrent read differs (%v)", engine, s.Name, err)
					}
				})
			}
		}
		wg.Wait()
		b.Close()
	}
}

// TestCellSliceReused documents that the cells slice is reused between
// calls: a caller keeping it without copying sees it change.
func TestCellSliceReused(t *testing.T) {
	b, err := Open(rowsBook(t), Options{Engine: EngineFast})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var first []Cell
	b.Rows("Data", func(row int, cells []Cell) error {
		if first == nil {
			first = cells
		}
		return nil
	})
	if first[0].Value != "4" {
		t.Errorf("first row's slice now holds %q; the engine no longer reuses it (update the doc)", first[0].Value)
	}
}

// TestShiftFormula checks how a shared formula is moved to another cell.
func TestShiftFormula(t *testing.T) {
	cases := []struct {
		f          string
		dCol, dRow int
		want       string
	}{
		{"A1*2", 0, 1, "A2*2"},
		{"$A$1+A$1+$A1+A1", 1, 1, "$A$1+B$1+$A2+B2"},
		{"SUM(A1:B2)", 2, 0, "SUM(C1:D2)"},
		{`IF(C1="A1","x",LOG10(A1))`, 0, 2, `IF(C3="A1","x",LOG10(A3))`},
		{"'My Sheet'!B2+Sheet2!C3", 0, 1, "'My Sheet'!B3+Sheet2!C4"},
		{"SUM(A:A)+SUM(2:2)", 1, 1, "SUM(B:B)+SUM(3:3)"},
		{"TRUE+1.5E3+Total2024", 1, 1, "TRUE+1.5E3+Total2024"},
		{"A1", -1, 0, "A1"}, // would leave the sheet: unchanged
		{"XFD1", 1, 0, "XFD1"},
	}
	for _, c := range cases {
		if got := shiftFormula(c.f, c.dCol, c.dRow); got != c.want {
			t.Errorf("shiftFormula(%q, %d, %d) = %q, want %q", c.f, c.dCol, c.dRow, got, c.want)
		}
	}
}

func TestCellColumn(t *testing.T) {
	for ref, want := range map[string]int{"A1": 1, "z9": 26, "AA10": 27, "$B$2": 2, "XFD1048576": maxCols} {
		if got, ok := parseCellColumn([]byte(ref)); !ok || got != want {
			t.Errorf("parseCellColumn(%q) = %d, %v; want %d", ref, got, ok, want)
		}
	}
	for _, ref := range []string{"", "A", "1", "A0", "XFE1", "A1048577", "A-1", "AAAA1"} {
		if _, ok := parseCellColumn([]byte(ref)); ok {
			t.Errorf("parseCellColumn(%q) accepted", ref)
		}
	}
	for n, want := range map[int]string{1: "A", 26: "Z", 27: "AA", 702: "ZZ", 703: "AAA", maxCols: "XFD"} {
		if got := columnName(n); got != want {
			t.Errorf("columnName(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestNames(t *testing.T) {
	if Encrypted.String() != "Encrypted" || Problem(99).String() != "Problem(99)" {
		t.Error("Problem.String")
	}
	if NoCache.String() != "NoCache" || Kind(99).String() != "Kind(99)" {
		t.Error("Kind.String")
	}
}
