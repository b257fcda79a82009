package form

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/oserr"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Unit is one service unit to be assessed: one form sheet (or one block of
// respondent rows) in the workbook.
type Unit struct {
	Code     string // Kode Unit, the key; required
	Name     string // Nama Unit
	Type     string // Jenis Unit: a unit-type id of the rubric
	Region   string // Instansi
	Period   string // Tahun
	Assessor string // Penilai
	Date     string // Tanggal
	// Population is how many people used the unit's services in the
	// survey period (Populasi), for the SKM's sample; 0 when not given.
	Population int

	// Origin says where the unit was read from, for error messages. It is
	// zero for units made in code.
	Origin Origin
}

// Origin is the place in a unit list that a unit was read from.
type Origin struct {
	File  string
	Sheet string // "" for a CSV file
	Row   int    // the CSV line or the sheet row, from 1

	cols   [nFields]int // 1-based column of each field, 0 if absent
	popCol int          // the Populasi column, 0 if absent
}

// field is a column of a unit list.
type field int

const (
	fCode field = iota
	fName
	fType
	fRegion
	fPeriod
	fAssessor
	fDate
	nFields
)

// fieldLabels are the header names of the observation-workbook contract,
// in both languages; the first is the one the form writes. In a unit
// list, where every column is about the unit, the short "Nama" and
// "Jenis" (as "Kode") can only mean the unit's name and type.
var fieldLabels = [nFields][]string{
	fCode:     {"Kode Unit", "Kode", "Unit Code", "Unit ID", "ID Unit", "Code"},
	fName:     {"Nama Unit", "Nama", "Unit Name", "Name", "Nama Unit Pelayanan"},
	fType:     {"Jenis Unit", "Jenis", "Unit Type", "Type", "Tipe Unit", "Tipe"},
	fRegion:   {"Instansi", "Pemerintah Daerah", "Pemda", "Wilayah", "Region"},
	fPeriod:   {"Tahun", "Periode", "Year", "Period"},
	fAssessor: {"Penilai", "Assessor", "Petugas Penilai"},
	fDate:     {"Tanggal", "Tanggal Penilaian", "Date"},
}

// foldLabel makes a header comparable: lower case, without white space
// (non-breaking spaces included), colons and underscores.
func foldLabel(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) || r == ':' || r == '_' || r == 0xA0 || r == 0xFEFF || r == 0x200B {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

var labelField = func() map[string]field {
	m := map[string]field{}
	for f, ls := range fieldLabels {
		for _, l := range ls {
			m[foldLabel(l)] = field(f)
		}
	}
	return m
}()

// where places a problem at the unit's origin, on column col (1-based, 0
// for the row as a whole).
func (o Origin) where(p msg.Problem, col int) msg.Problem {
	p.File = o.File
	if o.Sheet != "" {
		p.Sheet = o.Sheet
		if col < 1 {
			col = 1
		}
		p.Cell, _ = excelize.CoordinatesToCellName(col, o.Row)
	} else {
		p.Line = o.Row
	}
	return p
}

// String renders the origin for a message argument: "file:line",
// "file › sheet › A5", or "" for a unit made in code.
func (o Origin) String() string {
	if o.File == "" && o.Row == 0 {
		return ""
	}
	return o.where(msg.Problem{}, o.cols[fCode]).Where()
}

// ReadUnits reads a unit list: a CSV file (comma, semicolon or tab
// separated; UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252 as
// older Excel versions save it) or an .xlsx workbook (its first visible
// sheet). The first row holding a unit-code header is the header row; the
// header names are the contract's, in either language, compared without
// regard to case, spaces and colons. A column with another header is
// refused, naming its cell and the accepted headers: a list whose
// "Nama Lengkap" went unread gave forms with empty names. Columns
// without a header, a column numbering the rows (No, No., Nomor, #), and
// empty rows are ignored.
//
// When r is not nil and declares unit types, each unit's type must be one
// of them (by id or label) and comes back as its id. The units are checked
// as Write checks them (codes present and unique, sheet names distinct), so
// a list ReadUnits accepts is one Write accepts. Problems come back as
// msg.Problems naming the file and the line, or the sheet and the cell.
func ReadUnits(path string, r *rubric.Rubric) ([]Unit, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		key := msg.FormUnitsCannotRead
		if errors.Is(err, fs.ErrNotExist) {
			key = msg.FormUnitsNoSuchFile
		}
		return nil, msg.Problems{{Key: key, Args: []any{oserr.Of(err)}, File: path}}
	}
	ext := strings.ToLower(filepath.Ext(path))
	var (
		rows  []row
		sheet string
		dates func(string) string
	)
	switch {
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return nil, msg.Problems{{Key: msg.FormUnitsLegacyXLS, File: path, Hint: msg.HintFormSaveAs}}
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		rows, sheet, dates, err = xlsxRows(path, data)
		if err != nil {
			return nil, err
		}
	case ext == ".xlsx" || ext == ".xlsm":
		return nil, msg.Problems{{Key: msg.FormUnitsNotXLSX, File: path, Hint: msg.HintFormSaveAs}}
	default:
		rows, err = csvRows(path, data)
		if err != nil {
			return nil, err
		}
	}
	units, probs := unitTable(path, sheet, rows, dates)
	if probs.HasErrors() {
		return nil, probs
	}
	units, err = checkUnits(units, r, r == nil || r.Kind != rubric.Survey)
	if err != nil {
		return nil, err
	}
	return units, nil
}

