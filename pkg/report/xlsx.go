package report

import (
	"bytes"
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/pkg/xlsxzip"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// maxCell bounds the text put in one cell (Excel's limit is 32,767).
const maxCell = 2000

// clipCell shortens a text to what one cell holds.
func clipCell(s string) string { return locale.Truncate(s, maxCell) }

// XLSX renders the report as a workbook with the PDF's tables as sheets:
// the summary with two native charts (units per zone, the score
// histogram), the ranking, the averages, every indicator ranked for the
// coaching agenda, the incomplete units and N/A answers, the methodology
// and one row per unit. Table sheets have a frozen header and a filter;
// zones are cells in the rubric's colours; the same report gives the same
// bytes.
func (rp *Report) XLSX() ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	b := &xbook{f: f, rp: rp, st: map[string]int{}}
	b.styles()
	names := []string{b.t(msg.ReportSheetSummary), b.t(msg.ReportSheetRanking), b.t(msg.ReportSheetAverages),
		b.t(msg.ReportSheetIndicators), b.t(msg.ReportSheetIssues), b.t(msg.ReportSheetMethod), b.t(msg.ReportSheetAppendix)}
	b.check(f.SetSheetName("Sheet1", names[0]))
	for _, s := range names[1:] {
		_, err := f.NewSheet(s)
		b.check(err)
	}
	b.summary(names[0])
	b.ranking(names[1])
	b.averages(names[2])
	b.indicators(names[3])
	b.issues(names[4])
	b.methodology(names[5])
	b.appendix(names[6])
	f.SetActiveSheet(0)
	when, lang := stamp.DocTime(), rp.Lang.DocTag()
	b.check(f.SetDocProps(&excelize.DocProperties{
		Title:          clipCell(rp.Title),
		Subject:        clipCell(strings.Trim(rp.Region+" · "+rp.Period, " ·")),
		Description:    clipCell(rp.Rubric.Title.In(string(rp.Lang))),
		Keywords:       "kepatuhan; " + rp.Rubric.Ref() + "; " + rp.Rubric.Version,
		Category:       "kepatuhan report",
		Creator:        rp.Tool,
		LastModifiedBy: rp.Tool,
		Created:        when,
		Modified:       when,
		Language:       lang,
		Revision:       "1",
	}))
	if b.err != nil {
		return nil, b.err
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.Grow(buf.Len())
	if err := xlsxzip.Canonical(buf.Bytes(), &out, nil); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

type xbook struct {
	f   *excelize.File
	rp  *Report
	st  map[string]int
	err error
}

func (b *xbook) t(k msg.Key, args ...any) string { return msg.T(b.rp.Lang, k, args...) }

func (b *xbook) lang() string { return string(b.rp.Lang) }

func (b *xbook) check(err error) {
	if err != nil && b.err == nil {
		b.err = err
	}
}

func ptr[T any](v T) *T { return &v }

func (b *xbook) styles() {
	add := func(name string, s *excelize.Style) {
		// Name the font always: without a family LibreOffice draws a serif.
		if s.Font == nil {
			s.Font = &excelize.Font{}
		}
		if s.Font.Family == "" {
			s.Font.Family = "Calibri"
		}
		if s.Font.Size == 0 {
			s.Font.Size = 11
		}
		// Top-aligned, like the columns' default: rows with wrapped text
		// read across.
		if s.Alignment == nil {
			s.Alignment = &excelize.Alignment{}
		}
		if s.Alignment.Vertical == "" {
			s.Alignment.Vertical = "top"
		}
		id, err := b.f.NewStyle(s)
		b.check(err)
		b.st[name] = id
	}
	dec := "0"
	if n := b.rp.Rubric.Scale.Decimals; n > 0 {
		dec = "0." + strings.Repeat("0", n)
	}
	head := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.HeadDark.Hex()}}
	add("title", &excelize.Style{Font: &excelize.Font{Bold: true, Size: 15, Color: palette.Accent.Hex()}})
	add("subtitle", &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}})
	add("muted", &excelize.Style{Font: &excelize.Font{Color: palette.Muted.Hex()}})
	add("h", &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: palette.Accent.Hex()}})
	add("head", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.White.Hex()}, Fill: head,
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	add("label", &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}})
	add("text", &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}})
	add("bold", &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}})
	add("wrap", &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	add("int", &excelize.Style{NumFmt: 1, Alignment: &excelize.Alignment{Vertical: "top"}})
	add("right", &excelize.Style{Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}})
	add("intB", &excelize.Style{NumFmt: 1, Font: &excelize.Font{Bold: true}})
	add("score", &excelize.Style{CustomNumFmt: ptr(dec), Alignment: &excelize.Alignment{Vertical: "top"}})
	add("scoreB", &excelize.Style{CustomNumFmt: ptr(dec), Font: &excelize.Font{Bold: true}})
	add("big", &excelize.Style{CustomNumFmt: ptr(dec), Font: &excelize.Font{Bold: true, Size: 16}})
	add("pct", &excelize.Style{CustomNumFmt: ptr("0.0%"), Alignment: &excelize.Alignment{Vertical: "top"}})
	add("pctB", &excelize.Style{CustomNumFmt: ptr("0.0%"), Font: &excelize.Font{Bold: true}})
	add("pct2", &excelize.Style{CustomNumFmt: ptr("0.00%")})
	add("dec1", &excelize.Style{CustomNumFmt: ptr("0.0")})
	add("dec1B", &excelize.Style{CustomNumFmt: ptr("0.0"), Font: &excelize.Font{Bold: true}})
	add("weak", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.NotMet.Hex()}})
	add("met", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.Met.Hex()}})
	add("notmet", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.NotMet.Hex()}})
	add("missing", &excelize.Style{Font: &excelize.Font{Color: palette.Missing.Hex()}})
	add("agenda", &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.Mark.Hex()}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	for d := 1; d <= 4; d++ {
		s := &excelize.Style{Alignment: &excelize.Alignment{Indent: d - 1, Vertical: "top"}}
		if d == 1 {
			s.Font = &excelize.Font{Bold: true}
		}
		add(fmt.Sprintf("indent%d", d), s)
	}
	for ci, c := range b.rp.Categories {
		add(fmt.Sprintf("cat%d", ci), &excelize.Style{Font: &excelize.Font{Bold: true, Color: c.Color.Contrast().Hex()},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.Color.Hex()}}})
	}
	add("incomplete", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.White.Hex()},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.Neutral.Hex()}}})
}

