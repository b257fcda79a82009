package sheet

import (
	"sort"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// wideSheet reads a wide layout: one row per unit (or per respondent,
// for survey items), one column per indicator code.
type wideSheet struct {
	keyedSheet
	codeCol  map[int]*rubric.Indicator
	codeCols []int          // the keys of codeCol, in column order
	survey   bool           // the sheet holds respondents
	rowOf    map[string]int // observations: the row each unit came from
}

func (s *sheetReader) startWide(row int, header []workbook.Cell, col map[field]int, unitCol int, codeCols map[int]*rubric.Indicator, unknown []workbook.Cell) {
	w := &wideSheet{keyedSheet: newKeyedSheet(s, unitCol), codeCol: codeCols, rowOf: map[string]int{}}
	s.start(Wide, w, row, col)
	for c := range codeCols {
		w.codeCols = append(w.codeCols, c)
	}
	sort.Ints(w.codeCols)
	for _, c := range header {
		if _, ok := codeCols[c.Col]; ok {
			s.noteInvisible(row, c.Col, c.Value)
		}
	}
	for _, c := range unknown {
		p := s.problem(msg.Error, row, c.Col, msg.SheetWideUnknownCode, quote(text(c)), s.r.Ref())
		s.codeHint(p, text(c))
	}
	seen := map[int]int{}
	for _, c := range w.codeCols {
		ind := codeCols[c]
		if ind.Type == rubric.Surv {
			w.survey = true
		}
		if prev, dup := seen[ind.Index()]; dup {
			a, b := min(prev, c), max(prev, c)
			s.problem(msg.Error, row, b, msg.SheetDuplicateColumn, ind.Code, s.place(row, a).Cell())
		}
		seen[ind.Index()] = c
	}
	if s.round {
		w.surveyColumnsInRound(row)
		return
	}
	if w.survey {
		for _, c := range w.codeCols {
			if ind := codeCols[c]; ind.Type != rubric.Surv {
				p := s.problem(msg.Error, row, c, msg.SheetObservationInRespondents, ind.Code)
				p.Hint = msg.HintSeparateSheets
			}
		}
	}
}

func (s *wideSheet) row(row int, cells []workbook.Cell) {
	uc, ok := cellAt(cells, s.unitCol)
	if ok && s.errorValue(row, uc) {
		return
	}
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
	if s.round {
		s.roundRow(row, cells, uc.Value, ut)
		return
	}
	if s.survey {
		fi := s.fragmentFor(uc.Value, ut, true, row)
		fr := s.f.Fragments[fi]
		s.rowMeta(fi, row, cells)
		resp := s.respondent(cells)
		for _, c := range cells {
			if ind, ok := s.codeCol[c.Col]; ok && ind.Type == rubric.Surv {
				s.respond(fr, ind, row, c.Col, c, resp)
			}
		}
		s.respondentRow(fi, row, cells, resp)
		return
	}
	key := rubric.CodeKey(ut)
	if prev, dup := s.rowOf[key]; dup {
		s.duplicateRow(key, prev, row, cells)
		return
	}
	s.rowOf[key] = row
	s.noteInvisible(row, s.unitCol, uc.Value)
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

// duplicateRow handles a unit's second row in a wide sheet: the same
// answers are a harmless copy (noticed); different ones are an error.
func (s *wideSheet) duplicateRow(key string, prevRow, row int, cells []workbook.Cell) {
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
