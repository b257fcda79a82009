package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/xlsxdoc"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// ranking: the complete units by score, with where each falls.
func (b *xbook) ranking(sheet string) {
	rp := b.rp
	g := b.grid(sheet)
	titles := append([]string{b.t(msg.ReportColRank), b.t(msg.ReportColCode), b.t(msg.ReportColName),
		b.t(msg.ReportColType), b.t(msg.ReportColScore)}, b.classTitles()...)
	g.header(1, 1, titles...)
	row := 2
	for _, rk := range rp.Ranking {
		u := &rp.Units[rk.Unit]
		g.row(row, []any{rk.Rank, u.Code, u.Name, rp.TypeLabel(u.Type), rk.Score})
		b.classCells(g, 6, row, u.Band)
		row++
	}
	g.style(1, 2, 1, row-1, "intB")
	g.style(5, 2, 5, row-1, "scoreB")
	g.fit(6, 50)
	g.table(len(titles), row-1)
	g.page(true, true)
}

// averages: the groups (left, with the filter) and the unit types
// (right), both under the frozen first row.
func (b *xbook) averages(sheet string) {
	rp := b.rp
	g := b.grid(sheet)
	lang := b.lang()
	gt := []string{b.t(msg.ReportColCode), b.t(msg.ReportColGroup), b.t(msg.ReportColLevel), b.t(msg.ReportColShareWeight),
		b.t(msg.ReportColUnits), b.t(msg.ReportColAchievement), b.t(msg.ReportColNote)}
	g.header(1, 1, gt...)
	row := 2
	for gi, gr := range rp.Groups {
		d := min(gr.Group.Depth(), 4)
		g.set(1, row, gr.Group.Code, fmt.Sprintf("indent%d", min(d, 1)))
		g.set(2, row, gr.Group.Name.In(lang), fmt.Sprintf("indent%d", d))
		if n := wrapLines(gr.Group.Name.In(lang), wGroupName-float64(d)); n > 1 {
			b.Check(b.SetRowHeight(sheet, row, 15*float64(min(n, 6))))
		}
		g.set(3, row, gr.Group.Depth(), "int")
		g.set(4, row, gr.Share, "pct")
		g.set(5, row, gr.Units, "int")
		if gr.Units > 0 {
			g.set(6, row, gr.Mean, "pct")
		}
		if gi == rp.Weakest {
			g.set(7, row, b.t(msg.ReportWeakestMark), "weak")
		}
		row++
	}
	groupsLast := row - 1
	if len(rp.Groups) == 0 {
		g.set(2, 2, b.t(msg.ReportFlatRubric), "muted")
	}

	// The unit types, from column I.
	const tc = 9
	tt := []string{b.t(msg.ReportColType), b.t(msg.ReportColAssessed), b.t(msg.ReportColComplete), b.t(msg.ReportColIncomplete),
		b.t(msg.ReportColMean), b.t(msg.ReportColMin), b.t(msg.ReportColMax)}
	tt = append(tt, b.classTitles()...)
	g.header(1, tc, tt...)
	row = 2
	put := func(label string, units, complete, incomplete int, mean *float64, lo, hi float64, band *rubric.Band, bold bool) {
		style := ""
		if bold {
			style = "bold"
		}
		g.set(tc, row, label, style)
		g.set(tc+1, row, units, "int")
		g.set(tc+2, row, complete, "int")
		g.set(tc+3, row, incomplete, "int")
		if mean != nil {
			g.set(tc+4, row, *mean, "scoreB")
			g.set(tc+5, row, lo, "score")
			g.set(tc+6, row, hi, "score")
		}
		b.classCells(g, tc+7, row, band)
		row++
	}
	for _, tr := range rp.Types {
		put(tr.Label, tr.Units, tr.Complete, tr.Incomplete, tr.Score, tr.Min, tr.Max, tr.Band, false)
	}
	lo, hi := rp.scoreRange()
	put(b.t(msg.ReportRegionRow), rp.Total, rp.Complete, rp.Incomplete, rp.Score.Score, lo, hi, rp.Score.Band, true)
	// The number columns' titles upright: both tables print one page
	// wide at a readable size.
	g.upright(1, 3, 4, 5, 6, tc+1, tc+2, tc+3, tc+4, tc+5, tc+6)
	g.w[7] = 2 // the gap column H
	g.fit(4, 44)
	g.width(2, wGroupName)
	g.table(len(gt), groupsLast)
	g.page(true, true)
}