// row is one row of a unit list with its line or row number.
type row struct {
	n     int
	cells []string
}

// csvRows decodes a CSV file whatever its encoding and separator.
func csvRows(path string, data []byte) ([]row, error) {
	text := decodeText(data)
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = sniffComma(text)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = false
	var rows []row
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			p := msg.Problem{Key: msg.FormUnitsCannotRead, Args: []any{err.Error()}, File: path}
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				p.Args = []any{pe.Err.Error()}
				p.Line = pe.Line
			}
			return nil, msg.Problems{p}
		}
		line, _ := cr.FieldPos(0)
		rows = append(rows, row{n: line, cells: rec})
	}
	return rows, nil
}

// decodeText turns a CSV file's bytes into text: a UTF-8 BOM is dropped,
// UTF-16 with a BOM is decoded, and bytes that are not UTF-8 are read as
// Windows-1252 (what Excel's "CSV" saves on an Indonesian Windows).
func decodeText(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		be := b[0] == 0xFE
		b = b[2:]
		u := make([]uint16, 0, len(b)/2)
		for i := 0; i+1 < len(b); i += 2 {
			if be {
				u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
			} else {
				u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
			}
		}
		return string(utf16.Decode(u))
	}
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for _, c := range b {
		if c >= 0x80 && c < 0xA0 {
			sb.WriteRune(cp1252[c-0x80])
		} else {
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// cp1252 maps Windows-1252's 0x80–0x9F; the rest of the code page is
// Latin-1.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// sniffComma picks the separator among comma, semicolon and tab (Excel
// in an Indonesian locale saves ";"). A leading "sep=X" line, which Excel
// writes and reads, decides outright. Otherwise the header row decides:
// the first line that, split by one of them, holds a unit-code header,
// split by the one that gives the most fields. Failing that, the one a
// line holds most of, outside quotes.
func sniffComma(text string) rune {
	var lines []string
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if len(lines) == 0 && strings.HasPrefix(strings.ToLower(line), "sep=") && utf8.RuneCountInString(line) == 5 {
			r, _ := utf8.DecodeRuneInString(line[4:])
			return r
		}
		if lines = append(lines, line); len(lines) == headerScan {
			break
		}
	}
	commas := []rune{',', ';', '\t'}
	for _, line := range lines {
		best, most := rune(0), 0
		for _, c := range commas {
			fields := strings.Split(line, string(c))
			for _, fl := range fields {
				if f, ok := labelField[foldLabel(strings.Trim(fl, `"`))]; ok && f == fCode && len(fields) > most {
					best, most = c, len(fields)
				}
			}
		}
		if best != 0 {
			return best
		}
	}
	best, most := ',', 0
	for _, line := range lines {
		counts := map[rune]int{}
		quoted := false
		for _, r := range line {
			switch {
			case r == '"':
				quoted = !quoted
			case !quoted && (r == ',' || r == ';' || r == '\t'):
				counts[r]++
			}
		}
		for _, c := range commas {
			if counts[c] > most {
				best, most = c, counts[c]
			}
		}
	}
	return best
}

// xlsxRows reads the first visible sheet of an .xlsx unit list. Date cells
// in the date column come back as YYYY-MM-DD.
func xlsxRows(path string, data []byte) (rows []row, sheet string, dates func(string) string, err error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, "", nil, msg.Problems{{Key: msg.FormUnitsCannotRead, Args: []any{err.Error()}, File: path, Hint: msg.HintFormSaveAs}}
	}
	defer f.Close()
	for _, name := range f.GetSheetList() {
		if v, err := f.GetSheetVisible(name); err == nil && v {
			sheet = name
			break
		}
	}
	if sheet == "" {
		return nil, "", nil, msg.Problems{{Key: msg.FormUnitsNoSheet, File: path}}
	}
	grid, err := f.GetRows(sheet)
	if err != nil {
		return nil, "", nil, msg.Problems{{Key: msg.FormUnitsCannotRead, Args: []any{err.Error()}, File: path, Sheet: sheet}}
	}
	date1904 := false
	if wp, err := f.GetWorkbookProps(); err == nil && wp.Date1904 != nil {
		date1904 = *wp.Date1904
	}
	rows = make([]row, 0, len(grid))
	for i, cells := range grid {
		rows = append(rows, row{n: i + 1, cells: cells})
	}
	dates = func(s string) string { return serialDate(s, date1904) }
	return rows, sheet, dates, nil
}

