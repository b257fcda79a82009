package report

import (
	"math"
	"strconv"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
)

// agenda: the indicators most often not fully met, each with its
// figures, the rubric's recommendation and the units concerned.
func (p *pdfDoc) agenda() {
	rp, d := p.rp, p.Flow
	lang := rp.Lang
	p.Section(p.t(msg.ReportSecAgenda), false, 60)
	p.Para(p.t(msg.ReportAgendaNote), 8.5, palette.Muted)
	if rp.Top == 0 {
		p.Para(p.t(msg.ReportNoFailing), 9.5, palette.Text)
		return
	}
	const numW = 9.0
	tw := width - numW
	for i, ir := range rp.Indicators[:rp.Top] {
		ind := ir.Indicator
		d.Font("B", 9.5)
		title := d.Wrap(ind.Code+" · "+ind.Text.In(p.lang()), tw)
		d.Font("", 8)
		group := ""
		if g := ind.Group(); g != nil && !g.IsRoot() {
			group = p.t(msg.ReportAgendaGroup, rp.GroupName(g)) + " · "
		}
		stats := group + p.t(msg.ReportAgendaStats, locale.Int(lang, ir.Failing), locale.Int(lang, ir.Assessed),
			locale.Percent(lang, ir.Share, 1), locale.Int(lang, ir.NotMet), locale.Int(lang, ir.Partial),
			unitsText(lang, ir.Shortfall), locale.Percent(lang, ir.Mean, 1))
		sl := d.Wrap(stats, tw-52)
		rec := ind.Recommendation.In(p.lang())
		if rec == "" {
			rec = p.t(msg.ReportNoRecommendation)
		}
		d.Font("", 8.5)
		rl := d.Wrap(p.t(msg.ReportRecommendation)+": "+rec, tw)
		var codes []string
		for _, ui := range ir.Units {
			codes = append(codes, rp.Units[ui].Code)
		}
		d.Font("", 7.5)
		ul := d.Wrap(p.t(msg.ReportAgendaUnits)+": "+joinSome(lang, codes, maxAgendaUnits), tw)
		h := 4.6*float64(len(title)) + 3.8*float64(max(len(sl), 1)) + 1 + 4.1*float64(len(rl)) + 3.5*float64(len(ul)) + 4
		p.Need(math.Min(h, p.Bottom-pdfdoc.MarginTop-12))
		top := p.Y
		d.Fill(palette.Accent)
		d.Circle(left+3.2, top+2.4, 3, "F")
		d.Font("B", 8.5)
		d.Ink(palette.White)
		d.Text(left, top+0.2, 6.4, 4.4, strconv.Itoa(i+1), "C")
		x := left + numW
		d.Font("B", 9.5)
		d.Ink(palette.Text)
		d.Lines(x, p.Y, tw, 4.6, title, "L")
		p.Y += 4.6 * float64(len(title))
		// The share of units failing, as a bar beside the numbers.
		bx := right - 48
		d.Fill(palette.Track)
		d.Rect(bx, p.Y+1, 48, 2.4, "F")
		if ir.Assessed > 0 {
			nm := float64(ir.NotMet) / float64(ir.Assessed)
			pa := float64(ir.Partial) / float64(ir.Assessed)
			d.Fill(palette.NotMet)
			if nm > 0 {
				d.Rect(bx, p.Y+1, 48*nm, 2.4, "F")
			}
			d.Fill(palette.Partial)
			if pa > 0 {
				d.Rect(bx+48*nm, p.Y+1, 48*pa, 2.4, "F")
			}
		}
		d.Font("", 8)
		d.Ink(palette.Muted)
		d.Lines(x, p.Y, tw-52, 3.8, sl, "L")
		p.Y += 3.8*float64(max(len(sl), 1)) + 1
		d.Font("", 8.5)
		for _, l := range rl {
			p.Need(4.1)
			d.Ink(palette.Text)
			d.Text(x, p.Y, tw, 4.1, l, "L")
			p.Y += 4.1
		}
		d.Font("", 7.5)
		for _, l := range ul {
			p.Need(3.5)
			d.Ink(palette.Muted)
			d.Text(x, p.Y, tw, 3.5, l, "L")
			p.Y += 3.5
		}
		p.Y += 2
		d.Rule(x, right, p.Y, palette.Grid, 0.15)
		p.Y += 2
	}
	// The key of the bars.
	p.Need(5)
	d.Font("", 7.5)
	x := left + numW
	for _, k := range []struct {
		c palette.Color
		s string
	}{{palette.NotMet, p.t(msg.ReportNotMet)}, {palette.Partial, p.t(msg.ReportPartial)}} {
		d.Fill(k.c)
		d.Rect(x, p.Y+0.8, 2.6, 2.6, "F")
		d.Ink(palette.Muted)
		d.Text(x+3.6, p.Y, 40, 4.2, k.s, "L")
		x += d.Width(k.s) + 10
	}
	p.Y += 5
}

// unitsText renders a number of units: whole numbers as such ("6"), others
// with one decimal ("5,2").
func unitsText(lang msg.Lang, x float64) string {
	if math.Abs(x-math.Round(x)) < 1e-9 {
		return locale.Int(lang, int(math.Round(x)))
	}
	return locale.Num(lang, x, 1)
}
