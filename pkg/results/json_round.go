package results

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The JSON form of a verification round (round.go), additive to schema
// kepatuhan/results/v1: a unit's "round" object and an indicator's
// "round" object appear only for units of a round or with corrections,
// so results of a single pass are written exactly as before, and files
// written before rounds existed read as they did. Kept in v2, its places
// written as v2 writes places (json_write.go's placer).

type jsonUnitRound struct {
	Verification bool             `json:"verification"`
	Provisional  bool             `json:"provisional"`
	SelfStatus   string           `json:"self_status,omitempty"`
	SelfScore    *float64         `json:"self_score,omitempty"`
	SelfRaw      float64          `json:"self_raw,omitempty"`
	SelfGrade    string           `json:"self_grade,omitempty"`
	SelfZone     string           `json:"self_zone,omitempty"`
	SelfBand     *rubric.Text     `json:"self_band,omitempty"`
	SelfCounts   *jsonCounts      `json:"self_counts,omitempty"`
	Gap          *float64         `json:"gap,omitempty"`
	Agreed       int              `json:"agreed"`
	Corrected    int              `json:"corrected"`
	Unverified   int              `json:"unverified"`
	Corrections  []jsonCorrection `json:"corrections,omitempty"`
}

type jsonAnswer struct {
	Answer string     `json:"answer"`
	Value  float64    `json:"value"`
	Status string     `json:"status"`
	Points *float64   `json:"points,omitempty"`
	Source *jsonPlace `json:"source,omitempty"`
}

type jsonIndicatorRound struct {
	Self     jsonAnswer  `json:"self"`
	Verifier *jsonAnswer `json:"verifier,omitempty"`
	State    string      `json:"state"`
	Note     string      `json:"note,omitempty"`
}

type jsonCorrection struct {
	Indicator string     `json:"indicator"`
	Original  jsonAnswer `json:"original"`
	Corrected jsonAnswer `json:"corrected"`
	Reason    string     `json:"reason"`
	By        string     `json:"by"`
	Date      string     `json:"date"`
	Ref       string     `json:"ref,omitempty"`
	Where     string     `json:"where,omitempty"`
}

func answerJSON(a Answer, points *float64, pc *placer) jsonAnswer {
	return jsonAnswer{Answer: a.Text, Value: a.Value, Status: a.Status.String(), Points: points, Source: pc.at(a.Source)}
}

// unitRoundJSON is u's round object, or nil.
func unitRoundJSON(u *Unit, r *rubric.Rubric, pc *placer) *jsonUnitRound {
	ro := u.Round
	if ro == nil {
		return nil
	}
	j := &jsonUnitRound{Verification: ro.Verification, Provisional: u.Provisional(),
		Agreed: ro.Agreed, Corrected: ro.Corrected, Unverified: ro.Unverified}
	if ro.Verification {
		j.SelfStatus = ro.SelfStatus.String()
		j.SelfScore, j.SelfRaw = ro.SelfScore, ro.SelfRaw
		c := ro.SelfCounts
		j.SelfCounts = &jsonCounts{c.Met, c.Partial, c.NotMet, c.NA, c.NotApplicable, c.Missing}
		if ro.SelfBand != nil {
			j.SelfGrade, j.SelfZone = ro.SelfBand.Grade, string(ro.SelfBand.Zone)
			label := ro.SelfBand.Label
			j.SelfBand = &label
		}
		if g, ok := u.Gap(); ok && r != nil {
			g = roundTo(g, r.Scale.Decimals)
			j.Gap = &g
		}
	}
	for _, c := range ro.Corrections {
		j.Corrections = append(j.Corrections, jsonCorrection{Indicator: c.Indicator,
			Original: answerJSON(c.Before, nil, pc), Corrected: answerJSON(c.After, nil, pc),
			Reason: c.Reason, By: c.By, Date: c.Date, Ref: c.Ref, Where: c.Where})
	}
	return j
}

