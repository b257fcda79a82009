package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Layout, in millimetres.
const (
	left  = pdfdoc.MarginLeft
	width = pdfdoc.ContentWidth
	right = left + width
	rowH  = 5.0 // a table row
	cellP = 1.2 // padding inside a table cell

	// Longest texts the report prints of a person's input (unit names).
	maxName = 200
	// How many unit codes an agenda item lists before "and N more".
	maxAgendaUnits = 15
)


// PDF renders the report as an A4 PDF document: with the fast 8-bit
// fonts, and again with the Unicode fonts if some text needs them.
func (rp *Report) PDF() ([]byte, error) {
	data, lost, err := rp.drawPDF(false)
	if err == nil && lost {
		data, _, err = rp.drawPDF(true)
	}
	return data, err
}

func (rp *Report) drawPDF(unicode bool) (data []byte, lost bool, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("report: rendering failed: %v", p)
		}
	}()
	title := rp.Title
	if rp.Region != "" {
		title += " – " + rp.Region
	}
	d := pdfdoc.New(rp.Lang, pdfdoc.Options{Unicode: unicode, Title: locale.Truncate(title, 300), Creator: rp.Tool})
	p := &pdfDoc{d: d, rp: rp}
	p.draw()
	data, err = d.Bytes()
	return data, d.Lost(), err
}

// pdfDoc draws one report.
type pdfDoc struct {
	d      *pdfdoc.Doc
	rp     *Report
	y      float64 // where the next thing goes
	bottom float64 // lowest y the body may use
	tbl    *table  // the table being drawn: its header repeats on a new page
	head   string  // the running head's section
	toc    []tocEntry
	tocY   float64 // where the contents go on the cover
}

type tocEntry struct {
	title string
	page  int
}

func (p *pdfDoc) t(k msg.Key, args ...any) string { return msg.T(p.rp.Lang, k, args...) }

func (p *pdfDoc) lang() string { return string(p.rp.Lang) }

func (p *pdfDoc) draw() {
	p.d.SetFooter(p.footer())
	p.bottom = pdfdoc.PageHeight - p.d.FooterHeight() - 3
	p.cover()
	p.summary()
	p.distribution()
	p.ranking()
	p.averages()
	p.agenda()
	p.issues()
	p.methodology()
	p.appendix()
	p.contents()
}

// footer: the rubric (id, version, hash), the tool, and what the report
// is; pdfdoc adds "page x of y".
func (p *pdfDoc) footer() []string {
	r := p.rp.Rubric
	hash := r.Hash()
	if len(hash) > 12 {
		hash = hash[:12]
	}
	line1 := p.t(msg.ReportFooterRubric, r.Ref(), r.Version, hash) + " · " + p.rp.Tool
	parts := []string{locale.Truncate(p.rp.Title, 120)}
	for _, s := range []string{p.rp.Region, p.rp.Period} {
		if s != "" {
			parts = append(parts, locale.Truncate(s, 80))
		}
	}
	return []string{line1, strings.Join(parts, " · ")}
}

func (p *pdfDoc) newPage() {
	p.d.AddPage()
	p.y = pdfdoc.MarginTop
	if p.d.PageNo() == 1 {
		return
	}
	// A running head: the region and period, and the section.
	d := p.d
	d.Font("B", 7.5)
	d.Ink(palette.Muted)
	l := strings.TrimSpace(p.rp.Region + " · " + p.rp.Period)
	l = strings.Trim(l, " ·")
	if l == "" {
		l = p.rp.Title
	}
	d.Text(left, p.y, width*0.5, 4, d.Ellipsize(l, width*0.5-2), "L")
	d.Font("", 7.5)
	d.Text(left+width*0.5, p.y, width*0.5, 4, d.Ellipsize(p.head, width*0.5-2), "R")
	d.Stroke(palette.Rule)
	d.SetLineWidth(0.2)
	d.Line(left, p.y+5, right, p.y+5)
	p.y += 8
}

// need starts a new page unless h more millimetres fit on this one,
// redrawing the current table's header there.
func (p *pdfDoc) need(h float64) {
	if p.y+h <= p.bottom {
		return
	}
	st := p.d.TextStyle()
	p.newPage()
	if p.tbl != nil {
		p.tbl.header(true)
	}
	p.d.SetTextStyle(st)
}

// section starts a numbered section, on a new page if asked or unless
// keep more millimetres fit under its heading; records it for the
// contents and bookmarks it.
func (p *pdfDoc) section(title string, fresh bool, keep float64) {
	p.tbl = nil
	p.head = title
	if fresh || p.y+22+keep > p.bottom {
		p.newPage()
	} else {
		p.y += 6
	}
	d := p.d
	p.toc = append(p.toc, tocEntry{title, d.PageNo()})
	d.Bookmark(d.Str(title), 0, p.y)
	d.Font("B", 15)
	d.Ink(palette.Accent)
	lines := d.Wrap(title, width)
	d.Lines(left, p.y, width, 7, lines, "L")
	p.y += 7*float64(len(lines)) + 1
	d.Stroke(palette.Accent)
	d.SetLineWidth(0.5)
	d.Line(left, p.y, left+30, p.y)
	p.y += 4
}

// sub draws a subsection heading, keeping room for h more below it.
func (p *pdfDoc) sub(title string, h float64) {
	p.tbl = nil
	p.y += 3
	p.need(7 + h)
	d := p.d
	d.Font("B", 10.5)
	d.Ink(palette.Text)
	d.Text(left, p.y, width, 5.5, d.Ellipsize(title, width), "L")
	p.y += 6.5
}

// para draws wrapped text, flowing over pages.
func (p *pdfDoc) para(s string, size float64, ink palette.Color) {
	d := p.d
	d.Font("", size)
	lh := size * 0.45
	for _, l := range d.Wrap(s, width) {
		p.need(lh)
		d.Ink(ink)
		d.Text(left, p.y, width, lh, l, "L")
		p.y += lh
	}
	p.y += 1.5
}

// bullet draws a wrapped paragraph with a bullet.
func (p *pdfDoc) bullet(s string) {
	d := p.d
	d.Font("", 9.5)
	lh := 4.6
	lines := d.Wrap(s, width-5)
	p.need(lh * float64(min(len(lines), 3)))
	d.Fill(palette.Accent)
	d.Rect(left+0.8, p.y+lh/2-0.8, 1.6, 1.6, "F")
	for _, l := range lines {
		p.need(lh)
		d.Ink(palette.Text)
		d.Text(left+5, p.y, width-5, lh, l, "L")
		p.y += lh
	}
	p.y += 1
}

// ---------------------------------------------------------------- tables

// column is one column of a table.
type column struct {
	title string
	w     float64
	align string
}

// table draws rows under a header that repeats on every page.
type table struct {
	p    *pdfDoc
	cols []column
	x    []float64
	size float64 // font size of the body
	n    int     // rows drawn
}

// newTable starts a table at p.y, the last column taking what is left
// of the width when its w is 0.
func (p *pdfDoc) newTable(cols []column, size float64) *table {
	t := &table{p: p, cols: cols, size: size}
	used := 0.0
	for _, c := range cols {
		used += c.w
	}
	for i := range t.cols {
		if t.cols[i].w == 0 {
			t.cols[i].w = width - used
		}
	}
	// No header word is cut: a column too narrow for its longest word
	// takes the room from the widest column.
	p.d.Font("B", 7.5)
	wide := 0
	for i, c := range t.cols {
		if c.w > t.cols[wide].w {
			wide = i
		}
	}
	for i, c := range t.cols {
		need := 0.0
		for _, w := range strings.Fields(c.title) {
			need = max(need, p.d.Width(w)+2*cellP+0.3)
		}
		if i != wide && need > c.w {
			t.cols[wide].w -= need - c.w
			t.cols[i].w = need
		}
	}
	x := left
	for _, c := range t.cols {
		t.x = append(t.x, x)
		x += c.w
	}
	p.tbl = nil
	p.need(2*rowH + 6)
	p.tbl = t
	t.header(false)
	return t
}

func (t *table) header(again bool) {
	p, d := t.p, t.p.d
	lh := 3.4
	var cells [][]string
	lines := 1
	d.Font("B", 7.5)
	for _, c := range t.cols {
		l := d.Wrap(c.title, c.w-2*cellP)
		cells = append(cells, l)
		lines = max(lines, len(l))
	}
	h := float64(lines)*lh + 2
	d.Fill(palette.HeadFill)
	d.Rect(left, p.y, width, h, "F")
	d.Ink(palette.Text)
	for i, c := range t.cols {
		y := p.y + (h-float64(len(cells[i]))*lh)/2
		d.Lines(t.x[i]+cellP, y, c.w-2*cellP, lh, cells[i], c.align)
	}
	p.y += h
	if again {
		t.n = 0
	}
}

