// Package sheet reads filled observation workbooks — whatever tool made
// them — against a rubric, following the observation-workbook contract:
// each visible sheet is a form (one unit per sheet), long (one row per
// answer) or wide (one row per unit, or per respondent for survey items)
// layout, recognised by its header names in Indonesian or English.
//
// It returns unscored units ("fragments", one per unit per sheet) and
// every problem found in the file, each naming file › sheet › cell, the
// value found, what was expected, and a hint. Merging fragments across
// sheets and files, and scoring, is package ingest's job.
package sheet

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/oserr"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Options tune reading.
type Options struct {
	// Engine selects the cell reader: "" or "auto" (fast, falling back to
	// excelize), "fast", or "excelize".
	Engine string
}

// Layout of a sheet.
type Layout string

// Layouts.
const (
	Form Layout = "form"
	Long Layout = "long"
	Wide Layout = "wide"
)

// File is what one workbook held.
type File struct {
	Input     results.Input
	Fragments []*Fragment
	Sheets    []SheetInfo

	// The rubric the workbook names in a header block, if any.
	Rubric        string
	RubricVersion string
	RubricAt      results.Place
	// RubricHash is the hash of the rubric a form kepatuhan wrote was
	// made from, as its hidden stamp sheet (StampSheet) records it; "" for
	// any other workbook.
	RubricHash string

	Problems msg.Problems
}

// SheetInfo says how a sheet was read.
type SheetInfo struct {
	Name   string
	Hidden bool
	Layout Layout // "" when skipped
}

// Fragment is one unit as found in one sheet.
type Fragment struct {
	Unit  results.Unit // unscored: answers have Status Answered, NA or Missing
	Where results.Place
	// Survey: the fragment holds survey responses (respondent rows), not
	// observations.
	Survey bool
}

// Read reads the workbook at path against r. It never returns a nil File;
// problems (errors and notices) are in File.Problems.
func Read(path string, r *rubric.Rubric, o Options) *File {
	f := &File{Input: results.Input{Path: path, Name: filepath.Base(path)}}
	book, err := workbook.Open(path, workbook.Options{Engine: o.Engine})
	if err != nil {
		f.Problems.Add(openProblem(path, err))
		return f
	}
	defer book.Close()
	hashed := startHash(book, path)
	readSheets(f, book, r, path)
	if err := hashed(&f.Input); err != nil {
		// As when the file is hashed first: nothing read from it counts.
		f = &File{Input: results.Input{Path: path, Name: filepath.Base(path)}}
		f.Problems.Add(openProblem(path, err))
	}
	return f
}

// readSheets reads every visible sheet of book into f.
func readSheets(f *File, book workbook.Book, r *rubric.Rubric, path string) {
	found := false
	for _, s := range book.Sheets() {
		info := SheetInfo{Name: s.Name, Hidden: !s.Visible}
		if !s.Visible && s.Name == StampSheet {
			f.RubricHash = stampHash(book, s.Name)
		}
		if s.Visible {
			before := len(f.Fragments)
			sr := newSheetReader(f, r, book, s.Name)
			err := book.Rows(s.Name, sr.row)
			if err != nil {
				f.Problems.Add(openProblem(path, err))
				f.Sheets = append(f.Sheets, info)
				return
			}
			sr.finish(book.Merges(s.Name))
			info.Layout = sr.layout
			if len(f.Fragments) > before {
				found = true
			}
		}
		f.Sheets = append(f.Sheets, info)
	}
	if !found && !f.Problems.HasErrors() {
		f.Problems.Add(msg.Problem{Key: msg.SheetNoObservations, File: path, Hint: msg.HintLayouts})
	}
}

// asyncHashMin: files at least this large are hashed on another goroutine
// while their sheets are read.
const asyncHashMin = 1 << 20

// startHash starts hashing the file at path, open as book, and returns
// the function that waits for the result and records it in in. A small
// file the book holds whole is hashed from memory (workbook.Digest).
func startHash(book workbook.Book, path string) (wait func(in *results.Input) error) {
	if sum, n, ok := workbook.Digest(book); ok {
		return func(in *results.Input) error { return setHash(in, sum, n, nil) }
	}
	if st, err := os.Stat(path); err != nil || st.Size() < asyncHashMin {
		sum, n, err := hashFile(path)
		return func(in *results.Input) error { return setHash(in, sum, n, err) }
	}
	type result struct {
		sum string
		n   int64
		err error
	}
	ch := make(chan result, 1)
	go func() {
		sum, n, err := hashFile(path)
		ch <- result{sum, n, err}
	}()
	return func(in *results.Input) error {
		r := <-ch
		return setHash(in, r.sum, r.n, r.err)
	}
}

func setHash(in *results.Input, sum string, n int64, err error) error {
	if err != nil {
		return err
	}
	in.SHA256, in.Size = sum, n
	return nil
}

