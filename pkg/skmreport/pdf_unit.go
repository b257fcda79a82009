package skmreport

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
)

// unitReport draws one unit's report.
func (p *pdfDoc) unitReport(u *Unit) {
	rp := p.rp
	name := u.Name
	if name == "" {
		name = u.Code
	}
	period := rp.PeriodText(u)
	if period == "" {
		period = rp.periodOf(rp.indexOf(u))
	}
	head := u.Code
	if u.Name != "" {
		head = u.Name + " · " + u.Code
	}
	p.start(head, u.Code+" · "+period)
	var sub []string
	region := u.Region
	if region == "" {
		region = rp.Region
	}
	for _, s := range []string{u.Code, rp.TypeLabel(u.Type), region} {
		if s != "" {
			sub = append(sub, s)
		}
	}
	p.header(p.t(msg.SKMKicker), name, strings.Join(sub, " · "), p.t(msg.SKMPeriodLine, period))
	p.unitSummary(u)
	p.unitSurvey(u)
	p.Section(p.t(msg.SKMSecTraits), false, 30)
	p.traitTables(u.Traits, u.HasSurvey)
	p.unitAnswers(u)
	p.unitWorking(u)
	p.unitPlan(u)
	p.unitSuggestions(u)
	p.unitHistory(u)
	p.method()
	p.signature(u.Code, p.t(msg.SKMSignHead, name))
}

func (rp *Report) indexOf(u *Unit) int {
	for i := range rp.Units {
		if rp.Units[i] == u {
			return i
		}
	}
	return 0
}

// unitSummary: the IKM panel.
func (p *pdfDoc) unitSummary(u *Unit) {
	rp := p.rp
	facts := [][2]string{{p.t(msg.SKMRespondents), rp.Int(u.Respondents)}}
	if u.Population > 0 {
		facts = append(facts, [2]string{p.t(msg.SKMRequired), p.t(msg.SKMRequiredOf, rp.Int(u.Required), rp.Int(u.Population))})
	} else {
		facts = append(facts, [2]string{p.t(msg.SKMRequired), p.t(msg.SKMSampleUnknown)})
	}
	facts = append(facts, [2]string{p.t(msg.SKMConvention), rp.ConventionShort()})
	var warn []string
	if u.Population > 0 && !u.Enough {
		warn = append(warn, p.t(msg.SKMShortWarn, rp.Int(u.Respondents), rp.Int(u.Required)))
	}
	var value *float64
	var band = u.SKM.Band
	if u.Complete {
		v := u.SKM.Score
		value = &v
		facts = append(facts, [2]string{p.t(msg.SKMIKMRaw), rp.NRR(u.SKM.Total)})
	}
	p.scorePanel(p.t(msg.SKMIKMLabel), value, &band, p.t(msg.SKMMissingItems, strings.Join(u.Missing, ", ")), facts, warn)
}

// unitSurvey: how the survey was run.
func (p *pdfDoc) unitSurvey(u *Unit) {
	rp := p.rp
	p.Section(p.t(msg.SKMSecSurvey), false, 30)
	period := rp.PeriodText(u)
	if period == "" {
		period = p.t(msg.SKMNoDates)
	} else if u.Undated > 0 {
		period += " " + p.t(msg.SKMUndated, rp.Int(u.Undated))
	}
	rows := [][3]string{{p.t(msg.SKMSurveyPeriod), period, ""}}
	if u.Population > 0 {
		rows = append(rows,
			[3]string{p.t(msg.SKMPopulation), rp.Int(u.Population), ""},
			[3]string{p.t(msg.SKMRequiredKM), p.t(msg.SKMRequiredRow, rp.Int(u.Required), rp.Int(u.Row)), ""})
	} else {
		rows = append(rows, [3]string{p.t(msg.SKMPopulation), p.t(msg.SKMPopulationUnknown), "warn"})
	}
	state := ""
	if u.Population > 0 && !u.Enough {
		state = "warn"
	}
	rows = append(rows, [3]string{p.t(msg.SKMRespondentsReceived), rp.Int(u.Respondents) + " · " + rp.SampleText(u), state})
	if u.Unanswered > 0 {
		rows = append(rows, [3]string{p.t(msg.SKMUnanswered), rp.Int(u.Unanswered), ""})
	}
	if len(u.Files) > 0 {
		rows = append(rows, [3]string{p.t(msg.SKMSources), strings.Join(u.Files, ", "), ""})
	}
	p.keyValues(rows)
	if u.Population > 0 && !u.Enough {
		p.Para(p.t(msg.SKMShortNote), 8.5, palette.NotMet)
	}
}

