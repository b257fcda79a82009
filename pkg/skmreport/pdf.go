package skmreport

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Layout, in millimetres.
const (
	left  = pdfdoc.Left
	width = pdfdoc.ContentWidth
	right = pdfdoc.Right
	rowH  = 5.0
	// Longest texts printed of a person's input (names).
	maxName = 160
)

// UnitPDF renders unit i's report as an A4 PDF: with the fast 8-bit
// fonts, and again with the Unicode fonts if some text needs them. As
// report cards, a unit's report is not compressed: fpdf makes a
// compressor for every page, which took most of the time of a region's
// two hundred reports.
func (rp *Report) UnitPDF(i int) ([]byte, error) {
	return rp.render(func(p *pdfDoc) { p.unitReport(rp.Units[i]) }, rp.Units[i].Name, false)
}

// UnitPDFs renders every unit's report, jobs at a time (0: one per
// CPU), in the units' order.
func (rp *Report) UnitPDFs(jobs int) ([][]byte, error) {
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	out := make([][]byte, len(rp.Units))
	errs := make([]error, len(rp.Units))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, len(rp.Units)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], errs[i] = rp.UnitPDF(i)
			}
		}()
	}
	for i := range rp.Units {
		next <- i
	}
	close(next)
	wg.Wait()
	return out, errors.Join(errs...)
}

// CombinedPDF renders the region's combined report as an A4 PDF.
func (rp *Report) CombinedPDF() ([]byte, error) {
	return rp.render(func(p *pdfDoc) { p.combinedReport() }, rp.Region, true)
}

func (rp *Report) render(draw func(*pdfDoc), subject string, compress bool) ([]byte, error) {
	data, lost, err := rp.drawPDF(draw, subject, false, compress)
	if err == nil && lost {
		data, _, err = rp.drawPDF(draw, subject, true, compress)
	}
	return data, err
}

func (rp *Report) drawPDF(draw func(*pdfDoc), subject string, unicode, compress bool) (data []byte, lost bool, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("skmreport: rendering failed: %v", p)
		}
	}()
	title := rp.Title()
	if subject != "" {
		title += " – " + subject
	}
	d := pdfdoc.New(rp.Lang, pdfdoc.Options{Unicode: unicode, Uncompressed: !compress, Title: locale.Truncate(title, 300), Creator: rp.Tool})
	p := &pdfDoc{rp: rp, d: d}
	draw(p)
	data, err = d.Bytes()
	return data, d.Lost(), err
}

// pdfDoc draws one report.
type pdfDoc struct {
	*pdfdoc.Flow
	rp *Report
	d  *pdfdoc.Doc
}

// subHeading is how a subsection's title looks.
var subHeading = pdfdoc.HeadingStyle{Size: 10, Ink: palette.Text, Gap: 3, Line: 5.5, Height: 6.5, Room: 7}

func (p *pdfDoc) t(k msg.Key, args ...any) string { return msg.T(p.rp.Lang, k, args...) }

// start lays the document out with its footer and running head.
func (p *pdfDoc) start(head, subject string) {
	rp := p.rp
	r := rp.Rubric
	hash := rubric.ShortHash(r.Hash())
	footer := []string{
		p.t(msg.ReportFooterRubric, r.Ref(), r.Version, hash) + " · " + rp.Tool,
		locale.Truncate(rp.Title()+" · "+subject, 200),
	}
	p.Flow = pdfdoc.NewFlow(p.d, footer)
	p.Head = pdfdoc.RunningHead{Left: locale.Truncate(head, 120), Split: 0.55}
}

// header draws the title block at the top of the first page: the kicker
// on a band of the accent colour, the name, the line under it and the
// period.
func (p *pdfDoc) header(kicker, name, sub, period string) {
	d := p.Flow
	p.NewPage()
	d.Fill(palette.Accent)
	d.Rect(0, 0, pdfdoc.PageWidth, 24, "F")
	d.Font("B", 9)
	d.Ink(palette.White)
	d.Text(left, 9, width, 5, kicker, "L")
	d.Font("", 8.5)
	d.Text(left, 14.5, width, 5, d.Ellipsize(p.rp.Rubric.Title.In(string(p.rp.Lang)), width), "L")
	p.Y = 31
	d.Font("B", 18)
	d.Ink(palette.Text)
	l := d.Wrap(locale.Truncate(name, maxName), width)
	if len(l) > 2 {
		l = append(l[:1], d.Ellipsize(strings.Join(l[1:], " "), width))
	}
	d.Lines(left, p.Y, width, 8, l, "L")
	p.Y += 8*float64(len(l)) + 1
	if sub != "" {
		d.Font("", 10)
		d.Ink(palette.Muted)
		d.Text(left, p.Y, width, 5, d.Ellipsize(sub, width), "L")
		p.Y += 6
	}
	if period != "" {
		d.Font("B", 10)
		d.Ink(palette.Accent)
		d.Text(left, p.Y, width, 5, d.Ellipsize(period, width), "L")
		p.Y += 6
	}
	p.Y += 3
}

