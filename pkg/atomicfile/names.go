package atomicfile

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/signal"
	"regexp"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// Temporary names. Everything this package puts in an output folder
// before it is complete is hidden (a leading dot) and carries the name of
// the tool, the computer and the process that made it:
//
//	.hasil.json.kepatuhan-tmp-HOST-PID-RANDOM   a file being written
//	.kepatuhan-tmp-HOST-PID-RANDOM/             a Set being staged
//	.kepatuhan-commit-HOST-PID-RANDOM/          a Set being moved into place
//
// HOST is 8 hex digits of the SHA-256 of the computer's name and PID the
// process's id, so that a later run can tell a leftover of a process that
// no longer runs (removed, or for a Set being moved into place,
// completed: see Clean) from the work of a run in progress, here or on
// another computer sharing the folder (never touched).
var (
	host = func() string {
		name, _ := os.Hostname()
		sum := sha256.Sum256([]byte(name))
		return hex.EncodeToString(sum[:4])
	}()
	pid    = os.Getpid()
	ourTag = host + "-" + strconv.Itoa(pid) + "-"
)

// leftover matches the names above: the kind, the computer, the process.
var leftover = regexp.MustCompile(`^\.(?:.+\.)?kepatuhan-(tmp|commit)-([0-9a-f]{8})-([0-9]+)-[0-9]+$`)

// The temporary files and folders of writes in progress, with what to do
// with each if the process is interrupted. Once the interruption is
// handled, pendingMu stays locked: nothing new is created or moved while
// the process ends.
var (
	pendingMu sync.Mutex
	pending   = map[string]func(){}
	watchOnce sync.Once
)

// create makes the temporary file for the destination named base in dir
// and records it as pending.
func create(dir, base string) (*os.File, error) {
	watchOnce.Do(watch)
	pendingMu.Lock()
	defer pendingMu.Unlock()
	f, err := os.CreateTemp(dir, "."+base+".kepatuhan-tmp-"+ourTag+"*")
	if err == nil {
		name := f.Name()
		pending[name] = func() { os.Remove(name) }
	}
	return f, err
}

// done forgets a temporary file or folder, renamed or removed.
func done(name string) {
	pendingMu.Lock()
	delete(pending, name)
	pendingMu.Unlock()
}

// isPending reports whether name is a write of this process in progress.
func isPending(name string) bool {
	pendingMu.Lock()
	defer pendingMu.Unlock()
	_, ok := pending[name]
	return ok
}

// watch cleans up the pending writes when the process is interrupted or
// terminated, then lets the signal end the process as it would have (exit
// status 130 where a signal cannot be sent again).
func watch() {
	sigs := []os.Signal{os.Interrupt, syscall.SIGTERM}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	go func() {
		sig := <-ch
		pendingMu.Lock() // kept: nothing new is created from now on
		for _, clean := range pending {
			clean()
		}
		signal.Reset(sigs...)
		if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(sig) == nil {
			time.Sleep(5 * time.Second) // the signal ends the process meanwhile
		}
		os.Exit(130)
	}()
}

// syncDir flushes a folder's entries (renames) to disk where the system
// allows it (not on Windows, which needs no such step).
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}
