package card

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// A card of a verification round: the provisional banner (HASIL
// SEMENTARA) while indicators are not verified; the self-assessed score
// beside the verified one with the gap, the verifier's corrections and
// the indicators not yet verified; the corrections made after
// clarification or objection, each with what it replaced, why, who,
// when and the reference; and, when the issuing office is configured,
// its signature block at the end.

// provisionalInk is the banner's colour: a warning, not an error.
var provisionalInk = palette.Partial

// roundBanner: a provisional unit's warning under the header.
func (c *cardDoc) roundBanner() {
	u := c.u
	if !u.Provisional() {
		return
	}
	d := c.Flow
	total := u.Round.Agreed + u.Round.Corrected + u.Round.Unverified
	why := c.t(msg.CardProvisionalWhy, u.Round.Unverified, total)
	lines := c.wrap(why, width-10, "", 9, false)
	h := 11 + 4.3*float64(len(lines))
	d.Fill(provisionalInk)
	d.RoundedRect(left, c.Y, width, h, 2, "1234", "F")
	d.Ink(palette.White)
	d.Font("B", 14)
	d.Text(left+5, c.Y+2, width-10, 7, c.t(msg.CardProvisional), "L")
	d.Font("", 9)
	c.Lines(left+5, c.Y+9, width-10, 4.3, lines, "L")
	c.Y += h + 3
}

// verification: the self-assessment beside the verification.
func (c *cardDoc) verification() {
	u := c.u
	if u.Round == nil {
		return
	}
	if u.Round.Verification {
		c.selfVersusVerified()
	}
	c.corrections()
}

func (c *cardDoc) selfVersusVerified() {
	u, sh, d := c.u, c.sh, c.Flow
	ro := u.Round
	c.Heading(heading, c.t(msg.CardRoundHeading), 18)
	self := c.t(msg.CardSelfIncomplete)
	if s, ok := u.SelfScore(); ok {
		self = sh.num(s)
		if ro.SelfBand != nil {
			self += " · " + c.bandWords(*ro.SelfBand)
		}
	}
	verified := c.t(msg.CardNoScore)
	if u.Score != nil {
		verified = sh.num(*u.Score)
		if u.Provisional() {
			verified += " (" + c.t(msg.CardProvisionalWord) + ")"
		}
	}
	rows := [][2]string{{c.t(msg.CardSelfScore), self}, {c.t(msg.CardVerifiedScore), verified}}
	if g, ok := u.Gap(); ok {
		gap := locale.Signed(sh.lang, g, sh.dec)
		switch {
		case g < 0:
			gap += " — " + c.t(msg.CardGapOver)
		case g > 0:
			gap += " — " + c.t(msg.CardGapUnder)
		}
		rows = append(rows, [2]string{c.t(msg.CardGap), gap})
	}
	const lw = 52.0
	for _, r := range rows {
		c.Need(5)
		d.Font("", 8.5)
		d.Ink(palette.Muted)
		d.Text(left, c.Y, lw, 4.6, r[0], "L")
		d.Font("B", 9)
		d.Ink(palette.Text)
		d.Text(left+lw, c.Y, width-lw, 4.6, d.Ellipsize(r[1], width-lw-1), "L")
		c.Y += 4.8
	}
	d.Font("", 8)
	d.Ink(palette.Muted)
	c.Need(5)
	d.Text(left, c.Y, width, 4.5, c.t(msg.CardRoundCounts, ro.Agreed, ro.Corrected, ro.Unverified), "L")
	c.Y += 6

	// The verifier's corrections.
	inds := sh.r.Indicators()
	var corrected, unverified []int
	for i := range u.Indicators {
		ir := &u.Indicators[i]
		if inds[i].Type == rubric.Surv || ir.Status == results.NotApplicable {
			continue
		}
		switch {
		case ir.Round() != nil && ir.Round().State == results.Corrected:
			corrected = append(corrected, i)
		case c.unverified(i):
			unverified = append(unverified, i)
		}
	}
	if len(corrected) > 0 {
		c.Need(14)
		d.Font("B", 8.5)
		d.Ink(palette.Text)
		d.Text(left, c.Y, width, 4.5, c.t(msg.CardCorrectedByVerifier, len(corrected)), "L")
		c.Y += 5.5
		const codeW, ansW = 20.0, 30.0
		style := pdfdoc.Ruled
		t := c.NewTable([]pdfdoc.Column{
			pdfdoc.Col(c.t(msg.CardIndicator), codeW, "L"),
			pdfdoc.Col(c.t(msg.CardColUnitAnswer), ansW, "L"),
			pdfdoc.Col(c.t(msg.CardColVerifierAnswer), ansW, "L"),
			pdfdoc.Col(c.t(msg.CardColVerifierNote), 0, "L"),
		}, 8, style)
		for _, i := range corrected {
			ir := &u.Indicators[i]
			self := ir.Round().Self.Text
			if !ir.Round().Self.Given() {
				self = "–"
			}
			note := t.Wrap(3, c.cut(ir.Round().Note, maxRemark), "", 6)
			if len(note) == 0 || note[0] == "" {
				note = []string{"–"}
			}
			h := 4*float64(len(note)) + 0.8
			y := t.Row(h)
			t.Cell(0, y, 4, inds[i].Code, "B", palette.Text)
			t.Cell(1, y, 4, locale.Truncate(self, 40), "", palette.Text)
			t.Cell(2, y, 4, locale.Truncate(ir.Round().Verifier.Text, 40), "B", statusColors[answerStatus(inds[i], ir.Round().Verifier)])
			t.Lines(3, y, 4, note, "", palette.Muted)
			t.Done(h)
		}
		t.End()
		c.Y += 2
	}
	if len(unverified) > 0 {
		codes := make([]string, len(unverified))
		for k, i := range unverified {
			codes[k] = inds[i].Code
		}
		lines := c.wrap(c.t(msg.CardUnverifiedList, strings.Join(codes, ", ")), width, "", 8.5, false)
		d.Font("", 8.5)
		d.Ink(provisionalInk)
		c.FlowLines(left, width, 4.2, lines)
		c.Y += 1
	}
}

