package sheet

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/workbook"
)

// Error values written as text are recognised however they are spaced or
// cased; other texts, those with a '#' or ':' too, are not.
func TestIsErrorText(t *testing.T) {
	for v, want := range map[string]bool{
		"#N/A": true, " #n/a ": true, "#DIV/0!": true, "\u00a0#REF!": true, "Err:502": true, "err:522 ": true,
		"#GETTING_DATA": true, "Dinas A": false, "#1": false, "Err:50": false, "Err:5021": false,
		"Catatan: ada": false, "N/A": false, "2024-01-02T10:00:00": false, "": false,
	} {
		if got := isErrorText(workbook.Cell{Kind: workbook.String, Value: v}); got != want {
			t.Errorf("%q: %v, want %v", v, got, want)
		}
	}
	if isErrorText(workbook.Cell{Kind: workbook.Number, Value: "#N/A"}) {
		t.Error("a number cell taken for an error text")
	}
}
