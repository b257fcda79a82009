package skmreport

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The report's figures and names in words, for the PDF and the workbook
// alike.

func (rp *Report) t(k msg.Key, args ...any) string { return msg.T(rp.Lang, k, args...) }

func (rp *Report) lang() string { return string(rp.Lang) }

// NRRDecimals is how many decimals an NRR and a weighted NRR show: those
// they are rounded to, else 4.
func (rp *Report) NRRDecimals() int {
	if rp.Conv.NRRDecimals >= 0 {
		return rp.Conv.NRRDecimals
	}
	return 4
}

// NRR formats an NRR, a weighted NRR or their sum.
func (rp *Report) NRR(x float64) string { return locale.Num(rp.Lang, x, rp.NRRDecimals()) }

// Score formats a value on the published scale (25–100).
func (rp *Report) Score(x float64) string {
	return locale.Num(rp.Lang, x, rp.Rubric.Scale.Decimals)
}

// Raw formats a converted value before rounding, with four decimals.
func (rp *Report) Raw(x float64) string { return locale.Num(rp.Lang, x, 4) }

// Int formats a count.
func (rp *Report) Int(n int) string { return locale.Int(rp.Lang, n) }

// Percent formats a share.
func (rp *Report) Percent(f float64) string { return locale.Percent(rp.Lang, f, 1) }

// WeightText is each unsur's weight as the report names it: "1/9" or
// "0,11".
func (rp *Report) WeightText() string {
	if rp.Conv.Weights == score.SKMPrinted {
		return locale.Written(rp.Lang, score.PrintedWeight)
	}
	return "1/" + locale.Int(rp.Lang, len(rp.Rubric.Indicators()))
}

// WeightValue is the weight as a decimal, as the table shows it.
func (rp *Report) WeightValue() string {
	if rp.Conv.Weights == score.SKMPrinted {
		return locale.Written(rp.Lang, score.PrintedWeight)
	}
	return locale.Num(rp.Lang, rp.Weight, 4)
}

// Convention states the convention the figures follow, in sentences.
func (rp *Report) Convention() []string {
	n := len(rp.Rubric.Indicators())
	var out []string
	if rp.Conv.Weights == score.SKMPrinted {
		out = append(out, rp.t(msg.SKMConvPrinted, locale.Written(rp.Lang, score.PrintedWeight), rp.Int(n),
			locale.Written(rp.Lang, score.PrintedWeight*float64(n))))
	} else {
		out = append(out, rp.t(msg.SKMConvExact, rp.WeightText(), rp.Int(n)))
	}
	if rp.Conv.NRRDecimals >= 0 {
		out = append(out, rp.t(msg.SKMConvRounded, rp.Conv.NRRDecimals))
	} else {
		out = append(out, rp.t(msg.SKMConvUnrounded))
	}
	out = append(out, rp.t(msg.SKMConvFinal, rp.Rubric.Scale.Decimals))
	return out
}

// ConventionShort names the convention in a line.
func (rp *Report) ConventionShort() string {
	s := rp.t(msg.SKMConvShortWeight, rp.WeightText())
	if rp.Conv.NRRDecimals >= 0 {
		return s + "; " + rp.t(msg.SKMConvShortRounded, rp.Conv.NRRDecimals)
	}
	return s + "; " + rp.t(msg.SKMConvShortExact)
}

// BandName is "A · Sangat baik".
func (rp *Report) BandName(b rubric.Band) string {
	s := b.Label.In(rp.lang())
	if b.Grade != "" {
		s = b.Grade + " · " + s
	}
	return s
}

// BandColor is a band's colour: the rubric's zone colour when it has
// one, else a colour by rank (the best green, the worst red).
func (rp *Report) BandColor(b rubric.Band) palette.Color {
	if b.Zone != rubric.NoZone {
		return palette.Zone(rp.Rubric, b.Zone)
	}
	bands := rp.Rubric.Bands
	rank := 0
	for i := range bands {
		if bands[i].Min == b.Min {
			rank = i
		}
	}
	scale := []palette.Color{palette.NotMet, palette.Partial, palette.RGB(249, 168, 37), palette.Met}
	if len(bands) <= 1 {
		return palette.Met
	}
	return scale[rank*(len(scale)-1)/(len(bands)-1)]
}

