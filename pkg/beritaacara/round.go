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
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// round draws the whole round's berita acara: every unit with its
// scores and status, the region's score, the statement, the signatures.
func (d *doc) round() {
	res := d.res
	r := res.Rubric
	lang := string(d.lang)
	region := d.region(nil)
	d.Head = pdfdoc.RunningHead{Left: d.t(msg.BAKicker), Right: d.t(msg.BARoundTitle), Split: 0.5}
	d.NewPage()
	d.Letterhead(d.o.Issuer, region)
	d.title(d.t(msg.BATitleRound))
	units := make([]*results.Unit, len(res.Units))
	period := ""
	for i := range res.Units {
		units[i] = &res.Units[i]
		if period == "" {
			period = res.Units[i].Period
		}
	}
	date := d.date(units...)
	d.Para(d.t(msg.BAOpeningRound, d.when(date), d.place(region), locale.Int(d.lang, len(units)),
		strings.TrimSpace(region+" "+period)), 9.5, palette.Text)

	const size = 7.5
	num := func(x float64) string { return locale.Num(d.lang, x, r.Scale.Decimals) }
	t := d.NewTable([]pdfdoc.Column{
		pdfdoc.Col(d.t(msg.BAColNo), 8, "R"),
		pdfdoc.Col(d.t(msg.BAColUnit), 0, "L"),
		pdfdoc.Col(d.t(msg.ReportColSelf), 16, "R"),
		pdfdoc.Col(d.t(msg.ReportColVerified), 18, "R"),
		pdfdoc.Col(d.t(msg.BACategory), 30, "L"),
		pdfdoc.Col(d.t(msg.BAZone), 18, "L"),
		pdfdoc.Col(d.t(msg.BAColStatus), 26, "L"),
	}, size, pdfdoc.Shaded)
	final, prov, inc := 0, 0, 0
	for i, u := range units {
		nl := t.Wrap(1, u.Code+" · "+u.Name, "", 2)
		h := 3.4*float64(len(nl)) + 1.6
		y := t.Row(h)
		t.Cell(0, y, 5, strconv.Itoa(i+1), "", palette.Muted)
		t.Lines(1, y, 3.4, nl, "", palette.Text)
		if s, ok := u.SelfScore(); ok {
			t.Cell(2, y, 5, num(s), "", palette.Text)
		} else {
			t.Cell(2, y, 5, "–", "", palette.Muted)
		}
		status, ink := d.t(msg.BAStatusFinal), palette.Met
		switch {
		case u.Status == results.Incomplete:
			status, ink = d.t(msg.BAStatusIncomplete), palette.Missing
			inc++
		case u.Provisional():
			status, ink = d.t(msg.BAStatusProvisional), palette.Partial
			prov++
		default:
			final++
		}
		if u.Score != nil {
			t.Cell(3, y, 5, num(*u.Score), "B", palette.Text)
			b := *u.Band
			cat := b.Label.In(lang)
			if b.Grade != "" {
				cat = b.Grade + " · " + cat
			}
			t.Cell(4, y, 5, cat, "", palette.Text)
			if b.Zone != rubric.NoZone {
				t.Swatch(5, y, 5, palette.Zone(r, b.Zone), shortZone(r.ZoneInfo(b.Zone).Label.In(lang)), "")
			}
		} else {
			t.Cell(3, y, 5, "–", "", palette.Muted)
		}
		t.Cell(6, y, 5, status, "B", ink)
		t.Done(h)
	}
	t.End()
	summary := d.t(msg.BARoundCounts, final, prov, inc)
	if reg := score.Region(r, res.Units); reg.Score != nil {
		label := reg.Band.Label.In(lang)
		if reg.Band.Zone != rubric.NoZone {
			label += ", " + r.ZoneInfo(reg.Band.Zone).Label.In(lang)
		}
		summary += " " + d.t(msg.BARegionScore, reg.Units, num(*reg.Score), label)
	}
	d.Para(summary, 9, palette.Text)
	corr := 0
	for _, u := range units {
		corr += len(u.Corrections())
	}
	if corr > 0 {
		d.Para(d.t(msg.ReportCorrectionsNote, locale.Int(d.lang, corr)), 9, palette.Text)
	}
	// Every unit whose verification is not finished, incomplete ones too.
	if open := len(res.Provisional()); open > 0 {
		d.statement(statement{d.t(msg.CardProvisional), d.t(msg.BARoundProvisional, open), palette.Partial})
	} else {
		d.statement(statement{d.t(msg.BAFinalTitle), d.t(msg.BARoundFinal), palette.Met})
	}
	var verifier issuer.Signatory
	var known *issuer.Signatory
	if c := d.o.Issuer; c != nil {
		if c.Verifier != nil {
			verifier = *c.Verifier
		}
		known = c.Acknowledged
	}
	at := d.t(msg.SignPlaceAt, d.place(region), locale.Date(d.lang, date))
	ack := issuer.Signatory{}
	if known != nil {
		ack = *known
	}
	d.closing([]pdfdoc.Signature{
		{Above: []string{"", d.t(msg.SignKnown)}, Signer: ack},
		{Above: []string{at, d.t(msg.BAVerifierSide)}, Signer: verifier},
	})
}

// shortZone drops the word "Zona"/"zone" from a zone's label ("Zona
// Hijau" → "Hijau", "Green zone" → "Green").
func shortZone(label string) string {
	if s, ok := strings.CutPrefix(label, "Zona "); ok && s != "" {
		return s
	}
	if s, ok := strings.CutSuffix(label, " zone"); ok && s != "" {
		return s
	}
	return label
}
