package workbook

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"slices"
	"strings"
	"sync"
)

// This file reads worksheet XML into rows of cells. The value rules:
//   - t absent or "n": Number, the text of <v> as stored; "s": the shared
//     string at index <v> (a missing one is Corrupt); "inlineStr": the
//     text of <is>; "str": String, a formula's cached text result; "b":
//     Bool, "1"/"0" as "TRUE"/"FALSE"; "e": Error; "d": Date, as stored;
//     any other t is Corrupt.
//   - "_xHHHH_" escapes are decoded in shared and inline strings (as
//     excelize does), entities and line ends everywhere.
//   - A cell with neither a value nor a formula is left out, and so is a
//     row without cells left.
//   - A formula whose cell has no cached value is NoCache (see addCell).
//   - Cells arriving out of column order are sorted; of two cells in one
//     column the later wins. Rows are numbered by <row r>, or counted.

// Excel's grid.
const (
	maxRows = 1 << 20
	maxCols = 1 << 14
)

// cellType is the t attribute of a cell.
type cellType uint8

const (
	tNumber cellType = iota // "n" or absent
	tShared                 // "s"
	tStr                    // "str", a formula's string result
	tInline                 // "inlineStr"
	tBool                   // "b"
	tError                  // "e"
	tDate                   // "d"
)

// sheetReader reads the rows of one worksheet part.
type sheetReader struct {
	s      *scanner
	sst    []string
	cells  []Cell
	intern *internCache
	shared map[string]sharedFormula // shared formulas by si
	row    int                      // current row number
}

// sharedFormula is the anchor cell of a shared formula.
type sharedFormula struct {
	text     string
	col, row int
}

// errCell is a damaged cell or row; the message says what.
type errCell struct{ msg string }

func (e *errCell) Error() string { return e.msg }

func cellErr(format string, args ...any) error { return &errCell{fmt.Sprintf(format, args...)} }

// run streams the rows to fn. Rows are found anywhere before the end of
// <sheetData>, as excelize does.
func (r *sheetReader) run(fn func(int, []Cell) error) error {
	inData := false
	for {
		tok, err := r.s.next()
		if err != nil {
			return err
		}
		switch tok.kind {
		case tokEOF:
			if inData {
				return r.s.truncated()
			}
			return nil
		case tokEnd:
			if string(tok.name) == "sheetData" {
				return nil
			}
		case tokStart, tokEmpty:
			switch string(tok.name) {
			case "sheetData":
				if tok.kind == tokEmpty {
					return nil
				}
				inData = true
			case "row":
				if err := r.startRow(tok.attrs); err != nil {
					return err
				}
				if tok.kind == tokEmpty {
					continue
				}
				if err := r.readRow(fn); err != nil {
					return err
				}
			}
		}
	}
}

// startRow sets the row number from the r attribute, or counts on.
func (r *sheetReader) startRow(attrs []byte) error {
	n := r.row + 1
	for {
		name, val, rest, ok, err := nextAttr(attrs)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if string(name) == "r" {
			v, ok := parseUint(attrValue(val))
			if !ok {
				return cellErr("row %q has a bad row number", val)
			}
			n = v
		}
		attrs = rest
	}
	if n < 1 || n > maxRows {
		return cellErr("row number %d is outside the sheet", n)
	}
	r.row = n
	return nil
}

// readRow reads the cells of the row whose start tag was just read and
// passes the non-empty ones to fn, in column order.
func (r *sheetReader) readRow(fn func(int, []Cell) error) error {
	r.cells = r.cells[:0]
	col, sorted := 0, true
	for {
		prev := col
		if c, ok, err := r.quickCellTag(col); ok || err != nil {
			if err != nil {
				return err
			}
			if col = c; col <= prev {
				sorted = false
			}
			continue
		}
		tok, err := r.s.next()
		if err != nil {
			return err
		}
		switch tok.kind {
		case tokEOF:
			return r.s.truncated()
		case tokStart, tokEmpty:
			if string(tok.name) != "c" {
				if tok.kind == tokStart {
					if err := r.s.skipElement(); err != nil {
						return err
					}
				}
				continue
			}
			if col, err = r.readCell(tok, col); err != nil {
				return err
			}
			if col <= prev {
				sorted = false
			}
		case tokEnd:
			if string(tok.name) != "row" {
				return fmt.Errorf("%w: </%s> inside a row", errSyntax, tok.name)
			}
			if len(r.cells) == 0 {
				return nil
			}
			if !sorted {
				r.sortCells()
			}
			return fn(r.row, r.cells)
		}
	}
}