// wGroupName is the width of the averages' group names, which wrap.
const wGroupName = 30

// Widths, in characters, of the wrapped columns of the indicators sheet:
// with the number columns' titles upright, the sheet prints one page wide
// at a readable size.
const wText, wGroup, wRec, wUnits = 30, 20, 32, 24

// indicators: every indicator ranked as the coaching agenda ranks them,
// the agenda's rows marked.
func (b *xbook) indicators(sheet string) {
	rp := b.rp
	g := b.grid(sheet)
	lang := b.lang()
	titles := []string{b.t(msg.ReportColRank), b.t(msg.ReportColCode), b.t(msg.ReportColIndicator), b.t(msg.ReportColGroup),
		b.t(msg.ReportColAssessedUnits), b.t(msg.ReportColFailing), b.t(msg.ReportColFailingShare), b.t(msg.ReportColNotMetLong),
		b.t(msg.ReportColPartialLong), b.t(msg.ReportColMetLong), b.t(msg.ReportColNALong), b.t(msg.ReportColNotApplicableLong),
		b.t(msg.ReportColMissingLong), b.t(msg.ReportColShortfall), b.t(msg.ReportColAchievement), b.t(msg.ReportRecommendation),
		b.t(msg.ReportColFailingUnits)}
	g.header(1, 1, titles...)
	row := 2
	for i, ir := range rp.Indicators {
		ind := ir.Indicator
		var rank any
		if ir.Failing > 0 {
			rank = i + 1
		}
		group := ""
		if gp := ind.Group(); gp != nil && !gp.IsRoot() {
			group = rp.GroupName(gp)
		}
		var codes []string
		for _, ui := range ir.Units {
			codes = append(codes, rp.Units[ui].Code)
		}
		var share, mean any
		if ir.Assessed > 0 {
			share, mean = ir.Share, ir.Mean
		}
		units := xlsxdoc.Clip(strings.Join(codes, ", "))
		g.row(row, []any{rank, ind.Code, ind.Text.In(lang), group, ir.Assessed, ir.Failing, share, ir.NotMet,
			ir.Partial, ir.Met, ir.NA, ir.NotApplicable, ir.Missing, math.Round(ir.Shortfall*1000) / 1000, mean,
			ind.Recommendation.In(lang), units})
		// The long texts wrap: the row is as tall as the longest needs
		// (neither Excel nor LibreOffice grows it when the file opens).
		lines := max(wrapLines(ind.Text.In(lang), wText), wrapLines(group, wGroup), wrapLines(ind.Recommendation.In(lang), wRec),
			wrapLines(units, wUnits))
		if lines > 1 {
			b.Check(b.SetRowHeight(sheet, row, 15*float64(min(lines, 12))))
		}
		row++
	}
	g.style(3, 2, 4, row-1, "wrap")
	g.style(16, 2, 17, row-1, "wrap")
	g.style(1, 2, 1, row-1, "intB")
	g.style(5, 2, 6, row-1, "int")
	g.style(7, 2, 7, row-1, "pct")
	g.style(8, 2, 13, row-1, "int")
	g.style(14, 2, 14, row-1, "dec1")
	g.style(15, 2, 15, row-1, "pct")
	if rp.Top > 0 {
		g.style(1, 2, 4, rp.Top+1, "agenda")
		g.style(14, 2, 14, rp.Top+1, "dec1B")
	}
	g.upright(1, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
	g.fit(6, 40)
	g.width(3, wText)
	g.width(4, wGroup)
	g.width(16, wRec)
	g.width(17, wUnits)
	g.table(len(titles), row-1)
	g.page(true, true)
}

// wIssuePlaces is the width, in characters, of the unanswered indicators'
// places on the issues sheet, which wrap.
const wIssuePlaces = 70

// issues: the incomplete units and the units with N/A answers.
func (b *xbook) issues(sheet string) {
	rp := b.rp
	g := b.grid(sheet)
	inds := rp.Rubric.Indicators()
	titles := []string{b.t(msg.ReportColCode), b.t(msg.ReportColName), b.t(msg.ReportColType), b.t(msg.ReportColStatus),
		b.t(msg.ReportColMissingCount), b.t(msg.ReportColMissingItems), b.t(msg.ReportColNACount), b.t(msg.ReportColNAItems)}
	g.header(1, 1, titles...)
	row := 2
	for _, is := range rp.Issues {
		u := &rp.Units[is.Unit]
		status := b.t(msg.ReportStatusComplete)
		if u.Status == results.Incomplete {
			status = b.t(msg.ReportIncompleteShort)
		}
		missing := make([]string, len(is.Missing))
		for i, k := range is.Missing {
			missing[i] = inds[k].Code
			if src := u.Indicators[k].Source; src.Sheet != nil {
				missing[i] += " (" + src.Short() + ")"
			}
		}
		places := strings.Join(missing, "; ")
		g.row(row, []any{u.Code, u.Name, rp.TypeLabel(u.Type), status, len(is.Missing), places, len(is.NA), rp.Codes(is.NA)})
		// The places wrap in their column (they ran past it, cut by the
		// next); the row is as tall as they need.
		if lines := wrapLines(places, wIssuePlaces); lines > 1 {
			b.Check(b.SetRowHeight(sheet, row, 15*float64(min(lines, 12))))
		}
		if u.Status == results.Incomplete {
			g.style(4, row, 4, row, "missing")
		}
		row++
	}
	if len(rp.Issues) == 0 {
		g.set(1, 2, b.t(msg.ReportNoIssues), "muted")
	}
	g.style(5, 2, 5, row-1, "int")
	g.style(6, 2, 6, row-1, "wrap")
	g.style(7, 2, 7, row-1, "int")
	g.fit(6, wIssuePlaces)
	g.table(len(titles), row-1)
	g.page(true, true)
}

// appendix: one row per unit.
func (b *xbook) appendix(sheet string) {
	rp := b.rp
	g := b.grid(sheet)
	titles := []string{b.t(msg.ReportColCode), b.t(msg.ReportColName), b.t(msg.ReportColType), b.t(msg.ReportColRegion),
		b.t(msg.ReportColPeriod), b.t(msg.ReportColAssessor), b.t(msg.ReportColDate), b.t(msg.ReportColStatus), b.t(msg.ReportColScore)}
	titles = append(titles, b.classTitles()...)
	countCol := len(titles) + 1
	titles = append(titles, b.t(msg.ReportColMetLong), b.t(msg.ReportColPartialLong), b.t(msg.ReportColNotMetLong), b.t(msg.ReportColNALong),
		b.t(msg.ReportColNotApplicableLong), b.t(msg.ReportColMissingLong))
	g.header(1, 1, titles...)
	row := 2
	for _, ui := range rp.Appendix {
		u := &rp.Units[ui]
		status := b.t(msg.ReportStatusComplete)
		var sc any
		if u.Score != nil {
			sc = *u.Score
		} else {
			status = b.t(msg.ReportIncompleteShort)
		}
		if rp.Provisional(ui) && u.Score != nil {
			status = b.t(msg.ReportStatusProvisional)
		}
		g.row(row, []any{u.Code, u.Name, rp.TypeLabel(u.Type), u.Region, u.Period, u.Assessor, u.Date, status, sc})
		// A long name or type wraps, its row as tall as it needs.
		if n := max(wrapLines(u.Name, wName), wrapLines(rp.TypeLabel(u.Type), wType), wrapLines(u.Region, wRegion),
			wrapLines(u.Assessor, wRegion), wrapLines(status, wRegion)); n > 1 {
			b.Check(b.SetRowHeight(sheet, row, 15*float64(min(n, 8))))
		}
		b.classCells(g, 10, row, u.Band)
		c := u.Counts
		for i, n := range []int{c.Met, c.Partial, c.NotMet, c.NA, c.NotApplicable, c.Missing} {
			g.set(countCol+i, row, n, "")
		}
		if u.Status == results.Incomplete {
			g.style(8, row, 8, row, "missing")
		}
		row++
	}
	g.style(9, 2, 9, row-1, "scoreB")
	g.style(countCol, 2, countCol+5, row-1, "int")
	g.style(2, 2, 4, row-1, "wrap")
	g.style(6, 2, 6, row-1, "wrap")
	g.upright(1, countCol, countCol+1, countCol+2, countCol+3, countCol+4, countCol+5)
	g.fit(6, 24)
	g.width(2, wName)
	g.width(3, wType)
	for _, c := range []int{4, 6, 8} {
		g.width(c, min(wRegion, g.content(c)*1.1+2))
	}
	g.table(len(titles), row-1)
	g.page(true, true)
}

// Widths, in characters, of the appendix's wrapped name and type.
const wName, wType, wRegion = 26, 16, 12