// serialDate turns a spreadsheet date serial into YYYY-MM-DD; any other
// text is returned unchanged.
func serialDate(s string, date1904 bool) string {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || v < 1 || v > 2958465 || math.IsNaN(v) {
		return s
	}
	t, err := excelize.ExcelDateToTime(v, date1904)
	if err != nil {
		return s
	}
	return t.Format("2006-01-02")
}

// headerScan is how many rows above the header row a list may have (a
// title, notes).
const headerScan = 20

// unitTable finds the header row and reads one unit per non-empty row
// below it. dates, when set, rewrites the date column's values (serial
// numbers of date cells).
func unitTable(file, sheet string, rows []row, dates func(string) string) ([]Unit, msg.Problems) {
	loc := func(p msg.Problem, n, col int) msg.Problem {
		return Origin{File: file, Sheet: sheet, Row: n}.where(p, col)
	}
	var probs msg.Problems
	hi := -1
	first := -1
	seen := 0
	for i, r := range rows {
		if blank(r.cells) {
			continue
		}
		if first < 0 {
			first = i
		}
		if seen++; seen > headerScan {
			break
		}
		for _, c := range r.cells {
			if f, ok := labelField[foldLabel(c)]; ok && f == fCode {
				hi = i
				break
			}
		}
		if hi >= 0 {
			break
		}
	}
	if first < 0 {
		return nil, msg.Problems{{Key: msg.FormUnitsEmpty, File: file, Sheet: sheet}}
	}
	if hi < 0 {
		p := loc(msg.Problem{Key: msg.FormUnitsNoCodeColumn, Hint: msg.HintFormCodeLabels,
			HintArgs: []any{strings.Join(fieldLabels[fCode], ", ")}}, rows[first].n, 0)
		return nil, msg.Problems{p}
	}
	var cols [nFields]int
	popCol := 0
	hdr := rows[hi]
	for j, c := range hdr.cells {
		f, ok := labelField[foldLabel(c)]
		if !ok {
			switch {
			case populationLabel[foldLabel(c)] && popCol > 0:
				probs.Add(loc(msg.Problem{Key: msg.FormUnitsTwoColumns,
					Args: []any{strconv.Quote(score.Trim(hdr.cells[popCol-1])), strconv.Quote(score.Trim(c)), populationLabels[0]},
					Hint: msg.HintFormOneColumn}, hdr.n, j+1))
			case populationLabel[foldLabel(c)]:
				popCol = j + 1
			case score.Trim(c) != "" && !rowNumbers[foldLabel(c)]:
				probs.Add(loc(unknownHeader(c), hdr.n, j+1))
			}
			continue
		}
		if prev := cols[f]; prev > 0 {
			probs.Add(loc(msg.Problem{Key: msg.FormUnitsTwoColumns,
				Args: []any{strconv.Quote(score.Trim(hdr.cells[prev-1])), strconv.Quote(score.Trim(c)), fieldLabels[f][0]},
				Hint: msg.HintFormOneColumn}, hdr.n, j+1))
			continue
		}
		cols[f] = j + 1
	}
	if probs.HasErrors() {
		return nil, probs
	}
	var units []Unit
	for _, r := range rows[hi+1:] {
		if blank(r.cells) {
			continue
		}
		get := func(f field) string {
			if c := cols[f]; c > 0 && c <= len(r.cells) {
				return score.Trim(r.cells[c-1])
			}
			return ""
		}
		u := Unit{
			Code: get(fCode), Name: get(fName), Type: get(fType), Region: get(fRegion),
			Period: get(fPeriod), Assessor: get(fAssessor), Date: get(fDate),
			Origin: Origin{File: file, Sheet: sheet, Row: r.n, cols: cols, popCol: popCol},
		}
		if popCol > 0 && popCol <= len(r.cells) {
			if t := score.Trim(r.cells[popCol-1]); t != "" {
				n, ok := population(t)
				if !ok {
					probs.Add(loc(msg.Problem{Key: msg.FormUnitsBadPopulation, Args: []any{t}, Hint: msg.HintFormPopulation}, r.n, popCol))
				}
				u.Population = n
			}
		}
		if dates != nil {
			u.Date = dates(u.Date)
		}
		units = append(units, u)
	}
	if len(units) == 0 {
		probs.Add(loc(msg.Problem{Key: msg.FormUnitsEmpty}, hdr.n, 0))
	}
	return units, probs
}

