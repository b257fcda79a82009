package workbook

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"
)

// The excelize engine reads cells through excelize's streaming Rows
// iterator with raw values. That iterator yields strings only, so kinds
// come from excelize's cell API (GetCellType, GetCellFormula), which
// loads the whole sheet into memory: it is used for every cell only when
// the sheet part is at most exactKindsLimit bytes. On larger sheets the
// engine stays streaming: values are reported as String, except that a
// boolean cell ("0"/"1") is reported as Bool and a formula without a
// cached value as NoCache; for those few cells the cell API is asked,
// and only if a byte scan of the sheet part found boolean cells or
// formulas at all. The Formula flag is set only on sheets read exactly.
//
// Damage is refused as the fast engine refuses it: the shared strings
// and every UTF-8 sheet part are first read by the fast engine's own
// reader (check), cells discarded, so that a shared string that does not
// exist (which excelize reads as an empty cell), a cell or a row written
// twice (excelize keeps the first, by arrival), a bad reference or type
// is the same refusal, at the same cell, with either engine; that read
// also gives the hidden rows and columns and the merged ranges.
//
// Known differences from the fast engine, all on unusual or damaged
// files (the differential tests and fuzz targets skip exactly these):
//   - out-of-order cells are placed by arrival, not by reference, and a
//     cell whose reference names another row gets its kind from that
//     other cell;
//   - excelize's iterator ends a sheet silently at malformed or
//     truncated XML (and at invalid UTF-8 and control characters): so
//     that no row is dropped without a word, a UTF-8 sheet part is first
//     read through encoding/xml, and one that is not well-formed is
//     Corrupt — also where the fast engine, which skips what lies outside
//     sheetData, reads it;
//   - a t="str" formula with no <v> at all reads as empty, not NoCache
//     (excelize cannot tell it from a cached empty string);
//   - the formula text of a shared-formula cell is re-rendered by
//     excelize (spaces dropped);
//   - a cell inside a merged range, other than its first, is String
//     (excelize's cell API answers for the first cell of the range).

// exactKindsLimit is the largest sheet part whose cell kinds the excelize
// engine asks excelize for, cell by cell.
var exactKindsLimit int64 = 16 << 20

type excelizeBook struct {
	path     string
	f        *excelize.File
	c        *container
	st       *structure // nil if readStructure failed (e.g. not UTF-8)
	sst      []string   // as the fast engine reads it, to check sheets against
	sheets   []Sheet
	date1904 bool

	mu   sync.Mutex // guards info
	info map[string]*sheetInfo
}

// sheetInfo is how the engine gets kinds for one sheet.
type sheetInfo struct {
	exact          bool // ask for every cell's kind
	formula, bools bool // the sheet may hold formulas, boolean cells
	mergesOnce     sync.Once
	merges         [][4]int
	mergesErr      error
	facts          *sheetFacts // from the check of the sheet's XML; nil if not UTF-8
}

// openExcelize opens path with excelize after the same recognition and
// limit checks as the fast engine, plus a counting pass over every part
// (excelize itself trusts the sizes in the zip directory).
func openExcelize(path string, lim Limits) (_ Book, err error) {
	c, err := openContainer(path, lim)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			c.Close()
		}
	}()
	if err := c.verifyAll(); err != nil {
		return nil, err
	}
	st, _ := readStructure(c)
	// The shared strings as the fast engine reads them, within the same
	// memory bound, before excelize loads them whole.
	var sst []string
	if st != nil && st.sst != "" {
		var oe *OpenError
		if sst, err = readSST(c, st.sst); err != nil && !(errors.As(err, &oe) && oe.Problem == Unsupported) {
			return nil, err
		}
	}
	xmlLimit := min(lim.MaxPart, lim.MaxTotal, excelize.StreamChunkSize)
	var f *excelize.File
	if err := catch(path, func() (err error) {
		f, err = excelize.OpenFile(path, excelize.Options{RawCellValue: true, UnzipSizeLimit: lim.MaxTotal, UnzipXMLSizeLimit: xmlLimit})
		return err
	}); err != nil {
		if f != nil {
			f.Close()
		}
		return nil, excelizeErr(path, err)
	}
	b := &excelizeBook{path: path, f: f, c: c, st: st, sst: sst, info: make(map[string]*sheetInfo)}
	if err := catch(path, b.load); err != nil {
		f.Close()
		return nil, excelizeErr(path, err)
	}
	return b, nil
}

// load reads the sheet list, visibility and date system from excelize.
func (b *excelizeBook) load() error {
	names := map[string]bool{}
	for i, name := range b.f.GetSheetList() {
		if err := checkSheetName(b.path, i, name, names); err != nil {
			return err
		}
		if b.st != nil && b.st.others[name] {
			continue // a chart, dialog or macro sheet
		}
		vis, err := b.f.GetSheetVisible(name)
		if err != nil {
			return err
		}
		b.sheets = append(b.sheets, Sheet{Name: name, Visible: vis})
	}
	props, err := b.f.GetWorkbookProps()
	if err != nil {
		return err
	}
	b.date1904 = props.Date1904 != nil && *props.Date1904
	return nil
}

