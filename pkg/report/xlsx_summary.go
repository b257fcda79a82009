package report

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/xlsxdoc"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// summary: the headline figures, two charts (units per zone, the score
// histogram) and the tables they are drawn from, units per type and
// the targets.
func (b *xbook) summary(sheet string) {
	rp := b.rp
	g := b.grid(sheet)
	lang := b.lang()
	row := 1
	g.skip[1], g.skip[2], g.skip[3], g.skip[4] = true, true, true, true
	g.set(1, row, rp.Title, "title")
	b.Check(b.SetRowHeight(sheet, row, 21))
	row++
	if s := strings.Trim(rp.Region+" · "+rp.Period, " ·"); s != "" {
		g.set(1, row, s, "subtitle")
	}
	row++
	g.set(1, row, b.t(msg.ReportRubric)+": "+rp.Rubric.Title.In(lang)+" ("+b.t(msg.ReportRubricRef, rp.Rubric.Ref(), rp.Rubric.VersionText(lang))+")", "muted")
	row++
	if dt := rp.DateText(); dt != "" {
		label := b.t(msg.ReportDate)
		if rp.DateKind == DateData {
			label = b.t(msg.ReportDateData)
		}
		if rp.DateKind == DateData {
			g.set(1, row, dt, "muted")
		} else {
			g.set(1, row, label+": "+dt, "muted")
		}
	}
	row += 2

	// The headline figures.
	g.set(1, row, b.t(msg.ReportRegionScore), "label")
	g.b.Check(g.b.SetRowHeight(sheet, row, 24))
	if rp.Score.Score != nil {
		g.set(2, row, *rp.Score.Score, "big")
		g.set(3, row, rp.Score.Band.Label.In(lang), "bold")
		label := rp.Score.Band.Grade
		if rp.Zoned {
			label = rp.Rubric.ZoneInfo(rp.Score.Band.Zone).Label.In(lang)
		}
		g.set(4, row, label, b.catStyle(rp.Score.Band))
	} else {
		g.set(2, row, b.t(msg.ReportNoRegionScore), "missing")
	}
	row++
	for _, kv := range []struct {
		k msg.Key
		v int
	}{{msg.ReportUnitsAssessed, rp.Total}, {msg.ReportUnitsComplete, rp.Complete}, {msg.ReportUnitsIncomplete, rp.Incomplete}} {
		g.set(1, row, b.t(kv.k), "label")
		g.set(2, row, kv.v, "intB")
		row++
	}
	g.set(1, row, b.t(msg.ReportMethodRollup), "label")
	g.skip[row] = true
	g.set(2, row, rp.RollupText(), "text")
	row++
	if rp.Weakest >= 0 {
		gr := rp.Groups[rp.Weakest]
		g.set(1, row, b.t(msg.ReportWeakestGroup), "label")
		g.set(2, row, gr.Mean, "pctB")
		g.skip[row] = true
		g.set(3, row, rp.GroupName(gr.Group), "text")
		row++
	}
	if rp.Top > 0 {
		ir := rp.Indicators[0]
		g.set(1, row, b.t(msg.ReportTopIndicator), "label")
		g.set(2, row, ir.Mean, "pctB")
		g.skip[row] = true
		g.set(3, row, ir.Indicator.Code+" · "+ir.Indicator.Text.In(lang)+" ("+b.t(msg.ReportFailingOf, ir.Failing, ir.Assessed)+")", "text")
		row++
	}
	row++
	// The two charts side by side under the figures; their data are the
	// tables further down.
	chartRow := row
	for r := row; r < row+chartRows; r++ {
		b.Check(b.SetRowHeight(sheet, r, 15))
	}
	row += chartRows + 2

	// Units per zone (the first chart's data).
	key := msg.ReportUnitsPerZone
	if !rp.Zoned {
		key = msg.ReportUnitsPerCategory
	}
	g.skip[row] = true
	g.set(1, row, b.t(key), "h")
	row++
	g.header(row, 1, rp.CategoryTitle(), b.t(msg.ReportColUnits), b.t(msg.ReportColShare))
	zoneHead := row
	row++
	for ci, c := range rp.Categories {
		g.set(1, row, c.Label, fmt.Sprintf("cat%d", ci))
		g.set(2, row, c.Count, "int")
		g.set(3, row, c.Share, "pct")
		row++
	}
	if rp.Incomplete > 0 {
		g.set(1, row, b.t(msg.ReportIncompleteBar), "incomplete")
		g.set(2, row, rp.Incomplete, "int")
		row++
	}
	zoneLast := row - 1
	g.skip[row] = true
	g.set(1, row, b.t(msg.ReportShareNote), "muted")
	row += 2

	// Units per type.
	g.skip[row] = true
	g.set(1, row, b.t(msg.ReportUnitsPerType), "h")
	row++
	titles := []string{b.t(msg.ReportColType), b.t(msg.ReportColAssessed), b.t(msg.ReportColComplete), b.t(msg.ReportColIncomplete), b.t(msg.ReportColMean)}
	for _, c := range rp.Categories {
		titles = append(titles, c.Label)
	}
	g.header(row, 1, titles...)
	for ci := range rp.Categories {
		g.style(6+ci, row, 6+ci, row, fmt.Sprintf("cat%d", ci))
	}
	row++
	first := row
	for _, tr := range rp.Types {
		vals := []any{tr.Label, tr.Units, tr.Complete, tr.Incomplete, nil}
		if tr.Score != nil {
			vals[4] = *tr.Score
		}
		for _, n := range tr.Counts {
			vals = append(vals, n)
		}
		g.row(row, vals)
		row++
	}
	g.style(2, first, 4, row-1, "int")
	g.style(5, first, 5, row-1, "score")
	g.style(6, first, 5+len(rp.Categories), row-1, "int")
	vals := []any{b.t(msg.ReportTotal), rp.Total, rp.Complete, rp.Incomplete, nil}
	if rp.Score.Score != nil {
		vals[4] = *rp.Score.Score
	}
	for _, c := range rp.Categories {
		vals = append(vals, c.Count)
	}
	g.row(row, vals)
	g.style(1, row, 1, row, "bold")
	g.style(2, row, 4, row, "intB")
	g.style(5, row, 5, row, "scoreB")
	g.style(6, row, 5+len(rp.Categories), row, "intB")
	row += 2

	// Targets.
	g.skip[row] = true
	g.set(1, row, b.t(msg.ReportTargets), "h")
	row++
	if len(rp.Targets) == 0 {
		g.skip[row] = true
		g.set(1, row, b.t(msg.ReportNoTargets), "muted")
		row++
	} else {
		g.header(row, 1, b.t(msg.ReportColTarget), b.t(msg.ReportColGoal), b.t(msg.ReportColActual), b.t(msg.ReportColStatus))
		row++
		for _, tr := range rp.Targets {
			g.set(1, row, tr.Label, "")
			g.set(2, row, rp.GoalText(tr.Target), "")
			if tr.Status != TargetUnknown {
				if tr.Target.Kind == rubric.TargetZoneShare {
					g.set(3, row, tr.Actual, "pctB")
				} else {
					g.set(3, row, tr.Actual, "scoreB")
				}
			}
			switch tr.Status {
			case TargetMet:
				g.set(4, row, b.t(msg.ReportTargetMet), "met")
			case TargetNotMet:
				g.set(4, row, b.t(msg.ReportTargetNotMet), "notmet")
			default:
				g.set(4, row, b.t(msg.ReportTargetUnknown), "muted")
			}
			row++
		}
	}
	row++

	// The histogram (the second chart's data).
	g.skip[row] = true
	g.set(1, row, b.t(msg.ReportSecDistributionShort), "h")
	row++
	titles = []string{b.t(msg.ReportColRange), b.t(msg.ReportColFrom)}
	for _, c := range rp.Categories {
		titles = append(titles, c.Label)
	}
	titles = append(titles, b.t(msg.ReportTotal))
	g.header(row, 1, titles...)
	for ci := range rp.Categories {
		g.style(3+ci, row, 3+ci, row, fmt.Sprintf("cat%d", ci))
	}
	histHead := row
	row++
	dec := locale.Decimals(rp.Histogram.Step)
	for i, bin := range rp.Histogram.Bins {
		vals := []any{b.binLabel(i), locale.Num(rp.Lang, bin.Lo, dec)}
		for _, n := range bin.Counts {
			vals = append(vals, n)
		}
		vals = append(vals, bin.Total)
		g.row(row, vals)
		row++
	}
	histLast := row - 1
	g.style(2, histHead+1, 2, histLast, "right")
	g.style(3, histHead+1, 3+len(rp.Categories), histLast, "int")
	widths := g.fit(8, 48)
	g.page(true, false)
	b.zoneChart(sheet, xlsxdoc.Cell(1, chartRow), zoneHead, zoneLast)
	if len(rp.Histogram.Bins) > 0 {
		// Right of the first chart: the first column that starts past it.
		col, x := 1, 0.0
		for col <= len(widths) && x < zoneChartW+12 {
			x += widths[col-1]*7 + 5 // Excel's pixels for a width in characters
			col++
		}
		b.histChart(sheet, xlsxdoc.Cell(col, chartRow), histHead, histLast)
	}
}

