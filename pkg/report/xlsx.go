package report

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/xlsxdoc"
	"github.com/kepatuhan/kepatuhan/pkg/xlsxzip"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// XLSX renders the report as a workbook with the PDF's tables as sheets:
// the summary with two native charts (units per zone, the score
// histogram), the ranking, the averages, every indicator ranked for the
// coaching agenda, the incomplete units and N/A answers, the methodology
// and one row per unit. Table sheets have a frozen header and a filter;
// zones are cells in the rubric's colours; the same report gives the same
// bytes.
func (rp *Report) XLSX() ([]byte, error) {
	t := func(k msg.Key) string { return msg.T(rp.Lang, k) }
	names := []string{t(msg.ReportSheetSummary), t(msg.ReportSheetRanking), t(msg.ReportSheetAverages),
		t(msg.ReportSheetIndicators), t(msg.ReportSheetIssues), t(msg.ReportSheetMethod), t(msg.ReportSheetAppendix)}
	if rp.Evidence.Any {
		names = append(names, t(msg.ReportSheetEvidence))
	}
	all := names
	if acc := rp.accuracySheet(); acc != "" { // xlsx_accuracy.go
		all = append(append(names[:4:4], acc), names[4:]...)
	}
	b := &xbook{Book: xlsxdoc.New(all...), rp: rp}
	defer b.Close()
	b.styles()
	b.summary(names[0])
	b.ranking(names[1])
	b.averages(names[2])
	b.indicators(names[3])
	b.accuracy(rp.accuracySheet())
	b.issues(names[4])
	b.methodology(names[5])
	b.appendix(names[6])
	if rp.Evidence.Any {
		b.evidenceSheet(names[7]) // xlsx_evidence.go
	}
	b.SetActiveSheet(0)
	b.SetProps(xlsxdoc.Props{
		Title:       xlsxdoc.Clip(rp.Title),
		Subject:     xlsxdoc.Clip(strings.Trim(rp.Region+" · "+rp.Period, " ·")),
		Description: xlsxdoc.Clip(rp.Rubric.Title.In(string(rp.Lang))),
		Keywords:    "kepatuhan; " + rp.Rubric.Ref() + "; " + rp.Rubric.Version,
		Category:    "kepatuhan report",
		Tool:        rp.Tool,
		Lang:        rp.Lang,
	})
	if err := b.Err(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.Grow(buf.Len())
	if err := xlsxzip.Canonical(buf.Bytes(), &out, nil); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// xbook writes one report's workbook.
type xbook struct {
	*xlsxdoc.Book
	rp *Report
}

func (b *xbook) t(k msg.Key, args ...any) string { return msg.T(b.rp.Lang, k, args...) }

func (b *xbook) lang() string { return string(b.rp.Lang) }

func (b *xbook) styles() {
	add := func(name string, s *excelize.Style) {
		// Top-aligned, like the columns' default: rows with wrapped text
		// read across.
		if s.Alignment == nil {
			s.Alignment = &excelize.Alignment{}
		}
		if s.Alignment.Vertical == "" {
			s.Alignment.Vertical = "top"
		}
		b.AddStyle(name, s)
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
	// Over a narrow number column: the title turned upright, so that it
	// does not widen the column (grid.upright).
	add("headUp", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.White.Hex()}, Fill: head,
		Alignment: &excelize.Alignment{Vertical: "bottom", Horizontal: "center", TextRotation: 90, WrapText: true}})
	add("label", &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}})
	add("text", &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}})
	add("bold", &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}})
	add("wrap", &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	add("int", &excelize.Style{NumFmt: 1, Alignment: &excelize.Alignment{Vertical: "top"}})
	add("right", &excelize.Style{Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}})
	add("intB", &excelize.Style{NumFmt: 1, Font: &excelize.Font{Bold: true}})
	add("score", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(dec), Alignment: &excelize.Alignment{Vertical: "top"}})
	add("scoreB", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(dec), Font: &excelize.Font{Bold: true}})
	add("big", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(dec), Font: &excelize.Font{Bold: true, Size: 16}})
	add("pct", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("0.0%"), Alignment: &excelize.Alignment{Vertical: "top"}})
	add("pctB", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("0.0%"), Font: &excelize.Font{Bold: true}})
	add("pct2", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("0.00%")})
	add("dec1", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("0.0")})
	add("dec1B", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("0.0"), Font: &excelize.Font{Bold: true}})
	add("weak", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.NotMet.Hex()}})
	add("met", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.Met.Hex()}})
	add("notmet", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.NotMet.Hex()}})
	add("missing", &excelize.Style{Font: &excelize.Font{Color: palette.Missing.Hex()}})
	add("agenda", &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.Mark.Hex()}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	for d := 1; d <= 4; d++ {
		s := &excelize.Style{Alignment: &excelize.Alignment{Indent: d - 1, Vertical: "top", WrapText: true}}
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
