package report

import (
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
)

// The verification round in the report's PDF: the accuracy of the units'
// self-assessments (the coaching target), the provisional mark and its
// footnote, the note on the cover while units are provisional, and the
// issuer's signature.

// accuracy: the units' self-assessed scores against the verified ones,
// the most overstated first.
func (p *pdfDoc) accuracy() {
	rp := p.rp
	ro := rp.Round
	if ro == nil || ro.Units == 0 {
		return
	}
	lang := rp.Lang
	// Part of the coaching agenda: the units to coach first.
	p.Heading(subHeading, p.t(msg.ReportSecAccuracy), 40)
	p.Para(p.t(msg.ReportAccuracyNote, locale.Int(lang, ro.Units), locale.Int(lang, len(ro.Accuracy)),
		locale.Int(lang, ro.Over), locale.Int(lang, ro.Under), locale.Int(lang, ro.Exact),
		locale.Signed(lang, ro.MeanGap, rp.Rubric.Scale.Decimals)), 8.5, palette.Muted)
	if len(ro.Accuracy) == 0 {
		return
	}
	const size = 7.5
	cols := []pdfdoc.Column{
		pdfdoc.Col(p.t(msg.ReportColNo), 8, "R"),
		pdfdoc.Col(p.t(msg.ReportColCode), p.codeWidth(size), "L"),
		pdfdoc.Col(p.t(msg.ReportColName)+" · "+p.t(msg.ReportColType), 0, "L"),
		pdfdoc.Col(p.t(msg.ReportColSelf), 17, "R"),
		pdfdoc.Col(p.t(msg.ReportColVerified), 19, "R"),
		pdfdoc.Col(p.t(msg.ReportColGap), 15, "R"),
		pdfdoc.Col(p.t(msg.ReportColOverclaimed), 22, "R"),
	}
	t := p.NewTable(cols, size, pdfdoc.Shaded)
	for i, a := range ro.Accuracy {
		u := &rp.Units[a.Unit]
		name, h := nameType(t, 2, u.Name, 3.4)
		y := t.Row(h)
		t.Cell(0, y, rowH, strconv.Itoa(i+1), "", palette.Muted)
		t.Cell(1, y, rowH, u.Code, "B", palette.Text)
		p.drawNameType(t, 2, y, 3.4, name, rp.TypeLabel(u.Type))
		t.Cell(3, y, rowH, rp.Num(a.Self), "", palette.Text)
		t.Cell(4, y, rowH, p.scoreText(a.Unit, a.Verified), "B", palette.Text)
		ink := palette.Text
		switch {
		case a.Gap < 0:
			ink = palette.NotMet
		case a.Gap > 0:
			ink = palette.Met
		}
		t.Cell(5, y, rowH, locale.Signed(lang, a.Gap, rp.Rubric.Scale.Decimals), "B", ink)
		t.Cell(6, y, rowH, dash(lang, a.Overclaimed), "", palette.Text)
		t.Done(h)
	}
	t.End()
	p.provisionalFootnote()
	if ro.Corrections > 0 {
		p.Para(p.t(msg.ReportCorrectionsNote, locale.Int(lang, ro.Corrections)), 8, palette.Muted)
	}
}

// scoreText is a unit's score as printed, marked when it is provisional.
func (p *pdfDoc) scoreText(unit int, score float64) string {
	s := p.rp.Num(score)
	if p.rp.Provisional(unit) {
		s += " *"
	}
	return s
}

// provisionalFootnote explains the mark, when some unit carries it.
func (p *pdfDoc) provisionalFootnote() {
	if ro := p.rp.Round; ro == nil || len(ro.Provisional) == 0 {
		return
	}
	p.Para("* "+p.t(msg.ReportProvisionalMark), 7.5, palette.Partial)
}

// coverProvisional: on the cover, while some unit is provisional, a
// warning naming them.
func (p *pdfDoc) coverProvisional() {
	ro := p.rp.Round
	if ro == nil || len(ro.Provisional) == 0 {
		return
	}
	d := p.Flow
	var codes []string
	for _, i := range ro.Provisional {
		codes = append(codes, p.rp.Units[i].Code)
	}
	text := p.t(msg.ReportCoverProvisional, locale.Int(p.rp.Lang, len(codes)), joinSome(p.rp.Lang, codes, 12))
	d.Font("", 9)
	lines := d.Wrap(text, width-8)
	h := 10 + 4.4*float64(len(lines))
	d.Fill(palette.Partial)
	d.RoundedRect(left, p.Y, width, h, 2, "1234", "F")
	d.Ink(palette.White)
	d.Font("B", 11)
	d.Text(left+4, p.Y+2, width-8, 5.5, p.t(msg.ReportProvisionalTitle), "L")
	d.Font("", 9)
	d.Lines(left+4, p.Y+8, width-8, 4.4, lines, "L")
	p.Y += h + 6
}

// signature: the issuer's signature block, dated with the report.
func (p *pdfDoc) signature() {
	if p.rp.Issuer == nil {
		return
	}
	p.Y += 8
	date := locale.Date(p.rp.Lang, p.rp.Date)
	if date == "" {
		date = strings.Repeat("…", 12)
	}
	p.SignedBy(p.rp.Issuer, date)
}