// hashFile returns the SHA-256 of the file at path, in hex, and its size.
func hashFile(path string) (string, int64, error) {
	fh, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer fh.Close()
	h := sha256.New()
	n, err := io.Copy(h, fh)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// openProblem turns a failure to open or read a workbook into a message
// that says what to do.
func openProblem(path string, err error) msg.Problem {
	p := msg.Problem{File: path, Key: msg.FileCorrupt, Args: []any{err.Error()}, Hint: msg.HintFileCorrupt}
	var oe *workbook.OpenError
	if !errors.As(err, &oe) {
		switch {
		case errors.Is(err, os.ErrNotExist):
			p.Key, p.Args, p.Hint = msg.FileNotFound, nil, ""
		case errors.Is(err, os.ErrPermission):
			p.Key, p.Args, p.Hint = msg.FileUnreadable, []any{err.Error()}, msg.HintFileUnreadable
		}
		return p
	}
	detail := oe.Detail
	if (oe.Problem == workbook.Corrupt || oe.Problem == workbook.TooLarge) && damageProblem(&p, oe) {
		return p
	}
	switch oe.Problem {
	case workbook.NotFound:
		p.Key, p.Args, p.Hint = msg.FileNotFound, nil, ""
	case workbook.Unreadable:
		p.Key, p.Args, p.Hint = msg.FileUnreadable, []any{detail}, msg.HintFileUnreadable
		if oe.Err != nil {
			r := oserr.Of(oe.Err)
			p.Args, p.Hint = []any{r}, r.ReadHint()
		}
	case workbook.IsDir:
		p.Key, p.Args, p.Hint = msg.FileIsDir, nil, ""
	case workbook.EmptyFile:
		p.Key, p.Args, p.Hint = msg.FileEmpty, nil, msg.HintFileEmpty
	case workbook.LegacyXLS:
		p.Key, p.Args, p.Hint = msg.FileLegacyXLS, nil, msg.HintSaveAsXLSX
	case workbook.Encrypted:
		p.Key, p.Args, p.Hint = msg.FileEncrypted, nil, msg.HintFileEncrypted
	case workbook.CSV:
		p.Key, p.Args, p.Hint = msg.FileCSV, nil, msg.HintSaveAsXLSX
	case workbook.HTML:
		p.Key, p.Args, p.Hint = msg.FileHTML, nil, msg.HintSaveAsXLSX
	case workbook.OpenDocument:
		p.Key, p.Args, p.Hint = msg.FileODS, nil, msg.HintSaveAsXLSX
	case workbook.NotWorkbook:
		p.Key, p.Args, p.Hint = notWorkbookKey(oe.Found)
	case workbook.TooLarge:
		p.Key, p.Args, p.Hint = msg.FileTooLarge, []any{detail}, msg.HintFileTooLarge
	default:
		p.Args = []any{detail}
	}
	return p
}

// notWorkbookKey words what a file is instead of a workbook, and what to
// do about it.
func notWorkbookKey(found workbook.Found) (msg.Key, []any, msg.Key) {
	switch found {
	case workbook.FoundUnknown:
		return msg.FileNotZip, nil, msg.HintAskOriginal
	case workbook.FoundText:
		return msg.FileText, nil, msg.HintSaveAsXLSX
	case workbook.FoundXML:
		return msg.FileXML, nil, msg.HintSaveAsXLSX
	case workbook.FoundExcelXML:
		return msg.FileExcelXML, nil, msg.HintSaveAsXLSX
	case workbook.FoundPDF:
		return msg.FilePDF, nil, msg.HintAskOriginal
	case workbook.FoundImage:
		return msg.FileImage, nil, msg.HintAskOriginal
	case workbook.FoundArchive:
		return msg.FileArchive, nil, msg.HintExtract
	case workbook.FoundWord:
		return msg.FileWord, nil, msg.HintAskOriginal
	case workbook.FoundPowerPoint:
		return msg.FilePowerPoint, nil, msg.HintAskOriginal
	case workbook.FoundXLSB:
		return msg.FileXLSB, nil, msg.HintSaveAsXLSX
	}
	return msg.FileNotWorkbook, nil, msg.HintSaveAsXLSX
}

// Peek returns the rubric a workbook names in a sheet's header block
// (the "Rubrik" label), looking only at the first rows of each visible
// sheet. It is cheap; Read reports the same and more.
func Peek(path string, o Options) (ref, version string, err error) {
	book, err := workbook.Open(path, workbook.Options{Engine: o.Engine})
	if err != nil {
		return "", "", err
	}
	defer book.Close()
	return PeekBook(book)
}

// PeekBook is Peek on a workbook already open (the caller closes it).
func PeekBook(book workbook.Book) (ref, version string, err error) {
	for _, s := range book.Sheets() {
		if !s.Visible {
			continue
		}
		err := book.Rows(s.Name, func(row int, cells []workbook.Cell) error {
			if row > 60 {
				return workbook.Stop
			}
			if len(cells) < 2 || cells[0].Kind != workbook.String {
				return nil
			}
			switch lookupLabel(text(cells[0])) {
			case fRubric:
				ref = text(cells[1])
			case fRubricVersion:
				version = text(cells[1])
			}
			return nil
		})
		if err != nil {
			return "", "", err
		}
		if ref != "" {
			return ref, version, nil
		}
	}
	return "", "", nil
}

// StampSheet is the hidden sheet in which package form records the rubric
// a form was made from: rows of a key and its value ("hash", the rubric's
// SHA-256).
const StampSheet = "_kepatuhan"

// stampHash is the rubric hash a form's stamp sheet records, "" if none
// (a stamp that cannot be read is no stamp: the form is read as any
// workbook).
func stampHash(book workbook.Book, sheet string) string {
	hash := ""
	err := book.Rows(sheet, func(row int, cells []workbook.Cell) error {
		if row > 20 {
			return workbook.Stop
		}
		if len(cells) >= 2 && cells[0].Col == 1 && cells[1].Col == 2 && strings.TrimSpace(cells[0].Value) == "hash" {
			hash = strings.ToLower(strings.TrimSpace(cells[1].Value))
			return workbook.Stop
		}
		return nil
	})
	if err != nil || len(hash) != 64 || strings.Trim(hash, "0123456789abcdef") != "" {
		return ""
	}
	return hash
}