// Chart sizes, in pixels, and the rows they take (at the default 20
// pixels a row).
const (
	zoneChartW = 440
	histChartW = 640
	chartH     = 300
	chartRows  = chartH / 20
)

// binLabel is a histogram bin's range on rounded scores: "50,00–54,99",
// the last bin up to the scale's maximum.
func (b *xbook) binLabel(i int) string {
	rp := b.rp
	h := &rp.Histogram
	bin := h.Bins[i]
	hi := bin.Hi
	if i < len(h.Bins)-1 {
		step := 1.0
		for range rp.Rubric.Scale.Decimals {
			step /= 10
		}
		hi -= step
	}
	return rp.Num(bin.Lo) + "–" + rp.Num(hi)
}

// axisFont is dark enough to read (LibreOffice draws a chart's default
// axis labels in light grey).
var axisFont = excelize.Font{Size: 9, Family: "Calibri", Color: palette.ChartText.Hex()}

func countAxis(most int) excelize.ChartAxis {
	zero := 0.0
	a := excelize.ChartAxis{Minimum: &zero, MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0"}, Font: axisFont}
	_, step := axis(most)
	a.MajorUnit = float64(step)
	return a
}

func chartTitle(s string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: s, Font: &excelize.Font{Bold: true, Size: 12, Family: "Calibri"}}}}
}

