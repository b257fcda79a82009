//go:build windows

package oserr

import "syscall"

// platformKind classifies Windows' error numbers, which package syscall
// does not map to ENOSPC, EMFILE and the like.
func platformKind(e syscall.Errno) Kind {
	switch e {
	case 4: // ERROR_TOO_MANY_OPEN_FILES
		return TooManyFiles
	case 19: // ERROR_WRITE_PROTECT
		return ReadOnly
	case 39, 112: // ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
		return NoSpace
	}
	return Other
}
