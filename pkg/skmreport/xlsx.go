package skmreport

import (
	"bytes"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/xlsxdoc"
)

// XLSX renders the report's tables as a workbook, one sheet each: the
// units' results with their samples, every unsur's working per unit,
// the respondents' characteristics, the suggestions with their cells,
// the follow-up plans, the comparison with earlier periods (when given)
// and the method. Figures are numbers with the report's decimals, so
// that a reader can recompute them in the sheet. The same report gives
// the same bytes (times from pkg/stamp).
func (rp *Report) XLSX() ([]byte, error) {
	names := []string{rp.t(msg.SKMSheetSummary), rp.t(msg.SKMSheetItems), rp.t(msg.SKMSheetTraits),
		rp.t(msg.SKMSheetSuggestions), rp.t(msg.SKMSheetPlan)}
	if len(rp.Previous) > 0 {
		names = append(names, rp.t(msg.SKMSheetHistory))
	}
	names = append(names, rp.t(msg.SKMSheetMethod))
	b := &xbook{Book: xlsxdoc.New(names...), rp: rp}
	defer b.Close()
	b.styles()
	b.summary(names[0])
	b.items(names[1])
	b.traits(names[2])
	b.suggestions(names[3])
	b.plans(names[4])
	if len(rp.Previous) > 0 {
		b.history(names[5])
	}
	b.method(names[len(names)-1])
	// The first sheet is the active one already; SetActiveSheet would
	// read every streamed sheet back.
	subject := rp.Region
	if rp.Period != "" {
		subject = strings.TrimSpace(subject + " " + rp.Period)
	}
	b.SetProps(xlsxdoc.Props{Title: rp.Title(), Subject: subject, Keywords: "kepatuhan; SKM; " + rp.Rubric.Ref(),
		Category: "kepatuhan skm", Tool: rp.Tool, Lang: rp.Lang})
	if err := b.Err(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type xbook struct {
	*xlsxdoc.Book
	rp *Report
}

// cell is a value and its style's name ("" for none).
type cell struct {
	v     any
	style string
}

func (b *xbook) styles() {
	add := b.AddStyle
	dec := func(n int) string {
		if n <= 0 {
			return "0"
		}
		return "0." + strings.Repeat("0", n)
	}
	add("head", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.White.Hex()},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.HeadDark.Hex()}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	add("text", &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}})
	add("bold", &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}})
	add("wrap", &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	add("title", &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	add("int", &excelize.Style{NumFmt: 1})
	add("nrr", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(dec(b.rp.NRRDecimals()))})
	add("score", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(dec(b.rp.Rubric.Scale.Decimals))})
	add("scoreB", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr(dec(b.rp.Rubric.Scale.Decimals)), Font: &excelize.Font{Bold: true}})
	add("weight", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("0.0000")})
	add("pct", &excelize.Style{CustomNumFmt: xlsxdoc.Ptr("0.0%")})
	add("warn", &excelize.Style{Font: &excelize.Font{Bold: true, Color: palette.NotMet.Hex()}})
	add("muted", &excelize.Style{Font: &excelize.Font{Color: palette.Muted.Hex()}})
}

// table writes a sheet of a header and rows, its header frozen with a
// filter, columns of the given widths, printed landscape. The rows are
// streamed (a region's suggestions are tens of thousands of them), after
// the sheet's settings, which the stream keeps.
func (b *xbook) table(sheet string, heads []string, widths []float64, rows [][]cell) {
	b.Table(sheet, len(heads), len(rows)+1)
	b.Page(sheet, true, true)
	sw, err := b.NewStreamWriter(sheet)
	if err != nil {
		b.Check(err)
		return
	}
	for i, w := range widths {
		b.Check(sw.SetColWidth(i+1, i+1, w))
	}
	head := make([]any, len(heads))
	for i, h := range heads {
		head[i] = excelize.Cell{StyleID: b.Style("head"), Value: h}
	}
	b.Check(sw.SetRow("A1", head, excelize.RowOpts{Height: 45}))
	for r, row := range rows {
		vals := make([]any, len(row))
		for c, v := range row {
			x := v.v
			if s, ok := x.(string); ok {
				x = xlsxdoc.Clip(s)
			}
			cl := excelize.Cell{Value: x}
			if v.style != "" {
				cl.StyleID = b.Style(v.style)
			}
			vals[c] = cl
		}
		b.Check(sw.SetRow(xlsxdoc.Cell(1, r+2), vals))
	}
	b.Check(sw.Flush())
}

