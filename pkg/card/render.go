package card

import (
	"math"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Layout, in millimetres and points.
const (
	left   = pdfdoc.Left
	width  = pdfdoc.ContentWidth
	right  = pdfdoc.Right
	gapSec = 5.0 // before a section heading

	// Longest texts a card prints; the rest is cut with a note.
	maxName   = 300
	maxRemark = 1500
	maxShort  = 160
)

// cardDoc draws one card.
type cardDoc struct {
	*worker
	*pdfdoc.Flow
	sh      *shared
	u       *results.Unit
	unicode bool
	tbl     *pdfdoc.Table // the table of every indicator, once begun
	images  int           // photos registered (evidence.go)
}

// heading is how a card's section titles look.
var heading = pdfdoc.HeadingStyle{Size: 11, Ink: palette.Accent, Gap: gapSec, Line: 5.5, Height: 7, Room: 7}

func (c *cardDoc) t(key msg.Key, args ...any) string { return msg.T(c.sh.lang, key, args...) }

func (c *cardDoc) draw(d *pdfdoc.Doc) {
	c.Flow = pdfdoc.NewFlow(d, c.sh.footer(c.u))
	// A running head, so that a loose page still says whose it is.
	head := c.u.Code
	if name := strings.TrimSpace(c.u.Name); name != "" {
		head += " · " + locale.Truncate(name, maxShort)
	}
	c.Head = pdfdoc.RunningHead{Left: head, Right: c.t(msg.CardTitle), Split: 0.65}
	c.NewPage()
	c.header()
	c.roundBanner() // round.go
	if c.u.Status == results.Incomplete {
		c.banner()
	} else {
		c.scorePanel()
	}
	c.counts()
	c.verification() // round.go
	if c.u.Status == results.Incomplete {
		c.missing()
	}
	c.breakdown()
	c.findings()
	c.evidence() // evidence.go: answers without their evidence, photos
	c.others()
	c.table()
	c.signature() // round.go
	c.appendix()  // evidence.go: every item with its SHA-256
}

// wrap breaks s into lines of width w in the given font, remembering
// the result for texts every card shares (the rubric's).
func (c *cardDoc) wrap(s string, w float64, style string, size float64, shared bool) []string {
	c.Font(style, size)
	if !shared {
		return c.Wrap(s, w)
	}
	k := wrapKey{s: s, w: w, size: size, style: style, unicode: c.unicode}
	if lines, ok := c.wraps[k]; ok {
		return lines
	}
	lines := c.Wrap(s, w)
	if len(c.wraps) > 20000 {
		clear(c.wraps)
	}
	c.wraps[k] = lines
	return lines
}

type wrapKey struct {
	s       string
	w, size float64
	style   string
	unicode bool
}

// cut shortens a person's text to n runes, saying so.
func (c *cardDoc) cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	runes := strings.Count(s, "") - 1
	if runes <= n {
		return s
	}
	return locale.Truncate(s, n) + " " + c.t(msg.CardTruncated, locale.Int(c.sh.lang, runes))
}

func (c *cardDoc) region() string {
	if c.sh.o.Region != "" {
		return c.sh.o.Region
	}
	return c.u.Region
}

func (c *cardDoc) period() string {
	if c.sh.o.Period != "" {
		return c.sh.o.Period
	}
	return c.u.Period
}

