package pdfdoc

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/palette"
)

// Column is one column of a Table.
type Column struct {
	Title string
	W     float64 // width in mm; 0: what the other columns leave
	Align string  // "L", "C" or "R"
}

// Col is a column: its title, width (0: what the others leave) and
// alignment ("L", "C" or "R").
func Col(title string, w float64, align string) Column { return Column{title, w, align} }

// TableStyle is how a table looks. The three documents each use one of
// Shaded, Dark and Ruled.
type TableStyle struct {
	Pad  float64 // between a column's edge and its text, mm
	RowH float64 // the height of a one-line row, mm
	// Keep is the room a table wants below its top to start on this
	// page: its header and a row or two.
	Keep float64

	// The header: titles in bold of HeadSize points in HeadInk, on a
	// band of HeadFill when Band, lines HeadLine apart plus HeadPad.
	HeadSize, HeadLine, HeadPad float64
	HeadInk, HeadFill           palette.Color
	Band                        bool
	// Wrap: long titles wrap over lines (and a column too narrow for a
	// title's longest word takes the room from the widest one); else a
	// title stays on one line, a point smaller or shortened if long.
	Wrap bool
	// Rule: a rule under the header, RuleGap above what follows.
	Rule    bool
	RuleGap float64

	Zebra  bool // every other row shaded
	Close  bool // a rule closes the table, 2 mm above what follows
	Shrink bool // cells too long for one line are drawn a point smaller before being shortened
}

// Table styles.
var (
	// Shaded: titles wrapped on a light band, every other row shaded, a
	// rule at the end (the annual report).
	Shaded = TableStyle{Pad: 1.2, RowH: 5, Keep: 16, HeadSize: 7.5, HeadLine: 3.4, HeadPad: 2,
		HeadInk: palette.Text, HeadFill: palette.HeadFill, Band: true, Wrap: true, Zebra: true, Close: true}
	// Dark: white titles on a dark band (the comparison).
	Dark = TableStyle{Pad: 1, RowH: 5, Keep: 10, HeadSize: 7, HeadLine: 5.5,
		HeadInk: palette.White, HeadFill: palette.HeadDark, Band: true, Shrink: true}
	// Ruled: small grey titles over a rule (report cards).
	Ruled = TableStyle{RowH: 4, Keep: 10, HeadSize: 7, HeadLine: 4,
		HeadInk: palette.Muted, Rule: true, RuleGap: 0.8}
)

// Table draws rows under a header that repeats at the top of every page
// the table continues on. Rows are drawn by the caller, at the y Row
// returns, with the cell helpers or by hand; Done moves below a row.
type Table struct {
	f     *Flow
	Style TableStyle
	Cols  []Column
	X     []float64 // each column's left edge
	Size  float64   // the cells' font size, points
	// Continued, when set, is drawn under the header on every page the
	// table continues on (a group's name, "continued").
	Continued func()
	n         int // rows drawn on this page, for the shading
}

// NewTable starts a table at Y, on a new page unless its header and a row
// or two fit on this one. The column of width 0 takes what the others
// leave of the width.
func (f *Flow) NewTable(cols []Column, size float64, style TableStyle) *Table {
	t := &Table{f: f, Style: style, Cols: cols, Size: size}
	used := 0.0
	for _, c := range cols {
		used += c.W
	}
	for i := range t.Cols {
		if t.Cols[i].W == 0 {
			t.Cols[i].W = ContentWidth - used
		}
	}
	if style.Wrap {
		// No header word is cut: a column too narrow for its longest
		// word takes the room from the widest column.
		f.Font("B", style.HeadSize)
		wide := 0
		for i, c := range t.Cols {
			if c.W > t.Cols[wide].W {
				wide = i
			}
		}
		for i, c := range t.Cols {
			need := 0.0
			for _, w := range strings.Fields(c.Title) {
				need = max(need, f.Width(w)+2*style.Pad+0.3)
			}
			if i != wide && need > c.W {
				t.Cols[wide].W -= need - c.W
				t.Cols[i].W = need
			}
		}
	}
	x := Left
	for _, c := range t.Cols {
		t.X = append(t.X, x)
		x += c.W
	}
	f.table = nil
	f.Need(style.Keep)
	f.table = t
	t.header(false)
	return t
}