// sortCells puts the row's cells in column order; of two cells in one
// column, the later in the file wins.
func (r *sheetReader) sortCells() {
	slices.SortStableFunc(r.cells, func(a, b Cell) int { return a.Col - b.Col })
	out := r.cells[:0]
	for i, c := range r.cells {
		if i+1 < len(r.cells) && r.cells[i+1].Col == c.Col {
			continue
		}
		out = append(out, c)
	}
	r.cells = out
}

// readCell reads one <c> element and appends it to r.cells if it has a
// value. It returns the cell's column.
func (r *sheetReader) readCell(tok token, prevCol int) (int, error) {
	col, typ := prevCol+1, tNumber
	attrs := tok.attrs
	for {
		name, val, rest, ok, err := nextAttr(attrs)
		if err != nil {
			return 0, err
		}
		if !ok {
			break
		}
		switch string(name) {
		case "r":
			if col, ok = parseCellColumn(attrValue(val)); !ok {
				return 0, cellErr("row %d: bad cell reference %q", r.row, val)
			}
		case "t":
			if typ, ok = parseCellType(attrValue(val)); !ok {
				return 0, cellErr("row %d: cell of unknown type %q", r.row, val)
			}
		}
		attrs = rest
	}
	if col > maxCols {
		return 0, cellErr("row %d: column %d is outside the sheet", r.row, col)
	}
	if tok.kind == tokEmpty {
		return col, nil
	}
	return col, r.readCellBody(col, typ)
}

// quickCellTag reads a plain start tag <c r=".." t=".." s="..">, with
// attributes that need no decoding, straight from the window, and then
// the cell. It reports false, having consumed nothing, for anything else
// (including a tag not wholly in the window).
func (r *sheetReader) quickCellTag(prevCol int) (int, bool, error) {
	b := r.s.buf[r.s.pos:r.s.end]
	if len(b) < 3 || b[0] != '<' || b[1] != 'c' || (b[2] != ' ' && b[2] != '>') {
		return 0, false, nil
	}
	col, typ := prevCol+1, tNumber
	i := 2
	for {
		for i < len(b) && b[i] == ' ' {
			i++
		}
		if i+1 >= len(b) {
			return 0, false, nil
		}
		if b[i] == '>' || b[i] == '/' && b[i+1] == '>' {
			break
		}
		eq := bytes.IndexByte(b[i:], '=')
		if eq < 1 || i+eq+1 >= len(b) || b[i+eq+1] != '"' {
			return 0, false, nil
		}
		name := b[i : i+eq]
		vs := i + eq + 2
		q := bytes.IndexByte(b[vs:], '"')
		if q < 0 {
			return 0, false, nil
		}
		val := b[vs : vs+q]
		i = vs + q + 1
		switch string(name) {
		case "r":
			var ok bool
			if col, ok = parseCellColumn(val); !ok {
				return 0, false, nil // let the careful path report it
			}
		case "t":
			var ok bool
			if typ, ok = parseCellType(val); !ok {
				return 0, false, nil
			}
		case "s":
		default:
			if bytes.ContainsAny(name, " \t\r\n:") {
				return 0, false, nil
			}
		}
	}
	empty := b[i] == '/'
	if empty {
		r.s.pos += i + 2
		return col, true, nil
	}
	r.s.pos += i + 1
	return col, true, r.readCellBody(col, typ)
}

