package resultbook

import (
	"archive/zip"
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Read reads the results workbook at path back into the results model,
// from the hidden sheet alone: the visible sheets are not read, so edits
// to them change nothing. The stored JSON must match its SHA-256, and its
// embedded rubric its hash (results.ReadJSON). The workbook may have been
// saved again by Excel or LibreOffice (shared strings, other part names).
//
// Errors about the file's content are msg.Problems; a file that cannot be
// opened gives the operating system's error.
func Read(path string) (*results.Results, error) {
	p, err := openPackage(path)
	if err != nil {
		return nil, err
	}
	defer p.Close()
	sheet, err := p.hiddenSheet()
	if err != nil {
		return nil, err
	}
	if sheet == "" {
		return nil, p.problem(msg.BookNotResultBook, msg.HintBookScoreXLSX, HiddenSheet)
	}
	cells, err := p.readCells(sheet)
	if err != nil {
		return nil, err
	}
	payload, err := p.payload(cells)
	if err != nil {
		return nil, err
	}
	res, err := results.ReadJSON(payload, path+" › "+HiddenSheet)
	if err != nil {
		var ps msg.Problems
		if errors.As(err, &ps) {
			return nil, ps // worded and located, in the user's language
		}
		return nil, p.problem(msg.BookBadResults, msg.HintBookRegenerate, HiddenSheet, err.Error())
	}
	return res, nil
}

// IsResultBook reports whether path is a results workbook: an .xlsx
// package whose workbook has the hidden sheet. It reads only the
// workbook's part list and sheet list. A file that is not an .xlsx
// package (a CSV, an old .xls) gives false and no error; a file that
// cannot be opened gives the error.
func IsResultBook(path string) (bool, error) {
	p, err := openPackage(path)
	if err != nil {
		var ps msg.Problems
		if errors.As(err, &ps) {
			return false, nil
		}
		return false, err
	}
	defer p.Close()
	if !p.mayName(HiddenSheet) {
		return false, nil
	}
	sheet, err := p.hiddenSheet()
	if err != nil {
		return false, nil
	}
	return sheet != "", nil
}

// mayName reports whether the workbook part could name a sheet sheet: it
// holds the name as written, or a character reference that could spell
// it. When it cannot, there is no need to read the relationships and
// decode the workbook (every observation workbook of a batch is asked).
// Anything unexpected answers true, leaving the answer to hiddenSheet.
func (p *pkg) mayName(sheet string) bool {
	root, err := p.relationships("")
	if err != nil {
		return true
	}
	wb := ""
	for _, r := range sortedRels(root) {
		if strings.HasSuffix(r.typ, "/officeDocument") {
			wb = r.target
			break
		}
	}
	if wb == "" {
		return true
	}
	rc, _, err := p.openMax(wb, maxStructure)
	if err != nil {
		return true
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return true
	}
	return bytes.Contains(b, []byte(sheet)) || bytes.IndexByte(b, '&') >= 0
}

// pkg is an open .xlsx (OPC) package.
type pkg struct {
	path  string
	zc    io.Closer
	files map[string]*zip.File // by lower-case name: part names are case-insensitive
	rels  map[string]rel       // the workbook's relationships, by id
	wb    string               // the workbook part
}

type rel struct{ typ, target string }

func openPackage(path string) (*pkg, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, &fs.PathError{Op: "open", Path: path, Err: errors.New("is a directory")}
	}
	if st.Size() <= smallFile {
		// Read whole, once: the directory and each part would otherwise
		// cost a read each (every workbook of a batch is asked whether it
		// is a results workbook).
		if data, err := os.ReadFile(path); err == nil && int64(len(data)) == st.Size() {
			zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				return nil, msg.Problems{{Key: msg.BookNotXLSX, Args: []any{err.Error()}, File: path}}
			}
			return newPackage(path, zr, nil)
		}
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, err
		}
		return nil, msg.Problems{{Key: msg.BookNotXLSX, Args: []any{err.Error()}, File: path}}
	}
	p, err := newPackage(path, &zr.Reader, zr)
	if err != nil {
		zr.Close()
	}
	return p, err
}

// smallFile: packages of at most this many bytes are read into memory.
const smallFile = 1 << 20

