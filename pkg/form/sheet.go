package form

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Columns of a form sheet's table.
const (
	colNo = iota + 1
	colCode
	colText
	colGuide
	colAnswer
	colNote
	colEvidence
	nCols = colEvidence
)

// Rows of a form sheet: the title, the header block (the seven unit
// fields, Rubrik and Versi Rubrik), a blank row, the table header.
const (
	rowTitle      = 1
	rowBlock      = 2 // first header-block row
	blockRows     = int(nFields) + 2
	rowType       = rowBlock + int(fType) // the Jenis Unit row
	rowTableHead  = rowBlock + blockRows + 1
	rowFirstEntry = rowTableHead + 1
)

// Column widths of a form sheet (in Excel's character units). Column A
// follows its longest label; the indicator text and the guidance share
// textBudget in proportion to how much text they hold (a rubric of
// described levels needs a wide guidance column, a checklist does not).
// The Catatan and Bukti columns are wide enough to write in by hand on a
// printed form.
var fixedWidths = [nCols + 1]float64{
	colCode:     9,
	colAnswer:   10,
	colNote:     20,
	colEvidence: 14,
}

const textBudget = 50

// minEntryHeight is the least height of an indicator's row (points): a
// line to write a note or an evidence's name in by hand, printed.
const minEntryHeight = 18

// columnWidths decides the widths of a form sheet's columns for the
// rubric's observed indicators.
func (w *writer) columnWidths() [nCols + 1]float64 {
	ws := fixedWidths
	ws[colNo] = labelWidth(w.lang)
	text, guide := 0, 0
	for _, ind := range w.obs {
		text += len([]rune(ind.Text.In(string(w.lang))))
		guide += len([]rune(w.guidance(ind, "")))
	}
	share := 0.4
	if text+guide > 0 {
		share = min(0.6, max(0.35, float64(guide)/float64(text+guide)))
	}
	ws[colGuide] = float64(int(textBudget*share + 0.5))
	ws[colText] = textBudget - ws[colGuide]
	return ws
}

// blockRow is one line of the header block.
type blockRow struct {
	label tx
	value string
	fixed bool // written by the tool, not by the assessor
}

