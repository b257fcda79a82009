package diff

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/xlsxdoc"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// XLSX writes the report as an Excel workbook with the same content as
// the table: a summary sheet (the two runs with their input files and
// SHA-256, the comparability notes, the counts, the zone transition
// matrix, the region's change), the units (regressions first, with
// filters), the indicators' lineage and flips, and every indicator change
// by unit. Scores are numbers with the scale's decimals; zones are
// coloured with the rubric's colours. The same report gives the same
// bytes (times from pkg/stamp).
type XLSX struct{}

type book struct {
	*xlsxdoc.Book
	r *Report
	w words
	// texts are the text cells written, by sheet, for fit.
	texts map[string][]textCell
	heads map[string][]string // each sheet's header titles
}

// textCell is a text cell as written: fit widens its column to it, or
// wraps it and makes its row taller.
type textCell struct {
	col, row int
	text     string
	style    string
}

// Write implements Format.
func (XLSX) Write(w io.Writer, r *Report, o RenderOptions) error {
	wd := words{lang: o.Lang, dec: r.Decimals, self: r.SelfVsVerified}
	sheets := []string{wd.t(msg.DiffSheetSummary), wd.t(msg.DiffSheetUnits), wd.t(msg.DiffSheetIndicators), wd.t(msg.DiffSheetFlips)}
	b := &book{Book: xlsxdoc.New(sheets...), r: r, w: wd, texts: map[string][]textCell{}, heads: map[string][]string{}}
	defer b.Close()
	b.styles()
	b.summary(sheets[0])
	b.units(sheets[1])
	b.indicators(sheets[2])
	b.flips(sheets[3])
	b.SetActiveSheet(0)
	b.SetProps(xlsxdoc.Props{
		Title:    wd.t(msg.DiffTitle),
		Subject:  fmt.Sprintf("%s %s → %s %s", r.Old.Rubric.Ref(), r.Old.Rubric.Version, r.New.Rubric.Ref(), r.New.Rubric.Version),
		Keywords: "kepatuhan; " + Schema,
		Category: wd.t(msg.DiffTitle),
		Tool:     r.Tool,
		Lang:     o.Lang,
	})
	if err := b.Err(); err != nil {
		return err
	}
	return b.Write(w)
}

