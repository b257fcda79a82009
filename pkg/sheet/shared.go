package sheet

import (
	"path/filepath"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// What other readers of the contract (package submissions, for phone
// exports) share with this one: the header names, the shape of an
// indicator code, dates, and reading a workbook already open.

// Header fields, as HeaderField names them.
const (
	HeaderUnit       = "unit"
	HeaderName       = "name"
	HeaderType       = "type"
	HeaderRegion     = "region"
	HeaderPeriod     = "period"
	HeaderAssessor   = "assessor"
	HeaderDate       = "date"
	HeaderRubric     = "rubric"
	HeaderIndicator  = "indicator"
	HeaderAnswer     = "answer"
	HeaderNote       = "note"
	HeaderEvidence   = "evidence"
	HeaderRespondent = "respondent"
	HeaderCode       = "code" // "Kode" alone
)

var headerFields = map[field]string{
	fUnit: HeaderUnit, fName: HeaderName, fType: HeaderType, fRegion: HeaderRegion,
	fPeriod: HeaderPeriod, fAssessor: HeaderAssessor, fDate: HeaderDate, fRubric: HeaderRubric,
	fIndicator: HeaderIndicator, fAnswer: HeaderAnswer, fNote: HeaderNote, fEvidence: HeaderEvidence,
	fRespondent: HeaderRespondent, fCode: HeaderCode,
}

// HeaderField says which field of the contract a header names (its
// accepted labels in either language, case, spaces, colons and
// underscores ignored: "kode_unit" is "Kode Unit"), or "".
func HeaderField(s string) string { return headerFields[lookupLabel(s)] }

// LooksLikeCode reports whether a header has the shape of an indicator
// code, so that an unknown one is reported rather than dropped.
func LooksLikeCode(s string) bool { return looksLikeCode(s) }

// ParseDate reads a date as the contract accepts it (a date serial, ISO,
// day-first, or "12 Agustus 2024") and returns it as yyyy-mm-dd.
func ParseDate(s string, date1904 bool) (string, bool) { return parseDate(s, date1904) }

// ReadBook is Read for a workbook the caller has already opened (and
// closes afterwards): book must be path, opened with workbook.Open.
func ReadBook(path string, book workbook.Book, r *rubric.Rubric) *File {
	f := &File{Input: results.Input{Path: path, Name: filepath.Base(path)}}
	hashed := startHash(book, path)
	readSheets(f, book, r, path)
	if err := hashed(&f.Input); err != nil {
		f = &File{Input: results.Input{Path: path, Name: filepath.Base(path)}}
		f.Problems.Add(openProblem(path, err))
	}
	return f
}

// OpenProblem words a failure to open or read a workbook as Read does.
func OpenProblem(path string, err error) msg.Problem { return openProblem(path, err) }
