package rubric

import (
	"math"
	"sort"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	yaml "go.yaml.in/yaml/v3"
)

// The rubric's top-level blocks: sources and provenance, the scale and
// its bands, zones, unit types, the roll-up, targets and variants.

func (d *decoder) sources(n *yaml.Node) []Source {
	var out []Source
	for _, c := range d.list(n, "sources") {
		var s Source
		seen := d.mapping(c, "sources", map[string]func(k, v *yaml.Node){
			"title": func(k, v *yaml.Node) { s.Title = Note(d.text(v, "sources.title")) },
			"url":   func(k, v *yaml.Node) { s.URL = d.str(v, "sources.url") },
			"note":  func(k, v *yaml.Node) { s.Note = Note(d.text(v, "sources.note")) },
		})
		if seen != nil && seen["title"] == nil {
			d.at(c, msg.RubricMissingKey, "title", "sources")
		}
		out = append(out, s)
	}
	return out
}

func (d *decoder) provenance(n *yaml.Node) []Fact {
	var out []Fact
	for _, c := range d.list(n, "provenance") {
		var f Fact
		seen := d.mapping(c, "provenance", map[string]func(k, v *yaml.Node){
			"item": func(k, v *yaml.Node) { f.Item = Note(d.text(v, "provenance.item")) },
			"status": func(k, v *yaml.Node) {
				f.Status = FactStatus(d.enum(v, "provenance.status", string(Published), string(Local), string(Unverified)))
			},
			"source": func(k, v *yaml.Node) { f.Source = Note(d.text(v, "provenance.source")) },
			"note":   func(k, v *yaml.Node) { f.Note = Note(d.text(v, "provenance.note")) },
		})
		if seen != nil {
			for _, req := range []string{"item", "status"} {
				if seen[req] == nil {
					d.at(c, msg.RubricMissingKey, req, "provenance")
				}
			}
		}
		out = append(out, f)
	}
	return out
}

func (d *decoder) scale(n *yaml.Node, what string) Scale {
	s := Scale{Rule: Linear, Decimals: 2, Rounding: HalfAwayFromZero}
	var factorNode *yaml.Node
	var minOK, maxOK bool
	seen := d.mapping(n, what, map[string]func(k, v *yaml.Node){
		"min":  func(k, v *yaml.Node) { s.Min, minOK = d.numOK(v, what+".min") },
		"max":  func(k, v *yaml.Node) { s.Max, maxOK = d.numOK(v, what+".max") },
		"rule": func(k, v *yaml.Node) { s.Rule = Rule(d.enum(v, what+".rule", string(Linear), string(WeightedSum))) },
		"factor": func(k, v *yaml.Node) {
			s.Factor = d.num(v, what+".factor")
			factorNode = v
		},
		"decimals": func(k, v *yaml.Node) {
			s.Decimals = d.integer(v, what+".decimals")
			if s.Decimals < 0 || s.Decimals > 6 {
				p := d.at(v, msg.RubricBadValue, v.Value, what+".decimals")
				d.hint(p, msg.HintRange, 0, 6)
				s.Decimals = 2
			}
		},
		"rounding": func(k, v *yaml.Node) {
			s.Rounding = d.enum(v, what+".rounding", HalfAwayFromZero, HalfEven)
		},
	})
	if seen == nil {
		return s
	}
	for _, req := range []string{"min", "max"} {
		if seen[req] == nil {
			d.at(n, msg.RubricMissingKey, req, what)
		}
	}
	if minOK && maxOK && s.Min >= s.Max {
		d.at(seen["max"], msg.RubricScaleOrder, fmtNum(s.Min), fmtNum(s.Max))
	}
	// Scores are exact to the scale's decimals while the scale, written
	// with them, has at most 9 digits (float64 holds 15): a scale of
	// ±1e308 gave +Inf, and JSON output failed on NaN.
	step := math.Pow10(-s.Decimals)
	for _, b := range []struct {
		key string
		v   float64
		ok  bool
	}{{"min", s.Min, minOK}, {"max", s.Max, maxOK}} {
		if b.ok && math.Abs(b.v) > maxScaleDigits*step {
			p := d.at(seen[b.key], msg.RubricScaleTooLarge, fmtNum(b.v), what+"."+b.key, s.Decimals)
			d.hint(p, msg.HintScaleTooLarge, fmtNum(maxScaleDigits*step))
		}
	}
	if minOK && maxOK && s.Min < s.Max && s.Max-s.Min < step {
		d.at(seen["max"], msg.RubricScaleTooNarrow, fmtNum(s.Min), fmtNum(s.Max), s.Decimals)
	}
	switch {
	case s.Rule == WeightedSum && (factorNode == nil || s.Factor <= 0):
		p := d.at(n, msg.RubricFactorNeeded)
		d.hint(p, msg.HintFactor)
	case s.Rule != WeightedSum && factorNode != nil:
		d.at(factorNode, msg.RubricFactorOnlyWeightedSum)
	}
	return s
}

