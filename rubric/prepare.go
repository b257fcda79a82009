package rubric

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// prepare links the tree, indexes codes, fills defaults and computes the
// hash. It runs on every rubric after validation.
func (r *Rubric) prepare() error {
	zones := maps.Clone(DefaultZones)
	maps.Copy(zones, r.Zones)
	r.Zones = zones
	if r.Rollup.Rule == "" {
		r.Rollup.Rule = RollupMean
	}
	if r.Kind == "" {
		r.Kind = Observation
	}
	r.root = &Group{Name: r.Title, Weight: 1, Groups: r.Groups, Indicators: r.Items, index: -1}
	r.indicators, r.groups = nil, nil
	r.byCode = map[string]*Indicator{}
	r.groupBy = map[string]*Group{}
	var walk func(g *Group)
	walk = func(g *Group) {
		for _, c := range g.Groups {
			c.parent, c.depth, c.index = g, g.depth+1, len(r.groups)
			r.groups = append(r.groups, c)
			r.groupBy[CodeKey(c.Code)] = c
			walk(c)
		}
		for _, ind := range g.Indicators {
			ind.group = g
			ind.index = len(r.indicators)
			ind.Evidence = ind.Need.required()
			if ind.rule = ind.WithoutEvidence; ind.rule == "" {
				ind.rule = r.WithoutEvidence
			}
			r.indicators = append(r.indicators, ind)
			r.byCode[CodeKey(ind.Code)] = ind
		}
	}
	walk(r.root)
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("rubric %s: %w", r.ID, err)
	}
	sum := sha256.Sum256(b)
	r.hash = hex.EncodeToString(sum[:])
	return nil
}

// Canonical returns the rubric's canonical JSON form. It has the same
// shape as the YAML format, so Parse reads it back to an equal rubric.
func (r *Rubric) Canonical() []byte {
	b, err := json.Marshal(r)
	if err != nil {
		panic(err) // a prepared rubric always marshals
	}
	return b
}

// Source returns the bytes the rubric was parsed from.
func (r *Rubric) Source() []byte { return r.source }

// WithVariant returns the rubric with variant id applied: its scale
// replaced and the named weights changed. The result is validated as a
// whole and carries the variant's id in Variant; its hash differs from
// the base rubric's.
func (r *Rubric) WithVariant(id string) (*Rubric, error) {
	var v *Variant
	ids := make([]string, 0, len(r.Variants))
	for i := range r.Variants {
		ids = append(ids, r.Variants[i].ID)
		if r.Variants[i].ID == id {
			v = &r.Variants[i]
		}
	}
	if v == nil {
		p := msg.Problem{Key: msg.RubricUnknownVariant, Args: []any{id, r.ID}, File: r.file}
		if len(ids) == 0 {
			p.Hint = msg.HintNoVariants
		} else {
			p.Hint, p.HintArgs = msg.HintValidValues, []any{strings.Join(ids, ", ")}
		}
		return nil, msg.Problems{p}
	}
	c, err := r.applied(v)
	if err != nil {
		return nil, err
	}
	// Validate the combination (e.g. a weighted-sum scale with N/A items).
	out, err := Parse(r.file+"@"+v.ID, c.Canonical())
	if err != nil {
		return nil, err
	}
	out.file = r.file
	out.source = r.source
	return out, nil
}

// applied is r with variant v's scale and weights, before the whole is
// validated: its canonical form is what WithVariant parses.
func (r *Rubric) applied(v *Variant) (*Rubric, error) {
	base := *r
	base.Variants = nil // parsed without them: they are not checked again
	c, err := Parse(r.file, base.Canonical())
	if err != nil {
		return nil, err
	}
	if v.Scale != nil {
		c.Scale = *v.Scale
	}
	for code, w := range v.Weights {
		if ind, ok := c.Indicator(code); ok {
			ind.Weight = w
		} else if g, ok := c.GroupByCode(code); ok {
			g.Weight = w
		}
	}
	c.Variant = v.ID
	c.Variants = nil
	return c, nil
}
