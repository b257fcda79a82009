package diff

import (
	"io"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// PDF writes the report as an A4 document with the same content as the
// table: the region and the two periods, the two runs, the comparability
// block, the counts, the zone transition matrix, the region's change, the
// units (regressions first, tinted by status, zones in their colours) and
// the indicators that changed status; an appendix names both rubrics (id,
// version, hash) and the input files with their SHA-256. Every page's
// footer is one line: what is compared, and "page x of y". The same
// report gives the same bytes.
type PDF struct{}

// Layout, in millimetres.
const (
	pLeft  = pdfdoc.Left
	pWidth = pdfdoc.ContentWidth
	pRight = pdfdoc.Right
	rowH   = 5.0 // a table row

	// maxUnitsPDF bounds the unit codes listed per indicator (the
	// workbook and the JSON list them all).
	maxUnitsPDF = 15
)

type pdfDoc struct {
	*pdfdoc.Flow
	r *Report
	w words
}

// heading is how a part's title looks: 4 mm below where it starts, which
// keeps 3 mm more for what follows.
var heading = pdfdoc.HeadingStyle{Size: 11, Ink: palette.Text, Top: 4, Line: 6, Height: 11, Room: 14}

// Write implements Format.
func (PDF) Write(w io.Writer, r *Report, o RenderOptions) error {
	// The 8-bit fonts draw the arrows (→ ↓ ↑); names they cannot draw
	// bring the Unicode fonts.
	po := pdfdoc.Options{Title: msg.T(o.Lang, msg.DiffTitle), Creator: r.Tool}
	b, err := pdfdoc.Render(o.Lang, po, func(d *pdfdoc.Doc) {
		p := &pdfDoc{r: r, w: words{lang: o.Lang, dec: r.Decimals, self: r.SelfVsVerified}}
		p.draw(d)
	})
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

func (p *pdfDoc) draw(d *pdfdoc.Doc) {
	p.Flow = pdfdoc.NewFlow(d, p.footer(d))
	p.NewPage()
	p.title()
	p.notes()
	p.counts()
	p.matrix()
	p.units()
	p.indicators()
	p.evidence() // pdf_evidence.go
	p.appendix()
}

// footer: one line, what is compared; the rubrics' hashes and the files
// are in the appendix.
func (p *pdfDoc) footer(d *pdfdoc.Doc) []string {
	// One line: the footer keeps room for "page x of y" at its right.
	d.Font("", 7)
	return []string{d.Ellipsize(p.w.titleLine(p.r), pWidth-30)}
}

func (p *pdfDoc) title() {
	d, r := p.Flow, p.r
	if scope := p.w.scope(r); scope != "" {
		d.Font("B", 9)
		d.Ink(palette.Accent)
		d.Text(pLeft, p.Y, pWidth, 4.5, d.Ellipsize(scope, pWidth-2), "L")
		p.Y += 5.5
	}
	d.Font("B", 16)
	d.Ink(palette.Text)
	d.Text(pLeft, p.Y, pWidth, 8, p.w.t(msg.DiffTitle), "L")
	p.Y += 9
	for _, s := range []struct {
		label msg.Key
		side  Side
	}{{msg.DiffOld, r.Old}, {msg.DiffNew, r.New}} {
		d.Font("B", 9)
		d.Ink(palette.Text)
		label := p.w.t(s.label)
		lw := max(14, d.Width(p.w.t(msg.DiffOld))+4, d.Width(p.w.t(msg.DiffNew))+4)
		d.Text(pLeft, p.Y, lw, 4.5, label, "L")
		d.Font("", 9)
		text := s.side.Rubric.Title.In(string(p.w.lang))
		if where := p.w.sideScope(s.side); where != "" {
			text = where + " — " + text
		}
		lines := d.Wrap(text, pWidth-lw-2)
		d.Lines(pLeft+lw, p.Y, pWidth-lw, 4.5, lines, "L")
		p.Y += 4.5 * float64(len(lines))
		d.Font("", 7.5)
		d.Ink(palette.Muted)
		line := p.w.t(msg.DiffSideRubric, s.side.Rubric.Ref(), s.side.Rubric.VersionText(string(p.w.lang)), len(s.side.Inputs), s.side.Units)
		d.Text(pLeft+lw, p.Y, pWidth-lw, 3.8, d.Ellipsize(line, pWidth-lw-2), "L")
		p.Y += 5
	}
}

var (
	levelColor = map[Level]palette.Color{OK: palette.Met, Caution: palette.Partial, Not: palette.NotMet}
)

// notes: the comparability block, in a panel with a coloured edge when
// something is not fully comparable.
func (p *pdfDoc) notes() {
	d := p.Flow
	p.Y += 2
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
	p.Need(h)
	d.Fill(palette.Panel)
	d.Rect(pLeft, p.Y, pWidth, h, "F")
	d.Fill(levelColor[worst])
	d.Rect(pLeft, p.Y, 1.2, h, "F")
	y := p.Y + pad
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
	p.Y += h + 3
}

// counts: one tile per status, then the flags' legend and the region.
func (p *pdfDoc) counts() {
	d, r := p.Flow, p.r
	p.Need(20)
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
		d.Rect(x+0.6, p.Y, tile-1.2, 15, "F")
		d.Font("B", 15)
		d.Ink(ink)
		d.Text(x, p.Y+1.5, tile, 7, strconv.Itoa(r.Count(s)), "C")
		d.Font("", 7.5)
		d.Ink(palette.Text)
		d.Text(x, p.Y+9, tile, 4, d.Ellipsize(p.w.status(s), tile-2), "C")
	}
	p.Y += 18
	d.Font("B", 9)
	d.Ink(palette.Text)
	region := d.Wrap(p.w.regionLine(r), pWidth)
	d.Lines(pLeft, p.Y, pWidth, 4.5, region, "L")
	p.Y += 4.5*float64(len(region)) + 1.5
	d.Font("", 7.5)
	d.Ink(palette.Muted)
	for _, l := range p.w.legends(r) {
		lines := d.Wrap(l, pWidth)
		p.Need(3.6 * float64(len(lines)))
		d.Lines(pLeft, p.Y, pWidth, 3.6, lines, "L")
		p.Y += 3.6 * float64(len(lines))
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
	p.Heading(heading, p.w.t(msg.DiffMatrixTitle), 0)
	d := p.Flow
	const first, h = 36.0, 6.0
	cw := min(28, (pWidth-first)/float64(len(cols)))
	p.Need(h * float64(len(rows)+1))
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
	d.Text(pLeft, p.Y, first-2, h, p.w.t(msg.DiffMatrixOldNew), "L")
	for j, c := range cols {
		catCell(pLeft+first+float64(j)*cw, p.Y, cw-0.6, c, "C")
	}
	p.Y += h + 0.6
	d.Stroke(palette.Rule)
	d.SetLineWidth(0.2)
	for _, rc := range rows {
		catCell(pLeft, p.Y, first-0.6, rc, "L")
		for j, cc := range cols {
			x := pLeft + first + float64(j)*cw
			n := p.r.Matrix[rc][cc]
			d.Rect(x, p.Y, cw-0.6, h, "D")
			if n == 0 {
				d.Font("", 8.5)
				d.Ink(palette.Neutral)
				d.Text(x, p.Y, cw-0.6, h, "·", "C")
				continue
			}
			d.Font("B", 9)
			d.Ink(palette.Text)
			d.Text(x, p.Y, cw-0.6, h, strconv.Itoa(n), "C")
		}
		p.Y += h + 0.6
	}
}

// Unit table cells: lines lh apart, pad above and below.
const (
	cellLH  = 3.2
	cellPad = 0.9
)

// unitCells is a unit's row of the units table, its cells wrapped to
// their columns: codes and names are never cut.
type unitCells struct {
	code, name, old, new, flags []string
	h                           float64
}

// scoreLines is a side's score over its grade, each line whole: the
// grades of the Ombudsman 2025 model ("Sangat Baik") do not fit beside
// the score.
func (p *pdfDoc) scoreLines(s *UnitSide, dec int, w float64) []string {
	d := p.Flow
	if s == nil || s.Score == nil {
		d.Font("", 7.5)
		return d.Wrap(p.w.score(s, dec), w)
	}
	lines := []string{locale.Plain(p.w.lang, *s.Score, dec)}
	if s.Grade != "" {
		d.Font("", 6.5)
		lines = append(lines, d.Wrap(s.Grade, w)...)
	}
	return lines
}

func (p *pdfDoc) unitCells(t *pdfdoc.Table, u *UnitDiff) unitCells {
	d, w, r := p.Flow, p.w, p.r
	inner := func(i int) float64 { return t.Cols[i].W - 2*t.Style.Pad }
	var c unitCells
	d.Font("", 7.5)
	c.code = d.Wrap(u.Code, inner(1))
	c.name = d.Wrap(u.Name, inner(2))
	c.old = p.scoreLines(u.Old, r.Old.Rubric.Scale.Decimals, inner(3))
	c.new = p.scoreLines(u.New, r.New.Rubric.Scale.Decimals, inner(4))
	if len(u.Flags) > 0 {
		d.Font("", 6.5)
		c.flags = d.Wrap(w.flags(u.Flags), inner(8))
	}
	n := max(len(c.code), len(c.name), len(c.old), len(c.new), len(c.flags), 1)
	c.h = max(rowH, cellLH*float64(n)+2*cellPad)
	return c
}

// unitColumns are the units table's columns; the code column is as wide
// as the longest code needs (within bounds), the name takes the rest.
func (p *pdfDoc) unitColumns() []pdfdoc.Column {
	d, w := p.Flow, p.w
	d.Font("", 7.5)
	codeW := 16.0
	for i := range p.r.Units {
		codeW = max(codeW, d.Width(p.r.Units[i].Code)+2.5)
	}
	codeW = min(codeW, 30)
	// The name takes what the others leave.
	nameW := pWidth - 19 - codeW - 17 - 17 - 14 - 25 - 11 - 17
	return []pdfdoc.Column{
		pdfdoc.Col(w.t(msg.DiffColStatus), 19, "L"),
		pdfdoc.Col(w.t(msg.DiffColCode), codeW, "L"),
		pdfdoc.Col(w.t(msg.DiffColName), nameW, "L"),
		pdfdoc.Col(w.t(msg.DiffColOld), 17, "R"),
		pdfdoc.Col(w.t(msg.DiffColNew), 17, "R"),
		pdfdoc.Col(w.t(msg.DiffColDelta), 14, "R"),
		pdfdoc.Col(w.t(msg.DiffColZone), 25, "C"),
		pdfdoc.Col("↓↑", 11, "C"), // the indicators' flips: the column is narrow, the arrows say it
		pdfdoc.Col(w.t(msg.DiffColFlags), 17, "L"),
	}
}

// units: one row per unit, regressions first.
func (p *pdfDoc) units() {
	d, r, w := p.Flow, p.r, p.w
	if len(r.Units) == 0 {
		p.Heading(heading, w.t(msg.DiffUnitsTitle), 0)
		d.Font("", 8.5)
		d.Text(pLeft, p.Y, pWidth, 5, w.t(msg.DiffNoUnits), "L")
		p.Y += 6
		return
	}
	// The heading keeps the table's header and first row with it.
	cols := p.unitColumns()
	first := p.unitCells(&pdfdoc.Table{Cols: cols, Style: pdfdoc.Dark}, &r.Units[0])
	p.Heading(heading, w.t(msg.DiffUnitsTitle), pdfdoc.Dark.HeadLine+pdfdoc.Dark.HeadPad+first.h)
	t := p.NewTable(cols, 7.5, pdfdoc.Dark)
	for i := range r.Units {
		u := &r.Units[i]
		c := p.unitCells(t, u)
		h := c.h
		y := t.Row(h)
		status := palette.Text
		switch u.Status {
		case Regressed:
			d.Fill(palette.Attention.Tint(0.9))
			d.Rect(pLeft, y, pWidth, h, "F")
			status = palette.Attention
		case Improved:
			d.Fill(palette.Met.Tint(0.9))
			d.Rect(pLeft, y, pWidth, h, "F")
			status = palette.Met
		}
		top := func(i int, lines []string, style string, size float64, ink palette.Color) {
			d.Font(style, size)
			d.Ink(ink)
			x, cw := t.X[i]+t.Style.Pad, t.Cols[i].W-2*t.Style.Pad
			d.Lines(x, y+cellPad, cw, cellLH, lines, t.Cols[i].Align)
		}
		top(0, []string{w.status(u.Status)}, "B", 7.5, status)
		top(1, c.code, "", 7.5, palette.Text)
		top(2, c.name, "", 7.5, palette.Text)
		for j, ls := range [][]string{c.old, c.new} {
			s := []*UnitSide{u.Old, u.New}[j]
			top(3+j, ls[:1], "", 7.5, palette.Text)
			if len(ls) > 1 && s != nil && s.Score != nil {
				d.Font("", 6.5)
				d.Ink(palette.Muted)
				x, cw := t.X[3+j]+t.Style.Pad, t.Cols[3+j].W-2*t.Style.Pad
				d.Lines(x, y+cellPad+cellLH, cw, cellLH, ls[1:], "R")
			} else if len(ls) > 1 {
				top(3+j, ls, "", 7.5, palette.Text)
			}
		}
		top(5, []string{w.delta(u.Delta)}, "B", 7.5, palette.Text)
		p.zones(t.X[6], y+cellPad, cellLH, t.Cols[6].W, u)
		top(7, []string{flipCounts(u)}, "", 7.5, palette.Text)
		if len(c.flags) > 0 {
			top(8, c.flags, "", 6.5, palette.Attention)
		}
		d.Rule(pLeft, pRight, y+h, palette.Rule, 0.1)
		t.Done(h)
	}
	t.End()
}

// zones draws a unit's zone change as coloured chips on the line of
// height h at y: "hijau → kuning".
func (p *pdfDoc) zones(x, y, h, width float64, u *UnitDiff) {
	d := p.Flow
	zo, zn := zoneOf(u.Old), zoneOf(u.New) // none when incomplete: drawn "—"
	chip := func(x, w float64, z rubric.Zone) {
		if z == rubric.NoZone {
			d.Font("", 7)
			d.Ink(palette.Neutral)
			d.Text(x, y, w, h, "—", "C")
			return
		}
		c := p.zoneColor(z)
		d.Fill(c)
		d.Rect(x+0.3, y+(h-3.2)/2, w-0.6, 3.2, "F")
		d.Font("B", 6)
		d.Ink(c.Contrast())
		d.Text(x, y, w, h, string(z), "C")
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
		d.Text(x+11, y, 3, h, "→", "C")
		chip(x+14, 10.5, zn)
	}
}

// indicators: the indicators that changed status, then the lineage
// remarks (only in one rubric, weight or type changed).
func (p *pdfDoc) indicators() {
	d, r, w := p.Flow, p.r, p.w
	ch := r.changed()
	keep := 0.0
	if len(ch) > 0 {
		// The table's header and its first row stay with the heading.
		d.Font("", 7)
		first := ch[0]
		n := max(len(d.Wrap(w.listCodes(first.DownUnits, maxUnitsPDF), 42.5-2)),
			len(d.Wrap(w.listCodes(first.UpUnits, maxUnitsPDF), 42.5-2)), 1)
		keep = pdfdoc.Dark.HeadLine + pdfdoc.Dark.HeadPad + max(rowH, 3.4*float64(n)+1.5)
	}
	p.Heading(heading, w.t(msg.DiffIndTitle), keep)
	if len(ch) == 0 {
		d.Font("", 8.5)
		d.Ink(palette.Text)
		p.Need(5)
		d.Text(pLeft, p.Y, pWidth, 5, w.t(msg.DiffIndNone), "L")
		p.Y += 6
	} else {
		// Cells too long are shortened, not made smaller.
		style := pdfdoc.Dark
		style.Shrink = false
		t := p.NewTable([]pdfdoc.Column{
			pdfdoc.Col(w.t(msg.DiffColIndicator), 34, "L"),
			pdfdoc.Col(w.t(msg.DiffColMatch), 18, "L"),
			pdfdoc.Col(w.t(msg.DiffColDown), 11, "R"),
			pdfdoc.Col(w.t(msg.DiffColUp), 11, "R"),
			pdfdoc.Col(w.t(msg.DiffColCompared), 21, "R"),
			pdfdoc.Col(w.t(msg.DiffColDownUnits), 42.5, "L"),
			pdfdoc.Col(w.t(msg.DiffColUpUnits), 42.5, "L"),
		}, 7.5, style)
		for _, ind := range ch {
			d.Font("", 7)
			down := d.Wrap(w.listCodes(ind.DownUnits, maxUnitsPDF), t.Cols[5].W-2)
			up := d.Wrap(w.listCodes(ind.UpUnits, maxUnitsPDF), t.Cols[6].W-2)
			h := max(rowH, 3.4*float64(max(len(down), len(up), 1))+1.5)
			y := t.Row(h)
			t.Cell(0, y, rowH, lineageText(ind), "", palette.Text)
			t.Cell(1, y, rowH, w.match(ind.Match), "", palette.Text)
			if ind.Down > 0 {
				t.Cell(2, y, rowH, strconv.Itoa(ind.Down), "B", palette.Attention)
			} else {
				t.Cell(2, y, rowH, strconv.Itoa(ind.Down), "", palette.Text)
			}
			t.Cell(3, y, rowH, strconv.Itoa(ind.Up), "", palette.Text)
			t.Cell(4, y, rowH, strconv.Itoa(ind.Compared), "", palette.Text)
			for j, lines := range [][]string{down, up} {
				d.Font("", 7)
				d.Ink(palette.Text)
				d.Lines(t.X[5+j]+1, y+0.75, t.Cols[5+j].W-2, 3.4, lines, "L")
			}
			d.Rule(pLeft, pRight, y+h, palette.Rule, 0.1)
			t.Done(h)
		}
		t.End()
	}
	var notes []string
	if l := r.onlyCodes(MatchAdded); len(l) > 0 {
		notes = append(notes, w.t(msg.DiffIndOnlyNew, strings.Join(l, ", ")))
	}
	if l := r.onlyCodes(MatchRemoved); len(l) > 0 {
		notes = append(notes, w.t(msg.DiffIndOnlyOld, strings.Join(l, ", ")))
	}
	changes := w.changes(r)
	if len(changes) > 0 {
		notes = append(notes, w.t(msg.DiffIndChanged))
	}
	p.Y += 2
	d.Font("", 8)
	d.Ink(palette.Text)
	for _, n := range notes {
		lines := d.Wrap(n, pWidth)
		p.Need(4 * float64(len(lines)))
		d.Lines(pLeft, p.Y, pWidth, 4, lines, "L")
		p.Y += 4 * float64(len(lines))
	}
	for _, c := range changes {
		lines := d.Wrap(c, pWidth-5)
		p.Need(4 * float64(len(lines)))
		d.Lines(pLeft+5, p.Y, pWidth-5, 4, lines, "L")
		p.Y += 4 * float64(len(lines))
	}
}

// appendix: what each run was scored with and read from, whole: the
// rubric (id, version, title, hash) and every input file with its
// SHA-256, then the tool.
func (p *pdfDoc) appendix() {
	d, r, w := p.Flow, p.r, p.w
	p.Heading(heading, w.t(msg.DiffAppendixTitle), 20)
	d.Font("", 7.5)
	d.Ink(palette.Muted)
	p.FlowLines(pLeft, pWidth, 3.6, d.Wrap(w.t(msg.DiffAppendixNote), pWidth))
	p.Y += 2
	const keyW = 34.0
	kv := func(k, v string, mono bool) {
		d.Font("", 7.5)
		lines := d.Wrap(v, pWidth-keyW-2)
		p.Need(3.8 * float64(min(len(lines), 3)))
		d.Font("B", 7.5)
		d.Ink(palette.Muted)
		d.Text(pLeft, p.Y, keyW, 3.8, k, "L")
		d.Font("", 7.5)
		d.Ink(palette.Text)
		p.FlowLines(pLeft+keyW, pWidth-keyW, 3.8, lines)
		p.Y += 0.6
	}
	for _, sd := range []struct {
		label msg.Key
		side  Side
	}{{msg.DiffOld, r.Old}, {msg.DiffNew, r.New}} {
		s := sd.side
		head := w.t(sd.label)
		if where := w.sideScope(s); where != "" {
			head += " · " + where
		}
		p.Need(5 + 4*3.8)
		d.Font("B", 8.5)
		d.Ink(palette.Text)
		d.Text(pLeft, p.Y, pWidth, 4.5, d.Ellipsize(head, pWidth-2), "L")
		p.Y += 5
		kv(w.t(msg.DiffLabelRubric), s.Rubric.Ref()+" · "+w.t(msg.DiffLabelVersion)+" "+s.Rubric.VersionText(string(w.lang)), false)
		kv(w.t(msg.DiffLabelTitle), s.Rubric.Title.In(string(w.lang)), false)
		kv(w.t(msg.DiffLabelHash), s.Rubric.Hash(), true)
		p.Y += 1
		p.inputFiles(s.Inputs)
		p.Y += 2
	}
	kv(w.t(msg.DiffLabelTool), r.Tool, false)
}

// inputFiles lists a side's files as a table, one row each: the name
// (wrapped, never cut) and its SHA-256. A national round's 500 files take
// eight pages a side this way, against seventeen as two lines each.
func (p *pdfDoc) inputFiles(ins []results.Input) {
	if len(ins) == 0 {
		return
	}
	const shaW = 96.0
	t := p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(p.w.t(msg.DiffAppendixFile), pWidth-shaW, "L"),
		pdfdoc.Col("SHA-256", shaW, "L"),
	}, 7, pdfdoc.Dark)
	for _, in := range ins {
		name := in.Name
		if name == "" {
			name = in.Path
		}
		lines := t.Wrap(0, name, "", 6)
		h := max(t.Style.RowH, 3.4*float64(len(lines))+1.6)
		y := t.Row(h)
		t.Lines(0, y, 3.4, lines, "", palette.Text)
		t.Cell(1, y, t.Style.RowH, in.SHA256, "", palette.Text)
		t.Done(h)
	}
	t.End()
}