// row makes room for a row of height h and shades every other row; the
// caller draws the cells at the returned y and calls done.
func (t *table) row(h float64) float64 {
	p := t.p
	p.need(h)
	if t.n%2 == 1 {
		p.d.Fill(palette.Zebra)
		p.d.Rect(left, p.y, width, h, "F")
	}
	t.n++
	return p.y
}

func (t *table) done(h float64) { t.p.y += h }

// text draws s in column i, on one line, shortened to fit.
func (t *table) text(i int, y, h float64, s, style string, ink palette.Color) {
	d := t.p.d
	d.Font(style, t.size)
	d.Ink(ink)
	c := t.cols[i]
	d.Text(t.x[i]+cellP, y, c.w-2*cellP, h, d.Ellipsize(s, c.w-2*cellP), c.align)
}

// lines draws wrapped lines in column i from the top of the row.
func (t *table) lines(i int, y, lh float64, lines []string, style string, ink palette.Color) {
	d := t.p.d
	d.Font(style, t.size)
	d.Ink(ink)
	c := t.cols[i]
	d.Lines(t.x[i]+cellP, y+(rowH-lh)/2, c.w-2*cellP, lh, lines, c.align)
}

// wrap breaks s to column i's width, at most n lines (the last
// shortened).
func (t *table) wrap(i int, s, style string, n int) []string {
	d := t.p.d
	d.Font(style, t.size)
	w := t.cols[i].w - 2*cellP
	l := d.Wrap(s, w)
	if len(l) > n {
		l = append(l[:n-1], d.Ellipsize(strings.Join(l[n-1:], " "), w))
	}
	return l
}

// swatch draws a colour square and a label in column i.
func (t *table) swatch(i int, y, h float64, c palette.Color, label, style string) {
	d := t.p.d
	d.Fill(c)
	d.Rect(t.x[i]+cellP, y+h/2-1.5, 3, 3, "F")
	d.Font(style, t.size)
	d.Ink(palette.Text)
	w := t.cols[i].w - 2*cellP - 4.2
	d.Text(t.x[i]+cellP+4.2, y, w, h, d.Ellipsize(label, w), "L")
}

// end closes the table with a rule.
func (t *table) end() {
	p := t.p
	p.d.Stroke(palette.Rule)
	p.d.SetLineWidth(0.2)
	p.d.Line(left, p.y, right, p.y)
	p.y += 2
	p.tbl = nil
}

// ----------------------------------------------------------------- cover

func (p *pdfDoc) cover() {
	rp, d := p.rp, p.d
	p.newPage()
	// The title on a band of the accent colour.
	d.Font("B", 21)
	title := d.Wrap(locale.Truncate(rp.Title, 300), width-10)
	if len(title) > 4 {
		title = append(title[:3], d.Ellipsize(strings.Join(title[3:], " "), width-10))
	}
	bandH := 30 + 9.5*float64(len(title))
	d.Fill(palette.Accent)
	d.Rect(0, 0, pdfdoc.PageWidth, bandH, "F")
	d.Font("B", 9)
	d.Ink(palette.White)
	d.Text(left, 16, width, 5, p.t(msg.ReportKicker), "L")
	d.Font("B", 21)
	d.Lines(left, 24, width, 9.5, title, "L")
	p.y = bandH + 12

	if rp.Region != "" {
		d.Font("B", 22)
		d.Ink(palette.Text)
		l := d.Wrap(locale.Truncate(rp.Region, maxName), width)
		if len(l) > 2 {
			l = l[:2]
		}
		d.Lines(left, p.y, width, 10, l, "L")
		p.y += 10*float64(len(l)) + 1
	}
	if rp.Period != "" {
		d.Font("", 14)
		d.Ink(palette.Muted)
		d.Text(left, p.y, width, 7, d.Ellipsize(p.t(msg.ReportPeriodOf, rp.Period), width), "L")
		p.y += 9
	}
	p.y += 4
	fields := [][2]string{
		{p.t(msg.ReportRubric), rp.Rubric.Title.In(p.lang())},
		{"-", p.t(msg.ReportRubricRef, rp.Rubric.Ref(), rp.Rubric.Version)},
	}
	if dt := rp.DateText(); dt != "" {
		label := p.t(msg.ReportDate)
		if rp.DateKind == DateData {
			label = p.t(msg.ReportDateData)
		}
		fields = append(fields, [2]string{label, dt})
	}
	for _, f := range fields {
		style, ink := "B", palette.Text
		if f[0] == "-" {
			style, ink = "", palette.Muted
		} else {
			p.y += 1.5
			d.Font("", 8)
			d.Ink(palette.Muted)
			d.Text(left, p.y, width, 4, f[0], "L")
			p.y += 4
		}
		d.Font(style, 10.5)
		d.Ink(ink)
		l := d.Wrap(f[1], width)
		d.Lines(left, p.y, width, 5, l, "L")
		p.y += 5 * float64(len(l))
	}
	p.y += 8
	p.scoreBox(left, p.y, width, 34)
	p.y += 34 + 10
	p.tocY = p.y
}

// scoreBox: the region's score, its band and zone, and what it is the
// mean of.
func (p *pdfDoc) scoreBox(x, y, w, h float64) {
	rp, d := p.rp, p.d
	sw := 56.0
	d.Fill(palette.Panel)
	d.RoundedRect(x, y, sw, h, 2, "1234", "F")
	d.Font("B", 7.5)
	d.Ink(palette.Muted)
	name := p.t(msg.ReportRegionScore)
	d.Text(x+2, y+3, sw-4, 4, d.Ellipsize(name, sw-4), "C")
	d.Font("B", 28)
	d.Ink(palette.Text)
	s := "–"
	if rp.Score.Score != nil {
		s = rp.Num(*rp.Score.Score)
	}
	d.Text(x, y+h/2-6, sw, 12, s, "C")
	d.Font("", 7.5)
	d.Ink(palette.Muted)
	d.Text(x+2, y+h-7.5, sw-4, 4, d.Ellipsize(p.t(msg.ReportScaleOf, rp.Num(rp.Rubric.Scale.Min), rp.Num(rp.Rubric.Scale.Max)), sw-4), "C")

	bx := x + sw + 4
	bw := 62.0
	if rp.Score.Band != nil {
		b := *rp.Score.Band
		c := p.bandColor(b)
		d.Fill(c)
		d.RoundedRect(bx, y, bw, h, 2, "1234", "F")
		d.Ink(c.Contrast())
		var rows []struct {
			s, style string
			size, lh float64
		}
		add := func(s, style string, size, lh float64) {
			d.Font(style, size)
			for _, l := range d.Wrap(s, bw-6) {
				rows = append(rows, struct {
					s, style string
					size, lh float64
				}{l, style, size, lh})
			}
		}
		if rp.Zoned && b.Zone != rubric.NoZone {
			add(strings.ToUpper(rp.Rubric.ZoneInfo(b.Zone).Label.In(p.lang())), "B", 12, 6)
		}
		if b.Grade != "" {
			add(p.t(msg.ReportGrade, b.Grade), "B", 14, 7)
		}
		add(b.Label.In(p.lang()), "", 10, 5)
		total := 0.0
		for _, r := range rows {
			total += r.lh
		}
		ry := y + (h-total)/2
		for _, r := range rows {
			d.Font(r.style, r.size)
			d.Text(bx+3, ry, bw-6, r.lh, r.s, "C")
			ry += r.lh
		}
	} else {
		d.Fill(palette.Panel)
		d.RoundedRect(bx, y, bw, h, 2, "1234", "F")
		d.Font("", 9)
		d.Ink(palette.Muted)
		l := d.Wrap(p.t(msg.ReportNoRegionScore), bw-6)
		d.Lines(bx+3, y+(h-4.5*float64(len(l)))/2, bw-6, 4.5, l, "C")
	}

	// What the score is made of.
	tx := bx + bw + 5
	tw := x + w - tx
	ty := y + 1
	lines := []struct {
		label, value string
	}{
		{p.t(msg.ReportUnitsAssessed), locale.Int(rp.Lang, rp.Total)},
		{p.t(msg.ReportUnitsComplete), locale.Int(rp.Lang, rp.Complete)},
		{p.t(msg.ReportUnitsIncomplete), locale.Int(rp.Lang, rp.Incomplete)},
	}
	for _, l := range lines {
		d.Font("", 8.5)
		d.Ink(palette.Muted)
		d.Text(tx, ty, tw-14, 5, d.Ellipsize(l.label, tw-15), "L")
		d.Font("B", 10)
		d.Ink(palette.Text)
		d.Text(tx+tw-14, ty, 14, 5, l.value, "R")
		ty += 5.5
	}
	d.Font("", 7.5)
	d.Ink(palette.Muted)
	rule := d.Wrap(p.t(msg.ReportScoreIs, rp.RollupText()), tw)
	if len(rule) > 3 {
		rule = append(rule[:2], d.Ellipsize(strings.Join(rule[2:], " "), tw))
	}
	d.Lines(tx, ty+1, tw, 3.4, rule, "L")
}

