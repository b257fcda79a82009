package pdfdoc

import "github.com/kepatuhan/kepatuhan/pkg/palette"

// Flow lays a document out from top to bottom over pages: it knows where
// the next thing goes (Y) and the lowest y the body may use (Bottom, above
// the footer), and starts a new page where something would not fit —
// with the running head, the header of the table being drawn, and the
// text style that was in use. The cards, the annual report and the
// comparison each embed one and add only their own sections.
//
// Pages break only where Need says, before a row or a line, never inside
// one: fpdf's own automatic break is off.
type Flow struct {
	*Doc
	Y      float64 // where the next thing goes
	Bottom float64 // the lowest y the body may use
	// Head is drawn at the top of every page but the first; none when
	// both texts are empty.
	Head RunningHead
	// Sections lists the sections started, with their pages, for a
	// list of contents.
	Sections []Section
	table    *Table // the table being drawn: its header repeats on a new page
}

// RunningHead is the line at the top of a page that says whose page it
// is: Left in bold, Right in the regular font, both small and grey, above
// a thin rule.
type RunningHead struct {
	Left, Right string
	// Split is the share of the width Left takes (0: half).
	Split float64
}

// Section is a section a Flow started.
type Section struct {
	Title string
	Page  int
}

// Geometry of a Flow's page body, in millimetres.
const (
	Left  = MarginLeft
	Right = MarginLeft + ContentWidth
)

// NewFlow starts laying d out, with footer's lines (see SetFooter) at the
// bottom of every page. The first page is not added: call NewPage.
func NewFlow(d *Doc, footer []string) *Flow {
	d.SetFooter(footer)
	// fpdf's own break, which SetFooter arms 1 mm above Bottom, would
	// move a line drawn with the Unicode fonts to a page of its own.
	d.SetAutoPageBreak(false, 0)
	return &Flow{Doc: d, Bottom: PageHeight - d.FooterHeight() - 3}
}

// NewPage starts a page, with the running head unless it is the first.
func (f *Flow) NewPage() {
	f.AddPage()
	f.Y = MarginTop
	if f.PageNo() == 1 || f.Head.Left == "" && f.Head.Right == "" {
		return
	}
	split := f.Head.Split
	if split == 0 {
		split = 0.5
	}
	lw := ContentWidth * split
	rw := ContentWidth - lw
	f.Font("B", 7.5)
	f.Ink(palette.Muted)
	f.Text(Left, f.Y, lw, 4, f.Ellipsize(f.Head.Left, lw-2), "L")
	f.Font("", 7.5)
	f.Text(Left+lw, f.Y, rw, 4, f.Ellipsize(f.Head.Right, rw-2), "R")
	f.Rule(Left, Right, f.Y+5, palette.Rule, 0.2)
	f.Y += 8
}

// Need starts a new page unless h more millimetres fit on this one. On
// the new page it draws the running head, then the header of the table
// being drawn (and what the table adds under it), and selects the text
// style that was in use, so that drawing goes on as it was.
func (f *Flow) Need(h float64) {
	if f.Y+h <= f.Bottom {
		return
	}
	st := f.TextStyle()
	f.NewPage()
	if t := f.table; t != nil {
		t.header(true)
		if t.Continued != nil {
			t.Continued()
		}
	}
	f.SetTextStyle(st)
}

// FlowLines draws lines at x, lh apart, from Y on in the font and ink in
// use, continuing on a new page where one does not fit, and leaves Y
// below the last.
func (f *Flow) FlowLines(x, w, lh float64, lines []string) {
	for _, l := range lines {
		f.Need(lh)
		f.Text(x, f.Y, w, lh, l, "L")
		f.Y += lh
	}
}

// Para draws s wrapped to the width, in the regular font of size points
// and ink, lines size×0.45 mm apart, flowing over pages; 1.5 mm follow.
func (f *Flow) Para(s string, size float64, ink palette.Color) {
	f.Font("", size)
	f.Ink(ink)
	f.FlowLines(Left, ContentWidth, size*0.45, f.Wrap(s, ContentWidth))
	f.Y += 1.5
}

// Bullet draws s as a bulleted paragraph, its first lines kept together.
func (f *Flow) Bullet(s string) {
	const lh = 4.6
	f.Font("", 9.5)
	lines := f.Wrap(s, ContentWidth-5)
	f.Need(lh * float64(min(len(lines), 3)))
	f.Fill(palette.Accent)
	f.Rect(Left+0.8, f.Y+lh/2-0.8, 1.6, 1.6, "F")
	f.Ink(palette.Text)
	f.FlowLines(Left+5, ContentWidth-5, lh, lines)
	f.Y++
}

// HeadingStyle is how a heading looks and how much room it keeps.
type HeadingStyle struct {
	Size float64       // points, bold
	Ink  palette.Color // its colour
	Gap  float64       // space above it, dropped when it starts a page
	Top  float64       // space above the text, kept on a new page
	Line float64       // the height of the text's line
	// Height is how far the heading moves Y; Room how much it needs
	// below its top, besides what it keeps for what follows.
	Height, Room float64
}

// Heading draws a heading of one line (shortened to fit), on a new page
// unless it and keep more millimetres fit on this one: a heading never
// stands alone at the bottom of a page. It ends the table being drawn.
func (f *Flow) Heading(s HeadingStyle, text string, keep float64) {
	f.table = nil
	f.Y += s.Gap
	f.Need(s.Room + keep)
	f.Font("B", s.Size)
	f.Ink(s.Ink)
	f.Text(Left, f.Y+s.Top, ContentWidth, s.Line, f.Ellipsize(text, ContentWidth), "L")
	f.Y += s.Height
}

// Section starts a numbered section of a long document: on a new page if
// fresh, or unless its title and keep more millimetres fit below it; the
// title large and wrapped, underlined with a short rule in the accent
// colour, bookmarked, listed in Sections and named in the running head's
// Right from its page on.
func (f *Flow) Section(title string, fresh bool, keep float64) {
	f.table = nil
	f.Head.Right = title
	if fresh || f.Y+22+keep > f.Bottom {
		f.NewPage()
	} else {
		f.Y += 6
	}
	f.Sections = append(f.Sections, Section{title, f.PageNo()})
	f.Bookmark(f.Str(title), 0, f.Y)
	f.Font("B", 15)
	f.Ink(palette.Accent)
	lines := f.Wrap(title, ContentWidth)
	f.Lines(Left, f.Y, ContentWidth, 7, lines, "L")
	f.Y += 7*float64(len(lines)) + 1
	f.Rule(Left, Left+30, f.Y, palette.Accent, 0.5)
	f.Y += 4
}
