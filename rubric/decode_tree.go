package rubric

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	yaml "go.yaml.in/yaml/v3"
)

// The tree of groups and indicators: codes, weights, and each answer
// type's own block (levels, survey, choices, number rules).

func (d *decoder) code(n *yaml.Node, what string) string {
	c := d.str(n, what)
	if c == "" {
		return ""
	}
	if !codePattern.MatchString(c) {
		p := d.at(n, msg.RubricBadCode, c)
		d.hint(p, msg.HintCode)
		return c
	}
	if prev := d.codes[CodeKey(c)]; prev != nil {
		d.at(n, msg.RubricDuplicateCode, c, prev.Line)
		return c
	}
	d.codes[CodeKey(c)] = n
	return c
}

func (d *decoder) weight(n *yaml.Node, code, what string) float64 {
	w, ok := d.numOK(n, what)
	switch {
	case ok && w <= 0:
		d.at(n, msg.RubricWeightNotPositive, code, resolve(n).Value)
	case ok && w < MinWeight:
		p := d.at(n, msg.RubricWeightTooSmall, code, resolve(n).Value)
		d.hint(p, msg.HintWeightTooSmall, fmtNum(MinWeight))
	}
	return w
}

// weightMap reads a mapping of codes (or unit types) to weights, each
// greater than 0, reporting duplicate keys (compared as codes are). It
// returns the weights by key as written, and the key nodes in order.
func (d *decoder) weightMap(n *yaml.Node, what string) (map[string]float64, []*yaml.Node) {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		d.at(n, msg.RubricWantMap, what)
		return nil, nil
	}
	out := map[string]float64{}
	var keys []*yaml.Node
	where := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if k.Tag == "!!merge" {
			p := d.at(k, msg.RubricNoMerge)
			d.hint(p, msg.HintNoMerge)
			continue
		}
		if prev := where[CodeKey(k.Value)]; prev != nil {
			d.at(k, msg.RubricDuplicateKey, k.Value, prev.Line)
			continue
		}
		where[CodeKey(k.Value)] = k
		out[k.Value] = d.weight(n.Content[i+1], k.Value, what)
		keys = append(keys, k)
	}
	return out, keys
}

func (d *decoder) groupList(n *yaml.Node, depth int) []*Group {
	var out []*Group
	for _, c := range d.list(n, "groups") {
		if g := d.group(c, depth); g != nil {
			out = append(out, g)
		}
	}
	if len(out) == 0 {
		if n := resolve(n); n != nil && n.Kind == yaml.SequenceNode {
			d.at(n, msg.RubricEmptyList, "groups")
		}
	}
	return out
}

func (d *decoder) group(n *yaml.Node, depth int) *Group {
	g := &Group{}
	var sub, items *yaml.Node
	seen := d.mapping(n, "groups", map[string]func(k, v *yaml.Node){
		"code":       func(k, v *yaml.Node) { g.Code = d.code(v, "code") },
		"name":       func(k, v *yaml.Node) { g.Name = d.text(v, "name") },
		"weight":     func(k, v *yaml.Node) { g.Weight = d.weight(v, g.Code, "weight") },
		"groups":     func(k, v *yaml.Node) { sub = v },
		"indicators": func(k, v *yaml.Node) { items = v },
	})
	if seen == nil {
		return nil
	}
	for _, req := range []string{"code", "name", "weight"} {
		if seen[req] == nil {
			d.at(n, msg.RubricMissingKey, req, groupWhat(g.Code))
		}
	}
	switch {
	case sub != nil && items != nil:
		p := d.at(items, msg.RubricGroupsAndIndicators, g.Code)
		d.hint(p, msg.HintGroupsOrIndicators)
	case sub != nil:
		g.Groups = d.groupList(sub, depth+1)
	case items != nil:
		g.Indicators = d.indicatorList(items)
	default:
		d.at(n, msg.RubricEmptyGroup, g.Code)
	}
	return g
}

func groupWhat(code string) string {
	if code == "" {
		return "groups"
	}
	return "groups " + code
}

func (d *decoder) indicatorList(n *yaml.Node) []*Indicator {
	var out []*Indicator
	for _, c := range d.list(n, "indicators") {
		if ind := d.indicator(c); ind != nil {
			out = append(out, ind)
		}
	}
	if len(out) == 0 {
		if n := resolve(n); n != nil && n.Kind == yaml.SequenceNode {
			d.at(n, msg.RubricEmptyList, "indicators")
		}
	}
	return out
}

