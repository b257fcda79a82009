// Package form writes blank field forms: the .xlsx observation workbooks
// that assessors fill in at each unit and that `kepatuhan score` reads
// back. The workbook follows the observation-workbook contract
// (docs/workbook.md):
//
//   - Petunjuk: how to fill in the form, the rubric's identity and its
//     score bands; first and active.
//   - one form sheet per unit (named after the unit code), or one blank
//     sheet "Unit-1": a title row, the header block (label in column A,
//     value in column B), a blank row, then the table No | Kode |
//     Indikator | Panduan | Jawaban | Catatan | Bukti with a section row
//     per group and a row per observed indicator, every answer cell
//     carrying a drop-down (or number) validation.
//   - Responden, for survey and mixed rubrics: one row per respondent (wide
//     layout) or per respondent and item (long layout).
//   - Daftar (hidden): the lists behind the drop-downs, by defined name.
//   - _kepatuhan (hidden): the rubric's id, version and hash and the tool
//     that wrote the form.
//
// Sheets are print-ready (A4 portrait, one page wide, titles repeated,
// page numbers) and the file is deterministic: the same rubric, units and
// options always give byte-identical files, stamped with pkg/stamp's time.
package form

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Respondents-sheet layouts.
const (
	LayoutWide = "wide" // one row per respondent, one column per item
	LayoutLong = "long" // one row per respondent and item
)

// DefaultRespondents is how many blank respondent rows each unit gets
// when Options.Respondents is 0.
const DefaultRespondents = 30

// MaxRespondents bounds Options.Respondents.
const MaxRespondents = 100000

// Options adjust the form.
type Options struct {
	// Lang is the language of the instructions, labels and guidance
	// (default Indonesian). The sheet names stay the same in both.
	Lang msg.Lang
	// Layout of the respondents sheet: LayoutWide (default) or LayoutLong.
	Layout string
	// Respondents is the number of blank respondent rows per unit
	// (default DefaultRespondents).
	Respondents int
	// Stage of a verification round (round.go): "" for a single pass,
	// StageSelf or StageVerify; Answers holds the units' filled
	// self-assessments, by rubric.CodeKey of the unit code, for
	// StageVerify.
	Stage   string
	Answers map[string]*results.Unit
}

// Write writes the blank form for rubric r to w, one form sheet per unit
// (or one blank sheet when units is empty). The units are checked as
// ReadUnits checks them; problems come back as msg.Problems, before
// anything is written.
func Write(w io.Writer, r *rubric.Rubric, units []Unit, o Options) error {
	f, err := build(r, units, o)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Write(w)
}

// writer holds what the sheets share while a form is built.
type writer struct {
	f     *excelize.File
	st    *styler
	r     *rubric.Rubric
	lang  msg.Lang
	o     Options
	lists *lists
	// unit sheets written, for the instructions' index
	sheets []sheetRef
	// hasObs tells whether a group holds observed (non-survey) indicators.
	hasObs map[*rubric.Group]bool
	obs    []*rubric.Indicator
	surv   []*rubric.Indicator
	// widths of the form sheets' columns
	widths [nCols + 1]float64
	// noUnits: no unit list was given; the form is a blank template
	noUnits bool
}

type sheetRef struct {
	name string
	unit Unit
}

func (o Options) normal() (Options, error) {
	if o.Lang != msg.EN {
		o.Lang = msg.ID
	}
	switch l := strings.ToLower(strings.TrimSpace(o.Layout)); l {
	case "":
		o.Layout = LayoutWide
	case LayoutWide, LayoutLong:
		o.Layout = l
	default:
		return o, msg.Problems{{Key: msg.FormBadLayout, Args: []any{o.Layout},
			Hint: msg.HintValidValues, HintArgs: []any{LayoutWide + ", " + LayoutLong}}}
	}
	if p := stageProblem(o); p != nil {
		return o, msg.Problems{*p}
	}
	o.Stage, _ = ParseStage(o.Stage)
	switch {
	case o.Respondents == 0:
		o.Respondents = DefaultRespondents
	case o.Respondents < 0 || o.Respondents > MaxRespondents:
		return o, msg.Problems{{Key: msg.FormBadRespondents, Args: []any{o.Respondents},
			Hint: msg.HintFormRespondents, HintArgs: []any{MaxRespondents}}}
	}
	return o, nil
}

