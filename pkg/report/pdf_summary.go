package report

import (
	"math"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// summary: the headline figures in sentences, the units per type and
// per zone (a table and a chart), and the rubric's targets.
func (p *pdfDoc) summary() {
	rp, d := p.rp, p.Flow
	p.Section(p.t(msg.ReportSecSummary), true, 0)

	// The headline figures as sentences.
	lang := rp.Lang
	region := rp.Region
	if region == "" {
		region = p.t(msg.ReportTheRegion)
	}
	if rp.Score.Score != nil {
		b := *rp.Score.Band
		p.Bullet(p.t(msg.ReportSumScore, region, rp.Num(*rp.Score.Score), p.bandName(b), locale.Int(lang, rp.Score.Units)))
	} else {
		p.Bullet(p.t(msg.ReportSumNoScore, region))
	}
	p.Bullet(p.t(msg.ReportSumUnits, locale.Int(lang, rp.Total), locale.Int(lang, rp.Complete), locale.Int(lang, rp.Incomplete)))
	if rp.Complete > 0 {
		var parts []string
		for _, c := range rp.Categories {
			parts = append(parts, p.t(msg.ReportSumCategory, c.Label, locale.Int(lang, c.Count), locale.Percent(lang, c.Share, 1)))
		}
		p.Bullet(strings.Join(parts, "; ") + ".")
	}
	if rp.Weakest >= 0 {
		g := rp.Groups[rp.Weakest]
		p.Bullet(p.t(msg.ReportSumWeakest, rp.GroupName(g.Group), locale.Percent(lang, g.Mean, 1)))
	}
	if rp.Top > 0 {
		ir := rp.Indicators[0]
		p.Bullet(p.t(msg.ReportSumTopIndicator, ir.Indicator.Code, ir.Indicator.Text.In(p.lang()),
			locale.Int(lang, ir.Failing), locale.Int(lang, ir.Assessed)))
	}
	if rp.Incomplete > 0 {
		var codes []string
		for _, is := range rp.Issues {
			if u := &rp.Units[is.Unit]; u.Status == results.Incomplete {
				codes = append(codes, u.Code)
			}
		}
		p.Bullet(p.t(msg.ReportSumIncomplete, locale.Int(lang, rp.Incomplete), joinSome(p.rp.Lang, codes, 8)))
	}

	// Units per type.
	p.Heading(subHeading, p.t(msg.ReportUnitsPerType), 2*rowH+8)
	cols := []pdfdoc.Column{
		pdfdoc.Col(p.t(msg.ReportColType), 0, "L"),
		pdfdoc.Col(p.t(msg.ReportColAssessed), 17, "R"),
		pdfdoc.Col(p.t(msg.ReportColComplete), 17, "R"),
		pdfdoc.Col(p.t(msg.ReportColIncomplete), 19, "R"),
	}
	catW := math.Min(18, 80/float64(max(1, len(rp.Categories))))
	for _, c := range rp.Categories {
		cols = append(cols, pdfdoc.Col(shortCat(c.Label), catW, "R"))
	}
	// The type column (first) takes what is left.
	t := p.NewTable(cols, 8.5, pdfdoc.Shaded)
	tot := make([]int, len(rp.Categories))
	for _, tr := range rp.Types {
		y := t.Row(rowH)
		t.Cell(0, y, rowH, tr.Label, "", palette.Text)
		t.Cell(1, y, rowH, locale.Int(lang, tr.Units), "B", palette.Text)
		t.Cell(2, y, rowH, locale.Int(lang, tr.Complete), "", palette.Text)
		t.Cell(3, y, rowH, dash(lang, tr.Incomplete), "", missingIfAny(tr.Incomplete))
		for ci, n := range tr.Counts {
			tot[ci] += n
			t.Cell(4+ci, y, rowH, dash(lang, n), "", palette.Text)
		}
		t.Done(rowH)
	}
	y := t.Row(rowH)
	t.Cell(0, y, rowH, p.t(msg.ReportTotal), "B", palette.Text)
	t.Cell(1, y, rowH, locale.Int(lang, rp.Total), "B", palette.Text)
	t.Cell(2, y, rowH, locale.Int(lang, rp.Complete), "B", palette.Text)
	t.Cell(3, y, rowH, dash(lang, rp.Incomplete), "B", missingIfAny(rp.Incomplete))
	for ci, n := range tot {
		t.Cell(4+ci, y, rowH, dash(lang, n), "B", palette.Text)
	}
	t.Done(rowH)
	t.End()
	// Colour keys for the category columns.
	p.categoryLegend()

	// Units per zone: the table and the chart side by side.
	key := msg.ReportUnitsPerZone
	if !rp.Zoned {
		key = msg.ReportUnitsPerCategory
	}
	chartH := 62.0
	p.Heading(subHeading, p.t(key), chartH)
	top := p.Y
	tw := 78.0
	d.Font("B", 7.5)
	ty := top
	d.Fill(palette.HeadFill)
	d.Rect(left, ty, tw, rowH, "F")
	d.Ink(palette.Text)
	d.Text(left+cellP, ty, 40, rowH, p.rp.CategoryTitle(), "L")
	d.Text(left+tw-38, ty, 16, rowH, p.t(msg.ReportColUnits), "R")
	d.Text(left+tw-20, ty, 19, rowH, p.t(msg.ReportColShare), "R")
	ty += rowH
	for _, c := range rp.Categories {
		// A long label (the Ombudsman 2025 model's "Sangat Baik ·
		// Kualitas Tertinggi") wraps; it is never cut.
		d.Font("", 8.5)
		ll := d.Wrap(c.Label, tw-44)
		h := rowH + 3.8*float64(len(ll)-1)
		d.Fill(c.Color)
		d.Rect(left+cellP, ty+1, 3, 3, "F")
		d.Ink(palette.Text)
		d.Lines(left+cellP+4.5, ty+(rowH-3.8)/2, tw-44, 3.8, ll, "L")
		d.Font("B", 8.5)
		d.Text(left+tw-38, ty, 16, rowH, locale.Int(lang, c.Count), "R")
		d.Font("", 8.5)
		d.Text(left+tw-20, ty, 19, rowH, locale.Percent(lang, c.Share, 1), "R")
		ty += h
	}
	if rp.Incomplete > 0 {
		d.Fill(palette.Neutral)
		d.Rect(left+cellP, ty+1, 3, 3, "F")
		d.Font("", 8.5)
		d.Ink(palette.Missing)
		d.Text(left+cellP+4.5, ty, tw-44, rowH, p.t(msg.ReportIncompleteBar), "L")
		d.Font("B", 8.5)
		d.Text(left+tw-38, ty, 16, rowH, locale.Int(lang, rp.Incomplete), "R")
		ty += rowH
	}
	d.Rule(left, left+tw, ty, palette.Rule, 0.2)
	d.Font("", 7)
	d.Ink(palette.Muted)
	note := d.Wrap(p.t(msg.ReportShareNote), tw)
	d.Lines(left, ty+1, tw, 3.3, note, "L")
	p.categoryChart(left+tw+8, top, width-tw-8, chartH)
	p.Y = math.Max(top+chartH, ty+1+3.3*float64(len(note))) + 2

	// Targets.
	p.Heading(subHeading, p.t(msg.ReportTargets), 12)
	if len(rp.Targets) == 0 {
		p.Para(p.t(msg.ReportNoTargets), 9, palette.Muted)
		return
	}
	t = p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(p.t(msg.ReportColTarget), 0, "L"),
		pdfdoc.Col(p.t(msg.ReportColGoal), 34, "R"),
		pdfdoc.Col(p.t(msg.ReportColActual), 34, "R"),
		pdfdoc.Col(p.t(msg.ReportColStatus), 30, "L"),
	}, 8.5, pdfdoc.Shaded)
	for _, tr := range rp.Targets {
		lines := t.Wrap(0, tr.Label, "", 3)
		h := math.Max(rowH, 4*float64(len(lines))+1.5)
		y := t.Row(h)
		t.Lines(0, y, 4, lines, "", palette.Text)
		t.Cell(1, y, h, p.rp.GoalText(tr.Target), "", palette.Text)
		actual := "–"
		if tr.Status != TargetUnknown {
			if tr.Target.Kind == rubric.TargetZoneShare {
				actual = locale.Percent(lang, tr.Actual, 1) + " (" + locale.Int(lang, tr.Count) + ")"
			} else {
				actual = rp.Num(tr.Actual)
			}
		}
		t.Cell(2, y, h, actual, "B", palette.Text)
		switch tr.Status {
		case TargetMet:
			t.Cell(3, y, h, "✓ "+p.t(msg.ReportTargetMet), "B", palette.Met)
		case TargetNotMet:
			t.Cell(3, y, h, "✗ "+p.t(msg.ReportTargetNotMet), "B", palette.NotMet)
		default:
			t.Cell(3, y, h, p.t(msg.ReportTargetUnknown), "", palette.Muted)
		}
		t.Done(h)
	}
	t.End()
}

