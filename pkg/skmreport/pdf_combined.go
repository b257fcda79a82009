package skmreport

import (
	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
)

// combinedReport draws the region's report: the region's IKM, every
// unit's result with its sample, the unsur across the units, the
// respondents' characteristics, the lowest unsur and their plan, the
// suggestions per unsur, earlier periods, the method and the signature.
func (p *pdfDoc) combinedReport() {
	rp := p.rp
	region := rp.Region
	if region == "" {
		region = p.t(msg.SKMTheRegion)
	}
	period := rp.Period
	p.start(region+" · "+period, region+" · "+period)
	line := ""
	if period != "" {
		line = p.t(msg.SKMPeriodLine, period)
	}
	p.header(p.t(msg.SKMKickerCombined), region, p.t(msg.SKMCombinedSub, rp.Int(len(rp.Units))), line)
	c := &rp.Combined
	facts := [][2]string{
		{p.t(msg.SKMUnitsCounted), p.t(msg.SKMUnitsOf, rp.Int(c.Score.Units), rp.Int(len(rp.Units)))},
		{p.t(msg.SKMRespondents), rp.Int(c.Respondents)},
		{p.t(msg.SKMConvention), rp.ConventionShort()},
	}
	if dt := rp.DateText(); dt != "" {
		facts = append(facts, [2]string{p.t(msg.SKMDate), dt})
	}
	var warn []string
	if c.Short > 0 {
		warn = append(warn, p.t(msg.SKMUnitsShort, rp.Int(c.Short)))
	}
	if c.Unknown > 0 {
		warn = append(warn, p.t(msg.SKMUnitsUnknown, rp.Int(c.Unknown)))
	}
	var value *float64
	band := rp.Rubric.Bands[0]
	if c.Score.Score != nil {
		value, band = c.Score.Score, *c.Score.Band
	}
	p.scorePanel(p.t(msg.SKMRegionIKM), value, &band, p.t(msg.SKMNoUnitComplete), facts, warn)
	p.Para(rp.RegionRule(), 8.5, palette.Muted)

	p.combinedUnits()
	p.combinedItems()
	p.Section(p.t(msg.SKMSecTraitsAll), false, 30)
	p.traitTables(c.Traits, c.Respondents > 0)
	p.combinedPlan()
	p.combinedSuggestions()
	p.combinedHistory()
	p.method()
	p.signature("", p.t(msg.SKMSignRegion))
}

// combinedUnits: every unit's respondents, sample, IKM and quality, with
// a bar of its IKM.
func (p *pdfDoc) combinedUnits() {
	rp := p.rp
	p.Section(p.t(msg.SKMSecUnits), false, 40)
	t := p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(p.t(msg.SKMColNo), 8, "R"),
		pdfdoc.Col(p.t(msg.SKMColUnit), 0, "L"),
		pdfdoc.Col(p.t(msg.SKMRespondents), 19, "R"),
		pdfdoc.Col(p.t(msg.SKMColRequired), 17, "R"),
		pdfdoc.Col(p.t(msg.SKMColSample), 24, "L"),
		pdfdoc.Col(p.t(msg.SKMColIKM), 13, "R"),
		pdfdoc.Col(p.t(msg.SKMColMutu), 27, "L"),
		pdfdoc.Col("", 18, "L"),
	}, 8, pdfdoc.Shaded)
	lo, hi := rp.Rubric.Scale.Min, rp.Rubric.Scale.Max
	for i, u := range rp.Units {
		y := t.Row(rowH)
		name := u.Code
		if u.Name != "" {
			name += " · " + u.Name
		}
		t.Cell(0, y, rowH, locale.Int(rp.Lang, i+1), "", palette.Muted)
		t.Cell(1, y, rowH, name, "", palette.Text)
		t.Cell(2, y, rowH, rp.Int(u.Respondents), "", palette.Text)
		req, ink := "–", palette.Text
		if u.Population > 0 {
			req = rp.Int(u.Required)
			if !u.Enough {
				ink = palette.NotMet
			}
		} else {
			ink = palette.Muted
		}
		t.Cell(3, y, rowH, req, "", palette.Text)
		t.Cell(4, y, rowH, rp.SampleShort(u), "", ink)
		if u.Complete {
			t.Cell(5, y, rowH, rp.Score(u.SKM.Score), "B", palette.Text)
			t.Cell(6, y, rowH, rp.BandName(u.SKM.Band), "", rp.BandColor(u.SKM.Band))
			x, w := t.X[7]+1, t.Cols[7].W-2
			p.bar(x, y+1.3, w, rowH-2.6, (u.SKM.Score-lo)/(hi-lo), rp.BandColor(u.SKM.Band))
		} else {
			t.Cell(5, y, rowH, "–", "", palette.Missing)
			t.Cell(6, y, rowH, p.t(msg.SKMIncompleteShort), "", palette.Missing)
		}
		t.Done(rowH)
	}
	t.End()
}

