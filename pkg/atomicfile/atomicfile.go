// Package atomicfile writes output files so that a failure never leaves a
// half-written file and never destroys the previous version: the content
// goes to a temporary file in the same folder, is flushed to disk, and is
// renamed over the destination only when complete. If the process is
// interrupted (Ctrl-C) or terminated meanwhile, the temporary files of
// the writes in progress are removed before it ends.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// Perm is the mode of every file kepatuhan writes.
const Perm = 0o644

// failAfter, when positive, makes the writer fail after that many bytes.
// Tests set it through FailAfterForTest to prove that a failure mid-write
// leaves nothing behind.
var failAfter int64

// FailAfterForTest makes every Write fail after n bytes until reset is
// called. Only tests use it.
func FailAfterForTest(n int64) (reset func()) {
	failAfter = n
	return func() { failAfter = 0 }
}

// ErrInjected is the failure FailAfterForTest injects.
var ErrInjected = errors.New("atomicfile: injected failure")

// Write creates or replaces path with what fn writes. If fn or any step
// fails, path is left as it was and no temporary file remains.
func Write(path string, fn func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := create(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(name)
		}
		done(name)
	}()
	var w io.Writer = tmp
	if failAfter > 0 {
		w = &failingWriter{w: tmp, left: failAfter}
	}
	if err = fn(w); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(name, Perm); err != nil {
		return err
	}
	if err = os.Rename(name, path); err != nil {
		return fmt.Errorf("rename %s: %w", filepath.Base(name), err)
	}
	return nil
}

// The temporary files of writes in progress, removed if the process is
// interrupted. Once the interruption is handled, pendingMu stays locked:
// no new temporary file is made while the process ends.
var (
	pendingMu sync.Mutex
	pending   = map[string]bool{}
	watchOnce sync.Once
)

// create makes a temporary file and records it as pending.
func create(dir, pattern string) (*os.File, error) {
	watchOnce.Do(watch)
	pendingMu.Lock()
	defer pendingMu.Unlock()
	f, err := os.CreateTemp(dir, pattern)
	if err == nil {
		pending[f.Name()] = true
	}
	return f, err
}

// done forgets a temporary file, renamed or removed.
func done(name string) {
	pendingMu.Lock()
	delete(pending, name)
	pendingMu.Unlock()
}

// watch removes the pending temporary files when the process is
// interrupted or terminated, then lets the signal end the process as it
// would have (exit status 130 where a signal cannot be sent again).
func watch() {
	sigs := []os.Signal{os.Interrupt, syscall.SIGTERM}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	go func() {
		sig := <-ch
		pendingMu.Lock() // kept: nothing new is created from now on
		for name := range pending {
			os.Remove(name)
		}
		signal.Reset(sigs...)
		if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(sig) == nil {
			time.Sleep(5 * time.Second) // the signal ends the process meanwhile
		}
		os.Exit(130)
	}()
}

// WriteBytes replaces path with data atomically.
func WriteBytes(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

type failingWriter struct {
	w    io.Writer
	left int64
}

func (f *failingWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > f.left {
		n, _ := f.w.Write(p[:f.left])
		f.left = 0
		return n, ErrInjected
	}
	f.left -= int64(len(p))
	return f.w.Write(p)
}