// contents writes the list of sections on the cover, once their pages
// are known.
func (p *pdfDoc) contents() {
	d := p.d
	last := d.PageNo()
	d.SetPage(1)
	// The cover's content stream ended with the footer's state; select
	// everything again before drawing on it.
	d.Font("B", 13.5)
	d.Font("", 9.5)
	d.Fill(palette.White)
	d.Ink(palette.White)
	d.Stroke(palette.White)
	y := p.tocY
	d.Font("B", 11)
	d.Ink(palette.Accent)
	d.Text(left, y, width, 6, p.t(msg.ReportContents), "L")
	y += 7
	for _, e := range p.toc {
		if y+5 > p.bottom {
			break
		}
		d.Font("", 9.5)
		d.Ink(palette.Text)
		d.Text(left, y, width-20, 5, d.Ellipsize(e.title, width-22), "L")
		d.Font("B", 9.5)
		d.Text(right-20, y, 20, 5, strconv.Itoa(e.page), "R")
		d.Stroke(palette.Grid)
		d.SetLineWidth(0.15)
		d.Line(left, y+5, right, y+5)
		y += 5.6
	}
	d.SetPage(last)
}

// --------------------------------------------------------------- summary

func (p *pdfDoc) summary() {
	rp, d := p.rp, p.d
	p.section(p.t(msg.ReportSecSummary), true, 0)

	// The headline figures as sentences.
	lang := rp.Lang
	region := rp.Region
	if region == "" {
		region = p.t(msg.ReportTheRegion)
	}
	if rp.Score.Score != nil {
		b := *rp.Score.Band
		p.bullet(p.t(msg.ReportSumScore, region, rp.Num(*rp.Score.Score), p.bandName(b), locale.Int(lang, rp.Score.Units)))
	} else {
		p.bullet(p.t(msg.ReportSumNoScore, region))
	}
	p.bullet(p.t(msg.ReportSumUnits, locale.Int(lang, rp.Total), locale.Int(lang, rp.Complete), locale.Int(lang, rp.Incomplete)))
	if rp.Complete > 0 {
		var parts []string
		for _, c := range rp.Categories {
			parts = append(parts, p.t(msg.ReportSumCategory, c.Label, locale.Int(lang, c.Count), locale.Percent(lang, c.Share, 1)))
		}
		p.bullet(strings.Join(parts, "; ") + ".")
	}
	if rp.Weakest >= 0 {
		g := rp.Groups[rp.Weakest]
		p.bullet(p.t(msg.ReportSumWeakest, rp.GroupName(g.Group), locale.Percent(lang, g.Mean, 1)))
	}
	if rp.Top > 0 {
		ir := rp.Indicators[0]
		p.bullet(p.t(msg.ReportSumTopIndicator, ir.Indicator.Code, ir.Indicator.Text.In(p.lang()),
			locale.Int(lang, ir.Failing), locale.Int(lang, ir.Assessed)))
	}
	if rp.Incomplete > 0 {
		var codes []string
		for _, is := range rp.Issues {
			if u := &rp.Units[is.Unit]; u.Status == results.Incomplete {
				codes = append(codes, u.Code)
			}
		}
		p.bullet(p.t(msg.ReportSumIncomplete, locale.Int(lang, rp.Incomplete), joinSome(p.rp.Lang, codes, 8)))
	}

	// Units per type.
	p.sub(p.t(msg.ReportUnitsPerType), 2*rowH+8)
	cols := []column{{p.t(msg.ReportColType), 0, "L"}, {p.t(msg.ReportColAssessed), 17, "R"},
		{p.t(msg.ReportColComplete), 17, "R"}, {p.t(msg.ReportColIncomplete), 19, "R"}}
	catW := math.Min(18, 80/float64(max(1, len(rp.Categories))))
	for _, c := range rp.Categories {
		cols = append(cols, column{shortCat(c.Label), catW, "R"})
	}
	// The type column first, so it takes what is left.
	cols[0].w = 0
	used := 0.0
	for _, c := range cols[1:] {
		used += c.w
	}
	cols[0].w = width - used
	t := p.newTable(cols, 8.5)
	tot := make([]int, len(rp.Categories))
	for _, tr := range rp.Types {
		y := t.row(rowH)
		t.text(0, y, rowH, tr.Label, "", palette.Text)
		t.text(1, y, rowH, locale.Int(lang, tr.Units), "B", palette.Text)
		t.text(2, y, rowH, locale.Int(lang, tr.Complete), "", palette.Text)
		t.text(3, y, rowH, dash(lang, tr.Incomplete), "", missingIfAny(tr.Incomplete))
		for ci, n := range tr.Counts {
			tot[ci] += n
			t.text(4+ci, y, rowH, dash(lang, n), "", palette.Text)
		}
		t.done(rowH)
	}
	y := t.row(rowH)
	t.text(0, y, rowH, p.t(msg.ReportTotal), "B", palette.Text)
	t.text(1, y, rowH, locale.Int(lang, rp.Total), "B", palette.Text)
	t.text(2, y, rowH, locale.Int(lang, rp.Complete), "B", palette.Text)
	t.text(3, y, rowH, dash(lang, rp.Incomplete), "B", missingIfAny(rp.Incomplete))
	for ci, n := range tot {
		t.text(4+ci, y, rowH, dash(lang, n), "B", palette.Text)
	}
	t.done(rowH)
	t.end()
	// Colour keys for the category columns.
	p.categoryLegend()

	// Units per zone: the table and the chart side by side.
	key := msg.ReportUnitsPerZone
	if !rp.Zoned {
		key = msg.ReportUnitsPerCategory
	}
	chartH := 62.0
	p.sub(p.t(key), chartH)
	top := p.y
	tw := 78.0
	d.Font("B", 7.5)
	ty := top
	d.Fill(palette.HeadFill)
	d.Rect(left, ty, tw, rowH, "F")
	d.Ink(palette.Text)
	d.Text(left+cellP, ty, 40, rowH, p.catTitle(), "L")
	d.Text(left+tw-38, ty, 16, rowH, p.t(msg.ReportColUnits), "R")
	d.Text(left+tw-20, ty, 19, rowH, p.t(msg.ReportColShare), "R")
	ty += rowH
	for _, c := range rp.Categories {
		d.Fill(c.Color)
		d.Rect(left+cellP, ty+1, 3, 3, "F")
		d.Font("", 8.5)
		d.Ink(palette.Text)
		d.Text(left+cellP+4.5, ty, tw-44, rowH, d.Ellipsize(c.Label, tw-46), "L")
		d.Font("B", 8.5)
		d.Text(left+tw-38, ty, 16, rowH, locale.Int(lang, c.Count), "R")
		d.Font("", 8.5)
		d.Text(left+tw-20, ty, 19, rowH, locale.Percent(lang, c.Share, 1), "R")
		ty += rowH
	}
	if rp.Incomplete > 0 {
		d.Fill(palette.Neutral)
		d.Rect(left+cellP, ty+1, 3, 3, "F")
		d.Font("", 8.5)
		d.Ink(palette.Missing)
		d.Text(left+cellP+4.5, ty, tw-44, rowH, p.t(msg.ReportIncompleteBar), "L")
		d.Font("B", 8.5)
		d.Text(left+tw-38, ty, 16, rowH, locale.Int(lang, rp.Incomplete), "R")
		ty += rowH
	}
	d.Stroke(palette.Rule)
	d.SetLineWidth(0.2)
	d.Line(left, ty, left+tw, ty)
	d.Font("", 7)
	d.Ink(palette.Muted)
	note := d.Wrap(p.t(msg.ReportShareNote), tw)
	d.Lines(left, ty+1, tw, 3.3, note, "L")
	p.categoryChart(left+tw+8, top, width-tw-8, chartH)
	p.y = math.Max(top+chartH, ty+1+3.3*float64(len(note))) + 2

	// Targets.
	p.sub(p.t(msg.ReportTargets), 12)
	if len(rp.Targets) == 0 {
		p.para(p.t(msg.ReportNoTargets), 9, palette.Muted)
		return
	}
	t = p.newTable([]column{{p.t(msg.ReportColTarget), 0, "L"}, {p.t(msg.ReportColGoal), 34, "R"},
		{p.t(msg.ReportColActual), 34, "R"}, {p.t(msg.ReportColStatus), 30, "L"}}, 8.5)
	for _, tr := range rp.Targets {
		lines := t.wrap(0, tr.Label, "", 3)
		h := math.Max(rowH, 4*float64(len(lines))+1.5)
		y := t.row(h)
		t.lines(0, y, 4, lines, "", palette.Text)
		t.text(1, y, h, p.goal(tr.Target), "", palette.Text)
		actual := "–"
		if tr.Status != TargetUnknown {
			if tr.Target.Kind == rubric.TargetZoneShare {
				actual = locale.Percent(lang, tr.Actual, 1) + " (" + locale.Int(lang, tr.Count) + ")"
			} else {
				actual = rp.Num(tr.Actual)
			}
		}
		t.text(2, y, h, actual, "B", palette.Text)
		switch tr.Status {
		case TargetMet:
			t.text(3, y, h, "✓ "+p.t(msg.ReportTargetMet), "B", palette.Met)
		case TargetNotMet:
			t.text(3, y, h, "✗ "+p.t(msg.ReportTargetNotMet), "B", palette.NotMet)
		default:
			t.text(3, y, h, p.t(msg.ReportTargetUnknown), "", palette.Muted)
		}
		t.done(h)
	}
	t.end()
}