func (b *xbook) name(u *Unit) string {
	if u.Name != "" {
		return u.Name
	}
	return u.Code
}

// summary: one row per unit.
func (b *xbook) summary(sheet string) {
	rp := b.rp
	heads := []string{rp.t(msg.SKMColCode), rp.t(msg.SKMColUnit), rp.t(msg.SKMColType), rp.t(msg.SKMSurveyPeriod),
		rp.t(msg.SKMPopulation), rp.t(msg.SKMColRequired), rp.t(msg.SKMRespondents), rp.t(msg.SKMColSample),
		rp.t(msg.SKMIKMRaw), rp.t(msg.SKMIKMLabel), rp.t(msg.SKMColMutu), rp.t(msg.SKMColKinerja)}
	var rows [][]cell
	for _, u := range rp.Units {
		row := []cell{{u.Code, "bold"}, {b.name(u), "text"}, {rp.TypeLabel(u.Type), "text"}, {rp.PeriodText(u), "text"}}
		if u.Population > 0 {
			row = append(row, cell{u.Population, "int"}, cell{u.Required, "int"})
		} else {
			row = append(row, cell{}, cell{})
		}
		sample := "text"
		if u.Population > 0 && !u.Enough {
			sample = "warn"
		}
		row = append(row, cell{u.Respondents, "int"}, cell{rp.SampleShort(u), sample})
		if u.Complete {
			row = append(row, cell{u.SKM.Total, "nrr"}, cell{u.SKM.Score, "scoreB"}, cell{u.SKM.Band.Grade, "bold"},
				cell{u.SKM.Band.Label.In(rp.lang()), "text"})
		} else {
			row = append(row, cell{}, cell{rp.t(msg.SKMIncompleteShort), "warn"})
		}
		rows = append(rows, row)
	}
	b.table(sheet, heads, []float64{16, 36, 16, 26, 12, 12, 12, 16, 12, 12, 8, 14}, rows)
}

// items: every unsur's working per unit.
func (b *xbook) items(sheet string) {
	rp := b.rp
	values := 4
	minV := 1
	for _, u := range rp.Units {
		for _, it := range u.Items {
			values = max(values, len(it.Counts))
			minV = it.Min
		}
	}
	heads := []string{rp.t(msg.SKMColUnit), rp.t(msg.SKMColCode), rp.t(msg.SKMColUnsur)}
	for v := 0; v < values; v++ {
		heads = append(heads, rp.Int(minV+v))
	}
	heads = append(heads, rp.t(msg.SKMColN), rp.t(msg.SKMColSum), rp.t(msg.SKMColNRR), rp.t(msg.SKMColWeight),
		rp.t(msg.SKMColWeighted), rp.t(msg.SKMColConverted, locale.Written(rp.Lang, rp.Factor)), rp.t(msg.SKMColMutu),
		rp.t(msg.SKMColKinerja), rp.t(msg.SKMColLowest))
	var rows [][]cell
	for _, u := range rp.Units {
		rank := map[int]int{}
		for k, i := range u.Lowest {
			rank[i] = k + 1
		}
		for i, it := range u.Items {
			row := []cell{{u.Code, "bold"}, {it.Code, "bold"}, {it.Name, "text"}}
			for v := 0; v < values; v++ {
				if v < len(it.Counts) {
					row = append(row, cell{it.Counts[v], "int"})
				} else {
					row = append(row, cell{})
				}
			}
			row = append(row, cell{it.N, "int"}, cell{it.Sum, "int"})
			if it.N > 0 {
				row = append(row, cell{it.NRRUsed, "nrr"}, cell{it.Weight, "weight"}, cell{it.Weighted, "nrr"},
					cell{it.Converted, "score"}, cell{it.Band.Grade, "bold"}, cell{it.Band.Label.In(rp.lang()), "text"})
			} else {
				row = append(row, cell{rp.t(msg.SKMNoAnswer), "warn"}, cell{}, cell{}, cell{}, cell{}, cell{})
			}
			if k, ok := rank[i]; ok {
				row = append(row, cell{k, "int"})
			}
			rows = append(rows, row)
		}
	}
	widths := []float64{16, 8, 30}
	for v := 0; v < values; v++ {
		widths = append(widths, 7)
	}
	widths = append(widths, 8, 9, 10, 9, 12, 12, 8, 14, 10)
	b.table(sheet, heads, widths, rows)
}

