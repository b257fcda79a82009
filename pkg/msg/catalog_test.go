package msg

import (
	"regexp"
	"sort"
	"strings"
	"testing"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbs returns the formatting verbs of a template, indexed ones resolved
// to their position, sorted, so that reordered arguments compare equal.
func verbs(s string) []string {
	var out []string
	pos := 0
	for _, m := range verb.FindAllStringSubmatch(s, -1) {
		v := m[0]
		if strings.HasSuffix(v, "%%") || v == "%%" {
			continue
		}
		if m[1] != "" {
			out = append(out, m[1]+v[len(v)-1:])
			continue
		}
		pos++
		out = append(out, "["+string(rune('0'+pos))+"]"+v[len(v)-1:])
	}
	sort.Strings(out)
	return out
}

func TestCatalogComplete(t *testing.T) {
	if len(Keys()) < 100 {
		t.Fatalf("only %d messages: is the catalog loaded?", len(Keys()))
	}
	for _, k := range Keys() {
		id, en := Pair(k)
		if strings.TrimSpace(id) == "" || strings.TrimSpace(en) == "" {
			t.Errorf("%s: a language is empty (id %q, en %q)", k, id, en)
			continue
		}
		if a, b := verbs(id), verbs(en); strings.Join(a, ",") != strings.Join(b, ",") {
			t.Errorf("%s: Indonesian and English take different arguments: %v vs %v", k, a, b)
		}
	}
}

func TestMissingKeyShowsItself(t *testing.T) {
	if got := T(ID, "no.such.key"); got != "no.such.key" {
		t.Fatalf("got %q", got)
	}
}

func TestProblemWhere(t *testing.T) {
	cases := []struct {
		p    Problem
		want string
	}{
		{Problem{File: "a.xlsx", Sheet: "DINKES", Cell: "D14"}, "a.xlsx › DINKES › D14"},
		{Problem{File: "r.yaml", Line: 12, Col: 5}, "r.yaml:12:5"},
		{Problem{File: "r.yaml", Line: 3}, "r.yaml:3"},
		{Problem{File: "a.xlsx"}, "a.xlsx"},
	}
	for _, c := range cases {
		if got := c.p.Where(); got != c.want {
			t.Errorf("Where() = %q, want %q", got, c.want)
		}
	}
}

func TestLanguages(t *testing.T) {
	p := Problem{Key: AnswerNotAccepted, Args: []any{"Mungkin", "SP-03"}, File: "a.xlsx", Sheet: "S", Cell: "D3",
		Hint: HintAccepted, HintArgs: []any{"Ya, Tidak"}}
	if got := p.Text(ID); got != `a.xlsx › S › D3: jawaban "Mungkin" tidak diterima untuk SP-03` {
		t.Errorf("id: %s", got)
	}
	if got := p.Text(EN); got != `a.xlsx › S › D3: answer "Mungkin" is not accepted for SP-03` {
		t.Errorf("en: %s", got)
	}
	if got := p.HintText(EN); got != "accepted: Ya, Tidak" {
		t.Errorf("hint: %s", got)
	}
}