// header: the title line, the unit's name and its details.
func (c *cardDoc) header() {
	d := c.Flow
	d.Font("B", 8.5)
	d.Ink(palette.Accent)
	title := c.t(msg.CardTitle)
	d.Text(left, c.Y, d.Width(title)+2, 4, title, "L")
	rest := width - d.Width(title) - 4
	d.Font("", 7.5)
	d.Ink(palette.Muted)
	// The rubric's title whole, on two lines if it must (the 2025 model's
	// was cut "(Opini Ombuds…").
	tl := c.wrap(c.sh.r.Title.In(string(c.sh.lang)), rest-2, "", 7.5, true)
	if len(tl) > 2 {
		tl = []string{tl[0], d.Ellipsize(strings.Join(tl[1:], " "), rest-2)}
	}
	c.Lines(right-rest, c.Y+0.3, rest, 3.4, tl, "R")
	c.Y += max(6, 3.4*float64(len(tl))+2.6)

	name := strings.TrimSpace(c.u.Name)
	if name == "" {
		name = c.u.Code
	}
	lines := c.wrap(c.cut(name, maxName), width, "B", 16, false)
	if len(lines) > 3 {
		lines = append(lines[:2], d.Ellipsize(strings.Join(lines[2:], " "), width-2))
	}
	d.Ink(palette.Text)
	c.Lines(left, c.Y, width, 7, lines, "L")
	c.Y += 7*float64(len(lines)) + 1.5

	typ := c.sh.typeLabel(c.u.Type)
	fields := [][2]string{
		{c.t(msg.CardCode), c.u.Code},
		{c.t(msg.CardType), typ},
		{c.t(msg.CardRegion), c.region()},
		{c.t(msg.CardPeriod), c.period()},
		{c.t(msg.CardAssessor), c.u.Assessor},
		{c.t(msg.CardDate), locale.Date(c.sh.lang, c.u.Date)},
	}
	cw := width / 3
	for i, f := range fields {
		x := left + float64(i%3)*cw
		y := c.Y + float64(i/3)*8.5
		d.Font("", 7)
		d.Ink(palette.Muted)
		d.Text(x, y, cw, 3.2, f[0], "L")
		v := strings.TrimSpace(f[1])
		if v == "" {
			v = "–"
		}
		d.Font("B", 9)
		d.Ink(palette.Text)
		d.Text(x, y+3.2, cw, 4.5, d.Ellipsize(locale.Truncate(v, maxShort), cw-3), "L")
	}
	c.Y += 17.5
	d.Rule(left, right, c.Y, palette.Rule, 0.3)
	c.Y += 3
}

// banner: an incomplete unit's warning, in place of the score.
func (c *cardDoc) banner() {
	d := c.Flow
	total := len(c.u.Indicators) - c.u.Counts.NotApplicable
	why := c.t(msg.CardIncompleteWhy, c.u.Counts.Missing, total)
	lines := c.wrap(why, width-10, "", 9.5, false)
	h := 13 + 4.5*float64(len(lines))
	d.Fill(palette.Attention)
	d.RoundedRect(left, c.Y, width, h, 2, "1234", "F")
	d.Ink(palette.White)
	d.Font("B", 18)
	d.Text(left+5, c.Y+2.5, width-10, 8, c.t(msg.CardIncomplete), "L")
	d.Font("", 9.5)
	c.Lines(left+5, c.Y+10.5, width-10, 4.5, lines, "L")
	c.Y += h + 3
}