// unverified reports whether indicator i of a unit in a verification
// round is answered as the unit answered it, the verifier having given no
// answer and no correction having been made since: the cards mark such an
// answer wherever it is shown.
func (c *cardDoc) unverified(i int) bool {
	u := c.u
	if u.Round == nil || !u.Round.Verification {
		return false
	}
	ind, ir := c.sh.r.Indicators()[i], &u.Indicators[i]
	if ind.Type == rubric.Surv || ir.Status == results.NotApplicable {
		return false
	}
	return (ir.Round() == nil || ir.Round().State == results.Unverified) && !c.correctedAfter(ind.Code)
}

// correctedAfter reports whether an indicator has a correction.
func (c *cardDoc) correctedAfter(code string) bool {
	for _, k := range c.u.Corrections() {
		if k.Indicator == code {
			return true
		}
	}
	return false
}

// corrections: the trail of corrections made after the round.
func (c *cardDoc) corrections() {
	list := c.u.Corrections()
	if len(list) == 0 {
		return
	}
	d, sh := c.Flow, c.sh
	c.Heading(heading, c.t(msg.CardCorrections, len(list)), 14)
	for _, k := range list {
		before := k.Before.Text
		if !k.Before.Given() || before == "" {
			before = "–"
		}
		head := c.t(msg.CardCorrectionLine, k.Indicator, locale.Truncate(before, 40), locale.Truncate(k.After.Text, 40))
		detail := []string{locale.Date(sh.lang, k.Date), c.t(msg.CardCorrectionBy, locale.Truncate(k.By, 120))}
		if k.Ref != "" {
			detail = append(detail, c.t(msg.CardCorrectionRef, locale.Truncate(k.Ref, 80)))
		}
		hl := c.wrap(head, width, "B", 8.5, false)
		dl := c.wrap(strings.Join(detail, " · "), width-4, "", 8, false)
		rl := c.wrap(c.t(msg.CardCorrectionReason, c.cut(k.Reason, maxRemark)), width-4, "", 8, false)
		c.Need(4.3*float64(len(hl)) + 3.8*float64(min(len(dl)+len(rl), 3)))
		d.Font("B", 8.5)
		d.Ink(palette.Text)
		c.FlowLines(left, width, 4.3, hl)
		d.Font("", 8)
		d.Ink(palette.Muted)
		c.FlowLines(left+4, width-4, 3.8, dl)
		c.FlowLines(left+4, width-4, 3.8, rl)
		c.Y += 1.5
	}
}

// bandWords names a band: its grade and label, and its zone.
func (c *cardDoc) bandWords(b rubric.Band) string {
	lang := string(c.sh.lang)
	s := b.Label.In(lang)
	if b.Grade != "" {
		s = b.Grade + " · " + s
	}
	if b.Zone != rubric.NoZone {
		s += ", " + c.sh.r.ZoneInfo(b.Zone).Label.In(lang)
	}
	return s
}

// signature: the issuing office's signature block, dated with the
// unit's assessment or its latest correction.
func (c *cardDoc) signature() {
	cfg := c.sh.o.Issuer
	if cfg == nil {
		return
	}
	date := c.u.Date
	for _, k := range c.u.Corrections() {
		if k.Date > date {
			date = k.Date
		}
	}
	c.Y += 6
	c.SignedBy(cfg, locale.Date(c.sh.lang, date))
}

// answerStatus is the status an answer scores by itself (the verifier's,
// which a later correction may have replaced as the final one).
func answerStatus(ind *rubric.Indicator, a results.Answer) results.IndicatorStatus {
	switch {
	case a.Status == results.NA:
		return results.NA
	case !a.Given():
		return results.Missing
	}
	switch f := score.Fraction(ind, a.Value); {
	case f >= 1:
		return results.Met
	case f <= 0:
		return results.NotMet
	}
	return results.Partial
}