// styles prepares the cell styles.
func (b *book) styles() {
	border := []excelize.Border{{Type: "bottom", Color: palette.Border.Hex(), Style: 1}}
	add := b.AddStyle
	dec := func(n int) string {
		if n <= 0 {
			return "0"
		}
		return "0." + strings.Repeat("0", n)
	}
	top := &excelize.Alignment{Vertical: "top"}
	add("title", &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	add("h", &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}})
	add("head", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.White.Hex()},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.HeadDark.Hex()}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	add("headC", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.White.Hex()},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.HeadDark.Hex()}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	add("label", &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}})
	add("text", &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}})
	add("wrap", &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	add("right", &excelize.Style{Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}})
	add("list", &excelize.Style{Alignment: &excelize.Alignment{Indent: 1, Vertical: "top"}})
	add("plain", &excelize.Style{Alignment: top})
	// The wrapped forms of the plain and list cells (fit's), top-aligned
	// as a tall row reads.
	add("~", &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	add("list~", &excelize.Style{Alignment: &excelize.Alignment{Indent: 1, Vertical: "top", WrapText: true}})
	add("flags~", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.Partial.Hex()}, Alignment: &excelize.Alignment{Indent: 1, Vertical: "top", WrapText: true}})
	add("int", &excelize.Style{NumFmt: 1, Border: border})
	add("share", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("0.00%"), Alignment: top})
	add("share!", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("0.00%"), Font: &excelize.Font{Bold: true, Color: palette.Partial.Hex()}, Alignment: top})
	add("type!", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.Partial.Hex()}, Alignment: top})
	add("flags", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.Partial.Hex()}, Alignment: &excelize.Alignment{Indent: 1, Vertical: "top"}})
	// Scores sit right, an indent off the text that follows them.
	num := &excelize.Alignment{Vertical: "top", Horizontal: "right", Indent: 1}
	add("oldnum", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(dec(b.r.Old.Rubric.Scale.Decimals)), Alignment: num})
	add("newnum", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(dec(b.r.New.Rubric.Scale.Decimals)), Alignment: num})
	add("delta", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("+" + dec(b.r.Decimals) + ";-" + dec(b.r.Decimals) + ";" + dec(b.r.Decimals)), Alignment: top})
	add("count", &excelize.Style{Alignment: top})
	add("matrix", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(`0;-0;"·"`), Alignment: &excelize.Alignment{Horizontal: "center"},
		Border: []excelize.Border{{Type: "left", Color: palette.Border.Hex(), Style: 1}, {Type: "right", Color: palette.Border.Hex(), Style: 1},
			{Type: "top", Color: palette.Border.Hex(), Style: 1}, {Type: "bottom", Color: palette.Border.Hex(), Style: 1}}})
	for _, s := range []Status{Regressed, Improved} {
		color := palette.WorseFill
		if s == Improved {
			color = palette.BetterFill
		}
		add("status-"+s.String(), &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color.Hex()}}})
	}
	for _, l := range []Level{OK, Caution, Not} {
		add("level-"+l.String(), &excelize.Style{Font: &excelize.Font{Bold: true, Color: levelColor[l].Hex()},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	}
	// Zones in the NEW rubric's colours (the OLD one's when NEW has none).
	zr := b.r.New.Rubric
	if !hasZones(zr) {
		zr = b.r.Old.Rubric
	}
	for _, z := range []rubric.Zone{rubric.Hijau, rubric.Kuning, rubric.Merah} {
		c := palette.Zone(zr, z)
		add("zone-"+string(z), &excelize.Style{Font: &excelize.Font{Bold: true, Color: c.Contrast().Hex()},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.Hex()}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
		add("zoneL-"+string(z), &excelize.Style{Font: &excelize.Font{Bold: true, Color: c.Contrast().Hex()},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.Hex()}}})
	}
}

func (b *book) set(sheet string, col, row int, v any, style string) {
	if s, ok := v.(string); ok {
		v = xlsxdoc.Clip(s)
		b.texts[sheet] = append(b.texts[sheet], textCell{col, row, v.(string), style})
	}
	b.Check(b.SetCellValue(sheet, xlsxdoc.Cell(col, row), v))
	if style == "" {
		// Top-aligned, as the cells of a row grown by a wrapped text
		// read.
		style = "plain"
	}
	b.Check(b.SetCellStyle(sheet, xlsxdoc.Cell(col, row), xlsxdoc.Cell(col, row), b.Style(style)))
}

// fit sets a table sheet's column widths from what was written in them:
// each column as wide as its longest text (in characters, and a margin)
// and at least its header's longest word, within its cap (a number
// column: its cap is its width). A text wider than its column wraps —
// plain, list and flag cells — and its row grows to show it whole.
func (b *book) fit(sheet string, caps ...float64) {
	need := make([]float64, len(caps))
	for i, h := range b.heads[sheet] {
		if i < len(need) {
			for _, word := range strings.Fields(h) {
				need[i] = max(need[i], textWidth(word)+1)
			}
		}
	}
	for _, c := range b.texts[sheet] {
		if c.row > 1 && c.col <= len(need) {
			need[c.col-1] = max(need[c.col-1], textWidth(c.text))
		}
	}
	width := make([]float64, len(caps))
	for i, cap := range caps {
		width[i] = math.Round(min(max(need[i], 6), cap)*2) / 2
	}
	b.widths(sheet, width...)
	lines := map[int]int{}
	for _, c := range b.texts[sheet] {
		if c.row == 1 || c.col > len(width) || textWidth(c.text) <= width[c.col-1] {
			continue
		}
		wrapped, ok := map[string]string{"": "~", "plain": "~", "list": "list~", "flags": "flags~"}[c.style]
		if !ok {
			continue
		}
		ref := xlsxdoc.Cell(c.col, c.row)
		b.Check(b.SetCellStyle(sheet, ref, ref, b.Style(wrapped)))
		lines[c.row] = max(lines[c.row], wrapCount(c.text, width[c.col-1]))
	}
	for row, n := range lines {
		if n > 1 {
			b.Check(b.SetRowHeight(sheet, row, 15*float64(n)+2))
		}
	}
}

