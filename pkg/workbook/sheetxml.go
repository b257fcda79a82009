package workbook

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"slices"
	"strconv"
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

	rows      bitset // the row numbers met so far
	rowCols   []int  // the columns of the current row's cells, values or not
	rowHidden bool   // the current row is hidden
	facts     sheetFacts
}

// sheetFacts is what a sheet's XML says besides its cells: hidden rows
// and columns, merged ranges.
type sheetFacts struct {
	hiddenCols []Range // column ranges (FromRow, ToRow unused)
	hiddenRows bitset
	merges     []Range
}

// colHidden reports whether column col is hidden.
func (f *sheetFacts) colHidden(col int) bool {
	for _, r := range f.hiddenCols {
		if col >= r.FromCol && col <= r.ToCol {
			return true
		}
	}
	return false
}

// bitset is a set of small non-negative numbers.
type bitset []uint64

// has reports whether n is in the set.
func (b bitset) has(n int) bool {
	i := n >> 6
	return i < len(b) && b[i]&(uint64(1)<<(n&63)) != 0
}

// add adds n and reports whether it was there already.
func (b *bitset) add(n int) bool {
	i := n >> 6
	if i >= len(*b) {
		*b = append(*b, make([]uint64, i+1-len(*b))...)
	}
	m := uint64(1) << (n & 63)
	had := (*b)[i]&m != 0
	(*b)[i] |= m
	return had
}

// sharedFormula is the anchor cell of a shared formula.
type sharedFormula struct {
	text     string
	col, row int
}

// errCell is a damaged cell or row: what (reason), where, what was
// found, and the same in English.
type errCell struct {
	reason   Reason
	row, col int
	value    string
	n        int64
	msg      string
}

func (e *errCell) Error() string { return e.msg }

func cellErr(reason Reason, row, col int, value string, format string, args ...any) *errCell {
	return &errCell{reason: reason, row: row, col: col, value: value, msg: fmt.Sprintf(format, args...)}
}

// sheetErr turns an error met while reading sheet (at row, if known)
// into an *OpenError that says where: a damaged cell or row, malformed
// XML, or an element over the size limit.
func sheetErr(path, sheet, part string, row int, err error) error {
	var ce *errCell
	switch {
	case errors.As(err, &ce):
		oe := problem(path, Corrupt, err, "sheet %q: %v", sheet, err)
		oe.Reason, oe.Sheet, oe.Part, oe.Row, oe.Col, oe.Value, oe.N = ce.reason, sheet, part, ce.row, ce.col, ce.value, ce.n
		return oe
	case errors.Is(err, errSyntax):
		oe := problem(path, Corrupt, err, "sheet %q: %v", sheet, err)
		oe.Reason, oe.Sheet, oe.Part, oe.Row = ReasonXML, sheet, part, row
		return oe
	case errors.Is(err, errTokenTooLong):
		oe := problem(path, TooLarge, err, "sheet %q holds an element over %d bytes", sheet, maxToken)
		oe.Reason, oe.Sheet, oe.Part, oe.Limit = ReasonLimitElement, sheet, part, maxToken
		return oe
	}
	return err
}

