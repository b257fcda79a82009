package docs_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/cli"
)

// The README's examples are promises to a new user on a fresh clone: every
// command of its ```sh blocks runs as written, in README order (earlier
// commands make the files later ones use), in a copy of the repository's
// test data, through cli.Main as the binary runs it, and ends with the
// exit status its comment states ("# … exit 4 …"; 0 when it states none).
// A block that starts with "$ kepatuhan …" shows that command's output:
// its lines (spaces squashed; "…" for lines left out) appear in order in
// what the command prints. The JSON example is an excerpt of the example
// district's results, and the card formula the README quotes is the one
// on the card of the unit it names.

// block is a fenced code block of the README.
type block struct {
	lang  string // after the fence: sh, json, yaml, or ""
	line  int    // of the opening fence
	lines []string
}

func readmeBlocks(t *testing.T) (text string, blocks []block) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var cur *block
	for i, l := range strings.Split(string(data), "\n") {
		switch {
		case cur == nil && strings.HasPrefix(l, "```"):
			cur = &block{lang: strings.TrimSpace(strings.TrimPrefix(l, "```")), line: i + 1}
		case cur != nil && strings.HasPrefix(l, "```"):
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.lines = append(cur.lines, l)
		}
	}
	return string(data), blocks
}

// words splits a shell command line: words separated by blanks, '…' and
// "…" quoting, a # after a blank starting a comment (returned apart).
func words(line string) (ws []string, comment string) {
	var cur strings.Builder
	in, quote, had := false, rune(0), false
	flush := func() {
		if had {
			ws = append(ws, cur.String())
		}
		cur.Reset()
		had = false
	}
	for i, r := range line {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '"' || r == '\'':
			quote, had = r, true
		case r == '#' && !in:
			return ws, strings.TrimSpace(line[i+1:])
		case r == ' ' || r == '\t':
			flush()
			in = false
			continue
		default:
			cur.WriteRune(r)
			had = true
		}
		in = true
	}
	flush()
	return ws, ""
}

var exitRe = regexp.MustCompile(`\bexit (\d)\b`)

// external are the commands of the README that are not kepatuhan's and
// are not run here: building, testing, viewing outputs, the benchmark.
var external = map[string]bool{"go": true, "pdftoppm": true, "libreoffice": true, "sudo": true, "pkg/bench/run.sh": true}

// kepatuhan runs a command line of kepatuhan as the binary does.
func kepatuhan(args []string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = cli.Main(args, cli.IO{In: strings.NewReader(""), Out: &out, Err: &errb})
	return code, out.String(), errb.String()
}