// textWidth is the width s needs in a column, in Excel's units: its
// longest line, a little more than a character each, and a margin.
func textWidth(s string) float64 {
	w := 0
	for _, l := range strings.Split(s, "\n") {
		w = max(w, utf8.RuneCountInString(l))
	}
	return float64(w)*1.1 + 2
}

// wrapCount is how many lines s takes wrapped at the spaces (and after
// ", ") in a column width wide.
func wrapCount(s string, width float64) int {
	avail := max(int(width-1), 1)
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n++
		at := 0
		for _, word := range strings.Fields(l) {
			wl := utf8.RuneCountInString(word)
			switch {
			case at == 0:
				at = wl
			case at+1+wl <= avail:
				at += 1 + wl
			default:
				n++
				at = wl
			}
			for at > avail {
				n++
				at -= avail
			}
		}
	}
	return max(n, 1)
}

func (b *book) widths(sheet string, ws ...float64) {
	for i, w := range ws {
		c, _ := excelize.ColumnNumberToName(i + 1)
		b.Check(b.SetColWidth(sheet, c, c, w))
	}
}

func (b *book) header(sheet string, row int, cols ...string) {
	for i, c := range cols {
		b.set(sheet, i+1, row, c, "head")
	}
	if row == 1 {
		b.heads[sheet] = cols
	}
	b.Check(b.SetRowHeight(sheet, row, 30))
}

func (b *book) zoneCell(sheet string, col, row int, z rubric.Zone) {
	if z == rubric.NoZone {
		return
	}
	b.set(sheet, col, row, string(z), "zone-"+string(z))
}

// merged writes v over the columns from col to last of row.
func (b *book) merged(sheet string, col, last, row int, v any, style string) {
	if last > col {
		b.Check(b.MergeCell(sheet, xlsxdoc.Cell(col, row), xlsxdoc.Cell(last, row)))
		b.Check(b.SetCellStyle(sheet, xlsxdoc.Cell(col, row), xlsxdoc.Cell(last, row), b.Style(style)))
	}
	b.set(sheet, col, row, v, style)
}

// The summary sheet's columns: labels in A, then six narrower columns
// B–G: OLD's details over B–D and NEW's over E–G, notes over B–G, the
// matrix's categories one column each.
const (
	sumLabel = 1
	sumFirst = 2
	sumLast  = 7
	sumWidth = 13.0 // B–G
)

