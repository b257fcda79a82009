// Package score holds every scoring rule of kepatuhan, and nothing else:
// how an answer is read against its indicator (answer.go), what fraction
// of the indicator's weight it earns, how groups combine into the total,
// how the total maps to the scale and is rounded (round.go), which band it
// falls in, and how units roll up to the region (region.go).
//
// The rules, in words:
//
//   - Each answered indicator earns a fraction in [0, 1] of its weight:
//     a check 1 or 0; a choice its points; levels (v − min)/(max − min);
//     a number by its rule (linear between two values, or thresholds);
//     a survey item the mean over the respondents who answered it, scaled
//     like levels.
//   - A group's fraction is the weighted mean of its applicable children.
//     An indicator answered N/A, or not assessed for the unit's type,
//     leaves the denominator and the other weights renormalise. A group
//     with nothing applicable is itself not applicable.
//   - Linear scale: score = min + F × (max − min), F the root's fraction.
//     Weighted-sum scale: score = factor × Σ weight × value, weights as
//     printed along the path, values in the answer's own units.
//   - The score is rounded once, as the rubric declares; the band (grade,
//     label, zone) is looked up with the rounded score.
//   - A unit with an applicable indicator unanswered is incomplete: it gets
//     no score, no band, and its missing indicators are listed.
//   - An answer that earns part of the weight without the evidence its
//     indicator requires is flagged; under the rubric's rule `unproven`
//     it earns nothing (evidence.go).
//   - Each indicator's and group's points are its contribution to the
//     score; they add up to score − base (base = scale min for linear,
//     0 for weighted-sum).
//
// The package is pure: no I/O, no globals that change.
package score

