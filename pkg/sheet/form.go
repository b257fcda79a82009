package sheet

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// formSheet reads a form layout: one unit per sheet, named in the header
// block above a table of indicator codes and answers.
type formSheet struct {
	*sheetReader
	indCol int
	form   int // index of the sheet's fragment, -1 when there is none
	seenAt map[int]results.Place
}

func (s *sheetReader) startForm(row int, col map[field]int, indCol int) {
	fs := &formSheet{sheetReader: s, indCol: indCol, form: -1, seenAt: map[int]results.Place{}}
	s.start(Form, fs, row, col)
	b, ok := s.block[fUnit]
	if b.bad {
		return // an error value, reported
	}
	if !ok || b.text == "" {
		p := s.problem(msg.Error, row, indCol, msg.SheetFormNoUnit)
		p.Hint = msg.HintFormNoUnit
		return
	}
	if b.cell.Col > 0 {
		s.noteInvisible(int(b.at.Row), b.cell.Col, b.cell.Value)
	}
	fs.form = s.newFragment(b.text, false)
	s.f.Fragments[fs.form].Where = b.at
}

func (s *formSheet) row(row int, cells []workbook.Cell) {
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
		s.problem(msg.Error, row, s.answerCol(), msg.SheetDuplicateIndicator, ind.Code, s.f.Fragments[s.form].Unit.Code, prev.Cell())
		return
	}
	s.seenAt[ind.Index()] = s.place(row, s.answerCol())
	if s.round {
		s.recordRound(s.f.Fragments[s.form], ind, row, cells)
		return
	}
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

// finish places the indicators with no row at all at the sheet: they
// are missing.
func (s *formSheet) finish() {
	if s.form < 0 {
		return
	}
	fr := s.f.Fragments[s.form]
	for i := range fr.Unit.Indicators {
		ir := &fr.Unit.Indicators[i]
		if ir.Status == results.Missing && ir.Source.Sheet == nil && s.r.Indicators()[i].Type != rubric.Surv {
			ir.Source = results.Place{Sheet: s.sheet}
		}
	}
}
