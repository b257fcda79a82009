package report

import (
	"math"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// averages: by unit type and by group of the rubric.
func (p *pdfDoc) averages() {
	rp, d := p.rp, p.Flow
	lang := rp.Lang
	p.Section(p.t(msg.ReportSecAverages), false, 40)

	p.Heading(subHeading, p.t(msg.ReportByType), 2*rowH+8)
	const size = 8.5
	cols := []pdfdoc.Column{
		pdfdoc.Col(p.t(msg.ReportColType), 0, "L"),
		pdfdoc.Col(p.t(msg.ReportColComplete), 17, "R"),
		pdfdoc.Col(p.t(msg.ReportColMean), 17, "R"),
		pdfdoc.Col(p.t(msg.ReportColMin), 17, "R"),
		pdfdoc.Col(p.t(msg.ReportColMax), 17, "R"),
	}
	cols = append(cols, p.classCols(size, true)...)
	t := p.NewTable(cols, size, pdfdoc.Shaded)
	for _, tr := range rp.Types {
		y := t.Row(rowH)
		t.Cell(0, y, rowH, tr.Label, "", palette.Text)
		t.Cell(1, y, rowH, locale.Int(lang, tr.Complete)+" / "+locale.Int(lang, tr.Units), "", palette.Text)
		if tr.Score != nil {
			t.Cell(2, y, rowH, rp.Num(*tr.Score), "B", palette.Text)
			t.Cell(3, y, rowH, rp.Num(tr.Min), "", palette.Text)
			t.Cell(4, y, rowH, rp.Num(tr.Max), "", palette.Text)
		} else {
			t.Cell(2, y, rowH, "–", "", palette.Muted)
		}
		p.classCells(t, 5, y, rowH, tr.Band, true)
		t.Done(rowH)
	}
	if rp.Score.Score != nil {
		y := t.Row(rowH)
		t.Cell(0, y, rowH, p.t(msg.ReportRegionRow), "B", palette.Text)
		t.Cell(1, y, rowH, locale.Int(lang, rp.Complete)+" / "+locale.Int(lang, rp.Total), "B", palette.Text)
		t.Cell(2, y, rowH, rp.Num(*rp.Score.Score), "B", palette.Text)
		lo, hi := rp.scoreRange()
		t.Cell(3, y, rowH, rp.Num(lo), "", palette.Text)
		t.Cell(4, y, rowH, rp.Num(hi), "", palette.Text)
		p.classCells(t, 5, y, rowH, rp.Score.Band, true)
		t.Done(rowH)
	}
	t.End()
	if rp.Rubric.Rollup.Rule == rubric.RollupWeightedMean {
		p.Para(p.t(msg.ReportTypeMeanNote), 7.5, palette.Muted)
	}

	p.Heading(subHeading, p.t(msg.ReportByGroup), 2*rowH+8)
	if len(rp.Groups) == 0 {
		p.Para(p.t(msg.ReportFlatRubric), 9, palette.Muted)
		return
	}
	p.Para(p.t(msg.ReportGroupNote), 8, palette.Muted)
	const barW = 46.0
	cols = []pdfdoc.Column{
		pdfdoc.Col(p.t(msg.ReportColGroup), 0, "L"),
		pdfdoc.Col(p.t(msg.ReportColShareWeight), 18, "R"),
		pdfdoc.Col(p.t(msg.ReportColUnits), 14, "R"),
		pdfdoc.Col(p.t(msg.ReportColAchievement), barW+18, "L"),
	}
	t = p.NewTable(cols, 8, pdfdoc.Shaded)
	for gi, g := range rp.Groups {
		depth := g.Group.Depth()
		style := ""
		if depth == 1 {
			style = "B"
		}
		indent := 3.5 * float64(depth-1)
		name := rp.GroupName(g.Group)
		weakest := gi == rp.Weakest
		if weakest {
			name += "  " + p.t(msg.ReportWeakestMark)
		}
		d.Font(style, 8)
		nw := t.Cols[0].W - 2*cellP - indent
		lines := d.Wrap(name, nw)
		if len(lines) > 2 {
			lines = []string{lines[0], d.Ellipsize(strings.Join(lines[1:], " "), nw)}
		}
		h := math.Max(rowH, 3.6*float64(len(lines))+1.4)
		y := t.Row(h)
		ink := palette.Text
		if weakest {
			ink = palette.NotMet
		}
		d.Ink(ink)
		d.Lines(t.X[0]+cellP+indent, y+(h-3.6*float64(len(lines)))/2, nw, 3.6, lines, "L")
		t.Cell(1, y, h, locale.Percent(lang, g.Share, 1), "", palette.Muted)
		t.Cell(2, y, h, locale.Int(lang, g.Units), "", palette.Text)
		if g.Units > 0 {
			bx := t.X[3] + cellP
			d.Fill(palette.Track)
			d.Rect(bx, y+h/2-1.3, barW, 2.6, "F")
			if g.Mean > 0 {
				d.Fill(p.fractionColor(g.Mean))
				d.Rect(bx, y+h/2-1.3, math.Max(0.4, barW*g.Mean), 2.6, "F")
			}
			d.Font(style, 8)
			d.Ink(palette.Text)
			d.Text(bx+barW+1, y, 16, h, locale.Percent(lang, g.Mean, 1), "R")
		} else {
			t.Cell(3, y, h, "–", "", palette.Muted)
		}
		t.Done(h)
	}
	t.End()
}

// scoreRange is the lowest and highest complete unit's score.
func (rp *Report) scoreRange() (lo, hi float64) {
	if len(rp.Ranking) == 0 {
		return 0, 0
	}
	return rp.Ranking[len(rp.Ranking)-1].Score, rp.Ranking[0].Score
}

// fractionColor colours an achievement by the band the same
// achievement of the whole scale would fall in.
func (p *pdfDoc) fractionColor(f float64) palette.Color {
	r := p.rp.Rubric
	v := score.Round(r.Scale.Min+f*(r.Scale.Max-r.Scale.Min), r.Scale.Decimals, r.Scale.Rounding)
	return p.rp.BandColor(r.BandFor(v))
}
