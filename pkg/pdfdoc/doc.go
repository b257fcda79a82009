// Package pdfdoc holds what kepatuhan's PDF outputs (report cards, the
// annual report, the comparison of two runs) share: the embedded fonts,
// prepared once per run; a document constructor that makes output
// reproducible (fixed dates, sorted catalogue); Clean, which keeps text the
// fonts cannot draw from reaching the PDF library; text wrapping; a footer
// with "page x of y"; and the layer every document is laid out with: a
// Flow over pages (breaks that keep the text style, a running head,
// headings that never stand alone at a page bottom, paragraphs, bullets)
// and its Tables, whose header repeats on every page (flow.go, table.go).
// Numbers and dates are formatted by package locale, colours come from
// package palette.
//
// Documents are built with codeberg.org/go-pdf/fpdf. A Doc embeds the
// *fpdf.Fpdf, so every drawing method is at hand; text goes through the
// Doc's own methods (Cell, MultiCell, Width, Wrap, Str), which clean and
// encode it for the fonts in use.
//
// Speed: fpdf re-parses and re-subsets a UTF-8 TrueType font for every
// document, which costs several milliseconds per card. A Doc therefore
// starts with 8-bit fonts prepared at build time (DejaVu Sans with the
// encoding in fonts/kepatuhan.map: Windows-1252 plus ✓ ✗ ≥ ≤ − and
// U+FFFD in its unused slots, and → ← ↑ ↓ ↔ Σ Δ ≈ ≠ in those of nine rare
// marks), which cost almost nothing to add. Text outside that encoding
// is drawn as U+FFFD and Lost reports it; the caller then builds the
// document again with Options.Unicode, whose fonts draw everything Clean
// lets through (Render does both, and stops the first attempt at the
// first such text). See fonts/mkfonts.sh for how the fonts are made.
//
// A long document (the national annual report: 2,381 pages) costs what
// it writes: with the 8-bit fonts, text is measured with the fonts'
// widths and written by Lines itself, a font or colour is written only
// when text is drawn in one other than the page's, and Bytes puts the
// page count in and compresses the pages in one pass (deflate.go).
package pdfdoc

import (
	"bytes"
	"errors"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
)

// Page geometry of every document, in millimetres (A4 portrait).
const (
	PageWidth    = 210.0
	PageHeight   = 297.0
	MarginLeft   = 15.0
	MarginRight  = 15.0
	MarginTop    = 12.0
	ContentWidth = PageWidth - MarginLeft - MarginRight
)

// Options says how a document is built.
type Options struct {
	// Unicode embeds the Unicode fonts, which draw every rune Clean lets
	// through, instead of the fast 8-bit ones.
	Unicode bool
	// Uncompressed leaves page content uncompressed: larger files,
	// slightly faster.
	Uncompressed bool
	Title        string // document title (metadata)
	Creator      string // the tool, e.g. "kepatuhan 0.1.0" (metadata)
}

// Doc is an A4 document being built.
type Doc struct {
	*fpdf.Fpdf
	Lang    msg.Lang
	unicode bool
	deflate bool // compress the pages in Bytes (deflate.go)
	// fpdfOnly: Bytes returns what fpdf writes, as it writes it (a test
	// compares it with pdfdoc's finishing).
	fpdfOnly bool
	lost     bool
	stop     bool // panic with lostText when text is lost (Render)
	footer   []string

	// The font and text colour selected. With the 8-bit fonts the font
	// is selected in fpdf (which writes it to the page) only when text is
	// drawn in it (syncFont), and text is measured with the fonts'
	// widths: measuring in another font, or selecting one and then
	// another before drawing, writes nothing.
	bold  bool
	size  float64
	ink   palette.Color
	inkOK bool
	// The fill colour selected (fpdf's is the ink while text in the
	// 8-bit fonts is drawn: useFill selects it again to fill), and the
	// line colour last selected, to skip fpdf calls that would change
	// nothing (each writes to the page).
	fill, stroke palette.Color
	fillOK, strk bool
	raw          []byte // scratch for Lines
}

