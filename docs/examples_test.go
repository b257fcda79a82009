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
	"github.com/xuri/excelize/v2"
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

// block is a fenced code block of a document.
type block struct {
	lang  string // after the fence: sh, json, yaml, or ""
	line  int    // of the opening fence
	lines []string
	// status is what the line just above the fence states,
	// "<!-- status: 0 4 -->": the exit status of each command line of the
	// block in turn (one number: of every line); nil without such a line.
	status []int
}

var statusRe = regexp.MustCompile(`^<!-- status:((?: \d)+) -->$`)

func readmeBlocks(t *testing.T) (text string, blocks []block) {
	return docBlocks(t, "README.md")
}

// docBlocks reads the fenced code blocks of the document at name, a path
// from the repository's top folder.
func docBlocks(t *testing.T, name string) (text string, blocks []block) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	var cur *block
	prev := ""
	for i, l := range strings.Split(string(data), "\n") {
		switch {
		case cur == nil && strings.HasPrefix(l, "```"):
			cur = &block{lang: strings.TrimSpace(strings.TrimPrefix(l, "```")), line: i + 1}
			if m := statusRe.FindStringSubmatch(prev); m != nil {
				for _, f := range strings.Fields(m[1]) {
					n, _ := strconv.Atoi(f)
					cur.status = append(cur.status, n)
				}
			}
		case cur != nil && strings.HasPrefix(l, "```"):
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.lines = append(cur.lines, l)
		}
		prev = strings.TrimSpace(l)
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

// shell runs the few shell commands the documents use to make folders:
// mkdir [-p] DIR..., cp FILE... DEST, and Command Prompt's copy FILE DEST
// (with Windows' backslashes) for the user guide.
func shell(args []string) error {
	switch args[0] {
	case "copy":
		if len(args) != 3 {
			return fmt.Errorf("copy needs one source and a destination")
		}
		win := func(p string) string { return filepath.FromSlash(strings.ReplaceAll(p, `\`, "/")) }
		return shell([]string{"cp", win(args[1]), win(args[2])})
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
	return fmt.Errorf("the examples test does not run %q: run it here, or leave it out of the document's examples", args[0])
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

	if ran := runExamples(t, "README.md", blocks, false); ran < 15 {
		t.Errorf("only %d kepatuhan commands found in the README", ran)
	}
	checkJSONExample(t, blocks)
	checkCardFormula(t, text)
}

// The user guide's examples (docs/panduan.md) run as the README's do, in
// the folder where an assessor unpacked the release archive: the example
// district's files in contoh/. Its command lines carry no "# exit N"
// comment — Command Prompt would pass the words to the program — but the
// line above each block states the statuses, "<!-- status: 0 4 -->", one
// per command line (or one for all), hidden from the reader. The
// troubleshooting section's penilaian-salah.xlsx is the example's 2024
// workbook with "Mungkin" pasted in DINSOS › E18, as the guide says.
func TestPanduanExamples(t *testing.T) {
	_, blocks := docBlocks(t, "docs/panduan.md")
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	copyTree(t, filepath.Join(root, "testdata", "example"), filepath.Join(work, "contoh"))
	t.Chdir(work)
	t.Setenv("KEPATUHAN_LANG", "")
	t.Setenv("SOURCE_DATE_EPOCH", "")
	wrongAnswer(t, "contoh/penilaian-2024.xlsx", "DINSOS", "E18", "Mungkin", "penilaian-salah.xlsx")

	if ran := runExamples(t, "docs/panduan.md", blocks, true); ran < 20 {
		t.Errorf("only %d kepatuhan commands found in the user guide", ran)
	}
}

// wrongAnswer writes a copy of the workbook from with the cell at sheet
// and cell holding text, as a paste would leave it.
func wrongAnswer(t *testing.T, from, sheet, cell, text, to string) {
	t.Helper()
	f, err := excelize.OpenFile(from)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.SetCellStr(sheet, cell, text); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(to); err != nil {
		t.Fatal(err)
	}
}

// runExamples runs the command lines of the document's ```sh blocks in
// order, and checks the blocks that start with "$ kepatuhan …" against
// the command's output; it returns how many kepatuhan commands ran. In a
// guide (for Command Prompt) the statuses come from the line above the
// block, and a "#" comment is refused; otherwise from "# exit N".
func runExamples(t *testing.T, doc string, blocks []block, guide bool) (ran int) {
	t.Helper()
	for _, b := range blocks {
		switch {
		case b.lang == "sh":
			var lines []int // the block's command lines
			for i, l := range b.lines {
				if ws, _ := words(l); len(ws) > 0 {
					lines = append(lines, i)
				}
			}
			if guide && len(lines) > 0 && len(b.status) != 1 && len(b.status) != len(lines) {
				t.Errorf("%s:%d: the block has %d command lines; the line above it states %d statuses (<!-- status: … -->, one per line or one for all)", doc, b.line, len(lines), len(b.status))
				continue
			}
			for n, i := range lines {
				l := b.lines[i]
				ws, comment := words(l)
				where := fmt.Sprintf("%s:%d", doc, b.line+1+i)
				want := 0
				switch {
				case guide && strings.Contains(l, "#"):
					t.Errorf("%s: a # in a guide's command: Command Prompt passes it to the program; state the status above the block", where)
					continue
				case guide:
					want = b.status[min(n, len(b.status)-1)]
				default:
					if m := exitRe.FindStringSubmatch(comment); m != nil {
						want, _ = strconv.Atoi(m[1])
					}
				}
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
							t.Errorf("%s: %s: exit %d, the document says %d\n%s", where, strings.Join(c, " "), code, wantHere, errs)
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
					t.Errorf("%s:%d: %q is not what %s prints (in that order):\n%s", doc, b.line+2+i, l, b.lines[0], out+errs)
					break
				}
			}
		}
	}
	return ran
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