// indicatorRoundJSON is ir's round object, or nil.
func indicatorRoundJSON(ir *IndicatorResult, pc *placer) *jsonIndicatorRound {
	ro := ir.Round()
	if ro == nil {
		return nil
	}
	pts := ro.SelfPoints
	j := &jsonIndicatorRound{Self: answerJSON(ro.Self, &pts, pc), State: ro.State.String(), Note: ro.Note}
	if ro.Verifier.Given() {
		v := answerJSON(ro.Verifier, nil, pc)
		j.Verifier = &v
	}
	return j
}

// roundTo rounds a difference of two rounded scores to the scale's
// decimals, removing the binary residue of the subtraction.
func roundTo(x float64, dec int) float64 {
	p := 1.0
	for range dec {
		p *= 10
	}
	if x < 0 {
		return -float64(int64(-x*p+0.5)) / p
	}
	return float64(int64(x*p+0.5)) / p
}

func (j jsonAnswer) read(file, unit, ind string, place func(*jsonPlace) (Place, error)) (Answer, error) {
	st, ok := ParseIndicatorStatus(j.Status)
	if !ok {
		return Answer{}, problem(file, msg.ResultsIndicatorStatus, unit, ind, j.Status)
	}
	a := Answer{Text: j.Answer, Value: j.Value, Status: st}
	if j.Source != nil {
		p, err := place(j.Source)
		if err != nil {
			return Answer{}, err
		}
		a.Source = p
	}
	return a, nil
}

// read turns an indicator's round object back into the model.
func (j *jsonIndicatorRound) read(file, unit, ind string, place func(*jsonPlace) (Place, error)) (*IndicatorRound, error) {
	st, ok := ParseVerifyState(j.State)
	if !ok {
		return nil, problem(file, msg.ResultsVerifyState, unit, ind, j.State)
	}
	self, err := j.Self.read(file, unit, ind, place)
	if err != nil {
		return nil, err
	}
	ro := &IndicatorRound{Self: self, State: st, Note: j.Note}
	if j.Self.Points != nil {
		ro.SelfPoints = *j.Self.Points
	}
	if j.Verifier != nil {
		if ro.Verifier, err = j.Verifier.read(file, unit, ind, place); err != nil {
			return nil, err
		}
	}
	return ro, nil
}

// read turns a unit's round object back into the model, checking that
// the self-assessed score is in the band it names.
func (j *jsonUnitRound) read(r *rubric.Rubric, file, code string, place func(*jsonPlace) (Place, error)) (*UnitRound, error) {
	ro := &UnitRound{Verification: j.Verification, Agreed: j.Agreed, Corrected: j.Corrected, Unverified: j.Unverified,
		SelfScore: j.SelfScore, SelfRaw: j.SelfRaw}
	switch j.SelfStatus {
	case "", "complete":
	case "incomplete":
		ro.SelfStatus = Incomplete
	default:
		return nil, problem(file, msg.ResultsUnitStatus, code, j.SelfStatus)
	}
	if j.SelfCounts != nil {
		c := j.SelfCounts
		ro.SelfCounts = Counts{c.Met, c.Partial, c.NotMet, c.NA, c.NotApplicable, c.Missing}
	}
	if ro.SelfScore != nil {
		b := r.BandFor(*ro.SelfScore)
		if b.Grade != j.SelfGrade || string(b.Zone) != j.SelfZone {
			return nil, problem(file, msg.ResultsSelfBand, code, fmtScore(*ro.SelfScore), b.Grade+"/"+string(b.Zone), j.SelfGrade+"/"+j.SelfZone)
		}
		ro.SelfBand = &b
	}
	for _, jc := range j.Corrections {
		before, err := jc.Original.read(file, code, jc.Indicator, place)
		if err != nil {
			return nil, err
		}
		after, err := jc.Corrected.read(file, code, jc.Indicator, place)
		if err != nil {
			return nil, err
		}
		if _, ok := r.Indicator(jc.Indicator); !ok {
			return nil, problem(file, msg.ResultsCorrectionIndicator, code, jc.Indicator)
		}
		ro.Corrections = append(ro.Corrections, Correction{Indicator: jc.Indicator, Before: before, After: after,
			Reason: jc.Reason, By: jc.By, Date: jc.Date, Ref: jc.Ref, Where: jc.Where})
	}
	return ro, nil
}