// formSheet writes one unit's form sheet.
func (w *writer) formSheet(name string, u Unit) error {
	f, l := w.f, w.lang
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	w.sheets = append(w.sheets, sheetRef{name: name, unit: u})

	// Title.
	title := txFormTitle.f(l, w.r.Title.In(string(l)))
	if err := f.SetCellStr(name, cell(1, rowTitle), title); err != nil {
		return err
	}
	if err := f.MergeCell(name, cell(1, rowTitle), cell(nCols, rowTitle)); err != nil {
		return err
	}
	if err := w.st.set(name, cell(1, rowTitle), cell(nCols, rowTitle), look{bold: true, size: 14, wrap: true, valign: "center"}); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, rowTitle, rowHeight(title, w.tableWidth(), 14, true)); err != nil {
		return err
	}

	// Header block: label in A, value in B (merged over B:C so that long
	// names show). Nothing is written to the right of a value: the reader
	// takes the next non-empty cell right of a label as its value.
	block := []blockRow{
		{blockLabels[fCode], u.Code, false},
		{blockLabels[fName], u.Name, false},
		{blockLabels[fType], w.typeLabel(u.Type), false},
		{blockLabels[fRegion], u.Region, false},
		{blockLabels[fPeriod], u.Period, false},
		{blockLabels[fAssessor], u.Assessor, false},
		{blockLabels[fDate], u.Date, false},
		{labelRubric, w.r.Ref(), true},
		{labelVersion, w.r.Version, true},
	}
	for i, b := range block {
		rw := rowBlock + i
		if err := f.SetCellStr(name, cell(1, rw), b.label.in(l)); err != nil {
			return err
		}
		if err := w.setValue(name, cell(2, rw), b.value); err != nil {
			return err
		}
		if err := f.MergeCell(name, cell(2, rw), cell(3, rw)); err != nil {
			return err
		}
		if err := w.st.set(name, cell(1, rw), cell(1, rw), look{bold: true, border: true, fill: colorLabelFill}); err != nil {
			return err
		}
		val := look{border: true, halign: "left", wrap: true, valign: "top"}
		switch {
		case b.fixed:
			val.color = colorGreyText
		case b.value == "":
			val.fill = colorInput
		}
		if err := w.st.set(name, cell(2, rw), cell(3, rw), val); err != nil {
			return err
		}
		// Spreadsheets do not fit merged cells: give a long value its lines.
		if ht := rowHeight(b.value, w.widths[2]+w.widths[3], fontSize, false); b.value != "" && ht > rowHeight("x", 1, fontSize, false) {
			if err := f.SetRowHeight(name, rw, ht); err != nil {
				return err
			}
		}
	}
	if len(w.r.UnitTypes) > 0 {
		// The types by their labels, as the form shows them; the reader
		// takes a type's id or label.
		ids := make([]any, len(w.r.UnitTypes))
		for i, t := range w.r.UnitTypes {
			ids[i] = t.Label.In(string(l))
		}
		dv := listValidation(w.lists.ref(ids), txTypeTitle.in(l), txTypePrompt.in(l), txTypeTitle.in(l), txTypeError.in(l), excelize.DataValidationErrorStyleWarning)
		dv.SetSqref(cell(2, rowType))
		if err := f.AddDataValidation(name, dv); err != nil {
			return err
		}
	}

	// Table header.
	heads := [nCols + 1]tx{colNo: thNo, colCode: thCode, colText: thText, colGuide: thGuide, colAnswer: thAnswer, colNote: thNote, colEvidence: thEvidence}
	for c := 1; c <= nCols; c++ {
		if err := f.SetCellStr(name, cell(c, rowTableHead), heads[c].in(l)); err != nil {
			return err
		}
	}
	if err := w.st.set(name, cell(1, rowTableHead), cell(nCols, rowTableHead),
		look{bold: true, border: true, wrap: true, fill: colorHeaderFill, color: "FFFFFF", halign: "center", valign: "center"}); err != nil {
		return err
	}

	// Sections and indicators, in rubric order.
	vs := newValidations()
	rw, no := rowFirstEntry, 0
	var walk func(g *rubric.Group) error
	walk = func(g *rubric.Group) error {
		if !g.IsRoot() {
			if err := w.sectionRow(name, rw, g); err != nil {
				return err
			}
			rw++
		}
		for _, c := range g.Groups {
			if w.hasObs[c] {
				if err := walk(c); err != nil {
					return err
				}
			}
		}
		for _, ind := range g.Indicators {
			if ind.Type == rubric.Surv {
				continue
			}
			no++
			if err := w.indicatorRow(name, rw, no, ind, u, vs); err != nil {
				return err
			}
			rw++
		}
		return nil
	}
	if err := walk(w.r.Root()); err != nil {
		return err
	}
	if err := vs.apply(f, name); err != nil {
		return err
	}
	last, err := w.signatures(name, rw+1)
	if err != nil {
		return err
	}
	if err := f.SetSheetDimension(name, "A1:"+cell(nCols, last)); err != nil {
		return err
	}

	// Layout and printing.
	for c := 1; c <= nCols; c++ {
		if err := f.SetColWidth(name, colName(c), colName(c), w.widths[c]); err != nil {
			return err
		}
	}
	if err := f.SetPanes(name, &excelize.Panes{
		Freeze: true, YSplit: rowTableHead, TopLeftCell: cell(1, rowFirstEntry), ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: cell(colAnswer, rowFirstEntry), ActiveCell: cell(colAnswer, rowFirstEntry), Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	return w.printSetup(name, rowTableHead, u.Code)
}

// setValue writes a header-block value: a year-like number as a number
// (so that spreadsheets do not flag "number stored as text"), the rest as
// text.
func (w *writer) setValue(sheet, ref, v string) error {
	if v == "" {
		return nil
	}
	if len(v) == 4 && strings.Trim(v, "0123456789") == "" && v[0] != '0' {
		n, _ := strconv.Atoi(v)
		return w.f.SetCellInt(sheet, ref, int64(n))
	}
	return w.f.SetCellStr(sheet, ref, v)
}

// sectionRow writes a group's row: its code and name in column A,
// spilling over the empty cells to its right (not merged: a reader that
// expands merged cells would find the title in the code column), with no
// indicator code, so that readers skip it.
func (w *writer) sectionRow(sheet string, rw int, g *rubric.Group) error {
	text := g.Name.In(string(w.lang))
	if g.Code != "" {
		text = g.Code + " — " + text
	}
	if err := w.f.SetCellStr(sheet, cell(1, rw), text); err != nil {
		return err
	}
	lk := look{bold: true, fill: colorSection1, valign: "center", indent: g.Depth() - 1}
	if g.Depth() > 1 {
		lk.fill = colorSection2
	}
	if err := w.st.set(sheet, cell(1, rw), cell(nCols, rw), lk); err != nil {
		return err
	}
	return w.f.SetRowHeight(sheet, rw, rowHeight(text, w.tableWidth(), fontSize, true))
}

// indicatorRow writes one indicator's row and registers its answer cell's
// validation.
func (w *writer) indicatorRow(sheet string, rw, no int, ind *rubric.Indicator, u Unit, vs *validations) error {
	f, l := w.f, w.lang
	applies := ind.AppliesToType(u.Type)
	if err := f.SetCellInt(sheet, cell(colNo, rw), int64(no)); err != nil {
		return err
	}
	if err := f.SetCellStr(sheet, cell(colCode, rw), ind.Code); err != nil {
		return err
	}
	if err := f.SetCellStr(sheet, cell(colText, rw), ind.Text.In(string(l))); err != nil {
		return err
	}
	guide := w.guidance(ind, u.Type)
	if err := f.SetCellStr(sheet, cell(colGuide, rw), guide); err != nil {
		return err
	}
	// Spreadsheets differ on whether they fit a row's height to wrapped
	// text when opening a file (LibreOffice does not): set it.
	ht := max(rowHeight(ind.Text.In(string(l)), w.widths[colText], fontSize, false), rowHeight(guide, w.widths[colGuide], fontSize, false),
		minEntryHeight)
	if err := f.SetRowHeight(sheet, rw, ht); err != nil {
		return err
	}

	text := look{border: true, wrap: true, valign: "top"}
	noLook := look{border: true, halign: "center", valign: "top"}
	answer := look{border: true, halign: "center", valign: "top", fill: colorInput}
	plain := look{border: true, wrap: true, valign: "top"}
	evidence := plain
	if ind.Evidence {
		evidence.fill = colorEvidence
	}
	if !applies {
		for _, lk := range []*look{&text, &noLook, &answer, &plain, &evidence} {
			lk.fill, lk.color = colorExcluded, colorGreyText
		}
	}
	cells := []struct {
		col int
		lk  look
	}{
		{colNo, noLook}, {colCode, text}, {colText, text}, {colGuide, text},
		{colAnswer, answer}, {colNote, plain}, {colEvidence, evidence},
	}
	for _, c := range cells {
		if err := w.st.set(sheet, cell(c.col, rw), cell(c.col, rw), c.lk); err != nil {
			return err
		}
	}

	// The answer cell's validation.
	if ind.Type == rubric.Number {
		nr := ind.Number
		unit := ""
		if nr.Unit != "" {
			unit = " " + nr.Unit
		}
		lo, hi := locale.Plain(l, nr.Min, -1), locale.Plain(l, nr.Max, -1)
		key := fmt.Sprintf("number:%v:%v:%s", nr.Min, nr.Max, unit)
		return vs.add(key, colAnswer, rw, func() (*excelize.DataValidation, error) {
			dv := excelize.NewDataValidation(true)
			if err := dv.SetRange(nr.Min, nr.Max, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
				return nil, fmt.Errorf("%s: %w", ind.Code, err)
			}
			setMessages(dv, thAnswer.in(l), txPromptNumber.f(l, lo, hi, unit), txErrorTitle.in(l), txErrorNumber.f(l, lo, hi), excelize.DataValidationErrorStyleStop)
			return dv, nil
		})
	}
	vals := answerValues(ind)
	name := w.lists.ref(vals)
	shown := joinValues(vals)
	return vs.add("list:"+name, colAnswer, rw, func() (*excelize.DataValidation, error) {
		return listValidation(name, thAnswer.in(l), txPromptList.f(l, shown), txErrorTitle.in(l), txErrorList.f(l, shown), excelize.DataValidationErrorStyleStop), nil
	})
}

// guidance is the Panduan cell of an indicator for a unit of type t: what
// the answers mean, N/A, evidence, and whether it applies at all.
func (w *writer) guidance(ind *rubric.Indicator, t string) string {
	l := w.lang
	if !ind.AppliesToType(t) {
		return txNotForType.f(l, w.typeLabel(t))
	}
	var lines []string
	switch ind.Type {
	case rubric.Check:
		lines = append(lines, txCheck.in(l))
	case rubric.Levels:
		for v := ind.Levels.Min; v <= ind.Levels.Max; v++ {
			d := ind.Levels.Descriptions[v].In(string(l))
			lines = append(lines, strings.TrimSpace(fmt.Sprintf("%d = %s", v, d)))
		}
	case rubric.Choice:
		for _, o := range ind.Choices {
			lines = append(lines, txChoicePoints.f(l, o.Label, locale.Plain(l, o.Points*100, -1)))
		}
	case rubric.Number:
		unit := ""
		if ind.Number.Unit != "" {
			unit = " " + ind.Number.Unit
		}
		lines = append(lines, txNumber.f(l, locale.Plain(l, ind.Number.Min, -1), locale.Plain(l, ind.Number.Max, -1), unit))
	}
	if ind.NA {
		lines = append(lines, txNA.in(l))
	}
	if len(ind.AppliesTo) > 0 && t == "" {
		types := make([]string, len(ind.AppliesTo))
		for i, id := range ind.AppliesTo {
			types[i] = w.typeLabel(id)
		}
		lines = append(lines, txOnlyFor.f(l, strings.Join(types, ", ")))
	}
	if ind.Evidence {
		lines = append(lines, txEvidence.in(l))
	}
	return strings.Join(lines, "\n")
}

// typeLabel is a unit type as the rubric names it in the form's language
// ("Perangkat Daerah (OPD)", not "opd"), or as given when the rubric does
// not know it.
func (w *writer) typeLabel(t string) string {
	if ut, ok := w.r.UnitType(t); ok && strings.TrimSpace(t) != "" {
		return ut.Label.In(string(w.lang))
	}
	return t
}

// signatures writes, at row rw, where the assessor and the unit's officer
// sign: each block a name, room to sign, a dotted line for the name, and
// the date, in one row (so that a page never breaks inside it) over
// Panduan–Jawaban and Catatan–Bukti. Nothing is written in the Kode
// column, so a reader takes no row here for an indicator. It returns the
// row, which the sheet's print area includes.
func (w *writer) signatures(sheet string, rw int) (int, error) {
	f, l := w.f, w.lang
	const dots = "(.........................................)"
	blocks := []struct {
		from, to int
		text     string
	}{
		{colGuide, colAnswer, txSignAssessor.in(l) + ",\n\n\n" + dots + "\n" + txSignName.in(l) + "\n" + txSignDate.in(l) + " ...................."},
		{colNote, colEvidence, txSignOfficer.in(l) + ",\n\n\n" + dots + "\n" + txSignNameRole.in(l) + "\n" + txSignDate.in(l) + " ...................."},
	}
	for _, b := range blocks {
		if err := f.SetCellStr(sheet, cell(b.from, rw), b.text); err != nil {
			return 0, err
		}
		if err := f.MergeCell(sheet, cell(b.from, rw), cell(b.to, rw)); err != nil {
			return 0, err
		}
		if err := w.st.set(sheet, cell(b.from, rw), cell(b.to, rw), look{wrap: true, valign: "top", halign: "center"}); err != nil {
			return 0, err
		}
	}
	// A small gap above it.
	if err := f.SetRowHeight(sheet, rw-1, 8); err != nil {
		return 0, err
	}
	return rw, f.SetRowHeight(sheet, rw, 7*fontSize*1.2+4)
}

// labelWidth is column A's width: the longest header-block label, bold.
func labelWidth(l msg.Lang) float64 {
	n := len(labelVersion.in(l))
	for _, b := range blockLabels {
		n = max(n, len(b.in(l)))
	}
	return float64(n) + 1.5
}

// tableWidth is the width of a form sheet's whole table.
func (w *writer) tableWidth() float64 {
	t := 0.0
	for _, x := range w.widths {
		t += x
	}
	return t
}

// fontSize is the form's body text size (points); the font is Arial,
// present on every Windows machine and matched in metrics by Liberation
// Sans where LibreOffice runs without it, so that print layout is the
// same everywhere.
const (
	fontName = "Arial"
	fontSize = 10
)

// rowHeight estimates the height (points) a text needs in a wrapped or
// merged cell width characters wide, at font size pt, by wrapping it at
// word boundaries. Spreadsheets do not fit the height of merged cells,
// and LibreOffice does not fit any row when it opens a file, so the form
// sets heights itself; the estimate errs on the generous side.
func rowHeight(text string, width, pt float64, bold bool) float64 {
	capacity := width * 1.15 * fontSize / pt
	if bold {
		capacity *= 0.9
	}
	limit := max(1, int(capacity))
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		n, cur := 1, 0
		for _, word := range strings.Fields(para) {
			wl := len([]rune(word))
			switch {
			case cur == 0:
				cur = wl
			case cur+1+wl <= limit:
				cur += 1 + wl
			default:
				n++
				cur = wl
			}
			for cur > limit {
				n++
				cur -= limit
			}
		}
		lines += n
	}
	return min(float64(lines)*pt*1.2+4, maxRowHeight)
}

// maxRowHeight is the tallest row Excel allows, in points.
const maxRowHeight = 409