// run streams the rows to fn. Rows are found anywhere before the end of
// <sheetData>, as excelize does. The hidden columns (<cols>, before the
// rows) mark the cells delivered; the merged ranges (<mergeCells>, after
// them) are collected in r.facts, as far as the XML after the rows can
// be read.
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
				r.readTail()
				return nil
			}
		case tokStart, tokEmpty:
			switch string(tok.name) {
			case "col":
				r.readCol(tok.attrs)
			case "sheetData":
				if tok.kind == tokEmpty {
					r.readTail()
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

// startRow sets the row number from the r attribute, or counts on, and
// notes whether the row is hidden. A row written twice is damage: Excel
// repairs such a file, and readers differ on which row they keep.
func (r *sheetReader) startRow(attrs []byte) error {
	n := r.row + 1
	r.rowHidden = false
	for {
		name, val, rest, ok, err := nextAttr(attrs)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		switch string(name) {
		case "r":
			v, ok := parseUint(attrValue(val))
			if !ok {
				return cellErr(ReasonRowNumber, r.row, 0, string(val), "row %q has a bad row number", val)
			}
			n = v
		case "hidden":
			r.rowHidden = isTrue(val)
		}
		attrs = rest
	}
	if r.rowHidden && n >= 1 && n <= maxRows {
		r.facts.hiddenRows.add(n)
	}
	if n < 1 || n > maxRows {
		return cellErr(ReasonRowNumber, r.row, 0, strconv.Itoa(n), "row number %d is outside the sheet", n)
	}
	if r.rows.add(n) {
		return cellErr(ReasonDuplicateRow, n, 0, "", "row %d is written twice", n)
	}
	r.row = n
	return nil
}

// isTrue reads an XML boolean attribute value.
func isTrue(v []byte) bool { return string(v) == "1" || string(v) == "true" }

// readCol notes the columns a <col min max hidden> element hides.
func (r *sheetReader) readCol(attrs []byte) {
	lo, hi, hidden := 0, 0, false
	for {
		name, val, rest, ok, err := nextAttr(attrs)
		if !ok || err != nil {
			break
		}
		switch string(name) {
		case "min":
			lo, _ = parseUint(val)
		case "max":
			hi, _ = parseUint(val)
		case "hidden":
			hidden = isTrue(val)
		}
		attrs = rest
	}
	if hidden && lo >= 1 && hi >= lo {
		r.facts.hiddenCols = append(r.facts.hiddenCols, Range{FromCol: lo, ToCol: min(hi, maxCols)})
	}
}

// readTail reads what follows the rows for the merged ranges. The XML
// there is not otherwise read: damage in it ends the reading quietly.
func (r *sheetReader) readTail() {
	for {
		tok, err := r.s.next()
		if err != nil || tok.kind == tokEOF {
			return
		}
		if (tok.kind == tokStart || tok.kind == tokEmpty) && string(tok.name) == "mergeCell" {
			for a := tok.attrs; ; {
				name, val, rest, ok, err := nextAttr(a)
				if !ok || err != nil {
					break
				}
				if string(name) == "ref" {
					if m, ok := parseRange(string(attrValue(val))); ok {
						r.facts.merges = append(r.facts.merges, m)
					}
				}
				a = rest
			}
		}
	}
}

// parseRange reads a range reference "B3:D4" (or one cell, "B3"),
// corners in either order.
func parseRange(ref string) (Range, bool) {
	a, b, ok := strings.Cut(ref, ":")
	if !ok {
		b = a
	}
	c1, r1, ok1 := cellRefCoords(a)
	c2, r2, ok2 := cellRefCoords(b)
	if !ok1 || !ok2 {
		return Range{}, false
	}
	return Range{FromCol: min(c1, c2), FromRow: min(r1, r2), ToCol: max(c1, c2), ToRow: max(r1, r2)}, true
}

// cellRefCoords reads "B3" or "$B$3".
func cellRefCoords(ref string) (col, row int, ok bool) {
	b := []byte(strings.ReplaceAll(ref, "$", ""))
	col, ok = parseCellColumn(b)
	if !ok {
		return 0, 0, false
	}
	i := 0
	for i < len(b) && (b[i]|0x20) >= 'a' && (b[i]|0x20) <= 'z' {
		i++
	}
	row, ok = parseUint(b[i:])
	return col, row, ok
}

// readRow reads the cells of the row whose start tag was just read and
// passes the non-empty ones to fn, in column order.
func (r *sheetReader) readRow(fn func(int, []Cell) error) error {
	r.cells, r.rowCols = r.cells[:0], r.rowCols[:0]
	col, sorted := 0, true
	for {
		prev := col
		if c, ok, err := r.quickCellTag(col); ok || err != nil {
			if err != nil {
				return err
			}
			r.rowCols = append(r.rowCols, c)
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
			r.rowCols = append(r.rowCols, col)
			if col <= prev {
				sorted = false
			}
		case tokEnd:
			if string(tok.name) != "row" {
				return fmt.Errorf("%w: </%s> inside a row", errSyntax, tok.name)
			}
			if !sorted {
				// A cell written twice (even an empty one) is damage:
				// readers differ on which of the two they keep.
				slices.Sort(r.rowCols)
				for i := 1; i < len(r.rowCols); i++ {
					if c := r.rowCols[i]; c == r.rowCols[i-1] {
						return cellErr(ReasonDuplicateCell, r.row, c, "", "row %d: column %d is written twice", r.row, c)
					}
				}
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

// sortCells puts the row's cells in column order (no two share one:
// readRow refuses that).
func (r *sheetReader) sortCells() {
	slices.SortFunc(r.cells, func(a, b Cell) int { return a.Col - b.Col })
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
				return 0, cellErr(ReasonCellRef, r.row, 0, string(val), "row %d: bad cell reference %q", r.row, val)
			}
		case "t":
			if typ, ok = parseCellType(attrValue(val)); !ok {
				return 0, cellErr(ReasonCellType, r.row, col, string(val), "row %d: cell of unknown type %q", r.row, val)
			}
		}
		attrs = rest
	}
	if col > maxCols {
		return 0, cellErr(ReasonColumn, r.row, 0, "", "row %d: column %d is outside the sheet", r.row, col)
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
				if v.value, err = r.value(typ, text, col); err != nil {
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
		if value, err = r.value(typ, text[:i], col); err != nil {
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
			r.cells = append(r.cells, Cell{Col: col, Kind: NoCache, Value: v.formula,
				Hidden: r.rowHidden || len(r.facts.hiddenCols) > 0 && r.facts.colHidden(col)})
		}
		return nil
	}
	c := Cell{Col: col, Value: value, Formula: hasF, Hidden: r.rowHidden || len(r.facts.hiddenCols) > 0 && r.facts.colHidden(col)}
	switch typ {
	case tNumber:
		c.Kind = Number
	case tShared, tStr, tInline:
		c.Kind = String
	case tBool:
		b, ok := boolValue(value)
		if !ok {
			return cellErr(ReasonBool, r.row, col, value, "row %d, column %d: boolean cell holds %q", r.row, col, value)
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
func (r *sheetReader) value(typ cellType, text []byte, col int) (string, error) {
	if typ != tShared {
		return r.str(text), nil
	}
	t := trimSpace(text)
	if len(t) == 0 {
		return "", nil
	}
	i, ok := parseUint(t)
	if !ok || i >= len(r.sst) {
		e := cellErr(ReasonSharedString, r.row, col, string(t), "row %d: shared string %q does not exist (the table has %d)", r.row, t, len(r.sst))
		e.n = int64(len(r.sst))
		return "", e
	}
	return r.sst[i], nil
}

// str makes a string of b, sharing copies of values seen lately: codes,
// answers, and the notes an assessor repeats (a national round's standard
// remark, 90 bytes, was 15 MB of copies in 25,000 units).
func (r *sheetReader) str(b []byte) string {
	if len(b) > 256 {
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
