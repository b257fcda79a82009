package cli

import (
	"errors"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// Exit statuses, the same for every command (see EXIT STATUS in each
// command's help and in the README).
const (
	ExitOK         = 0 // done; every unit scored
	ExitUnexpected = 1 // something unexpected (a bug, a full disk…)
	ExitUsage      = 2 // wrong flags or arguments
	ExitInvalid    = 3 // invalid input: nothing from it is scored, no file written
	ExitIncomplete = 4 // scored, but some units are incomplete
	ExitRegression = 5 // diff: at least one unit regressed
	// ExitProvisional: --final (score, report, berita-acara) and some unit
	// is still provisional (its verification not finished); nothing is
	// written.
	ExitProvisional = 6
)

// usageError is a mistake in how the command was called.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// invalidError means the input was invalid; its problems were printed.
type invalidError struct{}

func (invalidError) Error() string { return "invalid input" }

// statusError ends a command with a non-zero status after a complete,
// successful run (incomplete units, regressions): nothing more to print.
type statusError struct{ code int }

func (e statusError) Error() string { return "exit status" }

// exitCode maps what a command returned to the process's exit status.
func exitCode(err error) int {
	var (
		ue *usageError
		se statusError
		ps msg.Problems
	)
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &ue):
		return ExitUsage
	case errors.As(err, &se):
		return se.code
	case errors.Is(err, invalidError{}), errors.As(err, &ps):
		return ExitInvalid
	}
	return ExitUnexpected
}