func (b *book) summary(sh string) {
	r, w := b.r, b.w
	b.widths(sh, 26, sumWidth, sumWidth, sumWidth, sumWidth, sumWidth, sumWidth)
	b.Page(sh, false, false)
	row := 1
	b.set(sh, 1, row, w.titleLine(r), "title")
	b.Check(b.SetRowHeight(sh, row, 20))
	row += 2
	b.set(sh, sumLabel, row, "", "head")
	b.merged(sh, 2, 4, row, w.t(msg.DiffOld), "head")
	b.merged(sh, 5, 7, row, w.t(msg.DiffNew), "head")
	row++
	sides := []Side{r.Old, r.New}
	// Each side's text wraps at about 3 × 13 characters.
	const sideChars = 3 * sumWidth * 1.1
	line := func(label msg.Key, f func(s Side) string) {
		b.set(sh, sumLabel, row, w.t(label), "label")
		h := 15.0
		for i, s := range sides {
			v := f(s)
			b.merged(sh, 2+3*i, 4+3*i, row, v, "wrap")
			h = max(h, rowHeight(v, sideChars))
		}
		b.Check(b.SetRowHeight(sh, row, h))
		row++
	}
	line(msg.DiffLabelArea, func(s Side) string { return s.RegionName(w.lang) })
	line(msg.DiffLabelPeriod, func(s Side) string { return s.Period(w.lang) })
	line(msg.DiffLabelRubric, func(s Side) string { return s.Rubric.Ref() })
	line(msg.DiffLabelTitle, func(s Side) string { return s.Rubric.Title.In(string(w.lang)) })
	line(msg.DiffLabelVersion, func(s Side) string { return s.Rubric.VersionText(string(w.lang)) })
	line(msg.DiffLabelHash, func(s Side) string { return s.Rubric.Hash() })
	line(msg.DiffLabelScale, func(s Side) string {
		return locale.Plain(w.lang, s.Rubric.Scale.Min, -1) + "–" + locale.Plain(w.lang, s.Rubric.Scale.Max, -1) + " (" + string(s.Rubric.Scale.Rule) + ")"
	})
	line(msg.DiffLabelUnits, func(s Side) string { return strconv.Itoa(s.Units) })
	line(msg.DiffLabelInputs, func(s Side) string {
		var l []string
		for _, in := range s.Inputs {
			l = append(l, in.Name+"\n"+in.SHA256)
		}
		return strings.Join(l, "\n")
	})
	line(msg.DiffLabelRegion, func(s Side) string { return w.regionSide(s) })
	b.set(sh, sumLabel, row, w.t(msg.DiffLabelRegionDiff), "label")
	d := w.t(msg.DiffNotSubtracted)
	if r.Region.Delta != nil {
		d = w.signed(*r.Region.Delta)
	} else if r.Comparability.SameScale {
		d = "—"
	}
	b.merged(sh, 2, 7, row, d, "label")
	row += 2

	// Comparability.
	b.set(sh, 1, row, w.t(msg.DiffComparability), "h")
	row++
	// Proportional text: a character is narrower than a column unit.
	const noteChars = 6 * sumWidth * 1.15
	for _, n := range r.Comparability.Notes {
		b.set(sh, sumLabel, row, n.Level.Mark(), "level-"+n.Level.String())
		b.merged(sh, sumFirst, sumLast, row, n.Text(w.lang), "wrap")
		b.Check(b.SetRowHeight(sh, row, rowHeight(n.Text(w.lang), noteChars)))
		row++
	}
	row++

	// Counts.
	b.set(sh, sumLabel, row, w.t(msg.DiffColStatus), "head")
	b.set(sh, sumFirst, row, w.t(msg.DiffLabelCount), "head")
	row++
	for _, s := range Statuses() {
		style := ""
		if s == Regressed || s == Improved {
			style = "status-" + s.String()
		}
		b.set(sh, sumLabel, row, w.status(s), style)
		b.set(sh, sumFirst, row, r.Count(s), "int")
		row++
	}
	if r.Jump != nil {
		b.set(sh, sumLabel, row, w.t(msg.DiffLabelJump), "label")
		b.set(sh, sumFirst, row, *r.Jump, "newnum")
		row++
	}
	row++
	for _, l := range w.legends(r) {
		b.merged(sh, sumLabel, sumLast, row, l, "wrap")
		b.Check(b.SetRowHeight(sh, row, rowHeight(l, 26*1.15+noteChars)))
		row++
	}
	row++

	// Zone transitions.
	rowCats, colCats := r.matrixCats()
	if len(rowCats) > 0 && len(colCats) > 0 {
		b.set(sh, 1, row, w.t(msg.DiffMatrixTitle), "h")
		row++
		b.set(sh, sumLabel, row, w.t(msg.DiffMatrixOldNew), "head")
		for j, c := range colCats {
			switch c {
			case CatHijau, CatKuning, CatMerah:
				b.zoneCell(sh, sumFirst+j, row, rubric.Zone(c.String()))
			default:
				b.set(sh, sumFirst+j, row, w.category(c), "headC")
			}
		}
		b.Check(b.SetRowHeight(sh, row, 30))
		row++
		for _, rc := range rowCats {
			switch rc {
			case CatHijau, CatKuning, CatMerah:
				b.set(sh, sumLabel, row, rc.String(), "zoneL-"+rc.String())
			default:
				b.set(sh, sumLabel, row, w.category(rc), "head")
			}
			for j, cc := range colCats {
				b.set(sh, sumFirst+j, row, r.Matrix[rc][cc], "matrix")
			}
			row++
		}
		row++
	}
	b.set(sh, sumLabel, row, w.t(msg.DiffLabelTool), "label")
	b.merged(sh, sumFirst, sumLast, row, r.Tool, "text")
}

