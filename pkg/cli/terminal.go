package cli

import (
	"os"
)

// isTerminal reports whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// colorOK reports whether ANSI colours may be written to f, a terminal:
// NO_COLOR and TERM=dumb turn them off, and old Windows consoles cannot
// show them.
func colorOK(f *os.File) bool {
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	return enableVT(f)
}