// rowNumbers are the headers of a column that numbers the rows.
var rowNumbers = map[string]bool{"no": true, "no.": true, "nomor": true, "#": true, "nomorurut": true, "nourut": true}

// unknownHeader is the problem of a unit-list column whose header is not
// one of the contract's: the nearest accepted header, or all of them.
func unknownHeader(h string) msg.Problem {
	var all, firsts []string
	for _, ls := range fieldLabels {
		all = append(all, ls...)
		firsts = append(firsts, ls[0])
	}
	all = append(all, populationLabels...)
	firsts = append(firsts, populationLabels[0])
	p := msg.Problem{Key: msg.FormUnitsUnknownHeader, Args: []any{score.Trim(h)},
		Hint: msg.HintFormHeaders, HintArgs: []any{strings.Join(firsts, ", ")}}
	if near, ok := suggest.Nearest(h, all); ok {
		p.Hint, p.HintArgs = msg.HintFormHeaderNear, []any{near, strings.Join(firsts, ", ")}
	}
	return p
}

// populationLabels are the headers of a unit list's population column,
// which the SKM report reads; populationLabel holds them folded.
var populationLabels = []string{"Populasi", "Jumlah Populasi", "Population", "Jumlah Pengguna Layanan"}

var populationLabel = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range populationLabels {
		m[foldLabel(l)] = true
	}
	return m
}()

// population reads a population: a whole number above zero, with or
// without thousands separators ("1.200", "1,200").
func population(t string) (int, bool) {
	clean := strings.NewReplacer(".", "", ",", "", " ", "", "\u00a0", "").Replace(t)
	n, err := strconv.Atoi(clean)
	if err != nil || n <= 0 || n > 1e9 {
		return 0, false
	}
	if strings.ContainsAny(t, ".,") {
		// "1.200" and "1,200" are thousands, "12,5" is no population.
		for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == ',' })[1:] {
			if len(part) != 3 {
				return 0, false
			}
		}
	}
	return n, true
}

func blank(cells []string) bool {
	for _, c := range cells {
		if score.Trim(c) != "" {
			return false
		}
	}
	return true
}

// Sheet names the form uses for itself; a unit's sheet may not take them.
const (
	SheetInstructions = "Petunjuk"   // the instructions, first
	SheetRespondents  = "Responden"  // survey answers, one row per respondent
	SheetLists        = "Daftar"     // hidden: the drop-down lists
	SheetMeta         = "_kepatuhan" // hidden: rubric id, version, hash, tool
	blankSheet        = "Unit-1"     // the one form sheet when no units are given
)