// goal renders a target's range: "≥ 81,00", "≤ 10,0%", "50,0%–80,0%".
func (p *pdfDoc) goal(tg rubric.Target) string {
	f := func(x float64) string {
		if tg.Kind == rubric.TargetZoneShare {
			return locale.Percent(p.rp.Lang, x, 1)
		}
		return p.rp.Num(x)
	}
	s := ""
	switch {
	case tg.Min != nil && tg.Max != nil:
		s = f(*tg.Min) + "–" + f(*tg.Max)
	case tg.Min != nil:
		s = "≥ " + f(*tg.Min)
	case tg.Max != nil:
		s = "≤ " + f(*tg.Max)
	}
	if tg.Kind == rubric.TargetZoneShare {
		s = p.rp.Rubric.ZoneInfo(tg.Zone).Label.In(p.lang()) + " " + s
	}
	return s
}

// catTitle heads a column of categories: "Zona", or "Kategori" when the
// rubric has no zones.
func (p *pdfDoc) catTitle() string {
	if p.rp.Zoned {
		return p.t(msg.ReportColZone)
	}
	return p.t(msg.ReportColGrade)
}

// categoryLegend: what each category column stands for, in colour.
func (p *pdfDoc) categoryLegend() {
	d := p.d
	x := left
	d.Font("", 7.5)
	p.need(5)
	for _, c := range p.rp.Categories {
		w := d.Width(c.Label) + 8
		if x+w > right {
			p.y += 4.2
			x = left
		}
		d.Fill(c.Color)
		d.Rect(x, p.y+0.8, 2.6, 2.6, "F")
		d.Ink(palette.Muted)
		d.Text(x+3.6, p.y, w-4, 4.2, c.Label, "L")
		x += w
	}
	p.y += 5
}

// bandName is "Kepatuhan Sedang, Zona Kuning" or "B · Baik".
func (p *pdfDoc) bandName(b rubric.Band) string {
	s := b.Label.In(p.lang())
	if b.Grade != "" {
		s = p.t(msg.ReportGrade, b.Grade) + " · " + s
	}
	if p.rp.Zoned && b.Zone != rubric.NoZone {
		s += ", " + p.rp.Rubric.ZoneInfo(b.Zone).Label.In(p.lang())
	}
	return s
}

// bandColor is the colour of band b's category.
func (p *pdfDoc) bandColor(b rubric.Band) palette.Color {
	if ci := p.rp.CategoryOfBand(b); ci >= 0 {
		return p.rp.Categories[ci].Color
	}
	return palette.Neutral
}

// ---------------------------------------------------------------- charts

// categoryChart: a bar per category (and one for the incomplete units),
// in the category's colour, its count above.
func (p *pdfDoc) categoryChart(x, y, w, h float64) {
	rp, d := p.rp, p.d
	type bar struct {
		label string
		n     int
		c     palette.Color
	}
	var bars []bar
	for _, c := range rp.Categories {
		bars = append(bars, bar{shortCat(c.Label), c.Count, c.Color})
	}
	if rp.Incomplete > 0 {
		bars = append(bars, bar{p.t(msg.ReportIncompleteBar), rp.Incomplete, palette.Neutral})
	}
	most := 1
	for _, b := range bars {
		most = max(most, b.n)
	}
	top, stepV := axis(most)
	const axisW, labelH, valueH = 9.0, 9.0, 5.0
	px, pw := x+axisW, w-axisW
	py, ph := y+valueH, h-valueH-labelH
	p.yAxis(x, px, pw, py, ph, top, stepV)
	slot := pw / float64(len(bars))
	bw := math.Min(slot*0.62, 22)
	for i, b := range bars {
		bx := px + slot*float64(i) + (slot-bw)/2
		bh := ph * float64(b.n) / float64(top)
		d.Fill(b.c)
		if b.n > 0 {
			d.Rect(bx, py+ph-bh, bw, bh, "F")
		}
		d.Font("B", 8)
		d.Ink(palette.Text)
		d.Text(bx-3, py+ph-bh-4.5, bw+6, 4, locale.Int(rp.Lang, b.n), "C")
		d.Font("", 7)
		d.Ink(palette.Text)
		l := d.Wrap(b.label, slot-1)
		if len(l) > 2 {
			l = append(l[:1], d.Ellipsize(strings.Join(l[1:], " "), slot-1))
		}
		d.Lines(px+slot*float64(i)+0.5, py+ph+1, slot-1, 3.3, l, "C")
	}
}

// axis returns the top of a count axis and its tick step: whole numbers,
// about five ticks.
func axis(most int) (top, step int) {
	step = max(1, int(niceStep(float64(most), 5)+0.5))
	top = (most + step - 1) / step * step
	if top == most {
		top += step
	}
	return top, step
}

// yAxis draws the grid and count labels of a chart's plot area.
func (p *pdfDoc) yAxis(x, px, pw, py, ph float64, top, step int) {
	d := p.d
	d.SetLineWidth(0.15)
	for v := 0; v <= top; v += step {
		gy := py + ph - ph*float64(v)/float64(top)
		d.Stroke(palette.Grid)
		if v == 0 {
			d.Stroke(palette.Muted)
		}
		d.Line(px, gy, px+pw, gy)
		d.Font("", 6.5)
		d.Ink(palette.Muted)
		d.Text(x, gy-2, px-x-1.5, 4, locale.Int(p.rp.Lang, v), "R")
	}
}

