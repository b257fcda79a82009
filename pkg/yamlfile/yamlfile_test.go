package yamlfile

import (
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	yaml "go.yaml.in/yaml/v3"
)

func problems(d *Decoder) string {
	var s []string
	for _, p := range d.Problems {
		s = append(s, p.Text(msg.EN))
	}
	return strings.Join(s, "\n")
}

func TestStrict(t *testing.T) {
	src := "a: 1\na: 2\nb: [1]\n<<: {c: 1}\nzz: 3\n---\nx: 1\n"
	root, d := Parse("f.yaml", []byte(src), msg.IssuerEmpty)
	if root == nil {
		t.Fatal("no root")
	}
	var a, b string
	d.Map(root, "f", map[string]func(k, v *yaml.Node){
		"a": func(k, v *yaml.Node) { a = d.Str(v, "a") },
		"b": func(k, v *yaml.Node) { b = d.Str(v, "b") },
		"z": func(k, v *yaml.Node) {},
	})
	got := problems(d)
	for _, want := range []string{
		"f.yaml:6:1: the file holds exactly one YAML document",
		`f.yaml:2:1: key "a" is written twice (first on line 1)`,
		"f.yaml:3:4: b must be text",
		"f.yaml:4:1: YAML merge keys (<<) are not supported",
		`f.yaml:5:1: unknown key "zz" in f`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if a != "1" || b != "" {
		t.Errorf("a %q b %q", a, b)
	}
}

func TestAliasAndSyntax(t *testing.T) {
	if root, d := Parse("f.yaml", []byte("a: &x 1\nb: *x\n"), msg.IssuerEmpty); root != nil || !strings.Contains(problems(d), "f.yaml:2:4: YAML aliases") {
		t.Errorf("alias: %v", problems(d))
	}
	if root, d := Parse("f.yaml", []byte("a: 1\n b: [\n"), msg.IssuerEmpty); root != nil || !strings.Contains(problems(d), "f.yaml:") {
		t.Errorf("syntax: %v", problems(d))
	}
	if _, d := Parse("f.yaml", []byte("# nothing\n"), msg.IssuerEmpty); !strings.Contains(problems(d), "empty") {
		t.Errorf("empty: %v", problems(d))
	}
}
