package output

import (
	"io"

	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// JSON writes the versioned results JSON (kepatuhan/results/v2), the form
// report cards, the annual report and diffs read back.
type JSON struct{}

// Write implements Format.
func (JSON) Write(w io.Writer, res *results.Results, _ Options) error {
	return results.WriteJSON(w, res)
}
