package results

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// unitFile is a results file of n units (the example district's), as
// WriteJSON writes it, and the index of each unit's line in its lines.
func unitFile(t *testing.T, n int) (lines [][]byte, at []int) {
	t.Helper()
	data := benchResults(t, n)
	lines = bytes.Split(data, []byte("\n"))
	for i, l := range lines {
		if bytes.HasPrefix(l, []byte(`{"code":`)) {
			at = append(at, i)
		}
	}
	if len(at) != n || len(data) < 4*blockBytes {
		t.Fatalf("%d units in %d bytes", len(at), len(data))
	}
	return lines, at
}

// rewritten is what ReadJSON reads from data, written again.
func rewritten(t *testing.T, what string, data []byte) []byte {
	t.Helper()
	r, err := ReadJSON(bytes.NewReader(data), "hasil.json")
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A file of many blocks reads as written, in order, and so do files laid
// out otherwise (read whole, or in blocks of another shape).
func TestReadUnitsInBlocks(t *testing.T) {
	lines, at := unitFile(t, 300)
	data := bytes.Join(lines, []byte("\n"))
	if got := rewritten(t, "as written", data); !bytes.Equal(got, data) {
		t.Fatal("a file read and written again differs")
	}
	var indented bytes.Buffer
	if err := json.Indent(&indented, data, "", "  "); err != nil {
		t.Fatal(err)
	}
	second := string(lines[at[1]])
	for _, v := range []struct{ what, text string }{
		{"indented", indented.String()},
		{"commas on their own lines", strings.ReplaceAll(string(data), "},\n{\"code\"", "}\n ,\n{\"code\"")},
		{"commas leading", strings.ReplaceAll(string(data), "},\n{\"code\"", "}\n,{\"code\"")},
		{"CRLF", strings.ReplaceAll(string(data), "\n", "\r\n")},
		{"two units on a line", strings.Replace(string(data), "},\n"+second, "}, "+second, 1)},
		{"blank lines", strings.ReplaceAll(string(data), "},\n", "},\n\n\t\n")},
		{"the end on its lines", strings.Replace(string(data), "\n]}", "\n]\n}\n\n", 1)},
	} {
		if v.text == string(data) {
			t.Fatalf("%s: not edited", v.what)
		}
		if got := rewritten(t, v.what, []byte(v.text)); !bytes.Equal(got, data) {
			t.Errorf("%s: read otherwise", v.what)
		}
	}
}

// What is wrong in a unit a worker decodes is said at its line, and of
// several the first in the file, every time.
func TestReadUnitsFirstError(t *testing.T) {
	lines, at := unitFile(t, 300)
	code := func(k int) string {
		var u struct{ Code string }
		if err := json.Unmarshal(bytes.TrimSuffix(lines[at[k]], []byte(",")), &u); err != nil {
			t.Fatal(err)
		}
		return u.Code
	}
	type edit struct {
		unit     int
		from, to string
		line     bool // a located error, at the unit's line
		next     bool // or at the next line's start
		key      msg.Key
		unitArg  string // the unit the error names
	}
	status := func(k int) edit {
		return edit{unit: k, from: `"status":"`, to: `"status":"x`, key: msg.ResultsUnitStatus, unitArg: code(k)}
	}
	syntax := func(k int) edit {
		return edit{unit: k, from: `"status":"`, to: `"status":`, line: true, key: msg.ResultsNotJSON}
	}
	noComma := func(k int) edit { // between unit k and the next
		return edit{unit: k, from: "},", to: "}", line: true, next: true, key: msg.ResultsNotJSON}
	}
	for _, c := range []struct {
		what  string
		edits []edit
		want  int // the edit reported
	}{
		{"a status in a late block", []edit{status(250)}, 0},
		{"two statuses", []edit{status(40), status(260)}, 0},
		{"a status, then malformed", []edit{status(120), syntax(160)}, 0},
		{"malformed, then a status", []edit{syntax(30), status(200)}, 0},
		{"malformed late", []edit{syntax(280)}, 0},
		{"no comma", []edit{noComma(150)}, 0},
		{"a trailing comma", []edit{{unit: 299, from: `}`, to: `},`, line: true, next: true, key: msg.ResultsNotJSON}}, 0},
	} {
		for range 5 {
			ls := make([][]byte, len(lines))
			copy(ls, lines)
			for _, e := range c.edits {
				l := string(ls[at[e.unit]])
				if e.from == "}" || e.from == "}," {
					i := strings.LastIndex(l, e.from)
					ls[at[e.unit]] = []byte(l[:i] + e.to + l[i+len(e.from):])
				} else {
					ls[at[e.unit]] = []byte(strings.Replace(l, e.from, e.to, 1))
				}
			}
			_, err := ReadJSON(bytes.NewReader(bytes.Join(ls, []byte("\n"))), "hasil.json")
			var ps msg.Problems
			if !errors.As(err, &ps) || len(ps) != 1 {
				t.Fatalf("%s: %v", c.what, err)
			}
			p, e := ps[0], c.edits[c.want]
			if p.Key != e.key || p.File != "hasil.json" {
				t.Fatalf("%s: %+v", c.what, p)
			}
			want := at[e.unit] + 1
			if e.next {
				want++
			}
			if e.line && p.Line != want {
				t.Fatalf("%s: at line %d, want %d", c.what, p.Line, want)
			}
			if e.unitArg != "" && (len(p.Args) == 0 || p.Args[0] != e.unitArg) {
				t.Fatalf("%s: %v, want unit %s", c.what, p.Args, e.unitArg)
			}
		}
	}
}
