package workbook

import (
	"errors"
	"fmt"
)

// Engine names accepted in Options.Engine.
const (
	EngineAuto     = "auto"
	EngineFast     = "fast"
	EngineExcelize = "excelize"
)

// Options tune Open.
type Options struct {
	// Engine is "auto" (or ""), "fast" or "excelize". Auto uses the fast
	// engine and falls back to excelize when the fast engine reports the
	// file as Unsupported.
	Engine string
	// Limits bound how far the file may inflate; the zero value means
	// DefaultLimits.
	Limits Limits
}

// Open opens the workbook at path. Every failure to open is an *OpenError
// saying what the file is instead (legacy .xls, encrypted, CSV, ...).
// Errors that Rows finds later in damaged sheet data are *OpenError too,
// with Problem Corrupt or TooLarge.
func Open(path string, o Options) (Book, error) {
	lim := o.Limits
	if lim == (Limits{}) {
		lim = DefaultLimits
	}
	switch o.Engine {
	case "", EngineAuto:
		b, err := openFast(path, lim)
		var oe *OpenError
		if errors.As(err, &oe) && oe.Problem == Unsupported {
			return openExcelize(path, lim)
		}
		return b, err
	case EngineFast:
		return openFast(path, lim)
	case EngineExcelize:
		return openExcelize(path, lim)
	}
	return nil, fmt.Errorf("workbook: unknown engine %q (want auto, fast or excelize)", o.Engine)
}

// problem builds an *OpenError.
func problem(path string, p Problem, err error, format string, args ...any) *OpenError {
	return &OpenError{Path: path, Problem: p, Detail: fmt.Sprintf(format, args...), Err: err}
}

// notWorkbook builds the *OpenError of a file that is something else.
func notWorkbook(path string, found Found, format string, args ...any) *OpenError {
	oe := problem(path, NotWorkbook, nil, format, args...)
	oe.Found = found
	return oe
}

// String names a Problem, for messages and tests.
func (p Problem) String() string {
	switch p {
	case NotFound:
		return "NotFound"
	case Unreadable:
		return "Unreadable"
	case IsDir:
		return "IsDir"
	case EmptyFile:
		return "EmptyFile"
	case LegacyXLS:
		return "LegacyXLS"
	case Encrypted:
		return "Encrypted"
	case CSV:
		return "CSV"
	case HTML:
		return "HTML"
	case OpenDocument:
		return "OpenDocument"
	case NotWorkbook:
		return "NotWorkbook"
	case Corrupt:
		return "Corrupt"
	case TooLarge:
		return "TooLarge"
	case Unsupported:
		return "Unsupported"
	}
	return fmt.Sprintf("Problem(%d)", uint8(p))
}

// String names a Kind, for messages and tests.
func (k Kind) String() string {
	switch k {
	case Empty:
		return "Empty"
	case String:
		return "String"
	case Number:
		return "Number"
	case Bool:
		return "Bool"
	case Error:
		return "Error"
	case Date:
		return "Date"
	case NoCache:
		return "NoCache"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}
