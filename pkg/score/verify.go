package score

import (
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Verify scores a unit that may carry a verification round or
// corrections (see package results, round.go); a unit without is scored
// by Unit alone. The rules, in words:
//
//   - An indicator's final answer is the verifier's where given, else the
//     unit's own; a correction replaces the final answer, and corrections
//     apply in the order they were made (the first one's record of what it
//     replaced is the answer an indicator of a single pass started from).
//   - The unit's score, band and counts are scored from the final answers
//     by Unit; the self-assessed score from the unit's own answers, by the
//     same Unit, with every other indicator (survey items) as it is.
//   - An indicator is agreed when the verifier's answer is the unit's (the
//     same value, or both N/A), corrected when it differs (or the unit
//     gave none), unverified when the verifier gave none. A unit whose
//     applicable observation indicators are not all verified or corrected
//     since is provisional.
//
// Verify may be called again, on a unit read back from results, and
// gives the same result.
func Verify(r *rubric.Rubric, u *results.Unit) {
	ro := u.Round
	if ro == nil {
		Unit(r, u)
		return
	}
	inds := r.Indicators()
	for i := range inds {
		ir := &u.Indicators[i]
		if ir.Round() == nil {
			continue
		}
		ir.Round().State = verifyState(ir.Round())
		final := ir.Round().Self
		if ir.Round().Verifier.Given() {
			final = ir.Round().Verifier
		}
		setAnswer(ir, final)
	}
	corrected := make([]bool, len(inds))
	for _, c := range ro.Corrections {
		ind, ok := r.Indicator(c.Indicator)
		if !ok {
			continue // refused when the correction was made
		}
		i := ind.Index()
		ir := &u.Indicators[i]
		if !corrected[i] && ir.Round() == nil {
			setAnswer(ir, c.Before)
		}
		setAnswer(ir, c.After)
		corrected[i] = true
	}
	Unit(r, u)
	ro.Agreed, ro.Corrected, ro.Unverified = 0, 0, 0
	if !ro.Verification {
		return
	}
	for i, ind := range inds {
		ir := &u.Indicators[i]
		if ind.Type == rubric.Surv || ir.Status == results.NotApplicable {
			continue
		}
		switch {
		case ir.Round() != nil && ir.Round().State == results.Agreed:
			ro.Agreed++
		case ir.Round() != nil && ir.Round().State == results.Corrected:
			ro.Corrected++
		case !corrected[i]:
			ro.Unverified++
		}
	}
	scoreSelf(r, u)
}

// verifyState compares the verifier's answer with the unit's.
func verifyState(ro *results.IndicatorRound) results.VerifyState {
	v, s := ro.Verifier, ro.Self
	switch {
	case !v.Given():
		return results.Unverified
	case !s.Given():
		return results.Corrected
	case (v.Status == results.NA) != (s.Status == results.NA):
		return results.Corrected
	case v.Status == results.NA || v.Value == s.Value:
		return results.Agreed
	}
	return results.Corrected
}

// setAnswer makes a the indicator's answer, to be scored: an answer
// scored before (met, partly met, not met) counts as answered again.
func setAnswer(ir *results.IndicatorResult, a results.Answer) {
	ir.Answer, ir.Value = a.Text, a.Value
	switch a.Status {
	case results.NA:
		ir.Status = results.NA
	case results.Missing, results.NotApplicable:
		ir.Status, ir.Value = results.Missing, 0
	default:
		ir.Status = results.Answered
	}
	// Where nothing was answered, the source stays where the reader put
	// it: the cell where the answer is awaited.
	if a.Source.Sheet != nil && a.Given() {
		ir.Source = a.Source
	}
}

// scoreSelf scores the unit's own answers into its round: the
// self-assessed score, band and counts, and each answer's status and
// points.
func scoreSelf(r *rubric.Rubric, u *results.Unit) {
	self := SelfUnit(r, u)
	ro := u.Round
	ro.SelfScore, ro.SelfRaw, ro.SelfBand, ro.SelfStatus, ro.SelfCounts = self.Score, self.Raw, self.Band, self.Status, self.Counts
	for i := range u.Indicators {
		if irr := u.Indicators[i].Round(); irr != nil {
			irr.Self.Status = self.Indicators[i].Status
			irr.SelfPoints = self.Indicators[i].Points
		}
	}
}

// SelfUnit returns a copy of u scored from the unit's own answers (its
// self-assessment): a unit as the unit saw itself, without its round. A
// unit without a round comes back as it is.
func SelfUnit(r *rubric.Rubric, u *results.Unit) results.Unit {
	self := *u
	self.Round = nil
	self.Indicators = make([]results.IndicatorResult, len(u.Indicators))
	self.Groups = make([]results.GroupScore, len(u.Groups))
	copy(self.Indicators, u.Indicators)
	copy(self.Groups, u.Groups)
	if u.Round == nil || !u.Round.Verification {
		return self
	}
	for i := range self.Indicators {
		ir := &self.Indicators[i]
		if ir.Round() != nil {
			setAnswer(ir, ir.Round().Self)
		}
		ir.SetRound(nil)
	}
	Unit(r, &self)
	return self
}