func (d *decoder) indicator(n *yaml.Node) *Indicator {
	ind := &Indicator{Weight: 1}
	blocks := map[string]*yaml.Node{}
	var typeNode *yaml.Node
	seen := d.mapping(n, "indicators", map[string]func(k, v *yaml.Node){
		"code":   func(k, v *yaml.Node) { ind.Code = d.code(v, "code") },
		"text":   func(k, v *yaml.Node) { ind.Text = d.text(v, "text") },
		"weight": func(k, v *yaml.Node) { ind.Weight = d.weight(v, ind.Code, "weight") },
		"type": func(k, v *yaml.Node) {
			typeNode = v
			ind.Type = AnswerType(d.enum(v, "type", string(Check), string(Levels), string(Choice), string(Number), string(Surv)))
		},
		"na": func(k, v *yaml.Node) {
			ind.NA = d.boolean(v, "na")
			if ind.NA {
				d.naIndicators = append(d.naIndicators, v)
			}
		},
		"applies_to": func(k, v *yaml.Node) {
			for _, c := range d.list(v, "applies_to") {
				s := d.str(c, "applies_to")
				if s != "" {
					ind.AppliesTo = append(ind.AppliesTo, s)
					d.appliesTo = append(d.appliesTo, refCheck{c, s, "applies_to"})
				}
			}
			if len(ind.AppliesTo) > 0 {
				d.scoped = append(d.scoped, v)
			}
		},
		"evidence":         func(k, v *yaml.Node) { ind.Need = d.evidence(v, ind.Code) },
		"without_evidence": func(k, v *yaml.Node) { ind.WithoutEvidence = d.evidenceRule(v) },
		"finding":          func(k, v *yaml.Node) { ind.Finding = d.text(v, "finding") },
		"recommendation":   func(k, v *yaml.Node) { ind.Recommendation = d.text(v, "recommendation") },
		"replaces":         func(k, v *yaml.Node) { ind.Replaces = d.strList(v, "replaces") },
		"levels":           func(k, v *yaml.Node) { blocks["levels"] = v },
		"choices":          func(k, v *yaml.Node) { blocks["choices"] = v },
		"number":           func(k, v *yaml.Node) { blocks["number"] = v },
		"survey":           func(k, v *yaml.Node) { blocks["survey"] = v },
	})
	if seen == nil {
		return nil
	}
	d.checkEvidence(ind, seen)
	for _, req := range []string{"code", "text", "type"} {
		if seen[req] == nil {
			d.at(n, msg.RubricMissingKey, req, indWhat(ind.Code))
		}
	}
	for _, r := range ind.Replaces {
		if CodeKey(r) == CodeKey(ind.Code) {
			d.at(seen["replaces"], msg.RubricReplacesSelf, ind.Code)
		}
	}
	// The answer type needs its block, and no other.
	want := map[AnswerType]string{Levels: "levels", Choice: "choices", Number: "number", Surv: "survey"}[ind.Type]
	for name, b := range blocks {
		if name != want && ind.Type != "" {
			d.at(b, msg.RubricBlockNotForType, name, string(ind.Type))
		}
	}
	if want != "" && blocks[want] == nil {
		p := d.at(n, msg.RubricBlockNeeded, indWhat(ind.Code), string(ind.Type), want)
		d.hint(p, msg.HintSeeFormat)
	}
	switch ind.Type {
	case Levels:
		if b := blocks["levels"]; b != nil {
			ind.Levels = d.levels(b, ind.Code)
		}
	case Choice:
		if b := blocks["choices"]; b != nil {
			ind.Choices = d.choices(b)
		}
	case Number:
		if b := blocks["number"]; b != nil {
			ind.Number = d.number(b)
		}
	case Surv:
		if b := blocks["survey"]; b != nil {
			ind.Survey = d.survey(b)
		}
		if d.kind == Observation {
			p := d.at(typeNode, msg.RubricSurveyInObservation, indWhat(ind.Code))
			d.hint(p, msg.HintKindSurvey)
		}
	}
	if ind.Type != Surv && ind.Type != "" && d.kind == Survey {
		d.at(typeNode, msg.RubricObservationInSurvey, indWhat(ind.Code), string(ind.Type))
	}
	return ind
}

func indWhat(code string) string {
	if code == "" {
		return "indicators"
	}
	return "indicators " + code
}

// intKeyed reads a mapping whose keys are integers (levels → text).
func (d *decoder) intKeyed(n *yaml.Node, what string, lo, hi int) map[int]Text {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		d.at(n, msg.RubricWantMap, what)
		return nil
	}
	out := map[int]Text{}
	where := map[int]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		lv, err := strconv.Atoi(strings.TrimSpace(k.Value))
		if err != nil {
			d.at(k, msg.RubricWantInt, what)
			continue
		}
		if prev := where[lv]; prev != nil {
			d.at(k, msg.RubricDuplicateKey, k.Value, prev.Line)
			continue
		}
		where[lv] = k
		if lv < lo || lv > hi {
			d.at(k, msg.RubricLevelOutside, lv, lo, hi)
			continue
		}
		out[lv] = d.text(n.Content[i+1], what)
	}
	return out
}

