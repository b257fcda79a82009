// The documents' links are checked here: the README and docs/*.md are
// the product's promises, and a link that leads nowhere (a file outside
// the repository, a section renamed) breaks one.
package docs_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// link matches an inline Markdown link or image, [text](target "title"),
// and a reference definition, [label]: target.
var link = regexp.MustCompile(`!?\[[^\]\n]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)|(?m)^\s{0,3}\[[^\]\n]+\]:\s+(\S+)`)

// code matches fenced code blocks and code spans, whose brackets are
// not links.
var code = regexp.MustCompile("(?s)```.*?```|`[^`\n]*`")

// heading matches a Markdown heading.
var heading = regexp.MustCompile(`(?m)^#{1,6}\s+(.+?)\s*#*\s*$`)

// anchor is the anchor GitHub gives a heading: lower case, punctuation
// dropped (hyphens and underscores kept), spaces made hyphens.
func anchor(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r), r == '-', r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}

// anchors lists the anchors of the Markdown file at path.
func anchors(t *testing.T, path string) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	text := regexp.MustCompile("(?s)```.*?```").ReplaceAllString(string(data), "")
	for _, m := range heading.FindAllStringSubmatch(text, -1) {
		a := anchor(m[1])
		for n := 1; out[a]; n++ { // a repeated heading gets -1, -2, …
			a = anchor(m[1]) + "-" + string(rune('0'+n))
		}
		out[a] = true
	}
	return out
}

// Every relative link of README.md and docs/*.md leads to a file or
// folder inside the repository, and every #anchor to a heading there.
func TestLinks(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	files := append([]string{filepath.Join(root, "README.md")}, docs...)
	checked := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := code.ReplaceAllString(string(data), "")
		rel, _ := filepath.Rel(root, f)
		for _, m := range link.FindAllStringSubmatch(text, -1) {
			target := m[1] + m[2]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			checked++
			path, frag, _ := strings.Cut(target, "#")
			dest := f
			if path != "" {
				if filepath.IsAbs(path) || strings.HasPrefix(path, "/") {
					t.Errorf("%s: link %q is absolute", rel, target)
					continue
				}
				dest = filepath.Join(filepath.Dir(f), filepath.FromSlash(path))
				if r, err := filepath.Rel(root, dest); err != nil || strings.HasPrefix(r, "..") {
					t.Errorf("%s: link %q leads outside the repository", rel, target)
					continue
				}
				if _, err := os.Stat(dest); err != nil {
					t.Errorf("%s: link %q leads to nothing (%v)", rel, target, err)
					continue
				}
			}
			if frag != "" && strings.HasSuffix(dest, ".md") && !anchors(t, dest)[frag] {
				t.Errorf("%s: link %q: no heading with the anchor #%s", rel, target, frag)
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d relative links checked: are links still found?", checked)
	}
}

// The checker finds what it is for.
func TestLinkPatterns(t *testing.T) {
	text := "see [the contract](docs/workbook.md#1-the-file), ![x](a.png \"t\"), `[not](a link)`\n[ref]: ../elsewhere/x.md\n"
	var got []string
	for _, m := range link.FindAllStringSubmatch(code.ReplaceAllString(text, ""), -1) {
		got = append(got, m[1]+m[2])
	}
	want := []string{"docs/workbook.md#1-the-file", "a.png", "../elsewhere/x.md"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("links %q, want %q", got, want)
	}
	for h, a := range map[string]string{
		"Scoring: `kepatuhan score`":                "scoring-kepatuhan-score",
		"Choices made where the sources are silent": "choices-made-where-the-sources-are-silent",
		"1. The file":                      "1-the-file",
		"Year over year: `kepatuhan diff`": "year-over-year-kepatuhan-diff",
	} {
		if got := anchor(h); got != a {
			t.Errorf("anchor(%q) = %q, want %q", h, got, a)
		}
	}
}

// The contract the readers implement lives in the repository
// (docs/workbook.md): no document or comment sends a reader to the
// project's input folder for it.
func TestNoContractOutside(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	outside := "shared/" + "spec/" // not this file's own mention
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata" && p != root) {
			return filepath.SkipDir
		}
		if ext := filepath.Ext(p); d.IsDir() || ext != ".go" && ext != ".md" {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if i := strings.Index(string(data), outside); i >= 0 {
			rel, _ := filepath.Rel(root, p)
			line := strings.Count(string(data[:i]), "\n") + 1
			t.Errorf("%s:%d points at %s… outside the repository; point at docs/ instead", rel, line, outside)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
