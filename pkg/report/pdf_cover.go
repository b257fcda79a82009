package report

import (
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// cover: the title on a band of the accent colour, the region, period,
// rubric and date, the region's score, and room for the contents.
func (p *pdfDoc) cover() {
	rp, d := p.rp, p.Flow
	p.NewPage()
	// The title on a band of the accent colour.
	d.Font("B", 21)
	title := d.Wrap(locale.Truncate(rp.Title, 300), width-10)
	if len(title) > 4 {
		title = append(title[:3], d.Ellipsize(strings.Join(title[3:], " "), width-10))
	}
	bandH := 30 + 9.5*float64(len(title))
	d.Fill(palette.Accent)
	d.Rect(0, 0, pdfdoc.PageWidth, bandH, "F")
	d.Font("B", 9)
	d.Ink(palette.White)
	d.Text(left, 16, width, 5, p.t(msg.ReportKicker), "L")
	d.Font("B", 21)
	d.Lines(left, 24, width, 9.5, title, "L")
	p.Y = bandH + 12

	if rp.Region != "" {
		d.Font("B", 22)
		d.Ink(palette.Text)
		l := d.Wrap(locale.Truncate(rp.Region, maxName), width)
		if len(l) > 2 {
			l = l[:2]
		}
		d.Lines(left, p.Y, width, 10, l, "L")
		p.Y += 10*float64(len(l)) + 1
	}
	if rp.Period != "" {
		d.Font("", 14)
		d.Ink(palette.Muted)
		d.Text(left, p.Y, width, 7, d.Ellipsize(p.t(msg.ReportPeriodOf, rp.Period), width), "L")
		p.Y += 9
	}
	p.Y += 4
	fields := [][2]string{
		{p.t(msg.ReportRubric), rp.Rubric.Title.In(p.lang())},
		{"-", p.t(msg.ReportRubricRef, rp.Rubric.Ref(), rp.Rubric.VersionText(p.lang()))},
	}
	if dt := rp.DateText(); dt != "" {
		label := p.t(msg.ReportDate)
		if rp.DateKind == DateData {
			label = p.t(msg.ReportDateData)
		}
		fields = append(fields, [2]string{label, dt})
	}
	for _, f := range fields {
		style, ink := "B", palette.Text
		if f[0] == "-" {
			style, ink = "", palette.Muted
		} else {
			p.Y += 1.5
			d.Font("", 8)
			d.Ink(palette.Muted)
			d.Text(left, p.Y, width, 4, f[0], "L")
			p.Y += 4
		}
		d.Font(style, 10.5)
		d.Ink(ink)
		l := d.Wrap(f[1], width)
		d.Lines(left, p.Y, width, 5, l, "L")
		p.Y += 5 * float64(len(l))
	}
	p.Y += 8
	p.scoreBox(left, p.Y, width, 34)
	p.Y += 34 + 10
	p.coverProvisional() // pdf_accuracy.go
	p.tocY = p.Y
}

// scoreBox: the region's score, its band and zone, and what it is the
// mean of.
func (p *pdfDoc) scoreBox(x, y, w, h float64) {
	rp, d := p.rp, p.Flow
	sw := 56.0
	d.Fill(palette.Panel)
	d.RoundedRect(x, y, sw, h, 2, "1234", "F")
	d.Font("B", 7.5)
	d.Ink(palette.Muted)
	name := p.t(msg.ReportRegionScore)
	d.Text(x+2, y+3, sw-4, 4, d.Ellipsize(name, sw-4), "C")
	d.Font("B", 28)
	d.Ink(palette.Text)
	s := "–"
	if rp.Score.Score != nil {
		s = rp.Num(*rp.Score.Score)
	}
	d.Text(x, y+h/2-6, sw, 12, s, "C")
	d.Font("", 7.5)
	d.Ink(palette.Muted)
	d.Text(x+2, y+h-7.5, sw-4, 4, d.Ellipsize(p.t(msg.ReportScaleOf, rp.Num(rp.Rubric.Scale.Min), rp.Num(rp.Rubric.Scale.Max)), sw-4), "C")

	bx := x + sw + 4
	bw := 62.0
	if rp.Score.Band != nil {
		b := *rp.Score.Band
		c := p.rp.BandColor(b)
		d.Fill(c)
		d.RoundedRect(bx, y, bw, h, 2, "1234", "F")
		d.Ink(c.Contrast())
		var rows []struct {
			s, style string
			size, lh float64
		}
		add := func(s, style string, size, lh float64) {
			d.Font(style, size)
			for _, l := range d.Wrap(s, bw-6) {
				rows = append(rows, struct {
					s, style string
					size, lh float64
				}{l, style, size, lh})
			}
		}
		if rp.Zoned && b.Zone != rubric.NoZone {
			add(strings.ToUpper(rp.Rubric.ZoneInfo(b.Zone).Label.In(p.lang())), "B", 12, 6)
		}
		if b.Grade != "" {
			add(p.t(msg.ReportGrade, b.Grade), "B", 14, 7)
		}
		add(b.Label.In(p.lang()), "", 10, 5)
		total := 0.0
		for _, r := range rows {
			total += r.lh
		}
		ry := y + (h-total)/2
		for _, r := range rows {
			d.Font(r.style, r.size)
			d.Text(bx+3, ry, bw-6, r.lh, r.s, "C")
			ry += r.lh
		}
	} else {
		d.Fill(palette.Panel)
		d.RoundedRect(bx, y, bw, h, 2, "1234", "F")
		d.Font("", 9)
		d.Ink(palette.Muted)
		l := d.Wrap(p.t(msg.ReportNoRegionScore), bw-6)
		d.Lines(bx+3, y+(h-4.5*float64(len(l)))/2, bw-6, 4.5, l, "C")
	}

	// What the score is made of.
	tx := bx + bw + 5
	tw := x + w - tx
	ty := y + 1
	lines := []struct {
		label, value string
	}{
		{p.t(msg.ReportUnitsAssessed), locale.Int(rp.Lang, rp.Total)},
		{p.t(msg.ReportUnitsComplete), locale.Int(rp.Lang, rp.Complete)},
		{p.t(msg.ReportUnitsIncomplete), locale.Int(rp.Lang, rp.Incomplete)},
	}
	for _, l := range lines {
		d.Font("", 8.5)
		d.Ink(palette.Muted)
		d.Text(tx, ty, tw-14, 5, d.Ellipsize(l.label, tw-15), "L")
		d.Font("B", 10)
		d.Ink(palette.Text)
		d.Text(tx+tw-14, ty, 14, 5, l.value, "R")
		ty += 5.5
	}
	d.Font("", 7.5)
	d.Ink(palette.Muted)
	rule := d.Wrap(p.t(msg.ReportScoreIs, rp.RollupText()), tw)
	if len(rule) > 3 {
		rule = append(rule[:2], d.Ellipsize(strings.Join(rule[2:], " "), tw))
	}
	d.Lines(tx, ty+1, tw, 3.4, rule, "L")
}

// contents writes the list of sections on the cover, once their pages
// are known.
func (p *pdfDoc) contents() {
	d := p.Flow
	last := d.PageNo()
	d.SetPage(1)
	// The cover's content stream ended with the footer's state; select
	// everything again before drawing on it.
	d.Font("B", 13.5)
	d.Font("", 9.5)
	d.Fill(palette.White)
	d.Ink(palette.White)
	d.Stroke(palette.White)
	y := p.tocY
	d.Font("B", 11)
	d.Ink(palette.Accent)
	d.Text(left, y, width, 6, p.t(msg.ReportContents), "L")
	y += 7
	for _, e := range p.Sections {
		if y+5 > p.Bottom {
			break
		}
		d.Font("", 9.5)
		d.Ink(palette.Text)
		d.Text(left, y, width-20, 5, d.Ellipsize(e.Title, width-22), "L")
		d.Font("B", 9.5)
		d.Text(right-20, y, 20, 5, strconv.Itoa(e.Page), "R")
		d.Rule(left, right, y+5, palette.Grid, 0.15)
		y += 5.6
	}
	d.SetPage(last)
}