// traits: the respondents' characteristics per unit.
func (b *xbook) traits(sheet string) {
	rp := b.rp
	heads := []string{rp.t(msg.SKMColUnit), rp.t(msg.SKMColTrait), rp.t(msg.SKMColValue), rp.t(msg.SKMColCount), "%", rp.t(msg.SKMColOutside)}
	var rows [][]cell
	for _, u := range rp.Units {
		for _, tt := range u.Traits {
			name := tt.Trait.Name().In(rp.lang())
			for _, r := range tt.Rows {
				row := []cell{{u.Code, "bold"}, {name, "text"}, {r.Label, "text"}, {r.N, "int"}, {r.Share, "pct"}}
				if r.Unlisted {
					row = append(row, cell{rp.t(msg.SKMYes), "warn"})
				}
				rows = append(rows, row)
			}
			if tt.Empty > 0 && tt.Total > 0 {
				rows = append(rows, []cell{{u.Code, "bold"}, {name, "text"}, {rp.t(msg.SKMNotGiven), "muted"},
					{tt.Empty, "int"}, {float64(tt.Empty) / float64(tt.Total), "pct"}})
			}
		}
	}
	b.table(sheet, heads, []float64{16, 18, 34, 10, 9, 14}, rows)
}

// suggestions: every suggestion with its unsur and cell.
func (b *xbook) suggestions(sheet string) {
	rp := b.rp
	heads := []string{rp.t(msg.SKMColUnit), rp.t(msg.SKMColCode), rp.t(msg.SKMColUnsur), rp.t(msg.SKMColSuggestion),
		rp.t(msg.SKMRespondents), rp.t(msg.SKMColCell)}
	var rows [][]cell
	for _, u := range rp.Units {
		for _, g := range u.Suggestions {
			name := g.Name
			if g.Code == "" {
				name = rp.t(msg.SKMOtherSuggestions)
			}
			for _, s := range g.Items {
				rows = append(rows, []cell{{u.Code, "bold"}, {g.Code, "text"}, {name, "text"}, {s.Text, "wrap"},
					{s.Respondent, "text"}, {s.Where, "text"}})
			}
		}
	}
	b.table(sheet, heads, []float64{16, 8, 24, 70, 11, 9}, rows)
}

// plans: each unit's three lowest unsur and their plan, the time and
// the person in charge to fill in.
func (b *xbook) plans(sheet string) {
	rp := b.rp
	heads := []string{rp.t(msg.SKMColUnit), rp.t(msg.SKMColNo), rp.t(msg.SKMColCode), rp.t(msg.SKMColUnsur),
		rp.t(msg.SKMColNRR), rp.t(msg.SKMColMutu), rp.t(msg.SKMColPlan), rp.t(msg.SKMColWhen), rp.t(msg.SKMColWho)}
	var rows [][]cell
	for _, u := range rp.Units {
		for k, i := range u.Lowest {
			it := u.Items[i]
			rows = append(rows, []cell{{u.Code, "bold"}, {k + 1, "int"}, {it.Code, "bold"}, {it.Name, "text"},
				{it.NRRUsed, "nrr"}, {it.Band.Grade, "bold"}, {it.Recommendation, "wrap"}})
		}
	}
	b.table(sheet, heads, []float64{16, 5, 8, 26, 9, 7, 60, 16, 22}, rows)
}