// categoryLegend: what each category column stands for, in colour.
func (p *pdfDoc) categoryLegend() {
	d := p.Flow
	x := left
	d.Font("", 7.5)
	p.Need(5)
	for _, c := range p.rp.Categories {
		w := d.Width(c.Label) + 8
		if x+w > right {
			p.Y += 4.2
			x = left
		}
		d.Fill(c.Color)
		d.Rect(x, p.Y+0.8, 2.6, 2.6, "F")
		d.Ink(palette.Muted)
		d.Text(x+3.6, p.Y, w-4, 4.2, c.Label, "L")
		x += w
	}
	p.Y += 5
}

// categoryChart: a bar per category (and one for the incomplete units),
// in the category's colour, its count above.
func (p *pdfDoc) categoryChart(x, y, w, h float64) {
	rp, d := p.rp, p.Flow
	type bar struct {
		label string
		n     int
		c     palette.Color
	}
	var bars []bar
	for _, c := range rp.Categories {
		// Under a bar, a band's grade says enough ("Sangat Baik"); the
		// table beside names it in full.
		label := shortCat(c.Label)
		if g := rp.Rubric.Bands[c.Bands[0]].Grade; !rp.Zoned && g != "" {
			label = g
		}
		bars = append(bars, bar{label, c.Count, c.Color})
	}
	if rp.Incomplete > 0 {
		bars = append(bars, bar{p.t(msg.ReportIncompleteBar), rp.Incomplete, palette.Neutral})
	}
	most := 1
	for _, b := range bars {
		most = max(most, b.n)
	}
	top, stepV := axis(most)
	const axisW, valueH = 9.0, 5.0
	slot := (w - axisW) / float64(len(bars))
	// Labels wrap under their bar, never cut: the plot gives them room.
	d.Font("", 7)
	lines := 2
	for _, b := range bars {
		lines = max(lines, len(d.Wrap(b.label, slot-1)))
	}
	labelH := 3.3*float64(lines) + 2.4
	px, pw := x+axisW, w-axisW
	py, ph := y+valueH, h-valueH-labelH
	p.yAxis(x, px, pw, py, ph, top, stepV)
	bw := math.Min(slot*0.62, 22)
	for i, b := range bars {
		bx := px + slot*float64(i) + (slot-bw)/2
		bh := ph * float64(b.n) / float64(top)
		d.Fill(b.c)
		if b.n > 0 {
			d.Rect(bx, py+ph-bh, bw, bh, "F")
		}
		d.Font("B", 8)
		d.Ink(palette.Text)
		d.Text(bx-3, py+ph-bh-4.5, bw+6, 4, locale.Int(rp.Lang, b.n), "C")
		d.Font("", 7)
		d.Ink(palette.Text)
		d.Lines(px+slot*float64(i)+0.5, py+ph+1, slot-1, 3.3, d.Wrap(b.label, slot-1), "C")
	}
}
