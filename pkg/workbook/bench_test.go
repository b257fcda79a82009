package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// bench300kVersion keys the cached benchmark workbook; change it when the
// generator changes.
const bench300kVersion = "long300k-v1"

const bench300kRows = 300_000

// bench300k returns the path of a 300,000-row long-layout workbook (unit
// code, unit name, indicator code, answer, note), generating it once with
// excelize's StreamWriter into a cache folder under os.TempDir. Strings
// written by StreamWriter are inline strings; answers are numbers 0/1 for
// two rows in three and text otherwise; every seventh row has a note.
func bench300k(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(os.TempDir(), "kepatuhan-bench")
	path := filepath.Join(dir, bench300kVersion+".xlsx")
	if _, err := os.Stat(path); err == nil {
		return path
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	tmp, err := os.CreateTemp(dir, "gen-*.xlsx")
	if err != nil {
		tb.Fatal(err)
	}
	tmp.Close()
	if err := writeLong(tmp.Name(), bench300kRows); err != nil {
		os.Remove(tmp.Name())
		tb.Fatal(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		tb.Fatal(err)
	}
	return path
}

// writeLong writes a long-layout workbook of n data rows with excelize's
// StreamWriter (dimension set before the writer, as openpyxl needs).
func writeLong(path string, n int) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Sheet1"
	if err := f.SetSheetDimension(sheet, fmt.Sprintf("A1:E%d", n+1)); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	if err := sw.SetRow("A1", []any{"Kode Unit", "Nama Unit", "Kode Indikator", "Jawaban", "Catatan"}); err != nil {
		return err
	}
	answers := []any{1, 0, "Ya", 1, 1, "Tidak", 0, 1, "N/A"}
	const indicators = 30
	for i := 0; i < n; i++ {
		unit := i / indicators
		ind := i % indicators
		code := fmt.Sprintf("SP-%02d", ind+1)
		if ind >= 15 {
			code = fmt.Sprintf("SR-%02d", ind-14)
		}
		row := []any{
			fmt.Sprintf("UNIT-%05d", unit),
			fmt.Sprintf("Unit Pelayanan %05d Kabupaten Contoh", unit),
			code,
			answers[i%len(answers)],
		}
		if i%7 == 0 {
			row = append(row, fmt.Sprintf("catatan penilai untuk baris %d", i+2))
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", i+2), row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
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