// header draws the titles at Y and moves below them.
func (t *Table) header(again bool) {
	f, st := t.f, &t.Style
	f.Font("B", st.HeadSize)
	cells := make([][]string, len(t.Cols))
	lines := 1
	for i, c := range t.Cols {
		if st.Wrap {
			cells[i] = f.Wrap(c.Title, c.W-2*st.Pad)
		} else {
			cells[i] = []string{c.Title}
		}
		lines = max(lines, len(cells[i]))
	}
	h := float64(lines)*st.HeadLine + st.HeadPad
	if st.Band {
		f.Fill(st.HeadFill)
		f.Rect(Left, f.Y, ContentWidth, h, "F")
	}
	f.Ink(st.HeadInk)
	for i, c := range t.Cols {
		x, w := t.X[i]+st.Pad, c.W-2*st.Pad
		if st.Wrap {
			y := f.Y + (h-float64(len(cells[i]))*st.HeadLine)/2
			f.Lines(x, y, w, st.HeadLine, cells[i], c.Align)
			continue
		}
		t.fit(x, f.Y, w, h, c.Title, c.Align, "B", st.HeadSize, true)
	}
	f.Y += h
	if st.Rule {
		f.Y += 0.5
		f.Rule(Left, Right, f.Y, palette.Rule, 0.2)
		f.Y += st.RuleGap
	}
	if again {
		t.n = 0
	}
}

// fit draws s on one line in the box in the font (style, size), a point
// smaller when shrink and that makes it fit, else shortened with "…".
func (t *Table) fit(x, y, w, h float64, s, align, style string, size float64, shrink bool) {
	f := t.f
	f.Font(style, size)
	if shrink && f.Width(s) > w {
		f.Font(style, size-1)
	}
	f.Text(x, y, w, h, f.Ellipsize(s, w), align)
}

// Row makes room for a row of height h — on a new page, under the
// header, if it does not fit — shades it if it is one of every other,
// and returns the y to draw it at.
func (t *Table) Row(h float64) float64 {
	f := t.f
	f.Need(h)
	if t.Style.Zebra && t.n%2 == 1 {
		f.Fill(palette.Zebra)
		f.Rect(Left, f.Y, ContentWidth, h, "F")
	}
	t.n++
	return f.Y
}

// Done moves below a row of height h.
func (t *Table) Done(h float64) { t.f.Y += h }

// End ends the table (with a rule when its style closes it): its header
// no longer repeats.
func (t *Table) End() {
	f := t.f
	if t.Style.Close {
		f.Rule(Left, Right, f.Y, palette.Rule, 0.2)
		f.Y += 2
	}
	if f.table == t {
		f.table = nil
	}
}

// inner is column i's room for text: its left edge and width inside the
// padding.
func (t *Table) inner(i int) (x, w float64) {
	return t.X[i] + t.Style.Pad, t.Cols[i].W - 2*t.Style.Pad
}

// Cell draws s in column i of the row at y of height h, on one line in
// the table's size, shortened to fit.
func (t *Table) Cell(i int, y, h float64, s, style string, ink palette.Color) {
	t.f.Ink(ink)
	x, w := t.inner(i)
	t.fit(x, y, w, h, s, t.Cols[i].Align, style, t.Size, t.Style.Shrink)
}

// Lines draws lines, lh apart, in column i from the top of the row at y
// (centred on the first line of a one-line row).
func (t *Table) Lines(i int, y, lh float64, lines []string, style string, ink palette.Color) {
	f := t.f
	f.Font(style, t.Size)
	f.Ink(ink)
	x, w := t.inner(i)
	f.Lines(x, y+(t.Style.RowH-lh)/2, w, lh, lines, t.Cols[i].Align)
}

// Wrap breaks s to column i's width in the table's size, at most n lines
// (the last shortened).
func (t *Table) Wrap(i int, s, style string, n int) []string {
	f := t.f
	f.Font(style, t.Size)
	_, w := t.inner(i)
	l := f.Wrap(s, w)
	if len(l) > n {
		l = append(l[:n-1], f.Ellipsize(strings.Join(l[n-1:], " "), w))
	}
	return l
}

// Swatch draws a colour square and a label in column i.
func (t *Table) Swatch(i int, y, h float64, c palette.Color, label, style string) {
	f := t.f
	x, w := t.inner(i)
	f.Fill(c)
	f.Rect(x, y+h/2-1.5, 3, 3, "F")
	f.Font(style, t.Size)
	f.Ink(palette.Text)
	w -= 4.2
	f.Text(x+4.2, y, w, h, f.Ellipsize(label, w), "L")
}