// scorePanel draws the headline figure on a panel: the value in large
// type with its band on a badge, and facts beside it.
func (p *pdfDoc) scorePanel(label string, value *float64, band *rubric.Band, missing string, facts [][2]string, warn []string) {
	d, rp := p.Flow, p.rp
	const h = 38.0
	p.Need(h + 4)
	top := p.Y
	d.Fill(palette.Panel)
	d.Rect(left, top, width, h, "F")
	const boxW = 62.0
	d.Font("", 8)
	d.Ink(palette.Muted)
	d.Text(left+4, top+3, boxW-6, 4, label, "L")
	if value != nil && band != nil {
		c := rp.BandColor(*band)
		d.Font("B", 30)
		d.Ink(palette.Text)
		d.Text(left+4, top+8, boxW-6, 14, rp.Score(*value), "L")
		d.Fill(c)
		d.Rect(left+4, top+24, boxW-8, 8, "F")
		d.Font("B", 9.5)
		d.Ink(c.Contrast())
		d.Text(left+4, top+24, boxW-8, 8, d.Ellipsize(p.t(msg.SKMMutu)+" "+rp.BandName(*band), boxW-10), "C")
	} else {
		d.Font("B", 14)
		d.Ink(palette.Missing)
		d.Text(left+4, top+9, boxW-6, 8, p.t(msg.SKMIncomplete), "L")
		d.Font("", 8)
		d.Lines(left+4, top+19, boxW-8, 3.6, d.Wrap(missing, boxW-8), "L")
	}
	x, w := left+boxW+2, width-boxW-6
	y := top + 3
	for _, f := range facts {
		d.Font("", 8)
		d.Ink(palette.Muted)
		d.Text(x, y, 44, 4.6, f[0], "L")
		d.Font("B", 8.5)
		d.Ink(palette.Text)
		d.Text(x+44, y, w-44, 4.6, d.Ellipsize(f[1], w-44), "L")
		y += 4.6
	}
	for _, s := range warn {
		d.Font("B", 8.5)
		d.Ink(palette.NotMet)
		for _, l := range d.Wrap(s, w) {
			if y > top+h-4 {
				break
			}
			d.Text(x, y, w, 4.4, l, "L")
			y += 4.4
		}
	}
	p.Y = top + h + 4
}

// keyValues draws label–value lines as a two-column table.
func (p *pdfDoc) keyValues(rows [][3]string) {
	t := p.NewTable([]pdfdoc.Column{pdfdoc.Col(p.t(msg.SKMColItem), 78, "L"), pdfdoc.Col(p.t(msg.SKMColValue), 0, "L")}, 8.5, pdfdoc.Shaded)
	for _, r := range rows {
		ink := palette.Text
		if r[2] == "warn" {
			ink = palette.NotMet
		}
		lines := t.Wrap(1, r[1], "B", 4)
		h := max(rowH, 4.2*float64(len(lines))+0.8)
		y := t.Row(h)
		t.Cell(0, y, rowH, r[0], "", palette.Muted)
		t.Lines(1, y, 4.2, lines, "B", ink)
		t.Done(h)
	}
	t.End()
}

// bar draws a bar of share f (0..1) of width w at (x, y), on a track.
func (p *pdfDoc) bar(x, y, w, h, f float64, c palette.Color) {
	d := p.Flow
	d.Fill(palette.Track)
	d.Rect(x, y, w, h, "F")
	if f > 0 {
		d.Fill(c)
		d.Rect(x, y, max(0.4, w*min(f, 1)), h, "F")
	}
}