// unitAnswers: each unsur's answers over the scale, as counts and a
// stacked bar.
func (p *pdfDoc) unitAnswers(u *Unit) {
	rp := p.rp
	p.Section(p.t(msg.SKMSecAnswers), false, 40)
	p.Para(p.t(msg.SKMAnswersNote), 8.5, palette.Muted)
	values := 0
	for _, it := range u.Items {
		values = max(values, len(it.Counts))
	}
	if values == 0 {
		values = 4
	}
	cols := []pdfdoc.Column{pdfdoc.Col(p.t(msg.SKMColCode), 10, "L"), pdfdoc.Col(p.t(msg.SKMColUnsur), 0, "L")}
	minV := 1
	if len(u.Items) > 0 {
		minV = u.Items[0].Min
	}
	for v := 0; v < values; v++ {
		cols = append(cols, pdfdoc.Col(locale.Int(rp.Lang, minV+v), 10, "R"))
	}
	cols = append(cols, pdfdoc.Col(p.t(msg.SKMColN), 11, "R"), pdfdoc.Col(p.t(msg.SKMColSum), 14, "R"), pdfdoc.Col(p.t(msg.SKMColSpread), 40, "L"))
	t := p.NewTable(cols, 8, pdfdoc.Shaded)
	shades := spreadColors(values)
	for _, it := range u.Items {
		y := t.Row(rowH)
		t.Cell(0, y, rowH, it.Code, "B", palette.Text)
		t.Cell(1, y, rowH, it.Name, "", palette.Text)
		for v := 0; v < values; v++ {
			s := "·"
			if v < len(it.Counts) && it.Counts[v] > 0 {
				s = rp.Int(it.Counts[v])
			}
			if it.Counts == nil {
				s = "–"
			}
			t.Cell(2+v, y, rowH, s, "", palette.Text)
		}
		t.Cell(2+values, y, rowH, rp.Int(it.N), "", palette.Text)
		t.Cell(3+values, y, rowH, locale.Trimmed(rp.Lang, it.Sum, 0), "B", palette.Text)
		// The stacked bar.
		x, w := t.X[4+values]+1.2, t.Cols[4+values].W-2.4
		if it.N > 0 && it.Counts != nil {
			for v, c := range it.Counts {
				bw := w * float64(c) / float64(it.N)
				if bw > 0 {
					p.d.Fill(shades[v])
					p.d.Rect(x, y+1.2, bw, rowH-2.4, "F")
				}
				x += bw
			}
		}
		t.Done(rowH)
	}
	t.End()
	// The key of the bar's colours.
	d := p.Flow
	p.Need(5)
	x := left
	d.Font("", 7.5)
	for v := 0; v < values; v++ {
		label := locale.Int(rp.Lang, minV+v)
		if ind := rp.Rubric.Indicators(); len(ind) > 0 && ind[0].Survey != nil {
			if l, ok := ind[0].Survey.Labels[minV+v]; ok {
				label += " " + l.In(string(rp.Lang))
			}
		}
		d.Fill(shades[v])
		d.Rect(x, p.Y+0.8, 3, 3, "F")
		d.Ink(palette.Text)
		d.Text(x+4, p.Y, 40, 4.6, label, "L")
		x += 6 + d.Width(label)
	}
	p.Y += 7
}

// spreadColors are the answer values' colours, the worst red to the best
// green.
func spreadColors(n int) []palette.Color {
	ends := []palette.Color{palette.NotMet, palette.Partial, palette.RGB(249, 168, 37), palette.RGB(124, 179, 66), palette.Met}
	out := make([]palette.Color, n)
	for i := range out {
		k := 0
		if n > 1 {
			k = i * (len(ends) - 1) / (n - 1)
		}
		out[i] = ends[k]
	}
	return out
}