// scorePanel: the score, the zone badge with grade and label, and the
// band table with this unit's band marked.
func (c *cardDoc) scorePanel() {
	d := c.Flow
	sh := c.sh
	band := *c.u.Band
	bandH := 4.4
	sw, bx, bw := 50.0, left+54, 58.0
	// The band table's columns, measured first: when a label does not
	// fit beside the grades (the Ombudsman 2025 model's "Sangat Kurang ·
	// Kualitas Terendah"), each band takes two lines, its label below.
	tx := bx + bw + 5
	tw := right - tx
	gradeW := 0.0
	for _, b := range sh.bands {
		if b.band.Grade != "" {
			d.Font("B", 8)
			gradeW = math.Max(gradeW, d.Width(b.band.Grade)+2)
		}
	}
	d.Font("", 8)
	rangeW := 0.0
	for _, b := range sh.bands {
		rangeW = math.Max(rangeW, d.Width(b.rng)+2)
	}
	labelX := tx + 5 + rangeW + 1
	if gradeW > 0 {
		labelX += gradeW + 1
	}
	rowH := bandH
	d.Font("", 8)
	for _, b := range sh.bands {
		if gradeW > 0 && d.Width(b.band.Label.In(string(sh.lang))) > right-labelX-2 {
			rowH = 2 * bandH
			labelX = tx + 5 + rangeW + 1
		}
	}
	h := math.Max(34, 6+rowH*float64(len(sh.bands))+2)

	// The score.
	d.Fill(palette.Panel)
	d.RoundedRect(left, c.Y, sw, h, 2, "1234", "F")
	d.Ink(palette.Muted)
	d.Font("B", 7.5)
	d.Text(left, c.Y+3, sw, 4, c.t(msg.CardScore), "C")
	d.Ink(palette.Text)
	d.Font("B", 30)
	d.Text(left, c.Y+h/2-6.5, sw, 13, sh.num(*c.u.Score), "C")
	d.Font("", 8)
	d.Ink(palette.Muted)
	scale := c.t(msg.CardOutOf, sh.num(sh.r.Scale.Max))
	if sh.r.Scale.Min != 0 {
		scale = c.t(msg.CardScale, sh.num(sh.r.Scale.Min), sh.num(sh.r.Scale.Max))
	}
	d.Text(left, c.Y+h-8, sw, 4, scale, "C")

	// The badge.
	zc := c.zoneColor(band.Zone)
	ink := zc.Contrast()
	d.Fill(zc)
	d.RoundedRect(bx, c.Y, bw, h, 2, "1234", "F")
	d.Ink(ink)
	var rows []struct {
		s     string
		style string
		size  float64
		lh    float64
	}
	add := func(s, style string, size, lh float64) {
		for _, l := range c.wrap(s, bw-6, style, size, true) {
			rows = append(rows, struct {
				s     string
				style string
				size  float64
				lh    float64
			}{l, style, size, lh})
		}
	}
	if band.Zone != rubric.NoZone {
		add(strings.ToUpper(sh.r.ZoneInfo(band.Zone).Label.In(string(sh.lang))), "B", 12, 6)
	}
	if band.Grade != "" {
		add(c.t(msg.CardGrade, band.Grade), "B", 16, 8)
	}
	add(band.Label.In(string(sh.lang)), "", 10, 5)
	total := 0.0
	for _, r := range rows {
		total += r.lh
	}
	y := c.Y + (h-total)/2
	for _, r := range rows {
		d.Font(r.style, r.size)
		d.Text(bx+3, y, bw-6, r.lh, r.s, "C")
		y += r.lh
	}

	// The bands.
	d.Ink(palette.Muted)
	d.Font("B", 7.5)
	d.Text(tx, c.Y, tw, 4, c.t(msg.CardBands), "L")
	y = c.Y + 5
	// Highest band first, as a scale reads.
	for i := len(sh.bands) - 1; i >= 0; i-- {
		b := sh.bands[i]
		mine := b.band.Min == band.Min
		if mine {
			d.Fill(c.zoneColor(b.band.Zone).Tint(0.75))
			d.Rect(tx, y, tw, rowH, "F")
			d.Fill(palette.Text)
			d.Polygon([]fpdf.PointType{{X: tx - 3, Y: y + rowH/2 - bandH/2 + 0.7}, {X: tx - 0.6, Y: y + rowH/2}, {X: tx - 3, Y: y + rowH/2 + bandH/2 - 0.7}}, "F")
		}
		if b.band.Zone != rubric.NoZone {
			d.Fill(b.color)
			d.Rect(tx+1, y+0.9, 2.6, rowH-1.8, "F")
		}
		style := ""
		if mine {
			style = "B"
		}
		d.Ink(palette.Text)
		d.Font(style, 8)
		x := tx + 5
		d.Text(x, y, rangeW, bandH, b.rng, "L")
		x += rangeW + 1
		if gradeW > 0 {
			d.Font("B", 8)
			d.Text(x, y, gradeW, bandH, b.band.Grade, "L")
			x += gradeW + 1
		}
		d.Font(style, 8)
		ly := y
		if rowH > bandH {
			x, ly = labelX, y+bandH
		}
		d.Text(x, ly, right-x, bandH, d.Ellipsize(b.band.Label.In(string(sh.lang)), right-x-2), "L")
		y += rowH
	}
	c.Y += h + 3
}