// readCellBody reads the content of a cell whose start tag was just read,
// up to its end tag, and appends the cell to r.cells if it has a value.
func (r *sheetReader) readCellBody(col int, typ cellType) error {
	if ok, err := r.quickCell(col, typ); ok || err != nil {
		return err
	}
	var (
		v      cellValue
		inline bool // an inline string was read; it wins over <v>
	)
	for {
		tok, err := r.s.next()
		if err != nil {
			return err
		}
		switch tok.kind {
		case tokEOF:
			return r.s.truncated()
		case tokEnd:
			if string(tok.name) != "c" {
				return fmt.Errorf("%w: </%s> inside a cell", errSyntax, tok.name)
			}
			return r.addCell(col, typ, v)
		case tokEmpty:
			switch string(tok.name) {
			case "v":
				if !inline {
					v.value, v.hasV = "", true
				}
			case "f":
				v.hasF, v.formula = true, r.formula(formulaAttrs(tok.attrs), nil, col)
			}
		case tokStart:
			switch string(tok.name) {
			case "v":
				text, err := r.s.textContent()
				if err != nil {
					return err
				}
				if inline {
					continue
				}
				v.hasV = true
				if v.value, err = r.value(typ, text); err != nil {
					return err
				}
			case "f":
				fa := formulaAttrs(tok.attrs) // before the window moves
				text, err := r.s.textContent()
				if err != nil {
					return err
				}
				v.hasF, v.formula = true, r.formula(fa, text, col)
			case "is":
				text, err := r.s.richText()
				if err != nil {
					return err
				}
				if typ == tInline {
					v.value, v.hasV, inline = r.str(text), true, true
				}
			default:
				if err := r.s.skipElement(); err != nil {
					return err
				}
			}
		}
	}
}

// quickCell reads the two most common cell bodies, "<v>text</v></c>"
// and "<is><t>text</t></is></c>" with plain text, straight from the
// window. It reports false, having consumed nothing, for anything else.
func (r *sheetReader) quickCell(col int, typ cellType) (bool, error) {
	data := r.s.buf[r.s.pos:r.s.end]
	var open, end string
	switch {
	case bytes.HasPrefix(data, []byte("<v>")):
		open, end = "<v>", "</v></c>"
	case typ == tInline && bytes.HasPrefix(data, []byte("<is><t>")):
		open, end = "<is><t>", "</t></is></c>"
	default:
		return false, nil
	}
	text := data[len(open):]
	i := bytes.IndexByte(text, '<')
	if i < 0 || !bytes.HasPrefix(text[i:], []byte(end)) || !plain(text[:i]) {
		return false, nil
	}
	var value string
	if open == "<v>" {
		var err error
		if value, err = r.value(typ, text[:i]); err != nil {
			return true, err
		}
	} else {
		value = r.str(decodeEscapes(text[:i]))
	}
	r.s.pos += len(open) + i + len(end)
	return true, r.addCell(col, typ, cellValue{value: value, hasV: true})
}

// cellValue is what the body of a cell holds.
type cellValue struct {
	value   string
	hasV    bool // a <v> (or, for inline strings, <is>) element was present
	hasF    bool
	formula string
}

// addCell appends a cell with a value, or a formula without a cached
// one. A formula cell has no cached value if it has no <v>, or an empty
// <v> without t="str": openpyxl writes uncached formulas as <v></v>,
// while Excel and LibreOffice write a formula whose result is the empty
// string as t="str" with <v></v>, which is an empty cell.
func (r *sheetReader) addCell(col int, typ cellType, v cellValue) error {
	hasF := v.hasF && v.formula != ""
	value := v.value
	if value == "" {
		if hasF && (!v.hasV || typ != tStr) {
			r.cells = append(r.cells, Cell{Col: col, Kind: NoCache, Value: v.formula})
		}
		return nil
	}
	c := Cell{Col: col, Value: value, Formula: hasF}
	switch typ {
	case tNumber:
		c.Kind = Number
	case tShared, tStr, tInline:
		c.Kind = String
	case tBool:
		b, ok := boolValue(value)
		if !ok {
			return cellErr("row %d, column %d: boolean cell holds %q", r.row, col, value)
		}
		c.Kind, c.Value = Bool, b
	case tError:
		c.Kind = Error
	case tDate:
		c.Kind = Date
	}
	r.cells = append(r.cells, c)
	return nil
}

