package rubric

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// A syntax error at the end of a long rubric is located on its line with
// a few parses of the file, not one per line: locating it line by line
// took minutes for a file of a few hundred kilobytes.
func TestSyntaxErrorLongFile(t *testing.T) {
	data, err := os.ReadFile("builtin/ombudsman-2023.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.TrimRight(string(data), "\n")
	groups := src[strings.Index(src, "\ngroups:\n")+len("\ngroups:\n"):]
	long := src + "\n" + strings.Repeat(groups+"\n", 8) + "   - salah indentasi\n"
	want := strings.Count(long, "\n")
	syntaxParses = 0
	_, err = Parse("panjang.yaml", []byte(long))
	var ps msg.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Key != msg.RubricNotYAML {
		t.Fatalf("got %v, want one %s", err, msg.RubricNotYAML)
	}
	if ps[0].Line != want {
		t.Errorf("located on line %d, want %d (the mis-indented line)", ps[0].Line, want)
	}
	if syntaxParses > 40 {
		t.Errorf("%d parses of a %d-line file to locate one error", syntaxParses, want)
	}
}
