package form

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/respondent"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Columns of the respondents sheet, both layouts: the unit's code, name
// and type and the respondent's number, then (for an SKM, a survey
// rubric) the date and the respondent's characteristics, then the items
// (wide: one column each; long: the item's code and the answer), then
// (SKM) the suggestion.
const (
	rcUnit = iota + 1
	rcName
	rcType
	rcRespondent
)

// respCols places the columns of the respondents sheet.
type respCols struct {
	skm       bool
	date      int // 0 without
	trait     int // the first characteristic's column, 0 without
	firstItem int // wide: the first item's column; long: the item-code column
	answer    int // long only
	saran     int // 0 without
	last      int
}

func (w *writer) respColumns() respCols {
	c := respCols{skm: w.r.Kind == rubric.Survey}
	next := rcRespondent + 1
	if c.skm {
		c.date, c.trait = next, next+1
		next += 1 + int(respondent.NTraits)
	}
	c.firstItem = next
	if w.o.Layout == LayoutLong {
		c.answer = next + 1
		next += 2
	} else {
		next += len(w.surv)
	}
	if c.skm {
		c.saran = next
		next++
	}
	c.last = next - 1
	return c
}

// respondentsSheet writes the Responden sheet for the survey indicators:
// the header in row 1 and, straight below it (readers take every row
// below the header as data), Options.Respondents blank rows per unit with
// the unit's code, name and type and the respondent's number filled in.
// An SKM's sheet also asks each respondent's date, characteristics (with
// the regulation's lists as drop-downs) and suggestion.
func (w *writer) respondentsSheet(units []Unit) error {
	f, l := w.f, w.lang
	name := SheetRespondents
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	if len(units) == 0 {
		units = []Unit{{}}
	}
	long := w.o.Layout == LayoutLong
	rc := w.respColumns()
	heads := make([]string, rc.last)
	for i, h := range []string{blockLabels[fCode].in(l), blockLabels[fName].in(l), blockLabels[fType].in(l), thRespondent.in(l)} {
		heads[i] = h
	}
	if rc.skm {
		heads[rc.date-1] = blockLabels[fDate].in(l)
		for i, t := range respondent.Traits {
			heads[rc.trait-1+i] = t.Name().In(string(l))
		}
		heads[rc.saran-1] = thSuggestion.in(l)
	}
	if long {
		heads[rc.firstItem-1], heads[rc.answer-1] = thIndicatorCode.in(l), thAnswer.in(l)
	} else {
		for i, ind := range w.surv {
			heads[rc.firstItem-1+i] = ind.Code
		}
	}
	for i, h := range heads {
		if err := f.SetCellStr(name, cell(i+1, 1), h); err != nil {
			return err
		}
	}
	last := len(heads)
	if err := w.st.set(name, cell(1, 1), cell(last, 1),
		look{bold: true, border: true, wrap: true, fill: colorHeaderFill, color: "FFFFFF", halign: "center", valign: "center"}); err != nil {
		return err
	}
	if !long {
		for i, ind := range w.surv {
			if err := f.AddComment(name, excelize.Comment{
				Cell: cell(rc.firstItem+i, 1), Author: "kepatuhan",
				Text:  ind.Code + ": " + ind.Text.In(string(l)) + "\n" + scaleText(ind, l, "\n"),
				Width: 300, Height: 160,
			}); err != nil {
				return err
			}
		}
	}

	// Data rows.
	vs := newValidations()
	rw := 2
	for _, u := range units {
		for resp := 1; resp <= w.o.Respondents; resp++ {
			items := 1
			if long {
				items = len(w.surv)
			}
			for k := 0; k < items; k++ {
				if err := w.respondentMeta(name, rw, u, resp); err != nil {
					return err
				}
				if rc.skm {
					if err := w.respondentValidations(vs, rc, rw); err != nil {
						return err
					}
				}
				if long {
					ind := w.surv[k]
					if err := f.SetCellStr(name, cell(rc.firstItem, rw), ind.Code); err != nil {
						return err
					}
					if err := w.surveyValidation(vs, ind, rc.answer, rw); err != nil {
						return err
					}
				} else {
					for i, ind := range w.surv {
						if err := w.surveyValidation(vs, ind, rc.firstItem+i, rw); err != nil {
							return err
						}
					}
				}
				rw++
			}
		}
	}
	lastRow := rw - 1
	// Unit columns: every other unit banded grey, names shrunk to fit.
	perUnit := w.o.Respondents
	if long {
		perUnit *= len(w.surv)
	}
	input := look{border: true, halign: "center", valign: "center", fill: colorInput}
	if err := w.st.set(name, cell(rcRespondent+1, 2), cell(last, lastRow), input); err != nil {
		return err
	}
	if rc.skm {
		if err := w.respondentLooks(name, rc, lastRow); err != nil {
			return err
		}
	}
	meta := []int{rcUnit, rcName, rcType, rcRespondent}
	if long {
		meta = append(meta, rc.firstItem) // the item codes are written, not filled in
	}
	for i := range units {
		top, bottom := 2+i*perUnit, 1+(i+1)*perUnit
		base := look{border: true, valign: "center"}
		if i%2 == 1 {
			base.fill = colorBand
		}
		for _, c := range meta {
			lk := base
			switch c {
			case rcName:
				lk.shrink = true
			case rcRespondent:
				lk.halign = "center"
			}
			if err := w.st.set(name, cell(c, top), cell(c, bottom), lk); err != nil {
				return err
			}
		}
	}
	if err := vs.apply(f, name); err != nil {
		return err
	}
	if err := f.SetSheetDimension(name, "A1:"+cell(last, lastRow)); err != nil {
		return err
	}

	// Layout and printing.
	nameWidth, codeWidth := 14.0, 11.0
	for _, u := range units {
		nameWidth = max(nameWidth, min(36, float64(len([]rune(u.Name)))*1.0+2))
		codeWidth = max(codeWidth, min(24, float64(len([]rune(u.Code)))*1.1+2))
	}
	widths := make([]float64, last)
	copy(widths, []float64{codeWidth, nameWidth, 12, 12})
	if rc.skm {
		widths[rc.date-1] = 12
		for i := range respondent.Traits {
			widths[rc.trait-1+i] = 13
		}
		widths[rc.trait-1+int(respondent.Service)] = 20
		widths[rc.saran-1] = 40
	}
	if long {
		widths[rc.firstItem-1], widths[rc.answer-1] = 15, 11
	} else {
		for i, ind := range w.surv {
			widths[rc.firstItem-1+i] = max(6, float64(len(ind.Code))+3)
		}
	}
	for i, wd := range widths {
		c := colName(i + 1)
		if err := f.SetColWidth(name, c, c, wd); err != nil {
			return err
		}
	}
	panes := &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}
	if !long {
		first := cell(rcRespondent+1, 2)
		panes = &excelize.Panes{Freeze: true, XSplit: rcRespondent, YSplit: 1, TopLeftCell: first, ActivePane: "bottomRight",
			Selection: []excelize.Selection{{SQRef: first, ActiveCell: first, Pane: "bottomRight"}}}
	}
	if err := f.SetPanes(name, panes); err != nil {
		return err
	}
	return w.printSetup(name, 1, name)
}

