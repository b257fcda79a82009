package results

import "github.com/kepatuhan/kepatuhan/rubric"

// The verification round. A unit assessed in two passes — the unit's
// self-assessment (Jawaban Unit) and the verifier's answer (Jawaban
// Verifikator) — carries both answers per indicator and both scores; its
// indicator's final answer, which Unit's own fields hold and score, is
// the verifier's where given, else the unit's. Corrections made after
// clarification or objection are applied on top and kept, every one, as
// the unit's trail: nothing is overwritten. A unit of a single-pass
// assessment (a plain Jawaban column) has no Round unless it was
// corrected.

// VerifyState is where one indicator of a verification round stands.
type VerifyState uint8

// Verification states.
const (
	Unverified VerifyState = iota // the verifier has not answered (yet)
	Agreed                        // the verifier gave the unit's answer
	Corrected                     // the verifier gave another answer
)

var verifyStateNames = [...]string{"unverified", "agreed", "corrected"}

func (s VerifyState) String() string { return verifyStateNames[s] }

// ParseVerifyState is the inverse of String.
func ParseVerifyState(s string) (VerifyState, bool) {
	for i, n := range verifyStateNames {
		if n == s {
			return VerifyState(i), true
		}
	}
	return 0, false
}

// Answer is one answer to an indicator as given: its text, its value and
// whether it was an answer at all (Status Answered), N/A (NA) or none
// (Missing); once scored, the status it scored (Met, Partial, NotMet, NA,
// NotApplicable, Missing).
type Answer struct {
	Text   string
	Value  float64
	Status IndicatorStatus
	Source Place
}

// Given reports whether there is an answer (or an N/A). An answer scored
// not applicable (the indicator is not for this unit) is none: it was
// Missing when read, and is the same when read back from results, so that
// scoring a results file again changes nothing (not even where an answer
// was awaited).
func (a Answer) Given() bool { return a.Status != Missing && a.Status != NotApplicable }

// IndicatorRound is one indicator's two answers in a verification round.
type IndicatorRound struct {
	Self     Answer // the unit's own (Jawaban Unit), scored: its status and points in the self-assessed score
	Verifier Answer // the verifier's (Jawaban Verifikator); Missing when not verified
	Note     string // the verifier's note (Catatan Verifikasi)
	State    VerifyState
	// SelfPoints is the self answer's contribution to the self-assessed
	// score.
	SelfPoints float64
}

// Correction is one answer changed after the round, on clarification or
// objection, with who decided it, why, when and under which reference.
type Correction struct {
	Indicator string // the indicator's code
	Before    Answer // the final answer it replaced
	After     Answer // the corrected answer
	Reason    string
	By        string
	Date      string // ISO 8601
	Ref       string // a letter number or other reference
	Where     string // where it was read: "koreksi.yaml:12" or "koreksi.xlsx › Koreksi › A5"
}

// UnitRound is a unit's part in a verification round, and its trail of
// corrections.
type UnitRound struct {
	// Verification: the unit was assessed in two passes (self-assessment
	// and verification). False for a single-pass unit that was corrected.
	Verification bool
	// The self-assessed score, scored from the unit's own answers with
	// the same rules: nil when the unit left an indicator unanswered.
	SelfScore  *float64
	SelfRaw    float64
	SelfBand   *rubric.Band
	SelfStatus Status
	SelfCounts Counts
	// Observation indicators by state: agreed, corrected by the verifier,
	// and neither verified nor corrected since (which makes the unit
	// provisional).
	Agreed, Corrected, Unverified int
	Corrections                   []Correction
}

// Provisional reports whether the unit's result is provisional
// (SEMENTARA): it was assessed in a verification round and some of its
// indicators are neither verified nor corrected yet.
func (u *Unit) Provisional() bool {
	return u.Round != nil && u.Round.Verification && u.Round.Unverified > 0
}

// SelfScore returns the unit's self-assessed score, if it has one.
func (u *Unit) SelfScore() (float64, bool) {
	if u.Round == nil || !u.Round.Verification || u.Round.SelfScore == nil {
		return 0, false
	}
	return *u.Round.SelfScore, true
}

// Gap returns the verified score minus the self-assessed one (negative
// when the unit overstated itself), when both exist.
func (u *Unit) Gap() (float64, bool) {
	s, ok := u.SelfScore()
	if !ok || u.Score == nil {
		return 0, false
	}
	return *u.Score - s, true
}

// Corrections returns the unit's corrections, in the order applied.
func (u *Unit) Corrections() []Correction {
	if u.Round == nil {
		return nil
	}
	return u.Round.Corrections
}

// HasRound reports whether any unit was assessed in a verification
// round or corrected.
func (r *Results) HasRound() bool {
	for i := range r.Units {
		if r.Units[i].Round != nil {
			return true
		}
	}
	return false
}

// Provisional lists the provisional units.
func (r *Results) Provisional() []*Unit {
	var out []*Unit
	for i := range r.Units {
		if r.Units[i].Provisional() {
			out = append(out, &r.Units[i])
		}
	}
	return out
}