// traitTables draws the respondents' characteristics: per
// characteristic a table of its values with a bar of each share.
func (p *pdfDoc) traitTables(tables []TraitTable, hasSurvey bool) {
	rp := p.rp
	if !hasSurvey {
		p.Para(p.t(msg.SKMNoSurveyData), 9, palette.Muted)
		return
	}
	for _, tt := range tables {
		rows := len(tt.Rows)
		if tt.Empty > 0 {
			rows++
		}
		p.Heading(subHeading, tt.Trait.Name().In(string(rp.Lang)), 2*rowH+8)
		if len(tt.Rows) == 0 {
			p.Para(p.t(msg.SKMTraitNotAsked), 8.5, palette.Muted)
			continue
		}
		t := p.NewTable([]pdfdoc.Column{
			pdfdoc.Col(p.t(msg.SKMColValue), 62, "L"),
			pdfdoc.Col(p.t(msg.SKMColCount), 20, "R"),
			pdfdoc.Col("%", 18, "R"),
			pdfdoc.Col("", 0, "L"),
		}, 8.5, pdfdoc.Shaded)
		draw := func(label string, n int, share float64, ink, barC palette.Color) {
			y := t.Row(rowH)
			t.Cell(0, y, rowH, label, "", ink)
			t.Cell(1, y, rowH, rp.Int(n), "B", ink)
			t.Cell(2, y, rowH, rp.Percent(share), "", ink)
			x, w := t.X[3]+1.5, t.Cols[3].W-3
			p.bar(x, y+1.3, w, rowH-2.6, share, barC)
			t.Done(rowH)
		}
		for _, row := range tt.Rows {
			ink, c := palette.Text, palette.Accent
			if row.Unlisted {
				ink, c = palette.Missing, palette.Missing
			}
			draw(rp.TraitValue(row), row.N, row.Share, ink, c)
		}
		if tt.Empty > 0 {
			share := 0.0
			if tt.Total > 0 {
				share = float64(tt.Empty) / float64(tt.Total)
			}
			draw(p.t(msg.SKMNotGiven), tt.Empty, share, palette.Muted, palette.Neutral)
		}
		t.End()
	}
}

// bandTable draws the interval table: each band's perception value,
// NRR interval, converted interval, quality letter and performance.
func (p *pdfDoc) bandTable() {
	rp := p.rp
	p.Heading(subHeading, p.t(msg.SKMBandTable), 5*rowH+8)
	t := p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(p.t(msg.SKMColPerception), 22, "C"),
		pdfdoc.Col(p.t(msg.SKMColNRRInterval), 40, "C"),
		pdfdoc.Col(p.t(msg.SKMColConvInterval), 40, "C"),
		pdfdoc.Col(p.t(msg.SKMColMutu), 20, "C"),
		pdfdoc.Col(p.t(msg.SKMColKinerja), 0, "L"),
	}, 8.5, pdfdoc.Shaded)
	for i, b := range rp.Rubric.Bands {
		y := t.Row(rowH)
		t.Cell(0, y, rowH, locale.Int(rp.Lang, i+1), "", palette.Text)
		t.Cell(1, y, rowH, rp.BandNRRRange(i), "", palette.Text)
		t.Cell(2, y, rowH, rp.BandRange(i), "", palette.Text)
		t.Cell(3, y, rowH, b.Grade, "B", rp.BandColor(b))
		t.Cell(4, y, rowH, b.Label.In(string(rp.Lang)), "", palette.Text)
		t.Done(rowH)
	}
	t.End()
}

// planTable draws the follow-up plan of the lowest unsur: each with its
// value, quality, and the rubric's recommendation as the plan; the time
// and the person in charge are the unit's to fill in.
func (p *pdfDoc) planTable(rows []planRow) {
	rp := p.rp
	t := p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(p.t(msg.SKMColNo), 8, "C"),
		pdfdoc.Col(p.t(msg.SKMColUnsur), 36, "L"),
		pdfdoc.Col(p.t(msg.SKMColNRR), 16, "R"),
		pdfdoc.Col(p.t(msg.SKMColMutu), 12, "C"),
		pdfdoc.Col(p.t(msg.SKMColPlan), 0, "L"),
		pdfdoc.Col(p.t(msg.SKMColWhen), 20, "L"),
		pdfdoc.Col(p.t(msg.SKMColWho), 24, "L"),
	}, 8, pdfdoc.Shaded)
	const lh = 3.8
	for i, r := range rows {
		name := t.Wrap(1, r.code+" "+r.name, "", 3)
		plan := t.Wrap(4, r.plan, "", 8)
		h := max(2*rowH, lh*float64(max(len(name), len(plan)))+1.5)
		y := t.Row(h)
		t.Cell(0, y, rowH, locale.Int(rp.Lang, i+1), "B", palette.Text)
		t.Lines(1, y, lh, name, "", palette.Text)
		t.Cell(2, y, rowH, r.value, "B", palette.Text)
		t.Cell(3, y, rowH, r.band.Grade, "B", rp.BandColor(r.band))
		t.Lines(4, y, lh, plan, "", palette.Text)
		// Lines to write on.
		for _, c := range []int{5, 6} {
			x := t.X[c] + 1.2
			p.d.Rule(x, x+t.Cols[c].W-2.4, y+h-1.5, palette.Rule, 0.2)
		}
		t.Done(h)
	}
	t.End()
}