import (
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// NewUnit returns a unit with one empty (missing) result per indicator of
// r and one group score per group, ready for a reader to fill.
func NewUnit(r *rubric.Rubric, code string) results.Unit {
	u := results.Unit{Code: code, Indicators: make([]results.IndicatorResult, len(r.Indicators()))}
	gs := r.AllGroups()
	u.Groups = make([]results.GroupScore, len(gs))
	for i, g := range gs {
		u.Groups[i].Code = g.Code
	}
	return u
}

// Unit scores u in place against r. Readers leave each answered indicator
// with Status Answered (or NA) and its Value; everything else Missing.
// Unit may be called again on a scored unit and gives the same result.
func Unit(r *rubric.Rubric, u *results.Unit) {
	inds := r.Indicators()
	u.Counts = results.Counts{}
	for i, ind := range inds {
		ir := &u.Indicators[i]
		if ir.Status == results.Answered && ind.Type == rubric.Surv {
			if ir.Respondents > 0 {
				ir.Value /= float64(ir.Respondents)
			} else {
				ir.Status = results.Missing
			}
		}
		switch {
		case !ind.AppliesToType(u.Type):
			ir.Status = results.NotApplicable
		case ir.Status == results.NotApplicable:
			// Scored before for another type; it applies now.
			ir.Status = results.Missing
		}
		ir.Fraction, ir.Points, ir.Max = 0, 0, 0
		if ir.Status == results.Answered || ir.Status.Scored() {
			ir.Fraction = proven(ind, ir, Fraction(ind, ir.Value)) // evidence.go
			switch {
			case ir.Fraction >= 1:
				ir.Status = results.Met
			case ir.Fraction <= 0:
				ir.Status = results.NotMet
			default:
				ir.Status = results.Partial
			}
		}
		switch ir.Status {
		case results.Met:
			u.Counts.Met++
		case results.Partial:
			u.Counts.Partial++
		case results.NotMet:
			u.Counts.NotMet++
		case results.NA:
			u.Counts.NA++
		case results.NotApplicable:
			u.Counts.NotApplicable++
		case results.Missing:
			u.Counts.Missing++
		}
	}

	s := &scorer{r: r, u: u, st: make([]groupState, len(r.AllGroups())+1)}
	root := r.Root()
	if r.Scale.Rule == rubric.WeightedSum {
		s.weightedSum(root, 1)
	} else {
		s.fractions(root)
		s.shares(root, 1, r.Scale.Max-r.Scale.Min)
	}
	base := r.Scale.Min
	if r.Scale.Rule == rubric.WeightedSum {
		base = 0
	}
	rootApplicable, rootComplete := s.status(root)
	u.Score, u.Band, u.Raw = nil, nil, 0
	u.Status = results.Complete
	if u.Counts.Missing > 0 || !rootApplicable || !rootComplete {
		u.Status = results.Incomplete
		return
	}
	raw := base
	for i := range u.Indicators {
		raw += u.Indicators[i].Points
	}
	if r.Scale.Rule != rubric.WeightedSum {
		// The same value computed top-down, without the sum's drift.
		raw = r.Scale.Min + s.state(root).frac*(r.Scale.Max-r.Scale.Min)
	}
	u.Raw = raw
	rounded := Round(raw, r.Scale.Decimals, r.Scale.Rounding)
	u.Score = &rounded
	b := r.BandFor(rounded)
	u.Band = &b
}

type scorer struct {
	r  *rubric.Rubric
	u  *results.Unit
	st []groupState // by group index + 1; the root first
}

// groupState is what scoring works out for one group of one unit.
type groupState struct {
	frac                 float64
	applicable, complete bool
}

func (s *scorer) state(g *rubric.Group) *groupState { return &s.st[g.Index()+1] }

func (s *scorer) gs(g *rubric.Group) *results.GroupScore {
	if g.IsRoot() {
		return nil
	}
	return &s.u.Groups[g.Index()]
}

func (s *scorer) status(g *rubric.Group) (applicable, complete bool) {
	st := s.state(g)
	return st.applicable, st.complete
}

// indicatorApplies: answered (or to be answered) for this unit.
func indicatorApplies(ir *results.IndicatorResult) bool {
	return ir.Status != results.NA && ir.Status != results.NotApplicable
}

// fractions computes each group's weighted mean fraction bottom-up.
func (s *scorer) fractions(g *rubric.Group) {
	var num, den float64
	complete := true
	for _, c := range g.Groups {
		s.fractions(c)
		cs := s.state(c)
		if !cs.applicable {
			continue
		}
		den += c.Weight
		num += c.Weight * cs.frac
		complete = complete && cs.complete
	}
	for _, ind := range g.Indicators {
		ir := &s.u.Indicators[ind.Index()]
		if !indicatorApplies(ir) {
			continue
		}
		den += ind.Weight
		if ir.Status == results.Missing {
			complete = false
			continue
		}
		num += ind.Weight * ir.Fraction
	}
	st := s.state(g)
	st.applicable = den > 0
	st.complete = den > 0 && complete
	if den > 0 {
		st.frac = num / den
	}
	if gs := s.gs(g); gs != nil {
		gs.Applicable, gs.Complete = st.applicable, st.complete
		gs.Fraction = 0
		if gs.Complete {
			gs.Fraction = st.frac
		}
	}
}

// shares hands each applicable child its share of the parent's share and
// computes points: span × share × fraction.
func (s *scorer) shares(g *rubric.Group, share, span float64) {
	var den float64
	for _, c := range g.Groups {
		if s.state(c).applicable {
			den += c.Weight
		}
	}
	for _, ind := range g.Indicators {
		if indicatorApplies(&s.u.Indicators[ind.Index()]) {
			den += ind.Weight
		}
	}
	var points float64
	for _, c := range g.Groups {
		gs := s.gs(c)
		gs.Share, gs.Points, gs.Max = 0, 0, 0
		if !s.state(c).applicable {
			s.zero(c)
			continue
		}
		gs.Share = share * c.Weight / den
		gs.Max = span * gs.Share
		s.shares(c, gs.Share, span)
		points += gs.Points
	}
	for _, ind := range g.Indicators {
		ir := &s.u.Indicators[ind.Index()]
		if !indicatorApplies(ir) {
			continue
		}
		ir.Max = span * share * ind.Weight / den
		ir.Points = ir.Max * ir.Fraction
		points += ir.Points
	}
	if gs := s.gs(g); gs != nil {
		gs.Points = points
	}
}

// zero clears the scores under a group that does not apply.
func (s *scorer) zero(g *rubric.Group) {
	for _, c := range g.Groups {
		gs := s.gs(c)
		gs.Share, gs.Points, gs.Max = 0, 0, 0
		s.zero(c)
	}
}

// weightedSum scores a weighted-sum rubric: points = factor × (product of
// the weights on the path) × value, no renormalisation (validation rules
// out N/A and per-type indicators for such rubrics).
func (s *scorer) weightedSum(g *rubric.Group, w float64) (points, max float64, applicable, complete bool) {
	factor := s.r.Scale.Factor
	complete = true
	for _, c := range g.Groups {
		p, m, a, comp := s.weightedSum(c, w*c.Weight)
		points += p
		max += m
		applicable = applicable || a
		complete = complete && comp
	}
	for _, ind := range g.Indicators {
		ir := &s.u.Indicators[ind.Index()]
		if !indicatorApplies(ir) {
			continue
		}
		applicable = true
		ir.Max = factor * w * ind.Weight * MaxValue(ind)
		if ir.Status == results.Missing {
			complete = false
		} else {
			ir.Points = factor * w * ind.Weight * ir.Value
		}
		points += ir.Points
		max += ir.Max
	}
	st := s.state(g)
	st.applicable, st.complete = applicable, applicable && complete
	if gs := s.gs(g); gs != nil {
		gs.Applicable, gs.Complete = applicable, applicable && complete
		gs.Points, gs.Max, gs.Fraction, gs.Share = points, max, 0, 0
		if gs.Complete && max > 0 {
			gs.Fraction = points / max
		}
		total := s.r.Scale.Max
		if total > 0 {
			gs.Share = max / total
		}
	}
	return points, max, applicable, complete
}
