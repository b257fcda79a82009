// Package sheet reads filled observation workbooks — whatever tool made
// them — against a rubric, following the observation-workbook contract:
// each visible sheet is a form (one unit per sheet), long (one row per
// answer) or wide (one row per unit, or per respondent for survey items)
// layout, recognised by its header names in Indonesian or English.
//
// It returns unscored units ("fragments", one per unit per sheet) and
// every problem found in the file, each naming file › sheet › cell, the
// value found, what was expected, and a hint. Merging fragments across
// sheets and files, and scoring, is package ingest's job.
package sheet

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/oserr"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Options tune reading.
type Options struct {
	// Engine selects the cell reader: "" or "auto" (fast, falling back to
	// excelize), "fast", or "excelize".
	Engine string
}

// Layout of a sheet.
type Layout string

// Layouts.
const (
	Form Layout = "form"
	Long Layout = "long"
	Wide Layout = "wide"
)

// File is what one workbook held.
type File struct {
	Input     results.Input
	Fragments []*Fragment
	Sheets    []SheetInfo

	// The rubric the workbook names in a header block, if any.
	Rubric        string
	RubricVersion string
	RubricAt      results.Place

	Problems msg.Problems
}

// SheetInfo says how a sheet was read.
type SheetInfo struct {
	Name   string
	Hidden bool
	Layout Layout // "" when skipped
}

// Fragment is one unit as found in one sheet.
type Fragment struct {
	Unit  results.Unit // unscored: answers have Status Answered, NA or Missing
	Where results.Place
	// Survey: the fragment holds survey responses (respondent rows), not
	// observations.
	Survey bool
}

// Read reads the workbook at path against r. It never returns a nil File;
// problems (errors and notices) are in File.Problems.
func Read(path string, r *rubric.Rubric, o Options) *File {
	f := &File{Input: results.Input{Path: path, Name: filepath.Base(path)}}
	book, err := workbook.Open(path, workbook.Options{Engine: o.Engine})
	if err != nil {
		f.Problems.Add(openProblem(path, err))
		return f
	}
	defer book.Close()
	hashed := startHash(path)
	readSheets(f, book, r, path)
	if err := hashed(&f.Input); err != nil {
		// As when the file is hashed first: nothing read from it counts.
		f = &File{Input: results.Input{Path: path, Name: filepath.Base(path)}}
		f.Problems.Add(openProblem(path, err))
	}
	return f
}

// readSheets reads every visible sheet of book into f.
func readSheets(f *File, book workbook.Book, r *rubric.Rubric, path string) {
	found := false
	for _, s := range book.Sheets() {
		info := SheetInfo{Name: s.Name, Hidden: !s.Visible}
		if s.Visible {
			before, probs := len(f.Fragments), len(f.Problems)
			sr := newSheetReader(f, r, book, s.Name)
			err := book.Rows(s.Name, sr.row)
			if err != nil {
				f.Problems.Add(openProblem(path, err))
				f.Sheets = append(f.Sheets, info)
				return
			}
			sr.finish()
			info.Layout = sr.layout
			if len(f.Fragments) > before {
				found = true
			} else if (sr.layout == Long || sr.layout == Wide) && !f.Problems[probs:].HasErrors() {
				// A header row and not one unit under it (an export with
				// its rows filtered away, a template never filled).
				p := sr.problem(msg.Notice, sr.headerRow, sr.unitCol, msg.SheetNoDataRows, s.Name)
				p.Hint = msg.HintNoDataRows
			}
		}
		f.Sheets = append(f.Sheets, info)
	}
	if !found && !f.Problems.HasErrors() {
		f.Problems.Add(msg.Problem{Key: msg.SheetNoObservations, File: path, Hint: msg.HintLayouts})
	}
}

// asyncHashMin: files at least this large are hashed on another goroutine
// while their sheets are read.
const asyncHashMin = 1 << 20

// startHash starts hashing the file at path and returns the function that
// waits for the result and records it in in.
func startHash(path string) (wait func(in *results.Input) error) {
	if st, err := os.Stat(path); err != nil || st.Size() < asyncHashMin {
		sum, n, err := hashFile(path)
		return func(in *results.Input) error { return setHash(in, sum, n, err) }
	}
	type result struct {
		sum string
		n   int64
		err error
	}
	ch := make(chan result, 1)
	go func() {
		sum, n, err := hashFile(path)
		ch <- result{sum, n, err}
	}()
	return func(in *results.Input) error {
		r := <-ch
		return setHash(in, r.sum, r.n, r.err)
	}
}

