package report

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// accuracySheet names the workbook's sheet of the self-assessments'
// accuracy, "" when the report has no round units with both scores.
func (rp *Report) accuracySheet() string {
	if rp.Round == nil || len(rp.Round.Accuracy) == 0 {
		return ""
	}
	return msg.T(rp.Lang, msg.ReportSheetAccuracy)
}

// accuracy: the units' self-assessed scores against the verified ones,
// the most overstated first, as the PDF's table.
func (b *xbook) accuracy(sheet string) {
	if sheet == "" {
		return
	}
	rp := b.rp
	g := b.grid(sheet)
	titles := []string{b.t(msg.ReportColNo), b.t(msg.ReportColCode), b.t(msg.ReportColName), b.t(msg.ReportColType),
		b.t(msg.ReportColSelf), b.t(msg.ReportColVerified), b.t(msg.ReportColGap), b.t(msg.ReportColOverclaimed),
		b.t(msg.ReportColStatus)}
	g.header(1, 1, titles...)
	row := 2
	for i, a := range rp.Round.Accuracy {
		u := &rp.Units[a.Unit]
		status := b.t(msg.ReportStatusComplete)
		if a.Provisional {
			status = b.t(msg.ReportStatusProvisional)
		}
		g.row(row, []any{i + 1, u.Code, u.Name, rp.TypeLabel(u.Type), a.Self, a.Verified, a.Gap, a.Overclaimed, status})
		switch {
		case a.Gap < 0:
			g.style(7, row, 7, row, "notmet")
		case a.Gap > 0:
			g.style(7, row, 7, row, "met")
		}
		row++
	}
	g.style(1, 2, 1, row-1, "int")
	g.style(5, 2, 6, row-1, "score")
	g.style(8, 2, 8, row-1, "int")
	g.fit(6, 50)
	g.table(len(titles), row-1)
	g.page(true, true)
}
