// Package output renders a results model for the terminal and for other
// programs: a table (with zone colours on a terminal), the results JSON,
// and CSV with one row per unit. Each format is one file behind the
// Format interface.
package output

import (
	"io"
	"sort"

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

var formats = map[string]Format{
	"table": Table{},
	"json":  JSON{},
	"csv":   CSV{},
}

// ByName returns the format called name.
func ByName(name string) (Format, bool) {
	f, ok := formats[name]
	return f, ok
}

// Names lists the formats, sorted.
func Names() []string {
	out := make([]string, 0, len(formats))
	for n := range formats {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