func (d *decoder) levels(n *yaml.Node, code string) *LevelScale {
	ls := &LevelScale{}
	var descNode *yaml.Node
	minOK, maxOK := false, false
	seen := d.mapping(n, "levels", map[string]func(k, v *yaml.Node){
		"min":          func(k, v *yaml.Node) { ls.Min, minOK = d.integerOK(v, "levels.min") },
		"max":          func(k, v *yaml.Node) { ls.Max, maxOK = d.integerOK(v, "levels.max") },
		"descriptions": func(k, v *yaml.Node) { descNode = v },
	})
	if seen == nil {
		return ls
	}
	for _, req := range []string{"min", "max", "descriptions"} {
		if seen[req] == nil {
			d.at(n, msg.RubricMissingKey, req, "levels")
		}
	}
	if !minOK || !maxOK {
		return ls
	}
	if ls.Min >= ls.Max {
		d.at(seen["max"], msg.RubricScaleOrder, ls.Min, ls.Max)
		return ls
	}
	if descNode != nil {
		ls.Descriptions = d.intKeyed(descNode, "levels.descriptions", ls.Min, ls.Max)
		for lv := ls.Min; lv <= ls.Max; lv++ {
			if _, ok := ls.Descriptions[lv]; !ok {
				d.at(descNode, msg.RubricLevelUndescribed, lv, code)
			}
		}
	}
	return ls
}

func (d *decoder) survey(n *yaml.Node) *SurveyScale {
	ss := &SurveyScale{}
	var labels *yaml.Node
	minOK, maxOK := false, false
	seen := d.mapping(n, "survey", map[string]func(k, v *yaml.Node){
		"min":    func(k, v *yaml.Node) { ss.Min, minOK = d.integerOK(v, "survey.min") },
		"max":    func(k, v *yaml.Node) { ss.Max, maxOK = d.integerOK(v, "survey.max") },
		"labels": func(k, v *yaml.Node) { labels = v },
	})
	if seen == nil {
		return ss
	}
	for _, req := range []string{"min", "max"} {
		if seen[req] == nil {
			d.at(n, msg.RubricMissingKey, req, "survey")
		}
	}
	if !minOK || !maxOK {
		return ss
	}
	if ss.Min >= ss.Max {
		d.at(seen["max"], msg.RubricScaleOrder, ss.Min, ss.Max)
		return ss
	}
	if labels != nil {
		ss.Labels = d.intKeyed(labels, "survey.labels", ss.Min, ss.Max)
	}
	return ss
}

func (d *decoder) choices(n *yaml.Node) []Option {
	var out []Option
	where := map[string]*yaml.Node{}
	full := false
	items := d.list(n, "choices")
	for _, c := range items {
		var o Option
		seen := d.mapping(c, "choices", map[string]func(k, v *yaml.Node){
			"label": func(k, v *yaml.Node) {
				o.Label = d.str(v, "choices.label")
				key := strings.ToLower(o.Label)
				if prev := where[key]; prev != nil {
					d.at(v, msg.RubricDuplicateChoice, o.Label, prev.Line)
				}
				where[key] = v
			},
			"aliases": func(k, v *yaml.Node) {
				o.Aliases = d.strList(v, "choices.aliases")
				for i, a := range o.Aliases {
					key := strings.ToLower(a)
					if prev := where[key]; prev != nil {
						d.at(resolve(v).Content[i], msg.RubricDuplicateChoice, a, prev.Line)
					}
					where[key] = resolve(v).Content[i]
				}
			},
			"points": func(k, v *yaml.Node) {
				o.Points = d.num(v, "choices.points")
				if o.Points < 0 || o.Points > 1 {
					p := d.at(v, msg.RubricBadValue, fmtNum(o.Points), "choices.points")
					d.hint(p, msg.HintPoints)
				}
			},
		})
		if seen == nil {
			continue
		}
		for _, req := range []string{"label", "points"} {
			if seen[req] == nil {
				d.at(c, msg.RubricMissingKey, req, "choices")
			}
		}
		if o.Points == 1 {
			full = true
		}
		out = append(out, o)
	}
	if items != nil && len(items) < 2 {
		d.at(n, msg.RubricFewChoices)
	} else if items != nil && !full {
		p := d.at(n, msg.RubricNoFullChoice)
		d.hint(p, msg.HintPoints)
	}
	return out
}