// combinedItems: each unsur's mean NRR across the complete units.
func (p *pdfDoc) combinedItems() {
	rp := p.rp
	c := &rp.Combined
	p.Section(p.t(msg.SKMSecItemsAll), false, 60)
	p.Para(p.t(msg.SKMItemsAllNote), 8.5, palette.Muted)
	t := p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(p.t(msg.SKMColCode), 10, "L"),
		pdfdoc.Col(p.t(msg.SKMColUnsur), 0, "L"),
		pdfdoc.Col(p.t(msg.SKMColMeanNRR), 20, "R"),
		pdfdoc.Col(p.t(msg.SKMColConverted, locale.Written(rp.Lang, rp.Factor)), 19, "R"),
		pdfdoc.Col(p.t(msg.SKMColMutu), 28, "L"),
		pdfdoc.Col(p.t(msg.SKMColAmongLowest), 22, "R"),
	}, 8, pdfdoc.Shaded)
	for _, it := range c.Items {
		y := t.Row(rowH)
		t.Cell(0, y, rowH, it.Code, "B", palette.Text)
		t.Cell(1, y, rowH, it.Name, "", palette.Text)
		if it.Units > 0 {
			t.Cell(2, y, rowH, rp.NRR(it.Mean), "B", palette.Text)
			t.Cell(3, y, rowH, rp.Score(it.Converted), "", palette.Text)
			t.Cell(4, y, rowH, rp.BandName(it.Band), "", rp.BandColor(it.Band))
		}
		t.Cell(5, y, rowH, rp.Int(it.AmongLowest), "", palette.Text)
		t.Done(rowH)
	}
	t.End()
	p.bandTable()
}

// combinedPlan: the region's three lowest unsur and the plan.
func (p *pdfDoc) combinedPlan() {
	rp := p.rp
	c := &rp.Combined
	p.Section(p.t(msg.SKMSecPlan), false, 40)
	if len(c.Lowest) == 0 {
		p.Para(p.t(msg.SKMNoPlan), 9, palette.Muted)
		return
	}
	p.Para(p.t(msg.SKMPlanNoteRegion), 8.5, palette.Muted)
	var rows []planRow
	for _, k := range c.Lowest {
		it := c.Items[k]
		plan := it.Recommendation
		if plan == "" {
			plan = p.t(msg.SKMNoRecommendation)
		}
		rows = append(rows, planRow{code: it.Code, name: it.Name, value: rp.NRR(it.Mean), plan: plan, band: it.Band})
	}
	p.planTable(rows)
}

// combinedSuggestions: how many suggestions name each unsur.
func (p *pdfDoc) combinedSuggestions() {
	rp := p.rp
	c := &rp.Combined
	p.Section(p.t(msg.SKMSecSuggestions), false, 30)
	if len(c.Suggestions) == 0 {
		p.Para(p.t(msg.SKMNoSuggestions), 9, palette.Muted)
		return
	}
	p.Para(p.t(msg.SKMSuggestionsRegionNote), 8.5, palette.Muted)
	total := 0
	for _, s := range c.Suggestions {
		total += s.N
	}
	t := p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(p.t(msg.SKMColUnsur), 0, "L"),
		pdfdoc.Col(p.t(msg.SKMColCount), 20, "R"),
		pdfdoc.Col("%", 18, "R"),
		pdfdoc.Col("", 60, "L"),
	}, 8.5, pdfdoc.Shaded)
	for _, s := range c.Suggestions {
		y := t.Row(rowH)
		name := p.t(msg.SKMOtherSuggestions)
		if s.Code != "" {
			name = s.Code + " · " + s.Name
		}
		share := float64(s.N) / float64(total)
		t.Cell(0, y, rowH, name, "", palette.Text)
		t.Cell(1, y, rowH, rp.Int(s.N), "B", palette.Text)
		t.Cell(2, y, rowH, rp.Percent(share), "", palette.Text)
		p.bar(t.X[3]+1.5, y+1.3, t.Cols[3].W-3, rowH-2.6, share, palette.Accent)
		t.Done(rowH)
	}
	t.End()
}

// combinedHistory: the region's IKM in earlier periods.
func (p *pdfDoc) combinedHistory() {
	rp := p.rp
	c := &rp.Combined
	if len(c.History) < 2 {
		return
	}
	p.Section(p.t(msg.SKMSecHistory), false, 40)
	p.Para(p.t(msg.SKMHistoryNote), 8.5, palette.Muted)
	t := p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(p.t(msg.SKMColPeriod), 0, "L"),
		pdfdoc.Col(p.t(msg.SKMUnitsCounted), 28, "R"),
		pdfdoc.Col(p.t(msg.SKMColIKM), 24, "R"),
		pdfdoc.Col(p.t(msg.SKMColMutu), 34, "L"),
		pdfdoc.Col(p.t(msg.SKMColChange), 24, "R"),
	}, 8.5, pdfdoc.Shaded)
	var prev *float64
	for _, h := range c.History {
		y := t.Row(rowH)
		style := ""
		if h.Current {
			style = "B"
		}
		t.Cell(0, y, rowH, h.Label, style, palette.Text)
		t.Cell(1, y, rowH, rp.Int(h.Units), "", palette.Text)
		if h.Score != nil {
			t.Cell(2, y, rowH, rp.Score(*h.Score), "B", palette.Text)
			t.Cell(3, y, rowH, rp.BandName(*h.Band), "", rp.BandColor(*h.Band))
			if prev != nil {
				delta := *h.Score - *prev
				ink := palette.Text
				if delta < 0 {
					ink = palette.NotMet
				} else if delta > 0 {
					ink = palette.Met
				}
				t.Cell(4, y, rowH, locale.Signed(rp.Lang, delta, rp.Rubric.Scale.Decimals), "", ink)
			}
			prev = h.Score
		} else {
			t.Cell(2, y, rowH, "–", "", palette.Muted)
		}
		t.Done(rowH)
	}
	t.End()
}
