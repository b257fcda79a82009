package correction

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Apply checks entries against res and, when none is refused, applies
// them: each becomes part of its unit's trail and the unit is scored
// again. It returns every problem found (errors refuse the whole set:
// res is then unchanged) and the notices of corrections left out because
// they are already in the trail.
func Apply(res *results.Results, entries []Entry) msg.Problems {
	r := res.Rubric
	var probs msg.Problems
	byCode := map[string]int{}
	codes := make([]string, len(res.Units))
	for i := range res.Units {
		byCode[rubric.CodeKey(res.Units[i].Code)] = i
		codes[i] = res.Units[i].Code
	}
	indCodes := make([]string, 0, len(r.Indicators()))
	for _, ind := range r.Indicators() {
		indCodes = append(indCodes, ind.Code)
	}
	type planned struct {
		unit int
		ind  *rubric.Indicator
		c    results.Correction
	}
	var plan []planned
	seen := map[[2]string]Entry{}
	for _, e := range entries {
		ui, ok := byCode[rubric.CodeKey(e.Unit)]
		if !ok {
			p := e.problem(msg.CorrectionUnknownUnit, e.Unit)
			hint(&p, e.Unit, codes, msg.HintCorrectionUnits)
			probs.Add(p)
			continue
		}
		u := &res.Units[ui]
		ind, ok := r.Indicator(e.Indicator)
		if !ok {
			p := e.problem(msg.CorrectionUnknownIndicator, e.Indicator, r.Ref())
			hint(&p, e.Indicator, indCodes, msg.HintRubricCodes)
			if p.Hint == msg.HintRubricCodes {
				p.HintArgs = []any{r.Ref()}
			}
			probs.Add(p)
			continue
		}
		key := [2]string{rubric.CodeKey(u.Code), ind.Code}
		if prev, dup := seen[key]; dup {
			probs.Add(e.problem(msg.CorrectionCollision, u.Code, ind.Code, prev.Where()))
			continue
		}
		seen[key] = e
		switch {
		case ind.Type == rubric.Surv:
			probs.Add(e.problem(msg.CorrectionSurvey, ind.Code))
			continue
		case !ind.AppliesToType(u.Type):
			probs.Add(e.problem(msg.CorrectionNotForType, ind.Code, u.Code, u.Type))
			continue
		}
		date, ok := sheet.ParseDate(e.Date, false)
		if !ok {
			p := e.problem(msg.CorrectionBadDate, e.Date)
			p.Hint = msg.HintDateFormats
			probs.Add(p)
			continue
		}
		if u.Date != "" && isDate(u.Date) && date < u.Date {
			probs.Add(e.problem(msg.CorrectionBeforeAssessment, date, u.Code, u.Date))
			continue
		}
		parsed, prob := score.ParseAnswer(ind, e.Answer)
		if prob != nil {
			p := e.problem(prob.Key, prob.Args...)
			p.Hint, p.HintArgs = prob.Hint, prob.HintArgs
			probs.Add(p)
			continue
		}
		after := results.Answer{Text: score.Trim(e.Answer), Value: parsed.Value, Status: results.Answered}
		if parsed.NA {
			after.Status, after.Value = results.NA, 0
		}
		c := results.Correction{Indicator: ind.Code, After: after, Reason: e.Reason, By: e.By, Date: date,
			Ref: e.Ref, Where: e.Where()}
		if inTrail(u, c) {
			p := e.problem(msg.CorrectionAlreadyApplied, u.Code, ind.Code)
			p.Severity = msg.Notice
			probs.Add(p)
			continue
		}
		plan = append(plan, planned{ui, ind, c})
	}
	if probs.HasErrors() {
		return probs
	}
	touched := map[int]bool{}
	for _, pl := range plan {
		u := &res.Units[pl.unit]
		ir := &u.Indicators[pl.ind.Index()]
		pl.c.Before = results.Answer{Text: ir.Answer, Value: ir.Value, Status: ir.Status}
		if u.Round == nil {
			u.Round = &results.UnitRound{}
		}
		u.Round.Corrections = append(u.Round.Corrections, pl.c)
		touched[pl.unit] = true
	}
	for i := range res.Units {
		if !touched[i] {
			continue
		}
		u := &res.Units[i]
		score.Verify(r, u)
		// The trail records what each correction's answer scored.
		for j := range u.Round.Corrections {
			c := &u.Round.Corrections[j]
			if ind, ok := r.Indicator(c.Indicator); ok && c.After.Status == results.Answered {
				c.After.Status = statusOf(ind, c.After.Value)
			}
		}
	}
	return probs
}

// statusOf is the status an answer of value v to ind scores.
func statusOf(ind *rubric.Indicator, v float64) results.IndicatorStatus {
	switch f := score.Fraction(ind, v); {
	case f >= 1:
		return results.Met
	case f <= 0:
		return results.NotMet
	}
	return results.Partial
}

// inTrail reports whether the unit's trail already holds c (the same
// indicator, answer, date, reference and decider).
func inTrail(u *results.Unit, c results.Correction) bool {
	for _, t := range u.Corrections() {
		if t.Indicator == c.Indicator && score.Normalize(t.After.Text) == score.Normalize(c.After.Text) &&
			t.Date == c.Date && strings.TrimSpace(t.Ref) == strings.TrimSpace(c.Ref) && score.Normalize(t.By) == score.Normalize(c.By) {
			return true
		}
	}
	return false
}

// hint suggests the nearest of valid, else says where the valid values
// are.
func hint(p *msg.Problem, s string, valid []string, otherwise msg.Key) {
	if near, ok := suggest.Nearest(s, valid); ok {
		p.Hint, p.HintArgs = msg.HintDidYouMean, []any{near}
		return
	}
	p.Hint = otherwise
}

// isDate reports whether s is an ISO date (yyyy-mm-dd).
func isDate(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-'
}