// New starts an A4 portrait document in millimetres for lang: margins set,
// cells without inner margin (text starts exactly at a cell's x), fonts (family Family, styles "" and "B") added, catalogue sorted and
// dates fixed to stamp.Time() so that the same content gives the same
// bytes, "{nb}" standing for the page count.
func New(lang msg.Lang, o Options) *Doc {
	f := fpdf.New("P", "mm", "A4", "")
	d := &Doc{Fpdf: f, Lang: lang, unicode: o.Unicode, deflate: !o.Uncompressed}
	f.SetMargins(MarginLeft, MarginTop, MarginRight)
	f.SetCellMargin(0) // text starts exactly where a cell does
	f.SetAutoPageBreak(true, 15)
	f.SetCompression(false) // Bytes compresses the pages, faster (deflate.go)
	f.SetCatalogSort(true)
	t, _ := stamp.Time()
	f.SetCreationDate(t)
	f.SetModificationDate(t)
	// "{nb}" stands for the page count: Bytes replaces it, in one pass
	// over the pages with their compression (fpdf's AliasNbPages copies
	// every page twice).
	if lang == msg.EN {
		f.SetLang("en")
	} else {
		f.SetLang("id")
	}
	if o.Title != "" {
		f.SetTitle(CleanLine(o.Title), true)
	}
	if o.Creator != "" {
		f.SetCreator(CleanLine(o.Creator), true)
	}
	if o.Unicode {
		// fpdf writes into the slice it is given (table padding while
		// checksumming): each document gets its own copy.
		f.AddUTF8FontFromBytes(Family, "", bytes.Clone(uniRegular))
		f.AddUTF8FontFromBytes(Family, "B", bytes.Clone(uniBold))
	} else {
		f.AddFontFromBytes(Family, "", defRegular, zRegular)
		f.AddFontFromBytes(Family, "B", defBold, zBold)
	}
	d.bold = true // so that the first Font call selects
	d.Font("", 10)
	d.syncFont()
	d.Ink(palette.Black)
	return d
}

// lostText is what a Doc Render draws panics with when the 8-bit fonts
// cannot draw some text.
type lostText struct{}

// Render builds a document with draw: with the fast 8-bit fonts, and
// again with the Unicode fonts if some text needs them — the 8-bit
// attempt stops at the first such text, not at the end of the document.
// o.Unicode starts with the Unicode fonts.
//
// Once drawn, the document is finished without draw: what draw used (a
// national report's 25,000 units) is no longer reachable from here, and
// may be collected while fpdf writes the pages out, its largest buffers.
func Render(lang msg.Lang, o Options, draw func(*Doc)) ([]byte, error) {
	d, lost := drawn(lang, o, draw)
	if lost {
		o.Unicode = true
		d, _ = drawn(lang, o, draw)
	}
	return d.Bytes()
}

// drawn is a document drawn by draw; lost when the 8-bit fonts could not
// draw some text (the document is then not drawn to the end).
func drawn(lang msg.Lang, o Options, draw func(*Doc)) (d *Doc, lost bool) {
	d = New(lang, o)
	d.stop = !o.Unicode
	defer func() {
		if p := recover(); p != nil {
			if _, ok := p.(lostText); !ok {
				panic(p)
			}
			lost = true
		}
	}()
	draw(d)
	return d, false
}

const nbAlias = "{nb}"

// Unicode reports whether the document uses the Unicode fonts.
func (d *Doc) Unicode() bool { return d.unicode }

// Lost reports whether some text could not be drawn with the 8-bit fonts
// and was drawn as U+FFFD instead; build the document again with
// Options.Unicode to draw it.
func (d *Doc) Lost() bool { return d.lost }

// Font selects the style ("" or "B") and size in points.
func (d *Doc) Font(style string, size float64) {
	bold := style == "B"
	if bold == d.bold && size == d.size {
		return
	}
	d.bold, d.size = bold, size
	if d.unicode {
		d.SetFont(Family, style, size) // fpdf measures the text
	}
}

// syncFont selects the font in fpdf, before text is drawn.
func (d *Doc) syncFont() {
	pt, _ := d.GetFontSize()
	if pt == d.size && (d.GetFontStyle() == "B") == d.bold && d.GetFontFamily() == Family {
		return
	}
	style := ""
	if d.bold {
		style = "B"
	}
	d.SetFont(Family, style, d.size)
}

// measure is the width of encoded text in the selected font, in mm: what
// fpdf's GetStringWidth gives once the font is selected in fpdf.
func (d *Doc) measure(e string) float64 {
	if d.unicode {
		return d.GetStringWidth(e)
	}
	cw := &Fonts().cw[0]
	if d.bold {
		cw = &Fonts().cw[1]
	}
	w := 0
	for i := 0; i < len(e); i++ {
		if e[i] == 0 {
			break
		}
		w += cw[e[i]]
	}
	return float64(w) * (d.size / (72.0 / 25.4)) / 1000
}

