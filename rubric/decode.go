package rubric

import (
	"bytes"
	"errors"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
	yaml "go.yaml.in/yaml/v3"
)

// Parse decodes and validates a rubric from YAML (or JSON, which is YAML).
// file names the source in error messages. On failure the error is a
// msg.Problems holding every problem found, each with line and column.
func Parse(file string, data []byte) (*Rubric, error) {
	d := &decoder{file: file}
	r := d.document(data)
	if d.probs.HasErrors() {
		d.probs.Sort()
		return nil, d.probs
	}
	r.file = file
	r.source = data
	if err := r.prepare(); err != nil {
		return nil, err
	}
	// Every variant applied is a valid rubric too (variantcheck.go).
	if ps := r.CheckVariants(); len(ps) > 0 {
		return nil, ps
	}
	return r, nil
}

var (
	idPattern   = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	codePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._/-]*$`)
	colorRe     = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)
)

type decoder struct {
	file  string
	probs msg.Problems

	kind      Kind
	decimals  int
	unitTypes map[string]bool
	codes     map[string]*yaml.Node // indicator and group codes → where first defined
	// checks that need the whole tree, run at the end
	appliesTo    []refCheck
	naIndicators []*yaml.Node
	scoped       []*yaml.Node // indicators with applies_to
	variantCodes []refCheck
	rollupKeys   []*yaml.Node // unit types named by rollup.weights
	// variants whose scale is weighted-sum, which rules out N/A and
	// applies_to just as the rubric's own scale does
	weightedSumVariants []string
	scaleNode           *yaml.Node
	variantNodes        map[string]*yaml.Node // by variant id
}

type refCheck struct {
	node *yaml.Node
	val  string
	ctx  string
}

func (d *decoder) at(n *yaml.Node, key msg.Key, args ...any) *msg.Problem {
	p := msg.Problem{Key: key, Args: args, File: d.file}
	if n != nil {
		p.Line, p.Col = n.Line, n.Column
	}
	d.probs = append(d.probs, p)
	return &d.probs[len(d.probs)-1]
}

func (d *decoder) hint(p *msg.Problem, key msg.Key, args ...any) {
	p.Hint, p.HintArgs = key, args
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

var yamlErrLine = regexp.MustCompile(`^yaml: line (\d+): `)

// syntaxParses counts the parses syntaxError makes (for a test).
var syntaxParses int

// syntaxError locates a YAML syntax error and returns its line and
// reason. The YAML library names the line where the enclosing block
// began, which can be well above the mistake (a mis-indented key under a
// list reports the list's first line); the shortest run of whole lines
// from the top that fails for the same reason ends on the line to fix.
// Once a run fails for that reason every longer run does too, so the
// line is found by bisection: a few parses, not one per line, which
// would take minutes on a long file.
func syntaxError(data []byte, err error) (line int, reason string) {
	m := yamlErrLine.FindStringSubmatch(err.Error())
	if m == nil {
		return 0, strings.TrimPrefix(err.Error(), "yaml: ")
	}
	line, _ = strconv.Atoi(m[1])
	reason = err.Error()[len(m[0]):]
	var ends []int // ends[i]: the end of line i+1
	end := 0
	for _, l := range bytes.SplitAfter(data, []byte("\n")) {
		end += len(l)
		ends = append(ends, end)
	}
	fails := func(n int) bool { // the first n lines fail for reason
		syntaxParses++
		var node yaml.Node
		perr := yaml.Unmarshal(data[:ends[n-1]], &node)
		if perr == nil {
			return false
		}
		pm := yamlErrLine.FindStringSubmatch(perr.Error())
		return pm != nil && perr.Error()[len(pm[0]):] == reason
	}
	lo, hi := max(line, 1), len(ends)
	if lo > hi || !fails(hi) {
		return line, reason
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, reason
}

// maxNodes bounds the size of a rubric's YAML tree with its aliases
// expanded. The largest built-in has a few thousand nodes; aliases of
// aliases of lists (a "billion laughs") reach billions, and decoding them
// one by one would never end.
const maxNodes = 200_000

// aliasBomb returns the first alias whose expansion takes the document
// over maxNodes (or the node holding it), or nil. Each node is counted
// once, its size remembered.
func aliasBomb(doc *yaml.Node) *yaml.Node {
	size := map[*yaml.Node]int{}
	var bomb *yaml.Node
	var count func(n *yaml.Node) int
	count = func(n *yaml.Node) int {
		if v, ok := size[n]; ok {
			return v
		}
		size[n] = maxNodes + 1 // a node that holds itself is a bomb too
		total := 1
		kids := n.Content
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			kids = []*yaml.Node{n.Alias}
		}
		for _, c := range kids {
			total += count(c)
			if bomb != nil {
				return maxNodes + 1
			}
			if total > maxNodes {
				bomb = c
				if c.Kind != yaml.AliasNode {
					bomb = n
				}
				return maxNodes + 1
			}
		}
		size[n] = total
		return total
	}
	count(doc)
	return bomb
}

// document decodes the whole file.
func (d *decoder) document(data []byte) *Rubric {
	r := &Rubric{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.at(nil, msg.RubricEmpty)
			return r
		}
		line, reason := syntaxError(data, err)
		p := d.at(nil, msg.RubricNotYAML, reason)
		p.Line = line
		return r
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		d.at(&extra, msg.RubricManyDocs)
	}
	if at := aliasBomb(&doc); at != nil {
		d.at(at, msg.RubricAliasBomb, maxNodes)
		return r
	}
	root := resolve(&doc)
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = resolve(root.Content[0])
	}
	d.codes = map[string]*yaml.Node{}
	d.unitTypes = map[string]bool{}
	d.decimals = 2

	var groupsNode, itemsNode, variantsNode, bandsNode *yaml.Node
	seen := d.mapping(root, "rubrik", map[string]func(k, v *yaml.Node){
		"schema": func(k, v *yaml.Node) {
			r.Schema = d.str(v, "schema")
			if r.Schema != "" && r.Schema != SchemaV1 {
				p := d.at(v, msg.RubricBadValue, r.Schema, "schema")
				d.hint(p, msg.HintWrite, "schema: "+SchemaV1)
			}
		},
		"id": func(k, v *yaml.Node) {
			r.ID = d.str(v, "id")
			if r.ID != "" && !idPattern.MatchString(r.ID) {
				p := d.at(v, msg.RubricBadValue, r.ID, "id")
				d.hint(p, msg.HintRubricID)
			}
		},
		"version": func(k, v *yaml.Node) { r.Version = d.str(v, "version") },
		"variant": func(k, v *yaml.Node) { r.Variant = d.str(v, "variant") },
		"title":   func(k, v *yaml.Node) { r.Title = d.text(v, "title") },
		"description": func(k, v *yaml.Node) {
			r.Description = d.text(v, "description")
		},
		"kind": func(k, v *yaml.Node) {
			r.Kind = Kind(d.enum(v, "kind", string(Observation), string(Survey), string(Mixed)))
		},
		"sources":    func(k, v *yaml.Node) { r.Sources = d.sources(v) },
		"provenance": func(k, v *yaml.Node) { r.Provenance = d.provenance(v) },
		"scale": func(k, v *yaml.Node) {
			r.Scale = d.scale(v, "scale")
			d.scaleNode = v
		},
		"bands":            func(k, v *yaml.Node) { bandsNode = v },
		"zones":            func(k, v *yaml.Node) { r.Zones = d.zones(v) },
		"unit_types":       func(k, v *yaml.Node) { r.UnitTypes = d.unitTypeList(v) },
		"rollup":           func(k, v *yaml.Node) { r.Rollup = d.rollup(v) },
		"targets":          func(k, v *yaml.Node) { r.Targets = d.targets(v) },
		"without_evidence": func(k, v *yaml.Node) { r.WithoutEvidence = d.evidenceRule(v) }, // decode_evidence.go
		"groups":           func(k, v *yaml.Node) { groupsNode = v },
		"indicators":       func(k, v *yaml.Node) { itemsNode = v },
		"variants":         func(k, v *yaml.Node) { variantsNode = v },
	})
	if seen == nil {
		return r
	}
	for _, req := range []string{"schema", "id", "version", "title", "scale", "bands"} {
		if seen[req] == nil {
			p := d.at(root, msg.RubricMissingKey, req, "rubrik")
			if req == "schema" {
				d.hint(p, msg.HintWrite, "schema: "+SchemaV1)
			}
		}
	}
	if t := seen["title"]; t != nil && t.Kind == yaml.ScalarNode && r.Title.ID == "" {
		d.at(t, msg.RubricMissingKey, "id", "title")
	}
	if r.Kind == "" {
		r.Kind = Observation
	}
	d.kind = r.Kind
	if seen["scale"] != nil {
		d.decimals = r.Scale.Decimals
	}
	if bandsNode != nil && seen["scale"] != nil && r.Scale.Min < r.Scale.Max {
		r.Bands = d.bands(bandsNode, r.Scale)
	}
	// The tree comes after unit types and kind are known.
	switch {
	case groupsNode != nil && itemsNode != nil:
		p := d.at(itemsNode, msg.RubricGroupsAndIndicators, "rubrik")
		d.hint(p, msg.HintGroupsOrIndicators)
	case groupsNode != nil:
		r.Groups = d.groupList(groupsNode, 1)
	case itemsNode != nil:
		r.Items = d.indicatorList(itemsNode)
	default:
		p := d.at(root, msg.RubricMissingKey, "groups", "rubrik")
		d.hint(p, msg.HintGroupsOrIndicators)
	}
	if variantsNode != nil {
		r.Variants = d.variants(variantsNode)
	}
	d.finish(r)
	return r
}

// finish runs the checks that need the whole file.
func (d *decoder) finish(r *Rubric) {
	valid := make([]string, 0, len(r.UnitTypes))
	for _, t := range r.UnitTypes {
		valid = append(valid, t.ID)
	}
	for _, c := range d.appliesTo {
		if !d.unitTypes[strings.ToLower(c.val)] {
			p := d.at(c.node, msg.RubricUnknownUnitType, c.val, c.ctx)
			if len(valid) == 0 {
				d.hint(p, msg.HintDeclareUnitTypes)
			} else if s, ok := suggest.Nearest(c.val, valid); ok {
				d.hint(p, msg.HintDidYouMean, s)
			} else {
				d.hint(p, msg.HintValidValues, strings.Join(valid, ", "))
			}
		}
	}
	for _, c := range d.variantCodes {
		if d.codes[CodeKey(c.val)] == nil {
			d.at(c.node, msg.RubricVariantUnknownCode, c.ctx, c.val)
		}
	}
	if r.Scale.Rule == WeightedSum {
		for _, n := range d.naIndicators {
			p := d.at(n, msg.RubricWeightedSumNA)
			d.hint(p, msg.HintWeightedSum)
		}
		for _, n := range d.scoped {
			p := d.at(n, msg.RubricWeightedSumScoped)
			d.hint(p, msg.HintWeightedSum)
		}
	} else {
		for _, id := range d.weightedSumVariants {
			for _, n := range d.naIndicators {
				p := d.at(n, msg.RubricVariantWeightedSumNA, id)
				d.hint(p, msg.HintWeightedSum)
			}
			for _, n := range d.scoped {
				p := d.at(n, msg.RubricVariantWeightedSumScoped, id)
				d.hint(p, msg.HintWeightedSum)
			}
		}
	}
	d.weightedSumMax(r)
	if r.Rollup.Rule == RollupWeightedMean {
		for _, k := range d.rollupKeys {
			if !d.unitTypes[strings.ToLower(k.Value)] {
				p := d.at(k, msg.RubricUnknownUnitType, k.Value, "rollup.weights")
				if s, ok := suggest.Nearest(k.Value, valid); ok {
					d.hint(p, msg.HintDidYouMean, s)
				} else {
					d.hint(p, msg.HintValidValues, strings.Join(valid, ", "))
				}
			}
		}
	}
}

// weightedSumMax refuses a weighted-sum scale (the rubric's, or a
// variant's with its weights) under which a unit answering everything at
// its best would score above the scale's maximum: factor × Σ weight ×
// the highest value. (Below the minimum is allowed: SKM's printed 0.11
// weights give 24.75 for the lowest answers on a 25–100 scale, as the
// regulation's formula does; such a score is kept and is in the lowest
// band.)
func (d *decoder) weightedSumMax(r *Rubric) {
	check := func(sc Scale, weights map[string]float64, at *yaml.Node, variant string) {
		if sc.Rule != WeightedSum || sc.Factor <= 0 || at == nil {
			return
		}
		w := map[string]float64{}
		for code, v := range weights {
			w[CodeKey(code)] = v
		}
		weight := func(code string, def float64) float64 {
			if v, ok := w[CodeKey(code)]; ok {
				return v
			}
			return def
		}
		var sum func(groups []*Group, inds []*Indicator, scale float64) float64
		sum = func(groups []*Group, inds []*Indicator, scale float64) float64 {
			t := 0.0
			for _, g := range groups {
				t += sum(g.Groups, g.Indicators, scale*weight(g.Code, g.Weight))
			}
			for _, ind := range inds {
				t += scale * weight(ind.Code, ind.Weight) * bestValue(ind)
			}
			return t
		}
		top := sc.Factor * sum(r.Groups, r.Items, 1)
		if math.IsInf(top, 0) || math.IsNaN(top) || roundTo(top, sc.Decimals) > sc.Max {
			shown := strconv.FormatFloat(top, 'f', sc.Decimals, 64)
			if variant == "" {
				p := d.at(at, msg.RubricWeightedSumOver, shown, fmtNum(sc.Max))
				d.hint(p, msg.HintWeightedSumOver)
			} else {
				p := d.at(at, msg.RubricVariantWeightedSumOver, variant, shown, fmtNum(sc.Max))
				d.hint(p, msg.HintWeightedSumOver)
			}
		}
	}
	check(r.Scale, nil, d.scaleNode, "")
	for _, v := range r.Variants {
		sc := r.Scale
		if v.Scale != nil {
			sc = *v.Scale
		}
		check(sc, v.Weights, d.variantNodes[v.ID], v.ID)
	}
}

// bestValue is the highest value an answer to ind can have, which a
// weighted sum multiplies by its weight (as package score's MaxValue).
func bestValue(ind *Indicator) float64 {
	switch {
	case ind.Type == Levels && ind.Levels != nil:
		return float64(ind.Levels.Max)
	case ind.Type == Surv && ind.Survey != nil:
		return float64(ind.Survey.Max)
	case ind.Type == Number && ind.Number != nil:
		return ind.Number.Max
	}
	return 1
}
