package diff

import (
	"fmt"
	"io"
	"strconv"
	"strings"

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
}

// Write implements Format.
func (XLSX) Write(w io.Writer, r *Report, o RenderOptions) error {
	wd := words{lang: o.Lang, dec: r.Decimals}
	sheets := []string{wd.t(msg.DiffSheetSummary), wd.t(msg.DiffSheetUnits), wd.t(msg.DiffSheetIndicators), wd.t(msg.DiffSheetFlips)}
	b := &book{Book: xlsxdoc.New(sheets...), r: r, w: wd}
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
		Category: "kepatuhan diff",
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
	add("right", &excelize.Style{Alignment: &excelize.Alignment{Horizontal: "right"}})
	add("list", &excelize.Style{Alignment: &excelize.Alignment{Indent: 1}})
	add("int", &excelize.Style{NumFmt: 1, Border: border})
	add("share", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("0.00%")})
	add("share!", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("0.00%"), Font: &excelize.Font{Bold: true, Color: palette.Partial.Hex()}})
	add("type!", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.Partial.Hex()}})
	add("flags", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.Partial.Hex()}, Alignment: &excelize.Alignment{Indent: 1}})
	add("oldnum", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(dec(b.r.Old.Rubric.Scale.Decimals))})
	add("newnum", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(dec(b.r.New.Rubric.Scale.Decimals))})
	add("delta", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("+" + dec(b.r.Decimals) + ";-" + dec(b.r.Decimals) + ";" + dec(b.r.Decimals))})
	add("matrix", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(`0;-0;"·"`), Alignment: &excelize.Alignment{Horizontal: "center"},
		Border: []excelize.Border{{Type: "left", Color: palette.Border.Hex(), Style: 1}, {Type: "right", Color: palette.Border.Hex(), Style: 1},
			{Type: "top", Color: palette.Border.Hex(), Style: 1}, {Type: "bottom", Color: palette.Border.Hex(), Style: 1}}})
	for _, s := range []Status{Regressed, Improved} {
		color := palette.WorseFill
		if s == Improved {
			color = palette.BetterFill
		}
		add("status-"+s.String(), &excelize.Style{Font: &excelize.Font{Bold: true},
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
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
		add("zoneL-"+string(z), &excelize.Style{Font: &excelize.Font{Bold: true, Color: c.Contrast().Hex()},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.Hex()}}})
	}
}

func (b *book) set(sheet string, col, row int, v any, style string) {
	if s, ok := v.(string); ok {
		v = xlsxdoc.Clip(s)
	}
	b.Check(b.SetCellValue(sheet, xlsxdoc.Cell(col, row), v))
	if style != "" {
		b.Check(b.SetCellStyle(sheet, xlsxdoc.Cell(col, row), xlsxdoc.Cell(col, row), b.Style(style)))
	}
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
	b.set(sh, 1, row, w.t(msg.DiffTitle), "title")
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
	line(msg.DiffLabelRubric, func(s Side) string { return s.Rubric.Ref() })
	line(msg.DiffLabelTitle, func(s Side) string { return s.Rubric.Title.In(string(w.lang)) })
	line(msg.DiffLabelVersion, func(s Side) string { return s.Rubric.Version })
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
	b.merged(sh, sumFirst, sumLast, row, r.Tool+" · "+Schema, "text")
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
	cols := []string{w.t(msg.DiffColStatus), w.t(msg.DiffColReason), w.t(msg.DiffColCode), w.t(msg.DiffColName),
		w.t(msg.DiffColType), w.t(msg.DiffColOldScore), w.t(msg.DiffColOldGrade), w.t(msg.DiffColOldZone),
		w.t(msg.DiffColNewScore), w.t(msg.DiffColNewGrade), w.t(msg.DiffColNewZone), w.t(msg.DiffColDelta),
		w.t(msg.DiffColFlags), w.t(msg.DiffColIndDown), w.t(msg.DiffColIndUp)}
	b.widths(sh, 15, 30, 14, 36, 12, 13, 11, 10, 13, 11, 10, 11, 24, 12, 12)
	b.header(sh, 1, cols...)
	side := func(row, col int, s *UnitSide, num string) {
		switch {
		case s == nil:
			b.set(sh, col, row, "—", "right")
		case s.Score == nil:
			b.set(sh, col, row, w.t(msg.DiffIncomplete), "right")
		default:
			b.set(sh, col, row, *s.Score, num)
			if s.Grade != "" {
				b.set(sh, col+1, row, s.Grade, "")
			}
			b.zoneCell(sh, col+2, row, s.Zone)
		}
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
		b.set(sh, 5, row, u.Type, "")
		side(row, 6, u.Old, "oldnum")
		side(row, 9, u.New, "newnum")
		if u.Delta != nil {
			b.set(sh, 12, row, *u.Delta, "delta")
		}
		if len(u.Flags) > 0 {
			b.set(sh, 13, row, w.flags(u.Flags), "flags")
		}
		b.set(sh, 14, row, u.Down(), "")
		b.set(sh, 15, row, u.Up(), "")
	}
	b.Table(sh, len(cols), len(r.Units)+1)
	b.Page(sh, true, true)
}

func (b *book) indicators(sh string) {
	r, w := b.r, b.w
	cols := []string{w.t(msg.DiffColIndicator), w.t(msg.DiffColOldCodes), w.t(msg.DiffColMatch), w.t(msg.DiffColText),
		w.t(msg.DiffColOldShare), w.t(msg.DiffColNewShare), w.t(msg.DiffColOldType), w.t(msg.DiffColNewType),
		w.t(msg.DiffColCompared), w.t(msg.DiffColDown), w.t(msg.DiffColUp), w.t(msg.DiffColDownUnits), w.t(msg.DiffColUpUnits)}
	b.widths(sh, 13, 16, 12, 48, 11, 11, 11, 11, 14, 8, 8, 30, 30)
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
			b.set(sh, 7, row, d.OldType, typeStyle)
		}
		if d.Code != "" {
			b.set(sh, 6, row, d.NewShare, shareStyle)
			b.set(sh, 8, row, d.NewType, typeStyle)
		}
		if d.Code != "" && len(d.OldCodes) > 0 {
			b.set(sh, 9, row, d.Compared, "")
			b.set(sh, 10, row, d.Down, "")
			b.set(sh, 11, row, d.Up, "")
			b.set(sh, 12, row, strings.Join(d.DownUnits, ", "), "list")
			b.set(sh, 13, row, strings.Join(d.UpUnits, ", "), "list")
		}
	}
	b.Table(sh, len(cols), len(r.Indicators)+1)
	b.Page(sh, true, true)
}

func (b *book) flips(sh string) {
	r, w := b.r, b.w
	cols := []string{w.t(msg.DiffColCode), w.t(msg.DiffColName), w.t(msg.DiffColStatus), w.t(msg.DiffColIndicator),
		w.t(msg.DiffColOldCodes), w.t(msg.DiffColFrom), w.t(msg.DiffColTo), w.t(msg.DiffColDirection)}
	b.widths(sh, 14, 36, 15, 13, 16, 16, 16, 9)
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
	b.Table(sh, len(cols), row-1)
	b.Page(sh, false, true)
}
