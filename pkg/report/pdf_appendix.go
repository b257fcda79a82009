package report

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
)

// appendix: every unit, with its score and answer counts.
func (p *pdfDoc) appendix() {
	rp := p.rp
	lang := rp.Lang
	p.Section(p.t(msg.ReportSecAppendix), true, 0)
	p.Para(p.t(msg.ReportAppendixNote), 8, palette.Muted)
	const size = 7.5
	cols := []pdfdoc.Column{
		pdfdoc.Col(p.t(msg.ReportColCode), p.codeWidth(size), "L"),
		pdfdoc.Col(p.t(msg.ReportColName)+" · "+p.t(msg.ReportColType), 0, "L"),
		pdfdoc.Col(p.t(msg.ReportColScore), 13, "R"),
	}
	cols = append(cols, p.classCols(size, false)...)
	counts := len(cols)
	for _, k := range []msg.Key{msg.ReportColMet, msg.ReportColPartial, msg.ReportColNotMet, msg.ReportColNA,
		msg.ReportColNotApplicable, msg.ReportColMissing} {
		cols = append(cols, pdfdoc.Col(p.t(k), 9, "R"))
	}
	t := p.NewTable(cols, size, pdfdoc.Shaded)
	for _, ui := range rp.Appendix {
		u := &rp.Units[ui]
		name, h := nameType(t, 1, u.Name, 3.3)
		y := t.Row(h)
		t.Cell(0, y, rowH, u.Code, "B", palette.Text)
		p.drawNameType(t, 1, y, 3.3, name, rp.TypeLabel(u.Type))
		if u.Score != nil {
			t.Cell(2, y, rowH, p.scoreText(ui, *u.Score), "B", palette.Text)
		} else {
			t.Cell(2, y, rowH, "–", "", palette.Muted)
		}
		p.classCells(t, 3, y, rowH, u.Band, false)
		c := u.Counts
		for i, n := range []int{c.Met, c.Partial, c.NotMet, c.NA, c.NotApplicable, c.Missing} {
			ink := palette.Text
			if i == 5 && n > 0 {
				ink = palette.Missing
			}
			t.Cell(counts+i, y, rowH, dash(lang, n), "", ink)
		}
		t.Done(h)
	}
	t.End()
	p.provisionalFootnote()
}