// unitWorking: the IKM worked out step by step.
func (p *pdfDoc) unitWorking(u *Unit) {
	rp := p.rp
	p.Section(p.t(msg.SKMSecWorking), false, 60)
	for _, s := range rp.Convention() {
		p.Para(s, 8.5, palette.Muted)
	}
	t := p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(p.t(msg.SKMColCode), 10, "L"),
		pdfdoc.Col(p.t(msg.SKMColUnsur), 0, "L"),
		pdfdoc.Col(p.t(msg.SKMColSum), 13, "R"),
		pdfdoc.Col(p.t(msg.SKMColN), 10, "R"),
		pdfdoc.Col(p.t(msg.SKMColNRR), 16, "R"),
		pdfdoc.Col(p.t(msg.SKMColWeight), 14, "R"),
		pdfdoc.Col(p.t(msg.SKMColWeighted), 19, "R"),
		pdfdoc.Col(p.t(msg.SKMColConverted, locale.Written(rp.Lang, rp.Factor)), 18, "R"),
		pdfdoc.Col(p.t(msg.SKMColMutu), 27, "L"),
	}, 8, pdfdoc.Shaded)
	for _, it := range u.Items {
		y := t.Row(rowH)
		t.Cell(0, y, rowH, it.Code, "B", palette.Text)
		t.Cell(1, y, rowH, it.Name, "", palette.Text)
		t.Cell(2, y, rowH, locale.Trimmed(rp.Lang, it.Sum, 0), "", palette.Text)
		t.Cell(3, y, rowH, rp.Int(it.N), "", palette.Text)
		if it.N == 0 {
			t.Cell(4, y, rowH, p.t(msg.SKMNoAnswer), "", palette.Missing)
			t.Done(rowH)
			continue
		}
		t.Cell(4, y, rowH, rp.NRR(it.NRRUsed), "B", palette.Text)
		t.Cell(5, y, rowH, rp.WeightValue(), "", palette.Muted)
		t.Cell(6, y, rowH, rp.NRR(it.Weighted), "", palette.Text)
		t.Cell(7, y, rowH, rp.Score(it.Converted), "", palette.Text)
		t.Cell(8, y, rowH, rp.BandName(it.Band), "", rp.BandColor(it.Band))
		t.Done(rowH)
	}
	if u.Complete {
		y := t.Row(rowH + 1)
		t.Cell(1, y, rowH+1, p.t(msg.SKMTotalWeighted), "B", palette.Text)
		t.Cell(6, y, rowH+1, rp.NRR(u.SKM.Total), "B", palette.Text)
		t.Done(rowH + 1)
	}
	t.End()
	if !u.Complete {
		p.Para(p.t(msg.SKMNoIKM, strings.Join(u.Missing, ", ")), 9.5, palette.Missing)
		p.bandTable()
		return
	}
	// The steps, with the first unsur as the example.
	it := u.Items[0]
	p.Heading(subHeading, p.t(msg.SKMSteps), 30)
	steps := []string{
		p.t(msg.SKMStep1, it.Code, locale.Trimmed(rp.Lang, it.Sum, 0), rp.Int(it.N), rp.NRR(it.NRRUsed)),
		p.t(msg.SKMStep2, rp.WeightText(), it.Code, rp.NRR(it.NRRUsed), rp.WeightValue(), rp.NRR(it.Weighted)),
		p.t(msg.SKMStep3, rp.NRR(u.SKM.Total)),
		p.t(msg.SKMStep4, rp.NRR(u.SKM.Total), locale.Written(rp.Lang, rp.Factor), rp.Raw(u.SKM.Raw), rp.Score(u.SKM.Score)),
		p.t(msg.SKMStep5, rp.Score(u.SKM.Score), rp.Score(u.SKM.Band.Min), rp.Score(u.SKM.Band.Max), u.SKM.Band.Grade, u.SKM.Band.Label.In(string(rp.Lang))),
	}
	for i, s := range steps {
		p.step(i+1, s)
	}
	if rp.Conv.NRRDecimals < 0 {
		p.Para(p.t(msg.SKMShownDecimals, rp.NRRDecimals()), 8, palette.Muted)
	}
	p.bandTable()
}

// step draws a numbered step.
func (p *pdfDoc) step(n int, s string) {
	d := p.Flow
	d.Font("", 9.5)
	lines := d.Wrap(s, width-7)
	p.Need(4.8 * float64(min(len(lines), 3)))
	d.Font("B", 9.5)
	d.Ink(palette.Accent)
	d.Text(left, p.Y, 6, 4.8, locale.Int(p.rp.Lang, n)+".", "L")
	d.Font("", 9.5)
	d.Ink(palette.Text)
	p.FlowLines(left+7, width-7, 4.8, lines)
	p.Y += 0.8
}

// unitPlan: the three lowest unsur and the follow-up plan.
func (p *pdfDoc) unitPlan(u *Unit) {
	rp := p.rp
	p.Section(p.t(msg.SKMSecPlan), false, 40)
	if !u.Complete {
		p.Para(p.t(msg.SKMNoPlan), 9, palette.Muted)
		return
	}
	p.Para(p.t(msg.SKMPlanNote), 8.5, palette.Muted)
	var rows []planRow
	for _, k := range u.Lowest {
		it := u.Items[k]
		plan := it.Recommendation
		if plan == "" {
			plan = p.t(msg.SKMNoRecommendation)
		}
		rows = append(rows, planRow{code: it.Code, name: it.Name, value: rp.NRR(it.NRRUsed), plan: plan, band: it.Band})
	}
	p.planTable(rows)
}

