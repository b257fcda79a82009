package sheet

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
)

// NotWorkbook returns the problem Read reports for a file that is not an
// .xlsx workbook — a legacy .xls, an OpenDocument or binary .xlsb
// spreadsheet, CSV or other text, … — with its hint, without reading any
// sheet. ok is false when the file opens as a workbook. A folder's
// skipped files are named with it, as they would be if given by name.
func NotWorkbook(path string) (p msg.Problem, ok bool) {
	book, err := workbook.Open(path, workbook.Options{})
	if err != nil {
		return openProblem(path, err), true
	}
	book.Close()
	return msg.Problem{}, false
}
