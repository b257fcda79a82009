package resultbook

import (
	"archive/zip"
	"bufio"
	"bytes"
	"io"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestRowsAsExcelize: the data rows writeRows writes are byte for byte
// what excelize's StreamWriter.SetRow writes for the same cells — texts
// of every awkward kind (escapes, _xHHHH_, control characters, invalid
// UTF-8, white space at the ends, the non-characters U+FFFE/U+FFFF, a
// text over a cell's limit), numbers that need Excel's 15-digit cut,
// NaN, integers, empty cells, wrapped rows that grow tall.
func TestRowsAsExcelize(t *testing.T) {
	texts := []string{"", "plain", "Dinas Kesehatan › Rekap › E14", "a_b", "x_x0041_y",
		"\x00\x01\x1f\x7f", "bad \xff\xfe utf-8", "\t tab", "end\r", "line\nbreaks\r\nand\ttabs",
		"'single' \"double\"", strings.Repeat("panjang sekali ", 3000), strings.Repeat("😀", 20000),
		"kata " + strings.Repeat("x", 200) + " kata", `"kutip" <tag> & 'apos'`, "kode _x0041_ dan _x005F_ serta _x00",
		"kode _x005F_x0041_ lagi", "emoji 😀 di sini, ✓ ü ñ", "  spasi di tepi  ", "karakter \uFFFE dan \uFFFF", "=SUM(A1:A2)"}
	numbers := []any{0.0, 1.0, -2.5, 0.1 + 0.2, 1.0 / 3, 123456789012345678.0, 1e-20, math.MaxFloat64,
		math.NaN(), math.Inf(-1), 0, 7, int64(-42), int32(20), uint8(3), float32(0.1), float32(1) / 3}
	tab := &table{cols: []column{
		{head: "a", style: 3}, {head: "b", style: 4, wrap: true, max: 20}, {head: "c", style: 0, num: 8}, {head: "d", style: 5},
	}}
	var rows [][]excelize.Cell
	for i, s := range texts {
		rows = append(rows, []excelize.Cell{
			{StyleID: 3, Value: s},
			{StyleID: 4, Value: texts[(i+3)%len(texts)]},
			{Value: numbers[i%len(numbers)]},
			{StyleID: 5, Value: nil},
		})
	}
	for i, n := range numbers {
		rows = append(rows, []excelize.Cell{{StyleID: 3, Value: n}, {}, {StyleID: 5, Value: numbers[(i+1)%len(numbers)]}})
	}
	gen := func(emit func([]excelize.Cell) error) error {
		for _, r := range rows {
			if err := emit(r); err != nil {
				return err
			}
		}
		return nil
	}
	for _, r := range rows {
		tab.measure(r)
	}
	widths := tab.widths()

	// excelize, as streamTable used to write the rows.
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A1", []any{"header"}); err != nil {
		t.Fatal(err)
	}
	for k, row := range rows {
		vals := make([]any, len(row))
		lines := 1
		for i := range row {
			if row[i].Value != nil {
				vals[i] = &row[i]
			}
			if s, ok := row[i].Value.(string); ok && tab.cols[i].wrap {
				lines = max(lines, wrappedLines(s, widths[i]))
			}
		}
		var opts []excelize.RowOpts
		if lines > 1 {
			opts = append(opts, excelize.RowOpts{Height: rowHeight(lines)})
		}
		if err := sw.SetRow(cellName(1, k+2), vals, opts...); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var book bytes.Buffer
	if _, err := f.WriteTo(&book); err != nil {
		t.Fatal(err)
	}
	part := readPart(t, book.Bytes(), "xl/worksheets/sheet1.xml")
	m := regexp.MustCompile(`(?s)<row r="2".*</row>`).Find(part)
	if m == nil {
		t.Fatalf("no data rows in excelize's sheet:\n%.400s", part)
	}

	var mine bytes.Buffer
	w := bufio.NewWriter(&mine)
	if err := (&tableRows{t: tab, widths: widths, gen: gen}).write(w); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if !bytes.Equal(mine.Bytes(), m) {
		a, b := mine.Bytes(), m
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		from := max(0, i-80)
		t.Fatalf("rows differ at byte %d:\nmine     %q\nexcelize %q", i, a[from:min(len(a), i+80)], b[from:min(len(b), i+80)])
	}
	if !bytes.Contains(m, []byte(`customHeight="1"`)) || !bytes.Contains(m, []byte(`xml:space="preserve"`)) {
		t.Fatal("the fixture no longer covers tall rows and preserved spaces")
	}
}

// readPart returns a zip entry of an in-memory package.
func readPart(t *testing.T, pkg []byte, name string) []byte {
	t.Helper()
	zr, err := zipReader(pkg)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatalf("no part %s", name)
	return nil
}

func zipReader(b []byte) (*zip.Reader, error) {
	return zip.NewReader(bytes.NewReader(b), int64(len(b)))
}
