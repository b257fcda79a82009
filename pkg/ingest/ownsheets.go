package ingest

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
)

// The names package form gives its instructions sheet and its hidden
// stamp (FormInstructions, FormStamp; package form's tests
// read workbooks through this package, so it cannot import form; a test
// checks they agree).
const (
	FormInstructions = "Petunjuk"
	FormStamp        = sheet.StampSheet
)

// withoutOwnSheets drops the note that a sheet without a layout was
// skipped when it is the instructions sheet of a form kepatuhan wrote
// (the workbook has the form's hidden stamp sheet): every run on the
// tool's own forms said "lembar Petunjuk dilewati", which told nothing.
// Another workbook's Petunjuk is still noted.
func withoutOwnSheets(f *sheet.File) msg.Problems {
	stamped := false
	for _, s := range f.Sheets {
		stamped = stamped || (s.Hidden && s.Name == FormStamp)
	}
	if !stamped {
		return f.Problems
	}
	out := make(msg.Problems, 0, len(f.Problems))
	for _, p := range f.Problems {
		if p.Key == msg.SheetSkipped && p.Severity == msg.Notice && p.Sheet == FormInstructions {
			continue
		}
		out = append(out, p)
	}
	return out
}