// distribution: the histogram of the scores over the scale, bars
// stacked and coloured by category, the bands drawn under the axis.
func (p *pdfDoc) distribution() {
	rp, d := p.rp, p.d
	p.section(p.t(msg.ReportSecDistribution), false, 125)
	h := &rp.Histogram
	if len(h.Bins) == 0 || rp.Complete == 0 {
		p.para(p.t(msg.ReportNoScores), 9, palette.Muted)
		return
	}
	p.para(p.t(msg.ReportHistogramNote, rp.Num(h.Step), locale.Int(rp.Lang, rp.Complete)), 8.5, palette.Muted)
	const chartH = 78.0
	p.need(chartH + 18)
	x, y, w := left, p.y, width
	most := 1
	for _, b := range h.Bins {
		most = max(most, b.Total)
	}
	top, stepV := axis(most)
	const axisW, valueH = 9.0, 4.0
	px, pw := x+axisW, w-axisW
	py, ph := y+valueH, chartH-valueH
	p.yAxis(x, px, pw, py, ph, top, stepV)
	span := h.Max - h.Min
	xOf := func(v float64) float64 { return px + pw*(v-h.Min)/span }
	order := make([]int, len(rp.Categories))
	for i := range order {
		order[i] = len(order) - 1 - i // the lowest category at the bottom
	}
	for _, b := range h.Bins {
		x0, x1 := xOf(b.Lo), xOf(b.Hi)
		bw := (x1 - x0) * 0.86
		bx := x0 + (x1-x0-bw)/2
		base := py + ph
		for _, ci := range order {
			n := b.Counts[ci]
			if n == 0 {
				continue
			}
			bh := ph * float64(n) / float64(top)
			d.Fill(rp.Categories[ci].Color)
			d.Rect(bx, base-bh, bw, bh, "F")
			base -= bh
		}
		if b.Total > 0 {
			d.Font("B", 7)
			d.Ink(palette.Text)
			d.Text(bx-3, base-4, bw+6, 3.6, locale.Int(rp.Lang, b.Total), "C")
		}
	}
	// Ticks at bin edges, at most about ten labels.
	every := max(1, (len(h.Bins)+9)/10)
	dec := locale.Decimals(h.Step)
	d.Font("", 6.5)
	d.Ink(palette.Muted)
	ay := py + ph
	for i := 0; i <= len(h.Bins); i++ {
		v := h.Max
		if i < len(h.Bins) {
			v = h.Bins[i].Lo
		}
		tx := xOf(v)
		d.Stroke(palette.Muted)
		d.Line(tx, ay, tx, ay+1)
		if i%every == 0 || i == len(h.Bins) {
			d.Text(tx-8, ay+1, 16, 3.4, locale.Num(rp.Lang, v, dec), "C")
		}
	}
	// The bands under the axis.
	by := ay + 5
	bands := rp.Rubric.Bands
	for i, b := range bands {
		hi := h.Max
		if i+1 < len(bands) {
			hi = bands[i+1].Min
		}
		x0, x1 := xOf(b.Min), xOf(hi)
		c := p.bandColor(b)
		d.Fill(c)
		d.Rect(x0, by, x1-x0, 5, "F")
		d.Stroke(palette.White)
		d.SetLineWidth(0.4)
		d.Line(x0, by, x0, by+5)
		name := b.Label.In(p.lang())
		if b.Grade != "" {
			name = b.Grade
		}
		d.Font("B", 6.5)
		d.Ink(c.Contrast())
		if d.Width(name) < x1-x0-1 {
			d.Text(x0, by, x1-x0, 5, name, "C")
		}
	}
	p.y = by + 7
	// The key: each band's range and label.
	d.Font("", 7.5)
	for i := len(bands) - 1; i >= 0; i-- {
		b := bands[i]
		label := p.bandRange(i) + "  " + p.bandName(b)
		p.need(4)
		d.Fill(p.bandColor(b))
		d.Rect(left, p.y+0.8, 2.6, 2.6, "F")
		d.Ink(palette.Text)
		d.Text(left+4, p.y, width-4, 4, d.Ellipsize(label, width-5), "L")
		p.y += 4
	}
	p.y += 2
}

// bandRange is "51,00–80,99".
func (p *pdfDoc) bandRange(i int) string {
	bands := p.rp.Rubric.Bands
	b := bands[i]
	hi := b.Max
	if hi == 0 && i+1 < len(bands) {
		hi = bands[i+1].Min
	}
	return p.rp.Num(b.Min) + "–" + p.rp.Num(hi)
}

// --------------------------------------------------------------- ranking

// fitWidth is the width a column needs for texts in a font, between lo
// and hi millimetres.
func (p *pdfDoc) fitWidth(texts []string, style string, size, lo, hi float64) float64 {
	p.d.Font(style, size)
	w := 0.0
	for _, s := range texts {
		w = max(w, p.d.Width(s))
	}
	return min(hi, max(lo, w+2*cellP+0.6))
}

// codeWidth fits the units' codes.
func (p *pdfDoc) codeWidth(size float64) float64 {
	var codes []string
	for i := range p.rp.Units {
		codes = append(codes, p.rp.Units[i].Code)
	}
	return p.fitWidth(codes, "B", size, 14, 38)
}

// classCols are the columns that say where a score falls: a grade column
// when the rubric has grades and zones, the label (unless short), and
// the zone (or the grade, when the rubric has no zones) with its colour.
func (p *pdfDoc) classCols(size float64, label bool) []column {
	rp := p.rp
	var cols []column
	if rp.Zoned && rp.HasGrades() {
		cols = append(cols, column{p.t(msg.ReportColGrade), 15, "C"})
	}
	if label {
		var ls []string
		for _, b := range rp.Rubric.Bands {
			ls = append(ls, b.Label.In(p.lang()))
		}
		cols = append(cols, column{p.t(msg.ReportColLabel), p.fitWidth(ls, "", size, 18, 36), "L"})
	}
	var zs []string
	for _, c := range rp.Categories {
		if rp.Zoned {
			zs = append(zs, shortCat(c.Label))
		} else {
			zs = append(zs, rp.Rubric.Bands[c.Bands[0]].Grade)
		}
	}
	zs = append(zs, p.t(msg.ReportIncompleteShort))
	w := p.fitWidth(zs, "", size, 14, 28) + 4.2
	if rp.Zoned {
		cols = append(cols, column{p.t(msg.ReportColZone), w, "L"})
	} else {
		cols = append(cols, column{p.t(msg.ReportColGrade), w, "L"})
	}
	return cols
}

// classCells fills the classCols from column i on.
func (p *pdfDoc) classCells(t *table, i int, y, h float64, b *rubric.Band, label bool) {
	rp := p.rp
	if b == nil {
		if rp.Zoned && rp.HasGrades() {
			i++
		}
		if label {
			i++
		}
		t.text(i, y, h, p.t(msg.ReportIncompleteShort), "", palette.Missing)
		return
	}
	if rp.Zoned && rp.HasGrades() {
		t.text(i, y, h, b.Grade, "B", palette.Text)
		i++
	}
	if label {
		t.text(i, y, h, b.Label.In(p.lang()), "", palette.Text)
		i++
	}
	if rp.Zoned {
		t.swatch(i, y, h, p.bandColor(*b), shortCat(rp.Rubric.ZoneInfo(b.Zone).Label.In(p.lang())), "")
	} else {
		t.swatch(i, y, h, p.bandColor(*b), b.Grade, "B")
	}
}

// nameType wraps a unit's name for column i (at most two lines of
// height lh) and returns the lines and the height of a row that also
// holds the unit's type below them.
func (t *table) nameType(i int, name string, lh float64) ([]string, float64) {
	l := t.wrap(i, locale.Truncate(name, maxName), "", 2)
	return l, lh*float64(len(l)) + 3 + 1.6
}

// drawNameType draws what nameType prepared, the type in small print.
func (t *table) drawNameType(i int, y, lh float64, name []string, typ string) {
	t.lines(i, y, lh, name, "", palette.Text)
	d := t.p.d
	d.Font("", 6.5)
	d.Ink(palette.Muted)
	w := t.cols[i].w - 2*cellP
	d.Text(t.x[i]+cellP, y+(rowH-lh)/2+lh*float64(len(name)), w, 3, d.Ellipsize(typ, w), "L")
}

func (p *pdfDoc) ranking() {
	rp := p.rp
	p.section(p.t(msg.ReportSecRanking), false, 40)
	p.para(p.t(msg.ReportRankingNote, locale.Int(rp.Lang, len(rp.Ranking))), 8.5, palette.Muted)
	if len(rp.Ranking) == 0 {
		return
	}
	const size = 7.5
	rank := p.t(msg.ReportColRank)
	cols := []column{{rank, p.fitWidth([]string{rank}, "B", 7.5, 10, 20), "R"}, {p.t(msg.ReportColCode), p.codeWidth(size), "L"},
		{p.t(msg.ReportColName) + " · " + p.t(msg.ReportColType), 0, "L"}, {p.t(msg.ReportColScore), 14, "R"}}
	cols = append(cols, p.classCols(size, true)...)
	cols = fill(cols, 2)
	t := p.newTable(cols, size)
	for _, rk := range rp.Ranking {
		u := &rp.Units[rk.Unit]
		name, h := t.nameType(2, u.Name, 3.4)
		y := t.row(h)
		t.text(0, y, rowH, strconv.Itoa(rk.Rank), "B", palette.Text)
		t.text(1, y, rowH, u.Code, "B", palette.Text)
		t.drawNameType(2, y, 3.4, name, rp.TypeLabel(u.Type))
		t.text(3, y, rowH, rp.Num(rk.Score), "B", palette.Text)
		p.classCells(t, 4, y, rowH, u.Band, true)
		t.done(h)
	}
	t.end()
}

// fill gives column i the width the others leave.
func fill(cols []column, i int) []column {
	used := 0.0
	for j, c := range cols {
		if j != i {
			used += c.w
		}
	}
	cols[i].w = width - used
	return cols
}

// -------------------------------------------------------------- averages