// newPackage indexes the parts of zr. Two parts whose names differ only
// in case are refused: the package format forbids them, and readers
// differ on which one they read.
func newPackage(path string, zr *zip.Reader, c io.Closer) (*pkg, error) {
	p := &pkg{path: path, zc: c, files: map[string]*zip.File{}}
	for _, f := range zr.File {
		key := strings.ToLower(f.Name)
		if prev := p.files[key]; prev != nil {
			return nil, msg.Problems{{Key: msg.FileDamagedPartNames, Args: []any{prev.Name, f.Name}, File: path, Hint: msg.HintFileCorrupt}}
		}
		p.files[key] = f
	}
	return p, nil
}

func (p *pkg) Close() error {
	if p.zc == nil {
		return nil
	}
	return p.zc.Close()
}

// sheetPart returns the part name of sheet in the workbook package data.
func sheetPart(data []byte, sheet string) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", err
	}
	p, err := newPackage("", zr, nil)
	if err != nil {
		return "", err
	}
	part, err := p.sheetPart(sheet)
	if err == nil && part == "" {
		err = fmt.Errorf("resultbook: no sheet %s", sheet)
	}
	return part, err
}

func (p *pkg) problem(key, hint msg.Key, args ...any) error {
	return msg.Problems{{Key: key, Args: args, Hint: hint, File: p.path}}
}

// damagedPart is the problem of a part that is missing, too large, or
// cannot be read (key, with the part and further args).
func (p *pkg) damagedPart(key msg.Key, args ...any) error {
	hint := msg.HintFileCorrupt
	if key == msg.FileTooLargePart {
		hint = msg.HintFileTooLarge
	}
	return msg.Problems{{Key: key, Args: args, File: p.path, Hint: hint}}
}

// Sizes a part may inflate to. The parts that describe the package
// (relationships, the workbook's list of sheets) take kilobytes in real
// files; any part, the hidden sheet of a very large run included, far
// less than maxPart. A part declared larger is refused before it is
// inflated, and one that inflates past its declared size is refused by
// archive/zip: a zip bomb costs neither time nor memory (IsResultBook
// runs on every workbook given to score, before its cells are read).
const (
	maxStructure = 16 << 20
	maxPart      = 1 << 30
)

// open opens a part; name is absolute within the package, without the
// leading slash.
func (p *pkg) open(name string) (io.ReadCloser, *zip.File, error) {
	return p.openMax(name, maxPart)
}

// openMax opens a part that may inflate to at most max bytes.
func (p *pkg) openMax(name string, max uint64) (io.ReadCloser, *zip.File, error) {
	f := p.files[strings.ToLower(name)]
	if f == nil {
		return nil, nil, p.damagedPart(msg.FileDamagedPartMissing, name)
	}
	if f.UncompressedSize64 > max {
		return nil, nil, p.damagedPart(msg.FileTooLargePart, f.Name, max)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, p.damagedPart(msg.FileDamagedPartData, f.Name)
	}
	return rc, f, nil
}

// relationships reads the relationships of part (its _rels/NAME.rels),
// targets resolved to part names.
func (p *pkg) relationships(part string) (map[string]rel, error) {
	dir, base := path.Split(part)
	rc, _, err := p.openMax(dir+"_rels/"+base+".rels", maxStructure)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var doc struct {
		Rels []struct {
			ID         string `xml:"Id,attr"`
			Type       string `xml:"Type,attr"`
			Target     string `xml:"Target,attr"`
			TargetMode string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.NewDecoder(rc).Decode(&doc); err != nil {
		return nil, p.damagedPart(msg.FileDamagedXML, dir+"_rels/"+base+".rels")
	}
	out := map[string]rel{}
	for _, r := range doc.Rels {
		t := r.Target
		if r.TargetMode != "External" {
			if strings.HasPrefix(t, "/") {
				t = path.Clean(t)[1:]
			} else {
				t = path.Join(dir, t)
			}
		}
		out[r.ID] = rel{typ: r.Type, target: t}
	}
	return out, nil
}

// hiddenSheet finds the results sheet and returns its part name, or ""
// when the workbook has no sheet of that name.
func (p *pkg) hiddenSheet() (string, error) { return p.sheetPart(HiddenSheet) }

// sheetPart returns the part name of the sheet called name, or "" when
// the workbook has no such sheet.
func (p *pkg) sheetPart(sheet string) (string, error) {
	root, err := p.relationships("")
	if err != nil {
		return "", err
	}
	for _, r := range sortedRels(root) {
		if strings.HasSuffix(r.typ, "/officeDocument") {
			p.wb = r.target
			break
		}
	}
	if p.wb == "" {
		return "", p.damagedPart(msg.FileDamagedPartMissing, "xl/workbook.xml")
	}
	if p.rels, err = p.relationships(p.wb); err != nil {
		return "", err
	}
	rc, _, err := p.openMax(p.wb, maxStructure)
	if err != nil {
		return "", err
	}
	defer rc.Close()
	dec := xml.NewDecoder(bufio.NewReader(rc))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return "", nil
		}
		if err != nil {
			return "", p.damagedPart(msg.FileDamagedXML, p.wb)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "sheet" {
			continue
		}
		var name, id string
		for _, a := range se.Attr {
			switch {
			case a.Name.Local == "name" && a.Name.Space == "":
				name = a.Value
			case a.Name.Local == "id" && a.Name.Space != "":
				id = a.Value
			}
		}
		if name != sheet {
			continue
		}
		r, ok := p.rels[id]
		if !ok {
			return "", p.damagedPart(msg.FileDamagedSheetNoPart, name)
		}
		return r.target, nil
	}
}

// sortedRels returns the relationships in id order, so that a package
// with two office documents resolves the same way every time.
func sortedRels(m map[string]rel) []rel {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]rel, len(ids))
	for i, id := range ids {
		out[i] = m[id]
	}
	return out
}

