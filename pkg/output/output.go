// Package output renders a results model for the terminal and for other
// programs — a table (with zone colours on a terminal), the results JSON,
// and CSV with one row per unit; each format is one file behind the
// Format interface — and holds what every command's output formats share:
// the Registry through which a command picks one (--format in any case,
// or -o's extension), and CSV cells made safe to open in a spreadsheet
// (csv.go).
package output

import (
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// Options tune rendering.
type Options struct {
	Lang  msg.Lang
	Color bool // ANSI zone colours (terminals only)
}

// Format renders results.
type Format interface {
	Write(w io.Writer, res *results.Results, o Options) error
}

// Formats are the output formats of score: table (the default), json and
// csv.
var Formats = Registry[Format]{
	{Name: "table", Format: Table{}},
	{Name: "json", Exts: []string{".json"}, Format: JSON{}},
	{Name: "csv", Exts: []string{".csv"}, Format: CSV{}},
}

// Spec is one output format of a kind of document: its name, the file
// extensions that choose it, and how it renders (F: the kind's interface,
// or a function).
type Spec[F any] struct {
	Name   string   // what --format takes, in any case; lower case
	Exts   []string // extensions (".json") that choose it for -o, in any case
	Binary bool     // written to a file only, never to a terminal
	Format F
}

// Registry is the output formats of one kind of document (results,
// diffs, the annual report). Every command picks its format through one.
type Registry[F any] []Spec[F]

// Lookup returns the format called name, ignoring case and surrounding
// spaces.
func (r Registry[F]) Lookup(name string) (Spec[F], bool) {
	name = strings.TrimSpace(name)
	for _, s := range r {
		if strings.EqualFold(s.Name, name) {
			return s, true
		}
	}
	return Spec[F]{}, false
}

// ForPath returns the format a file name's extension chooses, ignoring
// case.
func (r Registry[F]) ForPath(path string) (Spec[F], bool) {
	ext := filepath.Ext(path)
	for _, s := range r {
		if slices.ContainsFunc(s.Exts, func(e string) bool { return strings.EqualFold(e, ext) }) {
			return s, true
		}
	}
	return Spec[F]{}, false
}

// Names lists the formats' names, sorted.
func (r Registry[F]) Names() []string {
	out := make([]string, len(r))
	for i, s := range r {
		out[i] = s.Name
	}
	slices.Sort(out)
	return out
}
