package sheet

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Reading a verification round: the unit's own answer (Jawaban Unit) and
// the verifier's (Jawaban Verifikator, with Catatan Verifikasi) side by
// side in a form or long sheet, or one row per unit and stage (a Tahap
// column: mandiri or verifikasi) in a wide sheet. A plain Jawaban column
// keeps its meaning: a single-pass assessment. Both answers are read and
// checked against the rubric's vocabulary where they are; which one is
// final is decided when the unit is scored (score.Verify).

func addRoundLabels(add func(field, ...string)) {
	add(fSelf, "Jawaban Unit", "Jawaban Mandiri", "Penilaian Mandiri", "Jawaban Penilaian Mandiri",
		"Unit Answer", "Self Answer", "Self Assessment", "Self-Assessment", "Self-Assessment Answer")
	add(fVerifier, "Jawaban Verifikator", "Jawaban Verifikasi", "Hasil Verifikasi",
		"Verifier Answer", "Verifier's Answer", "Verified Answer", "Verification Answer")
	add(fVerifyNote, "Catatan Verifikasi", "Catatan Verifikator", "Verification Note", "Verifier Note", "Verifier's Note")
	add(fStage, "Tahap", "Tahap Penilaian", "Stage", "Assessment Stage")
	for _, f := range []field{fSelf, fVerifier, fVerifyNote, fStage} {
		fieldNames[f] = map[field]string{fSelf: "Jawaban Unit", fVerifier: "Jawaban Verifikator",
			fVerifyNote: "Catatan Verifikasi", fStage: "Tahap"}[f]
	}
}

// Stages of a wide sheet's rows.
const (
	stageNone = iota
	stageSelf
	stageVerifier
)

// stageWords are what a Tahap cell may hold, after score.Normalize.
var stageWords = map[string]int{
	"mandiri": stageSelf, "penilaian mandiri": stageSelf, "unit": stageSelf, "f-01": stageSelf,
	"self": stageSelf, "self-assessment": stageSelf, "self assessment": stageSelf,
	"verifikasi": stageVerifier, "verifikator": stageVerifier, "f-02": stageVerifier,
	"verification": stageVerifier, "verifier": stageVerifier,
}

// hasAnswer reports whether a table header row has an answer column of
// either kind.
func hasAnswer(col map[field]int) bool {
	_, plain := col[fAnswer]
	_, self := col[fSelf]
	_, ver := col[fVerifier]
	return plain || self || ver
}

// roundHeader checks a table header row's round columns, reporting the
// combinations that would make the answers ambiguous: a plain Jawaban
// beside a round's answer columns, a verifier's note without the
// verifier's answers, a Tahap column outside a wide sheet. It returns
// true when the sheet is refused (nothing in it is read).
func (s *sheetReader) roundHeader(row int, col map[field]int, wide bool) bool {
	plain, hasPlain := col[fAnswer]
	_, hasSelf := col[fSelf]
	_, hasVer := col[fVerifier]
	note, hasNote := col[fVerifyNote]
	stage, hasStage := col[fStage]
	refuse := func(c int, key msg.Key, hint msg.Key, args ...any) bool {
		p := s.problem(msg.Error, row, c, key, args...)
		p.Hint = hint
		s.refused = true
		return true
	}
	switch {
	case hasPlain && (hasSelf || hasVer):
		other := fSelf
		if hasVer {
			other = fVerifier
		}
		return refuse(plain, msg.SheetRoundAndPlain, msg.HintRoundColumns, fieldNames[other])
	case hasNote && !hasVer && !hasStage:
		return refuse(note, msg.SheetVerifyNoteAlone, msg.HintRoundColumns)
	case hasStage && (hasSelf || hasVer || hasPlain || !wide):
		return refuse(stage, msg.SheetStageNotWide, msg.HintRoundColumns)
	}
	return false
}

// answerCol is the column a row's answer is located at: the plain
// answer, else the verifier's, else the unit's.
func (s *sheetReader) answerCol() int {
	for _, f := range []field{fAnswer, fVerifier, fSelf} {
		if s.col[f] > 0 {
			return s.col[f]
		}
	}
	return 0
}

