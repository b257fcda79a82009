//go:build unix

package atomicfile

import (
	"errors"
	"syscall"
)

// alive reports whether a process with id pid runs (or might: when in
// doubt, true).
func alive(pid int) bool {
	if pid <= 0 {
		return true
	}
	err := syscall.Kill(pid, 0)
	return err == nil || !errors.Is(err, syscall.ESRCH)
}
