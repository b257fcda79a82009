package rubric

import (
	"errors"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
	yaml "go.yaml.in/yaml/v3"
)

// The decoder's readers of YAML values: mappings with known keys, lists,
// scalars, numbers, booleans, enums, texts in two languages.

// mapping walks a mapping node, calling the handler of each known key and
// reporting unknown and duplicate keys. It returns the keys present (with
// their value nodes), or nil when n is not a mapping.
func (d *decoder) mapping(n *yaml.Node, what string, fields map[string]func(k, v *yaml.Node)) map[string]*yaml.Node {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		d.at(n, msg.RubricWantMap, what)
		return nil
	}
	seen := map[string]*yaml.Node{}
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		if k.Tag == "!!merge" {
			p := d.at(k, msg.RubricNoMerge)
			d.hint(p, msg.HintNoMerge)
			continue
		}
		if prev, dup := seen[k.Value]; dup {
			d.at(k, msg.RubricDuplicateKey, k.Value, prev.Line)
			continue
		}
		fn, ok := fields[k.Value]
		if !ok {
			p := d.at(k, msg.RubricUnknownKey, k.Value, what)
			if s, ok := suggest.Nearest(k.Value, keys); ok {
				d.hint(p, msg.HintDidYouMean, s)
			} else {
				d.hint(p, msg.HintValidKeys, strings.Join(keys, ", "))
			}
			seen[k.Value] = k
			continue
		}
		seen[k.Value] = v
		fn(k, v)
	}
	return seen
}

func (d *decoder) list(n *yaml.Node, what string) []*yaml.Node {
	n = resolve(n)
	if n == nil || n.Kind != yaml.SequenceNode {
		d.at(n, msg.RubricWantList, what)
		return nil
	}
	out := make([]*yaml.Node, len(n.Content))
	for i, c := range n.Content {
		out[i] = resolve(c)
	}
	return out
}

func (d *decoder) scalar(n *yaml.Node, what string, want msg.Key) (string, bool) {
	n = resolve(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.at(n, want, what)
		return "", false
	}
	return n.Value, true
}

func (d *decoder) str(n *yaml.Node, what string) string {
	s, _ := d.scalar(n, what, msg.RubricWantText)
	return strings.TrimSpace(s)
}

func (d *decoder) num(n *yaml.Node, what string) float64 {
	f, _ := d.numOK(n, what)
	return f
}

// numOK reads a number; ok is false (and the problem reported) when n is
// not one.
func (d *decoder) numOK(n *yaml.Node, what string) (f float64, ok bool) {
	s, ok := d.scalar(n, what, msg.RubricWantNumber)
	if !ok {
		return 0, false
	}
	n = resolve(n)
	if n.Tag != "!!int" && n.Tag != "!!float" && n.Tag != "!!str" {
		d.at(n, msg.RubricWantNumber, what)
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		if err != nil && errors.Is(err, strconv.ErrRange) {
			p := d.at(n, msg.RubricNumberRange, s, what)
			d.hint(p, msg.HintNumberRange, fmtNum(MaxNumber), fmtNum(MaxNumber))
			return 0, false
		}
		p := d.at(n, msg.RubricWantNumber, what)
		if strings.Contains(s, ",") {
			d.hint(p, msg.HintDecimalPoint)
		}
		return 0, false
	}
	if math.Abs(f) > MaxNumber {
		p := d.at(n, msg.RubricNumberRange, s, what)
		d.hint(p, msg.HintNumberRange, fmtNum(MaxNumber), fmtNum(MaxNumber))
		return 0, false
	}
	return f, true
}

// MaxNumber bounds every number of a rubric (scales, weights, points,
// thresholds): with it, and the bounds on weights (MinWeight) and on the
// scale (scale), every score a rubric can give is finite and exact to its
// decimals.
const MaxNumber = 1e9

// MinWeight is the smallest weight: a weight of 5e-324 vanished in the
// sums and gave 100.00 for any answer.
const MinWeight = 1e-6

func (d *decoder) integer(n *yaml.Node, what string) int {
	i, _ := d.integerOK(n, what)
	return i
}

// integerOK reads a whole number; ok is false (and the problem reported)
// when n is not one.
func (d *decoder) integerOK(n *yaml.Node, what string) (i int, ok bool) {
	s, ok := d.scalar(n, what, msg.RubricWantInt)
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(s)
	if err != nil {
		d.at(n, msg.RubricWantInt, what)
		return 0, false
	}
	return i, true
}

func (d *decoder) boolean(n *yaml.Node, what string) bool {
	n = resolve(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		p := d.at(n, msg.RubricWantBool, what)
		d.hint(p, msg.HintTrueFalse)
		return false
	}
	b, _ := strconv.ParseBool(n.Value)
	return b
}

func (d *decoder) enum(n *yaml.Node, what string, valid ...string) string {
	s := d.str(n, what)
	for _, v := range valid {
		if s == v {
			return s
		}
	}
	if s != "" {
		p := d.at(n, msg.RubricBadValue, s, what)
		if near, ok := suggest.Nearest(s, valid); ok {
			d.hint(p, msg.HintDidYouMean, near)
		} else {
			d.hint(p, msg.HintValidValues, strings.Join(valid, ", "))
		}
	}
	return ""
}

// text reads bilingual text: a plain string (Indonesian) or {id, en}.
func (d *decoder) text(n *yaml.Node, what string) Text {
	n = resolve(n)
	if n != nil && n.Kind == yaml.ScalarNode {
		return Text{ID: d.str(n, what)}
	}
	var t Text
	seen := d.mapping(n, what, map[string]func(k, v *yaml.Node){
		"id": func(k, v *yaml.Node) { t.ID = d.str(v, what+".id") },
		"en": func(k, v *yaml.Node) { t.EN = d.str(v, what+".en") },
	})
	if seen != nil && seen["id"] == nil {
		d.at(n, msg.RubricMissingKey, "id", what)
	}
	return t
}

func (d *decoder) strList(n *yaml.Node, what string) []string {
	var out []string
	for _, c := range d.list(n, what) {
		if s := d.str(c, what); s != "" {
			out = append(out, s)
		}
	}
	return out
}