type planRow struct {
	code, name, value, plan string
	band                    rubric.Band
}

// signature draws the signature block at the right: the place and date,
// the office, room to sign, the name and the NIP — from the signer, else
// dotted lines to fill in.
func (p *pdfDoc) signature(code, office string) {
	rp, d := p.rp, p.Flow
	const w = 78.0
	x := right - w
	p.Need(48)
	p.Y += 6
	dots := "……………………………"
	place, name, nip := dots, "("+dots+dots+")", p.t(msg.SKMNIP)+" "+dots+dots
	date := rp.SignDate()
	if date == "" {
		date = dots
	}
	s := rp.Signer(code)
	if s != nil {
		if s.Place != "" {
			place = s.Place
		}
		if s.Office != "" {
			office = s.Office
		}
		if s.Name != "" {
			name = s.Name
		}
		if s.NIP != "" {
			nip = p.t(msg.SKMNIP) + " " + s.NIP
		}
		if s.Rank != "" {
			nip = s.Rank + "\n" + nip
		}
	}
	d.Font("", 9.5)
	d.Ink(palette.Text)
	d.Text(x, p.Y, w, 5, d.Ellipsize(place+", "+date, w), "L")
	p.Y += 5
	for _, l := range d.Wrap(office, w) {
		d.Text(x, p.Y, w, 5, l, "L")
		p.Y += 5
	}
	p.Y += 20
	d.Font("B", 9.5)
	d.Text(x, p.Y, w, 5, d.Ellipsize(name, w), "L")
	if s != nil && s.Name != "" {
		d.Rule(x, x+min(w, d.Width(name)), p.Y+4.6, palette.Text, 0.2)
	}
	p.Y += 5
	d.Font("", 9)
	for _, l := range strings.Split(nip, "\n") {
		d.Text(x, p.Y, w, 5, d.Ellipsize(l, w), "L")
		p.Y += 4.6
	}
	p.Y += 3
}

// method draws the method section: the regulation, the rubric, the
// convention, the sample, and how respondents and suggestions are read.
func (p *pdfDoc) method() {
	rp := p.rp
	r := rp.Rubric
	p.Section(p.t(msg.SKMSecMethod), false, 40)
	p.Bullet(p.t(msg.SKMMethodBasis))
	p.Bullet(p.t(msg.SKMMethodRubric, r.Title.In(string(rp.Lang)), r.Ref(), r.Version, r.Hash()[:12]))
	p.Bullet(p.t(msg.SKMMethodFormula, rp.WeightText(), locale.Written(rp.Lang, rp.Factor)))
	for _, s := range rp.Convention() {
		p.Bullet(s)
	}
	p.Bullet(p.t(msg.SKMMethodPartial))
	p.Bullet(p.t(msg.SKMMethodSample))
	p.Bullet(p.t(msg.SKMMethodTraits))
	p.Bullet(p.t(msg.SKMMethodSuggestions))
	p.Bullet(p.t(msg.SKMMethodPeriod))
	if len(rp.Previous) > 0 {
		p.Bullet(p.t(msg.SKMMethodPrevious))
	}
	if len(rp.Inputs) > 0 {
		var names []string
		for _, in := range rp.Inputs {
			names = append(names, in.Name)
		}
		p.Bullet(p.t(msg.SKMMethodInputs, strings.Join(names, ", ")))
	}
	for i, f := range rp.PreviousFiles {
		p.Bullet(p.t(msg.SKMMethodPreviousInputs, rp.Previous[i], f))
	}
}
