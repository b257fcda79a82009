package form

import "github.com/xuri/excelize/v2"

// Colours of the form.
const (
	colorHeaderFill = "1F4E79" // table header: dark blue, white text
	colorSection1   = "D9E2F3" // top-level group rows
	colorSection2   = "EEF2F9" // deeper group rows
	colorInput      = "FFF2CC" // cells the assessor fills: light yellow
	colorEvidence   = "FCE4D6" // Bukti cell of an evidence-required indicator
	colorExcluded   = "EDEDED" // rows that do not apply to the unit's type
	colorGreyText   = "7F7F7F"
	colorBorder     = "A6A6A6"
	colorLabelFill  = "F2F2F2" // header-block labels
	colorBand       = "F2F2F2" // every other unit's rows on the respondents sheet
)

// look is a cell style; styles are made on first use, so the order of the
// style table follows the order of writing and is deterministic.
type look struct {
	bold, italic, wrap, border bool
	shrink                     bool // shrink the text to fit the cell
	date                       bool // a date, shown dd/mm/yyyy
	size                       float64
	fill, color                string
	halign, valign             string
	indent                     int
	unlocked                   bool // editable in a protected sheet (round.go)
}

var dateFormat = "dd/mm/yyyy"

type styler struct {
	f   *excelize.File
	ids map[look]int
}

func newStyler(f *excelize.File) *styler { return &styler{f: f, ids: map[look]int{}} }

func (s *styler) id(l look) int {
	if id, ok := s.ids[l]; ok {
		return id
	}
	size := l.size
	if size == 0 {
		size = fontSize
	}
	st := &excelize.Style{
		Font:      &excelize.Font{Bold: l.bold, Italic: l.italic, Size: size, Color: l.color, Family: fontName},
		Alignment: &excelize.Alignment{WrapText: l.wrap, ShrinkToFit: l.shrink, Horizontal: l.halign, Vertical: l.valign, Indent: l.indent},
	}
	if l.date {
		st.CustomNumFmt = &dateFormat
	}
	if l.unlocked {
		st.Protection = &excelize.Protection{Locked: false}
	}
	if l.fill != "" {
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{l.fill}}
	}
	if l.border {
		for _, side := range []string{"left", "right", "top", "bottom"} {
			st.Border = append(st.Border, excelize.Border{Type: side, Color: colorBorder, Style: 1})
		}
	}
	id, err := s.f.NewStyle(st)
	if err != nil {
		panic(err) // only for an invalid style, a bug here
	}
	s.ids[l] = id
	return id
}

// set styles one cell, or a range.
func (s *styler) set(sheet, from, to string, l look) error {
	return s.f.SetCellStyle(sheet, from, to, s.id(l))
}