// unitSuggestions: the suggestions verbatim, by unsur.
func (p *pdfDoc) unitSuggestions(u *Unit) {
	rp, d := p.rp, p.Flow
	p.Section(p.t(msg.SKMSecSuggestions), false, 30)
	if !u.HasSurvey {
		p.Para(p.t(msg.SKMNoSurveyData), 9, palette.Muted)
		return
	}
	if len(u.Suggestions) == 0 {
		p.Para(p.t(msg.SKMNoSuggestions), 9, palette.Muted)
		return
	}
	n := 0
	for _, g := range u.Suggestions {
		n += len(g.Items)
	}
	p.Para(p.t(msg.SKMSuggestionsNote, rp.Int(n)), 8.5, palette.Muted)
	for _, g := range u.Suggestions {
		title := p.t(msg.SKMOtherSuggestions)
		if g.Code != "" {
			title = g.Code + " · " + g.Name
		}
		p.Heading(subHeading, title+" ("+rp.Int(len(g.Items))+")", 10)
		for _, s := range g.Items {
			d.Font("", 9)
			lines := d.Wrap("“"+s.Text+"”", width-5)
			where := s.Where
			if s.Respondent != "" {
				where = p.t(msg.SKMSuggestionWho, s.Respondent, s.Where)
			}
			p.Need(4.4*float64(min(len(lines), 3)) + 3.6)
			d.Fill(palette.Accent)
			d.Rect(left+0.8, p.Y+1.4, 1.4, 1.4, "F")
			d.Ink(palette.Text)
			p.FlowLines(left+5, width-5, 4.4, lines)
			d.Font("", 7)
			d.Ink(palette.Muted)
			p.FlowLines(left+5, width-5, 3.4, []string{where})
			p.Y += 1
		}
	}
}

// unitHistory: the unit in earlier periods.
func (p *pdfDoc) unitHistory(u *Unit) {
	rp := p.rp
	if len(u.History) < 2 {
		return
	}
	p.Section(p.t(msg.SKMSecHistory), false, 40)
	p.Para(p.t(msg.SKMHistoryNote), 8.5, palette.Muted)
	t := p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(p.t(msg.SKMColPeriod), 0, "L"),
		pdfdoc.Col(p.t(msg.SKMRespondents), 26, "R"),
		pdfdoc.Col(p.t(msg.SKMColIKM), 24, "R"),
		pdfdoc.Col(p.t(msg.SKMColMutu), 34, "L"),
		pdfdoc.Col(p.t(msg.SKMColChange), 24, "R"),
	}, 8.5, pdfdoc.Shaded)
	var prev *Past
	for i := range u.History {
		h := &u.History[i]
		y := t.Row(rowH)
		style := ""
		if h.Current {
			style = "B"
		}
		t.Cell(0, y, rowH, h.Label, style, palette.Text)
		switch {
		case !h.Found:
			t.Cell(2, y, rowH, p.t(msg.SKMNotInPeriod), "", palette.Muted)
		case !h.Complete:
			t.Cell(1, y, rowH, rp.Int(h.Respondents), "", palette.Text)
			t.Cell(2, y, rowH, p.t(msg.SKMIncomplete), "", palette.Missing)
		default:
			t.Cell(1, y, rowH, rp.Int(h.Respondents), "", palette.Text)
			t.Cell(2, y, rowH, rp.Score(h.Score), "B", palette.Text)
			t.Cell(3, y, rowH, rp.BandName(h.Band), "", rp.BandColor(h.Band))
			if prev != nil {
				delta := h.Score - prev.Score
				ink := palette.Text
				if delta < 0 {
					ink = palette.NotMet
				} else if delta > 0 {
					ink = palette.Met
				}
				t.Cell(4, y, rowH, locale.Signed(rp.Lang, delta, rp.Rubric.Scale.Decimals), "", ink)
			}
			prev = h
		}
		t.Done(rowH)
	}
	t.End()
	// Each unsur's NRR per period.
	p.Heading(subHeading, p.t(msg.SKMHistoryItems), 3*rowH)
	cols := []pdfdoc.Column{pdfdoc.Col(p.t(msg.SKMColCode), 10, "L"), pdfdoc.Col(p.t(msg.SKMColUnsur), 0, "L")}
	shown := u.History
	if len(shown) > 5 {
		shown = shown[len(shown)-5:]
	}
	for _, h := range shown {
		cols = append(cols, pdfdoc.Col(h.Label, 20, "R"))
	}
	t = p.NewTable(cols, 8, pdfdoc.Shaded)
	for i, it := range u.Items {
		y := t.Row(rowH)
		t.Cell(0, y, rowH, it.Code, "B", palette.Text)
		t.Cell(1, y, rowH, it.Name, "", palette.Text)
		for k, h := range shown {
			s := "–"
			if h.NRR != nil {
				s = rp.NRR(h.NRR[i])
			}
			style := ""
			if h.Current {
				style = "B"
			}
			t.Cell(2+k, y, rowH, s, style, palette.Text)
		}
		t.Done(rowH)
	}
	t.End()
}
