package resultbook

import (
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// grid is a small sheet written cell by cell, its columns fitted to the
// content.
type grid struct {
	b     *book
	sheet string
	caps  []float64 // the widest each column gets
	width []float64
	row   int
	wraps []wrapped // cells whose text wraps
}

type wrapped struct {
	row, col int
	text     string
}

func (b *book) newGrid(sheet string, caps ...float64) *grid {
	return &grid{b: b, sheet: sheet, caps: caps, width: make([]float64, len(caps))}
}

// put writes one row of (value, style) pairs from column A and moves on.
// A nil value leaves the cell empty.
func (g *grid) put(cells ...any) error {
	g.row++
	for i := 0; i+1 < len(cells); i += 2 {
		v, s := cells[i], cells[i+1].(int)
		col := i/2 + 1
		ref := cellName(col, g.row)
		if v != nil {
			if err := g.b.f.SetCellValue(g.sheet, ref, v); err != nil {
				return err
			}
			if str, ok := v.(string); ok && col <= len(g.width) {
				g.width[col-1] = max(g.width[col-1], textWidth(str))
				if s == g.b.styles.wrap {
					g.wraps = append(g.wraps, wrapped{g.row, col, str})
				}
			}
		}
		if s != 0 {
			if err := g.b.f.SetCellStyle(g.sheet, ref, ref, s); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *grid) skip() { g.row++ }

// fit sets the column widths (content, at least min, at most the cap)
// and the heights of rows with wrapped text.
func (g *grid) fit(min float64) error {
	for i, w := range g.width {
		w = max(min, w)
		if w > g.caps[i] {
			w = g.caps[i]
		}
		g.width[i] = float64(int(w*2+0.5)) / 2
		c := results.ColumnName(i + 1)
		if err := g.b.f.SetColWidth(g.sheet, c, c, g.width[i]); err != nil {
			return err
		}
	}
	lines := map[int]int{}
	for _, w := range g.wraps {
		lines[w.row] = max(lines[w.row], wrappedLines(w.text, g.width[w.col-1]))
	}
	for _, w := range g.wraps {
		if n := lines[w.row]; n > 1 {
			if err := g.b.f.SetRowHeight(g.sheet, w.row, rowHeight(n)); err != nil {
				return err
			}
		}
	}
	return nil
}

// category is a row of the Zones sheet and a bar of its chart: a zone,
// or a band when the rubric has no zones (as the annual report counts).
type category struct {
	label string
	zone  rubric.Zone // zoned rubrics
	color string
	count int
}

// categories are the complete units per zone (best zone first), or per
// band (best first, in shades of the accent colour as the report draws
// them) when the rubric has no zones.
func (b *book) categories(sum results.Summary) []category {
	var out []category
	if b.zoned() {
		for _, z := range b.zoneOrder() {
			out = append(out, category{b.zoneLabel(z), z, b.res.Rubric.ZoneInfo(z).Color, sum.Zones[z]})
		}
		return out
	}
	bands := b.res.Rubric.Bands
	for i := len(bands) - 1; i >= 0; i-- {
		bd := bands[i]
		label := bd.Label.In(string(b.lang))
		if bd.Grade != "" {
			label = bd.Grade + " · " + label
		}
		n := 0
		for j := range b.res.Units {
			if u := &b.res.Units[j]; u.Status == results.Complete && u.Band != nil && u.Band.Min == bd.Min {
				n++
			}
		}
		out = append(out, category{label, rubric.NoZone, b.bandColor(i), n})
	}
	return out
}

// bandColor is the colour of band i of a rubric without zones: shades of
// the accent colour, the darkest for the best band.
func (b *book) bandColor(i int) string {
	n := len(b.res.Rubric.Bands)
	shade := 0.0
	if n > 1 {
		shade = 0.7 * float64(n-1-i) / float64(n-1)
	}
	return palette.Accent.Tint(shade).Hex()
}

// zonesSheet writes the Zones sheet (Categories for a rubric without
// zones): complete units per zone or band, with their share of the
// complete units (as the annual report gives them: an incomplete unit
// has no zone), the incomplete units, the total, and a column chart of
// them with one series per row, so each bar has its colour. The counts
// are plain numbers, not formulas: they read without recalculation.
func (b *book) zonesSheet() error {
	st := &b.styles
	sheet := b.names.zones
	sum := b.res.Summarize()
	share := func(n int) any {
		if sum.Complete == 0 {
			return nil
		}
		return float64(n) / float64(sum.Complete)
	}
	head := b.t(msg.BookColZone)
	if !b.zoned() {
		head = b.t(msg.BookColCategory)
	}
	g := b.newGrid(sheet, 40, 14, 14)
	if err := g.put(head, st.header, b.t(msg.BookColUnits), st.headNum, b.t(msg.BookColShare), st.headNum); err != nil {
		return err
	}
	type bar struct {
		row   int
		color string
	}
	var bars []bar
	cats := b.categories(sum)
	for _, c := range cats {
		fill := st.zoneFill[c.zone]
		if !b.zoned() {
			fill = st.catFill[c.color]
		}
		if err := g.put(c.label, fill, c.count, st.integer, share(c.count), st.share); err != nil {
			return err
		}
		bars = append(bars, bar{g.row, c.color})
	}
	if err := g.put(b.t(msg.BookIncomplete), st.incFill, sum.Incomplete, st.integer); err != nil {
		return err
	}
	bars = append(bars, bar{g.row, incompleteColor})
	if err := g.put(b.t(msg.BookTotal), st.key, sum.Units, st.integer); err != nil {
		return err
	}
	if err := g.fit(12); err != nil {
		return err
	}
	// What the shares are of, as the annual report says it (written after
	// the widths are set: it runs over the empty cells beside it).
	g.skip()
	if err := g.put(b.t(msg.ReportShareNote), st.text); err != nil {
		return err
	}
	q := quoteSheet(sheet)
	var series []excelize.ChartSeries
	most := 0
	for _, br := range bars {
		r := strconv.Itoa(br.row)
		series = append(series, excelize.ChartSeries{
			Name:       q + "!$A$" + r,
			Categories: q + "!$B$1",
			Values:     q + "!$B$" + r,
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{br.color}},
		})
	}
	for _, c := range cats {
		most = max(most, c.count)
	}
	most = max(most, sum.Incomplete)
	zero := 0.0
	yAxis := excelize.ChartAxis{Minimum: &zero, MajorGridLines: true}
	if most <= 10 {
		yAxis.MajorUnit = 1 // whole units: no 0.5 ticks
	}
	if err := b.fitPages(sheet, "portrait", 1); err != nil {
		return err
	}
	chartTitle := b.t(msg.BookChartTitle)
	if !b.zoned() {
		chartTitle = b.t(msg.BookChartTitleCategories)
	}
	// The chart goes under the table, so that table and chart print on
	// one portrait page.
	gap, overlap, vary := uint(80), -15, false
	return b.f.AddChart(sheet, cellName(1, g.row+3), &excelize.Chart{
		Type:       excelize.Col,
		VaryColors: &vary,
		Series:     series,
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: chartTitle, Font: &excelize.Font{Bold: true, Size: 12}}}},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		XAxis:      excelize.ChartAxis{TickLabelPosition: excelize.ChartTickLabelNone},
		YAxis:      yAxis,
		PlotArea:   excelize.ChartPlotArea{ShowVal: true},
		Dimension:  excelize.ChartDimension{Width: 520, Height: 320},
		GapWidth:   &gap,
		Overlap:    &overlap,
	})
}

