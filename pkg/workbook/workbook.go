// Package workbook reads the cells of .xlsx files, whatever tool wrote
// them. It has two engines behind one interface: a streaming reader of its
// own for the hot path (zip entries, shared strings and sheet XML read
// straight, no DOM), and excelize as the fallback for anything the fast
// path does not handle. Both yield raw cell values: numbers as stored
// ("0.755", never "75.50%"), strings as written, formula cells through
// their cached value.
//
// It also recognises files that are not .xlsx workbooks (legacy .xls,
// encrypted or password-protected files, CSV or HTML saved under an .xlsx
// name, OpenDocument, truncated or oversized zips) and says which, so the
// user gets a plain message about what to do.
//
// This package knows nothing about rubrics or layouts; package sheet does.
package workbook

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
)

// Kind is the type of a cell's value.
type Kind uint8

// Cell kinds.
const (
	Empty   Kind = iota // no value (never passed to callers; listed for completeness)
	String              // text: shared, inline, or a formula's string result
	Number              // a number, Value as stored in the file ("45518", "0.755")
	Bool                // Value "TRUE" or "FALSE"
	Error               // Value like "#N/A", "#DIV/0!"
	Date                // an ISO 8601 date cell (t="d"), Value as stored
	NoCache             // a formula without a cached value; Value is the formula
)

// Cell is one non-empty cell of a row.
type Cell struct {
	Col     int    // 1-based column (A = 1)
	Kind    Kind   //
	Value   string // raw value, see Kind
	Formula bool   // Value is a formula's cached result
	Hidden  bool   // the cell's row or column is hidden
}

// Range is a rectangle of cells, 1-based and inclusive.
type Range struct {
	FromCol, FromRow, ToCol, ToRow int
}

// Contains reports whether the cell at col, row lies in r.
func (r Range) Contains(col, row int) bool {
	return col >= r.FromCol && col <= r.ToCol && row >= r.FromRow && row <= r.ToRow
}

// Sheet describes one worksheet.
type Sheet struct {
	Name    string
	Visible bool // false for hidden and very hidden sheets
}

// Book is an open workbook.
type Book interface {
	// Sheets lists the worksheets in workbook order (chart sheets and
	// dialog sheets are left out).
	Sheets() []Sheet
	// Date1904 reports whether serial dates count from 1904 (old Mac
	// Excel) instead of 1899-12-30.
	Date1904() bool
	// Rows streams the rows of sheet in order. fn receives the 1-based row
	// number and the row's non-empty cells in column order; rows without
	// any non-empty cell are skipped. The slice is reused between calls:
	// copy what you keep. If fn returns Stop, Rows stops and returns nil;
	// any other error from fn stops Rows and is returned.
	Rows(sheet string, fn func(row int, cells []Cell) error) error
	// Merges returns the merged ranges of sheet, as the last complete
	// Rows over it found them (nil before).
	Merges(sheet string) []Range
	// Engine names the engine: "fast" or "excelize".
	Engine() string
	Close() error
}

// Stop, returned by a Rows callback, ends the iteration early without
// error.
var Stop = errors.New("workbook: stop")

// Problem says why a file cannot be read as a workbook.
type Problem uint8

// Problems recognised when opening a file.
const (
	NotFound     Problem = iota + 1 // no such file
	Unreadable                      // permission denied or other I/O error
	IsDir                           // a folder was given where a file was expected
	EmptyFile                       // zero bytes
	LegacyXLS                       // an Excel 97–2003 .xls (OLE2 compound file)
	Encrypted                       // a password-protected (encrypted) workbook
	CSV                             // plain text, comma/semicolon/tab separated
	HTML                            // an HTML page saved with a spreadsheet name
	OpenDocument                    // an .ods (OpenDocument) spreadsheet
	NotWorkbook                     // a zip without a workbook inside (e.g. .docx)
	Corrupt                         // a truncated or damaged zip or XML part
	TooLarge                        // over the size limits (e.g. a zip bomb)
	Unsupported                     // valid, but the fast engine cannot read it
)

// Found names what a file that is not a workbook (Problem NotWorkbook)
// holds instead, so that the message can say it plainly.
type Found uint8

// What a file may be instead of a workbook.
const (
	FoundUnknown    Found = iota // unrecognised binary content, not a zip
	FoundText                    // plain text (not CSV)
	FoundXML                     // an XML file
	FoundExcelXML                // an Excel 2003 XML spreadsheet
	FoundPDF                     // a PDF document
	FoundImage                   // a PNG, JPEG or GIF image
	FoundArchive                 // a RAR, 7-Zip or gzip archive
	FoundWord                    // a Word document (.doc, .docx)
	FoundPowerPoint              // a PowerPoint presentation (.ppt, .pptx)
	FoundXLSB                    // an Excel binary workbook (.xlsb)
	FoundZip                     // another zip archive (.odt, photos, …)
)

