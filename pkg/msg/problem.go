package msg

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Severity tells whether a problem stops a file from being scored.
type Severity uint8

const (
	// Error: the input is invalid; nothing from it is scored.
	Error Severity = iota
	// Notice: worth telling the user, but scoring goes on.
	Notice
)

// Problem is one located thing wrong with an input. Packages build
// problems; only the command line renders them, in the user's language.
type Problem struct {
	Severity Severity
	Key      Key   // what is wrong
	Args     []any // arguments of Key's message
	Hint     Key   // optional: what to do about it
	HintArgs []any

	// Where: a workbook place (File › Sheet › Cell) or a text position
	// (File:Line:Col). Any part may be empty.
	File  string
	Sheet string
	Cell  string
	Line  int
	Col   int
}

// Where renders the problem's location: "file › sheet › cell" or
// "file:line:col".
func (p Problem) Where() string {
	if p.Line > 0 {
		s := fmt.Sprintf("%s:%d", p.File, p.Line)
		if p.Col > 0 {
			s += fmt.Sprintf(":%d", p.Col)
		}
		return s
	}
	parts := make([]string, 0, 3)
	for _, s := range []string{p.File, p.Sheet, p.Cell} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " › ")
}

// Text renders the problem's message (with its location) in lang. Text
// arguments are shortened (see MaxArg).
func (p Problem) Text(lang Lang) string {
	m := T(lang, p.Key, clipArgs(p.Args)...)
	if w := p.Where(); w != "" {
		return w + ": " + m
	}
	return m
}

// HintText renders the hint in lang, or "" when there is none.
func (p Problem) HintText(lang Lang) string {
	if p.Hint == "" {
		return ""
	}
	return T(lang, p.Hint, clipArgs(p.HintArgs)...)
}

// MaxArg is how many bytes of a text argument a problem's message shows:
// a cell may hold megabytes, and a message is one line. Longer texts are
// cut (on a character boundary) and end in "…".
const MaxArg = 200

// clipArgs returns args with every string longer than MaxArg cut.
func clipArgs(args []any) []any {
	var out []any
	for i, a := range args {
		s, ok := a.(string)
		if !ok || len(s) <= MaxArg {
			continue
		}
		if out == nil {
			out = append([]any(nil), args...)
		}
		cut := MaxArg
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		out[i] = s[:cut] + "…"
	}
	if out == nil {
		return args
	}
	return out
}

// Error makes a Problem usable as an error; it renders in Indonesian.
func (p Problem) Error() string { return p.Text(ID) }

// Problems is a list of problems collected from one or more inputs.
// It is an error when it holds at least one Error-severity problem.
type Problems []Problem

// Add appends p.
func (ps *Problems) Add(p Problem) { *ps = append(*ps, p) }

// HasErrors reports whether any problem is an error.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns only the error-severity problems.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == Error {
			out = append(out, p)
		}
	}
	return out
}

// Notices returns only the notices.
func (ps Problems) Notices() Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == Notice {
			out = append(out, p)
		}
	}
	return out
}

// Error implements error, rendering every problem in Indonesian.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Sort orders problems by file, then line and column (for text files
// such as rubrics). Problems without a line keep their order, which
// readers make the order of the rows they came from.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}