// Str cleans s for one line and encodes it for the fonts in use: pass the
// result to fpdf's own text methods.
func (d *Doc) Str(s string) string { return d.encode(CleanLine(s)) }

// encode turns cleaned text into what fpdf draws with the current fonts.
func (d *Doc) encode(s string) string {
	if d.unicode || isPlain(s) {
		return s
	}
	fs := Fonts()
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r == '\n' {
			b = append(b, '\n')
			continue
		}
		c, ok := fs.Encode8(r)
		if !ok {
			if d.stop {
				panic(lostText{})
			}
			d.lost = true
			c, _ = fs.Encode8(Replacement)
		}
		b = append(b, c)
	}
	return string(b)
}

// Text draws s on one line in the box (x, y, w, h), aligned "L", "C" or
// "R" and centred vertically, like fpdf's CellFormat without border or
// fill. With the 8-bit fonts it writes the text operators itself, which
// costs a fraction of CellFormat (a card draws hundreds of lines).
func (d *Doc) Text(x, y, w, h float64, s, align string) {
	d.Lines(x, y, w, h, []string{s}, align)
}

// Lines draws lines one below the other from (x, y), each in a box of
// width w and height lh, as Text does.
func (d *Doc) Lines(x, y, w, lh float64, lines []string, align string) {
	if d.unicode {
		// fpdf must see the text to keep its glyphs in the font subset.
		for i, l := range lines {
			d.SetXY(x, y+float64(i)*lh)
			d.CellFormat(w, lh, d.Str(l), "", 0, align, false, 0, "")
		}
		return
	}
	const k = 72 / 25.4 // points per mm
	size := d.size / k
	// The text is drawn in the fill colour: select the ink as the fill
	// colour (fpdf writes it, and knows it for what it draws next),
	// unless it already is — the text of a row in one colour then
	// selects it once.
	d.syncFont()
	if d.inkOK {
		if r, g, bl := d.GetFillColor(); r != d.ink.R || g != d.ink.G || bl != d.ink.B {
			d.SetFillColor(d.ink.R, d.ink.G, d.ink.B)
		}
	}
	b := d.raw[:0]
	b = append(b, "BT"...)
	for i, l := range lines {
		e := d.Str(l)
		if e == "" {
			continue
		}
		dx := 0.0
		switch align {
		case "R":
			dx = w - d.measure(e)
		case "C":
			dx = (w - d.measure(e)) / 2
		}
		ty := y + float64(i)*lh + 0.5*lh + 0.3*size
		b = append(b, " 1 0 0 1 "...)
		b = strconv.AppendFloat(b, (x+dx)*k, 'f', 2, 64)
		b = append(b, ' ')
		b = strconv.AppendFloat(b, (PageHeight-ty)*k, 'f', 2, 64)
		b = append(b, " Tm ("...)
		for j := 0; j < len(e); j++ {
			switch c := e[j]; c {
			case '(', ')', '\\':
				b = append(b, '\\', c)
			default:
				b = append(b, c)
			}
		}
		b = append(b, ")Tj"...)
	}
	b = append(b, " ET"...)
	d.raw = b
	d.RawWriteStr(string(b))
}

// Cell draws s on one line (fpdf's CellFormat).
func (d *Doc) Cell(w, h float64, s, border string, ln int, align string, fill bool) {
	d.syncFont()
	if fill {
		d.useFill()
	}
	d.CellFormat(w, h, d.Str(s), border, ln, align, fill, 0, "")
}

// MultiCell draws s wrapped to width w (fpdf's MultiCell); "\n" breaks
// lines.
func (d *Doc) MultiCell(w, h float64, s, border, align string, fill bool) {
	d.syncFont()
	if fill {
		d.useFill()
	}
	d.Fpdf.MultiCell(w, h, d.encode(Clean(s)), border, align, fill)
}

// Width is the width of s on one line in the current font, in mm.
func (d *Doc) Width(s string) float64 { return d.measure(d.Str(s)) }

// width measures cleaned text.
func (d *Doc) width(s string) float64 { return d.measure(d.encode(s)) }