// Reason says what exactly is damaged (Problem Corrupt) or over a limit
// (Problem TooLarge), so that a message can say it in the user's
// language; the OpenError's other fields say where and what was found.
type Reason uint8

// Reasons. The fields of OpenError each uses are named.
const (
	ReasonOther         Reason = iota // only Detail says what
	ReasonZip                         // the zip archive's structure is broken (truncated, not a zip)
	ReasonPartMissing                 // Part is missing
	ReasonPartData                    // Part's compressed data cannot be inflated
	ReasonPartSize                    // Part inflates to N bytes, not the Limit the zip declares
	ReasonPartChecksum                // Part fails its checksum
	ReasonPartNames                   // Part and Other are named alike but for case (or separators)
	ReasonXML                         // Part (Sheet's) holds malformed or truncated XML, near Row if known
	ReasonSheetName                   // sheet N has no name, or two sheets are named Value
	ReasonSheetPart                   // Sheet has no part, or its Part is missing
	ReasonRowNumber                   // Sheet: a row number Value that is not valid, after Row
	ReasonCellRef                     // Sheet, Row: a cell reference Value that is not valid
	ReasonCellType                    // Sheet, Row, Col: a cell of unknown type Value
	ReasonColumn                      // Sheet, Row: a cell beyond the last column (XFD)
	ReasonBool                        // Sheet, Row, Col: a boolean cell holding Value
	ReasonSharedString                // Sheet, Row, Col: shared string number Value, of N
	ReasonDuplicateCell               // Sheet, Row, Col: the cell is written twice
	ReasonDuplicateRow                // Sheet, Row: the row is written twice
	ReasonLimitPart                   // TooLarge: Part would inflate to N bytes, over Limit
	ReasonLimitTotal                  // TooLarge: the parts would inflate to over Limit bytes
	ReasonLimitRatio                  // TooLarge: Part is compressed more than Limit:1
	ReasonLimitElement                // TooLarge: Part (Sheet's) holds an element over Limit bytes
	ReasonLimitStrings                // TooLarge: the shared strings would take over Limit bytes of memory
)

// OpenError is the error Open returns for a file it cannot read.
type OpenError struct {
	Path    string
	Problem Problem
	Found   Found  // for NotWorkbook: what the file is instead
	Detail  string // what went wrong underneath, in English, for the curious
	Err     error

	// For Corrupt and TooLarge: what and where, as far as known.
	Reason   Reason
	Part     string // the zip part, as named in the zip
	Other    string // ReasonPartNames: the other part
	Sheet    string // the worksheet, by name
	Row, Col int    // 1-based; 0 when not known
	Value    string // the text found (a reference, a type, an index)
	N, Limit int64  // sizes and counts, see Reason
}

func (e *OpenError) Error() string {
	if e.Detail != "" {
		return e.Path + ": " + e.Detail
	}
	return e.Path + ": cannot read workbook"
}

func (e *OpenError) Unwrap() error { return e.Err }

// Limits bound what a file may expand to, so that a zip bomb fails
// cleanly instead of exhausting memory or disk.
type Limits struct {
	// MaxTotal is the most bytes all entries together may inflate to.
	MaxTotal int64
	// MaxPart is the most bytes one XML part (a sheet, the shared
	// strings) may inflate to.
	MaxPart int64
	// MaxRatio is the largest compression ratio accepted for a part over
	// 1 MiB; real sheets compress about 10–30×, bombs 1000× and more.
	MaxRatio int64
}

// DefaultLimits are generous for real workbooks (a 2-million-row sheet is
// about 200 MB of XML) and refuse bombs.
var DefaultLimits = Limits{
	MaxTotal: 1 << 30, // 1 GiB
	MaxPart:  1 << 30,
	MaxRatio: 500,
}

// Digest returns the SHA-256 (hex) and size of the file book was opened
// from when the book holds it whole (a small file is read whole when
// opened): the digest of exactly the bytes read, without reading the file
// again. ok is false for a larger file, or after Close: hash the file.
func Digest(b Book) (sum string, size int64, ok bool) {
	var c *container
	switch b := b.(type) {
	case *fastBook:
		c = b.c
	case *excelizeBook:
		c = b.c
	}
	if c == nil || c.file == nil || c.buf == nil {
		return "", 0, false
	}
	h := sha256.Sum256((*c.buf)[:c.fileSize])
	return hex.EncodeToString(h[:]), c.fileSize, true
}