// catStyle is the style of a band's category cell.
func (b *xbook) catStyle(band *rubric.Band) string {
	if band == nil {
		return "missing"
	}
	if ci := b.rp.CategoryOfBand(*band); ci >= 0 {
		return fmt.Sprintf("cat%d", ci)
	}
	return "bold"
}

// cell names column col (from 1) and row row (from 1).
func cell(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

func quote(sheet string) string { return "'" + strings.ReplaceAll(sheet, "'", "''") + "'" }

// abs is an absolute reference to a cell of sheet.
func abs(sheet string, col, row int) string {
	c, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("%s!$%s$%d", quote(sheet), c, row)
}

// grid writes one sheet, cell by cell or row by row, remembering how
// wide each column's content is so that the widths fit it.
type grid struct {
	b     *xbook
	sheet string
	w     []float64
	skip  map[int]bool // cells of these rows do not widen their column (titles)
}

// grid starts writing sheet. Every cell is aligned to the top unless its
// style says otherwise, so that a row with wrapped text reads across.
func (b *xbook) grid(sheet string) *grid {
	b.check(b.f.SetColStyle(sheet, "A:Z", b.st["text"]))
	return &grid{b: b, sheet: sheet, skip: map[int]bool{}}
}

func (g *grid) measure(col int, v any) {
	n := 0.0
	switch x := v.(type) {
	case string:
		for _, l := range strings.Split(x, "\n") {
			n = max(n, float64(utf8.RuneCountInString(l)))
		}
	case float64:
		n = 8
	case int:
		n = float64(len(fmt.Sprint(x))) + 1
	case nil:
	default:
		n = 8
	}
	for len(g.w) < col {
		g.w = append(g.w, 0)
	}
	g.w[col-1] = max(g.w[col-1], n)
}

// set writes v (strings clipped) at col, row with a style.
func (g *grid) set(col, row int, v any, style string) {
	if s, ok := v.(string); ok {
		v = clipCell(s)
	}
	if v != nil {
		g.b.check(g.b.f.SetCellValue(g.sheet, cell(col, row), v))
	}
	if style != "" {
		g.b.check(g.b.f.SetCellStyle(g.sheet, cell(col, row), cell(col, row), g.b.st[style]))
	}
	if !g.skip[row] {
		g.measure(col, v)
	}
}

// row writes values from column 1 of row, without styles.
func (g *grid) row(row int, vals []any) {
	for i, v := range vals {
		if s, ok := v.(string); ok {
			vals[i] = clipCell(s)
		}
		g.measure(i+1, vals[i])
	}
	g.b.check(g.b.f.SetSheetRow(g.sheet, cell(1, row), &vals))
}

// style applies a style to a block of cells.
func (g *grid) style(c1, r1, c2, r2 int, style string) {
	if r2 < r1 || c2 < c1 {
		return
	}
	g.b.check(g.b.f.SetCellStyle(g.sheet, cell(c1, r1), cell(c2, r2), g.b.st[style]))
}

// header writes a table's header at row. A long title wraps (the row is
// made taller) rather than widening its column past its longest word.
func (g *grid) header(row, col int, titles ...string) {
	wrap := false
	for i, t := range titles {
		c := col + i
		g.b.check(g.b.f.SetCellValue(g.sheet, cell(c, row), t))
		g.b.check(g.b.f.SetCellStyle(g.sheet, cell(c, row), cell(c, row), g.b.st["head"]))
		n := float64(utf8.RuneCountInString(t))
		if n > 14 {
			wrap = true
			n = 0
			for _, w := range strings.Fields(t) {
				n = max(n, float64(utf8.RuneCountInString(w)))
			}
			n = max(n+2, 12)
		}
		for len(g.w) < c {
			g.w = append(g.w, 0)
		}
		g.w[c-1] = max(g.w[c-1], n)
	}
	if wrap {
		g.b.check(g.b.f.SetRowHeight(g.sheet, row, 30))
	}
}

// fit sets every column's width from its content, between lo and hi
// characters, and returns the widths.
func (g *grid) fit(lo, hi float64) []float64 {
	out := make([]float64, len(g.w))
	for i, w := range g.w {
		name, _ := excelize.ColumnNumberToName(i + 1)
		out[i] = min(hi, max(lo, w*1.1+2))
		g.b.check(g.b.f.SetColWidth(g.sheet, name, name, out[i]))
	}
	return out
}

// width fixes one column's width.
func (g *grid) width(col int, w float64) {
	name, _ := excelize.ColumnNumberToName(col)
	g.b.check(g.b.f.SetColWidth(g.sheet, name, name, w))
}

// table freezes the header row and puts a filter on the table.
func (g *grid) table(cols, rows int) {
	b := g.b
	b.check(b.f.SetPanes(g.sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}))
	b.check(b.f.AutoFilter(g.sheet, cell(1, 1)+":"+cell(cols, max(rows, 2)), nil))
}

