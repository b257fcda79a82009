package diff

import (
	"math"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// link is one NEW indicator and the OLD ones it matches.
type link struct {
	new      *rubric.Indicator
	old      []*rubric.Indicator
	oldCodes []string // old's codes, shared by every flip of the link
	match    Match
}

// lineage matches NEW indicators to OLD ones: by `replaces`, and by
// identity for OLD codes no NEW indicator replaces. NEW indicators come
// in NEW rubric order; OLD indicators nothing matches follow (new nil).
func lineage(ro, rn *rubric.Rubric) []link {
	claimed := map[string]int{} // OLD code key → NEW indicators replacing it
	for _, ind := range rn.Indicators() {
		for _, c := range ind.Replaces {
			if _, ok := ro.Indicator(c); ok {
				claimed[rubric.CodeKey(c)]++
			}
		}
	}
	used := map[*rubric.Indicator]bool{}
	var out []link
	for _, ind := range rn.Indicators() {
		l := link{new: ind}
		byReplaces := false
		seen := map[*rubric.Indicator]bool{}
		if oi, ok := ro.Indicator(ind.Code); ok && claimed[rubric.CodeKey(ind.Code)] == 0 {
			l.old = append(l.old, oi)
			seen[oi] = true
		}
		for _, c := range ind.Replaces {
			if oi, ok := ro.Indicator(c); ok && !seen[oi] {
				l.old = append(l.old, oi)
				seen[oi] = true
				byReplaces = true
			}
		}
		switch {
		case len(l.old) == 0:
			l.match = MatchAdded
		case len(l.old) > 1:
			l.match = MatchMerged
		case byReplaces && claimed[rubric.CodeKey(l.old[0].Code)] > 1:
			l.match = MatchSplit
		case byReplaces:
			l.match = MatchRenamed
		default:
			l.match = MatchSame
		}
		for _, oi := range l.old {
			used[oi] = true
		}
		l.oldCodes = codes(l.old)
		out = append(out, l)
	}
	for _, oi := range ro.Indicators() {
		if !used[oi] {
			out = append(out, link{old: []*rubric.Indicator{oi}, oldCodes: []string{oi.Code}, match: MatchRemoved})
		}
	}
	return out
}

// share is an indicator's nominal share of the rubric's total weight:
// the product, from the root down, of each node's weight over the sum of
// its siblings' weights.
func share(ind *rubric.Indicator) float64 {
	g := ind.Group()
	sum := 0.0
	for _, s := range g.Indicators {
		sum += s.Weight
	}
	f := ind.Weight / sum
	for ; !g.IsRoot(); g = g.Parent() {
		p := g.Parent()
		sum := 0.0
		for _, s := range p.Groups {
			sum += s.Weight
		}
		f *= g.Weight / sum
	}
	return f
}

// indicatorAt finds ind's result in u, a unit of ind's rubric (units are
// aligned with their rubric's indicators).
func indicatorAt(u *results.Unit, ind *rubric.Indicator) *results.IndicatorResult {
	if i := ind.Index(); i < len(u.Indicators) {
		return &u.Indicators[i]
	}
	return nil
}

// oldStatus is the status OLD gave the indicators of l at u: the status
// of their weighted mean fraction over those scored; ok is false when
// none was scored.
func oldStatus(l *link, u *results.Unit) (results.IndicatorStatus, bool) {
	if len(l.old) == 1 {
		ir := indicatorAt(u, l.old[0])
		if ir == nil || !ir.Status.Scored() {
			return 0, false
		}
		return ir.Status, true
	}
	var num, den float64
	for _, oi := range l.old {
		ir := indicatorAt(u, oi)
		if ir == nil || !ir.Status.Scored() {
			continue
		}
		num += oi.Weight * ir.Fraction
		den += oi.Weight
	}
	if den == 0 {
		return 0, false
	}
	switch f := num / den; {
	case f >= 1-1e-12:
		return results.Met, true
	case f <= 1e-12:
		return results.NotMet, true
	}
	return results.Partial, true
}

// flips lists the indicators whose status flipped between ou and nu, and
// counts in r.compared (by link) the indicators both sides scored.
func (r *Report) flips(lin []link, ou, nu *results.Unit) []Flip {
	var out []Flip
	if r.compared == nil {
		r.compared = make([]int, len(lin))
	}
	for li := range lin {
		l := &lin[li]
		if l.new == nil || len(l.old) == 0 {
			continue
		}
		ir := indicatorAt(nu, l.new)
		if ir == nil || !ir.Status.Scored() {
			continue
		}
		from, ok := oldStatus(l, ou)
		if !ok {
			continue
		}
		r.compared[li]++
		if from == ir.Status {
			continue
		}
		out = append(out, Flip{Indicator: l.new.Code, OldCodes: l.oldCodes, From: from, To: ir.Status})
	}
	return out
}

func codes(inds []*rubric.Indicator) []string {
	out := make([]string, len(inds))
	for i, ind := range inds {
		out[i] = ind.Code
	}
	return out
}

// indicators fills the indicator lineage with weight and type changes
// and the flips counted across units.
func (r *Report) indicators(lin []link) {
	c := &r.Comparability
	for _, l := range lin {
		d := IndicatorDiff{Match: l.match, OldCodes: l.oldCodes}
		var oldTypes []string
		for _, oi := range l.old {
			d.OldShare += share(oi)
			t := string(oi.Type)
			if len(oldTypes) == 0 || !contains(oldTypes, t) {
				oldTypes = append(oldTypes, t)
			}
		}
		d.OldType = strings.Join(oldTypes, "+")
		if l.new != nil {
			d.Code, d.Text = l.new.Code, l.new.Text
			d.NewShare, d.NewType = share(l.new), string(l.new.Type)
		} else {
			d.Text = l.old[0].Text
		}
		d.OldShare, d.NewShare = roundShare(d.OldShare), roundShare(d.NewShare)
		switch l.match {
		case MatchAdded:
			c.NewOnly++
		case MatchRemoved:
			c.OldOnly++
		default:
			c.Matched++
			if l.match != MatchSame {
				c.ByReplaces++
			}
			// Shares compare to a hundredth of a percentage point.
			d.WeightChanged = math.Abs(d.OldShare-d.NewShare) >= 0.00005
			d.TypeChanged = d.OldType != d.NewType
			if d.WeightChanged {
				c.Weights++
			}
			if d.TypeChanged {
				c.Types++
			}
		}
		r.Indicators = append(r.Indicators, d)
	}
	at := map[string]int{}
	for i := range r.Indicators {
		if r.Indicators[i].Code != "" {
			at[r.Indicators[i].Code] = i
		}
	}
	for i, n := range r.compared {
		r.Indicators[i].Compared = n // r.Indicators follows lin
	}
	for i := range r.Units {
		u := &r.Units[i]
		for _, f := range u.Flips {
			d := &r.Indicators[at[f.Indicator]]
			if f.Down() {
				d.Down++
				d.DownUnits = append(d.DownUnits, u.Code)
			} else {
				d.Up++
				d.UpUnits = append(d.UpUnits, u.Code)
			}
		}
	}
	r.compared = nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func roundShare(x float64) float64 { return score.Round(x, 6, rubric.HalfAwayFromZero) }