// zoneChart: one column series per category (Excel colours bars per
// series, not per point), each a single bar.
func (b *xbook) zoneChart(sheet, at string, head, last int) {
	rp := b.rp
	var series []excelize.ChartSeries
	most := 1
	for r := head + 1; r <= last; r++ {
		i := r - head - 1
		c := palette.Neutral
		n := rp.Incomplete
		if i < len(rp.Categories) {
			c, n = rp.Categories[i].Color, rp.Categories[i].Count
		}
		most = max(most, n)
		series = append(series, excelize.ChartSeries{
			Name:       abs(sheet, 1, r),
			Categories: abs(sheet, 2, head),
			Values:     abs(sheet, 2, r),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.Hex()}},
		})
	}
	key := msg.ReportUnitsPerZone
	if !rp.Zoned {
		key = msg.ReportUnitsPerCategory
	}
	gap, overlap, vary := uint(60), -10, false
	b.Check(b.AddChart(sheet, at, &excelize.Chart{
		Type:       excelize.Col,
		VaryColors: &vary,
		Series:     series,
		Title:      chartTitle(b.t(key)),
		Legend:     excelize.ChartLegend{Position: "bottom"},
		XAxis:      excelize.ChartAxis{TickLabelPosition: excelize.ChartTickLabelNone},
		YAxis:      countAxis(most),
		PlotArea:   excelize.ChartPlotArea{ShowVal: true},
		Format:     excelize.GraphicOptions{OffsetY: 4},
		Dimension:  excelize.ChartDimension{Width: zoneChartW, Height: chartH},
		GapWidth:   &gap,
		Overlap:    &overlap,
	}))
}

// histChart: the histogram, stacked columns, one series per category.
func (b *xbook) histChart(sheet, at string, head, last int) {
	rp := b.rp
	var series []excelize.ChartSeries
	most := 1
	for _, bin := range rp.Histogram.Bins {
		most = max(most, bin.Total)
	}
	// The lowest category first, so it is at the bottom of each stack.
	for ci := len(rp.Categories) - 1; ci >= 0; ci-- {
		c := rp.Categories[ci]
		series = append(series, excelize.ChartSeries{
			Name:       abs(sheet, 3+ci, head),
			Categories: abs(sheet, 2, head+1) + ":" + strings.SplitN(abs(sheet, 2, last), "!", 2)[1],
			Values:     abs(sheet, 3+ci, head+1) + ":" + strings.SplitN(abs(sheet, 3+ci, last), "!", 2)[1],
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.Color.Hex()}},
		})
	}
	gap, overlap, vary := uint(15), 100, false
	b.Check(b.AddChart(sheet, at, &excelize.Chart{
		Type:       excelize.ColStacked,
		VaryColors: &vary,
		Series:     series,
		Title:      chartTitle(b.t(msg.ReportSecDistributionShort)),
		Legend:     excelize.ChartLegend{Position: "bottom"},
		XAxis:      excelize.ChartAxis{Font: axisFont},
		YAxis:      countAxis(most),
		Format:     excelize.GraphicOptions{OffsetY: 4},
		Dimension:  excelize.ChartDimension{Width: histChartW, Height: chartH},
		GapWidth:   &gap,
		Overlap:    &overlap,
	}))
}