// maxScaleDigits bounds a scale: |min| and |max| at most 999,999,999
// steps of its decimals (10,000,000 at two decimals).
const maxScaleDigits = 1e9 - 1

// bands reads the band list and checks that it covers the scale without
// gaps or overlaps. Bands may be written in either order.
func (d *decoder) bands(n *yaml.Node, sc Scale) []Band {
	type nb struct {
		b              Band
		node, maxNode  *yaml.Node
		hasMax, minSet bool
		imprecise      bool // a bound has more decimals than the scale: not compared further
	}
	var bs []nb
	for _, c := range d.list(n, "bands") {
		x := nb{node: c}
		seen := d.mapping(c, "bands", map[string]func(k, v *yaml.Node){
			"min": func(k, v *yaml.Node) { x.b.Min = d.num(v, "bands.min"); x.minSet = true },
			"max": func(k, v *yaml.Node) {
				x.b.Max = d.num(v, "bands.max")
				x.hasMax, x.maxNode = true, v
			},
			"grade": func(k, v *yaml.Node) { x.b.Grade = d.str(v, "bands.grade") },
			"label": func(k, v *yaml.Node) { x.b.Label = d.text(v, "bands.label") },
			"zone": func(k, v *yaml.Node) {
				x.b.Zone = Zone(d.enum(v, "bands.zone", string(Hijau), string(Kuning), string(Merah), "none"))
				if x.b.Zone == "none" {
					x.b.Zone = NoZone
				}
			},
		})
		if seen == nil {
			continue
		}
		for _, req := range []string{"min", "label"} {
			if seen[req] == nil {
				d.at(c, msg.RubricMissingKey, req, "bands")
			}
		}
		if !x.minSet {
			continue
		}
		if x.b.Min < sc.Min || x.b.Min > sc.Max {
			d.at(seen["min"], msg.RubricBandOutside, fmtNum(x.b.Min), fmtNum(sc.Min), fmtNum(sc.Max))
		}
		if !representable(x.b.Min, sc.Decimals) {
			d.at(seen["min"], msg.RubricBandPrecision, fmtNum(x.b.Min), sc.Decimals)
			x.imprecise = true
		}
		if x.hasMax && !representable(x.b.Max, sc.Decimals) {
			d.at(x.maxNode, msg.RubricBandPrecision, fmtNum(x.b.Max), sc.Decimals)
			x.imprecise = true
		}
		bs = append(bs, x)
	}
	if len(bs) == 0 {
		if n := resolve(n); n != nil && n.Kind == yaml.SequenceNode {
			d.at(n, msg.RubricNoBands)
		}
		return nil
	}
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].b.Min < bs[j].b.Min })
	step := math.Pow(10, -float64(sc.Decimals))
	if bs[0].b.Min > sc.Min && !bs[0].imprecise {
		p := d.at(bs[0].node, msg.RubricBandGap, fmtNum(sc.Min), fmtNum(bs[0].b.Min-step))
		d.hint(p, msg.HintBandCover, fmtNum(sc.Min))
	}
	for i := range bs {
		cur := &bs[i]
		if i > 0 && cur.b.Min == bs[i-1].b.Min {
			d.at(cur.node, msg.RubricBandSameMin, fmtNum(cur.b.Min), bs[i-1].node.Line)
			continue
		}
		var want float64 // the inclusive top of this band on the rounded score
		if i+1 < len(bs) {
			want = roundTo(bs[i+1].b.Min-step, sc.Decimals)
		} else {
			want = sc.Max
		}
		if cur.hasMax && !cur.imprecise && (i+1 == len(bs) || !bs[i+1].imprecise) {
			switch {
			case cur.b.Max < cur.b.Min:
				d.at(cur.maxNode, msg.RubricBandMaxBelowMin, fmtNum(cur.b.Max), fmtNum(cur.b.Min))
			case cur.b.Max < want && i+1 < len(bs):
				p := d.at(cur.maxNode, msg.RubricBandGap, fmtNum(roundTo(cur.b.Max+step, sc.Decimals)), fmtNum(want))
				d.hint(p, msg.HintBandMax, fmtNum(want))
			case cur.b.Max > want && i+1 < len(bs):
				p := d.at(cur.maxNode, msg.RubricBandOverlap, fmtNum(cur.b.Max), fmtNum(bs[i+1].b.Min))
				d.hint(p, msg.HintBandMax, fmtNum(want))
			case cur.b.Max != want:
				p := d.at(cur.maxNode, msg.RubricBandTop, fmtNum(cur.b.Max), fmtNum(sc.Max))
				d.hint(p, msg.HintBandMax, fmtNum(want))
			}
		}
		cur.b.Max = want
	}
	out := make([]Band, len(bs))
	for i := range bs {
		out[i] = bs[i].b
	}
	return out
}

