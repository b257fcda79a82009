package form

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Column widths of the instructions sheet: four columns, text spanning
// them where needed.
var instrWidths = []float64{24, 16, 36, 20}

// page writes the instructions sheet top to bottom.
type page struct {
	w      *writer
	sheet  string
	row    int
	height float64 // of the rows written, in points
}

// line writes one row of cells; spans says how many of the four columns
// each cell covers (merged when more than one).
func (p *page) line(spans []int, texts []string, looks []look) error {
	f := p.w.f
	col := 1
	height := 0.0
	for i, t := range texts {
		from, to := cell(col, p.row), cell(col+spans[i]-1, p.row)
		if t != "" {
			if err := f.SetCellStr(p.sheet, from, t); err != nil {
				return err
			}
		}
		if spans[i] > 1 {
			if err := f.MergeCell(p.sheet, from, to); err != nil {
				return err
			}
		}
		lk := looks[min(i, len(looks)-1)]
		if err := p.w.st.set(p.sheet, from, to, lk); err != nil {
			return err
		}
		width := 0.0
		for c := col; c < col+spans[i]; c++ {
			width += instrWidths[c-1]
		}
		size := lk.size
		if size == 0 {
			size = fontSize
		}
		height = max(height, rowHeight(t, width, size, lk.bold))
		col += spans[i]
	}
	if err := f.SetRowHeight(p.sheet, p.row, height); err != nil {
		return err
	}
	p.height += height
	p.row++
	return nil
}

func (p *page) para(text string, lk look) error {
	lk.wrap = true
	lk.valign = "top"
	return p.line([]int{4}, []string{text}, []look{lk})
}

func (p *page) heading(text string) error {
	p.row++ // a blank row before each heading
	p.height += blankRowHeight
	return p.para(text, look{bold: true, size: 12, color: colorHeaderFill})
}

var (
	thLook  = look{bold: true, border: true, wrap: true, fill: colorHeaderFill, color: "FFFFFF", valign: "center"}
	tdLook  = look{border: true, wrap: true, valign: "top"}
	keyLook = look{bold: true, border: true, wrap: true, valign: "top", fill: colorLabelFill}
)