// respondentMeta fills a respondent row's unit code, name, type and
// respondent number.
func (w *writer) respondentMeta(sheet string, rw int, u Unit, resp int) error {
	f := w.f
	for i, v := range []string{u.Code, u.Name, u.Type} {
		if v == "" {
			continue
		}
		if err := f.SetCellStr(sheet, cell(rcUnit+i, rw), v); err != nil {
			return err
		}
	}
	return f.SetCellInt(sheet, cell(rcRespondent, rw), int64(resp))
}

// surveyValidation puts the answer cell (col, rw) of a survey item under
// its scale's drop-down.
func (w *writer) surveyValidation(vs *validations, ind *rubric.Indicator, col, rw int) error {
	l := w.lang
	vals := answerValues(ind)
	name := w.lists.ref(vals)
	key := "survey:" + name
	title := ind.Code
	if w.o.Layout == LayoutLong {
		title = thAnswer.in(l)
	} else {
		key += ":" + ind.Code
	}
	return vs.add(key, col, rw, func() (*excelize.DataValidation, error) {
		prompt := txPromptSurvey.f(l, strconv.Itoa(ind.Survey.Min), strconv.Itoa(ind.Survey.Max))
		if w.o.Layout != LayoutLong {
			prompt = ind.Text.In(string(l)) + "\n" + scaleText(ind, l, "; ") + "\n" + prompt
		}
		shown := joinValues(vals)
		return listValidation(name, title, prompt, txErrorTitle.in(l), txErrorList.f(l, shown), excelize.DataValidationErrorStyleStop), nil
	})
}

