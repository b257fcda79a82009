package diff

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Verification rounds in a comparison:
//
//   - A unit whose result is provisional (indicators not yet verified)
//     is flagged on the side where it is: provisional (NEW) and
//     old_provisional (OLD), so that an auditor does not take a
//     provisional score for a published one.
//   - SelfVsVerified compares one round's self-assessments (as OLD)
//     with its verified results (as NEW), unit by unit: what verification
//     changed. A "regression" is then a unit the verifier scored lower
//     than it scored itself. The sides are named so in every format
//     ("Mandiri"/"Verifikasi"); the JSON says "sides": "self_vs_verified".

// Flags of a round.
const (
	Provisional    Flag = "provisional"     // NEW's result is provisional
	OldProvisional Flag = "old_provisional" // OLD's result is provisional
)

// SelfVsVerified returns the two sides of a round's comparison: the units
// of res assessed in a verification round, scored from their own answers
// (OLD) and as verified (NEW). Units of a single pass are left out; ok is
// false when there is none of a round.
func SelfVsVerified(res *results.Results) (self, verified *results.Results, ok bool) {
	self = &results.Results{Tool: res.Tool, Rubric: res.Rubric, Inputs: res.Inputs}
	verified = &results.Results{Tool: res.Tool, Rubric: res.Rubric, Inputs: res.Inputs}
	for i := range res.Units {
		u := &res.Units[i]
		if u.Round == nil || !u.Round.Verification {
			continue
		}
		self.Units = append(self.Units, score.SelfUnit(res.Rubric, u))
		verified.Units = append(verified.Units, *u)
	}
	return self, verified, len(verified.Units) > 0
}

// roundFlags flags the provisional units of each side; old and new are
// the results compared.
func (r *Report) roundFlags(old, new *results.Results) {
	prov := func(res *results.Results) map[string]bool {
		m := map[string]bool{}
		for i := range res.Units {
			if res.Units[i].Provisional() {
				m[rubric.CodeKey(res.Units[i].Code)] = true
			}
		}
		return m
	}
	po, pn := prov(old), prov(new)
	if r.SelfVsVerified {
		po = nil // the self-assessment is not a result to publish
	}
	for i := range r.Units {
		u := &r.Units[i]
		if po[rubric.CodeKey(u.Code)] && u.Old != nil {
			u.Flags = append(u.Flags, OldProvisional)
		}
		if pn[rubric.CodeKey(u.Code)] && u.New != nil {
			u.Flags = append(u.Flags, Provisional)
		}
	}
}

// sideKeys name the sides of a self-against-verified comparison.
var sideKeys = map[msg.Key]msg.Key{
	msg.DiffOld: msg.DiffSelf, msg.DiffNew: msg.DiffVerified,
	msg.DiffColOld: msg.DiffColSelf, msg.DiffColNew: msg.DiffColVerified,
	msg.DiffColOldScore: msg.DiffColSelfScore, msg.DiffColNewScore: msg.DiffColVerifiedScore,
	msg.DiffColOldGrade: msg.DiffColSelfGrade, msg.DiffColNewGrade: msg.DiffColVerifiedGrade,
	msg.DiffColOldZone: msg.DiffColSelfZone, msg.DiffColNewZone: msg.DiffColVerifiedZone,
	msg.DiffMatrixOldNew:    msg.DiffMatrixSelfVerified,
	msg.DiffStatusRegressed: msg.DiffStatusLowered, msg.DiffStatusImproved: msg.DiffStatusRaised,
	msg.DiffRegionLine: msg.DiffRegionLineSelf, msg.DiffReasonOldIncomplete: msg.DiffReasonSelfIncomplete,
	msg.DiffSummary: msg.DiffSummarySelf,
}

// roundFlag words a round's flag; ok is false for other flags.
func (w words) roundFlag(f Flag) (string, bool) {
	switch f {
	case Provisional:
		return w.t(msg.DiffFlagProvisional), true
	case OldProvisional:
		return w.t(msg.DiffFlagOldProvisional), true
	}
	return "", false
}

// roundLegends explain the round's flags in use.
func (w words) roundLegends(r *Report) []string {
	var out []string
	if r.Flagged(Provisional) > 0 || r.Flagged(OldProvisional) > 0 {
		out = append(out, w.t(msg.DiffLegendProvisional))
	}
	if r.SelfVsVerified {
		out = append(out, w.t(msg.DiffLegendSelfVsVerified))
	}
	return out
}

// sidesJSON is the JSON's "sides".
func sidesJSON(r *Report) string {
	if r.SelfVsVerified {
		return "self_vs_verified"
	}
	return ""
}
