package card

import (
	"bytes"
	"encoding/gob"
	"math"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kepatuhan/kepatuhan/pkg/evidence"
	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// A card's evidence: each finding's items and flag (evidencePara), the
// answers given without their required evidence, the photos, and an
// appendix listing every item with its SHA-256 so that an auditor can
// check the files.

// evidencePara adds a finding's evidence to its block: the items, each
// with its state, and "tidak terbukti" when the rule made it not met.
func (c *cardDoc) evidencePara(b *findingBlock, ind *rubric.Indicator, ir *results.IndicatorResult) {
	p := ir.Proof()
	if p == nil || len(p.Items) == 0 {
		if s := strings.TrimSpace(c.cut(ir.Evidence(), maxRemark)); s != "" {
			b.paras = append(b.paras, para{c.t(msg.CardEvidence), c.wrap(s, paraW, "", 8.5, false), false})
		}
	} else {
		var lines []string
		for i := range p.Items {
			lines = append(lines, c.wrap("• "+c.itemText(&p.Items[i]), paraW, "", 8.5, false)...)
		}
		b.paras = append(b.paras, para{c.t(msg.CardEvidence), lines, false})
	}
	if p != nil && p.Flag != results.NoFlag {
		key := msg.CardEvWithoutWhy
		if p.Flag == results.Unproven {
			key = msg.CardEvUnprovenWhy
		}
		text := c.t(key, p.Present, p.Required) + c.lacking(ind, p)
		b.paras = append(b.paras, para{c.t(msg.CardEvFlag), c.wrap(text, paraW, "B", 8.5, false), false})
	}
}

// lacking names the required items left unfilled: ": Foto maklumat, SK".
func (c *cardDoc) lacking(ind *rubric.Indicator, p *results.Proof) string {
	filled := map[int]bool{}
	for _, it := range p.Items {
		if it.Slot > 0 {
			filled[it.Slot] = true
		}
	}
	var names []string
	for i, slot := range ind.EvidenceItems() {
		if slot.Required && !filled[i+1] {
			if d := slot.Description.In(string(c.sh.lang)); d != "" {
				names = append(names, d)
			} else {
				names = append(names, c.kindText(slot.Kind))
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "; " + c.t(msg.CardEvLacking, strings.Join(names, "; "))
}

// itemText is one item as a line: its reference, kind and state.
func (c *cardDoc) itemText(it *results.EvidenceItem) string {
	s := c.refText(it) + " — " + c.kindText(it.Kind) + ", " + c.statusText(it)
	return locale.Truncate(s, 300)
}

func (c *cardDoc) refText(it *results.EvidenceItem) string {
	if cell, ok := it.PictureCell(); ok {
		return c.t(msg.CardEvPicture, cell)
	}
	return locale.Truncate(it.Ref, 160)
}

func (c *cardDoc) kindText(k rubric.EvidenceKind) string {
	if w, ok := results.KindWord(k); ok {
		return c.t(w)
	}
	return c.t(msg.CardEvAny)
}

func (c *cardDoc) statusText(it *results.EvidenceItem) string {
	s := c.t(it.Status.Word())
	if k, ok := results.ProblemWord(it.Problem); ok {
		s += " (" + c.t(k) + ")"
	}
	return s
}

// evidence draws the card's evidence sections: the answers given without
// their required evidence, then the photos.
func (c *cardDoc) evidence() {
	c.without()
	c.photos()
}

// without lists the answers that earn something without their required
// evidence but keep their score (the rubric's rule warn); those the rule
// made not met are findings already.
func (c *cardDoc) without() {
	inds := c.sh.r.Indicators()
	var rows []int
	for i := range c.u.Indicators {
		if c.u.Indicators[i].EvidenceFlag() == results.Without {
			rows = append(rows, i)
		}
	}
	if len(rows) == 0 {
		return
	}
	c.Heading(heading, c.t(msg.CardEvWithoutList, len(rows)), 12)
	c.Para(c.t(msg.CardEvWithoutIntro), 8, palette.Muted)
	for _, i := range rows {
		ir := &c.u.Indicators[i]
		ind := inds[i]
		text := ind.Text.In(string(c.sh.lang)) + " (" + c.t(msg.CardEvAnswered, c.answerText(ind, ir)) + "). " +
			c.t(msg.CardEvCount, ir.Proof().Present, ir.Proof().Required) + c.lacking(ind, ir.Proof())
		lines := c.wrap(text, width-codeW, "", 8, false)
		c.Need(3.8 * float64(min(len(lines), 2)))
		c.Font("B", 8)
		c.Ink(palette.Text)
		c.Text(left, c.Y, codeW, 3.8, c.Ellipsize(ind.Code, codeW-1.5), "L")
		c.Font("", 8)
		c.FlowLines(left+codeW, width-codeW, 3.8, lines)
		c.Y += 1
	}
}

// Photo grid: three to a row, each fitted into its box, a caption below.
const (
	photoCols = 3
	photoGap  = 4.0
	photoW    = (width - photoGap*(photoCols-1)) / photoCols
	photoH    = photoW * 3 / 4
	captionLH = 3.2
)

// photos embeds every photo that can be shown, in indicator order.
func (c *cardDoc) photos() {
	if c.sh.o.Photos == nil {
		return
	}
	type shot struct {
		code  string
		ir    *results.IndicatorResult
		it    *results.EvidenceItem
		thumb *evidence.Thumb
	}
	var shots []shot
	inds := c.sh.r.Indicators()
	for i := range c.u.Indicators {
		ir := &c.u.Indicators[i]
		if ir.Proof() == nil {
			continue
		}
		for j := range ir.Proof().Items {
			it := &ir.Proof().Items[j]
			if t, ok := c.sh.o.Photos.Thumb(it); ok {
				shots = append(shots, shot{inds[i].Code, ir, it, t})
			}
		}
	}
	if len(shots) == 0 {
		return
	}
	c.Heading(heading, c.t(msg.CardEvPhotos, len(shots)), photoH+3*captionLH)
	for k := 0; k < len(shots); k += photoCols {
		row := shots[k:min(k+photoCols, len(shots))]
		c.Need(photoH + 2*captionLH + 3)
		top := c.Y
		for n, s := range row {
			x := left + float64(n)*(photoW+photoGap)
			name := "ev-" + s.it.SHA256
			if c.GetImageInfo(name) == nil {
				info := c.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "JPG"}, bytes.NewReader(s.thumb.JPEG))
				c.images++
				inOrder(info, c.images)
			}
			w, h := photoW, photoW*float64(s.thumb.Height)/float64(max(1, s.thumb.Width))
			if h > photoH {
				w, h = photoH*float64(s.thumb.Width)/float64(max(1, s.thumb.Height)), photoH
			}
			c.Fill(palette.Panel)
			c.Rect(x, top, photoW, photoH, "F")
			c.ImageOptions(name, x+(photoW-w)/2, top+(photoH-h)/2, w, h, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
			c.Font("B", 7)
			c.Ink(palette.Text)
			c.Text(x, top+photoH+0.8, photoW, captionLH, c.Ellipsize(s.code, photoW), "L")
			c.Font("", 6.5)
			c.Ink(palette.Muted)
			c.Text(x, top+photoH+0.8+captionLH, photoW, captionLH, c.Ellipsize(c.refText(s.it), photoW), "L")
		}
		c.Y = top + photoH + 2*captionLH + 3
	}
}

// Columns of the evidence appendix.
const (
	aCodeW   = 17.0
	aKindW   = 14.0
	aStatusW = 26.0
	aSizeW   = 14.0
	aGapW    = 2.5
	aHashW   = 46.0
	aRefW    = width - aCodeW - aKindW - aStatusW - aSizeW - aGapW - aHashW
	aLH      = 3.2
)

// appendix lists every evidence item of the unit with its SHA-256.
func (c *cardDoc) appendix() {
	n := 0
	for i := range c.u.Indicators {
		if p := c.u.Indicators[i].Proof(); p != nil {
			n += len(p.Items)
		}
	}
	if n == 0 {
		return
	}
	c.Heading(heading, c.t(msg.CardEvAppendix, n), 20)
	c.Para(c.t(msg.CardEvAppendixIntro), 8, palette.Muted)
	tbl := c.NewTable([]pdfdoc.Column{
		pdfdoc.Col(c.t(msg.CardCodeShort), aCodeW, "L"),
		pdfdoc.Col(c.t(msg.CardEvColRef), aRefW, "L"),
		pdfdoc.Col(c.t(msg.CardEvColKind), aKindW, "L"),
		pdfdoc.Col(c.t(msg.CardEvColStatus), aStatusW, "L"),
		pdfdoc.Col(c.t(msg.CardEvColSize), aSizeW, "R"),
		pdfdoc.Col("", aGapW, "L"),
		pdfdoc.Col("SHA-256", aHashW, "L"),
	}, 7, pdfdoc.Ruled)
	inds := c.sh.r.Indicators()
	for i := range c.u.Indicators {
		ir := &c.u.Indicators[i]
		if ir.Proof() == nil {
			continue
		}
		for j := range ir.Proof().Items {
			it := &ir.Proof().Items[j]
			ref := c.wrap(c.refText(it), aRefW-2, "", 6.5, false)
			if len(ref) > 2 {
				ref = ref[:2]
			}
			if where := c.itemWhere(it); where != "" {
				// Whole, wrapped: the cell at its end is what an
				// auditor looks up.
				ref = append(ref, c.wrap(where, aRefW-2, "", 6.5, false)...)
			}
			status := c.wrap(c.statusText(it), aStatusW-1.5, "", 6.5, false)
			hash := []string{"–"}
			if it.SHA256 != "" {
				hash = []string{it.SHA256[:32], it.SHA256[32:]}
			}
			size := "–"
			if it.Size > 0 {
				size = byteSize(c.sh.lang, it.Size)
			}
			h := aLH*float64(max(len(ref), len(status), len(hash))) + 1
			tbl.Row(h)
			c.Font("", 6.5)
			c.Ink(palette.Text)
			x := left
			c.Text(x, c.Y, aCodeW, aLH, c.Ellipsize(inds[i].Code, aCodeW-1), "L")
			x += aCodeW
			c.Lines(x, c.Y, aRefW, aLH, ref, "L")
			x += aRefW
			c.Text(x, c.Y, aKindW, aLH, c.kindText(it.Kind), "L")
			x += aKindW
			c.Lines(x, c.Y, aStatusW, aLH, status, "L")
			x += aStatusW
			c.Text(x, c.Y, aSizeW, aLH, size, "R")
			x += aSizeW + aGapW
			c.Font("", 5.8)
			c.Lines(x, c.Y, aHashW, aLH, hash, "L")
			c.Y += h
		}
	}
	tbl.End()
}

// byteSize writes a file size for a person: "312 KB", "1,4 MB".
func byteSize(lang msg.Lang, n int64) string {
	switch {
	case n < 1024:
		return strconv.FormatInt(n, 10) + " B"
	case n < 1024*1024:
		return locale.Int(lang, int((n+512)/1024)) + " KB"
	}
	return locale.Num(lang, float64(n)/(1024*1024), 1) + " MB"
}

// itemWhere says where an item was found and read: "berkas
// DINKES/foto.jpg · lembar DINKES sel G14" (the card's footer names the
// workbook). Only characters of the cards' 8-bit fonts: one outside them
// makes the card drawn again with the Unicode fonts, ten times slower.
func (c *cardDoc) itemWhere(it *results.EvidenceItem) string {
	var parts []string
	if it.Path != "" && it.Path != it.Ref {
		parts = append(parts, c.t(msg.CardEvFile, it.Path))
	}
	if cell := it.Source.Cell(); cell != "" {
		parts = append(parts, c.t(msg.CardEvCell, it.Source.Sheet.Sheet, cell))
	}
	return strings.Join(parts, " · ")
}

// inOrder makes fpdf write the images in the order they were registered.
// fpdf writes a document's images sorted by their width in pixels, images
// of the same width in the order of a Go map — a card of photos of one
// phone came out different bytes each time. Each image's width gets its
// registration number in millionths of a pixel: fpdf writes the width as
// a whole number, and the images are drawn at the size the card gives, so
// nothing else changes. ImageInfoType's fields are reached through its
// gob encoding, the one way fpdf offers.
func inOrder(info *fpdf.ImageInfoType, seq int) {
	if info == nil {
		return
	}
	b, err := info.GobEncode()
	if err != nil {
		return
	}
	var (
		data, smask, pal   []byte
		n, bpc             int
		w, h, scale, dpi   float64
		cs, filter, decode string
		trns               []int
	)
	fields := []any{&data, &smask, &n, &w, &h, &cs, &pal, &bpc, &filter, &decode, &trns, &scale, &dpi}
	dec := gob.NewDecoder(bytes.NewReader(b))
	for _, f := range fields {
		if dec.Decode(f) != nil {
			return
		}
	}
	w = math.Floor(w) + float64(seq)*1e-6
	var out bytes.Buffer
	enc := gob.NewEncoder(&out)
	for _, f := range []any{data, smask, n, w, h, cs, pal, bpc, filter, decode, trns, scale, dpi} {
		if enc.Encode(f) != nil {
			return
		}
	}
	info.GobDecode(out.Bytes())
}
