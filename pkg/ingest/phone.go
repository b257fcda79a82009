package ingest

import (
	"os"

	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/pkg/submissions"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Phone exports — KoboToolbox xlsx and CSV exports, ODK Central's
// submissions.csv.zip and its main CSV — are read by package submissions
// into the same fragments as observation workbooks; everything after
// (merging, scoring) is the same.

// readFile reads one input that is not results: a phone export, or an
// observation workbook (anything else gets package sheet's plain word on
// what it is instead).
func readFile(path string, r *rubric.Rubric, o Options, units []xlsform.Unit) *sheet.File {
	so := submissions.Options{Latest: o.Latest, IncludeRejected: o.IncludeRejected, ForceRubric: o.ForceRubric,
		Units: units, UnitsFile: o.UnitsFile}
	switch kind := submissions.Sniff(path); kind {
	case submissions.KoboCSV, submissions.ODKCSV, submissions.ODKZip:
		return submissions.Read(path, kind, r, so).File
	case submissions.Workbook:
		book, err := workbook.Open(path, workbook.Options{Engine: o.Engine})
		if err != nil {
			break // sheet.Read words it
		}
		defer book.Close()
		if submissions.IsKobo(book) {
			return submissions.ReadBook(path, book, r, so).File
		}
		return sheet.ReadBook(path, book, r)
	}
	return sheet.Read(path, r, sheet.Options{Engine: o.Engine})
}

// peekFile returns the rubric an input names: a kepatuhan phone form's
// export by its rubric stamp, a workbook by its header block.
func peekFile(path string, o Options) (string, error) {
	switch kind := submissions.Sniff(path); kind {
	case submissions.KoboCSV, submissions.ODKCSV, submissions.ODKZip:
		ref, _ := submissions.Peek(path, kind)
		return ref, nil
	case submissions.Workbook:
		// Opened once for both questions: a national round's 500
		// workbooks were opened twice to be peeked, then again to be read.
		if book, err := workbook.Open(path, workbook.Options{Engine: o.Engine}); err == nil {
			defer book.Close()
			if submissions.IsKobo(book) {
				ref, _ := submissions.PeekBook(book)
				return ref, nil
			}
			ref, _, err := sheet.PeekBook(book)
			return ref, err
		}
	}
	ref, _, err := sheet.Peek(path, sheet.Options{Engine: o.Engine})
	return ref, err
}

// IsExport reports whether a file found in a folder (not named on the
// command line) is a phone export: a .csv or .zip is read only then (a
// named pipe is not even opened).
func IsExport(path string) bool {
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	switch submissions.Sniff(path) {
	case submissions.KoboCSV, submissions.ODKCSV, submissions.ODKZip:
		return true
	}
	return false
}

// loadUnits reads the unit list of --units, against the run's rubric.
func loadUnits(o Options, r *rubric.Rubric, out *Outcome) ([]xlsform.Unit, bool) {
	if o.UnitList == nil {
		return nil, true
	}
	units, err := o.UnitList(r)
	if err != nil {
		out.Problems = append(out.Problems, resultsProblems(o.UnitsFile, err)...)
		return nil, false
	}
	return units, true
}