// page sets how a sheet prints: A4, fitted to the page's width, the
// header row (if any) repeated on every page.
func (g *grid) page(landscape, titles bool) {
	b := g.b
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	b.check(b.f.SetPageLayout(g.sheet, &excelize.PageLayoutOptions{Size: ptr(9), Orientation: &orient,
		FitToWidth: ptr(1), FitToHeight: ptr(0)}))
	b.check(b.f.SetSheetProps(g.sheet, &excelize.SheetPropsOptions{FitToPage: ptr(true)}))
	b.check(b.f.SetPageMargins(g.sheet, &excelize.PageLayoutMarginsOptions{Left: ptr(0.4), Right: ptr(0.4), Top: ptr(0.5), Bottom: ptr(0.5)}))
	if titles {
		b.check(b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
			RefersTo: quote(g.sheet) + "!$1:$1", Scope: g.sheet}))
	}
}

// classCells writes where a score falls from column col on: the grade
// (when the rubric has grades), the label, and the zone in its colour
// (or, without zones, the grade in its category's colour). It returns
// the next column.
func (b *xbook) classCells(g *grid, col, row int, band *rubric.Band) int {
	rp := b.rp
	if rp.HasGrades() && rp.Zoned {
		if band != nil {
			g.set(col, row, band.Grade, "bold")
		}
		col++
	}
	if band == nil {
		g.set(col, row, b.t(msg.ReportIncompleteShort), "missing")
		return col + 2
	}
	g.set(col, row, band.Label.In(b.lang()), "")
	if rp.Zoned {
		label := b.t(msg.ReportNoZone)
		if band.Zone != rubric.NoZone {
			label = rp.Rubric.ZoneInfo(band.Zone).Label.In(b.lang())
		}
		g.set(col+1, row, label, b.catStyle(band))
	} else {
		g.set(col+1, row, band.Grade, b.catStyle(band))
	}
	return col + 2
}