func (p *pdfDoc) averages() {
	rp, d := p.rp, p.d
	lang := rp.Lang
	p.section(p.t(msg.ReportSecAverages), false, 40)

	p.sub(p.t(msg.ReportByType), 2*rowH+8)
	const size = 8.5
	cols := []column{{p.t(msg.ReportColType), 0, "L"}, {p.t(msg.ReportColComplete), 17, "R"},
		{p.t(msg.ReportColMean), 17, "R"}, {p.t(msg.ReportColMin), 17, "R"}, {p.t(msg.ReportColMax), 17, "R"}}
	cols = append(cols, p.classCols(size, true)...)
	t := p.newTable(fill(cols, 0), size)
	for _, tr := range rp.Types {
		y := t.row(rowH)
		t.text(0, y, rowH, tr.Label, "", palette.Text)
		t.text(1, y, rowH, locale.Int(lang, tr.Complete)+" / "+locale.Int(lang, tr.Units), "", palette.Text)
		if tr.Score != nil {
			t.text(2, y, rowH, rp.Num(*tr.Score), "B", palette.Text)
			t.text(3, y, rowH, rp.Num(tr.Min), "", palette.Text)
			t.text(4, y, rowH, rp.Num(tr.Max), "", palette.Text)
		} else {
			t.text(2, y, rowH, "–", "", palette.Muted)
		}
		p.classCells(t, 5, y, rowH, tr.Band, true)
		t.done(rowH)
	}
	if rp.Score.Score != nil {
		y := t.row(rowH)
		t.text(0, y, rowH, p.t(msg.ReportRegionRow), "B", palette.Text)
		t.text(1, y, rowH, locale.Int(lang, rp.Complete)+" / "+locale.Int(lang, rp.Total), "B", palette.Text)
		t.text(2, y, rowH, rp.Num(*rp.Score.Score), "B", palette.Text)
		lo, hi := rp.scoreRange()
		t.text(3, y, rowH, rp.Num(lo), "", palette.Text)
		t.text(4, y, rowH, rp.Num(hi), "", palette.Text)
		p.classCells(t, 5, y, rowH, rp.Score.Band, true)
		t.done(rowH)
	}
	t.end()
	if rp.Rubric.Rollup.Rule == rubric.RollupWeightedMean {
		p.para(p.t(msg.ReportTypeMeanNote), 7.5, palette.Muted)
	}

	p.sub(p.t(msg.ReportByGroup), 2*rowH+8)
	if len(rp.Groups) == 0 {
		p.para(p.t(msg.ReportFlatRubric), 9, palette.Muted)
		return
	}
	p.para(p.t(msg.ReportGroupNote), 8, palette.Muted)
	const barW = 46.0
	cols = []column{{p.t(msg.ReportColGroup), 0, "L"}, {p.t(msg.ReportColShareWeight), 18, "R"},
		{p.t(msg.ReportColUnits), 14, "R"}, {p.t(msg.ReportColAchievement), barW + 18, "L"}}
	t = p.newTable(fill(cols, 0), 8)
	for gi, g := range rp.Groups {
		depth := g.Group.Depth()
		style := ""
		if depth == 1 {
			style = "B"
		}
		indent := 3.5 * float64(depth-1)
		name := rp.GroupName(g.Group)
		weakest := gi == rp.Weakest
		if weakest {
			name += "  " + p.t(msg.ReportWeakestMark)
		}
		d.Font(style, 8)
		nw := t.cols[0].w - 2*cellP - indent
		lines := d.Wrap(name, nw)
		if len(lines) > 2 {
			lines = []string{lines[0], d.Ellipsize(strings.Join(lines[1:], " "), nw)}
		}
		h := math.Max(rowH, 3.6*float64(len(lines))+1.4)
		y := t.row(h)
		ink := palette.Text
		if weakest {
			ink = palette.NotMet
		}
		d.Ink(ink)
		d.Lines(t.x[0]+cellP+indent, y+(h-3.6*float64(len(lines)))/2, nw, 3.6, lines, "L")
		t.text(1, y, h, locale.Percent(lang, g.Share, 1), "", palette.Muted)
		t.text(2, y, h, locale.Int(lang, g.Units), "", palette.Text)
		if g.Units > 0 {
			bx := t.x[3] + cellP
			d.Fill(palette.Track)
			d.Rect(bx, y+h/2-1.3, barW, 2.6, "F")
			if g.Mean > 0 {
				d.Fill(p.fractionColor(g.Mean))
				d.Rect(bx, y+h/2-1.3, math.Max(0.4, barW*g.Mean), 2.6, "F")
			}
			d.Font(style, 8)
			d.Ink(palette.Text)
			d.Text(bx+barW+1, y, 16, h, locale.Percent(lang, g.Mean, 1), "R")
		} else {
			t.text(3, y, h, "–", "", palette.Muted)
		}
		t.done(h)
	}
	t.end()
}

// scoreRange is the lowest and highest complete unit's score.
func (rp *Report) scoreRange() (lo, hi float64) {
	if len(rp.Ranking) == 0 {
		return 0, 0
	}
	return rp.Ranking[len(rp.Ranking)-1].Score, rp.Ranking[0].Score
}

// fractionColor colours an achievement by the band the same
// achievement of the whole scale would fall in.
func (p *pdfDoc) fractionColor(f float64) palette.Color {
	r := p.rp.Rubric
	v := score.Round(r.Scale.Min+f*(r.Scale.Max-r.Scale.Min), r.Scale.Decimals, r.Scale.Rounding)
	return p.bandColor(r.BandFor(v))
}

// ---------------------------------------------------------------- agenda

func (p *pdfDoc) agenda() {
	rp, d := p.rp, p.d
	lang := rp.Lang
	p.section(p.t(msg.ReportSecAgenda), false, 60)
	p.para(p.t(msg.ReportAgendaNote), 8.5, palette.Muted)
	if rp.Top == 0 {
		p.para(p.t(msg.ReportNoFailing), 9.5, palette.Text)
		return
	}
	const numW = 9.0
	tw := width - numW
	for i, ir := range rp.Indicators[:rp.Top] {
		ind := ir.Indicator
		d.Font("B", 9.5)
		title := d.Wrap(ind.Code+" · "+ind.Text.In(p.lang()), tw)
		d.Font("", 8)
		group := ""
		if g := ind.Group(); g != nil && !g.IsRoot() {
			group = p.t(msg.ReportAgendaGroup, rp.GroupName(g)) + " · "
		}
		stats := group + p.t(msg.ReportAgendaStats, locale.Int(lang, ir.Failing), locale.Int(lang, ir.Assessed),
			locale.Percent(lang, ir.Share, 1), locale.Int(lang, ir.NotMet), locale.Int(lang, ir.Partial),
			unitsText(lang, ir.Shortfall), locale.Percent(lang, ir.Mean, 1))
		sl := d.Wrap(stats, tw-52)
		rec := ind.Recommendation.In(p.lang())
		if rec == "" {
			rec = p.t(msg.ReportNoRecommendation)
		}
		d.Font("", 8.5)
		rl := d.Wrap(p.t(msg.ReportRecommendation)+": "+rec, tw)
		var codes []string
		for _, ui := range ir.Units {
			codes = append(codes, rp.Units[ui].Code)
		}
		d.Font("", 7.5)
		ul := d.Wrap(p.t(msg.ReportAgendaUnits)+": "+joinSome(lang, codes, maxAgendaUnits), tw)
		h := 4.6*float64(len(title)) + 3.8*float64(max(len(sl), 1)) + 1 + 4.1*float64(len(rl)) + 3.5*float64(len(ul)) + 4
		p.need(math.Min(h, p.bottom-pdfdoc.MarginTop-12))
		top := p.y
		d.Fill(palette.Accent)
		d.Circle(left+3.2, top+2.4, 3, "F")
		d.Font("B", 8.5)
		d.Ink(palette.White)
		d.Text(left, top+0.2, 6.4, 4.4, strconv.Itoa(i+1), "C")
		x := left + numW
		d.Font("B", 9.5)
		d.Ink(palette.Text)
		d.Lines(x, p.y, tw, 4.6, title, "L")
		p.y += 4.6 * float64(len(title))
		// The share of units failing, as a bar beside the numbers.
		bx := right - 48
		d.Fill(palette.Track)
		d.Rect(bx, p.y+1, 48, 2.4, "F")
		if ir.Assessed > 0 {
			nm := float64(ir.NotMet) / float64(ir.Assessed)
			pa := float64(ir.Partial) / float64(ir.Assessed)
			d.Fill(palette.NotMet)
			if nm > 0 {
				d.Rect(bx, p.y+1, 48*nm, 2.4, "F")
			}
			d.Fill(palette.Partial)
			if pa > 0 {
				d.Rect(bx+48*nm, p.y+1, 48*pa, 2.4, "F")
			}
		}
		d.Font("", 8)
		d.Ink(palette.Muted)
		d.Lines(x, p.y, tw-52, 3.8, sl, "L")
		p.y += 3.8*float64(max(len(sl), 1)) + 1
		d.Font("", 8.5)
		for _, l := range rl {
			p.need(4.1)
			d.Ink(palette.Text)
			d.Text(x, p.y, tw, 4.1, l, "L")
			p.y += 4.1
		}
		d.Font("", 7.5)
		for _, l := range ul {
			p.need(3.5)
			d.Ink(palette.Muted)
			d.Text(x, p.y, tw, 3.5, l, "L")
			p.y += 3.5
		}
		p.y += 2
		d.Stroke(palette.Grid)
		d.SetLineWidth(0.15)
		d.Line(x, p.y, right, p.y)
		p.y += 2
	}
	// The key of the bars.
	p.need(5)
	d.Font("", 7.5)
	x := left + numW
	for _, k := range []struct {
		c palette.Color
		s string
	}{{palette.NotMet, p.t(msg.ReportNotMet)}, {palette.Partial, p.t(msg.ReportPartial)}} {
		d.Fill(k.c)
		d.Rect(x, p.y+0.8, 2.6, 2.6, "F")
		d.Ink(palette.Muted)
		d.Text(x+3.6, p.y, 40, 4.2, k.s, "L")
		x += d.Width(k.s) + 10
	}
	p.y += 5
}

