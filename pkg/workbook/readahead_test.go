package workbook

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// bigSheet is a sheet part over readAheadMin: rows of a number and an
// inline string.
func bigSheet(rows int) book {
	var b strings.Builder
	for r := 1; r <= rows; r++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="inlineStr"><is><t>baris ke-%d dari lembar besar</t></is></c></row>`, r, r, r, r, r)
	}
	return oneSheet(b.String())
}

// TestReadAhead: a sheet read ahead on another goroutine reads exactly
// as it reads directly, stops early cleanly, and reports damage.
func TestReadAhead(t *testing.T) {
	const rows = 20_000
	dir := t.TempDir()
	path := bigSheet(rows).write(t, dir, "besar.xlsx")
	read := func(min int64) sheetRows {
		defer func(old int64) { readAheadMin = old }(readAheadMin)
		readAheadMin = min
		_, got := openRead(t, path, EngineFast)
		return got["Data"]
	}
	direct, ahead := read(1<<62), read(64<<10)
	if len(direct.Rows) != rows || len(ahead.Rows) != rows {
		t.Fatalf("read %d rows directly and %d ahead, want %d", len(direct.Rows), len(ahead.Rows), rows)
	}
	for i := range direct.Rows {
		if direct.Rows[i] != ahead.Rows[i] || !slices.Equal(direct.Cells[i], ahead.Cells[i]) {
			t.Fatalf("row %d: directly %v %+v, ahead %v %+v", i, direct.Rows[i], direct.Cells[i], ahead.Rows[i], ahead.Cells[i])
		}
	}

	defer func(old int64) { readAheadMin = old }(readAheadMin)
	readAheadMin = 64 << 10
	// Stopping early ends the reading goroutine (the race detector and
	// the pool would notice one left running).
	bk, err := Open(path, Options{Engine: EngineFast})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = bk.Rows("Data", func(row int, cells []Cell) error {
		if n++; n == 10 {
			return Stop
		}
		return nil
	})
	bk.Close()
	if err != nil || n != 10 {
		t.Fatalf("stopped after %d rows, err %v", n, err)
	}

	// A damaged part fails as it does when read directly.
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(data), "xl/worksheets/sheet1.xml")
	data[i+len("xl/worksheets/sheet1.xml")+50_000] ^= 0x55 // inside the deflated sheet
	bad := filepath.Join(dir, "rusak.xlsx")
	if err := os.WriteFile(bad, data, 0o644); err != nil {
		t.Fatal(err)
	}
	bk, err = Open(bad, Options{Engine: EngineFast})
	if err != nil {
		t.Fatal(err)
	}
	defer bk.Close()
	n = 0
	err = bk.Rows("Data", func(int, []Cell) error { n++; return nil })
	wantProblem(t, err, Corrupt)
	// The rows before the damage were given first, as a direct read does.
	readAheadMin = 1 << 62
	m := 0
	if err := directRows(bad, func(int, []Cell) error { m++; return nil }); err == nil || n != m || n == 0 {
		t.Fatalf("before the damage: %d rows read ahead, %d directly (err %v)", n, m, err)
	}
	readAheadMin = 64 << 10

	// An error from fn is Rows' error, and no row comes after it.
	boom := errors.New("boom")
	bk2, err := Open(path, Options{Engine: EngineFast})
	if err != nil {
		t.Fatal(err)
	}
	defer bk2.Close()
	n = 0
	err = bk2.Rows("Data", func(row int, cells []Cell) error {
		if n++; row != n {
			t.Fatalf("row %d given as the %dth", row, n)
		}
		if n == rows/2 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || n != rows/2 {
		t.Fatalf("after fn failed: %d rows, err %v", n, err)
	}
}

// directRows reads sheet Data of path with the fast engine.
func directRows(path string, fn func(int, []Cell) error) error {
	bk, err := Open(path, Options{Engine: EngineFast})
	if err != nil {
		return err
	}
	defer bk.Close()
	return bk.Rows("Data", fn)
}
