package resultbook

import (
	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// evidenceSheet writes the Bukti / Evidence sheet: one row per evidence
// item of every answer (kind, reference, the file found, its state, size
// and SHA-256, where it was read), and one for each answer given without
// its required evidence and nothing at all. What reads back is the hidden
// sheet's JSON, which holds the same.
func (b *book) evidenceSheet() error {
	st := &b.styles
	lang := string(b.lang)
	// Caps like the Details' and Findings', so that the sheet prints one
	// page wide at a size that can be read (uncapped paths, references and
	// flags printed it at 4 points as LibreOffice prints it, 6 now): long
	// texts wrap, the counts' titles turned upright, the source is the
	// file by its name (not the laptop's folder); the SHA-256 stays whole
	// on one line, to be copied and compared (LibreOffice does not wrap a
	// text without spaces).
	t := &table{cols: []column{
		{head: b.t(msg.BookColUnitCode), style: st.wrap, max: 14, wrap: true},
		{head: b.t(msg.BookColIndicator), style: st.text, max: 10},
		{head: b.t(msg.BookColIndicatorText), style: st.wrap, max: 26, wrap: true},
		{head: b.t(msg.BookColStatus), style: st.wrap, max: 12, wrap: true},
		{head: b.t(msg.BookEvRequired), style: st.integer, num: 5, turned: true},
		{head: b.t(msg.BookEvPresent), style: st.integer, num: 5, turned: true},
		{head: b.t(msg.BookEvFlag), style: st.wrap, max: 12, wrap: true},
		{head: b.t(msg.BookEvKind), style: st.text, max: 9},
		{head: b.t(msg.BookEvRef), style: st.wrap, max: 20, wrap: true},
		{head: b.t(msg.BookEvPath), style: st.wrap, max: 20, wrap: true},
		{head: b.t(msg.BookEvState), style: st.wrap, max: 10, wrap: true},
		{head: b.t(msg.BookEvProblem), style: st.wrap, max: 14, wrap: true},
		{head: b.t(msg.BookEvSize), style: st.integer, num: 8, turned: true},
		{head: "SHA-256", style: st.text, max: 68}, // whole, to be copied
		{head: b.t(msg.BookColSource), style: st.wrap, max: 16, wrap: true},
	}}
	inds := b.res.Rubric.Indicators()
	row := make([]excelize.Cell, 0, len(t.cols))
	gen := func(emit func([]excelize.Cell) error) error {
		for ui := range b.res.Units {
			u := &b.res.Units[ui]
			for i, ind := range inds {
				p := u.Indicators[i].Proof()
				if p == nil {
					continue
				}
				head := func() {
					row = append(row[:0], cell(st.text, u.Code), cell(st.text, ind.Code), cell(st.wrap, ind.Text.In(lang)),
						cell(st.text, b.indicatorStatus(u.Indicators[i].Status)), cell(st.integer, p.Required),
						cell(st.integer, p.Present), cell(st.text, b.evidenceFlag(p.Flag)))
				}
				if len(p.Items) == 0 {
					head()
					if err := emit(row); err != nil {
						return err
					}
				}
				for j := range p.Items {
					it := &p.Items[j]
					head()
					var size excelize.Cell
					if it.Size > 0 {
						size = cell(st.integer, it.Size)
					}
					row = append(row, cell(st.text, b.evidenceKind(it.Kind)), cell(st.wrap, b.evidenceRef(it)), cell(st.wrap, it.Path),
						cell(st.text, b.t(it.Status.Word())), cell(st.text, b.evidenceProblem(it.Problem)), size, cell(st.text, it.SHA256),
						cell(st.wrap, it.Source.Short()))
					if err := emit(row); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	return b.streamTable(b.names.evidence, t, 2, gen, nil)
}

func (b *book) evidenceFlag(f results.EvidenceFlag) string {
	switch f {
	case results.Without:
		return b.t(msg.BookEvWithout)
	case results.Unproven:
		return b.t(msg.BookEvUnproven)
	}
	return ""
}

func (b *book) evidenceKind(k rubric.EvidenceKind) string {
	if w, ok := results.KindWord(k); ok {
		return b.t(w)
	}
	return string(k)
}

// evidenceRef is an item's reference as the card says it: a picture in
// the workbook is "gambar di sel G15", not its part's name in the file.
func (b *book) evidenceRef(it *results.EvidenceItem) string {
	if cell, ok := it.PictureCell(); ok {
		return b.t(msg.CardEvPicture, cell)
	}
	return it.Ref
}

// evidenceProblem is what went wrong with an item, in the card's words.
func (b *book) evidenceProblem(p string) string {
	if k, ok := results.ProblemWord(p); ok {
		return b.t(k)
	}
	return p
}