// metadata writes the Metadata sheet: what the numbers are and where they
// came from.
func (b *book) metadata() error {
	st := &b.styles
	rb := b.res.Rubric
	lang := string(b.lang)
	if err := b.fitPages(b.names.metadata, "landscape", 0); err != nil {
		return err
	}
	// A: labels, B: values (the notice wraps), C–E: the tables' numbers
	// and paths.
	g := b.newGrid(b.names.metadata, 34, 72, 16, 40, 16)
	kv := func(k msg.Key, v any) error { return g.put(b.t(k), st.key, v, st.wrap) }
	if err := g.put(b.t(msg.BookMetaTitle), st.title); err != nil {
		return err
	}
	g.width[0] = 0 // the title may run over
	g.skip()
	when := b.t(msg.BookMetaTimeUnset)
	if t, set := stamp.Time(); set {
		when = t.UTC().Format("2006-01-02 15:04:05 UTC")
	}
	scale := b.t(msg.BookMetaScaleLinear, fmtNum(rb.Scale.Min), fmtNum(rb.Scale.Max))
	if rb.Scale.Rule == rubric.WeightedSum {
		scale = b.t(msg.BookMetaScaleSum, fmtNum(rb.Scale.Min), fmtNum(rb.Scale.Max), fmtNum(rb.Scale.Factor))
	}
	sum := b.res.Summarize()
	rounding := b.t(msg.ReportRoundHalfUp) // the words the annual report uses
	if rb.Scale.Rounding == rubric.HalfEven {
		rounding = b.t(msg.ReportRoundHalfEven)
	}
	rows := []struct {
		k msg.Key
		v any
	}{
		{msg.BookColNote, b.t(msg.BookMetaNotice, HiddenSheet)},
		{msg.BookMetaRubric, rb.Ref()},
		{msg.BookMetaRubricVersion, rb.VersionText(lang)},
		{msg.BookMetaRubricTitle, rb.Title.In(lang)},
		{msg.BookMetaRubricHash, rb.Hash()},
		{msg.BookMetaScale, scale},
		{msg.BookMetaRounding, b.t(msg.BookMetaRoundingText, rb.Scale.Decimals, rounding)},
		{msg.BookMetaUnits, b.t(msg.BookMetaUnitsText, sum.Units, sum.Complete, sum.Incomplete)},
		{msg.BookMetaTool, b.res.Tool},
		{msg.BookMetaTime, when},
		{msg.BookMetaLang, b.t(msg.BookMetaLangName)},
		{msg.BookMetaData, b.t(msg.BookMetaDataText, HiddenSheet, len(b.payload), b.sum)},
	}
	for _, r := range rows {
		if err := kv(r.k, r.v); err != nil {
			return err
		}
	}

	g.skip()
	if err := g.put(b.t(msg.BookMetaBands), st.key); err != nil {
		return err
	}
	// Zona | Predikat | Dari | Sampai | Kategori: a zone only when the
	// rubric has zones, a grade only when it has grades (both columns
	// were empty on every row otherwise).
	zoned, grades := b.zoned(), b.hasGrades()
	var head []any
	if zoned {
		head = append(head, b.t(msg.BookColZone), st.header)
	}
	head = append(head, b.t(msg.BookColBand), st.header, b.t(msg.BookColMin), st.headNum, b.t(msg.BookColMaxScore), st.headNum)
	if grades {
		head = append(head, b.t(msg.BookColGrade), st.header)
	}
	if err := g.put(head...); err != nil {
		return err
	}
	for i := len(rb.Bands) - 1; i >= 0; i-- {
		bd := rb.Bands[i]
		var cells []any
		if zoned {
			cells = append(cells, b.zoneLabel(bd.Zone), st.zoneFill[bd.Zone])
		}
		label := st.text
		if !zoned {
			label = st.catFill[b.bandColor(i)]
		}
		cells = append(cells, bd.Label.In(lang), label, bd.Min, st.score, bd.Max, st.score)
		if grades {
			cells = append(cells, bd.Grade, st.text)
		}
		if err := g.put(cells...); err != nil {
			return err
		}
	}

	g.skip()
	if err := g.put(b.t(msg.BookMetaInputs), st.key); err != nil {
		return err
	}
	if err := g.put(b.t(msg.BookColFile), st.header, b.t(msg.BookColSHA256), st.header,
		b.t(msg.BookColSize), st.headNum, b.t(msg.BookColPath), st.header); err != nil {
		return err
	}
	if len(b.res.Inputs) == 0 {
		if err := g.put(b.t(msg.BookMetaNoInputs), st.text); err != nil {
			return err
		}
	}
	for _, in := range b.res.Inputs {
		if err := g.put(in.Name, st.text, in.SHA256, st.text, in.Size, st.integer, in.Path, st.wrap); err != nil {
			return err
		}
	}
	return g.fit(12)
}

func fmtNum(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
