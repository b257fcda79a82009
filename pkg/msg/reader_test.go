package msg

import (
	"os"
	"regexp"
	"testing"
)

// Every key declared in catalog_reader.go has its words: a key without
// them would print as itself.
func TestReaderKeysWorded(t *testing.T) {
	src, err := os.ReadFile("catalog_reader.go")
	if err != nil {
		t.Fatal(err)
	}
	decl := regexp.MustCompile(`(?m)^\s+\w+\s+Key = "([^"]+)"`)
	n := 0
	for _, m := range decl.FindAllStringSubmatch(string(src), -1) {
		n++
		if !Has(Key(m[1])) {
			t.Errorf("key %s has no message", m[1])
		}
	}
	if n < 40 {
		t.Fatalf("found %d keys in catalog_reader.go", n)
	}
}
