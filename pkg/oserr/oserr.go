// Package oserr says why a file could not be read or written, as a person
// reads it: the errors people meet (no permission, a full disk, too many
// open files, a folder in the way) in their language, anything else in
// the system's own words, with what to do about it and whether the
// failure is the computer's rather than the input's. Every command words
// these failures through it, for inputs and outputs alike.
package oserr

import (
	"errors"
	"io/fs"
	"os"
	"syscall"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// Kind is a class of failure.
type Kind uint8

// The kinds of failure worded in both languages.
const (
	Other        Kind = iota // anything else: the system's words
	Permission               // no permission
	NoSpace                  // the disk is full
	ReadOnly                 // the disk is read-only
	TooManyFiles             // out of file handles (EMFILE, ENFILE)
	IsFolder                 // a folder where a file should be
	NotFound                 // the file or its folder does not exist
)

// Reason is why an operation failed. It is a msg.Phrase: as an argument
// of a message it is worded in that message's language.
type Reason struct {
	Kind Kind
	text string // Other: the system's words
}

// Of classifies err (an error of package os, however wrapped).
func Of(err error) Reason {
	if k := kindOf(err); k != Other {
		return Reason{Kind: k}
	}
	return Reason{text: inner(err).Error()}
}

func kindOf(err error) Kind {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if k := platformKind(errno); k != Other {
			return k
		}
	}
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return NoSpace
	case errors.Is(err, syscall.EROFS):
		return ReadOnly
	case errors.Is(err, syscall.EMFILE), errors.Is(err, syscall.ENFILE):
		return TooManyFiles
	case errors.Is(err, syscall.EISDIR):
		return IsFolder
	case errors.Is(err, fs.ErrPermission):
		return Permission
	case errors.Is(err, fs.ErrNotExist):
		return NotFound
	}
	return Other
}

// inner strips the operation and path from an error of package os: the
// path is named by the message that holds the reason.
func inner(err error) error {
	var (
		pe *fs.PathError
		le *os.LinkError
		se *os.SyscallError
	)
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	case errors.As(err, &se):
		return se.Err
	}
	return err
}

// In words the reason in lang.
func (r Reason) In(lang msg.Lang) string {
	switch r.Kind {
	case Permission:
		return msg.T(lang, msg.OSPermission)
	case NoSpace:
		return msg.T(lang, msg.OutputDiskFull)
	case ReadOnly:
		return msg.T(lang, msg.OutputReadOnlyFS)
	case TooManyFiles:
		return msg.T(lang, msg.OSTooManyFiles)
	case IsFolder:
		return msg.T(lang, msg.OSIsFolder)
	case NotFound:
		return msg.T(lang, msg.OSNotFound)
	}
	return r.text
}

// String words the reason in Indonesian.
func (r Reason) String() string { return r.In(msg.ID) }

// Resource reports whether the failure is the computer's — out of file
// handles or disk space — and not the input's: a run that meets it ends
// with exit status 1, not 3.
func (r Reason) Resource() bool { return r.Kind == TooManyFiles || r.Kind == NoSpace }

// ReadHint is what to do when an input could not be read for r.
func (r Reason) ReadHint() msg.Key {
	if r.Kind == TooManyFiles {
		return msg.HintTooMany
	}
	return msg.HintFileUnreadable
}

// WriteHint is what to do when an output could not be written for r
// (none when there is nothing useful to say).
func (r Reason) WriteHint() msg.Key {
	switch r.Kind {
	case Permission, ReadOnly:
		return msg.HintOutputPermission
	case NoSpace:
		return msg.HintOutputSpace
	case TooManyFiles:
		return msg.HintTooMany
	case IsFolder:
		return msg.HintFolderName
	case NotFound:
		return msg.HintOutputFolder
	}
	return ""
}

// Resource reports whether any problem of ps is an error for a reason
// that is the computer's (Reason.Resource).
func Resource(ps msg.Problems) bool {
	for _, p := range ps {
		if p.Severity != msg.Error {
			continue
		}
		for _, a := range p.Args {
			if r, ok := a.(Reason); ok && r.Resource() {
				return true
			}
		}
	}
	return false
}
