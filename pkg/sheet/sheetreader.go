package sheet

import (
	"fmt"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// A sheet is read in two stages. Until its table header is found, the
// sheetReader looks at each row (classify): a header-block entry, a
// near-miss header, or the table header that decides the layout. From
// then on each row goes to the layout's own reader — formSheet, longSheet
// or wideSheet (form.go, long.go, wide.go) — which keeps its own state
// and uses the sheetReader for what all layouts share: the header block,
// the columns of the table header, unit metadata, answers and problems.

// layoutReader reads the rows of a sheet below its table header.
type layoutReader interface {
	// row reads one row (its non-empty cells, in column order).
	row(row int, cells []workbook.Cell)
	// finish runs after the sheet's last row.
	finish()
}

// blockValue is one header-block entry.
type blockValue struct {
	text string
	cell workbook.Cell
	at   results.Place
	bad  bool // an error value, reported
}

// sheetReader holds what every layout of one sheet shares.
type sheetReader struct {
	f     *File
	r     *rubric.Rubric
	date  bool // 1904 dates
	name  string
	sheet *results.Sheet

	// the fragments and problems of f before this sheet
	fragsBefore, probsBefore int

	layout    Layout
	lay       layoutReader // nil until the table header is found
	headerRow int
	// columns holding any text in the table header row: a value under
	// none of them, beside an empty answer, is not dropped silently
	headed map[int]bool
	block  map[field]blockValue
	near   *msg.Problem // a near-miss header seen before any layout
	// round: the sheet holds a verification round's answers (round.go);
	// refused: its header row was ambiguous, and nothing in it is read
	round, refused bool

	// column of each field in the table header (0 = absent)
	col [nFields]int
	// the result slices of the units started in this sheet
	units unitSlab
	// metadata of each fragment started in this sheet (index - metaBase),
	// made when a field is first met
	meta     []*fragMeta
	metaBase int
	// answer parsing cache: the same texts repeat thousands of times
	parsed map[parseKey]parseResult
	// code texts with invisible characters already noted in this sheet
	invisible map[string]bool
	// answers read from cells in hidden rows or columns, and the first
	hidden      int
	firstHidden results.Place
}

// fragMeta records, for one fragment, where each metadata field was set
// (for conflict messages) and the cell text it was last confirmed from.
type fragMeta struct {
	at  [fDate - fName + 1]results.Place // by field - fName
	raw [fDate - fName + 1]string
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
		sheet:       &results.Sheet{File: f.Input.Path, Sheet: name},
		fragsBefore: len(f.Fragments), probsBefore: len(f.Problems),
		block: map[field]blockValue{}, parsed: map[parseKey]parseResult{},
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
	if s.refused {
		return nil
	}
	if s.lay == nil {
		s.classify(row, cells)
		if s.lay != nil {
			s.headed = make(map[int]bool, len(cells))
			for _, c := range cells {
				s.headed[c.Col] = true
			}
		}
		return nil
	}
	s.lay.row(row, cells)
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
	var unknownCodes, near, dups []workbook.Cell
	for _, c := range cells {
		if c.Kind != workbook.String {
			continue
		}
		t := text(c)
		if fl := lookupLabel(t); fl != fNone {
			if _, dup := col[fl]; dup {
				dups = append(dups, c)
			} else {
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
	hasAns := hasAnswer(col)
	if (hasAns || hasUnit || hasCode) && s.roundHeader(row, col, len(codeCols) > 0 && !hasAns) {
		return
	}
	switch {
	case (hasUnit || hasCode) && len(codeCols) > 0 && !hasAns:
		if !hasUnit {
			unit = code
		}
		s.startWide(row, cells, col, unit, codeCols, unknownCodes)
		s.duplicateHeaders(row, cells, col, dups, fUnit)
		return
	case hasUnit && (hasInd || hasCode) && hasAns:
		if !hasInd {
			ind = code
		}
		s.startLong(row, col, unit, ind)
		s.duplicateHeaders(row, cells, col, dups, fIndicator)
		return
	case !hasUnit && (hasInd || hasCode) && hasAns:
		if !hasInd {
			ind = code
		}
		s.startForm(row, col, ind)
		s.duplicateHeaders(row, cells, col, dups, fIndicator)
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
				b := blockValue{text: value, cell: vcell, at: s.place(row, vcell.Col)}
				if s.errorValue(row, vcell) {
					b.text, b.bad = "", true
				}
				s.block[fl] = b
			}
			return
		}
	}
}

// start records the table header of layout l found at row and hands the
// rows below it to lay.
func (s *sheetReader) start(l Layout, lay layoutReader, row int, col map[field]int) {
	s.layout, s.lay, s.headerRow = l, lay, row
	for f, c := range col {
		s.col[f] = c
	}
	s.round = s.col[fSelf] > 0 || s.col[fVerifier] > 0 || s.col[fStage] > 0
	s.metaBase = len(s.f.Fragments)
	s.noteRubric()
}

// duplicateHeaders reports the table header's repeated columns: two
// headers that read as one field ("Jawaban" twice, "Nilai" beside
// "Jawaban", two "Kode Unit"), of which only the first used to be read,
// whatever the other held (a hidden draft column, say). "Kode" beside
// the column it would stand for (code: the unit in a wide sheet, the
// indicator in a table) repeats that column too.
func (s *sheetReader) duplicateHeaders(row int, cells []workbook.Cell, col map[field]int, dups []workbook.Cell, code field) {
	for _, c := range dups {
		fl := lookupLabel(text(c))
		s.duplicateHeader(row, c, col[fl], fl)
	}
	if first, ok := col[code]; ok {
		if kc, ok := col[fCode]; ok {
			c, _ := cellAt(cells, max(first, kc))
			s.duplicateHeader(row, c, min(first, kc), code)
		}
	}
}

func (s *sheetReader) duplicateHeader(row int, c workbook.Cell, first int, fl field) {
	if fl == fCode {
		fl = fIndicator
		if s.layout == Wide {
			fl = fUnit
		}
	}
	p := s.problem(msg.Error, row, c.Col, msg.SheetDuplicateHeader, quote(text(c)), s.place(row, first).Cell(), fieldNames[fl])
	p.Hint, p.HintArgs = msg.HintDuplicateHeader, []any{fieldNames[fl]}
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

// finish runs after the sheet's last row; merges are its merged ranges.
func (s *sheetReader) finish(merges []workbook.Range) {
	switch {
	case s.refused: // its header row was reported (round.go)
	case s.lay != nil:
		s.lay.finish()
		s.noteHidden()
		s.noteMerged(merges)
	case s.near != nil:
		s.f.Problems = append(s.f.Problems, *s.near)
	default:
		s.f.Problems = append(s.f.Problems, msg.Problem{Severity: msg.Notice, Key: msg.SheetSkipped,
			Args: []any{s.name}, File: s.f.Input.Path, Sheet: s.name})
	}
}

// noDataRows notes a table header with not one unit under it (an export
// with its rows filtered away, a template never filled), unless the
// sheet had errors; col is the unit code's column.
func (s *sheetReader) noDataRows(col int) {
	if len(s.f.Fragments) > s.fragsBefore || s.f.Problems[s.probsBefore:].HasErrors() {
		return
	}
	p := s.problem(msg.Notice, s.headerRow, col, msg.SheetNoDataRows, s.name)
	p.Hint = msg.HintNoDataRows
}

// newFragment starts a unit in this sheet with the header block's values
// as defaults.
func (s *sheetReader) newFragment(code string, survey bool) int {
	u := s.units.next(s.r, rubric.CodeKey(code))
	fr := &Fragment{Unit: u, Where: s.place(0, 0), Survey: survey}
	fr.Unit.Sources = []results.Place{{Sheet: s.sheet}}
	if s.round {
		fr.Unit.Round = &results.UnitRound{Verification: true}
	}
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
		if y, ok := misTypedYear(t); ok && m.at[fl-fName].Sheet == nil {
			p := s.problem(msg.Notice, int(at.Row), int(at.Col), msg.SheetMistypedYear, quote(t))
			p.Hint, p.HintArgs = msg.HintDidYouMean, []any{y}
		}
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

// rowMeta takes a unit's metadata from the optional columns of a row.
func (s *sheetReader) rowMeta(fi int, row int, cells []workbook.Cell) {
	for _, fl := range metaFields {
		col := s.col[fl]
		if col == 0 || fl == fDate && s.f.Fragments[fi].Survey {
			continue // a respondent's date is theirs (respondents.go)
		}
		c, ok := cellAt(cells, col)
		if !ok || c.Kind == workbook.NoCache || s.errorValue(row, c) || s.sameMeta(fi, fl, c.Value) {
			continue
		}
		s.setMeta(fi, fl, c, text(c), s.place(row, col))
	}
}

// sameMeta reports whether v is, as it stands, the text last accepted for
// a unit's field, which setMeta would skip: every row of a long sheet
// repeats the unit's name, type, region, period, assessor and date. (A
// text accepted is trimmed, so a value equal to it trims to it.)
func (s *sheetReader) sameMeta(fi int, fl field, v string) bool {
	if fl < fName || fl > fDate || v == "" {
		return false
	}
	m := s.meta[fi-s.metaBase]
	return m != nil && v == m.raw[fl-fName]
}

// indicator looks up the code in cell c, reporting unknown codes.
func (s *sheetReader) indicator(row int, c workbook.Cell) (*rubric.Indicator, bool) {
	if s.errorValue(row, c) {
		return nil, false
	}
	t := text(c)
	if ind, ok := s.r.Indicator(t); ok {
		s.noteInvisible(row, c.Col, c.Value)
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
	if isErrorText(c) {
		p := s.problem(msg.Error, row, c.Col, msg.SheetCellError, text(c))
		p.Hint = msg.HintCellError
		return "", false
	}
	return text(c), true
}

// errorValue reports a cell holding a spreadsheet error value (#N/A,
// #REF!, …: an error cell, or the error's text) where a code, a name, a
// type or another value of a unit is expected: an error value is never
// one, and used to become a unit named "#N/A".
func (s *sheetReader) errorValue(row int, c workbook.Cell) bool {
	if c.Kind != workbook.Error && !isErrorText(c) {
		return false
	}
	p := s.problem(msg.Error, row, c.Col, msg.SheetCellError, text(c))
	p.Hint = msg.HintErrorValue
	return true
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
		ir.SetRemark(&results.Remark{Note: note, Evidence: evidence})
		if evidence != "" {
			ir.Remark().EvidenceAt = s.place(row, s.col[fEvidence])
		}
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
	s.countHidden(c, at)
	if pr.p.NA {
		ir.Status = results.NA
		return
	}
	ir.Status, ir.Value = results.Answered, pr.p.Value
}

// countHidden counts an answer read from a hidden row or column.
func (s *sheetReader) countHidden(c workbook.Cell, at results.Place) {
	if !c.Hidden {
		return
	}
	if s.hidden == 0 {
		s.firstHidden = at
	}
	s.hidden++
}

// noteHidden notes the answers the sheet holds in hidden rows or columns:
// they are scored like any other, but a person looking at the sheet does
// not see them (a hidden draft column, rows hidden by a filter).
func (s *sheetReader) noteHidden() {
	if s.hidden == 0 {
		return
	}
	p := s.problem(msg.Notice, int(s.firstHidden.Row), int(s.firstHidden.Col), msg.SheetHiddenAnswers, s.hidden)
	p.Hint = msg.HintHiddenAnswers
}

// noteMerged notes each empty answer cell that lies inside merged cells
// but is not their first: a merged range's value belongs to its first
// cell only, so the answer that seems to fill it is the first cell's.
func (s *sheetReader) noteMerged(merges []workbook.Range) {
	if len(merges) == 0 {
		return
	}
	for _, fr := range s.f.Fragments[s.fragsBefore:] {
		for i := range fr.Unit.Indicators {
			ir := &fr.Unit.Indicators[i]
			if ir.Status != results.Missing || ir.Source.Sheet != s.sheet || ir.Source.Row <= 0 || ir.Source.Col <= 0 {
				continue
			}
			col, row := int(ir.Source.Col), int(ir.Source.Row)
			for _, m := range merges {
				if m.Contains(col, row) && (col != m.FromCol || row != m.FromRow) {
					first := s.place(m.FromRow, m.FromCol).Cell()
					rng := first + ":" + s.place(m.ToRow, m.ToCol).Cell()
					p := s.problem(msg.Notice, row, col, msg.SheetMergedEmpty, rng, first)
					p.Hint = msg.HintMergedEmpty
					break
				}
			}
		}
	}
}

// remarks reads the note and evidence columns of a row.
func (s *sheetReader) remarks(cells []workbook.Cell) (note, evidence string) {
	if c, ok := cellAt(cells, s.col[fNote]); ok && c.Kind != workbook.NoCache {
		note = text(c)
	}
	// A picture placed in the cell (Excel 365) stores the error #VALUE!:
	// the picture is the evidence (package evidence), not the text.
	if c, ok := cellAt(cells, s.col[fEvidence]); ok && c.Kind != workbook.NoCache && c.Kind != workbook.Error {
		evidence = text(c)
	}
	return note, evidence
}

// noteInvisible notes a code cell whose text holds invisible characters
// (rubric.HasInvisible), once per text in a sheet: the code is read
// without them, as everywhere (rubric.CodeKey), but a person looking at
// the cell cannot see why two codes that look alike were one.
func (s *sheetReader) noteInvisible(row, col int, raw string) {
	if !rubric.HasInvisible(raw) || s.invisible[raw] {
		return
	}
	if s.invisible == nil {
		s.invisible = map[string]bool{}
	}
	s.invisible[raw] = true
	p := s.problem(msg.Notice, row, col, msg.SheetInvisibleCode, rubric.CodeKey(raw), invisibleList(raw))
	p.Hint = msg.HintInvisibleCode
}

// invisibleList names the invisible characters of s: "U+200E, U+00AD".
func invisibleList(s string) string {
	var out []string
	seen := map[rune]bool{}
	for _, r := range s {
		if !seen[r] && rubric.HasInvisible(string(r)) {
			seen[r] = true
			out = append(out, fmt.Sprintf("U+%04X", r))
		}
	}
	return strings.Join(out, ", ")
}