// copyTree copies the folder src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		return copyFile(p, to)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// shell runs the few shell commands the README uses to make folders:
// mkdir [-p] DIR..., cp FILE... DEST.
func shell(args []string) error {
	switch args[0] {
	case "mkdir":
		for _, d := range args[1:] {
			if d == "-p" {
				continue
			}
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
		}
		return nil
	case "cp":
		if len(args) < 3 {
			return fmt.Errorf("cp needs a source and a destination")
		}
		dst := args[len(args)-1]
		for _, src := range args[1 : len(args)-1] {
			to := dst
			if fi, err := os.Stat(dst); err == nil && fi.IsDir() {
				to = filepath.Join(dst, filepath.Base(src))
			}
			if err := copyFile(src, to); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("the README test does not run %q: run it here, or leave it out of the README's examples", args[0])
}

// squash makes spaces of any length one, and trims the line.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestReadmeExamples(t *testing.T) {
	text, blocks := readmeBlocks(t)
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	for _, d := range []string{"example", "rubrics", "samples"} {
		copyTree(t, filepath.Join(root, "testdata", d), filepath.Join(work, "testdata", d))
	}
	t.Chdir(work)
	t.Setenv("KEPATUHAN_LANG", "")
	t.Setenv("SOURCE_DATE_EPOCH", "")

	ran := 0
	for _, b := range blocks {
		switch {
		case b.lang == "sh":
			for i, l := range b.lines {
				ws, comment := words(l)
				if len(ws) == 0 {
					continue
				}
				want := 0
				if m := exitRe.FindStringSubmatch(comment); m != nil {
					want, _ = strconv.Atoi(m[1])
				}
				where := fmt.Sprintf("README.md:%d", b.line+1+i)
				// Commands joined by &&: each in turn; the status is the last's.
				var cmds [][]string
				start := 0
				for j, w := range ws {
					if w == "&&" {
						cmds = append(cmds, ws[start:j])
						start = j + 1
					}
				}
				cmds = append(cmds, ws[start:])
				for k, c := range cmds {
					last := k == len(cmds)-1
					switch {
					case c[0] == "kepatuhan" || c[0] == "./kepatuhan":
						code, _, errs := kepatuhan(c[1:])
						ran++
						if wantHere := map[bool]int{true: want, false: 0}[last]; code != wantHere {
							t.Errorf("%s: %s: exit %d, the README says %d\n%s", where, strings.Join(c, " "), code, wantHere, errs)
						}
					case external[c[0]]:
					default:
						if err := shell(c); err != nil {
							t.Errorf("%s: %v", where, err)
						}
					}
				}
			}
		case len(b.lines) > 0 && strings.HasPrefix(b.lines[0], "$ kepatuhan "):
			ws, _ := words(strings.TrimPrefix(b.lines[0], "$ "))
			_, out, errs := kepatuhan(ws[1:])
			ran++
			got := strings.Split(out+errs, "\n")
			at := 0
			for i, l := range b.lines[1:] {
				l = squash(l)
				if l == "…" {
					continue
				}
				found := false
				for at < len(got) {
					at++
					if squash(got[at-1]) == l {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("README.md:%d: %q is not what %s prints (in that order):\n%s", b.line+2+i, l, b.lines[0], out+errs)
					break
				}
			}
		}
	}
	if ran < 15 {
		t.Errorf("only %d kepatuhan commands found in the README", ran)
	}
	checkJSONExample(t, blocks)
	checkCardFormula(t, text)
}

// checkJSONExample: the README's JSON is an excerpt of the example
// district's 2024 results.
func checkJSONExample(t *testing.T, blocks []block) {
	var example any
	found := false
	for _, b := range blocks {
		if b.lang == "json" {
			if err := json.Unmarshal([]byte(strings.Join(b.lines, "\n")), &example); err != nil {
				t.Fatalf("README.md:%d: the JSON example is not JSON: %v", b.line, err)
			}
			found = true
			break
		}
	}
	if !found {
		t.Fatal("the README has no JSON example")
	}
	code, out, errs := kepatuhan([]string{"score", "testdata/example/penilaian-2024.xlsx", "--format", "json"})
	if code != 4 {
		t.Fatalf("score --format json: exit %d\n%s", code, errs)
	}
	var actual any
	if err := json.Unmarshal([]byte(out), &actual); err != nil {
		t.Fatal(err)
	}
	if path, ok := excerpt(example, actual, "$"); !ok {
		t.Errorf("the README's JSON example is not what score writes for the example district: %s differs", path)
	}
}

// excerpt reports whether ex is an excerpt of v: a string starting with
// "…" stands for anything; a number is v rounded to its decimals; an
// object's keys are some of v's, each an excerpt; each element of an
// array is an excerpt of some element of v's.
func excerpt(ex, v any, path string) (string, bool) {
	switch e := ex.(type) {
	case string:
		if strings.HasPrefix(e, "…") {
			return "", true
		}
		if s, ok := v.(string); ok && s == e {
			return "", true
		}
	case float64:
		n, ok := v.(float64)
		if !ok {
			return path, false
		}
		dec := 0
		if s := strconv.FormatFloat(e, 'f', -1, 64); strings.Contains(s, ".") {
			dec = len(s) - strings.Index(s, ".") - 1
		}
		p := math.Pow10(dec)
		if math.Round(n*p)/p == e {
			return "", true
		}
	case bool, nil:
		if ex == v {
			return "", true
		}
	case map[string]any:
		m, ok := v.(map[string]any)
		if !ok {
			return path, false
		}
		for k, ev := range e {
			av, ok := m[k]
			if !ok {
				return path + "." + k, false
			}
			if p, ok := excerpt(ev, av, path+"."+k); !ok {
				return p, false
			}
		}
		return "", true
	case []any:
		a, ok := v.([]any)
		if !ok {
			return path, false
		}
		for i, ev := range e {
			match := false
			for _, av := range a {
				if _, ok := excerpt(ev, av, ""); ok {
					match = true
					break
				}
			}
			if !match {
				// Say what differs from the element of the same code.
				at := fmt.Sprintf("%s[%d]", path, i)
				if em, ok := ev.(map[string]any); ok && em["code"] != nil {
					at = fmt.Sprintf("%s[code=%v]", path, em["code"])
					for _, av := range a {
						if am, ok := av.(map[string]any); ok && am["code"] == em["code"] {
							if p, ok := excerpt(ev, av, at); !ok {
								return p, false
							}
						}
					}
				}
				return at, false
			}
		}
		return "", true
	}
	return path, false
}

var formulaRe = regexp.MustCompile(`(\d+,\d\d(?: \+ (?:\d+,\d\d|…))+(?: [+−] \d+,\d\d)? = \d+,\d\d)`)

// checkCardFormula: the formula the README quotes is the one on the card
// of the unit it names (the sentence holding it names the unit).
func checkCardFormula(t *testing.T, text string) {
	i := strings.Index(text, "summing visibly to the")
	if i < 0 {
		t.Fatal("the README no longer says how the card's formula sums to the score")
	}
	sentence := text[i:min(len(text), i+300)]
	m := formulaRe.FindStringSubmatch(sentence)
	unit := regexp.MustCompile(`for ([A-Z][A-Z0-9-]+)`).FindStringSubmatch(sentence)
	if m == nil || unit == nil {
		t.Fatalf("the README's card formula, or the unit it is for, not found in %q", sentence)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: the card's formula is not read")
	}
	dir := t.TempDir()
	if code, _, errs := kepatuhan([]string{"score", "testdata/example/penilaian-2024.xlsx", "--pdf", dir}); code != 4 {
		t.Fatalf("cards: exit %d\n%s", code, errs)
	}
	pdf, err := exec.Command("pdftotext", "-enc", "UTF-8", filepath.Join(dir, unit[1]+".pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	card := formulaRe.FindString(squash(string(pdf)))
	ex := m[1]
	head, total, _ := strings.Cut(ex, " = ")
	head, residual, _ := strings.Cut(head, " + … ") // the rounding difference, after the parts
	head = strings.TrimSuffix(head, " + …")
	tail := " = " + total
	if residual != "" {
		tail = " " + residual + tail
	}
	if card == "" || !strings.HasPrefix(card, head+" + ") || !strings.HasSuffix(card, tail) {
		t.Errorf("the README quotes %q for %s's card; the card shows %q", ex, unit[1], card)
	}
}
