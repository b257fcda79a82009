package report

import (
	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
)

// evidence: how complete each unit's evidence is, the units lacking most
// first. Nothing when no answer needs evidence or has any.
func (p *pdfDoc) evidence() {
	rp := p.rp
	ev := &rp.Evidence
	if !ev.Any {
		return
	}
	lang := rp.Lang
	p.Section(p.t(msg.ReportSecEvidence), true, 50)
	p.Para(p.t(msg.ReportEvidenceNote), 8.5, palette.Muted)
	if ev.Required == 0 {
		p.Para(p.t(msg.ReportEvidenceNone), 9.5, palette.Text)
		return
	}
	p.Para(p.t(msg.ReportEvidenceTotal, locale.Int(lang, ev.Present), locale.Int(lang, ev.Required),
		locale.Percent(lang, ev.Share, 1)), 9.5, palette.Text)
	if ev.Lacking > 0 {
		var codes []string
		for _, r := range ev.Units[:ev.Lacking] {
			codes = append(codes, rp.Units[r.Unit].Code+" ("+locale.Percent(lang, r.Share, 0)+")")
		}
		p.Para(p.t(msg.ReportEvidenceLacking, ev.Lacking)+": "+joinSome(lang, codes, MaxLacking)+".", 9, palette.Text)
	}
	cols := []pdfdoc.Column{
		pdfdoc.Col(p.t(msg.ReportColCode), p.codeWidth(8), "L"),
		pdfdoc.Col(p.t(msg.ReportColName)+" · "+p.t(msg.ReportColType), 0, "L"),
		pdfdoc.Col(p.t(msg.ReportColEvRequired), 17, "R"),
		pdfdoc.Col(p.t(msg.ReportColEvPresent), 15, "R"),
		pdfdoc.Col(p.t(msg.ReportColEvShare), 17, "R"),
		pdfdoc.Col(p.t(msg.ReportColEvWithout), 19, "R"),
		pdfdoc.Col(p.t(msg.ReportColEvAbsent), 19, "R"),
	}
	t := p.NewTable(cols, 8, pdfdoc.Shaded)
	for k, r := range ev.Units {
		u := &rp.Units[r.Unit]
		name, h := nameType(t, 1, u.Name, 3.5)
		h = max(h, rowH)
		y := t.Row(h)
		style := ""
		if k < ev.Lacking {
			style = "B"
		}
		t.Cell(0, y, rowH, u.Code, style, palette.Text)
		p.drawNameType(t, 1, y, 3.5, name, rp.TypeLabel(u.Type))
		t.Cell(2, y, rowH, locale.Int(lang, r.Required), "", palette.Text)
		t.Cell(3, y, rowH, locale.Int(lang, r.Present), "", palette.Text)
		ink := palette.Text
		if r.Share < 0.5 {
			ink = palette.NotMet
		}
		t.Cell(4, y, rowH, locale.Percent(lang, r.Share, 1), "B", ink)
		t.Cell(5, y, rowH, locale.Int(lang, r.Without+r.Unproven), "", palette.Text)
		t.Cell(6, y, rowH, locale.Int(lang, r.Absent), "", palette.Text)
		t.Done(h)
	}
	t.End()
	p.Para(p.t(msg.ReportEvidenceColumns), 7.5, palette.Muted)
}
