// Package yamlfile reads the small YAML files kepatuhan takes besides
// rubrics — the issuing office's configuration (package issuer) and
// corrections (package correction) — as strictly as rubrics are read:
// one document; mappings whose keys must be known (a misspelt key is
// reported with the key meant); values of the kind wanted; no aliases
// (nothing in these files needs one, and refusing them rules out alias
// bombs); and every problem located at file:line:column, all reported at
// once.
package yamlfile

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
	yaml "go.yaml.in/yaml/v3"
)

// Decoder walks one file's YAML tree, collecting problems.
type Decoder struct {
	File     string
	Problems msg.Problems
}

var errLine = regexp.MustCompile(`^yaml: line (\d+): `)

// Parse decodes data as one YAML document and returns its root node (nil
// when the file is empty or not YAML; the problem is then recorded). empty
// is the message for a file without a document.
func Parse(file string, data []byte, empty msg.Key) (*yaml.Node, *Decoder) {
	d := &Decoder{File: file}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.At(nil, empty)
			return nil, d
		}
		reason, line := strings.TrimPrefix(err.Error(), "yaml: "), 0
		if m := errLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
			reason = err.Error()[len(m[0]):]
		}
		p := d.At(nil, msg.RubricNotYAML, reason)
		p.Line = line
		return nil, d
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		d.At(&extra, msg.YAMLManyDocs)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if a := firstAlias(root); a != nil {
		d.At(a, msg.YAMLAlias)
		return nil, d
	}
	return root, d
}

// firstAlias returns the first alias in the tree, or nil.
func firstAlias(n *yaml.Node) *yaml.Node {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.AliasNode {
		return n
	}
	for _, c := range n.Content {
		if a := firstAlias(c); a != nil {
			return a
		}
	}
	return nil
}

// At records a problem at n (its line and column; none when n is nil).
func (d *Decoder) At(n *yaml.Node, key msg.Key, args ...any) *msg.Problem {
	p := msg.Problem{Key: key, Args: args, File: d.File}
	if n != nil {
		p.Line, p.Col = n.Line, n.Column
	}
	d.Problems = append(d.Problems, p)
	return &d.Problems[len(d.Problems)-1]
}

// Map walks a mapping node, calling the handler of each known key and
// reporting unknown and duplicate keys and merge keys. It returns the
// keys present with their value nodes, or nil when n is not a mapping.
func (d *Decoder) Map(n *yaml.Node, what string, fields map[string]func(k, v *yaml.Node)) map[string]*yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		d.At(n, msg.RubricWantMap, what)
		return nil
	}
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Tag == "!!merge" {
			p := d.At(k, msg.RubricNoMerge)
			p.Hint = msg.HintNoMerge
			continue
		}
		if prev, dup := seen[k.Value]; dup {
			d.At(k, msg.RubricDuplicateKey, k.Value, prev.Line)
			continue
		}
		seen[k.Value] = k
		fn, ok := fields[k.Value]
		if !ok {
			p := d.At(k, msg.RubricUnknownKey, k.Value, what)
			if s, ok := suggest.Nearest(k.Value, keys); ok {
				p.Hint, p.HintArgs = msg.HintDidYouMean, []any{s}
			} else {
				p.Hint, p.HintArgs = msg.HintValidKeys, []any{strings.Join(keys, ", ")}
			}
			continue
		}
		fn(k, v)
	}
	return seen
}

// Require reports each of keys missing from seen (what Map returned for
// the mapping n).
func (d *Decoder) Require(n *yaml.Node, seen map[string]*yaml.Node, what string, keys ...string) {
	if seen == nil {
		return
	}
	for _, k := range keys {
		if seen[k] == nil {
			d.At(n, msg.RubricMissingKey, k, what)
		}
	}
}

// List returns a sequence node's items, or nil (and a problem) when n is
// not a list.
func (d *Decoder) List(n *yaml.Node, what string) []*yaml.Node {
	if n == nil || n.Kind != yaml.SequenceNode {
		d.At(n, msg.RubricWantList, what)
		return nil
	}
	return n.Content
}

// Str reads a text value, trimmed; "" (and a problem) when n is not a
// scalar. A scalar of any type is taken as written (a NIP, a date, a
// number are text here).
func (d *Decoder) Str(n *yaml.Node, what string) string {
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.At(n, msg.RubricWantText, what)
		return ""
	}
	return strings.TrimSpace(n.Value)
}
