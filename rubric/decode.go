package rubric

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
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
		"scale":      func(k, v *yaml.Node) { r.Scale = d.scale(v, "scale") },
		"bands":      func(k, v *yaml.Node) { bandsNode = v },
		"zones":      func(k, v *yaml.Node) { r.Zones = d.zones(v) },
		"unit_types": func(k, v *yaml.Node) { r.UnitTypes = d.unitTypeList(v) },
		"rollup":     func(k, v *yaml.Node) { r.Rollup = d.rollup(v) },
		"targets":    func(k, v *yaml.Node) { r.Targets = d.targets(v) },
		"groups":     func(k, v *yaml.Node) { groupsNode = v },
		"indicators": func(k, v *yaml.Node) { itemsNode = v },
		"variants":   func(k, v *yaml.Node) { variantsNode = v },
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
		p := d.at(n, msg.RubricWantNumber, what)
		if strings.Contains(s, ",") {
			d.hint(p, msg.HintDecimalPoint)
		}
		return 0, false
	}
	return f, true
}

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

func (d *decoder) sources(n *yaml.Node) []Source {
	var out []Source
	for _, c := range d.list(n, "sources") {
		var s Source
		seen := d.mapping(c, "sources", map[string]func(k, v *yaml.Node){
			"title": func(k, v *yaml.Node) { s.Title = d.str(v, "sources.title") },
			"url":   func(k, v *yaml.Node) { s.URL = d.str(v, "sources.url") },
			"note":  func(k, v *yaml.Node) { s.Note = d.str(v, "sources.note") },
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
			"item": func(k, v *yaml.Node) { f.Item = d.str(v, "provenance.item") },
			"status": func(k, v *yaml.Node) {
				f.Status = FactStatus(d.enum(v, "provenance.status", string(Published), string(Local), string(Unverified)))
			},
			"source": func(k, v *yaml.Node) { f.Source = d.str(v, "provenance.source") },
			"note":   func(k, v *yaml.Node) { f.Note = d.str(v, "provenance.note") },
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
	seen := d.mapping(n, what, map[string]func(k, v *yaml.Node){
		"min":  func(k, v *yaml.Node) { s.Min = d.num(v, what+".min") },
		"max":  func(k, v *yaml.Node) { s.Max = d.num(v, what+".max") },
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
	if seen["min"] != nil && seen["max"] != nil && s.Min >= s.Max {
		d.at(seen["max"], msg.RubricScaleOrder, fmtNum(s.Min), fmtNum(s.Max))
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
	if ok && w <= 0 {
		d.at(n, msg.RubricWeightNotPositive, code, fmtNum(w))
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
		"evidence":       func(k, v *yaml.Node) { ind.Evidence = d.boolean(v, "evidence") },
		"finding":        func(k, v *yaml.Node) { ind.Finding = d.text(v, "finding") },
		"recommendation": func(k, v *yaml.Node) { ind.Recommendation = d.text(v, "recommendation") },
		"replaces":       func(k, v *yaml.Node) { ind.Replaces = d.strList(v, "replaces") },
		"levels":         func(k, v *yaml.Node) { blocks["levels"] = v },
		"choices":        func(k, v *yaml.Node) { blocks["choices"] = v },
		"number":         func(k, v *yaml.Node) { blocks["number"] = v },
		"survey":         func(k, v *yaml.Node) { blocks["survey"] = v },
	})
	if seen == nil {
		return nil
	}
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
