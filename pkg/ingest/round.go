package ingest

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Joining a unit's parts of a verification round. A coordinator often has
// both the unit's self-assessment workbook and the verifier's workbook
// (which shows the unit's answers again, read-only) in one folder: the
// same unit's observations in two places. They are one unit when the
// unit's own answers agree in both; the verifier's answers and notes are
// taken from whichever place has them (the same indicator verified
// differently in two places is an error naming both), and so are the
// verifier's assessor and date, which are the unit's of record. A round's
// part and a single-pass part of one unit conflict, as two different
// answers do.

// isRound reports whether a unit holds a verification round's answers.
func isRound(u *results.Unit) bool { return u.Round != nil && u.Round.Verification }

// roundAnswered reports whether an indicator holds a round's answer (the
// unit's or the verifier's): a round's sheet is not blank.
func roundAnswered(ir *results.IndicatorResult) bool {
	return ir.Round() != nil && (ir.Round().Self.Given() || ir.Round().Verifier.Given())
}

// mergeRound joins fr's observations into e when either is a round's; it
// reports whether it handled them (false: the single-pass rules apply).
// A blank sheet (a form never filled in) gives way, as in a single pass.
func (m *merger) mergeRound(e *entry, fr *sheet.Fragment, prevp *results.Place) bool {
	a, b := e.unit, &fr.Unit
	if !isRound(a) && !isRound(b) {
		return false
	}
	prev := *prevp
	key := b.Code
	switch {
	case blankPart(m.r, b, false):
		m.blank.add(blankOf(fr), key)
		return true
	case blankPart(m.r, a, false):
		m.blank.add(prev.Sheet.File, key)
		m.replacePart(e, fr, prevp)
		e.unit.Round = b.Round
		return true
	}
	if isRound(a) != isRound(b) {
		m.conflict(e, key, fr.Where, prev)
		return true
	}
	aVerified, bVerified, added := false, false, false
	for i, ind := range m.r.Indicators() {
		if ind.Type == rubric.Surv {
			continue
		}
		x, y := &a.Indicators[i], &b.Indicators[i]
		xr, yr := x.Round(), y.Round()
		if xr == nil && yr == nil {
			continue
		}
		if xr == nil || yr == nil || !sameAnswer(xr.Self, yr.Self) {
			m.conflict(e, key, fr.Where, prev)
			return true
		}
		aVerified = aVerified || xr.Verifier.Given()
		bVerified = bVerified || yr.Verifier.Given()
		switch {
		case yr.Verifier.Given() && xr.Verifier.Given() && !sameAnswer(xr.Verifier, yr.Verifier):
			m.conflict(e, key, yr.Verifier.Source, xr.Verifier.Source)
			return true
		case yr.Verifier.Given() && !xr.Verifier.Given():
			xr.Verifier = yr.Verifier
			x.Source = y.Source
			added = true
		}
		if xr.Note == "" && yr.Note != "" {
			xr.Note = yr.Note
		}
		if x.Remark() == nil && y.Remark() != nil {
			x.SetRemark(y.Remark())
		}
	}
	// The verifier's assessor and date are the unit's of record.
	if bVerified && !aVerified {
		if b.Assessor != "" {
			a.Assessor = b.Assessor
		}
		if b.Date != "" {
			a.Date = b.Date
		}
	}
	if bVerified || aVerified {
		b.Assessor, b.Date = "", ""
	}
	m.mergeMeta(e, fr)
	a.Sources = append(a.Sources, b.Sources...)
	p := msg.Problem{Severity: msg.Notice, File: fr.Where.Sheet.File, Sheet: fr.Where.Sheet.Sheet, Cell: fr.Where.Cell()}
	if added {
		p.Key, p.Args = msg.IngestRoundJoined, []any{key, prev.String(), fr.Where.String()}
	} else {
		p.Key, p.Args = msg.IngestDuplicateUnitSame, []any{key, prev.String()}
	}
	m.out.Problems.Add(p)
	return true
}

// sameAnswer reports whether two answers say the same.
func sameAnswer(x, y results.Answer) bool {
	return x.Status == y.Status && x.Value == y.Value && score.Normalize(x.Text) == score.Normalize(y.Text)
}
