// Package xlsxdoc holds what kepatuhan's Excel outputs (the annual
// report's workbook, the comparison's) share, as package pdfdoc does for
// the PDFs: a Book of named sheets that keeps the first error met, cell
// styles by name in the documents' font, document properties stamped so
// that the same content gives the same bytes, how a sheet prints (A4,
// fitted to the page's width, its header row repeated), a table's frozen
// header and filter, and text clipped to what a cell holds. Colours come
// from package palette, numbers from package locale.
package xlsxdoc

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
)

// MaxCell bounds the text put in one cell (Excel's limit is 32,767).
const MaxCell = 2000

// Clip shortens s to what one cell holds.
func Clip(s string) string { return locale.Truncate(s, MaxCell) }

// Book is a workbook being written. Its methods keep the first error
// (Err) rather than return it, so that a sheet is written in a row of
// calls; the embedded *excelize.File is at hand for the rest.
type Book struct {
	*excelize.File
	styles map[string]int
	err    error
}

// New starts a workbook with the named sheets, in order.
func New(sheets ...string) *Book {
	b := &Book{File: excelize.NewFile(), styles: map[string]int{}}
	b.Check(b.SetSheetName("Sheet1", sheets[0]))
	for _, s := range sheets[1:] {
		_, err := b.NewSheet(s)
		b.Check(err)
	}
	return b
}

// Check keeps err if it is the first.
func (b *Book) Check(err error) {
	if err != nil && b.err == nil {
		b.err = err
	}
}

// Err is the first error met.
func (b *Book) Err() error { return b.err }

// AddStyle adds a style called name. Its font is named always (Calibri,
// 11 points, unless s says otherwise): without a family LibreOffice draws
// a serif.
func (b *Book) AddStyle(name string, s *excelize.Style) {
	if s.Font == nil {
		s.Font = &excelize.Font{}
	}
	if s.Font.Family == "" {
		s.Font.Family = "Calibri"
	}
	if s.Font.Size == 0 {
		s.Font.Size = 11
	}
	id, err := b.NewStyle(s)
	b.Check(err)
	b.styles[name] = id
}

// Style is the id of the style called name.
func (b *Book) Style(name string) int { return b.styles[name] }

// Props is what a workbook says of itself.
type Props struct {
	Title, Subject, Description, Keywords, Category string
	Tool                                            string // creator and last editor
	Lang                                            msg.Lang
}

// SetProps sets the document properties, dated by package stamp.
func (b *Book) SetProps(p Props) {
	when := stamp.DocTime()
	b.Check(b.SetDocProps(&excelize.DocProperties{
		Title:          p.Title,
		Subject:        p.Subject,
		Description:    p.Description,
		Keywords:       p.Keywords,
		Category:       p.Category,
		Creator:        p.Tool,
		LastModifiedBy: p.Tool,
		Created:        when,
		Modified:       when,
		Language:       p.Lang.DocTag(),
		Revision:       "1",
	}))
}

// Cell names column col (from 1) and row row (from 1).
func Cell(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

// Ptr returns a pointer to v, as excelize's options want.
func Ptr[T any](v T) *T { return &v }

// Quote is sheet as a formula names it.
func Quote(sheet string) string { return "'" + strings.ReplaceAll(sheet, "'", "''") + "'" }

// Page sets how sheet prints: A4, landscape or portrait, fitted to the
// page's width, and with titles its first row repeated on every page.
func (b *Book) Page(sheet string, landscape, titles bool) {
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	b.Check(b.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: Ptr(9), Orientation: &orient,
		FitToWidth: Ptr(1), FitToHeight: Ptr(0)}))
	b.Check(b.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: Ptr(true)}))
	// Narrow side margins leave the table more of the page's width, so
	// that it prints larger.
	b.Check(b.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: Ptr(0.4), Right: Ptr(0.4),
		Top: Ptr(0.6), Bottom: Ptr(0.6), Header: Ptr(0.3), Footer: Ptr(0.3)}))
	if titles {
		b.Check(b.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
			RefersTo: Quote(sheet) + "!$1:$1", Scope: sheet}))
	}
}

// Table finishes a sheet holding a table of cols columns and rows rows
// whose header is row 1: the header frozen, a filter over the columns.
func (b *Book) Table(sheet string, cols, rows int) {
	b.Check(b.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}))
	b.Check(b.AutoFilter(sheet, Cell(1, 1)+":"+Cell(cols, max(rows, 2)), nil))
}
