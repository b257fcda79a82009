package diff

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
)

// evidence: the files of last year's evidence changed or gone for
// indicators met in both years; nothing when there are none.
func (p *pdfDoc) evidence() {
	w, d := p.w, p.Flow
	lines := w.evidenceLines(p.r)
	if len(lines) == 0 {
		return
	}
	units, _ := p.r.EvidenceNotes()
	p.Heading(heading, w.t(msg.DiffEvTitle, units), 12)
	p.Para(w.t(msg.DiffEvNote), 8, palette.Muted)
	d.Font("", 8)
	d.Ink(palette.Text)
	for _, l := range lines {
		wrapped := d.Wrap(l, pWidth-5)
		p.Need(4 * float64(len(wrapped)))
		d.Lines(pLeft+5, p.Y, pWidth-5, 4, wrapped, "L")
		p.Y += 4 * float64(len(wrapped))
	}
}
