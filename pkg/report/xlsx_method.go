package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/xlsxdoc"
)

// methodology lays out Report.Method and the rubric's structure.
func (b *xbook) methodology(sheet string) {
	rp := b.rp
	g := b.grid(sheet)
	lang := b.lang()
	// Columns: A labels (26), B names (60), C–F short values (13 each).
	// Long texts span B–F (or C–F), merged and wrapped, the row as tall
	// as they need.
	const wA, wB, wC = 26.0, 60.0, 13.0
	long := func(row, from int, text string, style string) {
		g.b.Check(g.b.SetCellValue(sheet, xlsxdoc.Cell(from, row), xlsxdoc.Clip(text)))
		g.b.Check(g.b.MergeCell(sheet, xlsxdoc.Cell(from, row), xlsxdoc.Cell(6, row)))
		g.style(from, row, 6, row, style)
		w := wC * float64(6-from+1)
		if from == 2 {
			w += wB - wC
		}
		if n := wrapLines(text, w*1.05); n > 1 {
			g.b.Check(g.b.SetRowHeight(sheet, row, 15*float64(min(n, 20))))
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
	// As the PDF: Rentang | Kategori (the grade, when the rubric has
	// grades) | Predikat | Zona (when it has zones; else the predikat
	// takes the band's colour).
	heads := []string{b.t(msg.ReportColRange)}
	if rp.HasGrades() {
		heads = append(heads, b.t(msg.ReportColGrade))
	}
	heads = append(heads, b.t(msg.ReportColLabel))
	if rp.Zoned {
		heads = append(heads, b.t(msg.ReportColZone))
	}
	g.header(row, 1, heads...)
	row++
	for _, band := range m.Bands {
		col := 1
		g.set(col, row, band.Range, "")
		if rp.HasGrades() {
			col++
			g.set(col, row, band.Band.Grade, "bold")
		}
		col++
		if rp.Zoned {
			g.set(col, row, band.Label, "")
			g.set(col+1, row, band.Zone, b.catStyle(&band.Band))
		} else {
			g.set(col, row, band.Label, b.catStyle(&band.Band))
		}
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
			if src.Copy != "" {
				text += "\n" + upperFirst(src.Copy) + ":"
			}
			text += "\n" + src.URL
		}
		if src.Note != "" {
			text += "\n" + upperFirst(src.Note)
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
		b.Check(b.MergeCell(sheet, xlsxdoc.Cell(3, row), xlsxdoc.Cell(6, row)))
		row++
		for _, fct := range m.Provenance {
			g.set(1, row, fct.State, "bold")
			g.b.Check(g.b.SetCellValue(sheet, xlsxdoc.Cell(2, row), xlsxdoc.Clip(fct.Item)))
			g.style(2, row, 2, row, "wrap")
			note := strings.Trim(fct.Source+" · "+fct.Note, " ·")
			long(row, 3, note, "wrap")
			if n := wrapLines(fct.Item, wB*1.05); n > 1 {
				h, _ := b.GetRowHeight(sheet, row)
				b.Check(b.SetRowHeight(sheet, row, max(h, 15*float64(min(n, 20)))))
			}
			row++
		}
	}
	for i, w := range []float64{wA, wB, wC, wC, wC, wC} {
		g.width(i+1, w)
	}
	g.page(false, false)
}