func (b *excelizeBook) Engine() string  { return EngineExcelize }
func (b *excelizeBook) Date1904() bool  { return b.date1904 }
func (b *excelizeBook) Sheets() []Sheet { return append([]Sheet(nil), b.sheets...) }
func (b *excelizeBook) sheet(name string) (string, bool) {
	for _, s := range b.sheets {
		if s.Name == name {
			return s.Name, true
		}
	}
	for _, s := range b.sheets {
		if strings.EqualFold(s.Name, name) {
			return s.Name, true
		}
	}
	return "", false
}

func (b *excelizeBook) Close() error {
	err := b.f.Close()
	if cerr := b.c.Close(); err == nil {
		err = cerr
	}
	return err
}

func (b *excelizeBook) Rows(sheet string, fn func(row int, cells []Cell) error) error {
	name, ok := b.sheet(sheet)
	if !ok {
		return fmt.Errorf("workbook: %s has no worksheet %q", b.path, sheet)
	}
	var fnErr error
	err := catch(b.path, func() error {
		rows, err := b.f.Rows(name)
		if err != nil {
			return err
		}
		defer rows.Close()
		info, err := b.sheetInfo(name)
		if err != nil {
			return err
		}
		var cells []Cell
		for row := 1; rows.Next(); row++ {
			vals, err := rows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				return err
			}
			cells = cells[:0]
			for i, v := range vals {
				c, ok, err := b.cell(name, info, i+1, row, v)
				if err != nil {
					return err
				}
				if ok {
					c.Hidden = info.hidden(c.Col, row)
					cells = append(cells, c)
				}
			}
			if len(cells) == 0 {
				continue
			}
			if err := fn(row, cells); err != nil {
				fnErr = err
				return nil
			}
		}
		return rows.Close()
	})
	switch {
	case fnErr != nil:
		if errors.Is(fnErr, Stop) {
			return nil
		}
		return fnErr
	case err != nil:
		var oe *OpenError
		if errors.As(err, &oe) {
			return oe
		}
		if isCellErr(err) {
			return sheetErr(b.path, name, "", 0, err)
		}
		oe = excelizeErr(b.path, err)
		oe.Detail = fmt.Sprintf("sheet %q: %s", name, oe.Detail)
		oe.Sheet = name
		return oe
	}
	return nil
}

// cell turns one value of the iterator into a Cell; ok is false for an
// empty cell.
func (b *excelizeBook) cell(sheet string, info *sheetInfo, col, row int, v string) (Cell, bool, error) {
	ask := info.exact || (v == "" && info.formula) || (info.bools && (v == "0" || v == "1"))
	if ask {
		covered, err := b.covered(sheet, info, col, row)
		if err != nil {
			return Cell{}, false, err
		}
		// excelize answers for the first cell of a merged range.
		ask = !covered
	}
	if !ask {
		return Cell{Col: col, Kind: String, Value: v}, v != "", nil
	}
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return Cell{}, false, err
	}
	typ, err := b.f.GetCellType(sheet, ref)
	if err != nil {
		return Cell{}, false, err
	}
	formula, err := b.f.GetCellFormula(sheet, ref)
	if err != nil {
		return Cell{}, false, err
	}
	if v == "" {
		// As in the fast engine, an empty cached value counts as missing
		// unless the cell says its result is a string (t="str"); excelize
		// cannot tell an empty <v> from none, so a t="str" formula with no
		// <v> at all (as excelize's SetCellFormula writes) reads as empty.
		if formula != "" && typ != excelize.CellTypeFormula {
			return Cell{Col: col, Kind: NoCache, Value: formula}, true, nil
		}
		return Cell{}, false, nil
	}
	c := Cell{Col: col, Kind: String, Value: v}
	if typ == excelize.CellTypeBool {
		bv, ok := boolValue(v)
		if !ok {
			return Cell{}, false, cellErr(ReasonBool, row, col, v, "cell %s: boolean cell holds %q", ref, v)
		}
		c.Kind, c.Value = Bool, bv
	}
	if !info.exact {
		return c, true, nil
	}
	c.Formula = formula != ""
	switch typ {
	case excelize.CellTypeError:
		c.Kind = Error
	case excelize.CellTypeDate:
		c.Kind = Date
	case excelize.CellTypeNumber, excelize.CellTypeUnset:
		c.Kind = Number
	}
	return c, true, nil
}

// sheetInfo decides, once per sheet, how kinds are found.
func (b *excelizeBook) sheetInfo(name string) (*sheetInfo, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if in, ok := b.info[name]; ok {
		return in, nil
	}
	in := &sheetInfo{formula: true, bools: true}
	size, part := b.c.total, ""
	if b.st != nil {
		if sp, ok := b.st.sheet(name); ok {
			size, part = b.c.size(sp.part), sp.part
		}
	}
	in.exact = size <= exactKindsLimit
	if part != "" {
		if err := wellFormed(b.c, part); err != nil {
			return nil, err
		}
		facts, err := b.check(name, part)
		if err != nil {
			return nil, err
		}
		in.facts = facts
	}
	if !in.exact && part != "" {
		var err error
		if in.formula, in.bools, err = scanMarkers(b.c, part); err != nil {
			return nil, err
		}
	}
	b.info[name] = in
	return in, nil
}

