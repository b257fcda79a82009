package rubric

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The rubric example in the README must stay a valid rubric.
func TestREADMEExample(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(data), -1)
	n := 0
	for _, b := range blocks {
		if !strings.HasPrefix(b[1], "schema: kepatuhan/rubric/v1") {
			continue
		}
		n++
		r, err := Parse("README.md", []byte(b[1]))
		if err != nil {
			t.Fatalf("the README's rubric example does not validate:\n%v", err)
		}
		if len(r.Indicators()) < 4 {
			t.Fatalf("example has %d indicators", len(r.Indicators()))
		}
	}
	if n == 0 {
		t.Fatal("no rubric example found in the README")
	}
}