func (d *decoder) zones(n *yaml.Node) map[Zone]ZoneInfo {
	out := map[Zone]ZoneInfo{}
	handler := func(z Zone) func(k, v *yaml.Node) {
		return func(k, v *yaml.Node) {
			zi := DefaultZones[z]
			d.mapping(v, "zones."+string(z), map[string]func(k, v *yaml.Node){
				"label": func(k, v *yaml.Node) { zi.Label = d.text(v, "zones."+string(z)+".label") },
				"color": func(k, v *yaml.Node) {
					c := d.str(v, "zones."+string(z)+".color")
					if !colorRe.MatchString(c) {
						p := d.at(v, msg.RubricBadValue, c, "color")
						d.hint(p, msg.HintColor)
					}
					zi.Color = strings.ToUpper(c)
				},
			})
			out[z] = zi
		}
	}
	d.mapping(n, "zones", map[string]func(k, v *yaml.Node){
		"hijau": handler(Hijau), "kuning": handler(Kuning), "merah": handler(Merah),
	})
	return out
}

func (d *decoder) unitTypeList(n *yaml.Node) []UnitType {
	var out []UnitType
	where := map[string]*yaml.Node{}
	for _, c := range d.list(n, "unit_types") {
		var t UnitType
		seen := d.mapping(c, "unit_types", map[string]func(k, v *yaml.Node){
			"id": func(k, v *yaml.Node) {
				t.ID = d.str(v, "unit_types.id")
				if t.ID != "" && !idPattern.MatchString(t.ID) {
					p := d.at(v, msg.RubricBadValue, t.ID, "unit_types.id")
					d.hint(p, msg.HintRubricID)
				}
				if prev := where[strings.ToLower(t.ID)]; prev != nil {
					d.at(v, msg.RubricDuplicateCode, t.ID, prev.Line)
				} else {
					where[strings.ToLower(t.ID)] = v
				}
			},
			"label": func(k, v *yaml.Node) { t.Label = d.text(v, "unit_types.label") },
		})
		if seen != nil {
			for _, req := range []string{"id", "label"} {
				if seen[req] == nil {
					d.at(c, msg.RubricMissingKey, req, "unit_types")
				}
			}
		}
		d.unitTypes[strings.ToLower(t.ID)] = true
		out = append(out, t)
	}
	return out
}

func (d *decoder) rollup(n *yaml.Node) Rollup {
	ru := Rollup{Rule: RollupMean}
	var weightsNode *yaml.Node
	d.mapping(n, "rollup", map[string]func(k, v *yaml.Node){
		"rule": func(k, v *yaml.Node) { ru.Rule = d.enum(v, "rollup.rule", RollupMean, RollupWeightedMean) },
		"weights": func(k, v *yaml.Node) {
			weightsNode = v
			ws, keys := d.weightMap(v, "rollup.weights")
			d.rollupKeys = keys
			ru.Weights = map[string]float64{}
			for t, w := range ws {
				ru.Weights[strings.ToLower(t)] = w
			}
		},
	})
	if ru.Rule == RollupWeightedMean && weightsNode == nil {
		d.at(n, msg.RubricMissingKey, "weights", "rollup")
	}
	if ru.Rule != RollupWeightedMean && weightsNode != nil {
		d.at(weightsNode, msg.RubricRollupWeightsUnused)
	}
	return ru
}

