package form

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// lists collects the drop-down lists of a form. Every list goes to the
// hidden Daftar sheet, one column per distinct list, and is referred to by
// a workbook-level defined name (Daftar_1, Daftar_2, …): Excel limits
// lists typed into a validation to 255 characters and splits them at
// commas, which choice labels may hold.
type lists struct {
	byKey map[string]int
	cols  [][]any
}

func newLists() *lists { return &lists{byKey: map[string]int{}} }

// listName is the defined name of list i (from 0).
func listName(i int) string { return "Daftar_" + strconv.Itoa(i+1) }

// ref returns the defined name of the list holding values, adding it if
// it is new. Values are strings or ints.
func (ls *lists) ref(values []any) string {
	var b strings.Builder
	for _, v := range values {
		fmt.Fprintf(&b, "%T:%v\x00", v, v)
	}
	k := b.String()
	if i, ok := ls.byKey[k]; ok {
		return listName(i)
	}
	ls.byKey[k] = len(ls.cols)
	ls.cols = append(ls.cols, values)
	return listName(len(ls.cols) - 1)
}

// write creates the hidden Daftar sheet and the defined names.
func (ls *lists) write(f *excelize.File) error {
	if len(ls.cols) == 0 {
		return nil
	}
	if _, err := f.NewSheet(SheetLists); err != nil {
		return err
	}
	for i, vals := range ls.cols {
		col := colName(i + 1)
		for j, v := range vals {
			if err := f.SetCellValue(SheetLists, cell(i+1, j+1), v); err != nil {
				return err
			}
		}
		if err := f.SetDefinedName(&excelize.DefinedName{
			Name:     listName(i),
			RefersTo: fmt.Sprintf("%s!$%s$1:$%s$%d", SheetLists, col, col, len(vals)),
		}); err != nil {
			return err
		}
	}
	rows := 0
	for _, vals := range ls.cols {
		rows = max(rows, len(vals))
	}
	if err := f.SetSheetDimension(SheetLists, "A1:"+cell(len(ls.cols), rows)); err != nil {
		return err
	}
	return f.SetSheetVisible(SheetLists, false)
}

// answerValues is what an indicator's drop-down offers: score.Accepted's
// words, with the levels of a scale as numbers so that a picked level is
// stored as a number. Number indicators have no list (nil).
func answerValues(ind *rubric.Indicator) []any {
	if ind.Type == rubric.Number {
		return nil
	}
	acc := score.Accepted(ind)
	out := make([]any, len(acc))
	for i, a := range acc {
		out[i] = a
		if ind.Type == rubric.Levels || ind.Type == rubric.Surv {
			if n, err := strconv.Atoi(a); err == nil {
				out[i] = n
			}
		}
	}
	return out
}

// validations groups answer cells by their validation so that a sheet
// carries one validation per distinct rule, over all its cells.
type validations struct {
	order []*excelize.DataValidation
	by    map[string]*excelize.DataValidation
	last  map[*excelize.DataValidation]*run
}

// run is the open range of consecutive cells of one column.
type run struct {
	col        int
	start, end int
}

func newValidations() *validations {
	return &validations{by: map[string]*excelize.DataValidation{}, last: map[*excelize.DataValidation]*run{}}
}

// add puts the cell (col, row) under the validation keyed key, made by
// mk the first time. Cells must be added in row order per column.
func (v *validations) add(key string, col, row int, mk func() (*excelize.DataValidation, error)) error {
	dv, ok := v.by[key]
	if !ok {
		var err error
		if dv, err = mk(); err != nil {
			return err
		}
		v.by[key] = dv
		v.order = append(v.order, dv)
	}
	if r := v.last[dv]; r != nil && r.col == col && r.end == row-1 {
		r.end = row
		return nil
	}
	v.flush(dv)
	v.last[dv] = &run{col: col, start: row, end: row}
	return nil
}

func (v *validations) flush(dv *excelize.DataValidation) {
	r := v.last[dv]
	if r == nil {
		return
	}
	ref := cell(r.col, r.start)
	if r.end > r.start {
		ref += ":" + cell(r.col, r.end)
	}
	dv.SetSqref(ref)
	v.last[dv] = nil
}

// apply adds the validations to sheet, in the order first used.
func (v *validations) apply(f *excelize.File, sheet string) error {
	for _, dv := range v.order {
		v.flush(dv)
		if err := f.AddDataValidation(sheet, dv); err != nil {
			return err
		}
	}
	return nil
}

// listValidation is a drop-down over the named list.
func listValidation(name, title, prompt, errTitle, errMsg string, style excelize.DataValidationErrorStyle) *excelize.DataValidation {
	dv := excelize.NewDataValidation(true)
	dv.SetSqrefDropList(name)
	setMessages(dv, title, prompt, errTitle, errMsg, style)
	return dv
}

// setMessages sets the input and error messages within Excel's limits.
func setMessages(dv *excelize.DataValidation, title, prompt, errTitle, errMsg string, style excelize.DataValidationErrorStyle) {
	dv.SetInput(truncUTF16(title, 32), truncUTF16(prompt, 255))
	dv.SetError(style, truncUTF16(errTitle, 32), truncUTF16(errMsg, 225))
}

// joinValues renders list values for a message.
func joinValues(vals []any) string {
	s := make([]string, len(vals))
	for i, v := range vals {
		s[i] = fmt.Sprint(v)
	}
	return strings.Join(s, ", ")
}