// hcell is one cell of columns A–B of the hidden sheet.
type hcell struct {
	text   string
	shared int  // shared-string index, when isSST
	isSST  bool // the text is in the shared strings
	set    bool
}

// hrows holds columns A and B of the hidden sheet, by row.
type hrows map[int]*[2]hcell

// readCells reads columns A and B of the sheet part: quickly when the
// part is as hiddenXML wrote it, else with a general XML reader, whatever
// way the writer stored its strings (inline, shared, or formula results).
func (p *pkg) readCells(part string) (hrows, error) {
	rc, _, err := p.open(part)
	if err != nil {
		return nil, err
	}
	rows, err := readCellsFast(rc)
	rc.Close()
	if err == nil {
		return rows, nil
	}
	if err != errNotFast {
		return nil, p.damaged("")
	}
	rc, _, err = p.open(part)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return p.readCellsXML(rc)
}

// readCellsXML reads columns A and B of a worksheet with encoding/xml.
func (p *pkg) readCellsXML(rc io.Reader) (hrows, error) {
	rows := hrows{}
	dec := xml.NewDecoder(bufio.NewReaderSize(rc, 1<<16))
	var (
		row, col  int  // current row, column
		inCell    bool // within <c> of column A or B
		typ       string
		inV, inT  bool
		phonetic  int // depth within <rPh>
		text      strings.Builder
		anyShared bool
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, p.damaged("")
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				row++
				if v := attr(t, "r"); v != "" {
					n, err := strconv.Atoi(v)
					if err != nil || n <= 0 {
						return nil, p.damaged("")
					}
					row = n
				}
				col = 0
			case "c":
				col++
				typ = attr(t, "t")
				if ref := attr(t, "r"); ref != "" {
					r, c, ok := results.ParseCell(ref)
					if !ok || c == 0 {
						return nil, p.damaged(ref)
					}
					col = c
					if r > 0 {
						row = r
					}
				}
				inCell = col <= 2
				text.Reset()
			case "v":
				inV = inCell
			case "t":
				inT = inCell && phonetic == 0
			case "rPh":
				phonetic++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v":
				inV = false
			case "t":
				inT = false
			case "rPh":
				phonetic--
			case "c":
				if !inCell {
					continue
				}
				inCell = false
				r := rows[row]
				if r == nil {
					r = &[2]hcell{}
					rows[row] = r
				}
				c := hcell{text: text.String(), set: true}
				if typ == "s" {
					n, err := strconv.Atoi(strings.TrimSpace(c.text))
					if err != nil || n < 0 {
						return nil, p.damaged(cellName(col, row))
					}
					c.text, c.shared, c.isSST = "", n, true
					anyShared = true
				}
				r[col-1] = c
			}
		case xml.CharData:
			if inV || inT {
				text.Write(t)
			}
		}
	}
	if anyShared {
		if err := p.resolveShared(rows); err != nil {
			return nil, err
		}
	}
	for _, r := range rows {
		for i := range r {
			r[i].text = unescapeXstring(r[i].text)
		}
	}
	return rows, nil
}

