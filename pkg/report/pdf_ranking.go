package report

import (
	"strconv"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
)

// ranking: the complete units by score.
func (p *pdfDoc) ranking() {
	rp := p.rp
	p.Section(p.t(msg.ReportSecRanking), false, 40)
	p.Para(p.t(msg.ReportRankingNote, locale.Int(rp.Lang, len(rp.Ranking))), 8.5, palette.Muted)
	if len(rp.Ranking) == 0 {
		return
	}
	const size = 7.5
	rank := p.t(msg.ReportColRank)
	cols := []pdfdoc.Column{
		pdfdoc.Col(rank, p.fitWidth([]string{rank}, "B", 7.5, 10, 20), "R"),
		pdfdoc.Col(p.t(msg.ReportColCode), p.codeWidth(size), "L"),
		pdfdoc.Col(p.t(msg.ReportColName)+" · "+p.t(msg.ReportColType), 0, "L"),
		pdfdoc.Col(p.t(msg.ReportColScore), 14, "R"),
	}
	cols = append(cols, p.classCols(size, true)...)
	t := p.NewTable(cols, size, pdfdoc.Shaded)
	for _, rk := range rp.Ranking {
		u := &rp.Units[rk.Unit]
		name, h := nameType(t, 2, u.Name, 3.4)
		y := t.Row(h)
		t.Cell(0, y, rowH, strconv.Itoa(rk.Rank), "B", palette.Text)
		t.Cell(1, y, rowH, u.Code, "B", palette.Text)
		p.drawNameType(t, 2, y, 3.4, name, rp.TypeLabel(u.Type))
		t.Cell(3, y, rowH, p.scoreText(rk.Unit, rk.Score), "B", palette.Text)
		p.classCells(t, 4, y, rowH, u.Band, true)
		t.Done(h)
	}
	t.End()
	p.provisionalFootnote()
}