// Wrap cleans s and breaks it into lines no wider than w in the current
// font: at spaces, at "\n", and inside a word too long for a line. An
// empty s gives one empty line.
func (d *Doc) Wrap(s string, w float64) []string {
	s = Clean(s)
	space := d.width(" ")
	var lines []string
	var line []byte
	for para := range strings.SplitSeq(s, "\n") {
		line = line[:0]
		lw := 0.0
		for word := range strings.SplitSeq(para, " ") {
			if word == "" {
				continue
			}
			ww := d.width(word)
			if len(line) > 0 && lw+space+ww <= w {
				line = append(append(line, ' '), word...)
				lw += space + ww
				continue
			}
			if len(line) > 0 {
				lines = append(lines, string(line))
				line = line[:0]
			}
			for ww > w && len(word) > 0 {
				cut := d.fit(word, w)
				lines = append(lines, word[:cut])
				word = word[cut:]
				ww = d.width(word)
			}
			line = append(line, word...)
			lw = ww
		}
		lines = append(lines, string(line))
	}
	return lines
}

// fit returns the length in bytes of the longest prefix of word (at least
// one rune) no wider than w.
func (d *Doc) fit(word string, w float64) int {
	total := 0.0
	for i, r := range word {
		total += d.width(string(r))
		if total > w {
			if i == 0 {
				return len(string(r))
			}
			return i
		}
	}
	return len(word)
}

// Ellipsize shortens s (one line) with "…" so that it fits width w.
func (d *Doc) Ellipsize(s string, w float64) string {
	s = CleanLine(s)
	if d.width(s) <= w {
		return s
	}
	limit := w - d.width("…")
	total := 0.0
	for i, r := range s {
		total += d.width(string(r))
		if total > limit {
			return strings.TrimRight(s[:i], " ") + "…"
		}
	}
	return s
}

// SetFooter draws lines (wrapped to the page width, left) and "page x of
// y" (right) at the bottom of every page, above a thin rule, and keeps
// the body clear of them. Call it before the first page.
func (d *Doc) SetFooter(lines []string) {
	d.Font("", footerSize)
	d.footer = nil
	for _, l := range lines {
		d.footer = append(d.footer, d.Wrap(l, ContentWidth-footerPageWidth)...)
	}
	d.SetAutoPageBreak(true, d.FooterHeight()+4)
	d.SetFooterFunc(d.drawFooter)
}

const (
	footerSize      = 7.0  // points
	footerLine      = 3.2  // mm
	footerPageWidth = 28.0 // mm kept for "page x of y"
)

// FooterHeight is the height the footer takes at the bottom of a page.
func (d *Doc) FooterHeight() float64 { return 6 + footerLine*float64(max(1, len(d.footer))) }

func (d *Doc) drawFooter() {
	saved := d.TextStyle()
	top := PageHeight - d.FooterHeight()
	d.Stroke(palette.FooterRule)
	d.SetLineWidth(0.2)
	d.Line(MarginLeft, top, PageWidth-MarginRight, top)
	d.Ink(palette.Footer)
	d.Font("", footerSize)
	d.syncFont()
	y := top + 1.5
	for _, l := range d.footer {
		d.SetXY(MarginLeft, y)
		d.CellFormat(ContentWidth-footerPageWidth, footerLine, d.encode(l), "", 0, "L", false, 0, "")
		y += footerLine
	}
	// "{nb}" is replaced only when the document is closed, so right
	// alignment would measure the alias: place the text by the width of a
	// two-digit total instead.
	page := msg.T(d.Lang, msg.CardPageOf, d.PageNo(), nbAlias)
	wide := msg.T(d.Lang, msg.CardPageOf, d.PageNo(), "00")
	d.SetXY(PageWidth-MarginRight-d.width(wide), top+1.5)
	d.CellFormat(d.width(wide), footerLine, d.encode(page), "", 0, "L", false, 0, "")
	// fpdf restores its own state after the footer; keep ours in step.
	d.SetTextStyle(saved)
}

// TextStyle is the selected font style, size and text colour.
type TextStyle struct {
	bold  bool
	size  float64
	ink   palette.Color
	inkOK bool
}

// TextStyle returns the selected font and text colour, to restore them
// later with SetTextStyle (e.g. after drawing a new page's head).
func (d *Doc) TextStyle() TextStyle { return TextStyle{d.bold, d.size, d.ink, d.inkOK} }