// rowHeight is a row's height in points for text wrapped at about chars
// characters a line.
func rowHeight(s string, chars float64) float64 {
	lines := 0
	for _, l := range strings.Split(s, "\n") {
		lines += 1 + int(float64(len([]rune(l)))/chars)
	}
	return 15*float64(lines) + 2
}

func (b *book) units(sh string) {
	r, w := b.r, b.w
	// A grade column on each side only when a rubric has grades; the
	// band's label (predikat) always: ombudsman-2019 has no grades.
	grades := hasGrades(r.Old.Rubric) || hasGrades(r.New.Rubric)
	type column struct {
		head string
		cap  float64
	}
	// Caps that keep the sheet readable printed one page wide (landscape
	// A4 at 7 points or more): longer texts wrap.
	cols := []column{{w.t(msg.DiffColStatus), 11}, {w.t(msg.DiffColReason), 14}, {w.t(msg.DiffColCode), 19},
		{w.t(msg.DiffColName), 26}, {w.t(msg.DiffColType), 14}}
	side := func(score, grade, label, zone msg.Key) {
		cols = append(cols, column{w.t(score), 8})
		if grades {
			cols = append(cols, column{w.t(grade), 10})
		}
		cols = append(cols, column{w.t(label), 14}, column{w.t(zone), 8})
	}
	side(msg.DiffColOldScore, msg.DiffColOldGrade, msg.DiffColOldLabel, msg.DiffColOldZone)
	side(msg.DiffColNewScore, msg.DiffColNewGrade, msg.DiffColNewLabel, msg.DiffColNewZone)
	cols = append(cols, column{w.t(msg.DiffColDelta), 9}, column{w.t(msg.DiffColFlags), 14},
		column{w.t(msg.DiffColIndDown), 11}, column{w.t(msg.DiffColIndUp), 11})
	heads := make([]string, len(cols))
	caps := make([]float64, len(cols))
	for i, c := range cols {
		heads[i], caps[i] = c.head, c.cap
	}
	b.header(sh, 1, heads...)
	typeLabel := func(t string) string {
		for _, rb := range []*rubric.Rubric{r.New.Rubric, r.Old.Rubric} {
			if ut, ok := rb.UnitType(t); ok && t != "" {
				return ut.Label.In(string(w.lang))
			}
		}
		return t
	}
	writeSide := func(row, col int, s *UnitSide, num string) int {
		label := col + 1
		if grades {
			label++
		}
		switch {
		case s == nil:
			b.set(sh, col, row, "—", "right")
		case s.Score == nil:
			// In the predikat's column, which is wide enough: no score,
			// no predikat.
			b.set(sh, label, row, w.t(msg.DiffIncomplete), "")
		default:
			b.set(sh, col, row, *s.Score, num)
			if grades && s.Grade != "" {
				b.set(sh, col+1, row, s.Grade, "")
			}
			at := col + 1
			if grades {
				at++
			}
			b.set(sh, at, row, s.Label.In(string(w.lang)), "")
			b.zoneCell(sh, at+1, row, s.Zone)
		}
		if grades {
			return col + 4
		}
		return col + 3
	}
	for i := range r.Units {
		u := &r.Units[i]
		row := i + 2
		style := ""
		if u.Status == Regressed || u.Status == Improved {
			style = "status-" + u.Status.String()
		}
		b.set(sh, 1, row, w.status(u.Status), style)
		b.set(sh, 2, row, w.reason(u.Reason), "")
		b.set(sh, 3, row, u.Code, "")
		b.set(sh, 4, row, u.Name, "")
		b.set(sh, 5, row, typeLabel(u.Type), "")
		col := writeSide(row, 6, u.Old, "oldnum")
		col = writeSide(row, col, u.New, "newnum")
		if u.Delta != nil {
			b.set(sh, col, row, *u.Delta, "delta")
		}
		if len(u.Flags) > 0 {
			b.set(sh, col+1, row, w.flags(u.Flags), "flags")
		}
		b.set(sh, col+2, row, u.Down(), "count")
		b.set(sh, col+3, row, u.Up(), "count")
	}
	b.fit(sh, caps...)
	b.Table(sh, len(cols), len(r.Units)+1)
	b.Page(sh, true, true)
}