func build(r *rubric.Rubric, units []Unit, o Options) (*excelize.File, error) {
	if r == nil {
		return nil, msg.Problems{{Key: msg.FormNoRubric}}
	}
	o, err := o.normal()
	if err != nil {
		return nil, err
	}
	w := &writer{r: r, lang: o.Lang, o: o, hasObs: map[*rubric.Group]bool{}}
	for _, ind := range r.Indicators() {
		if ind.Type == rubric.Surv {
			w.surv = append(w.surv, ind)
			continue
		}
		w.obs = append(w.obs, ind)
		for g := ind.Group(); g != nil; g = g.Parent() {
			w.hasObs[g] = true
		}
	}
	units, err = checkUnits(units, r, len(w.obs) > 0)
	if err != nil {
		return nil, err
	}
	w.noUnits = len(units) == 0
	if len(w.surv) > 0 {
		n := max(len(units), 1) * o.Respondents
		if o.Layout == LayoutLong {
			n *= len(w.surv)
		}
		if n+1 > excelize.TotalRows {
			return nil, msg.Problems{{Key: msg.FormTooManyRows, Args: []any{n + 1, excelize.TotalRows}, Hint: msg.HintFormFewerRows}}
		}
	}

	w.f = excelize.NewFile()
	ok := false
	defer func() {
		if !ok {
			w.f.Close()
		}
	}()
	if err := w.f.SetDefaultFont(fontName); err != nil {
		return nil, err
	}
	w.st = newStyler(w.f)
	w.widths = w.columnWidths()
	w.lists = newLists()
	if err := w.f.SetSheetName("Sheet1", SheetInstructions); err != nil {
		return nil, err
	}
	if len(w.obs) > 0 {
		if len(units) == 0 {
			if err := w.formSheet(blankSheet, Unit{}); err != nil {
				return nil, err
			}
		}
		for _, u := range units {
			if err := w.formSheet(SheetName(u.Code), u); err != nil {
				return nil, err
			}
		}
	}
	if err := w.stage(); err != nil { // round.go
		return nil, err
	}
	if len(w.surv) > 0 {
		if err := w.respondentsSheet(units); err != nil {
			return nil, err
		}
	}
	if err := w.instructions(); err != nil {
		return nil, err
	}
	if err := w.lists.write(w.f); err != nil {
		return nil, err
	}
	if err := w.meta(); err != nil {
		return nil, err
	}
	if err := w.props(); err != nil {
		return nil, err
	}
	w.f.SetActiveSheet(0)
	ok = true
	return w.f, nil
}

// meta writes the hidden _kepatuhan sheet: key/value rows naming the
// rubric the form was made for and the tool that made it.
func (w *writer) meta() error {
	f := w.f
	if _, err := f.NewSheet(SheetMeta); err != nil {
		return err
	}
	rows := [][2]string{
		{"rubric", w.r.Ref()},
		{"version", w.r.Version},
		{"hash", w.r.Hash()},
		{"tool", stamp.Tool()},
	}
	for i, kv := range rows {
		if err := f.SetCellStr(SheetMeta, cell(1, i+1), kv[0]); err != nil {
			return err
		}
		if err := f.SetCellStr(SheetMeta, cell(2, i+1), kv[1]); err != nil {
			return err
		}
	}
	if err := f.SetSheetDimension(SheetMeta, "A1:"+cell(2, len(rows))); err != nil {
		return err
	}
	return f.SetSheetVisible(SheetMeta, false)
}

// props sets the document properties: fixed times from pkg/stamp, the
// rubric in title, subject and keywords.
func (w *writer) props() error {
	ts, lang := stamp.DocTime(), w.lang.DocTag()
	return w.f.SetDocProps(&excelize.DocProperties{
		Title:          txFormTitle.f(w.lang, w.r.Title.In(string(w.lang))),
		Subject:        fmt.Sprintf("%s %s", w.r.Ref(), w.r.Version),
		Keywords:       fmt.Sprintf("kepatuhan; form; rubric=%s; version=%s", w.r.Ref(), w.r.Version),
		Description:    "sha256:" + w.r.Hash(),
		Category:       "kepatuhan form",
		Creator:        stamp.Tool(),
		LastModifiedBy: stamp.Tool(),
		Created:        ts,
		Modified:       ts,
		Language:       lang,
		Revision:       "1",
	})
}

// cell names the cell at column col and row row (both from 1).
func cell(col, row int) string {
	s, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err) // coordinates here are always in range
	}
	return s
}

// colName names column col (from 1).
func colName(col int) string {
	s, err := excelize.ColumnNumberToName(col)
	if err != nil {
		panic(err)
	}
	return s
}

// quoteSheet quotes a sheet name for a formula or defined name.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// footerSmall sets text in a footer section in 8-point type: "&" (the
// control character) doubled, and a space after the size code when the
// text starts with a digit, which would otherwise extend the size.
func footerSmall(s string) string {
	s = strings.ReplaceAll(s, "&", "&&")
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		s = " " + s
	}
	return "&8" + s
}

// printSetup makes a sheet print on A4 portrait, one page wide, with rows
// 1..titleRows repeated on every page and page numbers in the footer.
func (w *writer) printSetup(sheet string, titleRows int, footerMid string) error {
	f := w.f
	size, orient, fitW, fitH := 9, "portrait", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orient, FitToWidth: &fitW, FitToHeight: &fitH,
	}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	lr, tb, hf := 0.4, 0.6, 0.3
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &lr, Right: &lr, Top: &tb, Bottom: &tb, Header: &hf, Footer: &hf,
	}); err != nil {
		return err
	}
	if titleRows > 0 {
		if err := f.SetDefinedName(&excelize.DefinedName{
			Name:     "_xlnm.Print_Titles",
			RefersTo: fmt.Sprintf("%s!$1:$%d", quoteSheet(sheet), titleRows),
			Scope:    sheet,
		}); err != nil {
			return err
		}
	}
	footer := "&L" + footerSmall(txFooterRubric.f(w.lang, w.r.Ref(), w.r.Version))
	if footerMid != "" {
		footer += "&C" + footerSmall(footerMid)
	}
	footer += "&R&8" + txFooter.in(w.lang)
	return f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: truncUTF16(footer, excelize.MaxFieldLength)})
}

// truncUTF16 cuts s to at most n UTF-16 units (Excel's measure), marking
// a cut with "…".
func truncUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		w := 1
		if r > 0xFFFF {
			w = 2
		}
		if units+w > n {
			// Leave room for the ellipsis.
			cut := s[:i]
			for utf16Len(cut)+1 > n {
				_, size := utf8.DecodeLastRuneInString(cut)
				cut = cut[:len(cut)-size]
			}
			return cut + "…"
		}
		units += w
	}
	return s
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}