func (d *decoder) number(n *yaml.Node) *NumberRule {
	nr := &NumberRule{}
	var thr *yaml.Node
	minOK, maxOK := false, false
	seen := d.mapping(n, "number", map[string]func(k, v *yaml.Node){
		"min":        func(k, v *yaml.Node) { nr.Min, minOK = d.numOK(v, "number.min") },
		"max":        func(k, v *yaml.Node) { nr.Max, maxOK = d.numOK(v, "number.max") },
		"unit":       func(k, v *yaml.Node) { nr.Unit = d.str(v, "number.unit") },
		"rule":       func(k, v *yaml.Node) { nr.Rule = d.enum(v, "number.rule", "linear", "thresholds") },
		"zero_at":    func(k, v *yaml.Node) { f := d.num(v, "number.zero_at"); nr.ZeroAt = &f },
		"full_at":    func(k, v *yaml.Node) { f := d.num(v, "number.full_at"); nr.FullAt = &f },
		"thresholds": func(k, v *yaml.Node) { thr = v },
	})
	if seen == nil {
		return nr
	}
	for _, req := range []string{"min", "max", "rule"} {
		if seen[req] == nil {
			d.at(n, msg.RubricMissingKey, req, "number")
		}
	}
	if minOK && maxOK && nr.Min >= nr.Max {
		d.at(seen["max"], msg.RubricScaleOrder, fmtNum(nr.Min), fmtNum(nr.Max))
	}
	inRange := func(v *yaml.Node, f float64) {
		if f < nr.Min || f > nr.Max {
			p := d.at(v, msg.RubricBadValue, fmtNum(f), "number")
			d.hint(p, msg.HintRange, fmtNum(nr.Min), fmtNum(nr.Max))
		}
	}
	switch nr.Rule {
	case "linear":
		if nr.ZeroAt == nil || nr.FullAt == nil {
			p := d.at(n, msg.RubricMissingKey, "zero_at, full_at", "number")
			d.hint(p, msg.HintLinear)
		} else {
			inRange(seen["zero_at"], *nr.ZeroAt)
			inRange(seen["full_at"], *nr.FullAt)
			if *nr.ZeroAt == *nr.FullAt {
				p := d.at(seen["full_at"], msg.RubricBadValue, fmtNum(*nr.FullAt), "number.full_at")
				d.hint(p, msg.HintLinear)
			}
		}
		if thr != nil {
			d.at(thr, msg.RubricBlockNotForType, "thresholds", "linear")
		}
	case "thresholds":
		if thr == nil {
			d.at(n, msg.RubricMissingKey, "thresholds", "number")
		}
		for _, c := range d.list(thr, "number.thresholds") {
			var t Threshold
			ts := d.mapping(c, "number.thresholds", map[string]func(k, v *yaml.Node){
				"min": func(k, v *yaml.Node) { t.Min = d.num(v, "thresholds.min"); inRange(v, t.Min) },
				"fraction": func(k, v *yaml.Node) {
					t.Fraction = d.num(v, "thresholds.fraction")
					if t.Fraction < 0 || t.Fraction > 1 {
						p := d.at(v, msg.RubricBadValue, fmtNum(t.Fraction), "thresholds.fraction")
						d.hint(p, msg.HintPoints)
					}
				},
			})
			if ts == nil {
				continue
			}
			for _, req := range []string{"min", "fraction"} {
				if ts[req] == nil {
					d.at(c, msg.RubricMissingKey, req, "thresholds")
				}
			}
			if k := len(nr.Thresholds); k > 0 && t.Min <= nr.Thresholds[k-1].Min {
				d.at(c, msg.RubricThresholdOrder, fmtNum(t.Min))
			}
			nr.Thresholds = append(nr.Thresholds, t)
		}
		if len(nr.Thresholds) > 0 && nr.Thresholds[0].Min != nr.Min {
			p := d.at(thr, msg.RubricThresholdStart, fmtNum(nr.Thresholds[0].Min), fmtNum(nr.Min))
			d.hint(p, msg.HintThresholdStart, fmtNum(nr.Min))
		}
		if nr.ZeroAt != nil || nr.FullAt != nil {
			d.at(n, msg.RubricBlockNotForType, "zero_at/full_at", "thresholds")
		}
	}
	return nr
}

// representable reports whether x has at most dec decimals.
func representable(x float64, dec int) bool {
	return roundTo(x, dec) == x
}

// roundTo rounds x to dec decimals through its shortest decimal form, so
// that 87.99 stays 87.99.
func roundTo(x float64, dec int) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', dec, 64), 64)
	return f
}

func fmtNum(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// String renders a short description for debugging.
func (r *Rubric) String() string { return fmt.Sprintf("%s %s", r.Ref(), r.Version) }
