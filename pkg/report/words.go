package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The report's figures and names in words, for every format alike.

// Num formats a number on the score scale, with the scale's decimals.
func (rp *Report) Num(x float64) string { return locale.Num(rp.Lang, x, rp.Rubric.Scale.Decimals) }

// GroupName is "CODE · name".
func (rp *Report) GroupName(g *rubric.Group) string {
	n := g.Name.In(string(rp.Lang))
	if g.Code != "" {
		return g.Code + " · " + n
	}
	return n
}

// DateText is the report's date as printed: "12 Agustus 2024", or
// "data per 27 Agustus 2024" when it is the latest assessment date.
func (rp *Report) DateText() string {
	switch rp.DateKind {
	case DateData:
		return rp.t(msg.ReportDataAsOf, locale.Date(rp.Lang, rp.Date))
	case DateNone:
		return ""
	}
	return locale.Date(rp.Lang, rp.Date)
}

// RollupText says how units roll up to the region, in words.
func (rp *Report) RollupText() string {
	r := rp.Rubric
	if r.Rollup.Rule != rubric.RollupWeightedMean {
		return rp.t(msg.ReportRollupMean)
	}
	var parts []string
	for _, ut := range r.UnitTypes {
		w := 1.0
		if x, ok := r.Rollup.Weights[strings.ToLower(ut.ID)]; ok {
			w = x
		}
		parts = append(parts, ut.Label.In(string(rp.Lang))+" "+locale.Written(rp.Lang, w))
	}
	return rp.t(msg.ReportRollupWeighted, strings.Join(parts, ", "))
}

// Weight formats a rubric weight as written.
func (rp *Report) Weight(w float64) string { return locale.Written(rp.Lang, w) }

// Codes joins the codes of indicators by index.
func (rp *Report) Codes(idx []int) string {
	inds := rp.Rubric.Indicators()
	parts := make([]string, len(idx))
	for i, k := range idx {
		parts[i] = inds[k].Code
	}
	return strings.Join(parts, ", ")
}

// TypeLabel is a unit type as the rubric names it, or as written.
func (rp *Report) TypeLabel(t string) string {
	if strings.TrimSpace(t) == "" {
		return rp.t(msg.ReportTypeUnknown)
	}
	if ut, ok := rp.Rubric.UnitType(t); ok {
		return ut.Label.In(string(rp.Lang))
	}
	return t
}

// CategoryTitle heads a column of categories: "Zona", or "Kategori" when the
// rubric has no zones.
func (rp *Report) CategoryTitle() string {
	if rp.Zoned {
		return rp.t(msg.ReportColZone)
	}
	return rp.t(msg.ReportColGrade)
}

// BandColor is the colour of band b's category.
func (rp *Report) BandColor(b rubric.Band) palette.Color {
	if ci := rp.CategoryOfBand(b); ci >= 0 {
		return rp.Categories[ci].Color
	}
	return palette.Neutral
}

// BandRange is the range of the rubric's band i: "51,00–80,99".
func (rp *Report) BandRange(i int) string {
	bands := rp.Rubric.Bands
	b := bands[i]
	hi := b.Max
	if hi == 0 && i+1 < len(bands) {
		hi = bands[i+1].Min
	}
	return rp.Num(b.Min) + "–" + rp.Num(hi)
}

// GoalText renders a target's range: "≥ 81,00", "≤ 10,0%", "50,0%–80,0%".
func (rp *Report) GoalText(tg rubric.Target) string {
	f := func(x float64) string {
		if tg.Kind == rubric.TargetZoneShare {
			return locale.Percent(rp.Lang, x, 1)
		}
		return rp.Num(x)
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
		s = rp.Rubric.ZoneInfo(tg.Zone).Label.In(string(rp.Lang)) + " " + s
	}
	return s
}

// upperFirst capitalises the first letter of s (a rubric's notes start in
// lower case, as a table cell reads them; a line of their own starts with
// a capital).
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
