package report

import "github.com/kepatuhan/kepatuhan/pkg/msg"

// evidenceSheet: each unit's evidence completeness, the units lacking
// most first (the PDF's table).
func (b *xbook) evidenceSheet(sheet string) {
	rp := b.rp
	g := b.grid(sheet)
	titles := []string{b.t(msg.ReportColCode), b.t(msg.ReportColName), b.t(msg.ReportColType), b.t(msg.ReportColEvRequired), b.t(msg.ReportColEvPresent),
		b.t(msg.ReportColEvShare), b.t(msg.ReportColEvWithout), b.t(msg.ReportColEvAbsent), b.t(msg.ReportColEvLacking)}
	g.header(1, 1, titles...)
	row := 2
	for k, r := range rp.Evidence.Units {
		u := &rp.Units[r.Unit]
		lacking := ""
		if k < rp.Evidence.Lacking {
			lacking = "✓"
		}
		g.row(row, []any{u.Code, u.Name, rp.TypeLabel(u.Type), r.Required, r.Present, r.Share, r.Without + r.Unproven, r.Absent, lacking})
		row++
	}
	g.style(4, 2, 5, row-1, "int")
	g.style(6, 2, 6, row-1, "pct")
	g.style(7, 2, 8, row-1, "int")
	g.fit(6, 50)
	g.table(len(titles), row-1)
	g.page(true, true)
}