// resolveShared fills in the shared strings the cells point to.
func (p *pkg) resolveShared(rows hrows) error {
	want := map[int][]*hcell{}
	for _, r := range rows {
		for i := range r {
			if r[i].isSST {
				want[r[i].shared] = append(want[r[i].shared], &r[i])
			}
		}
	}
	var part string
	for _, r := range sortedRels(p.rels) {
		if strings.HasSuffix(r.typ, "/sharedStrings") {
			part = r.target
			break
		}
	}
	if part == "" {
		return p.damaged("")
	}
	rc, _, err := p.open(part)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(bufio.NewReaderSize(rc, 1<<16))
	var (
		index     = -1
		inT       bool
		phonetic  int
		text      strings.Builder
		remaining = len(want)
	)
	for remaining > 0 {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return p.damaged("")
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				index++
				text.Reset()
			case "t":
				inT = phonetic == 0
			case "rPh":
				phonetic++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inT = false
			case "rPh":
				phonetic--
			case "si":
				if cells, ok := want[index]; ok {
					for _, c := range cells {
						c.text, c.isSST = text.String(), false
					}
					remaining--
				}
			}
		case xml.CharData:
			if inT {
				if _, ok := want[index]; ok {
					text.Write(t)
				}
			}
		}
	}
	if remaining > 0 {
		return p.damaged("")
	}
	return nil
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// damaged reports the hidden sheet as damaged at cell ref ("" when the
// sheet as a whole cannot be read).
func (p *pkg) damaged(ref string) error {
	where := ref
	if where == "" {
		where = "—"
	}
	return msg.Problems{{Key: msg.BookDamaged, Args: []any{HiddenSheet, where}, Hint: msg.HintBookRegenerate,
		File: p.path, Sheet: HiddenSheet, Cell: ref}}
}

// payload checks the hidden sheet's header and the chunks' length and
// SHA-256, and returns the chunks as one reader (without joining them).
func (p *pkg) payload(rows hrows) (io.Reader, error) {
	get := func(row, col int) (string, bool) {
		r := rows[row]
		if r == nil || !r[col-1].set {
			return "", false
		}
		return r[col-1].text, true
	}
	format, _ := get(1, 1)
	if format != Format {
		if format == "" {
			return nil, p.damaged("A1")
		}
		return nil, msg.Problems{{Key: msg.BookUnknownFormat, Args: []any{HiddenSheet, format, Format},
			File: p.path, Sheet: HiddenSheet, Cell: "A1"}}
	}
	field := func(row int, key string) (string, error) {
		if k, _ := get(row, 1); k != key {
			return "", p.damaged(cellName(1, row))
		}
		v, ok := get(row, 2)
		if !ok {
			return "", p.damaged(cellName(2, row))
		}
		return strings.TrimSpace(v), nil
	}
	number := func(row int, key string) (int, error) {
		v, err := field(row, key)
		if err != nil {
			return 0, err
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f < 0 || f != float64(int(f)) {
			return 0, p.damaged(cellName(2, row))
		}
		return int(f), nil
	}
	want, err := field(2, keySHA256)
	if err != nil {
		return nil, err
	}
	if _, err := hex.DecodeString(want); err != nil || len(want) != 64 {
		return nil, p.damaged("B2")
	}
	size, err := number(3, keyBytes)
	if err != nil {
		return nil, err
	}
	n, err := number(4, keyChunks)
	if err != nil {
		return nil, err
	}
	if n > len(rows) {
		return nil, p.damaged(cellName(2, 4))
	}
	h := sha256.New()
	parts := make([]io.Reader, n)
	total := 0
	for i := 0; i < n; i++ {
		s, ok := get(firstChunk+i, 1)
		if !ok || s == "" {
			return nil, p.damaged(cellName(1, firstChunk+i))
		}
		io.WriteString(h, s)
		total += len(s)
		parts[i] = strings.NewReader(s)
	}
	if total != size || !strings.EqualFold(hex.EncodeToString(h.Sum(nil)), want) {
		return nil, msg.Problems{{Key: msg.BookChecksum, Args: []any{HiddenSheet, rubric.ShortHash(want)}, Hint: msg.HintBookRegenerate,
			File: p.path, Sheet: HiddenSheet}}
	}
	return io.MultiReader(parts...), nil
}

// unescapeXstring decodes the _xHHHH_ escapes of OOXML strings
// (ST_Xstring): "_x000D_" is a carriage return, "_x005F_" an underscore.
func unescapeXstring(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] == '_' && i+7 <= len(s) && s[i+1] == 'x' && s[i+6] == '_' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(v))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
