package resultbook

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// styles are the cell styles of the workbook, created once.
type styles struct {
	header  int // bold on a light fill, bottom border
	headNum int // the same, right-aligned over a number column
	// The table sheets' headers: the same, wrapped, so that a long
	// title does not widen its column (a count under "Tidak terpenuhi").
	headWrap, headWrapNum int
	headTurned            int // over a narrow number column: turned upright
	text                  int // plain text, top-aligned
	wrap                  int // wrapped text, top-aligned
	integer               int // counts
	score                 int // the rubric's decimals
	points                int // points and max: the rubric's decimals, at least 2
	mean                  int // survey means: 2 decimals
	percent               int // fractions as whole percentages
	share                 int // zone shares: one decimal percentage
	key                   int // Metadata labels: bold, top-aligned
	title                 int // Metadata title
	// zone fills (Zones and Metadata sheets), and the conditional formats
	// of the Summary sheet's zone column, by zone; "" is the no-zone grey.
	zoneFill map[rubric.Zone]int
	zoneCF   map[rubric.Zone]int
	catFill  map[string]int // a rubric without zones: its bands' fills, by colour
	incFill  int            // incomplete units: light grey
	incCF    int
}

// incompleteColor is the fill of "incomplete" cells and chart bar.
const incompleteColor = "#BDBDBD"

func (b *book) newStyles() error {
	f := b.f
	var err error
	mk := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(s)
		return id
	}
	top := &excelize.Alignment{Vertical: "top"}
	// Numbers sit right, one indent off the edge, so that they do not run
	// into the text of the next column.
	num := &excelize.Alignment{Vertical: "top", Horizontal: "right", Indent: 1}
	st := &b.styles
	head := func(a *excelize.Alignment) *excelize.Style {
		return &excelize.Style{
			Font:      bold(11),
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#DDE4EE"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "#7F8FA6", Style: 1}},
			Alignment: a,
		}
	}
	st.header = mk(head(&excelize.Alignment{Vertical: "center"}))
	st.headNum = mk(head(&excelize.Alignment{Vertical: "center", Horizontal: "right", Indent: 1}))
	st.headWrap = mk(head(&excelize.Alignment{Vertical: "top", WrapText: true}))
	st.headWrapNum = mk(head(&excelize.Alignment{Vertical: "top", Horizontal: "right", WrapText: true}))
	st.headTurned = mk(head(&excelize.Alignment{Vertical: "bottom", Horizontal: "center", TextRotation: 90, WrapText: true}))
	st.text = mk(&excelize.Style{Alignment: top})
	st.wrap = mk(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	st.integer = mk(&excelize.Style{NumFmt: 1, Alignment: num})
	dec := b.res.Rubric.Scale.Decimals
	st.score = mk(&excelize.Style{CustomNumFmt: strPtr(decimalsFormat(dec)), Alignment: num})
	st.points = mk(&excelize.Style{CustomNumFmt: strPtr(decimalsFormat(max(dec, 2))), Alignment: num})
	st.mean = mk(&excelize.Style{CustomNumFmt: strPtr("0.00"), Alignment: num})
	st.percent = mk(&excelize.Style{NumFmt: 9, Alignment: num})
	st.share = mk(&excelize.Style{CustomNumFmt: strPtr("0.0%"), Alignment: num})
	st.key = mk(&excelize.Style{Font: bold(11), Alignment: top})
	st.title = mk(&excelize.Style{Font: bold(14)})
	st.zoneFill, st.zoneCF = map[rubric.Zone]int{}, map[rubric.Zone]int{}
	for _, z := range b.zoneOrder() {
		c := b.res.Rubric.ZoneInfo(z).Color
		st.zoneFill[z] = mk(zoneStyle(c, true))
		if err == nil {
			var id int
			id, err = f.NewConditionalStyle(zoneStyle(c, false))
			st.zoneCF[z] = id
		}
	}
	st.catFill = map[string]int{}
	if !b.zoned() {
		for i := range b.res.Rubric.Bands {
			c := b.bandColor(i)
			st.catFill[c] = mk(zoneStyle(c, true))
		}
	}
	st.incFill = mk(zoneStyle(incompleteColor, true))
	if err == nil {
		st.incCF, err = f.NewConditionalStyle(zoneStyle(incompleteColor, false))
	}
	return err
}

// bold is the workbook's font (Calibri, as excelize's default), bold, at
// size pt. The family is named: without it LibreOffice falls back to a
// serif face.
func bold(pt float64) *excelize.Font {
	return &excelize.Font{Bold: true, Family: "Calibri", Size: pt}
}

// zoneStyle fills a cell with colour c and writes on it in black or white,
// whichever reads better. A conditional style (cell false) names no font
// family or size: it only changes what the cell's own style says.
func zoneStyle(c string, cell bool) *excelize.Style {
	s := &excelize.Style{
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}},
		Font: &excelize.Font{Color: contrastText(c), Bold: true},
	}
	if cell {
		s.Font = bold(11)
		s.Font.Color = contrastText(c)
		s.Alignment = &excelize.Alignment{Vertical: "top"}
	}
	return s
}