func (d *decoder) targets(n *yaml.Node) []Target {
	var out []Target
	for _, c := range d.list(n, "targets") {
		var t Target
		seen := d.mapping(c, "targets", map[string]func(k, v *yaml.Node){
			"label": func(k, v *yaml.Node) { t.Label = d.text(v, "targets.label") },
			"kind": func(k, v *yaml.Node) {
				t.Kind = d.enum(v, "targets.kind", TargetRegionScore, TargetZoneShare)
			},
			"zone": func(k, v *yaml.Node) {
				t.Zone = Zone(d.enum(v, "targets.zone", string(Hijau), string(Kuning), string(Merah)))
			},
			"min": func(k, v *yaml.Node) { f := d.num(v, "targets.min"); t.Min = &f },
			"max": func(k, v *yaml.Node) { f := d.num(v, "targets.max"); t.Max = &f },
		})
		if seen == nil {
			continue
		}
		for _, req := range []string{"label", "kind"} {
			if seen[req] == nil {
				d.at(c, msg.RubricMissingKey, req, "targets")
			}
		}
		if t.Min == nil && t.Max == nil {
			d.at(c, msg.RubricTargetBound)
		}
		if t.Kind == TargetZoneShare {
			if seen["zone"] == nil {
				d.at(c, msg.RubricMissingKey, "zone", "targets")
			}
			for _, b := range []struct {
				key string
				v   *float64
			}{{"min", t.Min}, {"max", t.Max}} {
				if b.v != nil && (*b.v < 0 || *b.v > 1) {
					p := d.at(seen[b.key], msg.RubricBadValue, fmtNum(*b.v), "targets."+b.key)
					d.hint(p, msg.HintShare)
				}
			}
		}
		out = append(out, t)
	}
	return out
}

func (d *decoder) variants(n *yaml.Node) []Variant {
	var out []Variant
	where := map[string]*yaml.Node{}
	for _, c := range d.list(n, "variants") {
		var v Variant
		var codes []*yaml.Node
		seen := d.mapping(c, "variants", map[string]func(k, val *yaml.Node){
			"id": func(k, val *yaml.Node) {
				v.ID = d.str(val, "variants.id")
				if v.ID != "" && !idPattern.MatchString(v.ID) {
					p := d.at(val, msg.RubricBadValue, v.ID, "variants.id")
					d.hint(p, msg.HintRubricID)
				}
				if prev := where[v.ID]; prev != nil {
					d.at(val, msg.RubricDuplicateCode, v.ID, prev.Line)
				}
				where[v.ID] = val
			},
			"title":       func(k, val *yaml.Node) { v.Title = d.text(val, "variants.title") },
			"description": func(k, val *yaml.Node) { v.Description = d.text(val, "variants.description") },
			"scale": func(k, val *yaml.Node) {
				s := d.scale(val, "variants.scale")
				v.Scale = &s
			},
			"weights": func(k, val *yaml.Node) {
				v.Weights, codes = d.weightMap(val, "variants.weights")
			},
		})
		for _, c := range codes {
			d.variantCodes = append(d.variantCodes, refCheck{c, c.Value, v.ID})
		}
		if v.ID != "" {
			if d.variantNodes == nil {
				d.variantNodes = map[string]*yaml.Node{}
			}
			d.variantNodes[v.ID] = c
		}
		if v.Scale != nil && v.Scale.Rule == WeightedSum {
			d.weightedSumVariants = append(d.weightedSumVariants, v.ID)
		}
		if seen != nil {
			for _, req := range []string{"id", "title"} {
				if seen[req] == nil {
					d.at(c, msg.RubricMissingKey, req, "variants")
				}
			}
		}
		out = append(out, v)
	}
	return out
}
