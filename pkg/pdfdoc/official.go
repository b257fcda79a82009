package pdfdoc

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
)

// What official documents share — the letterhead (kop surat) and the
// signature blocks — drawn from the issuing office's configuration
// (package issuer), so that the berita acara, the report cards, the
// annual report and the SKM report look the same where they are signed.

// Letterhead geometry, in millimetres.
const (
	kopLogoH = 24.0 // the logo's height
	kopGap   = 4.0  // between the logo and the text
)

// Letterhead draws the kop at the top of the page (at Y): the logo at the
// left, and centred beside it the government (upper case), the office
// (upper case, larger), the division if any, and the address in small
// type; then a double rule, thick over thin, across the page. With no
// configuration it draws only the region (if any) as a plain title, and
// returns false.
func (f *Flow) Letterhead(c *issuer.Config, region string) bool {
	if c == nil || c.Office == "" {
		if region == "" {
			return false
		}
		f.Font("B", 13)
		f.Ink(palette.Text)
		f.Text(Left, f.Y, ContentWidth, 6, strings.ToUpper(region), "C")
		f.Y += 8
		f.Rule(Left, Right, f.Y, palette.Black, 0.3)
		f.Y += 4
		return false
	}
	top := f.Y
	logoW := 0.0
	if c.Logo != nil {
		logoW = kopLogoH * float64(c.Logo.W) / float64(c.Logo.H)
		if logoW > 40 {
			logoW = 40
		}
	}
	// The text is centred on the page, clear of the logo on both sides.
	side := 0.0
	if logoW > 0 {
		side = logoW + kopGap
	}
	tx, tw := Left+side, ContentWidth-2*side
	type line struct {
		s    string
		bold bool
		size float64
		lh   float64
	}
	var lines []line
	add := func(s string, bold bool, size, lh float64) {
		if strings.TrimSpace(s) == "" {
			return
		}
		style := ""
		if bold {
			style = "B"
		}
		f.Font(style, size)
		for _, l := range f.Wrap(s, tw) {
			lines = append(lines, line{l, bold, size, lh})
		}
	}
	add(strings.ToUpper(c.Government), true, 13, 6)
	add(strings.ToUpper(c.Office), true, 15, 7)
	add(strings.ToUpper(c.Division), true, 11.5, 5.5)
	for _, a := range strings.Split(c.Address, "\n") {
		add(a, false, 8.5, 4)
	}
	textH := 0.0
	for _, l := range lines {
		textH += l.lh
	}
	h := max(textH, kopLogoH)
	if c.Logo != nil {
		f.drawLogo(c.Logo, Left, top+(h-kopLogoH)/2, logoW, kopLogoH)
	}
	y := top + (h-textH)/2
	f.Ink(palette.Black)
	for _, l := range lines {
		style := ""
		if l.bold {
			style = "B"
		}
		f.Font(style, l.size)
		f.Text(tx, y, tw, l.lh, l.s, "C")
		y += l.lh
	}
	f.Y = top + h + 2
	f.Rule(Left, Right, f.Y, palette.Black, 0.9)
	f.Rule(Left, Right, f.Y+1.2, palette.Black, 0.25)
	f.Y += 6
	return true
}

// drawLogo places the logo image in the box, registered once per
// document under a name made from its content.
func (f *Flow) drawLogo(l *issuer.Logo, x, y, w, h float64) {
	sum := sha256.Sum256(l.Data)
	name := "logo-" + hex.EncodeToString(sum[:8])
	opt := fpdf.ImageOptions{ImageType: l.Type}
	if f.GetImageInfo(name) == nil {
		f.RegisterImageOptionsReader(name, opt, bytes.NewReader(l.Data))
	}
	f.ImageOptions(name, x, y, w, h, false, opt, 0, "")
}

// Signature is one signature block: the lines above the position (the
// place and date, "Mengetahui,", a role such as "Verifikator,"), and who
// signs. A signer without a name leaves dotted lines for the name and the
// NIP, to be filled in by hand.
type Signature struct {
	Above  []string
	Signer issuer.Signatory
	// Center puts a block alone in a row at the centre (a "Mengetahui"
	// block under the others) rather than at the right.
	Center bool
}

// Signature block geometry, in millimetres.
const (
	signLine  = 4.6  // a line of text
	signSpace = 20.0 // room for the signature and the stamp
)

// Signatures draws a row of signature blocks, all on one page: one block
// at the right (or the centre, Center), two at the sides, three in
// thirds. Texts are centred in their block; the blocks' lines align from
// the top, and the names on one line across the row.
func (f *Flow) Signatures(blocks ...Signature) { f.SignatureRows(blocks) }

