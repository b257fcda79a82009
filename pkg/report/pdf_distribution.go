package report

import (
	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
)

// distribution: the histogram of the scores over the scale, bars
// stacked and coloured by category, the bands drawn under the axis.
func (p *pdfDoc) distribution() {
	rp, d := p.rp, p.Flow
	p.Section(p.t(msg.ReportSecDistribution), false, 125)
	h := &rp.Histogram
	if len(h.Bins) == 0 || rp.Complete == 0 {
		p.Para(p.t(msg.ReportNoScores), 9, palette.Muted)
		return
	}
	p.Para(p.t(msg.ReportHistogramNote, rp.Num(h.Step), locale.Int(rp.Lang, rp.Complete)), 8.5, palette.Muted)
	const chartH = 78.0
	p.Need(chartH + 18)
	x, y, w := left, p.Y, width
	most := 1
	for _, b := range h.Bins {
		most = max(most, b.Total)
	}
	top, stepV := axis(most)
	const axisW, valueH = 9.0, 4.0
	px, pw := x+axisW, w-axisW
	py, ph := y+valueH, chartH-valueH
	p.yAxis(x, px, pw, py, ph, top, stepV)
	span := h.Max - h.Min
	xOf := func(v float64) float64 { return px + pw*(v-h.Min)/span }
	order := make([]int, len(rp.Categories))
	for i := range order {
		order[i] = len(order) - 1 - i // the lowest category at the bottom
	}
	for _, b := range h.Bins {
		x0, x1 := xOf(b.Lo), xOf(b.Hi)
		bw := (x1 - x0) * 0.86
		bx := x0 + (x1-x0-bw)/2
		base := py + ph
		for _, ci := range order {
			n := b.Counts[ci]
			if n == 0 {
				continue
			}
			bh := ph * float64(n) / float64(top)
			d.Fill(rp.Categories[ci].Color)
			d.Rect(bx, base-bh, bw, bh, "F")
			base -= bh
		}
		if b.Total > 0 {
			d.Font("B", 7)
			d.Ink(palette.Text)
			d.Text(bx-3, base-4, bw+6, 3.6, locale.Int(rp.Lang, b.Total), "C")
		}
	}
	// Ticks at bin edges, at most about ten labels.
	every := max(1, (len(h.Bins)+9)/10)
	dec := locale.Decimals(h.Step)
	d.Font("", 6.5)
	d.Ink(palette.Muted)
	ay := py + ph
	for i := 0; i <= len(h.Bins); i++ {
		v := h.Max
		if i < len(h.Bins) {
			v = h.Bins[i].Lo
		}
		tx := xOf(v)
		d.Stroke(palette.Muted)
		d.Line(tx, ay, tx, ay+1)
		if i%every == 0 || i == len(h.Bins) {
			d.Text(tx-8, ay+1, 16, 3.4, locale.Num(rp.Lang, v, dec), "C")
		}
	}
	// The bands under the axis.
	by := ay + 5
	bands := rp.Rubric.Bands
	for i, b := range bands {
		hi := h.Max
		if i+1 < len(bands) {
			hi = bands[i+1].Min
		}
		x0, x1 := xOf(b.Min), xOf(hi)
		c := p.rp.BandColor(b)
		d.Fill(c)
		d.Rect(x0, by, x1-x0, 5, "F")
		d.Stroke(palette.White)
		d.SetLineWidth(0.4)
		d.Line(x0, by, x0, by+5)
		name := b.Label.In(p.lang())
		if b.Grade != "" {
			name = b.Grade
		}
		d.Font("B", 6.5)
		d.Ink(c.Contrast())
		if d.Width(name) < x1-x0-1 {
			d.Text(x0, by, x1-x0, 5, name, "C")
		}
	}
	p.Y = by + 7
	// The key: each band's range and label.
	d.Font("", 7.5)
	for i := len(bands) - 1; i >= 0; i-- {
		b := bands[i]
		label := p.rp.BandRange(i) + "  " + p.bandName(b)
		p.Need(4)
		d.Fill(p.rp.BandColor(b))
		d.Rect(left, p.Y+0.8, 2.6, 2.6, "F")
		d.Ink(palette.Text)
		d.Text(left+4, p.Y, width-4, 4, d.Ellipsize(label, width-5), "L")
		p.Y += 4
	}
	p.Y += 2
}

// axis returns the top of a count axis and its tick step: whole numbers,
// about five ticks.
func axis(most int) (top, step int) {
	step = max(1, int(niceStep(float64(most), 5)+0.5))
	top = (most + step - 1) / step * step
	if top == most {
		top += step
	}
	return top, step
}

// yAxis draws the grid and count labels of a chart's plot area.
func (p *pdfDoc) yAxis(x, px, pw, py, ph float64, top, step int) {
	d := p.Flow
	d.SetLineWidth(0.15)
	for v := 0; v <= top; v += step {
		gy := py + ph - ph*float64(v)/float64(top)
		d.Stroke(palette.Grid)
		if v == 0 {
			d.Stroke(palette.Muted)
		}
		d.Line(px, gy, px+pw, gy)
		d.Font("", 6.5)
		d.Ink(palette.Muted)
		d.Text(x, gy-2, px-x-1.5, 4, locale.Int(p.rp.Lang, v), "R")
	}
}
