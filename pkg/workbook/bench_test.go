package workbook

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/bench/benchdata"
)

const bench300kRows = 300_000

// bench300k returns the path of the 300,000-row long-layout workbook of
// pkg/bench/run.sh (unit code, unit name, indicator code, answer, note;
// written by excelize's StreamWriter, so strings are inline), made once
// by package benchdata and cached.
func bench300k(tb testing.TB) string {
	tb.Helper()
	path, err := benchdata.Long(bench300kRows)
	if err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkRead300k reads every cell of the 300k-row workbook: the fast
// engine, excelize, and the floor (inflate the sheet with archive/zip and
// count "<c" elements with a byte scan).
func BenchmarkRead300k(b *testing.B) {
	path := bench300k(b)
	b.Run("inflate-scan", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			n, err := inflateScan(path)
			if err != nil {
				b.Fatal(err)
			}
			if n < bench300kRows*4 {
				b.Fatalf("counted %d <c, want over %d", n, bench300kRows*4)
			}
		}
	})
	for _, engine := range []string{EngineFast, EngineExcelize} {
		b.Run(engine, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				n, err := countCells(path, engine)
				if err != nil {
					b.Fatal(err)
				}
				if n < bench300kRows*4 {
					b.Fatalf("read %d cells, want over %d", n, bench300kRows*4)
				}
			}
		})
	}
}

// countCells opens path with engine and counts the cells of every sheet.
func countCells(path, engine string) (int, error) {
	bk, err := Open(path, Options{Engine: engine})
	if err != nil {
		return 0, err
	}
	defer bk.Close()
	n := 0
	for _, s := range bk.Sheets() {
		err := bk.Rows(s.Name, func(_ int, cells []Cell) error {
			n += len(cells)
			return nil
		})
		if err != nil {
			return 0, err
		}
	}
	return n, nil
}

// inflateScan inflates the worksheets of path and counts "<c" with a
// minimal byte scan: the least any reader must do.
func inflateScan(path string) (int, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	n := 0
	buf := make([]byte, 64<<10)
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return 0, err
		}
		keep := 0
		for {
			m, err := rc.Read(buf[keep:])
			chunk := buf[:keep+m]
			n += bytes.Count(chunk, []byte("<c"))
			keep = 0
			if len(chunk) > 0 && chunk[len(chunk)-1] == '<' {
				buf[0], keep = '<', 1 // carried over: it may start "<c"
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				rc.Close()
				return 0, err
			}
		}
		rc.Close()
	}
	return n, nil
}
