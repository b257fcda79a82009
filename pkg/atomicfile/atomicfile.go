// Package atomicfile is the one place where kepatuhan writes its output
// files, so that a failure never leaves a half-written file and never
// destroys the previous version.
//
//   - Write and WriteBytes replace one file: the content goes to a
//     temporary file in the same folder, is flushed to disk, and is renamed
//     over the destination only when complete.
//   - A Set replaces a set of files in one folder (the report cards) as a
//     whole: every file is written into a hidden staging folder first, and
//     only when all are complete are they moved into place, or none is
//     (see Set).
//   - If the process is interrupted (Ctrl-C) or terminated meanwhile, the
//     temporary files of the writes in progress are removed before it
//     ends. What a killed process (SIGKILL, a power cut) leaves behind is
//     named so that it cannot be taken for an output, and Clean removes it
//     at the next run into that folder (see names.go).
//
// Every error returned names the destination (an *fs.PathError whose Path
// is the output's own path), never the temporary file.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"syscall"
)

// Perm is the mode of every file kepatuhan writes.
const Perm = 0o644

// Write creates or replaces path with what fn writes. If fn or any step
// fails, path is left as it was and no temporary file remains; the error
// is an *fs.PathError naming path.
func Write(path string, fn func(w io.Writer) error) (err error) {
	defer func() {
		if err != nil {
			err = pathError("write", path, err)
		}
	}()
	dir, base := filepath.Dir(path), filepath.Base(path)
	tmp, err := create(dir, base)
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
	if err = fn(inject(tmp)); err != nil {
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
	if fi, e := os.Lstat(path); e == nil && fi.IsDir() {
		return syscall.EISDIR
	}
	return os.Rename(name, path)
}

// WriteBytes replaces path with data atomically.
func WriteBytes(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Probe checks that the folder dir accepts new files, as Write will need:
// it creates a temporary file there and removes it.
func Probe(dir string) error {
	f, err := create(dir, "probe")
	if err != nil {
		return pathError("create", dir, err)
	}
	f.Close()
	os.Remove(f.Name())
	done(f.Name())
	return nil
}

// pathError returns err as an *fs.PathError naming path, with the
// operating system's own error inside (a rename's error names the
// temporary file: it is dropped).
func pathError(op, path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == path {
		return err
	}
	return &fs.PathError{Op: op, Path: path, Err: cause(err)}
}

// cause strips the operation and path from an error of package os.
func cause(err error) error {
	var (
		pe *fs.PathError
		le *os.LinkError
	)
	switch {
	case errors.As(err, &le):
		return le.Err
	case errors.As(err, &pe):
		return pe.Err
	}
	return err
}

// Failure injection, for tests that prove a failure leaves nothing
// behind. The injected error is a full disk.
var (
	injectMu      sync.Mutex
	injectLeft    int64 = -1 // bytes the disk still takes; -1: no injection
	injectReplace       = -1 // the Set.Commit step that fails; -1: none
)

// ErrInjected is the failure FailAfterForTest and FailReplaceForTest
// inject: a full disk (errors.Is(ErrInjected, syscall.ENOSPC)).
var ErrInjected = fmt.Errorf("%w (injected)", syscall.ENOSPC)

// FailAfterForTest makes the disk full after n more bytes, counted over
// every file written, until reset is called. Only tests use it.
func FailAfterForTest(n int64) (reset func()) {
	injectMu.Lock()
	injectLeft = n
	injectMu.Unlock()
	return func() {
		injectMu.Lock()
		injectLeft = -1
		injectMu.Unlock()
	}
}

// FailReplaceForTest makes the replacement of the n-th file (from 0) of
// the next Set.Commit fail, until reset is called. Only tests use it.
func FailReplaceForTest(n int) (reset func()) {
	injectMu.Lock()
	injectReplace = n
	injectMu.Unlock()
	return func() {
		injectMu.Lock()
		injectReplace = -1
		injectMu.Unlock()
	}
}

// inject returns w, failing as FailAfterForTest says.
func inject(w io.Writer) io.Writer {
	injectMu.Lock()
	on := injectLeft >= 0
	injectMu.Unlock()
	if !on {
		return w
	}
	return failingWriter{w}
}

type failingWriter struct{ w io.Writer }

func (f failingWriter) Write(p []byte) (int, error) {
	injectMu.Lock()
	left := injectLeft
	if left >= 0 {
		injectLeft = max(0, left-int64(len(p)))
	}
	injectMu.Unlock()
	if left >= 0 && int64(len(p)) > left {
		n, _ := f.w.Write(p[:left])
		return n, ErrInjected
	}
	return f.w.Write(p)
}

// replaceFails reports whether step i of a commit is to fail.
func replaceFails(i int) bool {
	injectMu.Lock()
	defer injectMu.Unlock()
	return injectReplace == i
}