// counts: how many indicators are in each state.
func (c *cardDoc) counts() {
	d := c.Flow
	n := c.u.Counts
	items := []struct {
		s results.IndicatorStatus
		n int
	}{
		{results.Met, n.Met}, {results.Partial, n.Partial}, {results.NotMet, n.NotMet},
		{results.NA, n.NA}, {results.NotApplicable, n.NotApplicable}, {results.Missing, n.Missing},
	}
	x := left
	for _, it := range items {
		if it.n == 0 && (it.s == results.Missing || it.s == results.NotApplicable || it.s == results.NA) {
			continue
		}
		label := c.sh.statusLabel(it.s)
		num := locale.Int(c.sh.lang, it.n)
		d.Font("", 8.5)
		lw := d.Width(label)
		d.Font("B", 8.5)
		nw := d.Width(num)
		d.Fill(statusColors[it.s])
		d.Rect(x, c.Y+1.2, 2.6, 2.6, "F")
		d.Ink(palette.Text)
		d.Font("", 8.5)
		d.Text(x+4, c.Y, lw, 5, label, "L")
		d.Font("B", 8.5)
		d.Text(x+4+lw+1.5, c.Y, nw, 5, num, "L")
		x += 4 + lw + 1.5 + nw + 7
	}
	c.Y += 7
}

// missing: the unanswered indicators and where to answer them.
func (c *cardDoc) missing() {
	var rows []*results.IndicatorResult
	for i := range c.u.Indicators {
		if c.u.Indicators[i].Status == results.Missing {
			rows = append(rows, &c.u.Indicators[i])
		}
	}
	if len(rows) == 0 {
		return
	}
	// Usually every answer of a unit is on one sheet: name it once, and
	// only the cell on each row.
	sheet := rows[0].Source.Sheet
	for _, ir := range rows {
		if ir.Source.Sheet == nil || sheet == nil || *ir.Source.Sheet != *sheet {
			sheet = nil
			break
		}
	}
	hint, mode := c.t(msg.CardMissingHint), srcFull
	if sheet != nil {
		where := results.Place{Sheet: sheet}.String()
		hint, mode = c.t(msg.CardMissingIn, locale.Truncate(where, maxShort)), srcCell
	}
	c.Heading(heading, c.t(msg.CardMissingList, len(rows)), 12)
	d := c.Flow
	d.Font("", 8)
	d.Ink(palette.Muted)
	hl := c.wrap(hint, width, "", 8, false)
	c.Lines(left, c.Y, width, 4, hl, "L")
	c.Y += 4*float64(len(hl)) + 1
	c.list(rows, mode, false)
}

// What a list shows of where each answer is (or should be).
const (
	srcNone = iota
	srcFull // file › sheet › cell
	srcCell // the cell only
)

// list draws indicators one per row: code, text, and the source cell
// and/or the assessor's note.
func (c *cardDoc) list(rows []*results.IndicatorResult, source int, note bool) {
	d := c.Flow
	inds := c.sh.r.Indicators()
	const codeW = 22.0
	srcW := map[int]float64{srcNone: 0, srcFull: 68, srcCell: 24}[source]
	textW := width - codeW - srcW
	for _, ir := range rows {
		ind := inds[c.indexOf(ir)]
		text := c.wrap(ind.Text.In(string(c.sh.lang)), textW-2, "", 8.5, true)
		var src []string
		switch source {
		case srcFull:
			src = c.wrap(c.place(ir.Source), srcW-2, "", 7.5, false)
		case srcCell:
			cell := ir.Source.Cell()
			if cell == "" {
				cell = c.t(msg.CardNoSource)
			}
			src = []string{d.Ellipsize(cell, srcW-1)}
		}
		var nl []string
		if note && ir.Note() != "" {
			nl = c.wrap(c.cut(ir.Note(), maxRemark), textW-2, "", 7.5, false)
		}
		h := math.Max(4*float64(len(text))+3.4*float64(len(nl)), 3.4*float64(len(src))) + 1.5
		c.Need(math.Min(h, c.Bottom-pdfdoc.MarginTop-10))
		d.Font("B", 8.5)
		d.Ink(palette.Text)
		d.Text(left, c.Y, codeW, 4, d.Ellipsize(ind.Code, codeW-2), "L")
		d.Font("", 8.5)
		c.Lines(left+codeW, c.Y, textW, 4, text, "L")
		switch source {
		case srcFull:
			d.Font("", 7.5)
			d.Ink(palette.Muted)
			c.Lines(right-srcW, c.Y+0.3, srcW, 3.4, src, "L")
		case srcCell:
			d.Font("B", 8.5)
			c.Lines(right-srcW, c.Y, srcW, 4, src, "R")
		}
		if len(nl) > 0 {
			d.Font("", 7.5)
			d.Ink(palette.Muted)
			c.Y += 4 * float64(len(text))
			c.FlowLines(left+codeW, textW, 3.4, nl)
			c.Y += 1.5
		} else {
			c.Y += h
		}
	}
}

