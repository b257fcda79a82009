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
	// The report needs arrows (→ ↓ ↑), which only the Unicode fonts draw.
	d := pdfdoc.New(o.Lang, pdfdoc.Options{Unicode: true, Title: msg.T(o.Lang, msg.DiffTitle), Creator: r.Tool})
	p := &pdfDoc{r: r, w: words{lang: o.Lang, dec: r.Decimals}}
	p.draw(d)
	b, err := d.Bytes()
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

func (p *pdfDoc) draw(d *pdfdoc.Doc) {
	p.Flow = pdfdoc.NewFlow(d, p.footer())
	p.NewPage()
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
		return p.w.t(msg.DiffFooterSide, p.w.t(label), s.Rubric.Ref(), s.Rubric.VersionText(string(p.w.lang)), s.Rubric.Hash(), strings.Join(files, ", "))
	}
	return []string{side(msg.DiffOld, p.r.Old), side(msg.DiffNew, p.r.New), p.w.t(msg.DiffFooterTool, p.r.Tool+" · "+Schema)}
}

func (p *pdfDoc) title() {
	d, r := p.Flow, p.r
	d.Font("B", 8.5)
	d.Ink(palette.Accent)
	d.Text(pLeft, p.Y, pWidth, 4, "kepatuhan diff", "L")
	p.Y += 5
	d.Font("B", 16)
	d.Ink(palette.Text)
	d.Text(pLeft, p.Y, pWidth, 8, p.w.t(msg.DiffTitle), "L")
	p.Y += 9
	d.Font("", 9)
	for _, s := range []struct {
		label msg.Key
		side  Side
	}{{msg.DiffOld, r.Old}, {msg.DiffNew, r.New}} {
		d.Font("B", 9)
		d.Ink(palette.Text)
		label := p.w.t(s.label)
		d.Text(pLeft, p.Y, 14, 4.5, label, "L")
		d.Font("", 9)
		text := s.side.Rubric.Ref() + " " + s.side.Rubric.Version + " — " + s.side.Rubric.Title.In(string(p.w.lang))
		d.Text(pLeft+14, p.Y, pWidth-14, 4.5, d.Ellipsize(text, pWidth-16), "L")
		p.Y += 4.5
		d.Font("", 7.5)
		d.Ink(palette.Muted)
		line := strings.TrimPrefix(p.w.sideLine(s.label, s.side), label+": ")
		d.Text(pLeft+14, p.Y, pWidth-14, 3.8, d.Ellipsize(line, pWidth-16), "L")
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

// units: one row per unit, regressions first.
func (p *pdfDoc) units() {
	p.Heading(heading, p.w.t(msg.DiffUnitsTitle), 0)
	d, r, w := p.Flow, p.r, p.w
	if len(r.Units) == 0 {
		d.Font("", 8.5)
		d.Text(pLeft, p.Y, pWidth, 5, w.t(msg.DiffNoUnits), "L")
		p.Y += 6
		return
	}
	t := p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(w.t(msg.DiffColStatus), 22, "L"),
		pdfdoc.Col(w.t(msg.DiffColCode), 18, "L"),
		pdfdoc.Col(w.t(msg.DiffColName), 32, "L"),
		pdfdoc.Col(w.t(msg.DiffColOld), 21, "R"),
		pdfdoc.Col(w.t(msg.DiffColNew), 21, "R"),
		pdfdoc.Col(w.t(msg.DiffColDelta), 14, "R"),
		pdfdoc.Col(w.t(msg.DiffColZone), 25, "C"),
		pdfdoc.Col("↓↑", 11, "C"), // the indicators' flips: the column is narrow, the arrows say it
		pdfdoc.Col(w.t(msg.DiffColFlags), 16, "L"),
	}, 7.5, pdfdoc.Dark)
	for i := range r.Units {
		u := &r.Units[i]
		h := rowH
		var flags []string
		if len(u.Flags) > 0 {
			d.Font("", 6.5)
			flags = d.Wrap(w.flags(u.Flags), t.Cols[8].W-2)
			h = max(rowH, 3*float64(len(flags))+1.5)
		}
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
		t.Cell(0, y, h, w.status(u.Status), "B", status)
		t.Cell(1, y, h, u.Code, "", palette.Text)
		t.Cell(2, y, h, u.Name, "", palette.Text)
		t.Cell(3, y, h, w.score(u.Old, r.Old.Rubric.Scale.Decimals), "", palette.Text)
		t.Cell(4, y, h, w.score(u.New, r.New.Rubric.Scale.Decimals), "", palette.Text)
		t.Cell(5, y, h, w.delta(u.Delta), "B", palette.Text)
		p.zones(t.X[6], h, t.Cols[6].W, u)
		t.Cell(7, y, h, flipCounts(u), "", palette.Text)
		if len(flags) > 0 {
			d.Font("", 6.5)
			d.Ink(palette.Attention)
			d.Lines(t.X[8]+1, y+0.75, t.Cols[8].W-2, 3, flags, "L")
		}
		d.Rule(pLeft, pRight, y+h, palette.Rule, 0.1)
		t.Done(h)
	}
	t.End()
}

// zones draws a unit's zone change as coloured chips: "hijau → kuning".
func (p *pdfDoc) zones(x, h, width float64, u *UnitDiff) {
	d := p.Flow
	zo, zn := zoneOf(u.Old), zoneOf(u.New) // none when incomplete: drawn "—"
	chip := func(x, w float64, z rubric.Zone) {
		if z == rubric.NoZone {
			d.Font("", 7)
			d.Ink(palette.Neutral)
			d.Text(x, p.Y, w, h, "—", "C")
			return
		}
		c := p.zoneColor(z)
		d.Fill(c)
		d.Rect(x+0.3, p.Y+(h-3.6)/2, w-0.6, 3.6, "F")
		d.Font("B", 6)
		d.Ink(c.Contrast())
		d.Text(x, p.Y, w, h, string(z), "C")
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
		d.Text(x+11, p.Y, 3, h, "→", "C")
		chip(x+14, 10.5, zn)
	}
}

// indicators: the indicators that changed status, then the lineage
// remarks (only in one rubric, weight or type changed).
func (p *pdfDoc) indicators() {
	p.Heading(heading, p.w.t(msg.DiffIndTitle), 0)
	d, r, w := p.Flow, p.r, p.w
	ch := r.changed()
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