// history: each unit in each period, with every unsur's NRR.
func (b *xbook) history(sheet string) {
	rp := b.rp
	heads := []string{rp.t(msg.SKMColUnit), rp.t(msg.SKMColPeriod), rp.t(msg.SKMRespondents), rp.t(msg.SKMColIKM),
		rp.t(msg.SKMColMutu)}
	for _, ind := range rp.Rubric.Indicators() {
		heads = append(heads, ind.Code)
	}
	var rows [][]cell
	for _, u := range rp.Units {
		for _, h := range u.History {
			row := []cell{{u.Code, "bold"}, {h.Label, "text"}}
			switch {
			case !h.Found:
				row = append(row, cell{}, cell{rp.t(msg.SKMNotInPeriod), "muted"})
			case !h.Complete:
				row = append(row, cell{h.Respondents, "int"}, cell{rp.t(msg.SKMIncompleteShort), "warn"})
			default:
				row = append(row, cell{h.Respondents, "int"}, cell{h.Score, "scoreB"}, cell{h.Band.Grade, "bold"})
				for _, v := range h.NRR {
					row = append(row, cell{v, "nrr"})
				}
			}
			rows = append(rows, row)
		}
	}
	widths := []float64{16, 12, 12, 10, 8}
	for range rp.Rubric.Indicators() {
		widths = append(widths, 9)
	}
	b.table(sheet, heads, widths, rows)
}

// method: the report's identity, the region's figures, the convention
// and the method, one line each.
func (b *xbook) method(sheet string) {
	rp := b.rp
	row := 1
	line := func(label, value, style string) {
		b.Check(b.SetCellStr(sheet, xlsxdoc.Cell(1, row), label))
		b.Check(b.SetCellStyle(sheet, xlsxdoc.Cell(1, row), xlsxdoc.Cell(1, row), b.Style("bold")))
		if value != "" {
			b.Check(b.SetCellStr(sheet, xlsxdoc.Cell(2, row), xlsxdoc.Clip(value)))
			b.Check(b.SetCellStyle(sheet, xlsxdoc.Cell(2, row), xlsxdoc.Cell(2, row), b.Style(style)))
		}
		row++
	}
	b.Check(b.SetCellStr(sheet, "A1", rp.Title()))
	b.Check(b.SetCellStyle(sheet, "A1", "A1", b.Style("title")))
	row = 3
	if rp.Region != "" {
		line(rp.t(msg.SKMRegion), rp.Region, "wrap")
	}
	if rp.Period != "" {
		line(rp.t(msg.SKMColPeriod), rp.Period, "wrap")
	}
	if dt := rp.DateText(); dt != "" {
		line(rp.t(msg.SKMDate), dt, "wrap")
	}
	c := &rp.Combined
	if c.Score.Score != nil {
		line(rp.t(msg.SKMRegionIKM), rp.Score(*c.Score.Score)+" · "+rp.BandName(*c.Score.Band), "wrap")
	}
	line(rp.t(msg.SKMUnitsCounted), rp.t(msg.SKMUnitsOf, rp.Int(c.Score.Units), rp.Int(len(rp.Units))), "wrap")
	line(rp.t(msg.SKMRespondents), rp.Int(c.Respondents), "wrap")
	row++
	line(rp.t(msg.SKMConvention), rp.ConventionShort(), "wrap")
	for _, s := range rp.Convention() {
		line("", s, "wrap")
	}
	row++
	line(rp.t(msg.SKMSecMethod), "", "")
	r := rp.Rubric
	for _, s := range []string{
		rp.t(msg.SKMMethodBasis),
		rp.t(msg.SKMMethodRubric, r.Title.In(rp.lang()), r.Ref(), r.Version, r.Hash()[:12]),
		rp.t(msg.SKMMethodFormula, rp.WeightText(), locale.Written(rp.Lang, rp.Factor)),
		rp.t(msg.SKMMethodPartial), rp.t(msg.SKMMethodSample), rp.t(msg.SKMMethodTraits),
		rp.t(msg.SKMMethodSuggestions), rp.t(msg.SKMMethodPeriod),
	} {
		b.Check(b.SetCellStr(sheet, xlsxdoc.Cell(2, row), s))
		b.Check(b.SetCellStyle(sheet, xlsxdoc.Cell(2, row), xlsxdoc.Cell(2, row), b.Style("wrap")))
		row++
	}
	b.Check(b.SetColWidth(sheet, "A", "A", 26))
	b.Check(b.SetColWidth(sheet, "B", "B", 110))
	b.Page(sheet, true, false)
}
