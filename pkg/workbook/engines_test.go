package workbook

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"
)

// TestSamples reads the workbooks written by openpyxl and LibreOffice
// with both engines and checks cells the layer above relies on.
func TestSamples(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "samples")
	for _, engine := range []string{EngineFast, EngineExcelize} {
		t.Run(engine, func(t *testing.T) {
			b, rows := openRead(t, filepath.Join(dir, "form-openpyxl.xlsx"), engine)
			want := "[{Petunjuk true} {Daftar false} {DINKES true} {PKM-01 true} {DESA-07 true}]"
			if got := fmt.Sprint(b.Sheets()); got != want {
				t.Errorf("form-openpyxl sheets = %s, want %s", got, want)
			}
			wantCell(t, rows, "DINKES", "B3", String, "DINKES")
			wantCell(t, rows, "DINKES", "B12", String, "SP-01")
			wantCell(t, rows, "DINKES", "D14", String, " YA ")
			wantCell(t, rows, "DINKES", "B7", Number, "2024")
			wantCell(t, rows, "Daftar", "A1", String, "Ya")
			wantNoCell(t, rows, "DINKES", "A2")

			b, rows = openRead(t, filepath.Join(dir, "formulas-libreoffice.xlsx"), engine)
			wantCell(t, rows, "RSUD", "D13", String, "Ya")
			if c, _ := rows["RSUD"].cell("D13"); !c.Formula {
				t.Error("RSUD!D13: Formula = false, want true (cached formula result)")
			}
			wantCell(t, rows, "RSUD", "B9", Number, "45518")
			if b.Date1904() {
				t.Error("formulas-libreoffice: Date1904() = true")
			}

			_, rows = openRead(t, filepath.Join(dir, "long-libreoffice.xlsx"), engine)
			wantCell(t, rows, "long-libreoffice", "D4", Number, "1")
			wantCell(t, rows, "long-libreoffice", "D10", String, "N/A")
			wantCell(t, rows, "long-libreoffice", "C3", String, "Kode Indikator")

			_, rows = openRead(t, filepath.Join(dir, "wide-kobo-style.xlsx"), engine)
			wantCell(t, rows, "kepatuhan_2024", "C3", String, "dinsos ")
			wantCell(t, rows, "kepatuhan_2024", "M2", Number, "101")
		})
	}
}

// TestFixtures checks every generated workbook with both engines (the
// excelize engine where it can read the file the same way).
func TestFixtures(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			path := fx.make(t, t.TempDir())
			engines := []string{EngineFast, EngineExcelize}
			if fx.excelizeDiffers != "" {
				engines = engines[:1]
			}
			for _, engine := range engines {
				t.Run(engine, func(t *testing.T) {
					b, rows := openRead(t, path, engine)
					if b.Engine() != engine {
						t.Errorf("Engine() = %q, want %q", b.Engine(), engine)
					}
					fx.check(t, b, rows)
				})
			}
		})
	}
}