// firstAnswer is the first answer a row holds in its answer columns, or
// "".
func (s *sheetReader) firstAnswer(cells []workbook.Cell) string {
	for _, f := range []field{fAnswer, fSelf, fVerifier} {
		if c, ok := cellAt(cells, s.col[f]); ok && text(c) != "" {
			return text(c)
		}
	}
	return ""
}

// roundRow reads a long sheet's row of a round: a survey item is
// refused, an indicator met twice for the unit is a duplicate.
func (s *longSheet) roundRow(fr *Fragment, ind *rubric.Indicator, row int, cells []workbook.Cell) {
	if ind.Type == rubric.Surv {
		s.surveyInRound(row, s.indCol, ind)
		return
	}
	if ir := &fr.Unit.Indicators[ind.Index()]; ir.Source.Sheet != nil {
		s.problem(msg.Error, row, s.answerCol(), msg.SheetDuplicateIndicator, ind.Code, fr.Unit.Code, ir.Source.Cell())
		return
	}
	s.recordRound(fr, ind, row, cells)
}

// roundAnswer reads one answer cell of a round (column col of the row)
// against ind; a problem is reported where it is, and the answer is then
// left out.
func (s *sheetReader) roundAnswer(ind *rubric.Indicator, row, col int, cells []workbook.Cell) results.Answer {
	if col <= 0 {
		return results.Answer{}
	}
	a := results.Answer{Source: s.place(row, col)}
	c, ok := cellAt(cells, col)
	if !ok {
		return a
	}
	t, ok := s.answerText(row, c)
	if !ok || t == "" {
		return a
	}
	pr := s.parse(ind, t)
	if pr.prob != nil {
		p := *pr.prob
		p.File, p.Sheet, p.Cell = s.f.Input.Path, s.name, a.Source.Cell()
		s.f.Problems = append(s.f.Problems, p)
		return a
	}
	a.Text = t
	s.countHidden(c, a.Source)
	if pr.p.NA {
		a.Status = results.NA
		return a
	}
	a.Status, a.Value = results.Answered, pr.p.Value
	return a
}

// recordRound stores a form or long row's two answers, the unit's note
// and evidence, and the verifier's note.
func (s *sheetReader) recordRound(fr *Fragment, ind *rubric.Indicator, row int, cells []workbook.Cell) {
	for _, f := range []field{fSelf, fVerifier} {
		// An answer typed one column off, or under a header merged over
		// two columns: the value right of an empty answer cell, under no
		// header, is an error rather than dropped.
		col := s.col[f]
		if col == 0 {
			continue
		}
		if c, ok := cellAt(cells, col); ok && text(c) != "" {
			continue
		}
		if c, ok := cellAt(cells, col+1); ok && !s.headed[c.Col] && text(c) != "" {
			p := s.problem(msg.Error, row, c.Col, msg.SheetAnswerAside, ind.Code, results.ColumnName(col))
			p.Hint = msg.HintAnswerAside
			return
		}
	}
	ir := &fr.Unit.Indicators[ind.Index()]
	ro := &results.IndicatorRound{
		Self:     s.roundAnswer(ind, row, s.col[fSelf], cells),
		Verifier: s.roundAnswer(ind, row, s.col[fVerifier], cells),
	}
	if c, ok := cellAt(cells, s.col[fVerifyNote]); ok && c.Kind != workbook.NoCache {
		ro.Note = text(c)
	}
	ir.SetRound(ro)
	if note, evidence := s.remarks(cells); note != "" || evidence != "" {
		ir.SetRemark(&results.Remark{Note: note, Evidence: evidence})
	}
	ir.Source = s.place(row, s.answerCol())
}

// surveyInRound reports a survey item met in a round's sheet: survey
// items are answered by respondents, not assessed by the unit and then
// verified.
func (s *sheetReader) surveyInRound(row, col int, ind *rubric.Indicator) {
	p := s.problem(msg.Error, row, col, msg.SheetSurveyInRound, ind.Code)
	p.Hint = msg.HintSurveySheet
}