// contrastText returns black for a light colour, white for a dark one
// (YIQ brightness of #RRGGBB).
func contrastText(c string) string {
	v, err := strconv.ParseUint(strings.TrimPrefix(c, "#"), 16, 32)
	if err != nil {
		return "#000000"
	}
	r, g, bl := float64(v>>16&0xFF), float64(v>>8&0xFF), float64(v&0xFF)
	if (299*r+587*g+114*bl)/1000 >= 150 {
		return "#000000"
	}
	return "#FFFFFF"
}

func strPtr(s string) *string { return &s }

// decimalsFormat is the number format showing d decimals: "0", "0.00".
func decimalsFormat(d int) string {
	if d <= 0 {
		return "0"
	}
	return "0." + strings.Repeat("0", d)
}

// zoneOrder returns the zones the rubric's bands use, best first (the
// top band's zone first), each once; a band without a zone gives "".
func (b *book) zoneOrder() []rubric.Zone {
	bands := b.res.Rubric.Bands
	var out []rubric.Zone
	seen := map[rubric.Zone]bool{}
	for i := len(bands) - 1; i >= 0; i-- {
		z := bands[i].Zone
		if !seen[z] {
			seen[z] = true
			out = append(out, z)
		}
	}
	return out
}

// column describes one column of a table sheet.
type column struct {
	head  string
	style int     // style of the data cells
	num   float64 // > 0: a number column this wide; 0: text, fitted
	max   float64 // text: the widest the column gets
	wrap  bool    // text wraps within the column; rows grow to fit
	bold  bool    // text shows bold (conditional format): wider
	// turned: a narrow number column whose header is turned upright,
	// so that its title ("Tidak terpenuhi") does not widen it.
	turned bool
	width  float64 // measured
}

// table is a sheet with a header row and one row per record.
type table struct {
	cols []column
	rows int // data rows, counted by measure
}

// maxRows is the most rows a sheet holds (Excel's limit; tests lower it).
var maxRows = excelize.TotalRows

// Widths are in Excel's units (the width of a digit in the default font).
// LibreOffice renders Calibri with a wider substitute when Carlito is not
// installed, so text gets a little more than its character count.
const (
	minWidth    = 6
	headerExtra = 3.5 // the filter button
)

// headWidth is the width a header needs: its longest word in bold, and
// the filter button (the title wraps at its spaces).
func headWidth(s string) float64 {
	w := 0
	for _, word := range strings.Fields(s) {
		w = max(w, utf8.RuneCountInString(word))
	}
	return float64(w)*1.05 + headerExtra
}

// textWidth is the width text s needs: its longest line, in characters,
// and a margin.
func textWidth(s string) float64 {
	w, line := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\n':
			w, line = max(w, line), 0
			i++
			continue
		case c < utf8.RuneSelf:
			i++
		default:
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
		line++
	}
	return float64(max(w, line))*1.1 + 2
}

// measure widens the text columns to fit row.
func (t *table) measure(row []excelize.Cell) {
	t.rows++
	for i := range row {
		if i >= len(t.cols) || t.cols[i].num > 0 {
			continue
		}
		s, ok := row[i].Value.(string)
		if !ok || s == "" {
			continue
		}
		if w := textWidth(s); w > t.cols[i].width {
			t.cols[i].width = w
		}
	}
}

// widths returns the final width of each column: the header (bold, with
// the filter button) or the content, whichever is wider, capped.
func (t *table) widths() []float64 {
	out := make([]float64, len(t.cols))
	for i, c := range t.cols {
		head := headWidth(c.head)
		if c.turned {
			head = 0
		}
		w := c.width
		if c.bold {
			w *= 1.12
		}
		if c.num > 0 {
			w = c.num
		}
		if c.max > 0 && w > c.max {
			w = c.max
		}
		w = math.Max(math.Max(w, head), minWidth)
		out[i] = math.Round(w*2) / 2
	}
	return out
}

// wraps reports whether any column wraps its text.
func (t *table) wraps() bool {
	for _, c := range t.cols {
		if c.wrap {
			return true
		}
	}
	return false
}

// lineHeight is the height of one line of 11-point text, in points.
const lineHeight = 15

// maxRowHeight is the tallest row Excel allows, in points.
const maxRowHeight = 409

// rowHeight is the height of a row of n lines: at most maxRowHeight, so
// that a note of many lines (a document pasted into a cell) still makes
// a valid workbook; the rest of its text scrolls in the cell.
func rowHeight(lines int) float64 { return min(lineHeight*float64(lines), maxRowHeight) }