// instructions fills the Petunjuk sheet (the first sheet, renamed from
// excelize's Sheet1).
func (w *writer) instructions() error {
	l := w.lang
	r := w.r
	p := &page{w: w, sheet: SheetInstructions, row: 1}
	lang := string(l)

	if err := p.para(txInstrTitle.in(l), look{bold: true, size: 16}); err != nil {
		return err
	}
	if err := p.para(r.Title.In(lang), look{bold: true, size: 12}); err != nil {
		return err
	}
	if d := r.Description.In(lang); d != "" {
		if err := p.para(d, look{}); err != nil {
			return err
		}
	}

	// The rubric's identity.
	if err := p.heading(txAboutRubric.in(l)); err != nil {
		return err
	}
	kind := string(r.Kind)
	if k, ok := kindNames[kind]; ok {
		kind = k.in(l)
	}
	dec := r.Scale.Decimals
	kv := [][2]string{
		{txRubricID.in(l), r.Ref()},
		{txRubricVer.in(l), r.Version},
		{txRubricHash.in(l), r.Hash()},
		{txRubricKind.in(l), kind},
		{txRubricScale.in(l), locale.Plain(l, r.Scale.Min, -1) + "–" + locale.Plain(l, r.Scale.Max, -1)},
		{txRubricMaker.in(l), stamp.Tool()},
	}
	for _, e := range kv {
		if err := p.line([]int{1, 3}, e[:], []look{keyLook, tdLook}); err != nil {
			return err
		}
	}

	// How to fill in.
	if err := p.heading(txStepsHeading.in(l)); err != nil {
		return err
	}
	var steps []string
	if len(w.obs) > 0 {
		if w.noUnits {
			steps = append(steps, stepBlankSheet.f(l, blankSheet))
		} else {
			steps = append(steps, stepOneSheet.in(l))
		}
		steps = append(steps, stepHeader.in(l), stepAnswer.in(l))
		anyNA, anyScoped := false, false
		for _, ind := range w.obs {
			anyNA = anyNA || ind.NA
			anyScoped = anyScoped || len(ind.AppliesTo) > 0
		}
		if anyNA {
			steps = append(steps, stepNA.in(l))
		}
		steps = append(steps, stepEmpty.in(l), stepKeep.in(l), stepNotes.in(l))
		if anyScoped {
			steps = append(steps, stepGrey.in(l))
		}
	}
	if len(w.surv) > 0 {
		if w.o.Layout == LayoutLong {
			steps = append(steps, stepSurveyLong.in(l))
		} else {
			steps = append(steps, stepSurvey.in(l))
		}
		if w.noUnits {
			steps = append(steps, stepSurveyUnits.in(l))
		}
	}
	steps = append(steps, w.stageSteps()...) // round.go
	steps = append(steps, stepSave.in(l))
	for i, s := range steps {
		if err := p.line([]int{4}, []string{strconv.Itoa(i+1) + ". " + s}, []look{{wrap: true, valign: "top"}}); err != nil {
			return err
		}
	}

	// Answer types present in the rubric.
	if err := p.heading(txTypesHeading.in(l)); err != nil {
		return err
	}
	present := map[rubric.AnswerType]bool{}
	for _, ind := range r.Indicators() {
		present[ind.Type] = true
	}
	for _, t := range []struct {
		typ        rubric.AnswerType
		name, help tx
	}{
		{rubric.Check, typeCheck, typeCheckHelp},
		{rubric.Levels, typeLevels, typeLevelsHelp},
		{rubric.Choice, typeChoice, typeChoiceHelp},
		{rubric.Number, typeNumber, typeNumberHelp},
		{rubric.Surv, typeSurvey, typeSurveyHelp},
	} {
		if !present[t.typ] {
			continue
		}
		if err := p.line([]int{1, 3}, []string{t.name.in(l), t.help.in(l)}, []look{keyLook, tdLook}); err != nil {
			return err
		}
	}

	// Score bands: Rentang | Kategori (the grade) | Predikat | Zona, in the
	// cards' and the report's words; a grade or zone column only when the
	// rubric has them (each was empty on every row otherwise), the
	// predikat taking their room.
	if err := p.heading(txBandsHeading.in(l)); err != nil {
		return err
	}
	grades, zones := false, false
	for _, b := range r.Bands {
		grades = grades || b.Grade != ""
		zones = zones || b.Zone != rubric.NoZone
	}
	spans := []int{1}
	head := []string{txBandRange.in(l)}
	if grades {
		spans, head = append(spans, 1), append(head, txBandGrade.in(l))
	}
	labelSpan := 4 - len(spans)
	if zones {
		labelSpan--
	}
	spans, head = append(spans, labelSpan), append(head, txBandLabel.in(l))
	if zones {
		spans, head = append(spans, 1), append(head, txBandZone.in(l))
	}
	if err := p.line(spans, head, []look{thLook}); err != nil {
		return err
	}
	for i := len(r.Bands) - 1; i >= 0; i-- { // the best band first, as the cards list them
		b := r.Bands[i]
		cells := []string{locale.Plain(l, b.Min, dec) + " – " + locale.Plain(l, b.Max, dec)}
		looks := []look{tdLook}
		if grades {
			cells, looks = append(cells, b.Grade), append(looks, tdLook)
		}
		cells, looks = append(cells, b.Label.In(lang)), append(looks, tdLook)
		if zones {
			zone, zl := "", tdLook
			if b.Zone != rubric.NoZone {
				zi := r.ZoneInfo(b.Zone)
				zone = zi.Label.In(lang)
				zl = look{border: true, bold: true, fill: strings.TrimPrefix(zi.Color, "#"), color: "FFFFFF", valign: "top"}
			}
			cells, looks = append(cells, zone), append(looks, zl)
		}
		if err := p.line(spans, cells, looks); err != nil {
			return err
		}
	}

	// Unit types, one per line: "kecamatan — Kecamatan". Not a two-column
	// table: a reader takes a row of two header-like words (kecamatan is a
	// near miss of Keterangan) for a mistyped table header.
	if len(r.UnitTypes) > 0 {
		if err := p.heading(txUnitTypes.in(l)); err != nil {
			return err
		}
		for _, t := range r.UnitTypes {
			if err := p.line([]int{4}, []string{txUnitTypeLine.f(l, t.Label.In(lang), t.ID)}, []look{tdLook}); err != nil {
				return err
			}
		}
	}

	// Survey items.
	if len(w.surv) > 0 {
		if err := p.heading(txItemsHeading.in(l)); err != nil {
			return err
		}
		if err := p.line([]int{1, 2, 1}, []string{txItem.in(l), txQuestion.in(l), txScale.in(l)}, []look{thLook}); err != nil {
			return err
		}
		for _, ind := range w.surv {
			if err := p.line([]int{1, 2, 1}, []string{ind.Code, ind.Text.In(lang), scaleText(ind, l, "\n")}, []look{tdLook}); err != nil {
				return err
			}
		}
	}

	// Index of the unit sheets, linked.
	if len(w.sheets) > 0 && !w.noUnits {
		if err := p.heading(txSheetsHead.in(l)); err != nil {
			return err
		}
		if err := p.line([]int{1, 3}, []string{txSheet.in(l), txUnit.in(l)}, []look{thLook}); err != nil {
			return err
		}
		link := look{border: true, valign: "top", color: "0563C1"}
		for _, s := range w.sheets {
			unit := s.unit.Code
			if s.unit.Name != "" {
				unit += " — " + s.unit.Name
			}
			ref := cell(1, p.row)
			if err := p.line([]int{1, 3}, []string{s.name, unit}, []look{link, tdLook}); err != nil {
				return err
			}
			if err := w.f.SetCellHyperLink(SheetInstructions, ref, quoteSheet(s.name)+"!A1", "Location"); err != nil {
				return err
			}
		}
	}

	f := w.f
	if err := f.SetSheetDimension(SheetInstructions, "A1:"+cell(len(instrWidths), p.row-1)); err != nil {
		return err
	}
	for i, wd := range instrWidths {
		c := colName(i + 1)
		if err := f.SetColWidth(SheetInstructions, c, c, wd); err != nil {
			return err
		}
	}
	off := false
	if err := f.SetSheetView(SheetInstructions, 0, &excelize.ViewOptions{ShowGridLines: &off}); err != nil {
		return err
	}
	if err := w.printSetup(SheetInstructions, 0, ""); err != nil {
		return err
	}
	// A page and a little more (the example district's twelve units)
	// prints on one page, a little smaller (no smaller than 7 points),
	// rather than leave a second page nearly blank; longer instructions
	// (a long list of units) go on at full size.
	if p.height <= pageHeight/0.7 {
		one, wide := 1, 1
		return f.SetPageLayout(SheetInstructions, &excelize.PageLayoutOptions{FitToWidth: &wide, FitToHeight: &one})
	}
	return nil
}

// The instructions sheet's page: what a portrait A4 page holds between
// its margins (0.6 inch top and bottom, the footer) in points, and the
// height of a blank row.
const (
	pageHeight     = 842 - 2*0.6*72 - 20
	blankRowHeight = 13.5
)
