package diff

import (
	"io"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// PDF writes the report as an A4 document with the same content as the
// table: the two runs, the comparability block, the counts, the zone
// transition matrix, the region's change, the units (regressions first,
// tinted by status, zones in their colours) and the indicators that
// changed status. Every page's footer names both rubrics (id, version,
// hash), the input files with their SHA-256, the tool and "page x of y".
// The same report gives the same bytes.
type PDF struct{}

// Layout, in millimetres.
const (
	pLeft  = pdfdoc.MarginLeft
	pWidth = pdfdoc.ContentWidth
	pRight = pLeft + pWidth
	rowH   = 5.0 // a table row

	// maxUnitsPDF bounds the unit codes listed per indicator (the
	// workbook and the JSON list them all).
	maxUnitsPDF = 15
)

type pdfDoc struct {
	d      *pdfdoc.Doc
	r      *Report
	w      words
	y      float64
	bottom float64
	// header redraws a table's header on a new page; nil outside tables.
	header func()
}

// Write implements Format.
func (PDF) Write(w io.Writer, r *Report, o RenderOptions) error {
	// The report needs arrows (→ ↓ ↑), which only the Unicode fonts draw.
	d := pdfdoc.New(o.Lang, pdfdoc.Options{Unicode: true, Title: msg.T(o.Lang, msg.DiffTitle), Creator: r.Tool})
	p := &pdfDoc{d: d, r: r, w: words{lang: o.Lang, dec: r.Decimals}}
	p.draw()
	b, err := d.Bytes()
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

func (p *pdfDoc) draw() {
	p.d.SetFooter(p.footer())
	p.bottom = pdfdoc.PageHeight - p.d.FooterHeight() - 3
	// Pages break where need says, before a row, never inside one: fpdf's
	// own break (which SetFooter arms a little above bottom) would move
	// half a row to a page of its own.
	p.d.SetAutoPageBreak(false, 0)
	p.newPage()
	p.title()
	p.notes()
	p.counts()
	p.matrix()
	p.units()
	p.indicators()
}

// footer: both rubrics with their hashes and files, and the tool.
func (p *pdfDoc) footer() []string {
	side := func(label msg.Key, s Side) string {
		var files []string
		for _, in := range s.Inputs {
			files = append(files, in.Name+" (SHA-256 "+ShortHash(in.SHA256)+"…)")
		}
		return p.w.t(msg.DiffFooterSide, p.w.t(label), s.Rubric.Ref(), s.Rubric.Version, s.Rubric.Hash(), strings.Join(files, ", "))
	}
	return []string{side(msg.DiffOld, p.r.Old), side(msg.DiffNew, p.r.New), p.w.t(msg.DiffFooterTool, p.r.Tool+" · "+Schema)}
}

func (p *pdfDoc) newPage() {
	p.d.AddPage()
	p.y = pdfdoc.MarginTop
}

// need starts a new page unless h more millimetres fit on this one,
// redrawing the current table's header there.
func (p *pdfDoc) need(h float64) {
	if p.y+h <= p.bottom {
		return
	}
	p.newPage()
	if p.header != nil {
		p.header()
	}
}

func (p *pdfDoc) heading(s string) {
	p.header = nil
	p.need(14)
	p.y += 4
	d := p.d
	d.Font("B", 11)
	d.Ink(palette.Text)
	d.Text(pLeft, p.y, pWidth, 6, s, "L")
	p.y += 7
}

func (p *pdfDoc) title() {
	d, r := p.d, p.r
	d.Font("B", 8.5)
	d.Ink(palette.Accent)
	d.Text(pLeft, p.y, pWidth, 4, "kepatuhan diff", "L")
	p.y += 5
	d.Font("B", 16)
	d.Ink(palette.Text)
	d.Text(pLeft, p.y, pWidth, 8, p.w.t(msg.DiffTitle), "L")
	p.y += 9
	d.Font("", 9)
	for _, s := range []struct {
		label msg.Key
		side  Side
	}{{msg.DiffOld, r.Old}, {msg.DiffNew, r.New}} {
		d.Font("B", 9)
		d.Ink(palette.Text)
		label := p.w.t(s.label)
		d.Text(pLeft, p.y, 14, 4.5, label, "L")
		d.Font("", 9)
		text := s.side.Rubric.Ref() + " " + s.side.Rubric.Version + " — " + s.side.Rubric.Title.In(string(p.w.lang))
		d.Text(pLeft+14, p.y, pWidth-14, 4.5, d.Ellipsize(text, pWidth-16), "L")
		p.y += 4.5
		d.Font("", 7.5)
		d.Ink(palette.Muted)
		line := strings.TrimPrefix(p.w.sideLine(s.label, s.side), label+": ")
		d.Text(pLeft+14, p.y, pWidth-14, 3.8, d.Ellipsize(line, pWidth-16), "L")
		p.y += 5
	}
}

var (
	levelColor = map[Level]palette.Color{OK: palette.Met, Caution: palette.Partial, Not: palette.NotMet}
)

// fit draws s on one line in the box in the font (style, size), or a
// point smaller when that makes it fit, else shortened with "…".
func (p *pdfDoc) fit(x, y, w, h float64, s, align, style string, size float64) {
	d := p.d
	d.Font(style, size)
	if d.Width(s) > w {
		d.Font(style, size-1)
	}
	d.Text(x, y, w, h, d.Ellipsize(s, w), align)
}

// notes: the comparability block, in a panel with a coloured edge when
// something is not fully comparable.
func (p *pdfDoc) notes() {
	d := p.d
	p.y += 2
	const pad, lh, markW = 3.0, 4.0, 6.0
	textW := pWidth - 2*pad - markW
	d.Font("", 8.5)
	var lines [][]string
	h := pad + 6
	worst := OK
	for _, n := range p.r.Comparability.Notes {
		l := d.Wrap(n.Text(p.w.lang), textW)
		lines = append(lines, l)
		h += lh*float64(len(l)) + 1
		worst = max(worst, n.Level)
	}
	h += pad - 1
	p.need(h)
	d.Fill(palette.Panel)
	d.Rect(pLeft, p.y, pWidth, h, "F")
	d.Fill(levelColor[worst])
	d.Rect(pLeft, p.y, 1.2, h, "F")
	y := p.y + pad
	d.Font("B", 9.5)
	d.Ink(palette.Text)
	d.Text(pLeft+pad, y, textW, 5, p.w.t(msg.DiffComparability), "L")
	y += 6
	for i, n := range p.r.Comparability.Notes {
		d.Font("B", 9)
		d.Ink(levelColor[n.Level])
		d.Text(pLeft+pad, y, markW, lh, n.Level.Mark(), "L")
		d.Font("", 8.5)
		d.Ink(palette.Text)
		d.Lines(pLeft+pad+markW, y, textW, lh, lines[i], "L")
		y += lh*float64(len(lines[i])) + 1
	}
	p.y += h + 3
}

// counts: one tile per status, then the flags' legend and the region.
func (p *pdfDoc) counts() {
	d, r := p.d, p.r
	p.need(20)
	tile := pWidth / 6
	for i, s := range Statuses() {
		x := pLeft + float64(i)*tile
		bg := palette.Panel
		ink := palette.Text
		switch s {
		case Regressed:
			bg, ink = palette.Attention.Tint(0.85), palette.Attention
		case Improved:
			bg, ink = palette.Met.Tint(0.85), palette.Met
		}
		d.Fill(bg)
		d.Rect(x+0.6, p.y, tile-1.2, 15, "F")
		d.Font("B", 15)
		d.Ink(ink)
		d.Text(x, p.y+1.5, tile, 7, strconv.Itoa(r.Count(s)), "C")
		d.Font("", 7.5)
		d.Ink(palette.Text)
		d.Text(x, p.y+9, tile, 4, d.Ellipsize(p.w.status(s), tile-2), "C")
	}
	p.y += 18
	d.Font("B", 9)
	d.Ink(palette.Text)
	region := d.Wrap(p.w.regionLine(r), pWidth)
	d.Lines(pLeft, p.y, pWidth, 4.5, region, "L")
	p.y += 4.5*float64(len(region)) + 1.5
	d.Font("", 7.5)
	d.Ink(palette.Muted)
	for _, l := range p.w.legends(r) {
		lines := d.Wrap(l, pWidth)
		p.need(3.6 * float64(len(lines)))
		d.Lines(pLeft, p.y, pWidth, 3.6, lines, "L")
		p.y += 3.6 * float64(len(lines))
	}
}

// zoneColor is the colour of zone z in the NEW rubric (OLD when NEW has
// no zones).
func (p *pdfDoc) zoneColor(z rubric.Zone) palette.Color {
	r := p.r.New.Rubric
	if !hasZones(r) {
		r = p.r.Old.Rubric
	}
	return palette.Zone(r, z)
}

// matrix: the zone transition matrix, zones in their colours.
func (p *pdfDoc) matrix() {
	rows, cols := p.r.matrixCats()
	if len(rows) == 0 || len(cols) == 0 {
		return
	}
	p.heading(p.w.t(msg.DiffMatrixTitle))
	d := p.d
	const first, h = 36.0, 6.0
	cw := min(28, (pWidth-first)/float64(len(cols)))
	p.need(h * float64(len(rows)+1))
	catCell := func(x, y, w float64, c Category, align string) {
		switch c {
		case CatHijau, CatKuning, CatMerah:
			col := p.zoneColor(rubric.Zone(c.String()))
			d.Fill(col)
			d.Rect(x, y, w, h, "F")
			d.Ink(col.Contrast())
		default:
			d.Fill(palette.Panel)
			d.Rect(x, y, w, h, "F")
			d.Ink(palette.Text)
		}
		d.Font("B", 8)
		d.Text(x+1.5, y, w-3, h, p.w.category(c), align)
	}
	d.Font("", 7.5)
	d.Ink(palette.Muted)
	d.Text(pLeft, p.y, first-2, h, p.w.t(msg.DiffMatrixOldNew), "L")
	for j, c := range cols {
		catCell(pLeft+first+float64(j)*cw, p.y, cw-0.6, c, "C")
	}
	p.y += h + 0.6
	d.Stroke(palette.Rule)
	d.SetLineWidth(0.2)
	for _, rc := range rows {
		catCell(pLeft, p.y, first-0.6, rc, "L")
		for j, cc := range cols {
			x := pLeft + first + float64(j)*cw
			n := p.r.Matrix[rc][cc]
			d.Rect(x, p.y, cw-0.6, h, "D")
			if n == 0 {
				d.Font("", 8.5)
				d.Ink(palette.Neutral)
				d.Text(x, p.y, cw-0.6, h, "·", "C")
				continue
			}
			d.Font("B", 9)
			d.Ink(palette.Text)
			d.Text(x, p.y, cw-0.6, h, strconv.Itoa(n), "C")
		}
		p.y += h + 0.6
	}
}

// units: one row per unit, regressions first.
func (p *pdfDoc) units() {
	p.heading(p.w.t(msg.DiffUnitsTitle))
	d, r, w := p.d, p.r, p.w
	if len(r.Units) == 0 {
		d.Font("", 8.5)
		d.Text(pLeft, p.y, pWidth, 5, w.t(msg.DiffNoUnits), "L")
		p.y += 6
		return
	}
	cols := []struct {
		key   msg.Key
		width float64
		align string
	}{
		{msg.DiffColStatus, 22, "L"}, {msg.DiffColCode, 18, "L"}, {msg.DiffColName, 32, "L"}, {msg.DiffColOld, 21, "R"},
		{msg.DiffColNew, 21, "R"}, {msg.DiffColDelta, 14, "R"}, {msg.DiffColZone, 25, "C"}, {msg.DiffColIndicators, 11, "C"},
		{msg.DiffColFlags, 16, "L"},
	}
	tableHeader := func() {
		d.Fill(palette.HeadDark)
		d.Rect(pLeft, p.y, pWidth, rowH+0.5, "F")
		d.Font("B", 7)
		d.Ink(palette.White)
		x := pLeft
		for _, c := range cols {
			label := w.t(c.key)
			if c.key == msg.DiffColIndicators {
				label = "↓↑" // the column is narrow; the arrows say it
			}
			p.fit(x+1, p.y, c.width-2, rowH+0.5, label, c.align, "B", 7)
			x += c.width
		}
		p.y += rowH + 0.5
	}
	p.need(2 * rowH)
	tableHeader()
	p.header = tableHeader
	for i := range r.Units {
		u := &r.Units[i]
		flags := d.Wrap(w.flags(u.Flags), cols[8].width-2)
		h := rowH
		if len(u.Flags) > 0 {
			d.Font("", 6.5)
			flags = d.Wrap(w.flags(u.Flags), cols[8].width-2)
			h = max(rowH, 3*float64(len(flags))+1.5)
		}
		p.need(h)
		switch u.Status {
		case Regressed:
			d.Fill(palette.Attention.Tint(0.9))
			d.Rect(pLeft, p.y, pWidth, h, "F")
		case Improved:
			d.Fill(palette.Met.Tint(0.9))
			d.Rect(pLeft, p.y, pWidth, h, "F")
		}
		cells := []string{w.status(u.Status), u.Code, u.Name, w.score(u.Old, r.Old.Rubric.Scale.Decimals),
			w.score(u.New, r.New.Rubric.Scale.Decimals), w.delta(u.Delta), "", flipCounts(u), ""}
		x := pLeft
		for j, c := range cols {
			style := ""
			switch j {
			case 0:
				style = "B"
				d.Ink(palette.Text)
				switch u.Status {
				case Regressed:
					d.Ink(palette.Attention)
				case Improved:
					d.Ink(palette.Met)
				}
			case 5:
				style = "B"
				d.Ink(palette.Text)
			case 6:
				p.zones(x, h, c.width, u)
				x += c.width
				continue
			case 8:
				d.Font("", 6.5)
				d.Ink(palette.Attention)
				d.Lines(x+1, p.y+0.75, c.width-2, 3, flags, "L")
				x += c.width
				continue
			default:
				d.Ink(palette.Text)
			}
			p.fit(x+1, p.y, c.width-2, h, cells[j], c.align, style, 7.5)
			x += c.width
		}
		d.Stroke(palette.Rule)
		d.SetLineWidth(0.1)
		d.Line(pLeft, p.y+h, pRight, p.y+h)
		p.y += h
	}
	p.header = nil
}

// zones draws a unit's zone change as coloured chips: "hijau → kuning".
func (p *pdfDoc) zones(x, h, width float64, u *UnitDiff) {
	d := p.d
	zo, zn := zoneOf(u.Old), zoneOf(u.New) // none when incomplete: drawn "—"
	chip := func(x, w float64, z rubric.Zone) {
		if z == rubric.NoZone {
			d.Font("", 7)
			d.Ink(palette.Neutral)
			d.Text(x, p.y, w, h, "—", "C")
			return
		}
		c := p.zoneColor(z)
		d.Fill(c)
		d.Rect(x+0.3, p.y+(h-3.6)/2, w-0.6, 3.6, "F")
		d.Font("B", 6)
		d.Ink(c.Contrast())
		d.Text(x, p.y, w, h, string(z), "C")
	}
	switch {
	case u.Old == nil:
		chip(x+(width-10.5)/2, 10.5, zn)
	case u.New == nil:
		chip(x+(width-10.5)/2, 10.5, zo)
	case u.Old.Score == nil && u.New.Score == nil:
	case zo == zn && u.Old.Score != nil && u.New.Score != nil:
		chip(x+(width-10.5)/2, 10.5, zn)
	default:
		chip(x+0.5, 10.5, zo)
		d.Font("", 7)
		d.Ink(palette.Text)
		d.Text(x+11, p.y, 3, h, "→", "C")
		chip(x+14, 10.5, zn)
	}
}

// indicators: the indicators that changed status, then the lineage
// remarks (only in one rubric, weight or type changed).
func (p *pdfDoc) indicators() {
	p.heading(p.w.t(msg.DiffIndTitle))
	d, r, w := p.d, p.r, p.w
	ch := r.changed()
	if len(ch) == 0 {
		d.Font("", 8.5)
		d.Ink(palette.Text)
		p.need(5)
		d.Text(pLeft, p.y, pWidth, 5, w.t(msg.DiffIndNone), "L")
		p.y += 6
	} else {
		cols := []struct {
			key   msg.Key
			width float64
			align string
		}{
			{msg.DiffColIndicator, 34, "L"}, {msg.DiffColMatch, 18, "L"}, {msg.DiffColDown, 11, "R"}, {msg.DiffColUp, 11, "R"},
			{msg.DiffColCompared, 21, "R"}, {msg.DiffColDownUnits, 42.5, "L"}, {msg.DiffColUpUnits, 42.5, "L"},
		}
		tableHeader := func() {
			d.Fill(palette.HeadDark)
			d.Rect(pLeft, p.y, pWidth, rowH+0.5, "F")
			d.Font("B", 7)
			d.Ink(palette.White)
			x := pLeft
			for _, c := range cols {
				p.fit(x+1, p.y, c.width-2, rowH+0.5, w.t(c.key), c.align, "B", 7)
				x += c.width
			}
			p.y += rowH + 0.5
		}
		p.need(2 * rowH)
		tableHeader()
		p.header = tableHeader
		for _, ind := range ch {
			d.Font("", 7)
			down := d.Wrap(w.listCodes(ind.DownUnits, maxUnitsPDF), cols[5].width-2)
			up := d.Wrap(w.listCodes(ind.UpUnits, maxUnitsPDF), cols[6].width-2)
			n := max(len(down), len(up), 1)
			h := max(rowH, 3.4*float64(n)+1.5)
			p.need(h)
			cells := []string{lineageText(ind), w.match(ind.Match), strconv.Itoa(ind.Down), strconv.Itoa(ind.Up), strconv.Itoa(ind.Compared)}
			x := pLeft
			for j, c := range cols {
				switch j {
				case 5, 6:
					lines := down
					if j == 6 {
						lines = up
					}
					d.Font("", 7)
					d.Ink(palette.Text)
					d.Lines(x+1, p.y+0.75, c.width-2, 3.4, lines, "L")
				default:
					d.Font("", 7.5)
					d.Ink(palette.Text)
					if j == 2 && ind.Down > 0 {
						d.Font("B", 7.5)
						d.Ink(palette.Attention)
					}
					d.Text(x+1, p.y, c.width-2, rowH, d.Ellipsize(cells[j], c.width-2), c.align)
				}
				x += c.width
			}
			d.Stroke(palette.Rule)
			d.SetLineWidth(0.1)
			d.Line(pLeft, p.y+h, pRight, p.y+h)
			p.y += h
		}
		p.header = nil
	}
	var notes []string
	if l := r.onlyCodes(MatchAdded); len(l) > 0 {
		notes = append(notes, w.t(msg.DiffIndOnlyNew, strings.Join(l, ", ")))
	}
	if l := r.onlyCodes(MatchRemoved); len(l) > 0 {
		notes = append(notes, w.t(msg.DiffIndOnlyOld, strings.Join(l, ", ")))
	}
	var changes []string
	for i := range r.Indicators {
		ind := &r.Indicators[i]
		var parts []string
		if ind.WeightChanged {
			parts = append(parts, w.t(msg.DiffIndWeight, w.share(ind.OldShare), w.share(ind.NewShare)))
		}
		if ind.TypeChanged {
			parts = append(parts, w.t(msg.DiffIndType, ind.OldType, ind.NewType))
		}
		if len(parts) > 0 {
			changes = append(changes, lineageText(ind)+": "+strings.Join(parts, "; "))
		}
	}
	if len(changes) > 0 {
		notes = append(notes, w.t(msg.DiffIndChanged))
	}
	p.y += 2
	d.Font("", 8)
	d.Ink(palette.Text)
	for _, n := range notes {
		lines := d.Wrap(n, pWidth)
		p.need(4 * float64(len(lines)))
		d.Lines(pLeft, p.y, pWidth, 4, lines, "L")
		p.y += 4 * float64(len(lines))
	}
	for _, c := range changes {
		lines := d.Wrap(c, pWidth-5)
		p.need(4 * float64(len(lines)))
		d.Lines(pLeft+5, p.y, pWidth-5, 4, lines, "L")
		p.y += 4 * float64(len(lines))
	}
}