// BandRange is band i's range on the published scale: "88,31 – 100,00".
func (rp *Report) BandRange(i int) string {
	b := rp.Rubric.Bands[i]
	return rp.Score(b.Min) + " – " + rp.Score(b.Max)
}

// BandNRRRange is band i's range on the answers' scale: its range
// divided by the factor, four decimals.
func (rp *Report) BandNRRRange(i int) string {
	b := rp.Rubric.Bands[i]
	return locale.Num(rp.Lang, b.Min/rp.Factor, 4) + " – " + locale.Num(rp.Lang, b.Max/rp.Factor, 4)
}

// PeriodText is a unit's survey period: "5 Maret – 30 April 2024", one
// date, or "" when no date was read.
func (rp *Report) PeriodText(u *Unit) string {
	switch {
	case u.First == "":
		return ""
	case u.First == u.Last:
		return locale.Date(rp.Lang, u.First)
	case u.First[:7] == u.Last[:7]:
		// "1 – 28 Maret 2024"
		return strings.TrimLeft(u.First[8:], "0") + " – " + locale.Date(rp.Lang, u.Last)
	case u.First[:4] == u.Last[:4]:
		// "5 Maret – 30 April 2024"
		first := locale.Date(rp.Lang, u.First)
		if i := strings.LastIndexByte(first, ' '); i > 0 {
			first = first[:i]
		}
		return first + " – " + locale.Date(rp.Lang, u.Last)
	}
	return locale.Date(rp.Lang, u.First) + " – " + locale.Date(rp.Lang, u.Last)
}

// DateText is the report's date as printed: "31 Desember 2024", or "data
// per 30 April 2024" when it is the survey's last day.
func (rp *Report) DateText() string {
	switch rp.DateKind {
	case DateData:
		return rp.t(msg.SKMDataAsOf, locale.Date(rp.Lang, rp.Date))
	case DateNone:
		return ""
	}
	return locale.Date(rp.Lang, rp.Date)
}

// SignDate is the date above a signature: the report's date when it was
// given (or SOURCE_DATE_EPOCH's), else blank to write in.
func (rp *Report) SignDate() string {
	if rp.DateKind == DateNone || rp.DateKind == DateData {
		return "" // the survey's last day is no day of signing
	}
	return locale.Date(rp.Lang, rp.Date)
}

// TypeLabel names a unit type by the rubric's label.
func (rp *Report) TypeLabel(t string) string {
	if ut, ok := rp.Rubric.UnitType(t); ok {
		return ut.Label.In(rp.lang())
	}
	return t
}

// SampleText says whether a unit's sample is enough: "cukup", "kurang
// 171", or that the population is unknown.
func (rp *Report) SampleText(u *Unit) string {
	switch {
	case u.Population == 0:
		return rp.t(msg.SKMSampleUnknown)
	case u.Enough:
		return rp.t(msg.SKMSampleEnough)
	}
	return rp.t(msg.SKMSampleShort, rp.Int(u.Required-u.Respondents))
}

// SampleShort is SampleText for a table's narrow column.
func (rp *Report) SampleShort(u *Unit) string {
	if u.Population == 0 {
		return rp.t(msg.SKMSampleNoPopulation)
	}
	return rp.SampleText(u)
}

// TraitValue names a row of a characteristic's table.
func (rp *Report) TraitValue(row TraitRow) string {
	if row.Unlisted {
		return row.Label + " " + rp.t(msg.SKMUnlisted)
	}
	return row.Label
}

// Title is the report's title.
func (rp *Report) Title() string { return rp.t(msg.SKMTitle) }

// RegionRule says how the units' IKMs roll up to the region's.
func (rp *Report) RegionRule() string {
	r := rp.Rubric
	if r.Rollup.Rule != rubric.RollupWeightedMean {
		return rp.t(msg.SKMRegionRule)
	}
	var parts []string
	for _, ut := range r.UnitTypes {
		w := 1.0
		if x, ok := r.Rollup.Weights[strings.ToLower(ut.ID)]; ok {
			w = x
		}
		parts = append(parts, ut.Label.In(rp.lang())+" "+locale.Written(rp.Lang, w))
	}
	return rp.t(msg.SKMRegionRuleRubric, strings.Join(parts, ", "))
}