// classTitles are the headers of classCells' columns.
func (b *xbook) classTitles() []string {
	var out []string
	if b.rp.HasGrades() && b.rp.Zoned {
		out = append(out, b.t(msg.ReportColGrade))
	}
	out = append(out, b.t(msg.ReportColLabel))
	if b.rp.Zoned {
		out = append(out, b.t(msg.ReportColZone))
	} else {
		out = append(out, b.t(msg.ReportColGrade))
	}
	return out
}

// --------------------------------------------------------------- summary

func (b *xbook) summary(sheet string) {
	rp := b.rp
	g := b.grid(sheet)
	lang := b.lang()
	row := 1
	g.skip[1], g.skip[2], g.skip[3], g.skip[4] = true, true, true, true
	g.set(1, row, rp.Title, "title")
	b.check(b.f.SetRowHeight(sheet, row, 21))
	row++
	if s := strings.Trim(rp.Region+" · "+rp.Period, " ·"); s != "" {
		g.set(1, row, s, "subtitle")
	}
	row++
	g.set(1, row, b.t(msg.ReportRubric)+": "+rp.Rubric.Title.In(lang)+" ("+b.t(msg.ReportRubricRef, rp.Rubric.Ref(), rp.Rubric.Version)+")", "muted")
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
	g.b.check(g.b.f.SetRowHeight(sheet, row, 24))
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
		b.check(b.f.SetRowHeight(sheet, r, 15))
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
	b.zoneChart(sheet, cell(1, chartRow), zoneHead, zoneLast)
	if len(rp.Histogram.Bins) > 0 {
		// Right of the first chart: the first column that starts past it.
		col, x := 1, 0.0
		for col <= len(widths) && x < zoneChartW+12 {
			x += widths[col-1]*7 + 5 // Excel's pixels for a width in characters
			col++
		}
		b.histChart(sheet, cell(col, chartRow), histHead, histLast)
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
	b.check(b.f.AddChart(sheet, at, &excelize.Chart{
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
	b.check(b.f.AddChart(sheet, at, &excelize.Chart{
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

// --------------------------------------------------------------- ranking

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

// -------------------------------------------------------------- averages

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
	g.w[7] = 2 // the gap column H
	g.fit(4, 60)
	g.table(len(gt), groupsLast)
	g.page(true, true)
}

// ------------------------------------------------------------ indicators

// Widths, in characters, of the wrapped columns of the indicators sheet.
const wText, wRec, wUnits = 50, 60, 40

// wrapLines estimates how many lines s takes wrapped at width w
// characters.
func wrapLines(s string, w float64) int {
	n := 0
	for _, para := range strings.Split(s, "\n") {
		line, words := 0.0, 0
		n++
		for _, word := range strings.Fields(para) {
			l := float64(utf8.RuneCountInString(word))
			if words > 0 && line+1+l > w-1 {
				n++
				line, words = 0, 0
			}
			if words > 0 {
				line++
			}
			line += l
			words++
		}
	}
	return n
}

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
		units := clipCell(strings.Join(codes, ", "))
		g.row(row, []any{rank, ind.Code, ind.Text.In(lang), group, ir.Assessed, ir.Failing, share, ir.NotMet,
			ir.Partial, ir.Met, ir.NA, ir.NotApplicable, ir.Missing, math.Round(ir.Shortfall*1000) / 1000, mean,
			ind.Recommendation.In(lang), units})
		// The long texts wrap: the row is as tall as the longest needs
		// (neither Excel nor LibreOffice grows it when the file opens).
		lines := max(wrapLines(ind.Text.In(lang), wText), wrapLines(ind.Recommendation.In(lang), wRec), wrapLines(units, wUnits))
		if lines > 1 {
			b.check(b.f.SetRowHeight(sheet, row, 15*float64(min(lines, 12))))
		}
		row++
	}
	g.style(3, 2, 3, row-1, "wrap")
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
	g.fit(6, 40)
	g.width(3, wText)
	g.width(16, wRec)
	g.width(17, wUnits)
	g.table(len(titles), row-1)
	g.page(true, true)
}

// ---------------------------------------------------------------- issues

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
				where := results.Place{Sheet: &results.Sheet{File: filepath.Base(src.Sheet.File), Sheet: src.Sheet.Sheet}, Row: src.Row, Col: src.Col}
				missing[i] += " (" + where.String() + ")"
			}
		}
		g.row(row, []any{u.Code, u.Name, rp.TypeLabel(u.Type), status, len(is.Missing), strings.Join(missing, "; "), len(is.NA), rp.Codes(is.NA)})
		if u.Status == results.Incomplete {
			g.style(4, row, 4, row, "missing")
		}
		row++
	}
	if len(rp.Issues) == 0 {
		g.set(1, 2, b.t(msg.ReportNoIssues), "muted")
	}
	g.style(5, 2, 5, row-1, "int")
	g.style(7, 2, 7, row-1, "int")
	g.fit(6, 70)
	g.table(len(titles), row-1)
	g.page(true, true)
}

// ----------------------------------------------------------- methodology

func (b *xbook) methodology(sheet string) {
	rp := b.rp
	g := b.grid(sheet)
	lang := b.lang()
	// Columns: A labels (26), B names (60), C–F short values (13 each).
	// Long texts span B–F (or C–F), merged and wrapped, the row as tall
	// as they need.
	const wA, wB, wC = 26.0, 60.0, 13.0
	long := func(row, from int, text string, style string) {
		g.b.check(g.b.f.SetCellValue(sheet, cell(from, row), clipCell(text)))
		g.b.check(g.b.f.MergeCell(sheet, cell(from, row), cell(6, row)))
		g.style(from, row, 6, row, style)
		w := wC * float64(6-from+1)
		if from == 2 {
			w += wB - wC
		}
		if n := wrapLines(text, w*1.05); n > 1 {
			g.b.check(g.b.f.SetRowHeight(sheet, row, 15*float64(min(n, 20))))
		}
	}
	row := 1
	g.set(1, row, b.t(msg.ReportSecMethod), "title")
	row += 2
	m := &rp.Method
	kv := [][2]string{
		{b.t(msg.ReportRubric), m.Title},
		{b.t(msg.ReportMethodID), m.Ref},
		{b.t(msg.ReportMethodVersionLabel), m.Version},
		{b.t(msg.ReportMethodKind), m.Kind},
		{b.t(msg.ReportMethodHash), m.Hash},
		{b.t(msg.ReportMethodScale), m.Scale},
		{b.t(msg.ReportMethodRounding), m.Rounding},
		{b.t(msg.ReportMethodRollup), m.Rollup},
		{b.t(msg.ReportMethodIndicators), strconv.Itoa(m.Indicators)},
		{b.t(msg.ReportMethodHow), m.How},
		{b.t(msg.ReportMethodTool), m.Tool},
	}
	for _, in := range m.Inputs {
		kv = append(kv, [2]string{b.t(msg.ReportMethodInput), in.Name + " (SHA-256 " + in.SHA256 + ")"})
	}
	for i, d := range m.Decisions {
		label := ""
		if i == 0 {
			label = b.t(msg.ReportDecisions)
		}
		kv = append(kv, [2]string{label, d})
	}
	for _, x := range kv {
		g.set(1, row, x[0], "label")
		long(row, 2, x[1], "wrap")
		row++
	}
	row++

	// Bands.
	g.set(1, row, b.t(msg.ReportBands), "h")
	row++
	g.header(row, 1, b.t(msg.ReportColRange), b.t(msg.ReportColLabel), b.t(msg.ReportColGrade), b.t(msg.ReportColZone))
	row++
	for _, band := range m.Bands {
		g.set(1, row, band.Range, "")
		g.set(2, row, band.Label, "")
		g.set(3, row, band.Band.Grade, "bold")
		g.set(4, row, band.Zone, b.catStyle(&band.Band))
		row++
	}
	row++

	// The structure.
	g.set(1, row, b.t(msg.ReportStructure), "h")
	row++
	g.header(row, 1, b.t(msg.ReportColCode), b.t(msg.ReportColGroup), b.t(msg.ReportColLevel), b.t(msg.ReportColIndicators),
		b.t(msg.ReportColWeight), b.t(msg.ReportColShareWeight))
	row++
	for _, tr := range rp.Tree {
		d := min(tr.Depth, 4)
		if tr.Group != nil {
			g.set(1, row, tr.Group.Code, fmt.Sprintf("indent%d", min(d, 1)))
			g.set(2, row, tr.Group.Name.In(lang), fmt.Sprintf("indent%d", d))
			g.set(4, row, countIndicators(tr.Group), "int")
		} else {
			g.set(1, row, tr.Indicator.Code, "")
			g.set(2, row, tr.Indicator.Text.In(lang), fmt.Sprintf("indent%d", d))
			g.set(4, row, 1, "int")
		}
		g.set(3, row, tr.Depth, "int")
		g.set(5, row, tr.Weight, "")
		g.set(6, row, tr.Share, "pct2")
		row++
	}
	long(row, 1, m.StructureNote, "muted")
	row += 2

	// Sources and provenance.
	g.set(1, row, b.t(msg.ReportSources), "h")
	row++
	if len(m.Sources) == 0 {
		g.set(1, row, b.t(msg.ReportNoSources), "muted")
		row++
	}
	for i, src := range m.Sources {
		g.set(1, row, i+1, "label")
		text := src.Title
		if src.URL != "" {
			text += "\n" + src.URL
		}
		if src.Note != "" {
			text += "\n" + src.Note
		}
		long(row, 2, text, "wrap")
		row++
	}
	if len(m.Provenance) > 0 {
		row++
		g.set(1, row, b.t(msg.ReportProvenance), "h")
		row++
		long(row, 1, b.t(msg.ReportProvenanceNote), "muted")
		row++
		g.header(row, 1, b.t(msg.ReportColStatus), b.t(msg.ReportColItem), b.t(msg.ReportColSourceNote))
		b.check(b.f.MergeCell(sheet, cell(3, row), cell(6, row)))
		row++
		for _, fct := range m.Provenance {
			g.set(1, row, fct.State, "bold")
			g.b.check(g.b.f.SetCellValue(sheet, cell(2, row), clipCell(fct.Item)))
			g.style(2, row, 2, row, "wrap")
			note := strings.Trim(fct.Source+" · "+fct.Note, " ·")
			long(row, 3, note, "wrap")
			if n := wrapLines(fct.Item, wB*1.05); n > 1 {
				h, _ := b.f.GetRowHeight(sheet, row)
				b.check(b.f.SetRowHeight(sheet, row, max(h, 15*float64(min(n, 20)))))
			}
			row++
		}
	}
	for i, w := range []float64{wA, wB, wC, wC, wC, wC} {
		g.width(i+1, w)
	}
	g.page(false, false)
}

// -------------------------------------------------------------- appendix

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
		g.row(row, []any{u.Code, u.Name, rp.TypeLabel(u.Type), u.Region, u.Period, u.Assessor, u.Date, status, sc})
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
	g.fit(6, 50)
	g.table(len(titles), row-1)
	g.page(true, true)
}