// unitsText renders a number of units: whole numbers as such ("6"), others
// with one decimal ("5,2").
func unitsText(lang msg.Lang, x float64) string {
	if math.Abs(x-math.Round(x)) < 1e-9 {
		return locale.Int(lang, int(math.Round(x)))
	}
	return locale.Num(lang, x, 1)
}

// joinSome joins up to n items, then "and N more".
func joinSome(lang msg.Lang, items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:n], ", ") + " " + msg.T(lang, msg.ReportAndMore, locale.Int(lang, len(items)-n))
}

// ---------------------------------------------------------------- issues

func (p *pdfDoc) issues() {
	rp := p.rp
	p.section(p.t(msg.ReportSecIssues), false, 40)
	var incomplete, na []Issue
	for _, is := range rp.Issues {
		if rp.Units[is.Unit].Status == results.Incomplete {
			incomplete = append(incomplete, is)
		}
		if len(is.NA) > 0 {
			na = append(na, is)
		}
	}
	inds := rp.Rubric.Indicators()
	p.para(p.t(msg.ReportIssuesNote), 8.5, palette.Muted)
	list := func(title string, rows []Issue, none string, items func(is Issue) string, which func(is Issue) []int) {
		p.sub(title, 2*rowH+6)
		if len(rows) == 0 {
			p.para(none, 9, palette.Muted)
			return
		}
		defer func() {
			// What the codes stand for.
			seen := make([]bool, len(inds))
			for _, is := range rows {
				for _, k := range which(is) {
					seen[k] = true
				}
			}
			var key []string
			for k, ok := range seen {
				if ok {
					key = append(key, inds[k].Code+" "+inds[k].Text.In(p.lang()))
				}
			}
			p.para(joinSome(rp.Lang, key, 40)+".", 7.5, palette.Text)
		}()
		cols := []column{{p.t(msg.ReportColCode), p.codeWidth(8), "L"}, {p.t(msg.ReportColName) + " · " + p.t(msg.ReportColType), 62, "L"},
			{p.t(msg.ReportColItems), 0, "L"}}
		t := p.newTable(fill(cols, 2), 8)
		for _, is := range rows {
			u := &rp.Units[is.Unit]
			lines := t.wrap(2, items(is), "", 12)
			name, h := t.nameType(1, u.Name, 3.5)
			h = math.Max(h, 3.6*float64(len(lines))+1.6)
			y := t.row(h)
			t.text(0, y, rowH, u.Code, "B", palette.Text)
			t.drawNameType(1, y, 3.5, name, rp.TypeLabel(u.Type))
			t.lines(2, y, 3.6, lines, "", palette.Text)
			t.done(h)
		}
		t.end()
	}
	list(p.t(msg.ReportIncompleteList, len(incomplete)), incomplete, p.t(msg.ReportNoIncomplete), func(is Issue) string {
		parts := make([]string, len(is.Missing))
		u := &rp.Units[is.Unit]
		for i, k := range is.Missing {
			parts[i] = inds[k].Code
			if c := u.Indicators[k].Source.Cell(); c != "" {
				parts[i] += " (" + c + ")"
			}
		}
		return strings.Join(parts, ", ")
	}, func(is Issue) []int { return is.Missing })
	p.para(p.t(msg.ReportIncompleteNote), 7.5, palette.Muted)
	list(p.t(msg.ReportNAList, len(na)), na, p.t(msg.ReportNoNA), func(is Issue) string { return rp.Codes(is.NA) },
		func(is Issue) []int { return is.NA })
	p.para(p.t(msg.ReportNANote), 7.5, palette.Muted)
}

// ----------------------------------------------------------- methodology

