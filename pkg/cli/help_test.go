package cli_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/cli"
)

// kep runs kepatuhan through Main, as the binary does.
func kep(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Setenv("KEPATUHAN_LANG", "")
	var out, errb bytes.Buffer
	code = cli.Main(args, cli.IO{Out: &out, Err: &errb, In: strings.NewReader("")})
	return code, out.String(), errb.String()
}

// Words cobra and pflag print in English, and the Indonesian words of
// the help layout: neither may show in the other language.
var (
	englishWords = []string{"Usage:", "Flags:", "Global Flags", "Available Commands", "Examples:", "Aliases:",
		"[flags]", "(default", "help for", "version for", `Use "`, " string ", " int ", "FILE", "COMMAND",
		"Did you mean", "unknown", "requires", "accepts", "arg(s)", "EXIT STATUS", "TEXT", "OLD NEW", "LIST",
		"REPORT", "invalid argument", "flag needs", "Additional help"}
	indonesianWords = []string{"Penggunaan", "Opsi", "Perintah:", "Contoh:", "[opsi]", "bawaan", "BERKAS",
		"PERINTAH", "STATUS KELUAR", "TEKS", "LAMA BARU", "LAPORAN", "DAFTAR", "maksud Anda", "tidak dikenal",
		"memerlukan", "lihat kepatuhan"}
)

// leaks returns the words found in text; a word that begins or ends
// with a letter must begin or end there ("FILE" is not in "$PROFILE").
func leaks(text string, words []string) []string {
	var out []string
	for _, w := range words {
		re := regexp.QuoteMeta(w)
		if regexp.MustCompile(`^\w`).MatchString(w) {
			re = `\b` + re
		}
		if regexp.MustCompile(`\w$`).MatchString(w) {
			re += `\b`
		}
		if regexp.MustCompile(re).MatchString(text) {
			out = append(out, w)
		}
	}
	return out
}

var commandLine = regexp.MustCompile(`^  ([a-z][a-z-]*)  +(.*)$`)

// subcommands reads the commands a help text lists, with their
// descriptions.
func subcommands(help string) map[string]string {
	out := map[string]string{}
	in := false
	for _, l := range strings.Split(help, "\n") {
		switch {
		case l == "Perintah:" || l == "Commands:":
			in = true
		case l == "":
			in = false
		case in:
			if m := commandLine.FindStringSubmatch(l); m != nil {
				out[m[1]] = m[2]
			}
		}
	}
	return out
}

// Every command's help, walked from the root's list of commands, is
// wholly in the chosen language: layout, usage line, value names,
// defaults, the help and version flags; every command listed has a
// description, and every command's help says its exit statuses.
func TestHelpInOneLanguage(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		forbidden, exit := englishWords, "STATUS KELUAR"
		if lang == "en" {
			forbidden, exit = indonesianWords, "EXIT STATUS"
		}
		seen := 0
		var walk func(path []string)
		walk = func(path []string) {
			args := append(append([]string{}, path...), "--help", "--lang", lang)
			code, out, errs := kep(t, args...)
			name := strings.Join(append([]string{"kepatuhan"}, path...), " ")
			if code != 0 || errs != "" {
				t.Fatalf("%s --help --lang %s: exit %d, stderr %q", name, lang, code, errs)
			}
			seen++
			if l := leaks(out, forbidden); len(l) > 0 {
				t.Errorf("%s --help --lang %s shows %q:\n%s", name, lang, l, out)
			}
			if !strings.Contains(out, exit) && (len(path) == 0 || path[len(path)-1] != "help") {
				t.Errorf("%s --help --lang %s has no %s", name, lang, exit)
			}
			for sub, desc := range subcommands(out) {
				if strings.TrimSpace(desc) == "" {
					t.Errorf("%s --lang %s: command %s has no description", name, lang, sub)
				}
				walk(append(append([]string{}, path...), sub))
			}
		}
		walk(nil)
		// kepatuhan, 6 commands, help, completion, 4 rubric commands.
		if seen < 12 {
			t.Errorf("--lang %s: only %d helps walked", lang, seen)
		}
	}
	// help COMMAND is COMMAND --help.
	_, a, _ := kep(t, "help", "score")
	_, b, _ := kep(t, "score", "--help")
	if a != b {
		t.Errorf("help score differs from score --help")
	}
}