// indexOf is ir's index in the unit's (and the rubric's) indicators.
func (c *cardDoc) indexOf(ir *results.IndicatorResult) int {
	for i := range c.u.Indicators {
		if &c.u.Indicators[i] == ir {
			return i
		}
	}
	return 0
}

// place renders where an answer was (or should be) read.
func (c *cardDoc) place(p results.Place) string {
	// The file by its name: the footer names it with its SHA-256.
	s := p.Short()
	if s == "" {
		return c.t(msg.CardNoSource)
	}
	return locale.Truncate(s, maxShort)
}

// breakdown: the score by top-level component (or indicator), as bars,
// and the arithmetic that makes the score.
func (c *cardDoc) breakdown() {
	sh := c.sh
	d := c.Flow
	complete := c.u.Status == results.Complete
	title, word := msg.CardByComponent, msg.CardWordComponent
	colName := msg.CardComponent
	if sh.flat {
		title, word, colName = msg.CardByIndicator, msg.CardWordIndicator, msg.CardIndicator
	}
	c.Heading(heading, c.t(title), 20)

	type row struct {
		item     topItem
		frac     float64
		ok       bool // complete, applicable
		na       bool // nothing applicable
		points   float64
		weight   string
		survey   string
		contrib  string
		contribV float64
	}
	rows := make([]row, len(sh.top))
	parts := make([]float64, len(sh.top))
	for i, it := range sh.top {
		r := row{item: it}
		if it.group != nil {
			gs := c.u.Groups[it.gi]
			r.ok, r.na = gs.Complete, !gs.Applicable
			r.frac, r.points = gs.Fraction, gs.Points
			if sh.weighted {
				r.weight = locale.Written(sh.lang, it.group.Weight)
			} else {
				r.weight = locale.Percent(sh.lang, gs.Share, 1)
			}
		} else {
			ir := &c.u.Indicators[it.ind.Index()]
			r.ok = ir.Status.Scored()
			r.na = ir.Status == results.NA || ir.Status == results.NotApplicable
			r.frac, r.points = ir.Fraction, ir.Points
			if sh.weighted {
				r.weight = locale.Written(sh.lang, it.ind.Weight)
			} else if sh.span > 0 {
				r.weight = locale.Percent(sh.lang, ir.Max/sh.span, 1)
			}
			if it.ind.Type == rubric.Surv && r.ok {
				r.survey = c.surveyText(it.ind, ir)
			}
		}
		parts[i] = r.points
		rows[i] = r
	}
	// Each contribution is rounded on its own, so that equal ones read
	// the same; what the rounded parts miss of the score is printed as a
	// line of its own, the rounding residual.
	var residual float64
	if complete {
		for i := range rows {
			rows[i].contribV = c.round(parts[i])
			rows[i].contrib = sh.num(rows[i].contribV)
		}
		residual = c.residual(parts)
	}

	// Columns.
	const barW, pctW, wW, cW = 46.0, 17.0, 20.0, 24.0
	nameW := width - barW - pctW - wW - cW - 4
	weight := c.t(msg.CardWeight)
	if !sh.weighted {
		weight = c.t(msg.CardWeightShare)
	}
	style := pdfdoc.Ruled
	style.RuleGap = 1
	t := c.NewTable([]pdfdoc.Column{
		pdfdoc.Col(c.t(colName), nameW+2, "L"),
		pdfdoc.Col(c.t(msg.CardAchievement), barW+2, "L"),
		pdfdoc.Col("", pctW, "R"),
		pdfdoc.Col(weight, wW, "R"),
		pdfdoc.Col(c.t(msg.CardContribution), cW, "R"),
	}, 8.5, style)

	if complete && sh.base != 0 {
		d.Font("", 8.5)
		d.Ink(palette.Muted)
		d.Text(left, c.Y, nameW, 5, c.t(msg.CardBase), "L")
		d.Text(right-cW, c.Y, cW, 5, sh.num(sh.base), "R")
		c.Y += 5.5
	}
	for _, r := range rows {
		label := r.item.name
		if r.item.code != "" {
			label = r.item.code + " · " + label
		}
		nl := c.wrap(label, nameW, "", 8.5, true)
		if len(nl) > 2 {
			nl = []string{nl[0], d.Ellipsize(strings.Join(nl[1:], " "), nameW-1)}
		}
		h := 4.2*float64(len(nl)) + 1.6
		if r.survey != "" {
			h += 3.4
		}
		t.Row(h)
		d.Ink(palette.Text)
		d.Font("", 8.5)
		c.Lines(left, c.Y, nameW, 4.2, nl, "L")
		if r.survey != "" {
			d.Font("", 7)
			d.Ink(palette.Muted)
			d.Text(left, c.Y+4.2*float64(len(nl)), nameW, 3.4, d.Ellipsize(r.survey, nameW-1), "L")
		}
		bx := left + nameW + 2
		by := c.Y + 0.8
		switch {
		case r.na:
			d.Font("", 8)
			d.Ink(palette.Muted)
			d.Text(bx, c.Y, barW+pctW+2, 4.2, c.t(msg.CardNotApplicable), "L")
		case !r.ok:
			d.Font("", 8)
			d.Ink(statusColors[results.Missing])
			d.Text(bx, c.Y, barW+pctW+2, 4.2, c.t(msg.CardGroupPending), "L")
		default:
			d.Fill(palette.Track)
			d.Rect(bx, by, barW, 2.8, "F")
			col := c.barColor(r.frac)
			d.Fill(col)
			if r.frac > 0 {
				d.Rect(bx, by, math.Max(0.4, barW*r.frac), 2.8, "F")
			}
			d.Font("B", 8.5)
			d.Ink(palette.Text)
			d.Text(bx+barW+2, c.Y, pctW, 4.2, locale.Percent(sh.lang, r.frac, 1), "R")
		}
		d.Font("", 8.5)
		d.Ink(palette.Text)
		if !r.na {
			d.Text(right-cW-wW, c.Y, wW, 4.2, r.weight, "R")
		}
		if complete && !r.na {
			d.Font("B", 8.5)
			d.Text(right-cW, c.Y, cW, 4.2, r.contrib, "R")
		}
		t.Done(h)
	}
	if residual != 0 {
		t.Row(5)
		d.Font("", 8.5)
		d.Ink(palette.Muted)
		d.Text(left, c.Y, nameW, 4.2, c.t(msg.CardResidual), "L")
		d.Font("B", 8.5)
		d.Text(right-cW, c.Y, cW, 4.2, c.signed(residual), "R")
		t.Done(5)
	}
	t.End()
	d.Stroke(palette.Rule)
	d.Line(left, c.Y, right, c.Y)
	c.Y += 1

	if !complete {
		d.Font("", 8)
		d.Ink(palette.Muted)
		c.Need(5)
		d.Text(left, c.Y, width, 4.5, c.t(msg.CardFormulaPending), "L")
		c.Y += 5
		return
	}
	c.Need(7)
	d.Font("B", 9)
	d.Ink(palette.Text)
	d.Text(left, c.Y, width-cW, 5.5, c.t(msg.CardTotal), "L")
	d.Font("B", 10)
	d.Text(right-cW, c.Y, cW, 5.5, sh.num(*c.u.Score), "R")
	c.Y += 7

	// The arithmetic, in words and in numbers.
	var how string
	switch {
	case sh.weighted:
		how = c.t(msg.CardFormulaWeights, c.t(word), locale.Written(sh.lang, sh.r.Scale.Factor))
	case sh.base != 0:
		how = c.t(msg.CardFormulaBase, c.t(word), sh.num(sh.span), sh.num(sh.base))
	default:
		how = c.t(msg.CardFormulaLinear, c.t(word), sh.num(sh.span))
	}
	if residual != 0 {
		how += ". " + c.t(msg.CardFormulaResidual, sh.dec) + "."
	} else {
		how += ". " + c.t(msg.CardFormulaEach, sh.dec) + "."
	}
	terms := []string{}
	if sh.base != 0 {
		terms = append(terms, sh.num(sh.base))
	}
	for _, r := range rows {
		if !r.na {
			terms = append(terms, r.contrib)
		}
	}
	sum := strings.Join(terms, " + ")
	switch {
	case residual < 0:
		sum += " − " + sh.num(-residual)
	case residual > 0:
		sum += " + " + sh.num(residual)
	}
	sum += " = " + sh.num(*c.u.Score)
	hl := c.wrap(how, width, "", 8, true)
	sl := c.wrap(sum, width, "B", 10, false)
	c.Need(3.8*float64(len(hl)) + 5*float64(len(sl)) + 2)
	d.Font("", 8)
	d.Ink(palette.Muted)
	c.Lines(left, c.Y, width, 3.8, hl, "L")
	c.Y += 3.8*float64(len(hl)) + 1
	d.Font("B", 10)
	d.Ink(palette.Text)
	c.Lines(left, c.Y, width, 5, sl, "L")
	c.Y += 5 * float64(len(sl))
}

