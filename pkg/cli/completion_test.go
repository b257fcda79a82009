package cli_test

import (
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// completion SHELL prints each shell's script.
func TestCompletionScripts(t *testing.T) {
	for shell, mark := range map[string]string{
		"bash":       "__start_kepatuhan",
		"zsh":        "#compdef kepatuhan",
		"fish":       "complete -c kepatuhan",
		"powershell": "Register-ArgumentCompleter",
	} {
		code, out, errs := kep(t, "completion", shell)
		if code != 0 || errs != "" || !strings.Contains(out, mark) || !strings.Contains(out, "__complete") {
			t.Errorf("completion %s: exit %d, stderr %q, script without %q or __complete", shell, code, errs, mark)
		}
	}
}

// complete asks for the choices at the end of args, as the scripts do.
func complete(t *testing.T, args ...string) (choices []string, directive string) {
	t.Helper()
	code, out, _ := kep(t, append([]string{"__complete"}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %q: exit %d", args, code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	return lines[:len(lines)-1], lines[len(lines)-1]
}

func TestCompletionChoices(t *testing.T) {
	all, err := rubric.Builtins()
	if err != nil {
		t.Fatal(err)
	}
	// Rubric ids and variants, with their titles, for every --rubric.
	for _, args := range [][]string{{"score", "--rubric", ""}, {"form", "--rubric", ""}, {"report", "--rubric", ""},
		{"diff", "--old-rubric", ""}, {"rubric", "show", ""}, {"rubric", "export", ""}} {
		got, dir := complete(t, args...)
		text := strings.Join(got, "\n")
		for _, r := range all {
			if !strings.Contains(text, r.ID+"\t"+r.Title.In("id")) {
				t.Errorf("%q: no %s with its title in %q", args, r.ID, text)
			}
			for _, v := range r.Variants {
				if !strings.Contains(text, r.ID+"@"+v.ID+"\t") {
					t.Errorf("%q: no variant %s@%s", args, r.ID, v.ID)
				}
			}
		}
		if dir != ":4" { // no file names
			t.Errorf("%q: directive %s", args, dir)
		}
	}
	// Titles follow the language; a prefix narrows; a path completes YAML files.
	got, _ := complete(t, "score", "--lang", "en", "--rubric", "skm")
	if len(got) != 2 || got[0] != "skm-2017\t"+mustTitle(t, "skm-2017", "en") {
		t.Errorf("skm in English: %q", got)
	}
	if got, dir := complete(t, "score", "--rubric", "./"); dir != ":8" || strings.Join(got, ",") != "yaml,yml" {
		t.Errorf("a path: %q %s", got, dir)
	}
	cases := []struct {
		args []string
		want string // the choices, joined by commas, without descriptions
		dir  string
	}{
		{[]string{"score", "--format", ""}, "csv,json,table", ":4"},
		{[]string{"diff", "--format", ""}, "csv,json,pdf,table,xlsx", ":4"},
		{[]string{"score", "--lang", ""}, "id,en", ":4"},
		{[]string{"form", "--layout", ""}, "wide,long", ":4"},
		{[]string{"score", ""}, "xlsx,xlsm,json,csv,zip", ":8"},
		{[]string{"diff", "a.json", ""}, "xlsx,xlsm,json,csv,zip", ":8"},
		{[]string{"rubric", "validate", ""}, "yaml,yml", ":8"},
		{[]string{"form", "--units", ""}, "csv,xlsx", ":8"},
		{[]string{"score", "--pdf", ""}, "", ":16"},
		{[]string{"completion", ""}, "bash,zsh,fish,powershell", ":4"},
	}
	for _, c := range cases {
		got, dir := complete(t, c.args...)
		var names []string
		for _, g := range got {
			names = append(names, strings.SplitN(g, "\t", 2)[0])
		}
		if strings.Join(names, ",") != c.want || dir != c.dir {
			t.Errorf("%q: %q %s, want %s %s", c.args, got, dir, c.want, c.dir)
		}
	}
	// Commands and flags are described in the language of the line.
	for lang, want := range map[string]string{"id": "score\tmenilai buku kerja", "en": "score\tscore filled"} {
		got, _ := complete(t, "--lang", lang, "")
		if !strings.Contains(strings.Join(got, "\n"), want) {
			t.Errorf("commands in %s: %q", lang, got)
		}
	}
	got, _ = complete(t, "--lang", "en", "score", "--ru")
	if len(got) != 1 || got[0] != "--rubric\trubric: a built-in id (see kepatuhan rubric list), ID@VARIANT, or a .yaml file" {
		t.Errorf("--ru in English: %q", got)
	}
}

func mustTitle(t *testing.T, id, lang string) string {
	r, err := rubric.Builtin(id)
	if err != nil {
		t.Fatal(err)
	}
	return r.Title.In(lang)
}
