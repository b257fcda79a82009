package form

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Columns of the respondents sheet, both layouts.
const (
	rcUnit = iota + 1
	rcName
	rcType
	rcRespondent
	rcFirstItem // wide: first item column; long: the indicator-code column
	rcAnswer    // long only
)

// respondentsSheet writes the Responden sheet for the survey indicators:
// the header in row 1 and, straight below it (readers take every row
// below the header as data), Options.Respondents blank rows per unit with
// the unit's code, name and type and the respondent's number filled in.
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
	heads := []string{blockLabels[fCode].in(l), blockLabels[fName].in(l), blockLabels[fType].in(l), thRespondent.in(l)}
	if long {
		heads = append(heads, thIndicatorCode.in(l), thAnswer.in(l))
	} else {
		for _, ind := range w.surv {
			heads = append(heads, ind.Code)
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
				Cell: cell(rcFirstItem+i, 1), Author: "kepatuhan",
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
				if long {
					ind := w.surv[k]
					if err := f.SetCellStr(name, cell(rcFirstItem, rw), ind.Code); err != nil {
						return err
					}
					if err := w.surveyValidation(vs, ind, rcAnswer, rw); err != nil {
						return err
					}
				} else {
					for i, ind := range w.surv {
						if err := w.surveyValidation(vs, ind, rcFirstItem+i, rw); err != nil {
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
	metaLast := rcRespondent
	if long {
		metaLast = rcFirstItem
	}
	for i := range units {
		top, bottom := 2+i*perUnit, 1+(i+1)*perUnit
		base := look{border: true, valign: "center"}
		if i%2 == 1 {
			base.fill = colorBand
		}
		for c := 1; c <= metaLast; c++ {
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
	input := look{border: true, halign: "center", valign: "center", fill: colorInput}
	if err := w.st.set(name, cell(metaLast+1, 2), cell(last, lastRow), input); err != nil {
		return err
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
	widths := []float64{codeWidth, nameWidth, 12, 12}
	if long {
		widths = append(widths, 15, 11)
	} else {
		for _, ind := range w.surv {
			widths = append(widths, max(6, float64(len(ind.Code))+3))
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
		first := cell(rcFirstItem, 2)
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
