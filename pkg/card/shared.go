package card

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// shared is what every card of one Write has in common, worked out once
// and read by every worker.
type shared struct {
	res      *results.Results
	inputs   *results.InputIndex
	r        *rubric.Rubric
	lang     msg.Lang
	o        Options
	tool     string
	weighted bool    // weighted-sum rule
	base     float64 // the score before any contribution: the scale's min (linear) or 0
	span     float64 // max − min of the scale
	dec      int     // the scale's decimals
	flat     bool    // the top level holds indicators, not groups
	top      []topItem
	topOf    []int // indicator index → its top-level item
	groupIdx map[*rubric.Group]int
	bands    []bandRow
	rubric   string // footer line naming the rubric and the tool
}

// topItem is one row of the score breakdown: a top-level group, or for a
// flat rubric an indicator.
type topItem struct {
	group *rubric.Group     // nil for an indicator
	ind   *rubric.Indicator // nil for a group
	gi    int               // index in AllGroups (groups)
	code  string
	name  string
}

type bandRow struct {
	band  rubric.Band
	rng   string // "51,00–80,99"
	color palette.Color
}

func newShared(res *results.Results, o Options) *shared {
	r := res.Rubric
	lang := o.Lang
	if lang != msg.EN {
		lang = msg.ID
	}
	sh := &shared{
		res:      res,
		inputs:   res.InputIndex(),
		r:        r,
		lang:     lang,
		o:        o,
		tool:     res.Tool,
		weighted: r.Scale.Rule == rubric.WeightedSum,
		span:     r.Scale.Max - r.Scale.Min,
		dec:      r.Scale.Decimals,
		groupIdx: map[*rubric.Group]int{},
	}
	if sh.tool == "" {
		sh.tool = stamp.Tool()
	}
	if !sh.weighted {
		sh.base = r.Scale.Min
	}
	for i, g := range r.AllGroups() {
		sh.groupIdx[g] = i
	}
	root := r.Root()
	sh.flat = len(root.Groups) == 0
	sh.topOf = make([]int, len(r.Indicators()))
	if sh.flat {
		for i, ind := range root.Indicators {
			sh.top = append(sh.top, topItem{ind: ind, code: ind.Code, name: ind.Text.In(string(lang))})
			sh.topOf[ind.Index()] = i
		}
	} else {
		for i, g := range root.Groups {
			sh.top = append(sh.top, topItem{group: g, gi: sh.groupIdx[g], code: g.Code, name: g.Name.In(string(lang))})
			var mark func(g *rubric.Group)
			mark = func(g *rubric.Group) {
				for _, c := range g.Groups {
					mark(c)
				}
				for _, ind := range g.Indicators {
					sh.topOf[ind.Index()] = i
				}
			}
			mark(g)
		}
	}
	for i, b := range r.Bands {
		hi := b.Max
		if hi == 0 && i+1 < len(r.Bands) {
			hi = r.Bands[i+1].Min
		}
		sh.bands = append(sh.bands, bandRow{
			band:  b,
			rng:   sh.num(b.Min) + "–" + sh.num(hi),
			color: palette.Zone(r, b.Zone),
		})
	}
	hash := rubric.ShortHash(r.Hash())
	sh.rubric = msg.T(lang, msg.CardFooterRubric, r.Ref(), r.VersionText(string(lang)), hash) + " · " + sh.tool
	return sh
}

// num formats a score-scale number with the scale's decimals.
func (sh *shared) num(x float64) string { return locale.Num(sh.lang, x, sh.dec) }

// footer returns the footer lines of u's card: the rubric and tool, then
// the input files.
func (sh *shared) footer(u *results.Unit) []string {
	var files []string
	for _, in := range sh.inputs.UnitFiles(u) {
		sum := in.SHA256
		if len(sum) > 16 {
			sum = sum[:16]
		}
		name := in.Name
		if name == "" {
			name = in.Path
		}
		files = append(files, msg.T(sh.lang, msg.CardFooterInput, locale.Truncate(name, 120), sum))
	}
	if len(files) == 0 {
		files = append(files, msg.T(sh.lang, msg.CardFooterNoFile))
	}
	return []string{sh.rubric, strings.Join(files, " · ")}
}

// typeLabel is the unit type as the rubric names it, or as written.
func (sh *shared) typeLabel(t string) string {
	if t == "" {
		return ""
	}
	if ut, ok := sh.r.UnitType(t); ok {
		return ut.Label.In(string(sh.lang))
	}
	return t
}

func (sh *shared) statusLabel(s results.IndicatorStatus) string {
	switch s {
	case results.Met:
		return msg.T(sh.lang, msg.CardMet)
	case results.Partial:
		return msg.T(sh.lang, msg.CardPartial)
	case results.NotMet:
		return msg.T(sh.lang, msg.CardNotMet)
	case results.NA:
		return msg.T(sh.lang, msg.CardNA)
	case results.NotApplicable:
		return msg.T(sh.lang, msg.CardNotApplicable)
	}
	return msg.T(sh.lang, msg.CardMissing)
}

// Status colours (independent of the rubric's zone colours).
var statusColors = map[results.IndicatorStatus]palette.Color{
	results.Met:           palette.Met,
	results.Partial:       palette.Partial,
	results.NotMet:        palette.NotMet,
	results.NA:            palette.Inapplicable,
	results.NotApplicable: palette.Inapplicable,
	results.Missing:       palette.Missing,
	results.Answered:      palette.Inapplicable,
}
