package correction

import (
	"os"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/oserr"
	"github.com/kepatuhan/kepatuhan/pkg/yamlfile"
	yaml "go.yaml.in/yaml/v3"
)

// readYAML reads a YAML corrections file.
func readYAML(path string) ([]Entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, readProblem(path, err)
	}
	root, d := yamlfile.Parse(path, data, msg.CorrectionEmpty)
	var out []Entry
	if root != nil {
		seen := d.Map(root, "koreksi", map[string]func(k, v *yaml.Node){
			"corrections": func(k, v *yaml.Node) {
				for _, n := range d.List(v, "corrections") {
					if e, ok := entry(d, n); ok {
						out = append(out, e)
					}
				}
			},
		})
		d.Require(root, seen, "koreksi", "corrections")
	}
	if d.Problems.HasErrors() {
		d.Problems.Sort()
		return nil, d.Problems
	}
	if len(out) == 0 {
		return nil, msg.Problems{{File: path, Key: msg.CorrectionNone}}
	}
	return out, nil
}

func entry(d *yamlfile.Decoder, n *yaml.Node) (Entry, bool) {
	e := Entry{at: msg.Problem{File: d.File, Line: n.Line, Col: n.Column}}
	const what = "corrections"
	before := len(d.Problems)
	seen := d.Map(n, what, map[string]func(k, v *yaml.Node){
		"unit":      func(k, v *yaml.Node) { e.Unit = d.Str(v, "unit") },
		"indicator": func(k, v *yaml.Node) { e.Indicator = d.Str(v, "indicator") },
		"answer":    func(k, v *yaml.Node) { e.Answer = d.Str(v, "answer") },
		"reason":    func(k, v *yaml.Node) { e.Reason = d.Str(v, "reason") },
		"by":        func(k, v *yaml.Node) { e.By = d.Str(v, "by") },
		"date":      func(k, v *yaml.Node) { e.Date = d.Str(v, "date") },
		"ref":       func(k, v *yaml.Node) { e.Ref = d.Str(v, "ref") },
	})
	d.Require(n, seen, what, "unit", "indicator", "answer", "reason", "by", "date")
	for _, k := range []string{"unit", "indicator", "answer", "reason", "by", "date"} {
		if v := seen[k]; v != nil {
			if vn := valueOf(n, k); vn != nil && vn.Kind == yaml.ScalarNode && vn.Tag != "!!null" && vn.Value == "" {
				d.At(vn, msg.IssuerEmptyValue, k)
			}
		}
	}
	return e, len(d.Problems) == before
}

// valueOf is the value node of key in mapping n.
func valueOf(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// readProblem words a file that cannot be read.
func readProblem(path string, err error) msg.Problems {
	if os.IsNotExist(err) {
		return msg.Problems{{File: path, Key: msg.FileNotFound}}
	}
	r := oserr.Of(err)
	return msg.Problems{{File: path, Key: msg.FileUnreadable, Args: []any{r}, Hint: r.ReadHint()}}
}