func (p *pdfDoc) methodology() {
	rp, d := p.rp, p.d
	r := rp.Rubric
	lang := rp.Lang
	p.section(p.t(msg.ReportSecMethod), true, 0)

	kind := map[rubric.Kind]msg.Key{rubric.Observation: msg.KindObservation, rubric.Survey: msg.KindSurvey, rubric.Mixed: msg.KindMixed}[r.Kind]
	scale := p.t(msg.ReportScaleLinear, rp.Num(r.Scale.Min), rp.Num(r.Scale.Max))
	if r.Scale.Rule == rubric.WeightedSum {
		scale = p.t(msg.ReportScaleSum, rp.Num(r.Scale.Min), rp.Num(r.Scale.Max), rp.Weight(r.Scale.Factor))
	}
	rounding := p.t(msg.ReportRoundHalfUp)
	if r.Scale.Rounding == rubric.HalfEven {
		rounding = p.t(msg.ReportRoundHalfEven)
	}
	kv := [][2]string{
		{p.t(msg.ReportRubric), r.Title.In(p.lang())},
		{p.t(msg.ReportMethodID), r.Ref() + " · " + p.t(msg.ReportMethodVersion, r.Version) + " · " + p.t(kind)},
		{p.t(msg.ReportMethodHash), r.Hash()},
		{p.t(msg.ReportMethodScale), scale},
		{p.t(msg.ReportMethodRounding), p.t(msg.ReportRoundingText, r.Scale.Decimals, rounding)},
		{p.t(msg.ReportMethodRollup), rp.RollupText()},
		{p.t(msg.ReportMethodIndicators), locale.Int(lang, len(r.Indicators()))},
		{p.t(msg.ReportMethodTool), rp.Tool},
	}
	if len(rp.Inputs) > 0 {
		var files []string
		for _, in := range rp.Inputs {
			sum := in.SHA256
			if len(sum) > 16 {
				sum = sum[:16]
			}
			files = append(files, locale.Truncate(in.Name, 120)+" (SHA-256 "+sum+")")
		}
		kv = append(kv, [2]string{p.t(msg.ReportMethodInputs), joinSome(lang, files, 20)})
	}
	const kw = 42.0
	for _, f := range kv {
		d.Font("", 8.5)
		lines := d.Wrap(f[1], width-kw)
		if len(lines) > 8 {
			lines = append(lines[:7], d.Ellipsize(strings.Join(lines[7:], " "), width-kw))
		}
		h := 4.2 * float64(len(lines))
		p.need(h)
		d.Font("B", 8.5)
		d.Ink(palette.Muted)
		d.Text(left, p.y, kw, 4.2, d.Ellipsize(f[0], kw-2), "L")
		d.Font("", 8.5)
		d.Ink(palette.Text)
		d.Lines(left+kw, p.y, width-kw, 4.2, lines, "L")
		p.y += h + 0.8
	}
	p.y += 1
	how := msg.ReportHowLinear
	if r.Scale.Rule == rubric.WeightedSum {
		how = msg.ReportHowSum
	}
	p.para(p.t(how), 8.5, palette.Text)

	// Bands.
	p.sub(p.t(msg.ReportBands), 2*rowH+4)
	var grades []string // as wide as the widest grade ("Sangat Kurang")
	for _, b := range r.Bands {
		grades = append(grades, b.Grade)
	}
	cols := []column{{p.t(msg.ReportColRange), 34, "L"}, {p.t(msg.ReportColGrade), p.fitWidth(grades, "B", 8.5, 18, 34), "C"},
		{p.t(msg.ReportColLabel), 0, "L"}, {p.t(msg.ReportColZone), 34, "L"}}
	t := p.newTable(fill(cols, 2), 8.5)
	for i := len(r.Bands) - 1; i >= 0; i-- {
		b := r.Bands[i]
		y := t.row(rowH)
		t.text(0, y, rowH, p.bandRange(i), "", palette.Text)
		t.text(1, y, rowH, b.Grade, "B", palette.Text)
		t.text(2, y, rowH, b.Label.In(p.lang()), "", palette.Text)
		zone := p.t(msg.ReportNoZone)
		if b.Zone != rubric.NoZone {
			zone = r.ZoneInfo(b.Zone).Label.In(p.lang())
		}
		t.swatch(3, y, rowH, p.bandColor(b), zone, "")
		t.done(rowH)
	}
	t.end()
	p.para(p.t(msg.ReportBandsNote), 7.5, palette.Muted)

	// The structure with weights.
	p.sub(p.t(msg.ReportStructure), 2*rowH+4)
	cols = []column{{p.t(msg.ReportColGroup), 0, "L"}, {p.t(msg.ReportColIndicators), 18, "R"},
		{p.t(msg.ReportColWeight), 18, "R"}, {p.t(msg.ReportColShareWeight), 20, "R"}}
	t = p.newTable(fill(cols, 0), 8)
	for _, tr := range rp.Tree {
		name, n, style := "", 1, ""
		if tr.Group != nil {
			name = rp.GroupName(tr.Group)
			n = countIndicators(tr.Group)
			if tr.Depth == 1 {
				style = "B"
			}
		} else {
			name = tr.Indicator.Code + " · " + tr.Indicator.Text.In(p.lang())
		}
		indent := 3.5 * float64(tr.Depth-1)
		d.Font(style, 8)
		nw := t.cols[0].w - 2*cellP - indent
		lines := d.Wrap(name, nw)
		if len(lines) > 2 {
			lines = []string{lines[0], d.Ellipsize(strings.Join(lines[1:], " "), nw)}
		}
		h := math.Max(rowH, 3.6*float64(len(lines))+1.4)
		y := t.row(h)
		d.Ink(palette.Text)
		d.Lines(t.x[0]+cellP+indent, y+(h-3.6*float64(len(lines)))/2, nw, 3.6, lines, "L")
		t.text(1, y, h, locale.Int(lang, n), "", palette.Muted)
		t.text(2, y, h, rp.Weight(tr.Weight), "", palette.Text)
		t.text(3, y, h, locale.Percent(lang, tr.Share, 2), style, palette.Text)
		t.done(h)
	}
	t.end()
	note := msg.ReportStructureNote
	if r.Scale.Rule == rubric.WeightedSum {
		note = msg.ReportStructureNoteSum
	}
	p.para(p.t(note), 7.5, palette.Muted)

	// Sources and provenance.
	p.sub(p.t(msg.ReportSources), 10)
	if len(r.Sources) == 0 {
		p.para(p.t(msg.ReportNoSources), 8.5, palette.Muted)
	}
	for i, s := range r.Sources {
		text := strconv.Itoa(i+1) + ". " + s.Title
		if s.URL != "" {
			text += " — " + s.URL
		}
		p.para(text, 8.5, palette.Text)
		if s.Note != "" {
			p.y -= 1
			d.Font("", 7.5)
			for _, l := range d.Wrap(s.Note, width-5) {
				p.need(3.5)
				d.Ink(palette.Muted)
				d.Text(left+5, p.y, width-5, 3.5, l, "L")
				p.y += 3.5
			}
			p.y += 1.5
		}
	}
	if len(r.Provenance) > 0 {
		p.sub(p.t(msg.ReportProvenance), 2*rowH+4)
		p.para(p.t(msg.ReportProvenanceNote), 7.5, palette.Muted)
		cols = []column{{p.t(msg.ReportColItem), 0, "L"}, {p.t(msg.ReportColStatus), 22, "L"}, {p.t(msg.ReportColSourceNote), 70, "L"}}
		t = p.newTable(fill(cols, 0), 7.5)
		for _, f := range r.Provenance {
			il := t.wrap(0, f.Item, "", 8)
			sn := strings.TrimSpace(strings.Trim(f.Source+" · "+f.Note, " ·"))
			nl := t.wrap(2, sn, "", 8)
			h := math.Max(rowH, 3.3*float64(max(len(il), len(nl)))+1.6)
			y := t.row(h)
			t.lines(0, y, 3.3, il, "", palette.Text)
			ink := palette.Text
			switch f.Status {
			case rubric.Published:
				ink = palette.Met
			case rubric.Unverified:
				ink = palette.Partial
			}
			t.lines(1, y, 3.3, []string{p.factStatus(f.Status)}, "B", ink)
			t.lines(2, y, 3.3, nl, "", palette.Muted)
			t.done(h)
		}
		t.end()
	}

	// What this report decided.
	p.sub(p.t(msg.ReportDecisions), 10)
	for _, k := range []msg.Key{msg.ReportDecRegion, msg.ReportDecRanking, msg.ReportDecTypes, msg.ReportDecGroups,
		msg.ReportDecAgenda, msg.ReportDecIssues, msg.ReportDecDate} {
		p.bullet(p.t(k))
	}
}

func (p *pdfDoc) factStatus(s rubric.FactStatus) string { return p.factStatusIn(p.rp.Lang, s) }

func countIndicators(g *rubric.Group) int {
	n := len(g.Indicators)
	for _, c := range g.Groups {
		n += countIndicators(c)
	}
	return n
}

// -------------------------------------------------------------- appendix

func (p *pdfDoc) appendix() {
	rp := p.rp
	lang := rp.Lang
	p.section(p.t(msg.ReportSecAppendix), true, 0)
	p.para(p.t(msg.ReportAppendixNote), 8, palette.Muted)
	const size = 7.5
	cols := []column{{p.t(msg.ReportColCode), p.codeWidth(size), "L"}, {p.t(msg.ReportColName) + " · " + p.t(msg.ReportColType), 0, "L"},
		{p.t(msg.ReportColScore), 13, "R"}}
	cols = append(cols, p.classCols(size, false)...)
	counts := len(cols)
	for _, k := range []msg.Key{msg.ReportColMet, msg.ReportColPartial, msg.ReportColNotMet, msg.ReportColNA,
		msg.ReportColNotApplicable, msg.ReportColMissing} {
		cols = append(cols, column{p.t(k), 9, "R"})
	}
	t := p.newTable(fill(cols, 1), size)
	for _, ui := range rp.Appendix {
		u := &rp.Units[ui]
		name, h := t.nameType(1, u.Name, 3.3)
		y := t.row(h)
		t.text(0, y, rowH, u.Code, "B", palette.Text)
		t.drawNameType(1, y, 3.3, name, rp.TypeLabel(u.Type))
		if u.Score != nil {
			t.text(2, y, rowH, rp.Num(*u.Score), "B", palette.Text)
		} else {
			t.text(2, y, rowH, "–", "", palette.Muted)
		}
		p.classCells(t, 3, y, rowH, u.Band, false)
		c := u.Counts
		for i, n := range []int{c.Met, c.Partial, c.NotMet, c.NA, c.NotApplicable, c.Missing} {
			ink := palette.Text
			if i == 5 && n > 0 {
				ink = palette.Missing
			}
			t.text(counts+i, y, rowH, dash(lang, n), "", ink)
		}
		t.done(h)
	}
	t.end()
}

// ---------------------------------------------------------------- helpers

// dash renders a count, "·" for zero.
func dash(lang msg.Lang, n int) string {
	if n == 0 {
		return "·"
	}
	return locale.Int(lang, n)
}

func missingIfAny(n int) palette.Color {
	if n > 0 {
		return palette.Missing
	}
	return palette.Text
}

// shortCat drops the word "Zona"/"zone" from a zone's label where space
// is short ("Zona Hijau" → "Hijau", "Green zone" → "Green").
func shortCat(label string) string {
	for _, w := range []string{"Zona ", "zona "} {
		if s, ok := strings.CutPrefix(label, w); ok && s != "" {
			return s
		}
	}
	for _, w := range []string{" zone", " Zone"} {
		if s, ok := strings.CutSuffix(label, w); ok && s != "" {
			return s
		}
	}
	return label
}