// SignatureRows draws rows of signature blocks (see Signatures) 4 mm
// apart, all on one page: the parties' blocks and, under them, the
// acknowledging superior's ("Mengetahui") never part.
func (f *Flow) SignatureRows(rows ...[]Signature) {
	laid, total := f.layoutRows(rows)
	f.Need(total)
	for i, l := range laid {
		if i > 0 {
			f.Y += 4
		}
		f.drawSignatures(l)
	}
}

// SignatureRowsHeight is how tall SignatureRows draws rows, so that what
// leads to them (a closing sentence) can be kept on their page.
func (f *Flow) SignatureRowsHeight(rows ...[]Signature) float64 {
	_, total := f.layoutRows(rows)
	return total
}

func (f *Flow) layoutRows(rows [][]Signature) ([]signRow, float64) {
	laid := make([]signRow, 0, len(rows))
	total := 0.0
	for _, r := range rows {
		if len(r) == 0 {
			continue
		}
		l := f.layoutSignatures(r)
		if len(laid) > 0 {
			total += 4
		}
		total += l.h
		laid = append(laid, l)
	}
	return laid, total
}

// signRow is a row of signature blocks, measured.
type signRow struct {
	blocks       []Signature
	xs           []float64
	bw           float64
	above, pos   [][]string
	aboveN, posN int
	h            float64
}

const signSize = 9.5 // points

func (f *Flow) layoutSignatures(blocks []Signature) signRow {
	n := len(blocks)
	l := signRow{blocks: blocks, bw: ContentWidth / float64(max(n, 2)), xs: make([]float64, n),
		above: make([][]string, n), pos: make([][]string, n)}
	switch n {
	case 1:
		l.xs[0] = Right - l.bw
		if blocks[0].Center {
			l.xs[0] = Left + (ContentWidth-l.bw)/2
		}
	default:
		for i := range blocks {
			l.xs[i] = Left + float64(i)*(ContentWidth-l.bw)/float64(n-1)
		}
	}
	for i, b := range blocks {
		f.Font("", signSize)
		for _, a := range b.Above {
			l.above[i] = append(l.above[i], f.Wrap(a, l.bw-4)...)
		}
		if b.Signer.Position != "" {
			l.pos[i] = f.Wrap(b.Signer.Position, l.bw-4)
		}
		l.aboveN, l.posN = max(l.aboveN, len(l.above[i])), max(l.posN, len(l.pos[i]))
	}
	l.h = signLine*float64(l.aboveN+l.posN) + signSpace + 3*signLine
	return l
}

func (f *Flow) drawSignatures(l signRow) {
	top := f.Y
	for i, b := range l.blocks {
		x := l.xs[i] + 2
		w := l.bw - 4
		f.Font("", signSize)
		f.Ink(palette.Text)
		f.Lines(x, top, w, signLine, l.above[i], "C")
		f.Lines(x, top+signLine*float64(l.aboveN), w, signLine, l.pos[i], "C")
		y := top + signLine*float64(l.aboveN+l.posN) + signSpace
		s := b.Signer
		if strings.TrimSpace(s.Name) == "" {
			f.Text(x, y, w, signLine, msg.T(f.Lang, msg.SignFillName), "C")
			f.Text(x, y+signLine, w, signLine, msg.T(f.Lang, msg.SignFillNIP), "C")
			continue
		}
		f.Font("B", signSize)
		name := f.Ellipsize(s.Name, w)
		f.Text(x, y, w, signLine, name, "C")
		nw := f.Width(name)
		f.Rule(x+(w-nw)/2, x+(w+nw)/2, y+signLine-0.4, palette.Text, 0.25)
		f.Font("", signSize)
		yy := y + signLine
		if s.Rank != "" {
			f.Text(x, yy, w, signLine, f.Ellipsize(s.Rank, w), "C")
			yy += signLine
		}
		if s.NIP != "" {
			f.Text(x, yy, w, signLine, msg.T(f.Lang, msg.SignNIP, s.FormattedNIP()), "C")
		}
	}
	f.Y = top + l.h
}

// SignedBy is the usual block of a document the office issues: the place
// and date, then the issuer's position, name and NIP; and, when the
// configuration names one, the acknowledging superior's block
// ("Mengetahui,") beside it, at the left. With no configuration it
// leaves the lines to be filled in by hand. date is the date as printed.
func (f *Flow) SignedBy(c *issuer.Config, date string) {
	place := ""
	var signer issuer.Signatory
	var known *issuer.Signatory
	if c != nil {
		place = c.Place
		if c.Verifier != nil {
			signer = *c.Verifier
		}
		known = c.Acknowledged
	}
	at := date
	if place != "" {
		at = msg.T(f.Lang, msg.SignPlaceAt, place, date)
	}
	if known == nil {
		f.Signatures(Signature{Above: []string{at}, Signer: signer})
		return
	}
	f.Signatures(
		Signature{Above: []string{"", msg.T(f.Lang, msg.SignKnown)}, Signer: *known},
		Signature{Above: []string{at, ""}, Signer: signer},
	)
}