// SetTextStyle selects a font and text colour TextStyle returned.
func (d *Doc) SetTextStyle(s TextStyle) {
	st := ""
	if s.bold {
		st = "B"
	}
	d.Font(st, s.size)
	if s.inkOK {
		d.Ink(s.ink)
	}
}

// Fill sets the fill colour. Set colours through Fill, Ink and Stroke
// (not fpdf's own methods), which skip changes to the colour in use.
// (Text in the 8-bit fonts is drawn in the fill colour too: the fill
// colour in use is fpdf's, which Lines sets.)
func (d *Doc) Fill(c palette.Color) {
	d.fill, d.fillOK = c, true
	d.useFill()
}

// useFill selects the fill colour in fpdf, before a shape is filled.
func (d *Doc) useFill() {
	if !d.fillOK {
		return
	}
	if r, g, b := d.GetFillColor(); r == d.fill.R && g == d.fill.G && b == d.fill.B {
		return
	}
	d.SetFillColor(d.fill.R, d.fill.G, d.fill.B)
}

// filled reports whether a drawing style ("F", "DF", "FD", "D") fills.
func filled(style string) bool { return strings.ContainsAny(style, "Ff") }

// Rect is fpdf's Rect, filled in the colour Fill selected.
func (d *Doc) Rect(x, y, w, h float64, style string) {
	if filled(style) {
		d.useFill()
	}
	d.Fpdf.Rect(x, y, w, h, style)
}

// RoundedRect is fpdf's RoundedRect, filled in the colour Fill selected.
func (d *Doc) RoundedRect(x, y, w, h, r float64, corners, style string) {
	if filled(style) {
		d.useFill()
	}
	d.Fpdf.RoundedRect(x, y, w, h, r, corners, style)
}

// Circle is fpdf's Circle, filled in the colour Fill selected.
func (d *Doc) Circle(x, y, r float64, style string) {
	if filled(style) {
		d.useFill()
	}
	d.Fpdf.Circle(x, y, r, style)
}

// Polygon is fpdf's Polygon, filled in the colour Fill selected.
func (d *Doc) Polygon(points []fpdf.PointType, style string) {
	if filled(style) {
		d.useFill()
	}
	d.Fpdf.Polygon(points, style)
}

// Ink sets the text colour.
func (d *Doc) Ink(c palette.Color) {
	if d.inkOK && c == d.ink {
		return
	}
	d.ink, d.inkOK = c, true
	d.SetTextColor(c.R, c.G, c.B)
}

// Stroke sets the line colour.
func (d *Doc) Stroke(c palette.Color) {
	if d.strk && c == d.stroke {
		return
	}
	d.stroke, d.strk = c, true
	d.SetDrawColor(c.R, c.G, c.B)
}

// Rule draws a horizontal line from x0 to x1 at y, of colour c and
// width w (mm).
func (d *Doc) Rule(x0, x1, y float64, c palette.Color, w float64) {
	d.Stroke(c)
	d.SetLineWidth(w)
	d.Line(x0, y, x1, y)
}

// Bytes closes the document and returns it.
func (d *Doc) Bytes() ([]byte, error) {
	if d.fpdfOnly {
		var out sink
		err := d.Output(&out)
		return out, err
	}
	n := d.PageNo()
	if n == 0 {
		n = 1 // fpdf adds a page to an empty document
	}
	// fpdf writes the document in one call: its pages are finished
	// (the page count put in, compressed) from fpdf's buffer, without a
	// copy of the whole.
	z := finishSink{nb: strconv.Itoa(n), compress: d.deflate}
	presize(d.Fpdf)
	if err := d.Output(&z); err != nil {
		return nil, err
	}
	if z.err != nil {
		return nil, z.err
	}
	return z.out, nil
}

// sink collects what is written to it.
type sink []byte

func (s *sink) Write(p []byte) (int, error) {
	*s = append(*s, p...)
	return len(p), nil
}

// finishSink takes a document in one write and keeps it finished
// (finish).
type finishSink struct {
	nb       string
	compress bool
	out      []byte
	writes   int
	err      error
}

func (s *finishSink) Write(p []byte) (int, error) {
	if s.writes++; s.writes > 1 {
		s.err = errors.New("pdfdoc: fpdf wrote the document in parts")
		return 0, s.err
	}
	z, ok := finish(p, s.nb, s.compress)
	if !ok {
		s.err = errors.New("pdfdoc: fpdf wrote a document pdfdoc cannot finish")
		return 0, s.err
	}
	s.out = z
	return len(p), nil
}