// scaleText describes a survey item's scale: "1 = Tidak sesuai; 2 = …",
// or "1–4" when its values carry no labels.
func scaleText(ind *rubric.Indicator, l msg.Lang, sep string) string {
	s := ind.Survey
	var parts []string
	for v := s.Min; v <= s.Max; v++ {
		if t, ok := s.Labels[v]; ok {
			parts = append(parts, fmt.Sprintf("%d = %s", v, t.In(string(l))))
		}
	}
	if len(parts) == 0 {
		return fmt.Sprintf("%d–%d", s.Min, s.Max)
	}
	return strings.Join(parts, sep)
}

// respondentValidations puts an SKM respondent row's characteristic
// cells under their drop-downs: sex and education refuse anything else,
// occupation warns (so that "Lainnya: petani" may be typed), age is a
// whole number of years and warns (an age band may be typed instead).
func (w *writer) respondentValidations(vs *validations, rc respCols, rw int) error {
	l := w.lang
	for i, t := range respondent.Traits {
		col := rc.trait + i
		title := t.Name().In(string(l))
		switch t {
		case respondent.Service:
			continue
		case respondent.Age:
			if err := vs.add("trait:age", col, rw, func() (*excelize.DataValidation, error) {
				dv := excelize.NewDataValidation(true)
				if err := dv.SetRange(10, 120, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
					return nil, err
				}
				setMessages(dv, title, txPromptAge.in(l), txErrorTraitTitle.in(l), txErrorAge.in(l), excelize.DataValidationErrorStyleWarning)
				return dv, nil
			}); err != nil {
				return err
			}
			continue
		}
		vals := make([]any, 0, len(t.Values()))
		for _, v := range t.Values() {
			vals = append(vals, v.Key)
		}
		name := w.lists.ref(vals)
		if err := vs.add("trait:"+t.Key(), col, rw, func() (*excelize.DataValidation, error) {
			shown := joinValues(vals)
			prompt, style := txPromptTrait.f(l, shown), excelize.DataValidationErrorStyleStop
			if t == respondent.Occupation {
				prompt, style = txPromptOccupation.f(l, shown), excelize.DataValidationErrorStyleWarning
			}
			return listValidation(name, title, prompt, txErrorTraitTitle.in(l), txErrorList.f(l, shown), style), nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// respondentLooks styles an SKM sheet's date column as dates, the
// service used and the suggestion as wrapped text on the left.
func (w *writer) respondentLooks(sheet string, rc respCols, lastRow int) error {
	left := look{border: true, valign: "center", fill: colorInput, wrap: true}
	for _, c := range []int{rc.trait + int(respondent.Service), rc.saran} {
		if err := w.st.set(sheet, cell(c, 2), cell(c, lastRow), left); err != nil {
			return err
		}
	}
	date := look{border: true, halign: "center", valign: "center", fill: colorInput, date: true}
	return w.st.set(sheet, cell(rc.date, 2), cell(rc.date, lastRow), date)
}