// wrappedLines estimates how many lines text s takes in a column width
// wide when wrapped at spaces. Text averages a little less than a digit's
// width per character, so width−1 characters fit on a line.
func wrappedLines(s string, width float64) int {
	avail := int(width - 1)
	if avail < 1 {
		avail = 1
	}
	lines := 0
	for line := range strings.SplitSeq(s, "\n") {
		lines++
		n := 0 // characters on the current line
		for word := range strings.FieldsSeq(line) {
			w := utf8.RuneCountInString(word)
			switch {
			case n == 0:
				n = w
			case n+1+w <= avail:
				n += 1 + w
			default:
				lines++
				n = w
			}
			for n > avail { // a word longer than the line breaks anywhere
				lines++
				n -= avail
			}
		}
	}
	return max(lines, 1)
}

// lastCell is the bottom-right cell of the table, header included.
func (t *table) lastCell() string {
	return cellName(len(t.cols), t.rows+1)
}

func cellName(col, row int) string {
	s, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(fmt.Sprintf("resultbook: cell %d,%d: %v", col, row, err))
	}
	return s
}

// streamTable writes a table sheet with excelize's StreamWriter: header in
// row 1 (frozen, with an autofilter), freezeCols columns frozen at the
// left, widths fitted, landscape pages one page wide with the header
// repeated. gen produces the rows; it runs twice (measure here, write
// when the package is copied, see rows.go) and may reuse the row slice.
// before runs before the sheet is flushed (conditional formats).
func (b *book) streamTable(sheet string, t *table, freezeCols int, gen func(emit func([]excelize.Cell) error) error, before func(*table) error) error {
	f := b.f
	if err := gen(func(row []excelize.Cell) error { t.measure(row); return nil }); err != nil {
		return err
	}
	if t.rows+1 > maxRows {
		return msg.Problems{{Key: msg.BookTooManyRows, Args: []any{sheet, t.rows + 1, maxRows}, Hint: msg.HintBookJSON}}
	}
	if err := f.SetSheetDimension(sheet, "A1:"+t.lastCell()); err != nil {
		return err
	}
	if err := b.pageSetup(sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	widths := t.widths()
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	top := cellName(freezeCols+1, 2)
	pane := "bottomLeft"
	if freezeCols > 0 {
		pane = "bottomRight"
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: freezeCols, YSplit: 1, TopLeftCell: top, ActivePane: pane,
		Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: pane}}}); err != nil {
		return err
	}
	head := make([]any, len(t.cols))
	height := 20.0
	for i, c := range t.cols {
		s := b.styles.headWrap
		switch {
		case c.turned:
			s = b.styles.headTurned
			// Upright, a character takes about 6 points, and the
			// filter button sits below the title.
			long := 0
			for _, word := range strings.Fields(c.head) {
				long = max(long, utf8.RuneCountInString(word))
			}
			lines := wrappedLines(c.head, float64(long)+1)
			height = max(height, 6*float64(long)+22, 15*float64(lines))
		case c.num > 0:
			s = b.styles.headWrapNum
		}
		head[i] = excelize.Cell{StyleID: s, Value: c.head}
		if !c.turned {
			// The filter button takes the end of the last line.
			height = max(height, rowHeight(wrappedLines(c.head, widths[i]-headerExtra+1))+3)
		}
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: height}); err != nil {
		return err
	}
	// The data rows are spliced in as the package is copied (rows.go).
	b.rows[sheet] = &tableRows{t: t, widths: widths, gen: gen}
	if err := f.AutoFilter(sheet, "A1:"+t.lastCell(), nil); err != nil {
		return err
	}
	if before != nil {
		if err := before(t); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// pageSetup prints a table sheet landscape, one page wide, with the
// header row repeated on every page.
func (b *book) pageSetup(sheet string) error {
	if err := b.fitPages(sheet, "landscape", 0); err != nil {
		return err
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: quoteSheet(sheet) + "!$1:$1", Scope: sheet})
}

// fitPages prints sheet on A4 (as every workbook kepatuhan writes; without
// a size Excel and LibreOffice print on US Letter), one page wide and
// tall pages tall (0: as many as it takes), with narrow side margins so
// that the table prints larger.
func (b *book) fitPages(sheet, orientation string, tall int) error {
	f := b.f
	yes := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	side, edge, band := 0.4, 0.6, 0.3
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &edge, Bottom: &edge,
		Header: &band, Footer: &band}); err != nil {
		return err
	}
	wide, a4 := 1, 9
	return f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orientation, FitToWidth: &wide, FitToHeight: &tall})
}

// quoteSheet quotes a sheet name for a formula or reference.
func quoteSheet(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// cell returns v with style s; empty text gives an empty cell, which is
// not written at all.
func cell(s int, v any) excelize.Cell {
	if str, ok := v.(string); ok && str == "" {
		return excelize.Cell{}
	}
	return excelize.Cell{StyleID: s, Value: v}
}