// wideRoundRow reads a row of a wide sheet with a Tahap column: the
// unit's answers (mandiri) or the verifier's (verifikasi). A unit's two
// rows make one fragment; the same unit and stage twice is a duplicate
// (noticed when the answers are the same, an error otherwise).
func (s *wideSheet) roundRow(row int, cells []workbook.Cell, raw, ut string) {
	stageCol := s.col[fStage]
	sc, _ := cellAt(cells, stageCol)
	st := stageWords[score.Normalize(text(sc))]
	if st == stageNone {
		key, args := msg.SheetStageMissing, []any{ut}
		if text(sc) != "" {
			key, args = msg.SheetStageUnknown, []any{quote(text(sc)), ut}
		}
		p := s.problem(msg.Error, row, stageCol, key, args...)
		p.Hint, p.HintArgs = msg.HintValidValues, []any{"mandiri, verifikasi"}
		return
	}
	key := rubric.CodeKey(ut)
	rowKey := key + "\x00" + string(rune('0'+st))
	fi, seen := s.frags[key]
	if prev, dup := s.rowOf[rowKey]; dup {
		fr := s.f.Fragments[fi]
		at := s.place(prev, s.unitCol).Cell()
		same := true
		for _, col := range s.codeCols {
			ir := &fr.Unit.Indicators[s.codeCol[col].Index()]
			a := stageAnswer(ir, st)
			c, _ := cellAt(cells, col)
			if score.Normalize(a.Text) != score.Normalize(c.Value) {
				same = false
				break
			}
		}
		if same {
			s.problem(msg.Notice, row, s.unitCol, msg.SheetDuplicateUnitSame, fr.Unit.Code, at)
		} else {
			s.problem(msg.Error, row, s.unitCol, msg.SheetDuplicateUnit, fr.Unit.Code, at)
		}
		return
	}
	s.rowOf[rowKey] = row
	if !seen {
		s.noteInvisible(row, s.unitCol, raw)
		fi = s.newFragment(ut, false)
		s.f.Fragments[fi].Where = s.place(row, s.unitCol)
		s.frags[key] = fi
	}
	fr := s.f.Fragments[fi]
	if st == stageVerifier {
		// The verifier's assessor and date are the unit's of record.
		s.rowMetaExcept(fi, row, cells, stageSelf)
	} else {
		s.rowMetaExcept(fi, row, cells, stageVerifier)
	}
	for _, col := range s.codeCols {
		ind := s.codeCol[col]
		ir := &fr.Unit.Indicators[ind.Index()]
		if ir.Round() == nil {
			ir.SetRound(&results.IndicatorRound{})
		}
		a := s.roundAnswer(ind, row, col, cells)
		if st == stageSelf {
			ir.Round().Self = a
			if ir.Source.Sheet == nil {
				ir.Source = a.Source
			}
		} else {
			ir.Round().Verifier = a
			ir.Source = a.Source
		}
	}
}

// stageAnswer is the answer of a stage.
func stageAnswer(ir *results.IndicatorResult, st int) results.Answer {
	if ir.Round() == nil {
		return results.Answer{}
	}
	if st == stageSelf {
		return ir.Round().Self
	}
	return ir.Round().Verifier
}

// rowMetaExcept takes a unit's metadata from a wide round row: every
// field, except that the assessor and date of the unit's own row give
// way to the verifier's (other stage) when both rows say.
func (s *sheetReader) rowMetaExcept(fi, row int, cells []workbook.Cell, yieldTo int) {
	for _, fl := range metaFields {
		col := s.col[fl]
		if col == 0 {
			continue
		}
		c, ok := cellAt(cells, col)
		if !ok || c.Kind == workbook.NoCache || s.errorValue(row, c) {
			continue
		}
		if fl == fAssessor || fl == fDate {
			u := &s.f.Fragments[fi].Unit
			dst := &u.Assessor
			if fl == fDate {
				dst = &u.Date
			}
			if yieldTo == stageVerifier {
				// the unit's own row: only where the verifier's said nothing
				if *dst != "" {
					continue
				}
			} else {
				// the verifier's row: it replaces what the unit's said
				*dst = ""
				s.metaOf(fi).raw[fl-fName] = ""
				s.metaOf(fi).at[fl-fName] = results.Place{}
			}
		}
		s.setMeta(fi, fl, c, text(c), s.place(row, col))
	}
}

// surveyColumnsInRound refuses the survey items among a round's wide
// sheet's columns.
func (s *wideSheet) surveyColumnsInRound(row int) {
	for _, c := range s.codeCols {
		if ind := s.codeCol[c]; ind.Type == rubric.Surv {
			s.surveyInRound(row, c, ind)
			s.refused = true
		}
	}
}
