package sheet

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// keyedSheet is what the long and wide layouts share: many units in one
// sheet, each row naming its unit in the unit-code column.
type keyedSheet struct {
	*sheetReader
	unitCol  int
	frags    map[string]int // unit key → index in f.Fragments
	lastKey  string         // the raw unit text of the previous row
	lastFrag int
	// survey: the row of each (unit, respondent)'s answer to each
	// indicator, and the entry last looked up (a wide row's answers are
	// one respondent's)
	respSeen map[respKey][]int32
	rowsFree []int32 // where respSeen's next rows are cut from
	lastResp respKey
	lastRows []int32
	// respondents' characteristics, dates and suggestions (respondents.go)
	rs *respState
}

type respKey struct{ unit, respondent string }

func newKeyedSheet(s *sheetReader, unitCol int) keyedSheet {
	return keyedSheet{sheetReader: s, unitCol: unitCol, frags: map[string]int{}, lastFrag: -1,
		respSeen: map[respKey][]int32{}}
}

// fragmentFor finds or starts the unit's fragment in this sheet. Survey
// responses and observations of one unit are kept apart.
func (s *keyedSheet) fragmentFor(raw, t string, survey bool, row int) int {
	if raw == s.lastKey && s.lastFrag >= 0 && s.f.Fragments[s.lastFrag].Survey == survey {
		return s.lastFrag
	}
	key := rubric.CodeKey(t)
	if survey {
		key += "\x00survey"
	}
	s.noteInvisible(row, s.unitCol, raw)
	fi, ok := s.frags[key]
	if !ok {
		fi = s.newFragment(t, survey)
		s.f.Fragments[fi].Where = s.place(row, s.unitCol)
		s.frags[key] = fi
	}
	s.lastKey, s.lastFrag = raw, fi
	return fi
}

// respond adds one respondent's answer to a survey indicator.
func (s *keyedSheet) respond(fr *Fragment, ind *rubric.Indicator, row, col int, c workbook.Cell, respondent string) {
	t, ok := s.answerText(row, c)
	if !ok || t == "" {
		return
	}
	s.tried()
	at := s.place(row, col)
	if respondent != "" {
		// The same respondent's earlier answer to the indicator is in the
		// same column (the answer column, or the indicator's).
		rows := s.answerRows(fr.Unit.Code, respondent)
		if prev := rows[ind.Index()]; prev > 0 {
			s.problem(msg.Error, row, col, msg.SheetDuplicateRespondent, respondent, ind.Code, fr.Unit.Code, s.place(int(prev), col).Cell())
			return
		}
		rows[ind.Index()] = int32(row)
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
	s.answered(ind, pr.p.Value)
	s.countHidden(c, at)
	if ir.Source.Sheet == nil {
		ir.Source = results.Place{Sheet: s.sheet, Col: int32(col)}
	}
}

// answerRows returns the rows of a unit's respondent's answers, by
// indicator index (0: none yet).
func (s *keyedSheet) answerRows(unit, respondent string) []int32 {
	k := respKey{unit, respondent}
	if s.lastRows != nil && k == s.lastResp {
		return s.lastRows
	}
	rows, ok := s.respSeen[k]
	if !ok {
		// Cut from a shared block: a national round's 200,000
		// respondents were as many small allocations.
		n := len(s.r.Indicators())
		if len(s.rowsFree) < n {
			s.rowsFree = make([]int32, 256*n)
		}
		rows, s.rowsFree = s.rowsFree[:n:n], s.rowsFree[n:]
		s.respSeen[k] = rows
	}
	s.lastResp, s.lastRows = k, rows
	return rows
}

// respondent returns the respondent column's text of a row.
func (s *keyedSheet) respondent(cells []workbook.Cell) string {
	if c, ok := cellAt(cells, s.col[fRespondent]); ok {
		return text(c)
	}
	return ""
}

func (s *keyedSheet) finish() {
	s.finishRespondents()
	s.noDataRows(s.unitCol)
}

// longSheet reads a long layout: one row per answer, naming its unit and
// indicator.
type longSheet struct {
	keyedSheet
	indCol int
}

func (s *sheetReader) startLong(row int, col map[field]int, unitCol, indCol int) {
	s.start(Long, &longSheet{keyedSheet: newKeyedSheet(s, unitCol), indCol: indCol}, row, col)
}

func (s *longSheet) row(row int, cells []workbook.Cell) {
	uc, hasU := cellAt(cells, s.unitCol)
	ic, hasI := cellAt(cells, s.indCol)
	ut, it := "", ""
	if hasU {
		ut = text(uc)
	}
	if hasI {
		it = text(ic)
	}
	if (hasU && s.errorValue(row, uc)) || (hasI && s.errorValue(row, ic)) {
		return
	}
	switch {
	case ut == "" && it == "":
		return
	case ut == "":
		// A template row of a blank long form (code, no unit, no answer)
		// is not an observation; with an answer it is an error.
		if a := s.firstAnswer(cells); a != "" {
			s.problem(msg.Error, row, s.unitCol, msg.SheetMissingUnitCode, a)
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
	if s.round {
		s.roundRow(fr, ind, row, cells)
		return
	}
	ans, present := cellAt(cells, s.col[fAnswer])
	if ind.Type == rubric.Surv {
		resp := s.respondent(cells)
		s.respond(fr, ind, row, s.col[fAnswer], ans, resp)
		s.respondentRow(fi, row, cells, resp)
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
