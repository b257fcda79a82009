package rubric

import (
	"strings"
	"testing"
)

func TestModified(t *testing.T) {
	base, err := Builtin("ombudsman-2019")
	if err != nil {
		t.Fatal(err)
	}
	parse := func(src string) *Rubric {
		t.Helper()
		r, err := Parse("mine.yaml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	src := string(base.Source())
	heavier := strings.Replace(src, "    weight: 6\n", "    weight: 12\n", 1)
	if heavier == src {
		t.Fatal("no weight 6 in ombudsman-2019")
	}
	skm, err := Builtin("skm-2017@bobot-0.11")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		r    *Rubric
		want bool
	}{
		{"the built-in", base, false},
		{"a built-in's variant", skm, false},
		{"the export, unchanged", parse(src), false},
		{"the export, reformatted", parse(string(base.Canonical())), false},
		{"a weight edited", parse(heavier), true},
		{"a weight edited and an id of its own", parse(strings.Replace(heavier, "id: ombudsman-2019", "id: langkat-2025", 1)), false},
		{"a weight edited and a version of its own", parse(strings.Replace(heavier, `version: "2019.1"`, `version: "2019.1-langkat"`, 1)), false},
	}
	for _, c := range cases {
		if got := c.r.Modified(); got != c.want {
			t.Errorf("%s: Modified() = %v, want %v (id %s, version %s)", c.name, got, c.want, c.r.ID, c.r.Version)
		}
		_, notice := c.r.ModifiedNotice()
		if notice != c.want {
			t.Errorf("%s: notice %v", c.name, notice)
		}
		want := c.r.Version
		if c.want {
			want += " (diubah)"
		}
		if got := c.r.VersionText("id"); got != want {
			t.Errorf("%s: VersionText = %q, want %q", c.name, got, want)
		}
	}
	// Read back from its canonical form (as results JSON carries it), an
	// edited rubric is still modified.
	if !parse(string(parse(heavier).Canonical())).Modified() {
		t.Error("the canonical form of an edited rubric is not modified")
	}
	if got := parse(heavier).VersionText("en"); got != "2019.1 (modified)" {
		t.Errorf("English: %q", got)
	}
}