// reservedSheets are the names no unit sheet may take ("History" is
// reserved by Excel itself).
var reservedSheets = []string{SheetInstructions, SheetRespondents, SheetLists, SheetMeta, "History"}

// SheetName turns a unit code into a valid Excel sheet name: the code
// trimmed, each of [ ] : * ? / \ and control characters replaced by "-",
// apostrophes at either end dropped, and cut to 31 UTF-16 units. Distinct
// codes may give the same name; Write refuses that.
func SheetName(code string) string {
	s := score.Trim(code)
	var b strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune(`[]:*?/\`, r), r < 0x20, r == 0x7F:
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	s = strings.Trim(b.String(), "'")
	n := 0
	for i, r := range s {
		w := 1
		if r > 0xFFFF {
			w = 2
		}
		if n+w > 31 {
			s = s[:i]
			break
		}
		n += w
	}
	s = strings.TrimRight(strings.TrimRight(s, " "), "'")
	if s == "" {
		s = "Unit"
	}
	return s
}

// checkUnits checks units as Write needs them and returns a copy with the
// codes trimmed and the unit types resolved to the rubric's ids. withSheets
// also checks that the sheet names the codes make are distinct.
func checkUnits(units []Unit, r *rubric.Rubric, withSheets bool) ([]Unit, error) {
	out := make([]Unit, len(units))
	copy(out, units)
	var probs msg.Problems
	at := func(u Unit, i int, f field, p msg.Problem) {
		if u.Origin.File == "" && u.Origin.Row == 0 {
			// A unit made in code: say which one.
			p.Sheet = "#" + strconv.Itoa(i+1)
			if u.Code != "" {
				p.Sheet = u.Code
			}
			probs.Add(p)
			return
		}
		probs.Add(u.Origin.where(p, u.Origin.cols[f]))
	}
	codes := map[string]int{}
	sheets := map[string]int{}
	for _, n := range reservedSheets {
		sheets[strings.ToLower(n)] = -1
	}
	var typeIDs []string
	if r != nil {
		for _, t := range r.UnitTypes {
			typeIDs = append(typeIDs, t.ID)
		}
	}
	for i := range out {
		u := &out[i]
		u.Code = score.Trim(u.Code)
		u.Type = score.Trim(u.Type)
		if u.Code == "" {
			at(*u, i, fCode, msg.Problem{Key: msg.FormUnitsEmptyCode, Hint: msg.HintFormFillCode})
			continue
		}
		key := rubric.CodeKey(u.Code)
		if j, dup := codes[key]; dup {
			first := out[j].Origin.String()
			if first == "" {
				first = out[j].Code
			}
			at(*u, i, fCode, msg.Problem{Key: msg.FormUnitsDuplicateCode, Args: []any{u.Code, first}, Hint: msg.HintFormUniqueCode})
			continue
		}
		codes[key] = i
		if r != nil && len(r.UnitTypes) > 0 && u.Type != "" {
			if t, ok := r.UnitType(u.Type); ok {
				u.Type = t.ID
			} else {
				p := msg.Problem{Key: msg.FormUnitsUnknownType, Args: []any{u.Type, r.Ref()}}
				if s, ok := suggest.Nearest(u.Type, typeIDs); ok {
					p.Hint, p.HintArgs = msg.HintDidYouMean, []any{s}
				} else {
					p.Hint, p.HintArgs = msg.HintValidValues, []any{strings.Join(typeIDs, ", ")}
				}
				at(*u, i, fType, p)
			}
		}
		if !withSheets {
			continue
		}
		name := SheetName(u.Code)
		switch j, clash := sheets[strings.ToLower(name)]; {
		case clash && j < 0:
			at(*u, i, fCode, msg.Problem{Key: msg.FormUnitsSheetReserved, Args: []any{u.Code, name},
				Hint: msg.HintFormReservedSheets, HintArgs: []any{strings.Join(reservedSheets, ", ")}})
		case clash:
			at(*u, i, fCode, msg.Problem{Key: msg.FormUnitsSheetClash, Args: []any{out[j].Code, u.Code, name}, Hint: msg.HintFormSheetName})
		default:
			sheets[strings.ToLower(name)] = i
		}
	}
	if probs.HasErrors() {
		return nil, probs
	}
	return out, nil
}
