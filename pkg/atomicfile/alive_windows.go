//go:build windows

package atomicfile

import "syscall"

// alive reports whether a process with id pid runs (or might: when in
// doubt, true).
func alive(pid int) bool {
	const (
		queryLimitedInformation = 0x1000
		stillActive             = 259
		errInvalidParameter     = syscall.Errno(87) // no such process
	)
	h, err := syscall.OpenProcess(queryLimitedInformation, false, uint32(pid))
	if err != nil {
		return err != errInvalidParameter
	}
	defer syscall.CloseHandle(h)
	var code uint32
	if err := syscall.GetExitCodeProcess(h, &code); err != nil {
		return true
	}
	return code == stillActive
}
