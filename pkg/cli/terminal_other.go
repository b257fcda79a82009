//go:build !windows

package cli

import "os"

// enableVT: Unix terminals understand ANSI sequences already.
func enableVT(*os.File) bool { return true }