// hasGrades reports whether any band of r has a grade.
func hasGrades(r *rubric.Rubric) bool {
	for _, bd := range r.Bands {
		if bd.Grade != "" {
			return true
		}
	}
	return false
}

func (b *book) indicators(sh string) {
	r, w := b.r, b.w
	cols := []string{w.t(msg.DiffColIndicator), w.t(msg.DiffColOldCodes), w.t(msg.DiffColMatch), w.t(msg.DiffColText),
		w.t(msg.DiffColOldShare), w.t(msg.DiffColNewShare), w.t(msg.DiffColOldType), w.t(msg.DiffColNewType),
		w.t(msg.DiffColCompared), w.t(msg.DiffColDown), w.t(msg.DiffColUp), w.t(msg.DiffColDownUnits), w.t(msg.DiffColUpUnits)}
	b.header(sh, 1, cols...)
	for i := range r.Indicators {
		d := &r.Indicators[i]
		row := i + 2
		b.set(sh, 1, row, d.Code, "")
		b.set(sh, 2, row, strings.Join(d.OldCodes, ", "), "")
		b.set(sh, 3, row, w.match(d.Match), "")
		b.set(sh, 4, row, d.Text.In(string(w.lang)), "")
		shareStyle, typeStyle := "share", ""
		if d.WeightChanged {
			shareStyle = "share!"
		}
		if d.TypeChanged {
			typeStyle = "type!"
		}
		if len(d.OldCodes) > 0 {
			b.set(sh, 5, row, d.OldShare, shareStyle)
			b.set(sh, 7, row, w.answerType(d.OldType), typeStyle)
		}
		if d.Code != "" {
			b.set(sh, 6, row, d.NewShare, shareStyle)
			b.set(sh, 8, row, w.answerType(d.NewType), typeStyle)
		}
		if d.Code != "" && len(d.OldCodes) > 0 {
			b.set(sh, 9, row, d.Compared, "")
			b.set(sh, 10, row, d.Down, "")
			b.set(sh, 11, row, d.Up, "")
			b.set(sh, 12, row, strings.Join(d.DownUnits, ", "), "list")
			b.set(sh, 13, row, strings.Join(d.UpUnits, ", "), "list")
		}
	}
	b.fit(sh, 11, 12, 12, 36, 8, 8, 12, 12, 9, 8, 8, 26, 26)
	b.Table(sh, len(cols), len(r.Indicators)+1)
	b.Page(sh, true, true)
}

func (b *book) flips(sh string) {
	r, w := b.r, b.w
	cols := []string{w.t(msg.DiffColCode), w.t(msg.DiffColName), w.t(msg.DiffColStatus), w.t(msg.DiffColIndicator),
		w.t(msg.DiffColOldCodes), w.t(msg.DiffColFrom), w.t(msg.DiffColTo), w.t(msg.DiffColDirection)}
	b.header(sh, 1, cols...)
	row := 2
	for i := range r.Units {
		u := &r.Units[i]
		for _, f := range u.Flips {
			b.set(sh, 1, row, u.Code, "")
			b.set(sh, 2, row, u.Name, "")
			b.set(sh, 3, row, w.status(u.Status), "")
			b.set(sh, 4, row, f.Indicator, "")
			b.set(sh, 5, row, strings.Join(f.OldCodes, ", "), "")
			b.set(sh, 6, row, w.indStatus(f.From), "")
			b.set(sh, 7, row, w.indStatus(f.To), "")
			dir, style := w.t(msg.DiffDirectionUp), "status-"+Improved.String()
			if f.Down() {
				dir, style = w.t(msg.DiffDirectionDown), "status-"+Regressed.String()
			}
			b.set(sh, 8, row, dir, style)
			row++
		}
	}
	if row == 2 {
		b.set(sh, 1, row, w.t(msg.DiffNoFlips), "")
	}
	b.fit(sh, 24, 40, 16, 12, 14, 18, 18, 9)
	b.Table(sh, len(cols), row-1)
	b.Page(sh, false, true)
}