// round rounds x to the scale's decimals as a score is rounded.
func (c *cardDoc) round(x float64) float64 {
	return score.Round(x, c.sh.dec, c.sh.r.Scale.Rounding)
}

// residual is what parts, each rounded on its own, miss of the unit's
// score above the scale's base: the rounding residual, 0 when the
// rounded parts add up.
func (c *cardDoc) residual(parts []float64) float64 {
	unit := math.Pow(10, float64(c.sh.dec))
	want := math.Round((*c.u.Score - c.sh.base) * unit)
	got := 0.0
	for _, p := range parts {
		got += math.Round(c.round(p) * unit)
	}
	return (want - got) / unit
}

// signed writes a residual with its sign: "−0,01", "+0,02".
func (c *cardDoc) signed(x float64) string {
	if x < 0 {
		return "−" + c.sh.num(-x)
	}
	return "+" + c.sh.num(x)
}

// barColor colours an achievement by the band the same achievement of
// the whole scale would fall in.
func (c *cardDoc) barColor(frac float64) palette.Color {
	r := c.sh.r
	v := score.Round(r.Scale.Min+frac*(r.Scale.Max-r.Scale.Min), r.Scale.Decimals, r.Scale.Rounding)
	return c.zoneColor(r.BandFor(v).Zone)
}

// zoneColor is the zone's colour; a rubric without zones (SKM's
// categories) gets the accent colour rather than "no zone" grey.
func (c *cardDoc) zoneColor(z rubric.Zone) palette.Color {
	if z == rubric.NoZone {
		if _, ok := c.sh.r.Zones[z]; !ok {
			return palette.Accent
		}
	}
	return palette.Zone(c.sh.r, z)
}

// surveyText: "mean 3,20 (scale 1–4), 120 respondents".
func (c *cardDoc) surveyText(ind *rubric.Indicator, ir *results.IndicatorResult) string {
	lang := c.sh.lang
	s := c.t(msg.CardSurveyMean, locale.Num(lang, ir.Value, 2),
		strconv.Itoa(ind.Survey.Min), strconv.Itoa(ind.Survey.Max))
	return s + ", " + c.t(msg.CardRespondents, locale.Int(lang, int(ir.Respondents)))
}
