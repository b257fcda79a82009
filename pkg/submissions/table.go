package submissions

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
)

// table is one table of an export — a sheet of a Kobo workbook, a Kobo
// CSV, or a CSV inside an ODK Central zip — read as a header row and rows
// of text.
type table struct {
	name   string         // the sheet's or CSV entry's name; "" for a lone CSV
	sheet  *results.Sheet // for places: file and sheet (or CSV entry)
	header []string       // trimmed header texts, by column - 1
	hrow   int            // the header's row number
	rows   func(fn rowFunc) error
	date   bool // 1904 dates (a workbook's)
}

// rowFunc receives a row's number and its values by column - 1, padded
// to the header's width ("" for an empty cell); vals is reused.
type rowFunc func(row int, vals []string) error

// place is the cell at row, col (1-based) of t.
func (t *table) place(row, col int) results.Place {
	return results.Place{Sheet: t.sheet, Row: int32(row), Col: int32(col)}
}

// errStopHeader ends a read once the header is in.
var errStopHeader = errors.New("submissions: header read")

// sheetTable reads one sheet of an open workbook: its first non-empty row
// is the header (Kobo writes it in row 1).
func sheetTable(book workbook.Book, file, name string) (*table, error) {
	t := &table{name: name, sheet: &results.Sheet{File: file, Sheet: name}, date: book.Date1904()}
	err := book.Rows(name, func(row int, cells []workbook.Cell) error {
		t.hrow = row
		for _, c := range cells {
			for len(t.header) < c.Col {
				t.header = append(t.header, "")
			}
			t.header[c.Col-1] = strings.TrimSpace(c.Value)
		}
		return workbook.Stop
	})
	if err != nil {
		return nil, err
	}
	t.rows = func(fn rowFunc) error {
		vals := make([]string, len(t.header))
		var set []int // columns set in the last row
		return book.Rows(name, func(row int, cells []workbook.Cell) error {
			if row <= t.hrow {
				return nil
			}
			for _, c := range set {
				vals[c] = ""
			}
			set = set[:0]
			for _, c := range cells {
				if c.Col > len(vals) {
					break // a value under no header
				}
				v := c.Value
				if c.Kind == workbook.Error || c.Kind == workbook.NoCache {
					v = ""
				}
				vals[c.Col-1] = v
				set = append(set, c.Col-1)
			}
			return fn(row, vals)
		})
	}
	return t, nil
}

// csvTable reads a CSV file's bytes: UTF-8 (a BOM dropped), separated by
// commas or (as KoboToolbox writes by default) semicolons, whichever the
// header row holds more of outside quotes.
func csvTable(data []byte, file, entry string) (*table, error) {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if !utf8.Valid(data) {
		return nil, errors.New("the CSV is not UTF-8 text")
	}
	comma := sniffComma(data)
	newReader := func() *csv.Reader {
		cr := csv.NewReader(bytes.NewReader(data))
		cr.Comma = comma
		cr.FieldsPerRecord = -1
		cr.ReuseRecord = true
		return cr
	}
	cr := newReader()
	head, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, errors.New("the CSV is empty")
		}
		return nil, err
	}
	t := &table{name: entry, sheet: &results.Sheet{File: file, Sheet: entry}, hrow: 1}
	for _, h := range head {
		t.header = append(t.header, strings.TrimSpace(h))
	}
	t.rows = func(fn rowFunc) error {
		cr := newReader()
		vals := make([]string, len(t.header))
		for row := 1; ; row++ {
			rec, err := cr.Read()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			if row == 1 {
				continue
			}
			n := copy(vals, rec)
			for i := n; i < len(vals); i++ {
				vals[i] = ""
			}
			if err := fn(row, vals); err != nil {
				return err
			}
		}
	}
	return t, nil
}

// sniffComma picks ";" or "," by the first line (outside quotes).
func sniffComma(data []byte) rune {
	semi, comma := 0, 0
	quoted := false
	for _, b := range data {
		switch {
		case b == '"':
			quoted = !quoted
		case quoted:
		case b == '\n':
			if semi > comma {
				return ';'
			}
			return ','
		case b == ';':
			semi++
		case b == ',':
			comma++
		}
	}
	if semi > comma {
		return ';'
	}
	return ','
}

// csvHeader returns the header row of a CSV's first bytes (nil when it
// has none), for recognising exports.
func csvHeader(data []byte) []string {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = sniffComma(data)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	rec, err := cr.Read()
	if err != nil && len(rec) == 0 {
		return nil
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
	}
	return rec
}
