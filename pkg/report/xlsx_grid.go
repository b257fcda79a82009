package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

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
