package report

import (
	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// fitWidth is the width a column needs for texts in a font, between lo
// and hi millimetres.
func (p *pdfDoc) fitWidth(texts []string, style string, size, lo, hi float64) float64 {
	p.Font(style, size)
	w := 0.0
	for _, s := range texts {
		w = max(w, p.Width(s))
	}
	return min(hi, max(lo, w+2*cellP+0.6))
}

// codeWidth fits the units' codes.
func (p *pdfDoc) codeWidth(size float64) float64 {
	var codes []string
	for i := range p.rp.Units {
		codes = append(codes, p.rp.Units[i].Code)
	}
	return p.fitWidth(codes, "B", size, 14, 38)
}

// classCols are the columns that say where a score falls: a grade column
// when the rubric has grades and zones, the label (unless short), and
// the zone (or the grade, when the rubric has no zones) with its colour.
func (p *pdfDoc) classCols(size float64, label bool) []pdfdoc.Column {
	rp := p.rp
	var cols []pdfdoc.Column
	if rp.Zoned && rp.HasGrades() {
		cols = append(cols, pdfdoc.Col(p.t(msg.ReportColGrade), 15, "C"))
	}
	if label {
		var ls []string
		for _, b := range rp.Rubric.Bands {
			ls = append(ls, b.Label.In(p.lang()))
		}
		cols = append(cols, pdfdoc.Col(p.t(msg.ReportColLabel), p.fitWidth(ls, "", size, 18, 36), "L"))
	}
	var zs []string
	for _, c := range rp.Categories {
		if rp.Zoned {
			zs = append(zs, shortCat(c.Label))
		} else {
			zs = append(zs, rp.Rubric.Bands[c.Bands[0]].Grade)
		}
	}
	zs = append(zs, p.t(msg.ReportIncompleteShort))
	w := p.fitWidth(zs, "", size, 14, 28) + 4.2
	if rp.Zoned {
		cols = append(cols, pdfdoc.Col(p.t(msg.ReportColZone), w, "L"))
	} else {
		cols = append(cols, pdfdoc.Col(p.t(msg.ReportColGrade), w, "L"))
	}
	return cols
}

// classCells fills the classCols from column i on.
func (p *pdfDoc) classCells(t *pdfdoc.Table, i int, y, h float64, b *rubric.Band, label bool) {
	rp := p.rp
	if b == nil {
		if rp.Zoned && rp.HasGrades() {
			i++
		}
		if label {
			i++
		}
		t.Cell(i, y, h, p.t(msg.ReportIncompleteShort), "", palette.Missing)
		return
	}
	if rp.Zoned && rp.HasGrades() {
		t.Cell(i, y, h, b.Grade, "B", palette.Text)
		i++
	}
	if label {
		t.Cell(i, y, h, b.Label.In(p.lang()), "", palette.Text)
		i++
	}
	if rp.Zoned {
		t.Swatch(i, y, h, p.rp.BandColor(*b), shortCat(rp.Rubric.ZoneInfo(b.Zone).Label.In(p.lang())), "")
	} else {
		t.Swatch(i, y, h, p.rp.BandColor(*b), b.Grade, "B")
	}
}

// nameType wraps a unit's name for column i (at most two lines of
// height lh) and returns the lines and the height of a row that also
// holds the unit's type below them.
func nameType(t *pdfdoc.Table, i int, name string, lh float64) ([]string, float64) {
	l := t.Wrap(i, locale.Truncate(name, maxName), "", 2)
	return l, lh*float64(len(l)) + 3 + 1.6
}

// drawNameType draws what nameType prepared, the type in small print.
func (p *pdfDoc) drawNameType(t *pdfdoc.Table, i int, y, lh float64, name []string, typ string) {
	t.Lines(i, y, lh, name, "", palette.Text)
	d := p.Flow
	d.Font("", 6.5)
	d.Ink(palette.Muted)
	w := t.Cols[i].W - 2*cellP
	d.Text(t.X[i]+cellP, y+(rowH-lh)/2+lh*float64(len(name)), w, 3, d.Ellipsize(typ, w), "L")
}