func setHash(in *results.Input, sum string, n int64, err error) error {
	if err != nil {
		return err
	}
	in.SHA256, in.Size = sum, n
	return nil
}

// hashFile returns the SHA-256 of the file at path, in hex, and its size.
func hashFile(path string) (string, int64, error) {
	fh, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer fh.Close()
	h := sha256.New()
	n, err := io.Copy(h, fh)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// openProblem turns a failure to open or read a workbook into a message
// that says what to do.
func openProblem(path string, err error) msg.Problem {
	p := msg.Problem{File: path, Key: msg.FileCorrupt, Args: []any{err.Error()}, Hint: msg.HintFileCorrupt}
	var oe *workbook.OpenError
	if !errors.As(err, &oe) {
		switch {
		case errors.Is(err, os.ErrNotExist):
			p.Key, p.Args, p.Hint = msg.FileNotFound, nil, ""
		case errors.Is(err, os.ErrPermission):
			p.Key, p.Args, p.Hint = msg.FileUnreadable, []any{err.Error()}, msg.HintFileUnreadable
		}
		return p
	}
	detail := oe.Detail
	switch oe.Problem {
	case workbook.NotFound:
		p.Key, p.Args, p.Hint = msg.FileNotFound, nil, ""
	case workbook.Unreadable:
		p.Key, p.Args, p.Hint = msg.FileUnreadable, []any{detail}, msg.HintFileUnreadable
		if oe.Err != nil {
			r := oserr.Of(oe.Err)
			p.Args, p.Hint = []any{r}, r.ReadHint()
		}
	case workbook.IsDir:
		p.Key, p.Args, p.Hint = msg.FileIsDir, nil, ""
	case workbook.EmptyFile:
		p.Key, p.Args, p.Hint = msg.FileEmpty, nil, msg.HintFileEmpty
	case workbook.LegacyXLS:
		p.Key, p.Args, p.Hint = msg.FileLegacyXLS, nil, msg.HintSaveAsXLSX
	case workbook.Encrypted:
		p.Key, p.Args, p.Hint = msg.FileEncrypted, nil, msg.HintFileEncrypted
	case workbook.CSV:
		p.Key, p.Args, p.Hint = msg.FileCSV, nil, msg.HintSaveAsXLSX
	case workbook.HTML:
		p.Key, p.Args, p.Hint = msg.FileHTML, nil, msg.HintSaveAsXLSX
	case workbook.OpenDocument:
		p.Key, p.Args, p.Hint = msg.FileODS, nil, msg.HintSaveAsXLSX
	case workbook.NotWorkbook:
		p.Key, p.Args, p.Hint = notWorkbookKey(oe.Found)
	case workbook.TooLarge:
		p.Key, p.Args, p.Hint = msg.FileTooLarge, []any{detail}, msg.HintFileTooLarge
	default:
		p.Args = []any{detail}
	}
	return p
}

// notWorkbookKey words what a file is instead of a workbook, and what to
// do about it.
func notWorkbookKey(found workbook.Found) (msg.Key, []any, msg.Key) {
	switch found {
	case workbook.FoundUnknown:
		return msg.FileNotZip, nil, msg.HintAskOriginal
	case workbook.FoundText:
		return msg.FileText, nil, msg.HintSaveAsXLSX
	case workbook.FoundXML:
		return msg.FileXML, nil, msg.HintSaveAsXLSX
	case workbook.FoundExcelXML:
		return msg.FileExcelXML, nil, msg.HintSaveAsXLSX
	case workbook.FoundPDF:
		return msg.FilePDF, nil, msg.HintAskOriginal
	case workbook.FoundImage:
		return msg.FileImage, nil, msg.HintAskOriginal
	case workbook.FoundArchive:
		return msg.FileArchive, nil, msg.HintExtract
	case workbook.FoundWord:
		return msg.FileWord, nil, msg.HintAskOriginal
	case workbook.FoundPowerPoint:
		return msg.FilePowerPoint, nil, msg.HintAskOriginal
	case workbook.FoundXLSB:
		return msg.FileXLSB, nil, msg.HintSaveAsXLSX
	}
	return msg.FileNotWorkbook, nil, msg.HintSaveAsXLSX
}

// blockValue is one header-block entry.
type blockValue struct {
	text string
	cell workbook.Cell
	at   results.Place
}

type sheetReader struct {
	f     *File
	r     *rubric.Rubric
	date  bool // 1904 dates
	name  string
	sheet *results.Sheet

	layout    Layout
	headerRow int
	// columns holding any text in the table header row: a value under
	// none of them, beside an empty answer, is not dropped silently
	headed map[int]bool
	block  map[field]blockValue
	near   *msg.Problem // a near-miss header seen before any layout

	// column of each field in the table header (0 = absent)
	col [nFields]int
	// the result slices of the units started in this sheet
	units unitSlab
	// metadata of each fragment started in this sheet (index - metaBase),
	// made when a field is first met
	meta     []*fragMeta
	metaBase int
	// wide: indicator per column, and whether the sheet holds respondents
	codeCol  map[int]*rubric.Indicator
	codeCols []int // the keys of codeCol, in column order
	survey   bool
	unitCol  int
	indCol   int
	frags    map[string]int // unit key → index in f.Fragments (long, wide)
	lastKey  string         // long: the raw unit text of the previous row
	lastFrag int
	form     int // form: index of the sheet's fragment, -1 before the table
	seenAt   map[int]results.Place
	// long/wide survey: (unit, respondent, indicator) answered
	respSeen map[respKey]results.Place
	// answer parsing cache: the same texts repeat thousands of times
	parsed map[parseKey]parseResult
	// wide observation rows: the row each unit came from
	rowOf map[string]int
}

// fragMeta records, for one fragment, where each metadata field was set
// (for conflict messages) and the cell text it was last confirmed from.
type fragMeta struct {
	at  [fDate - fName + 1]results.Place // by field - fName
	raw [fDate - fName + 1]string
}

type respKey struct {
	unit, respondent string
	ind              int
}

type parseKey struct {
	ind  *rubric.Indicator
	text string
}

type parseResult struct {
	p    score.Parsed
	prob *msg.Problem
}

func newSheetReader(f *File, r *rubric.Rubric, book workbook.Book, name string) *sheetReader {
	return &sheetReader{
		f: f, r: r, date: book.Date1904(), name: name,
		sheet: &results.Sheet{File: f.Input.Path, Sheet: name},
		block: map[field]blockValue{}, form: -1, lastFrag: -1,
		parsed: map[parseKey]parseResult{},
	}
}

func (s *sheetReader) place(row, col int) results.Place {
	return results.Place{Sheet: s.sheet, Row: int32(row), Col: int32(col)}
}

func (s *sheetReader) problem(sev msg.Severity, row, col int, key msg.Key, args ...any) *msg.Problem {
	p := msg.Problem{Severity: sev, Key: key, Args: args, File: s.f.Input.Path, Sheet: s.name}
	if row > 0 {
		p.Cell = s.place(row, col).Cell()
	}
	s.f.Problems = append(s.f.Problems, p)
	return &s.f.Problems[len(s.f.Problems)-1]
}

func (s *sheetReader) row(row int, cells []workbook.Cell) error {
	if s.layout == "" {
		s.classify(row, cells)
		if s.layout != "" {
			s.headed = make(map[int]bool, len(cells))
			for _, c := range cells {
				s.headed[c.Col] = true
			}
		}
		return nil
	}
	switch s.layout {
	case Form:
		s.formRow(row, cells)
	case Long:
		s.longRow(row, cells)
	case Wide:
		s.wideRow(row, cells)
	}
	return nil
}

func cellAt(cells []workbook.Cell, col int) (workbook.Cell, bool) {
	if col <= 0 {
		return workbook.Cell{}, false
	}
	// Cells are in column order; most rows are short.
	for _, c := range cells {
		if c.Col == col {
			return c, true
		}
		if c.Col > col {
			break
		}
	}
	return workbook.Cell{}, false
}

// classify looks at a row before the sheet's layout is known: a table
// header, a header-block entry, or neither.
func (s *sheetReader) classify(row int, cells []workbook.Cell) {
	col := map[field]int{}
	codeCols := map[int]*rubric.Indicator{}
	var unknownCodes []workbook.Cell
	var near []workbook.Cell
	for _, c := range cells {
		if c.Kind != workbook.String {
			continue
		}
		t := text(c)
		if fl := lookupLabel(t); fl != fNone {
			if _, dup := col[fl]; !dup {
				col[fl] = c.Col
			}
			continue
		}
		if ind, ok := s.r.Indicator(t); ok {
			codeCols[c.Col] = ind
			continue
		}
		if looksLikeCode(t) {
			unknownCodes = append(unknownCodes, c)
		} else if _, ok := nearLabel(t); ok {
			near = append(near, c)
		}
	}
	unit, hasUnit := col[fUnit]
	code, hasCode := col[fCode]
	ind, hasInd := col[fIndicator]
	_, hasAns := col[fAnswer]
	switch {
	case (hasUnit || hasCode) && len(codeCols) > 0 && !hasAns:
		if !hasUnit {
			unit = code
		}
		s.startWide(row, col, unit, codeCols, unknownCodes)
		return
	case hasUnit && (hasInd || hasCode) && hasAns:
		if !hasInd {
			ind = code
		}
		s.start(Long, row, col)
		s.unitCol, s.indCol = unit, ind
		s.frags = map[string]int{}
		s.respSeen = map[respKey]results.Place{}
		return
	case !hasUnit && (hasInd || hasCode) && hasAns:
		if !hasInd {
			ind = code
		}
		s.startForm(row, col, ind)
		return
	}
	// A row of several labels with a mistyped one is a broken table
	// header, not a header-block entry ("Label | value" is one): remember
	// the first such row.
	blockEntry := len(cells) == 2 && len(col) == 1 && lookupLabel(text(cells[0])) != fNone
	if !blockEntry && len(near) > 0 && len(near)+len(col)+len(codeCols) >= 2 {
		if s.near == nil {
			c := near[0]
			label, _ := nearLabel(text(c))
			p := msg.Problem{Key: msg.SheetHeaderNearMiss, Args: []any{text(c)}, File: s.f.Input.Path,
				Sheet: s.name, Cell: s.place(row, c.Col).Cell(), Hint: msg.HintDidYouMean, HintArgs: []any{label}}
			s.near = &p
		}
		return
	}
	// A header-block entry: a known label first, its value to the right.
	if len(cells) > 0 && cells[0].Kind == workbook.String {
		label, value := text(cells[0]), ""
		var vcell workbook.Cell
		fl := lookupLabel(label)
		if fl == fNone {
			// "Kode Unit: DINKES" in one cell.
			if i := strings.IndexByte(label, ':'); i > 0 {
				if f2 := lookupLabel(label[:i]); f2 != fNone && len(cells) == 1 {
					fl, value, vcell = f2, score.Trim(label[i+1:]), cells[0]
				}
			}
		} else if len(cells) > 1 {
			value, vcell = text(cells[1]), cells[1]
		}
		if fl != fNone && fl != fAnswer && fl != fIndicator && fl != fNote && fl != fEvidence {
			if fl == fCode {
				fl = fUnit
			}
			if _, seen := s.block[fl]; !seen && (value != "" || vcell.Kind == workbook.NoCache) {
				s.block[fl] = blockValue{text: value, cell: vcell, at: s.place(row, vcell.Col)}
			}
			return
		}
	}
}

func (s *sheetReader) start(l Layout, row int, col map[field]int) {
	s.layout, s.headerRow = l, row
	for f, c := range col {
		s.col[f] = c
	}
	s.metaBase = len(s.f.Fragments)
	s.noteRubric()
}

// noteRubric records the rubric the sheet's header block names.
func (s *sheetReader) noteRubric() {
	b, ok := s.block[fRubric]
	if !ok || b.text == "" || s.f.Rubric != "" {
		return
	}
	s.f.Rubric, s.f.RubricAt = b.text, b.at
	if v, ok := s.block[fRubricVersion]; ok {
		s.f.RubricVersion = v.text
	}
}

func (s *sheetReader) finish() {
	switch {
	case s.layout == "" && s.near != nil:
		s.f.Problems = append(s.f.Problems, *s.near)
	case s.layout == "":
		s.f.Problems = append(s.f.Problems, msg.Problem{Severity: msg.Notice, Key: msg.SheetSkipped,
			Args: []any{s.name}, File: s.f.Input.Path, Sheet: s.name})
	case s.layout == Form && s.form >= 0:
		// Indicators with no row at all: missing, placed at the sheet.
		fr := s.f.Fragments[s.form]
		for i := range fr.Unit.Indicators {
			ir := &fr.Unit.Indicators[i]
			if ir.Status == results.Missing && ir.Source.Sheet == nil && s.r.Indicators()[i].Type != rubric.Surv {
				ir.Source = results.Place{Sheet: s.sheet}
			}
		}
	}
}

// newFragment starts a unit in this sheet with the header block's values
// as defaults.
func (s *sheetReader) newFragment(code string, survey bool) int {
	u := s.units.next(s.r, rubric.CodeKey(code))
	fr := &Fragment{Unit: u, Where: s.place(0, 0), Survey: survey}
	fr.Unit.Sources = []results.Place{{Sheet: s.sheet}}
	s.f.Fragments = append(s.f.Fragments, fr)
	s.meta = append(s.meta, nil)
	fi := len(s.f.Fragments) - 1
	for _, fl := range metaFields {
		if b, ok := s.block[fl]; ok {
			s.setMeta(fi, fl, b.cell, b.text, b.at)
		}
	}
	return fi
}

// metaFields are the unit's metadata fields, in the order they are read.
var metaFields = [...]field{fName, fType, fRegion, fPeriod, fAssessor, fDate}

// metaOf returns the metadata record of fragment fi of this sheet.
func (s *sheetReader) metaOf(fi int) *fragMeta {
	m := &s.meta[fi-s.metaBase]
	if *m == nil {
		*m = &fragMeta{}
	}
	return *m
}

// setMeta sets a unit's metadata field, reporting a conflicting value.
// The same text as the last one accepted for the field (every row of a
// long sheet repeats the unit's name) changes nothing and is skipped.
func (s *sheetReader) setMeta(fi int, fl field, c workbook.Cell, t string, at results.Place) {
	if fl < fName || fl > fDate || t == "" {
		return
	}
	fr, m := s.f.Fragments[fi], s.metaOf(fi)
	if t == m.raw[fl-fName] {
		return
	}
	raw := t
	var dst *string
	u := &fr.Unit
	switch fl {
	case fName:
		dst = &u.Name
	case fType:
		dst = &u.Type
		var known bool
		if t, known = s.unitType(t, at); !known {
			raw = "" // reported each time it is met
		}
	case fRegion:
		dst = &u.Region
	case fPeriod:
		dst = &u.Period
		t = period(c)
	case fAssessor:
		dst = &u.Assessor
	case fDate:
		dst = &u.Date
		if d, ok := parseDate(t, s.date); ok {
			t = d
		} else if m.at[fl-fName].Sheet == nil {
			p := s.problem(msg.Notice, int(at.Row), int(at.Col), msg.SheetBadDate, quote(t))
			p.Hint = msg.HintDateFormats
		}
	default:
		return
	}
	if *dst == "" {
		*dst = t
		m.at[fl-fName], m.raw[fl-fName] = at, raw
		return
	}
	if *dst != t && !strings.EqualFold(*dst, t) {
		p := s.problem(msg.Error, int(at.Row), int(at.Col), msg.SheetConflictMeta, fieldNames[fl], u.Code, quote(t), quote(*dst), m.at[fl-fName].String())
		p.Hint = msg.HintConflictMeta
		return
	}
	m.raw[fl-fName] = raw
}

// unitType resolves a unit type against the rubric's unit types; known
// is false when it was reported as unknown.
func (s *sheetReader) unitType(t string, at results.Place) (id string, known bool) {
	if len(s.r.UnitTypes) == 0 {
		return strings.ToLower(t), true
	}
	if ut, ok := s.r.UnitType(t); ok {
		return ut.ID, true
	}
	ids := make([]string, len(s.r.UnitTypes))
	for i, u := range s.r.UnitTypes {
		ids[i] = u.ID
	}
	p := s.problem(msg.Error, int(at.Row), int(at.Col), msg.SheetUnknownUnitType, quote(t), s.r.Ref())
	if near, ok := suggest.Nearest(t, ids); ok {
		p.Hint, p.HintArgs = msg.HintDidYouMean, []any{near}
	} else {
		p.Hint, p.HintArgs = msg.HintValidValues, []any{strings.Join(ids, ", ")}
	}
	return strings.ToLower(t), false
}

// indicator looks up the code in cell c, reporting unknown codes.
func (s *sheetReader) indicator(row int, c workbook.Cell) (*rubric.Indicator, bool) {
	t := text(c)
	if ind, ok := s.r.Indicator(t); ok {
		return ind, true
	}
	p := s.problem(msg.Error, row, c.Col, msg.SheetUnknownIndicator, quote(t), s.r.Ref())
	s.codeHint(p, t)
	return nil, false
}

func (s *sheetReader) codeHint(p *msg.Problem, t string) {
	codes := make([]string, 0, len(s.r.Indicators()))
	for _, ind := range s.r.Indicators() {
		codes = append(codes, ind.Code)
	}
	if near, ok := suggest.Nearest(t, codes); ok {
		p.Hint, p.HintArgs = msg.HintDidYouMean, []any{near}
	} else {
		p.Hint, p.HintArgs = msg.HintRubricCodes, []any{s.r.Ref()}
	}
}

// answerText reads an answer cell, reporting formula and error values.
func (s *sheetReader) answerText(row int, c workbook.Cell) (string, bool) {
	switch c.Kind {
	case workbook.NoCache:
		p := s.problem(msg.Error, row, c.Col, msg.SheetFormulaNoCache, quote(c.Value))
		p.Hint = msg.HintRecalculate
		return "", false
	case workbook.Error:
		p := s.problem(msg.Error, row, c.Col, msg.SheetCellError, c.Value)
		p.Hint = msg.HintCellError
		return "", false
	}
	return text(c), true
}

// parse reads one answer against ind, with a cache.
func (s *sheetReader) parse(ind *rubric.Indicator, t string) parseResult {
	k := parseKey{ind, t}
	if pr, ok := s.parsed[k]; ok {
		return pr
	}
	p, prob := score.ParseAnswer(ind, t)
	pr := parseResult{p, prob}
	if len(s.parsed) < 4096 {
		s.parsed[k] = pr
	}
	return pr
}

// record stores an observation answer into a fragment.
func (s *sheetReader) record(fr *Fragment, ind *rubric.Indicator, row, col int, c workbook.Cell, present bool, note, evidence string) {
	ir := &fr.Unit.Indicators[ind.Index()]
	at := s.place(row, col)
	if note != "" || evidence != "" {
		ir.Remark = &results.Remark{Note: note, Evidence: evidence}
	}
	ir.Source = at
	if !present {
		return
	}
	t, ok := s.answerText(row, c)
	if !ok || t == "" {
		return
	}
	pr := s.parse(ind, t)
	if pr.prob != nil {
		p := *pr.prob
		p.File, p.Sheet, p.Cell = s.f.Input.Path, s.name, at.Cell()
		s.f.Problems = append(s.f.Problems, p)
		return
	}
	ir.Answer = t
	if pr.p.NA {
		ir.Status = results.NA
		return
	}
	ir.Status, ir.Value = results.Answered, pr.p.Value
}

// respond adds one respondent's answer to a survey indicator.
func (s *sheetReader) respond(fr *Fragment, ind *rubric.Indicator, row, col int, c workbook.Cell, respondent string) {
	t, ok := s.answerText(row, c)
	if !ok || t == "" {
		return
	}
	at := s.place(row, col)
	if respondent != "" {
		k := respKey{fr.Unit.Code, respondent, ind.Index()}
		if prev, dup := s.respSeen[k]; dup {
			s.problem(msg.Error, row, col, msg.SheetDuplicateRespondent, respondent, ind.Code, fr.Unit.Code, prev.Cell())
			return
		}
		s.respSeen[k] = at
	}
	pr := s.parse(ind, t)
	if pr.prob != nil {
		p := *pr.prob
		p.File, p.Sheet, p.Cell = s.f.Input.Path, s.name, at.Cell()
		s.f.Problems = append(s.f.Problems, p)
		return
	}
	if pr.p.NA {
		return // a respondent who did not answer this item
	}
	ir := &fr.Unit.Indicators[ind.Index()]
	ir.Status = results.Answered
	ir.Value += pr.p.Value
	ir.Respondents++
	if ir.Source.Sheet == nil {
		ir.Source = results.Place{Sheet: s.sheet, Col: int32(col)}
	}
}

// --- form layout ---

func (s *sheetReader) startForm(row int, col map[field]int, indCol int) {
	s.start(Form, row, col)
	s.indCol = indCol
	s.seenAt = map[int]results.Place{}
	b, ok := s.block[fUnit]
	if !ok || b.text == "" {
		p := s.problem(msg.Error, row, indCol, msg.SheetFormNoUnit)
		p.Hint = msg.HintFormNoUnit
		return
	}
	s.form = s.newFragment(b.text, false)
	s.f.Fragments[s.form].Where = b.at
}

func (s *sheetReader) formRow(row int, cells []workbook.Cell) {
	if s.form < 0 {
		return
	}
	c, ok := cellAt(cells, s.indCol)
	if !ok || text(c) == "" {
		return // a section title or a blank line
	}
	ind, ok := s.indicator(row, c)
	if !ok {
		return
	}
	if ind.Type == rubric.Surv {
		p := s.problem(msg.Error, row, c.Col, msg.SheetSurveyInForm, ind.Code)
		p.Hint = msg.HintSurveySheet
		return
	}
	if prev, dup := s.seenAt[ind.Index()]; dup {
		s.problem(msg.Error, row, s.col[fAnswer], msg.SheetDuplicateIndicator, ind.Code, s.f.Fragments[s.form].Unit.Code, prev.Cell())
		return
	}
	s.seenAt[ind.Index()] = s.place(row, s.col[fAnswer])
	ans, present := cellAt(cells, s.col[fAnswer])
	if !present || text(ans) == "" {
		// The Jawaban header merged over two columns, or an answer typed
		// one column off: the value right of the empty answer cell, under
		// no header, is an error rather than dropped.
		if c, ok := cellAt(cells, s.col[fAnswer]+1); ok && !s.headed[c.Col] && text(c) != "" {
			p := s.problem(msg.Error, row, c.Col, msg.SheetAnswerAside, ind.Code, results.ColumnName(s.col[fAnswer]))
			p.Hint = msg.HintAnswerAside
			return
		}
	}
	note, evidence := s.remarks(cells)
	s.record(s.f.Fragments[s.form], ind, row, s.col[fAnswer], ans, present, note, evidence)
}

func (s *sheetReader) remarks(cells []workbook.Cell) (note, evidence string) {
	if c, ok := cellAt(cells, s.col[fNote]); ok && c.Kind != workbook.NoCache {
		note = text(c)
	}
	if c, ok := cellAt(cells, s.col[fEvidence]); ok && c.Kind != workbook.NoCache {
		evidence = text(c)
	}
	return note, evidence
}

// --- long layout ---

func (s *sheetReader) longRow(row int, cells []workbook.Cell) {
	uc, hasU := cellAt(cells, s.unitCol)
	ic, hasI := cellAt(cells, s.indCol)
	ut, it := "", ""
	if hasU {
		ut = text(uc)
	}
	if hasI {
		it = text(ic)
	}
	switch {
	case ut == "" && it == "":
		return
	case ut == "":
		// A template row of a blank long form (code, no unit, no answer)
		// is not an observation; with an answer it is an error.
		if c, ok := cellAt(cells, s.col[fAnswer]); ok && text(c) != "" {
			s.problem(msg.Error, row, s.unitCol, msg.SheetMissingUnitCode, text(c))
		}
		return
	case it == "":
		s.problem(msg.Error, row, s.indCol, msg.SheetMissingIndicatorCode, ut)
		return
	}
	ind, ok := s.indicator(row, ic)
	if !ok {
		return
	}
	fi := s.fragmentFor(uc.Value, ut, ind.Type == rubric.Surv, row)
	fr := s.f.Fragments[fi]
	s.rowMeta(fi, row, cells)
	ans, present := cellAt(cells, s.col[fAnswer])
	if ind.Type == rubric.Surv {
		resp := ""
		if c, ok := cellAt(cells, s.col[fRespondent]); ok {
			resp = text(c)
		}
		s.respond(fr, ind, row, s.col[fAnswer], ans, resp)
		return
	}
	ir := &fr.Unit.Indicators[ind.Index()]
	if ir.Source.Sheet != nil {
		s.problem(msg.Error, row, s.col[fAnswer], msg.SheetDuplicateIndicator, ind.Code, fr.Unit.Code, ir.Source.Cell())
		return
	}
	note, evidence := s.remarks(cells)
	s.record(fr, ind, row, s.col[fAnswer], ans, present, note, evidence)
}

// fragmentFor finds or starts the unit's fragment in this sheet. Survey
// responses and observations of one unit are kept apart.
func (s *sheetReader) fragmentFor(raw, t string, survey bool, row int) int {
	if raw == s.lastKey && s.lastFrag >= 0 && s.f.Fragments[s.lastFrag].Survey == survey {
		return s.lastFrag
	}
	key := rubric.CodeKey(t)
	if survey {
		key += "\x00survey"
	}
	fi, ok := s.frags[key]
	if !ok {
		fi = s.newFragment(t, survey)
		s.f.Fragments[fi].Where = s.place(row, s.unitCol)
		s.frags[key] = fi
	}
	s.lastKey, s.lastFrag = raw, fi
	return fi
}

// rowMeta takes a unit's metadata from the optional columns of a row.
func (s *sheetReader) rowMeta(fi int, row int, cells []workbook.Cell) {
	for _, fl := range metaFields {
		col := s.col[fl]
		if col == 0 {
			continue
		}
		if c, ok := cellAt(cells, col); ok && c.Kind != workbook.NoCache && c.Kind != workbook.Error {
			s.setMeta(fi, fl, c, text(c), s.place(row, col))
		}
	}
}

// --- wide layout ---

func (s *sheetReader) startWide(row int, col map[field]int, unitCol int, codeCols map[int]*rubric.Indicator, unknown []workbook.Cell) {
	s.start(Wide, row, col)
	s.unitCol, s.codeCol = unitCol, codeCols
	for c := range codeCols {
		s.codeCols = append(s.codeCols, c)
	}
	sort.Ints(s.codeCols)
	s.frags = map[string]int{}
	s.respSeen = map[respKey]results.Place{}
	s.rowOf = map[string]int{}
	for _, c := range unknown {
		p := s.problem(msg.Error, row, c.Col, msg.SheetWideUnknownCode, quote(text(c)), s.r.Ref())
		s.codeHint(p, text(c))
	}
	seen := map[int]int{}
	for _, c := range s.codeCols {
		ind := codeCols[c]
		if ind.Type == rubric.Surv {
			s.survey = true
		}
		if prev, dup := seen[ind.Index()]; dup {
			a, b := min(prev, c), max(prev, c)
			s.problem(msg.Error, row, b, msg.SheetDuplicateColumn, ind.Code, s.place(row, a).Cell())
		}
		seen[ind.Index()] = c
	}
	if s.survey {
		for _, c := range s.codeCols {
			if ind := codeCols[c]; ind.Type != rubric.Surv {
				p := s.problem(msg.Error, row, c, msg.SheetObservationInRespondents, ind.Code)
				p.Hint = msg.HintSeparateSheets
			}
		}
	}
}

func (s *sheetReader) wideRow(row int, cells []workbook.Cell) {
	uc, ok := cellAt(cells, s.unitCol)
	ut := ""
	if ok {
		ut = text(uc)
	}
	if ut == "" {
		for _, c := range cells {
			if _, isCode := s.codeCol[c.Col]; isCode && text(c) != "" {
				s.problem(msg.Error, row, s.unitCol, msg.SheetMissingUnitCode, text(c))
				return
			}
		}
		return
	}
	if s.survey {
		fi := s.fragmentFor(uc.Value, ut, true, row)
		fr := s.f.Fragments[fi]
		s.rowMeta(fi, row, cells)
		resp := ""
		if c, ok := cellAt(cells, s.col[fRespondent]); ok {
			resp = text(c)
		}
		for _, c := range cells {
			if ind, ok := s.codeCol[c.Col]; ok && ind.Type == rubric.Surv {
				s.respond(fr, ind, row, c.Col, c, resp)
			}
		}
		return
	}
	key := rubric.CodeKey(ut)
	if prev, dup := s.rowOf[key]; dup {
		s.duplicateWideRow(key, prev, row, cells)
		return
	}
	s.rowOf[key] = row
	fi := s.newFragment(ut, false)
	fr := s.f.Fragments[fi]
	fr.Where = s.place(row, s.unitCol)
	s.frags[key] = fi
	s.rowMeta(fi, row, cells)
	// Both cells and codeCols are in column order.
	j := 0
	for _, col := range s.codeCols {
		for j < len(cells) && cells[j].Col < col {
			j++
		}
		var c workbook.Cell
		present := j < len(cells) && cells[j].Col == col
		if present {
			c = cells[j]
		}
		s.record(fr, s.codeCol[col], row, col, c, present, "", "")
	}
}

// duplicateWideRow handles a unit's second row in a wide sheet: the same
// answers are a harmless copy (noticed); different ones are an error.
func (s *sheetReader) duplicateWideRow(key string, prevRow, row int, cells []workbook.Cell) {
	fr := s.f.Fragments[s.frags[key]]
	same := true
	byCol := map[int]string{}
	for _, c := range cells {
		byCol[c.Col] = score.Normalize(c.Value)
	}
	for _, col := range s.codeCols {
		ir := &fr.Unit.Indicators[s.codeCol[col].Index()]
		if score.Normalize(ir.Answer) != byCol[col] {
			same = false
			break
		}
	}
	at := s.place(prevRow, s.unitCol).Cell()
	if same {
		s.problem(msg.Notice, row, s.unitCol, msg.SheetDuplicateUnitSame, fr.Unit.Code, at)
		return
	}
	s.problem(msg.Error, row, s.unitCol, msg.SheetDuplicateUnit, fr.Unit.Code, at)
}

// Peek returns the rubric a workbook names in a sheet's header block
// (the "Rubrik" label), looking only at the first rows of each visible
// sheet. It is cheap; Read reports the same and more.
func Peek(path string, o Options) (ref, version string, err error) {
	book, err := workbook.Open(path, workbook.Options{Engine: o.Engine})
	if err != nil {
		return "", "", err
	}
	defer book.Close()
	for _, s := range book.Sheets() {
		if !s.Visible {
			continue
		}
		err := book.Rows(s.Name, func(row int, cells []workbook.Cell) error {
			if row > 60 {
				return workbook.Stop
			}
			if len(cells) < 2 || cells[0].Kind != workbook.String {
				return nil
			}
			switch lookupLabel(text(cells[0])) {
			case fRubric:
				ref = text(cells[1])
			case fRubricVersion:
				version = text(cells[1])
			}
			return nil
		})
		if err != nil {
			return "", "", err
		}
		if ref != "" {
			return ref, version, nil
		}
	}
	return "", "", nil
}
