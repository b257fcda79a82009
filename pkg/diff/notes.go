package diff

import (
	"math"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// zoneRanges describes where each zone lies on the scale, e.g.
// "merah 0–50.99 · kuning 51–80.99 · hijau 81–100" (with a decimal point;
// ZoneRanges renders it for a language).
func zoneRanges(r *rubric.Rubric) string { return ZoneRanges(r, msg.EN) }

// ZoneRanges describes where each zone lies on r's scale, in lang's
// number notation: "merah 0–50,99 · kuning 51–80,99 · hijau 81–100".
// Adjacent bands of the same zone are joined.
func ZoneRanges(r *rubric.Rubric, lang msg.Lang) string {
	type span struct {
		zone   rubric.Zone
		lo, hi float64
	}
	var spans []span
	for _, b := range r.Bands {
		if n := len(spans); n > 0 && spans[n-1].zone == b.Zone {
			spans[n-1].hi = b.Max
			continue
		}
		spans = append(spans, span{b.Zone, b.Min, b.Max})
	}
	parts := make([]string, 0, len(spans))
	for _, s := range spans {
		name := string(s.zone)
		if s.zone == rubric.NoZone {
			name = "-"
		}
		parts = append(parts, name+" "+bound(lang, s.lo, r.Scale.Decimals)+"–"+bound(lang, s.hi, r.Scale.Decimals))
	}
	return strings.Join(parts, " · ")
}

// bound renders a band's bound: a whole number as such ("81"), any other
// with the scale's decimals ("50,99", "3,50").
func bound(lang msg.Lang, x float64, decimals int) string {
	if x == math.Trunc(x) {
		return locale.Plain(lang, x, 0)
	}
	return locale.Plain(lang, x, decimals)
}

// langArg is a note argument rendered for a language (numbers).
type langArg func(msg.Lang) string

// args returns the note's arguments rendered for lang.
func (n Note) args(lang msg.Lang) []any {
	out := make([]any, len(n.Args))
	for i, a := range n.Args {
		if f, ok := a.(langArg); ok {
			out[i] = f(lang)
		} else {
			out[i] = a
		}
	}
	return out
}

// maxListed bounds the indicators a note names; the rest are counted.
const maxListed = 5

// scaleText describes a scale: "0–100", with its rule when asked.
func scaleText(s rubric.Scale, rule bool) langArg {
	return func(l msg.Lang) string {
		t := locale.Plain(l, s.Min, -1) + "–" + locale.Plain(l, s.Max, -1)
		if rule {
			t += " " + string(s.Rule)
		}
		return t
	}
}

// notes writes what is and is not comparable, most important first.
func (r *Report) notes() {
	c := &r.Comparability
	ro, rn := r.Old.Rubric, r.New.Rubric
	add := func(l Level, code string, key msg.Key, args ...any) {
		c.Notes = append(c.Notes, Note{Level: l, Code: code, Key: key, Args: args})
	}
	switch {
	case c.SameRubric():
		add(OK, "same_rubric", msg.DiffNoteSameRubric, rn.Ref(), rn.Version, rubric.ShortHash(rn.Hash()))
	case c.SameRef && c.SameVersion:
		add(Caution, "edited_rubric", msg.DiffNoteEditedRubric, rn.Ref(), rn.Version, rubric.ShortHash(ro.Hash()), rubric.ShortHash(rn.Hash()))
	case c.SameRef:
		add(Caution, "rubric_version", msg.DiffNoteVersion, rn.Ref(), ro.Version, rn.Version)
	default:
		add(Caution, "different_rubric", msg.DiffNoteDifferentRubric, ro.Ref(), ro.Version, rn.Ref(), rn.Version)
	}
	if c.SameScale {
		add(OK, "scores_compared", msg.DiffNoteScores, scaleText(rn.Scale, false))
		if !c.SameRubric() {
			add(Caution, "scores_method", msg.DiffNoteScoresMethod)
		}
	} else {
		rules := ro.Scale.Rule != rn.Scale.Rule
		add(Not, "scores_not_compared", msg.DiffNoteNoScores, scaleText(ro.Scale, rules), scaleText(rn.Scale, rules))
	}
	switch {
	case !c.Zones:
		var refs []string
		for _, x := range []*rubric.Rubric{ro, rn} {
			if !hasZones(x) && !contains(refs, x.Ref()) {
				refs = append(refs, x.Ref())
			}
		}
		add(Not, "zones_not_compared", msg.DiffNoteNoZones, strings.Join(refs, ", "))
	case c.ZoneBounds:
		add(OK, "zones_compared", msg.DiffNoteZones, langArg(func(l msg.Lang) string { return ZoneRanges(rn, l) }))
	default:
		add(Caution, "zone_bounds_differ", msg.DiffNoteZoneBounds,
			langArg(func(l msg.Lang) string { return ZoneRanges(ro, l) }),
			langArg(func(l msg.Lang) string { return ZoneRanges(rn, l) }))
	}
	if c.Matched == 0 {
		add(Not, "no_indicators_matched", msg.DiffNoteNoIndicators, c.NewOnly, c.OldOnly)
	} else {
		add(OK, "indicators", msg.DiffNoteIndicators, c.Matched, c.ByReplaces, c.NewOnly, c.OldOnly)
	}
	if c.Weights > 0 {
		var list []string
		for i := range r.Indicators {
			if d := &r.Indicators[i]; d.WeightChanged && len(list) < maxListed {
				list = append(list, d.Code)
			}
		}
		add(Caution, "weights_changed", msg.DiffNoteWeights, c.Weights, more(list, c.Weights))
	}
	if c.Types > 0 {
		var list []string
		for i := range r.Indicators {
			if d := &r.Indicators[i]; d.TypeChanged && len(list) < maxListed {
				list = append(list, d.Code+" ("+d.OldType+" → "+d.NewType+")")
			}
		}
		n := c.Types
		add(Caution, "types_changed", msg.DiffNoteTypes, c.Types, langArg(func(l msg.Lang) string {
			w := words{lang: l}
			named := make([]string, len(list))
			for i, s := range list {
				code, types, _ := strings.Cut(s, " (")
				o, nw, _ := strings.Cut(strings.TrimSuffix(types, ")"), " → ")
				named[i] = code + " (" + w.answerType(o) + " → " + w.answerType(nw) + ")"
			}
			return more(named, n)
		}))
	}
}

// more joins list and says "…" when total is longer.
func more(list []string, total int) string {
	s := strings.Join(list, ", ")
	if total > len(list) {
		s += ", …"
	}
	return s
}