// Mistakes on the command line are told in the chosen language, with a
// hint: the nearest command or flag for a misspelled one.
func TestUsageMistakesInOneLanguage(t *testing.T) {
	cases := []struct {
		args     []string
		id, en   string // the message
		idH, enH string // its hint
	}{
		{[]string{"scor", "a.xlsx"}, `perintah "scor" tidak dikenal`, `unknown command "scor"`,
			`maksud Anda "score"?`, `did you mean "score"?`},
		{[]string{"scor", "--rubric", "x"}, `perintah "scor" tidak dikenal`, `unknown command "scor"`,
			`maksud Anda "score"?`, `did you mean "score"?`},
		{[]string{"rubric", "lst"}, `kepatuhan rubric tidak mengenal perintah "lst"`, `kepatuhan rubric has no command "lst"`,
			`maksud Anda "list"?`, `did you mean "list"?`},
		{[]string{"help", "scor"}, `perintah "scor" tidak dikenal`, `unknown command "scor"`,
			`maksud Anda "score"?`, `did you mean "score"?`},
		{[]string{"score", "--rubirc", "x", "a.xlsx"}, "opsi --rubirc tidak dikenal", "unknown flag --rubirc",
			`maksud Anda "--rubric"?`, `did you mean "--rubric"?`},
		{[]string{"score", "-rubric", "x", "a.xlsx"}, "opsi -r tidak dikenal", "unknown flag -r",
			`maksud Anda "--rubric"?`, `did you mean "--rubric"?`},
		{[]string{"score", "--bogus", "a.xlsx"}, "opsi --bogus tidak dikenal", "unknown flag --bogus",
			"lihat kepatuhan score --help", "see kepatuhan score --help"},
		{[]string{"score"}, "kepatuhan score memerlukan paling sedikit 1 argumen (BERKAS|FOLDER...), tetapi diberi 0",
			"kepatuhan score needs at least 1 argument (FILE|FOLDER...), but was given 0",
			"lihat kepatuhan score --help", "see kepatuhan score --help"},
		{[]string{"diff", "a.xlsx"}, "kepatuhan diff memerlukan 2 argumen (LAMA BARU), tetapi diberi 1",
			"kepatuhan diff needs 2 arguments (OLD NEW), but was given 1", "lihat kepatuhan diff --help", "see kepatuhan diff --help"},
		{[]string{"rubric", "list", "x"}, `kepatuhan rubric list tidak menerima argumen, tetapi diberi "x"`,
			`kepatuhan rubric list takes no arguments, but was given "x"`, "lihat kepatuhan rubric list --help", "see kepatuhan rubric list --help"},
		{[]string{"score", "-j", "x", "a.xlsx"}, `nilai "x" tidak sah untuk -j, --jobs: harus bilangan bulat`,
			`"x" is not a valid value for -j, --jobs: it must be a whole number`, "lihat kepatuhan score --help", "see kepatuhan score --help"},
		{[]string{"score", "a.xlsx", "-o"}, "opsi -o, --output memerlukan nilai", "flag -o, --output needs a value",
			"lihat kepatuhan score --help", "see kepatuhan score --help"},
		{[]string{"completion", "tcsh"}, `shell "tcsh" tidak dikenal`, `unknown shell "tcsh"`,
			"nilai yang sah: bash, zsh, fish, powershell", "valid values: bash, zsh, fish, powershell"},
	}
	for _, c := range cases {
		for _, lang := range []string{"id", "en"} {
			want, hint, forbidden := c.id, c.idH, englishWords
			label := "kepatuhan: kesalahan: "
			hintLabel := "kepatuhan: petunjuk: "
			if lang == "en" {
				want, hint, forbidden = c.en, c.enH, indonesianWords
				label, hintLabel = "kepatuhan: error: ", "kepatuhan: hint: "
			}
			code, out, errs := kep(t, append([]string{"--lang", lang}, c.args...)...)
			if code != cli.ExitUsage || out != "" {
				t.Errorf("%q --lang %s: exit %d, stdout %q; want exit 2 and nothing on stdout", c.args, lang, code, out)
			}
			if wantErr := label + want + "\n" + hintLabel + hint + "\n"; errs != wantErr {
				t.Errorf("%q --lang %s:\n got %q\nwant %q", c.args, lang, errs, wantErr)
			}
			// The command names and flags in the messages are the user's
			// own words; only the wording around them is checked.
			rest := strings.NewReplacer(`"scor"`, "", `"lst"`, "", "--bogus", "", "tcsh", "").Replace(errs)
			if l := leaks(rest, forbidden); len(l) > 0 {
				t.Errorf("%q --lang %s shows %q: %s", c.args, lang, l, errs)
			}
		}
	}
}

// The version flag prints the version.
func TestVersionFlag(t *testing.T) {
	code, out, _ := kep(t, "--version")
	if code != 0 || !strings.HasPrefix(out, "kepatuhan ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}