// check reads a UTF-8 sheet part as the fast engine does, cells
// discarded, so that both engines refuse the same damage (a shared
// string that does not exist, a cell or row written twice, a bad
// reference, …) — excelize reads an empty cell or the first of two —
// and returns what the XML says of hidden rows, columns and merges.
// Parts in another encoding are left to excelize (nil facts).
func (b *excelizeBook) check(name, part string) (*sheetFacts, error) {
	r, err := b.c.open(part)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	sr := &sheetReader{s: newScanner(r, r.declared), sst: b.sst, intern: getInternCache()}
	defer func() {
		sr.s.release()
		internCaches.Put(sr.intern)
	}()
	if sr.s.checkStart() != nil {
		return nil, nil
	}
	err = sr.run(func(int, []Cell) error { return nil })
	switch {
	case err == nil:
		return &sr.facts, nil
	case errors.Is(err, errTokenTooLong) || isCellErr(err):
		return nil, sheetErr(b.path, name, part, sr.row, err)
	}
	return nil, b.c.readErr(part, err)
}

func (b *excelizeBook) Merges(sheet string) []Range {
	name, ok := b.sheet(sheet)
	if !ok {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if in := b.info[name]; in != nil && in.facts != nil {
		return in.facts.merges
	}
	return nil
}

// hidden reports whether the cell at col, row is in a hidden row or
// column.
func (in *sheetInfo) hidden(col, row int) bool {
	return in.facts != nil && (in.facts.hiddenRows.has(row) || in.facts.colHidden(col))
}

// covered reports whether a cell lies in a merged range but is not its
// first cell.
func (b *excelizeBook) covered(sheet string, info *sheetInfo, col, row int) (bool, error) {
	info.mergesOnce.Do(func() {
		mcs, err := b.f.GetMergeCells(sheet, true)
		if err != nil {
			info.mergesErr = err
			return
		}
		for _, m := range mcs {
			c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
			c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
			if err1 != nil || err2 != nil {
				continue
			}
			info.merges = append(info.merges, [4]int{min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)})
		}
	})
	for _, m := range info.merges {
		if col >= m[0] && col <= m[2] && row >= m[1] && row <= m[3] && (col != m[0] || row != m[1]) {
			return true, nil
		}
	}
	return false, info.mergesErr
}

// scanMarkers scans a sheet part's bytes for formula elements and boolean
// cells, so that large sheets without them never need excelize's cell API.
func scanMarkers(c *container, part string) (formula, bools bool, err error) {
	r, err := c.open(part)
	if err != nil {
		return false, false, err
	}
	defer r.Close()
	fMarks := [][]byte{[]byte("<f>"), []byte("<f "), []byte("<f/"), []byte(":f>"), []byte(":f "), []byte(":f/")}
	bMarks := [][]byte{[]byte(`t="b"`), []byte(`t='b'`)}
	buf := make([]byte, 256<<10)
	keep := 0
	for {
		n, err := r.Read(buf[keep:])
		chunk := buf[:keep+n]
		for _, m := range fMarks {
			formula = formula || bytes.Contains(chunk, m)
		}
		for _, m := range bMarks {
			bools = bools || bytes.Contains(chunk, m)
		}
		if err == io.EOF || (formula && bools) {
			return formula, bools, nil
		}
		if err != nil {
			return false, false, err
		}
		keep = copy(buf, chunk[len(chunk)-min(len(chunk), 8):])
	}
}

// catch runs fn, turning a panic inside excelize into an error.
func catch(path string, fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("excelize failed on %s: %v", path, p)
		}
	}()
	return fn()
}

// excelizeErr classifies an error from excelize (or from the engine's
// own checks).
// wellFormed reads a UTF-8 sheet part with encoding/xml and reports one
// that is not well-formed XML as Corrupt. Parts in another encoding
// (which the fast engine leaves to this one) are not checked.
func wellFormed(c *container, part string) error {
	r, err := c.open(part)
	if err != nil {
		return err
	}
	defer r.Close()
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(512)
	if checkProlog(head) != nil {
		return nil
	}
	d := xml.NewDecoder(br)
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) { return in, nil } // UTF-8 under another name
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var oe *OpenError
			if errors.As(err, &oe) {
				return oe // the part's own limits or checksum
			}
			return c.partErr(part, ReasonXML, err, "part %s: %v", part, err)
		}
	}
}

func excelizeErr(path string, err error) *OpenError {
	var oe *OpenError
	switch {
	case errors.As(err, &oe):
		return oe
	case isCellErr(err):
		return problem(path, Corrupt, err, "%v", err)
	case strings.Contains(err.Error(), "unzip size exceeds"):
		return problem(path, TooLarge, err, "%v", err)
	}
	return problem(path, Corrupt, err, "excelize: %v", err)
}
