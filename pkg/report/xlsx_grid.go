package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/xlsxdoc"
)

// abs is an absolute reference to a cell of sheet.
func abs(sheet string, col, row int) string {
	c, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("%s!$%s$%d", xlsxdoc.Quote(sheet), c, row)
}

// grid writes one sheet, cell by cell or row by row, remembering how
// wide each column's content is so that the widths fit it.
type grid struct {
	b     *xbook
	sheet string
	w     []float64
	cw    []float64    // the same, of the values only (not the headers)
	skip  map[int]bool // cells of these rows do not widen their column (titles)
}

// grid starts writing sheet. Every cell is aligned to the top unless its
// style says otherwise, so that a row with wrapped text reads across.
func (b *xbook) grid(sheet string) *grid {
	b.Check(b.SetColStyle(sheet, "A:Z", b.Style("text")))
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
		n = 6 // "100.00", "23.1%": the formats the sheets use
	case int:
		n = float64(len(fmt.Sprint(x))) + 1
	case nil:
	default:
		n = 8
	}
	for len(g.w) < col {
		g.w = append(g.w, 0)
	}
	for len(g.cw) < col {
		g.cw = append(g.cw, 0)
	}
	g.w[col-1] = max(g.w[col-1], n)
	g.cw[col-1] = max(g.cw[col-1], n)
}

// set writes v (strings clipped) at col, row with a style.
func (g *grid) set(col, row int, v any, style string) {
	if s, ok := v.(string); ok {
		v = xlsxdoc.Clip(s)
	}
	if v != nil {
		g.b.Check(g.b.SetCellValue(g.sheet, xlsxdoc.Cell(col, row), v))
	}
	if style != "" {
		g.b.Check(g.b.SetCellStyle(g.sheet, xlsxdoc.Cell(col, row), xlsxdoc.Cell(col, row), g.b.Style(style)))
	}
	if !g.skip[row] {
		g.measure(col, v)
	}
}

// row writes values from column 1 of row, without styles.
func (g *grid) row(row int, vals []any) {
	for i, v := range vals {
		if s, ok := v.(string); ok {
			vals[i] = xlsxdoc.Clip(s)
		}
		g.measure(i+1, vals[i])
	}
	g.b.Check(g.b.SetSheetRow(g.sheet, xlsxdoc.Cell(1, row), &vals))
}

// style applies a style to a block of cells.
func (g *grid) style(c1, r1, c2, r2 int, style string) {
	if r2 < r1 || c2 < c1 {
		return
	}
	g.b.Check(g.b.SetCellStyle(g.sheet, xlsxdoc.Cell(c1, r1), xlsxdoc.Cell(c2, r2), g.b.Style(style)))
}

// header writes a table's header at row. A long title wraps (the row is
// made taller) rather than widening its column past its longest word.
func (g *grid) header(row, col int, titles ...string) {
	wrap := false
	for i, t := range titles {
		c := col + i
		g.b.Check(g.b.SetCellValue(g.sheet, xlsxdoc.Cell(c, row), t))
		g.b.Check(g.b.SetCellStyle(g.sheet, xlsxdoc.Cell(c, row), xlsxdoc.Cell(c, row), g.b.Style("head")))
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
		g.b.Check(g.b.SetRowHeight(g.sheet, row, 30))
	}
}

// upright turns the titles at row of the columns cols upright, so that
// each number column is only as wide as its numbers (a table printed one
// page wide prints larger), and makes the row tall enough for the
// longest title's longest word.
func (g *grid) upright(row int, cols ...int) {
	long := 0
	for _, c := range cols {
		t, _ := g.b.GetCellValue(g.sheet, xlsxdoc.Cell(c, row))
		for _, w := range strings.Fields(t) {
			long = max(long, utf8.RuneCountInString(w))
		}
		g.b.Check(g.b.SetCellStyle(g.sheet, xlsxdoc.Cell(c, row), xlsxdoc.Cell(c, row), g.b.Style("headUp")))
		if c <= len(g.w) {
			g.w[c-1] = g.content(c)
		}
	}
	// A bold 11-point letter turned upright takes about 7.5 points of
	// the row's height: at 6 the longest word broke ("Kekuranga/n").
	need := 7.5*float64(long) + 12
	if h, _ := g.b.GetRowHeight(g.sheet, row); need > h {
		g.b.Check(g.b.SetRowHeight(g.sheet, row, need))
	}
}

// content is the widest value written in column c below the headers
// (numbers are measured as they are written).
func (g *grid) content(c int) float64 {
	if c > len(g.cw) {
		return 0
	}
	return g.cw[c-1]
}

// fit sets every column's width from its content, between lo and hi
// characters, and returns the widths.
func (g *grid) fit(lo, hi float64) []float64 {
	out := make([]float64, len(g.w))
	for i, w := range g.w {
		name, _ := excelize.ColumnNumberToName(i + 1)
		out[i] = min(hi, max(lo, w*1.1+2))
		g.b.Check(g.b.SetColWidth(g.sheet, name, name, out[i]))
	}
	return out
}

// width fixes one column's width.
func (g *grid) width(col int, w float64) {
	name, _ := excelize.ColumnNumberToName(col)
	g.b.Check(g.b.SetColWidth(g.sheet, name, name, w))
}

// table freezes the header row and puts a filter on the table.
func (g *grid) table(cols, rows int) { g.b.Table(g.sheet, cols, rows) }

// page sets how a sheet prints: A4, fitted to the page's width, narrow
// margins, the header row (if any) repeated on every page.
func (g *grid) page(landscape, titles bool) {
	b := g.b
	b.Page(g.sheet, landscape, titles)
	b.Check(b.SetPageMargins(g.sheet, &excelize.PageLayoutMarginsOptions{Left: xlsxdoc.Ptr(0.4), Right: xlsxdoc.Ptr(0.4),
		Top: xlsxdoc.Ptr(0.5), Bottom: xlsxdoc.Ptr(0.5)}))
}

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
