package skmreport

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/respondent"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// history compares every unit with the earlier periods: each period's
// unit of the same code, worked out again under this report's
// convention. Periods are named by their units' Tahun (the most common),
// else the year of their surveys, else the file's name, and sorted.
func (rp *Report) history(res *results.Results, prev []*results.Results) {
	if len(prev) == 0 {
		return
	}
	type period struct {
		label string
		byKey map[string]*results.Unit
		res   *results.Results
	}
	var ps []period
	for _, p := range prev {
		if _, ok := score.SKMFactor(p.Rubric); !ok || len(p.Rubric.Indicators()) != len(rp.Rubric.Indicators()) {
			continue
		}
		pd := period{label: periodLabel(p), byKey: map[string]*results.Unit{}, res: p}
		for i := range p.Units {
			pd.byKey[rubric.CodeKey(p.Units[i].Code)] = &p.Units[i]
		}
		ps = append(ps, pd)
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].label < ps[j].label })
	for _, p := range ps {
		rp.Previous = append(rp.Previous, p.label)
		var names []string
		for _, in := range p.res.Inputs {
			names = append(names, in.Name)
		}
		rp.PreviousFiles = append(rp.PreviousFiles, strings.Join(names, ", "))
	}
	for ui, u := range rp.Units {
		for _, p := range ps {
			past := Past{Label: p.label}
			if pu, ok := p.byKey[rubric.CodeKey(u.Code)]; ok {
				past.Found = true
				past = rp.pastOf(p.res.Rubric, pu, past)
			}
			u.History = append(u.History, past)
		}
		cur := Past{Label: rp.periodOf(ui), Current: true, Found: true, Complete: u.Complete, Respondents: u.Respondents}
		if u.Complete {
			cur.Score, cur.Band = u.SKM.Score, u.SKM.Band
			for _, it := range u.Items {
				cur.NRR = append(cur.NRR, it.NRRUsed)
			}
		}
		u.History = append(u.History, cur)
	}
}

// pastOf works out an earlier period's unit under this report's
// convention.
func (rp *Report) pastOf(r *rubric.Rubric, pu *results.Unit, past Past) Past {
	sums, counts := itemSums(r, pu)
	past.Complete = true
	for _, n := range counts {
		past.Respondents = max(past.Respondents, n)
		if n == 0 {
			past.Complete = false
		}
	}
	if pu.Survey != nil {
		past.Respondents = pu.Survey.Respondents
	}
	if !past.Complete {
		return past
	}
	s := score.SKM(rp.Rubric, sums, counts, rp.Conv)
	past.Score, past.Band = s.Score, s.Band
	for _, it := range s.Items {
		past.NRR = append(past.NRR, it.NRRUsed)
	}
	return past
}

// periodLabel names an earlier period.
func periodLabel(p *results.Results) string {
	if l := results.MostCommon(p.Units, func(u *results.Unit) string { return u.Period }); l != "" {
		return l
	}
	if l := results.MostCommon(p.Units, func(u *results.Unit) string {
		if u.Survey != nil && len(u.Survey.First) >= 4 {
			return u.Survey.First[:4]
		}
		return ""
	}); l != "" {
		return l
	}
	if len(p.Inputs) > 0 {
		return strings.TrimSuffix(p.Inputs[0].Name, filepath.Ext(p.Inputs[0].Name))
	}
	return "?"
}

// periodOf names this period for unit i: its Tahun, the report's period,
// or its survey's year.
func (rp *Report) periodOf(i int) string {
	u := rp.Units[i]
	switch {
	case u.Period != "":
		return u.Period
	case rp.Period != "":
		return rp.Period
	case u.First != "":
		return u.First[:4]
	}
	return "–"
}

// combine works out the region's figures.
func (rp *Report) combine(res *results.Results) {
	c := &rp.Combined
	r := rp.Rubric
	scored := make([]results.Unit, 0, len(rp.Units))
	n := len(r.Indicators())
	sums := make([]float64, n)
	c.Items = make([]ItemMean, n)
	for i, it := range rp.itemsOf() {
		ind := r.Indicators()[i]
		c.Items[i] = ItemMean{Code: it.Code, Name: it.Name, Recommendation: ind.Recommendation.In(string(rp.Lang))}
	}
	var tallies []results.Tally
	respondents := 0
	counts := make([]int, n+1)
	for ui, u := range rp.Units {
		c.Respondents += u.Respondents
		if u.Population == 0 {
			c.Unknown++
		}
		if u.Complete {
			if u.Population > 0 && !u.Enough {
				c.Short++
			}
			v := u.SKM.Score
			scored = append(scored, results.Unit{Code: u.Code, Type: u.Type, Score: &v})
			for i, it := range u.Items {
				sums[i] += it.NRRUsed
				c.Items[i].Units++
			}
			for _, k := range u.Lowest {
				c.Items[k].AmongLowest++
			}
		}
		if ru := &res.Units[ui]; ru.Survey != nil {
			tallies = append(tallies, ru.Survey.Traits...)
			respondents += ru.Survey.Respondents
		}
		for _, g := range u.Suggestions {
			k := n
			for i := range c.Items {
				if c.Items[i].Code == g.Code {
					k = i
				}
			}
			counts[k] += len(g.Items)
		}
	}
	c.Score = score.Region(r, scored)
	for i := range c.Items {
		it := &c.Items[i]
		if it.Units > 0 {
			it.Mean = sums[i] / float64(it.Units)
			it.Converted = score.Round(it.Mean*rp.Factor, r.Scale.Decimals, r.Scale.Rounding)
			it.Band = r.BandFor(it.Converted)
		}
	}
	if len(scored) > 0 {
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return c.Items[idx[a]].Mean < c.Items[idx[b]].Mean })
		c.Lowest = idx[:min(Lowest, n)]
	}
	c.Traits = traitTables(rp.Lang, mergeTallies(tallies), respondents, maxRegionServices)
	for i, k := range counts {
		if k == 0 {
			continue
		}
		sc := SuggestionCount{N: k}
		if i < n {
			sc.Code, sc.Name = c.Items[i].Code, c.Items[i].Name
		}
		c.Suggestions = append(c.Suggestions, sc)
	}
	// The region in each period: its units' IKMs rolled up.
	for pi := 0; len(rp.Previous) > 0 && pi <= len(rp.Previous); pi++ {
		pr := PastRegion{Current: pi == len(rp.Previous)}
		var us []results.Unit
		for _, u := range rp.Units {
			h := u.History[pi]
			if pr.Label == "" || !pr.Current {
				pr.Label = h.Label
			}
			if h.Found && h.Complete {
				v := h.Score
				us = append(us, results.Unit{Code: u.Code, Type: u.Type, Score: &v})
				if !pr.Current && u.Complete {
					pr.Compared++
				}
			}
		}
		if pr.Current && rp.Period != "" {
			pr.Label = rp.Period
		}
		rs := score.Region(r, us)
		pr.Units, pr.Score, pr.Band = rs.Units, rs.Score, rs.Band
		c.History = append(c.History, pr)
	}
}

// mergeTallies adds up the units' tallies of the same characteristic and
// value (values not in a list, and services, compared as written,
// ignoring case and spaces).
func mergeTallies(in []results.Tally) []results.Tally {
	var out []results.Tally
	at := map[[2]string]int{}
	for _, t := range in {
		k := [2]string{t.Trait, respondent.Fold(t.Value)}
		if i, ok := at[k]; ok {
			out[i].N += t.N
			continue
		}
		at[k] = len(out)
		out = append(out, t)
	}
	return out
}
