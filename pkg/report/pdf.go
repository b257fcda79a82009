package report

import (
	"fmt"
	"strings"

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
	rowH  = 5.0 // a table row
	cellP = 1.2 // padding inside a table cell

	// Longest texts the report prints of a person's input (unit names).
	maxName = 200
	// How many unit codes an agenda item lists before "and N more".
	maxAgendaUnits = 15
)

// PDF renders the report as an A4 PDF document: with the fast 8-bit
// fonts, or with the Unicode fonts if some text needs them.
func (rp *Report) PDF() (data []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("report: rendering failed: %v", p)
		}
	}()
	title := rp.Title
	if rp.Region != "" {
		title += " – " + rp.Region
	}
	o := pdfdoc.Options{Title: locale.Truncate(title, 300), Creator: rp.Tool}
	return pdfdoc.Render(rp.Lang, o, func(d *pdfdoc.Doc) {
		p := &pdfDoc{rp: rp}
		p.draw(d)
	})
}

// pdfDoc draws one report.
type pdfDoc struct {
	*pdfdoc.Flow
	rp   *Report
	tocY float64 // where the contents go on the cover
}

// subHeading is how a subsection's title looks.
var subHeading = pdfdoc.HeadingStyle{Size: 10.5, Ink: palette.Text, Gap: 3, Line: 5.5, Height: 6.5, Room: 7}

func (p *pdfDoc) t(k msg.Key, args ...any) string { return msg.T(p.rp.Lang, k, args...) }

func (p *pdfDoc) lang() string { return string(p.rp.Lang) }

func (p *pdfDoc) draw(d *pdfdoc.Doc) {
	p.Flow = pdfdoc.NewFlow(d, p.footer())
	// A running head: the region and period, and the section.
	l := strings.Trim(strings.TrimSpace(p.rp.Region+" · "+p.rp.Period), " ·")
	if l == "" {
		l = p.rp.Title
	}
	p.Head = pdfdoc.RunningHead{Left: l}
	p.cover()
	p.summary()
	p.distribution()
	p.ranking()
	p.averages()
	p.agenda()
	p.accuracy() // pdf_accuracy.go
	p.issues()
	p.methodology()
	p.evidence()  // pdf_evidence.go
	p.signature() // pdf_accuracy.go
	p.appendix()
	p.contents()
}

// footer: the rubric (id, version, hash), the tool, and what the report
// is; pdfdoc adds "page x of y".
func (p *pdfDoc) footer() []string {
	r := p.rp.Rubric
	hash := rubric.ShortHash(r.Hash())
	line1 := p.t(msg.ReportFooterRubric, r.Ref(), r.VersionText(p.lang()), hash) + " · " + p.rp.Tool
	parts := []string{locale.Truncate(p.rp.Title, 120)}
	for _, s := range []string{p.rp.Region, p.rp.Period} {
		if s != "" {
			parts = append(parts, locale.Truncate(s, 80))
		}
	}
	return []string{line1, strings.Join(parts, " · ")}
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

// joinSome joins up to n items, then "and N more".
func joinSome(lang msg.Lang, items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:n], ", ") + " " + msg.T(lang, msg.ReportAndMore, locale.Int(lang, len(items)-n))
}

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