// TestDifferential reads every sample and fixture with both engines and
// compares the sheets, the date system, the rows and every cell's column,
// value, kind and formula flag. Exceptions: fixtures marked
// excelizeDiffers are compared on their sheet list only.
func TestDifferential(t *testing.T) {
	type file struct{ name, path, differs string }
	var files []file
	for _, p := range samplePaths(t) {
		files = append(files, file{filepath.Base(p), p, ""})
	}
	for _, fx := range fixtures() {
		d := t.TempDir()
		files = append(files, file{fx.name, fx.make(t, d), fx.excelizeDiffers})
	}
	for _, f := range files {
		t.Run(f.name, func(t *testing.T) {
			fb, frows := openRead(t, f.path, EngineFast)
			xb, err := Open(f.path, Options{Engine: EngineExcelize})
			if err != nil {
				t.Fatalf("excelize: %v", err)
			}
			defer xb.Close()
			if got, want := fmt.Sprint(xb.Sheets()), fmt.Sprint(fb.Sheets()); got != want {
				t.Fatalf("sheets: excelize %s, fast %s", got, want)
			}
			if fb.Date1904() != xb.Date1904() {
				t.Errorf("Date1904: fast %v, excelize %v", fb.Date1904(), xb.Date1904())
			}
			if f.differs != "" {
				t.Logf("cells not compared: %s", f.differs)
				return
			}
			xrows, err := readBook(xb)
			if err != nil {
				t.Fatalf("excelize: %v", err)
			}
			if err := sameRows(frows, xrows, true); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestPipelined reads every sample and fixture with the fast engine as
// it reads a large part — inflated ahead on one goroutine, rows handed
// to the caller from another (fast.go) — and compares with the direct
// read.
func TestPipelined(t *testing.T) {
	var paths []string
	paths = append(paths, samplePaths(t)...)
	for _, fx := range fixtures() {
		paths = append(paths, fx.make(t, t.TempDir()))
	}
	for _, path := range paths {
		_, direct := openRead(t, path, EngineFast)
		old := readAheadMin
		readAheadMin = 0
		_, piped := openRead(t, path, EngineFast)
		readAheadMin = old
		if err := sameRows(direct, piped, true); err != nil {
			t.Errorf("%s: %v", filepath.Base(path), err)
		}
	}
}

// TestExcelizeLargeSheetMode reads the fixtures with the excelize engine
// as if every sheet were over exactKindsLimit: values stay the same,
// kinds are String except Bool and NoCache, which are still found.
func TestExcelizeLargeSheetMode(t *testing.T) {
	old := exactKindsLimit
	exactKindsLimit = 0
	t.Cleanup(func() { exactKindsLimit = old })
	for _, fx := range fixtures() {
		if fx.excelizeDiffers != "" {
			continue
		}
		t.Run(fx.name, func(t *testing.T) {
			path := fx.make(t, t.TempDir())
			_, frows := openRead(t, path, EngineFast)
			_, xrows := openRead(t, path, EngineExcelize)
			if err := sameRows(frows, xrows, false); err != nil {
				t.Error(err)
			}
			for name, s := range xrows {
				for i, cells := range s.Cells {
					for _, c := range cells {
						if c.Kind != String && c.Kind != Bool && c.Kind != NoCache {
							t.Errorf("%s row %d col %d: kind %v in large-sheet mode", name, s.Rows[i], c.Col, c.Kind)
						}
						fc, _ := frows[name].cell(columnName(c.Col) + fmt.Sprint(s.Rows[i]))
						if (fc.Kind == Bool || fc.Kind == NoCache) && fc.Kind != c.Kind {
							t.Errorf("%s row %d col %d: kind %v, fast engine says %v", name, s.Rows[i], c.Col, c.Kind, fc.Kind)
						}
					}
				}
			}
		})
	}
}

// sameRows compares what two engines delivered; kinds and formula flags
// only if withKinds.
func sameRows(a, b map[string]sheetRows, withKinds bool) error {
	var errs []error
	for name, sa := range a {
		sb, ok := b[name]
		if !ok {
			errs = append(errs, fmt.Errorf("sheet %q missing", name))
			continue
		}
		if fmt.Sprint(sa.Rows) != fmt.Sprint(sb.Rows) {
			errs = append(errs, fmt.Errorf("sheet %q rows: %v vs %v", name, sa.Rows, sb.Rows))
			continue
		}
		for i := range sa.Cells {
			ca, cb := sa.Cells[i], sb.Cells[i]
			if len(ca) != len(cb) {
				errs = append(errs, fmt.Errorf("sheet %q row %d: %v vs %v", name, sa.Rows[i], ca, cb))
				continue
			}
			for j := range ca {
				x, y := ca[j], cb[j]
				if !withKinds {
					x.Formula, y.Formula = false, false
					if x.Kind != NoCache && x.Kind != Bool {
						x.Kind = y.Kind
					}
				}
				if x != y {
					errs = append(errs, fmt.Errorf("sheet %q row %d: %+v vs %+v", name, sa.Rows[i], x, y))
				}
			}
		}
	}
	return errors.Join(errs...)
}
