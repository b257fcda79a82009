package rubric

import (
	"errors"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// A variant is checked as a whole only when it is applied (WithVariant
// parses the rubric's canonical JSON with the variant's scale and
// weights). So `rubric validate FILE` said ok of a file whose variant's
// scale did not fit its bands, and `FILE@VARIANT` reported the problem
// at a column of the canonical JSON ("v.yaml@lima:1:1075"). CheckVariants
// applies every variant and reports each problem at the line of the
// file it comes from, naming the variant.

// CheckVariants applies each of r's variants and returns their problems,
// located in r's source file.
func (r *Rubric) CheckVariants() msg.Problems {
	var out msg.Problems
	var src *yaml.Node
	for i := range r.Variants {
		v := &r.Variants[i]
		_, err := r.WithVariant(v.ID)
		var ps msg.Problems
		if err == nil || !errors.As(err, &ps) {
			continue
		}
		if src == nil {
			src = parseNode(r.source)
		}
		var canon *yaml.Node
		if c, err := r.applied(v); err == nil {
			canon = parseNode(c.Canonical())
		}
		for _, p := range ps {
			out = append(out, r.relocate(p, i, v.ID, canon, src))
		}
	}
	return out
}

// relocate moves a problem found in canon, the canonical JSON of the
// i-th variant applied, to the same place in the source file (or, when
// the place is one the source does not write, such as a derived band
// maximum, to the nearest enclosing one; the scale, which the variant
// replaced, to the variant's), and says which variant it is about.
func (r *Rubric) relocate(p msg.Problem, i int, id string, canon, src *yaml.Node) msg.Problem {
	out := p
	out.File = r.file
	out.Line, out.Col = 0, 0
	var variant *yaml.Node
	if src != nil {
		variant = follow(src, []step{{key: "variants"}, {key: "\x00", index: i}})
		out.Line, out.Col = variant.Line, variant.Column
	}
	line := out.Line
	out.Key, out.Args = msg.RubricInVariant, []any{inner{p.Key, p.Args}, id, line}
	if canon == nil || src == nil {
		return out
	}
	path, ok := pathTo(canon, p.Line, p.Col, nil)
	if !ok {
		return out
	}
	from := src
	if len(path) > 0 && path[0].key == "scale" {
		if sc := follow(variant, []step{{key: "scale"}}); sc != variant {
			from = variant
		}
	}
	if n := follow(from, path); n != nil {
		out.Line, out.Col = n.Line, n.Column
	}
	return out
}

// inner is a problem's own message, worded in the language of the
// message that holds it.
type inner struct {
	key  msg.Key
	args []any
}

func (i inner) In(l msg.Lang) string { return msg.T(l, i.key, i.args...) }

// parseNode parses YAML (or JSON) into its document's root node; nil if
// it does not parse.
func parseNode(data []byte) *yaml.Node {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return nil
	}
	return doc.Content[0]
}

// step is one step of a path through a document: a mapping key, or a
// sequence index.
type step struct {
	key   string
	index int
}

// pathTo finds the node at line:col under n and returns the path to it.
func pathTo(n *yaml.Node, line, col int, path []step) ([]step, bool) {
	if n.Line == line && n.Column == col {
		return path, true
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Line == line && k.Column == col {
				return append(path, step{key: k.Value}), true
			}
			if p, ok := pathTo(v, line, col, append(path, step{key: k.Value})); ok {
				return p, true
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			if p, ok := pathTo(c, line, col, append(path, step{index: i, key: "\x00" + strconv.Itoa(i)})); ok {
				return p, true
			}
		}
	}
	return nil, false
}

// follow walks path from n, through aliases, and returns the deepest
// node it reaches.
func follow(n *yaml.Node, path []step) *yaml.Node {
	n = resolve(n)
	for _, s := range path {
		var next *yaml.Node
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == s.key {
					next = resolve(n.Content[i+1])
					break
				}
			}
		case yaml.SequenceNode:
			if len(s.key) > 0 && s.key[0] == 0 && s.index < len(n.Content) {
				next = resolve(n.Content[s.index])
			}
		}
		if next == nil {
			return n
		}
		n = next
	}
	return n
}
