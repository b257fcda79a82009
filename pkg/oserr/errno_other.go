//go:build !windows

package oserr

import "syscall"

// platformKind classifies the system's own error numbers beyond those
// package syscall names on every system.
func platformKind(syscall.Errno) Kind { return Other }
