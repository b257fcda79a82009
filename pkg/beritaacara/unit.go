package beritaacara

import (
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Layout, in millimetres.
const (
	left  = pdfdoc.Left
	width = pdfdoc.ContentWidth
	right = pdfdoc.Right
)

var heading = pdfdoc.HeadingStyle{Size: 10.5, Ink: palette.Text, Gap: 4, Line: 5.5, Height: 7, Room: 7}

// unit draws one unit's berita acara.
func (d *doc) unit(u *results.Unit) {
	r := d.res.Rubric
	lang := string(d.lang)
	region := d.region(u)
	d.Head = pdfdoc.RunningHead{Left: d.t(msg.BAKicker) + " · " + u.Code, Right: locale.Truncate(u.Name, 80), Split: 0.5}
	d.NewPage()
	d.Letterhead(d.o.Issuer, region)
	d.title(d.t(msg.BATitleUnit))

	date := d.date(u)
	round := u.Round != nil && u.Round.Verification
	opening := msg.BAOpeningSingle
	if round {
		opening = msg.BAOpeningUnit
	}
	d.Para(d.t(opening, d.when(date), d.place(region)), 9.5, palette.Text)

	assessor := u.Assessor
	dateLabel := d.t(msg.BAAssessedOn)
	if round {
		dateLabel = d.t(msg.BAVerifiedOn)
	}
	d.pairs([][2]string{
		{d.t(msg.BAUnitName), u.Name},
		{d.t(msg.BAUnitCode), u.Code},
		{d.t(msg.BAUnitType), typeLabel(r, u.Type, lang)},
		{d.t(msg.BARegion), u.Region},
		{d.t(msg.BAPeriod), u.Period},
		{d.t(msg.BAAssessor), assessor},
		{dateLabel, locale.Date(d.lang, u.Date)},
		{d.t(msg.BAInstrument), r.Title.In(lang) + " — " + d.t(msg.ReportRubricRef, r.Ref(), r.Version)},
	})

	// The result.
	d.Heading(heading, d.t(msg.BAResult), 30)
	num := func(x float64) string { return locale.Num(d.lang, x, r.Scale.Decimals) }
	var rows [][2]string
	if round {
		self := d.t(msg.BANoSelfScore)
		if s, ok := u.SelfScore(); ok {
			self = num(s)
		}
		rows = append(rows, [2]string{d.t(msg.BASelfScore), self})
	}
	scoreLabel := d.t(msg.BAScore)
	if round {
		scoreLabel = d.t(msg.BAVerifiedScore)
	}
	if u.Score != nil {
		sc := num(*u.Score)
		if u.Provisional() {
			sc += " (" + d.t(msg.CardProvisionalWord) + ")"
		}
		rows = append(rows, [2]string{scoreLabel, sc})
		b := *u.Band
		cat := b.Label.In(lang)
		if b.Grade != "" {
			cat = b.Grade + " · " + cat
		}
		rows = append(rows, [2]string{d.t(msg.BACategory), cat})
		if b.Zone != rubric.NoZone {
			rows = append(rows, [2]string{d.t(msg.BAZone), r.ZoneInfo(b.Zone).Label.In(lang)})
		}
	} else {
		rows = append(rows, [2]string{scoreLabel, d.t(msg.BANoScore, u.Counts.Missing)})
	}
	if g, ok := u.Gap(); ok {
		rows = append(rows, [2]string{d.t(msg.BAGap), locale.Signed(d.lang, g, r.Scale.Decimals)})
	}
	if round {
		ro := u.Round
		rows = append(rows, [2]string{d.t(msg.BAVerification), d.t(msg.CardRoundCounts, ro.Agreed, ro.Corrected, ro.Unverified)})
	}
	if n := len(u.Corrections()); n > 0 {
		rows = append(rows, [2]string{d.t(msg.BACorrections), locale.Int(d.lang, n)})
	}
	d.pairs(rows)
	d.statement(d.unitStatement(u))
	d.corrections(u)
	gaps := d.shortfalls(u)
	d.followUp(gaps)

	d.closing(d.unitSignatures(u, date, region)...)
}

// closing: the closing sentence and the signature blocks, on one page
// (the sentence is not left alone at the foot of the page before).
func (d *doc) closing(rows ...[]pdfdoc.Signature) {
	d.Font("", 9.5)
	lines := d.Wrap(d.t(msg.BAClosing), pdfdoc.ContentWidth)
	d.Need(9.5*0.45*float64(len(lines)) + 3.5 + d.SignatureRowsHeight(rows...))
	d.Para(d.t(msg.BAClosing), 9.5, palette.Text)
	d.Y += 2
	d.SignatureRows(rows...)
}

// title: the document's title, centred, and the number line to fill in.
func (d *doc) title(sub string) {
	d.Need(24)
	d.Font("B", 13)
	d.Ink(palette.Text)
	d.Text(left, d.Y, width, 6, d.t(msg.BAHeading), "C")
	d.Y += 6.5
	d.Font("B", 10.5)
	for _, l := range d.Wrap(sub, width) {
		d.Text(left, d.Y, width, 5, l, "C")
		d.Y += 5
	}
	d.Font("", 8.5)
	d.Ink(palette.Muted)
	for _, l := range d.Wrap(d.res.Rubric.Title.In(string(d.lang)), width) {
		d.Text(left, d.Y, width, 4, l, "C")
		d.Y += 4
	}
	d.Font("", 9.5)
	d.Ink(palette.Text)
	d.Text(left, d.Y+1, width, 5, d.t(msg.BANumber), "C")
	d.Y += 10
}

// when words a date with its weekday: "Senin, tanggal 14 Oktober 2024".
func (d *doc) when(iso string) string {
	if iso == "" {
		return d.t(msg.BANoDate)
	}
	return d.t(msg.BAWhen, d.dayName(iso), locale.Date(d.lang, iso))
}

// pairs draws label and value rows.
func (d *doc) pairs(rows [][2]string) {
	const lw = 58.0
	for _, r := range rows {
		v := strings.TrimSpace(r[1])
		if v == "" {
			v = "–"
		}
		d.Font("", 9.5)
		vl := d.Wrap(v, width-lw-4)
		h := 5 * float64(len(vl))
		d.Need(h)
		d.Ink(palette.Muted)
		d.Text(left, d.Y, lw, 5, r[0], "L")
		d.Text(left+lw, d.Y, 3, 5, ":", "L")
		d.Ink(palette.Text)
		d.Font("B", 9.5)
		d.Lines(left+lw+4, d.Y, width-lw-4, 5, d.Wrap(v, width-lw-4), "L")
		d.Y += h
	}
	d.Y += 2
}

// statement is what the result is: provisional, final or not scored.
type statement struct {
	title, text string
	ink         palette.Color
}

func (d *doc) unitStatement(u *results.Unit) statement {
	switch {
	case u.Status == results.Incomplete:
		return statement{d.t(msg.BAIncompleteTitle), d.t(msg.BAIncompleteText, u.Counts.Missing), palette.Missing}
	case u.Provisional():
		return statement{d.t(msg.CardProvisional), d.t(msg.BAProvisionalText, u.Round.Unverified), palette.Partial}
	case u.Round != nil && u.Round.Verification:
		return statement{d.t(msg.BAFinalTitle), d.t(msg.BAFinalText), palette.Met}
	}
	return statement{d.t(msg.BAFinalTitle), d.t(msg.BAFinalSingle), palette.Met}
}

// statement draws the statement in a box of its colour.
func (d *doc) statement(s statement) {
	d.Font("", 9.5)
	lines := d.Wrap(s.text, width-10)
	h := 10 + 4.5*float64(len(lines))
	d.Y += 2
	d.Need(h)
	d.Fill(s.ink)
	d.RoundedRect(left, d.Y, width, h, 2, "1234", "F")
	d.Ink(palette.White)
	d.Font("B", 11)
	d.Text(left+5, d.Y+2, width-10, 5.5, s.title, "L")
	d.Font("", 9.5)
	d.Lines(left+5, d.Y+8, width-10, 4.5, lines, "L")
	d.Y += h + 3
}

// corrections lists the corrections made after clarification.
func (d *doc) corrections(u *results.Unit) {
	list := u.Corrections()
	if len(list) == 0 {
		return
	}
	d.Heading(heading, d.t(msg.CardCorrections, len(list)), 12)
	for _, k := range list {
		before := k.Before.Text
		if !k.Before.Given() || before == "" {
			before = "–"
		}
		parts := []string{d.t(msg.CardCorrectionLine, k.Indicator, locale.Truncate(before, 40), locale.Truncate(k.After.Text, 40)),
			locale.Date(d.lang, k.Date), d.t(msg.CardCorrectionBy, locale.Truncate(k.By, 120))}
		if k.Ref != "" {
			parts = append(parts, d.t(msg.CardCorrectionRef, locale.Truncate(k.Ref, 80)))
		}
		d.Bullet(strings.Join(parts, " · ") + ". " + d.t(msg.CardCorrectionReason, locale.Truncate(k.Reason, 600)))
	}
}

// shortfalls: the indicators not met or partly met, with the rubric's
// finding and recommendation; it returns them.
func (d *doc) shortfalls(u *results.Unit) []int {
	r := d.res.Rubric
	lang := string(d.lang)
	var rows []int
	for i := range u.Indicators {
		if s := u.Indicators[i].Status; s == results.NotMet || s == results.Partial {
			rows = append(rows, i)
		}
	}
	d.Heading(heading, d.t(msg.BAShortfalls, len(rows)), 20)
	if len(rows) == 0 {
		d.Para(d.t(msg.BANoShortfalls), 9.5, palette.Text)
		return nil
	}
	const size = 8
	t := d.NewTable([]pdfdoc.Column{
		pdfdoc.Col(d.t(msg.BAColNo), 8, "R"),
		pdfdoc.Col(d.t(msg.BAColIndicator), 55, "L"),
		pdfdoc.Col(d.t(msg.BAColStatus), 30, "L"),
		pdfdoc.Col(d.t(msg.BAColRecommendation), 0, "L"),
	}, size, pdfdoc.Shaded)
	inds := r.Indicators()
	for k, i := range rows {
		ind, ir := inds[i], &u.Indicators[i]
		il := t.Wrap(1, ind.Code+" · "+ind.Text.In(lang), "", 4)
		rec := ind.Recommendation.In(lang)
		if rec == "" {
			rec = ind.Finding.In(lang)
		}
		rl := t.Wrap(3, rec, "", 6)
		h := 3.6*float64(max(len(il), len(rl))) + 1.6
		y := t.Row(h)
		t.Cell(0, y, 5, strconv.Itoa(k+1), "", palette.Muted)
		t.Lines(1, y, 3.6, il, "", palette.Text)
		ink := palette.NotMet
		label := d.t(msg.CardNotMet)
		if ir.Status == results.Partial {
			ink, label = palette.Partial, d.t(msg.CardPartial)
		}
		t.Cell(2, y, 5, label, "B", ink)
		t.Lines(3, y, 3.6, rl, "", palette.Text)
		t.Done(h)
	}
	t.End()
	return rows
}

// followUp: the follow-up plan table (RTL) to fill in, a row per
// shortfall (three blank rows when there is none).
func (d *doc) followUp(rows []int) {
	d.Heading(heading, d.t(msg.BAFollowUp), 26)
	d.Para(d.t(msg.BAFollowUpNote), 8.5, palette.Muted)
	const size = 8
	t := d.NewTable([]pdfdoc.Column{
		pdfdoc.Col(d.t(msg.BAColNo), 8, "R"),
		pdfdoc.Col(d.t(msg.BAColIndicatorCode), 20, "L"),
		pdfdoc.Col(d.t(msg.BAColPlan), 0, "L"),
		pdfdoc.Col(d.t(msg.BAColResponsible), 36, "L"),
		pdfdoc.Col(d.t(msg.BAColDeadline), 24, "L"),
	}, size, pdfdoc.Shaded)
	n := max(len(rows), 3)
	inds := d.res.Rubric.Indicators()
	const h = 9.0
	for k := range n {
		y := t.Row(h)
		t.Cell(0, y, 5, strconv.Itoa(k+1), "", palette.Muted)
		if k < len(rows) {
			t.Cell(1, y, 5, inds[rows[k]].Code, "B", palette.Text)
		}
		// Writing lines.
		for i := 1; i < len(t.Cols); i++ {
			d.Rule(t.X[i]+1, t.X[i]+t.Cols[i].W-1, y+h-1.5, palette.Grid, 0.2)
		}
		t.Done(h)
	}
	t.End()
}

// unitSignatures: the unit's head and the verifier, then "Mengetahui".
func (d *doc) unitSignatures(u *results.Unit, date, region string) [][]pdfdoc.Signature {
	head := issuer.Signatory{Position: d.t(msg.BAHeadOf, strings.TrimSpace(firstNonEmpty(u.Name, u.Code)))}
	var verifier issuer.Signatory
	var known *issuer.Signatory
	if c := d.o.Issuer; c != nil {
		if h := c.UnitHead(u.Code); h != nil {
			head = *h
		}
		if c.Verifier != nil {
			verifier = *c.Verifier
		}
		known = c.Acknowledged
	}
	at := d.t(msg.SignPlaceAt, d.place(region), locale.Date(d.lang, date))
	if date == "" {
		at = d.t(msg.SignPlaceAt, d.place(region), strings.Repeat("…", 12))
	}
	ack := issuer.Signatory{}
	if known != nil {
		ack = *known
	}
	return [][]pdfdoc.Signature{
		{
			{Above: []string{"", d.t(msg.BAUnitSide)}, Signer: head},
			{Above: []string{at, d.t(msg.BAVerifierSide)}, Signer: verifier},
		},
		{{Above: []string{d.t(msg.SignKnown)}, Signer: ack, Center: true}},
	}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// typeLabel is the unit type as the rubric names it.
func typeLabel(r *rubric.Rubric, t, lang string) string {
	if ut, ok := r.UnitType(t); ok {
		return ut.Label.In(lang)
	}
	return t
}