// value turns the text of <v> into the cell's value for its type.
func (r *sheetReader) value(typ cellType, text []byte) (string, error) {
	if typ != tShared {
		return r.str(text), nil
	}
	t := trimSpace(text)
	if len(t) == 0 {
		return "", nil
	}
	i, ok := parseUint(t)
	if !ok || i >= len(r.sst) {
		return "", cellErr("row %d: shared string %q does not exist (the table has %d)", r.row, t, len(r.sst))
	}
	return r.sst[i], nil
}

// str makes a string of b, sharing copies of short values seen lately.
func (r *sheetReader) str(b []byte) string {
	if len(b) > 64 {
		return string(b)
	}
	return r.intern.get(b)
}

// internCache is a direct-mapped cache of short strings: a repeated value
// (a unit code, "Ya", "1") is allocated once instead of once per cell.
type internCache struct {
	seed  maphash.Seed
	slots [4096]string
}

func newInternCache() *internCache { return &internCache{seed: maphash.MakeSeed()} }

// internCaches reuses caches (32 KB of slots each) from sheet to sheet:
// what a slot still holds is a valid string, and a hit compares contents.
var internCaches = sync.Pool{New: func() any { return newInternCache() }}

func getInternCache() *internCache { return internCaches.Get().(*internCache) }

func (c *internCache) get(b []byte) string {
	slot := &c.slots[maphash.Bytes(c.seed, b)%uint64(len(c.slots))]
	if *slot == string(b) {
		return *slot
	}
	*slot = string(b)
	return *slot
}

// fAttrs are the attributes of <f> that matter.
type fAttrs struct {
	shared  bool
	si, ref string
}

func formulaAttrs(attrs []byte) fAttrs {
	var fa fAttrs
	for {
		name, val, rest, ok, err := nextAttr(attrs)
		if !ok || err != nil {
			return fa
		}
		switch string(name) {
		case "t":
			fa.shared = string(val) == "shared"
		case "si":
			fa.si = string(trimSpace(val))
		case "ref":
			fa.ref = string(val)
		}
		attrs = rest
	}
}

// formula returns the text of a formula. A shared formula's anchor (it
// has ref and si) is remembered; the other cells of the group
// (<f t="shared" si="0"/>) get the anchor's formula moved to their place.
func (r *sheetReader) formula(fa fAttrs, text []byte, col int) string {
	f := string(text)
	if !fa.shared || fa.si == "" {
		return f
	}
	si := fa.si
	if fa.ref != "" {
		if r.shared == nil {
			r.shared = make(map[string]sharedFormula)
		}
		r.shared[si] = sharedFormula{text: f, col: col, row: r.row}
	}
	a, ok := r.shared[si]
	if !ok {
		return f
	}
	return shiftFormula(a.text, col-a.col, r.row-a.row)
}

// boolValue normalises a boolean cell's value to "TRUE" or "FALSE".
func boolValue(v string) (string, bool) {
	switch strings.ToUpper(strings.TrimSpace(v)) {
	case "1", "TRUE":
		return "TRUE", true
	case "0", "FALSE":
		return "FALSE", true
	}
	return "", false
}

func parseCellType(t []byte) (cellType, bool) {
	switch string(t) {
	case "", "n":
		return tNumber, true
	case "s":
		return tShared, true
	case "str":
		return tStr, true
	case "inlineStr":
		return tInline, true
	case "b":
		return tBool, true
	case "e":
		return tError, true
	case "d":
		return tDate, true
	}
	return 0, false
}

// parseCellColumn returns the column of a cell reference like "B12" or
// "$B$12" (the row part must be valid but is not used: rows are numbered
// by <row>, as in excelize).
func parseCellColumn(ref []byte) (int, bool) {
	i, col := 0, 0
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	start := i
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a') + 1
		if col > maxCols {
			return 0, false
		}
	}
	if i == start {
		return 0, false
	}
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	row, ok := parseUint(ref[i:])
	if !ok || row < 1 || row > maxRows {
		return 0, false
	}
	return col, true
}

// parseUint parses a decimal number of at most 9 digits.
func parseUint(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// isCellErr reports whether err is a damaged cell or malformed XML.
func isCellErr(err error) bool {
	var ce *errCell
	return errors.As(err, &ce) || errors.Is(err, errSyntax)
}
