package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
)

// A Set writes files into one folder as a set: after Commit every file
// of the set is the new one; after a failure at any point (a full disk
// while writing the 300th file, a file that cannot be replaced, an
// interruption), every file is as it was before. A folder never mixes
// files of two runs. Other files in the folder are left alone.
//
// How: Add writes each file, complete and flushed to disk, into a hidden
// staging folder inside the destination (.kepatuhan-tmp-…, the same
// disk, so moving a file is a rename). Commit first checks every
// destination, then renames the staging folder to .kepatuhan-commit-…,
// the mark that the set is complete, and moves the files into place one
// by one, keeping each previous file (a hard link, or the file itself
// where links are not supported) until all are in. If a move fails, the
// moved files are put back and the previous ones restored. If the process
// is killed while files move, the next Clean of the folder completes the
// move (every file of the set is complete by then): the folder is all-new.
type Set struct {
	dir     string
	stage   string   // the staging folder
	created []string // folders made for the set, deepest first
	mu      sync.Mutex
	names   []string
	seen    map[string]bool
	closed  bool
}

// NewSet starts a set of files in dir, creating dir (and its parents) if
// needed; folders it creates are removed again if the set is aborted.
func NewSet(dir string) (*Set, error) {
	watchOnce.Do(watch)
	s := &Set{dir: dir, seen: map[string]bool{}}
	for d := filepath.Clean(dir); ; {
		if _, err := os.Lstat(d); err == nil {
			break
		}
		s.created = append(s.created, d)
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, pathError("mkdir", dir, err)
	}
	pendingMu.Lock()
	defer pendingMu.Unlock()
	stage, err := os.MkdirTemp(dir, ".kepatuhan-tmp-"+ourTag+"*")
	if err == nil {
		if err = os.Mkdir(filepath.Join(stage, "new"), 0o755); err != nil {
			os.RemoveAll(stage)
		}
	}
	if err != nil {
		s.removeCreated()
		return nil, pathError("create", dir, err)
	}
	s.stage = stage
	pending[stage] = s.abort
	return s, nil
}

// Dir is the set's folder.
func (s *Set) Dir() string { return s.dir }

// Add writes the file name (a plain file name, no folder) of the set with
// data, complete and flushed to disk, into the staging folder. It is safe
// to call from several goroutines. The error names the file's destination.
func (s *Set) Add(name string, data []byte) error {
	dest := filepath.Join(s.dir, name)
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, `/\`) || filepath.Base(name) != name {
		return &fs.PathError{Op: "write", Path: dest, Err: fs.ErrInvalid}
	}
	s.mu.Lock()
	switch {
	case s.closed:
		s.mu.Unlock()
		return &fs.PathError{Op: "write", Path: dest, Err: fs.ErrClosed}
	case s.seen[strings.ToLower(name)]:
		s.mu.Unlock()
		return &fs.PathError{Op: "write", Path: dest, Err: fs.ErrExist}
	}
	s.seen[strings.ToLower(name)] = true
	s.names = append(s.names, name)
	s.mu.Unlock()
	f, err := os.OpenFile(filepath.Join(s.stage, "new", name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, Perm)
	if err != nil {
		return pathError("write", dest, err)
	}
	_, err = inject(f).Write(data)
	if err == nil {
		err = f.Sync()
	}
	if e := f.Close(); err == nil {
		err = e
	}
	if err != nil {
		return pathError("write", dest, err)
	}
	return nil
}

// Abort removes what the set has staged, and the folders NewSet made if
// they are empty. The folder's files are as they were.
func (s *Set) Abort() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	s.mu.Unlock()
	s.discard()
}

// discard removes the staging folder and the folders made for the set.
func (s *Set) discard() {
	pendingMu.Lock()
	s.abort()
	delete(pending, s.stage)
	pendingMu.Unlock()
}

func (s *Set) abort() {
	os.RemoveAll(s.stage)
	s.removeCreated()
}

func (s *Set) removeCreated() {
	for _, d := range s.created {
		os.Remove(d) // only if empty
	}
}

// ErrNotRestored is part of the error of a Commit that failed and could
// not put every previous file back: the folder then mixes files of the
// two runs until the next Clean completes the set.
var ErrNotRestored = errors.New("the previous files could not all be restored")

// Commit moves every file of the set into place, or none. On an error
// (an *fs.PathError naming the file that could not be replaced) every
// file is as it was before, unless errors.Is(err, ErrNotRestored).
func (s *Set) Commit() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return &fs.PathError{Op: "write", Path: s.dir, Err: fs.ErrClosed}
	}
	s.closed = true
	names := slices.Clone(s.names)
	s.mu.Unlock()
	slices.Sort(names)

	// Every destination must be a file or nothing (a folder named like a
	// card cannot be replaced): checked before anything moves.
	for _, name := range names {
		dest := filepath.Join(s.dir, name)
		if fi, err := os.Lstat(dest); err == nil && !fi.Mode().IsRegular() {
			s.discard()
			if fi.IsDir() {
				return &fs.PathError{Op: "write", Path: dest, Err: syscall.EISDIR}
			}
			return &fs.PathError{Op: "write", Path: dest, Err: fs.ErrInvalid}
		}
	}

	// The mark: the set is complete.
	syncDir(filepath.Join(s.stage, "new"))
	commit := filepath.Join(s.dir, strings.Replace(filepath.Base(s.stage), "kepatuhan-tmp-", "kepatuhan-commit-", 1))
	pendingMu.Lock()
	if err := os.Rename(s.stage, commit); err != nil {
		s.abort()
		delete(pending, s.stage)
		pendingMu.Unlock()
		return pathError("write", s.dir, err)
	}
	delete(pending, s.stage)
	pending[commit] = func() { rollForward(s.dir, commit) }
	pendingMu.Unlock()
	syncDir(s.dir)
	if err := os.Mkdir(filepath.Join(commit, "old"), 0o755); err != nil {
		return s.undo(commit, nil, pathError("write", s.dir, err))
	}

	var moved []replaced
	for i, name := range names {
		r, err := replace(s.dir, commit, name, i)
		if r.had || r.in {
			moved = append(moved, r)
		}
		if err != nil {
			return s.undo(commit, moved, &fs.PathError{Op: "write", Path: filepath.Join(s.dir, name), Err: cause(err)})
		}
	}
	syncDir(s.dir)
	pendingMu.Lock()
	os.RemoveAll(commit)
	delete(pending, commit)
	pendingMu.Unlock()
	return nil
}

// replaced records one file's move: whether a previous file was kept
// (had) and whether the new one is in place (in).
type replaced struct {
	name    string
	had, in bool
}

// replace moves the file name from the commit folder into dir, keeping
// the previous file in commit/old. It holds pendingMu, so that an
// interruption sees either step done or neither.
func replace(dir, commit, name string, step int) (r replaced, err error) {
	if beforeReplace != nil {
		beforeReplace(step)
	}
	pendingMu.Lock()
	defer pendingMu.Unlock()
	r.name = name
	dest := filepath.Join(dir, name)
	old := filepath.Join(commit, "old", name)
	if _, err := os.Lstat(dest); err == nil {
		if linkFails || os.Link(dest, old) != nil {
			// No hard links here (FAT, exFAT): the file itself is kept.
			if err := os.Rename(dest, old); err != nil {
				return r, err
			}
		}
		r.had = true
	}
	if replaceFails(step) {
		return r, ErrInjected
	}
	if err := os.Rename(filepath.Join(commit, "new", name), dest); err != nil {
		return r, err
	}
	r.in = true
	return r, nil
}

// linkFails, when set (by tests), makes every hard link fail, as on a
// FAT disk.
var linkFails bool

// beforeReplace, when set (by tests), is called before each file of a
// commit is moved.
var beforeReplace func(step int)

// undo puts back what a failed commit moved, newest first, removes the
// commit folder and returns err — joined with ErrNotRestored (and the
// commit folder left for Clean to complete) if something could not be
// put back.
func (s *Set) undo(commit string, moved []replaced, err error) error {
	pendingMu.Lock()
	defer pendingMu.Unlock()
	failed := false
	for i := len(moved) - 1; i >= 0; i-- {
		r := moved[i]
		dest := filepath.Join(s.dir, r.name)
		if r.in {
			if os.Rename(dest, filepath.Join(commit, "new", r.name)) != nil {
				failed = true
				continue
			}
		}
		if r.had {
			if os.Rename(filepath.Join(commit, "old", r.name), dest) != nil {
				failed = true
			}
		}
	}
	if failed {
		return fmt.Errorf("%w: %w", err, ErrNotRestored)
	}
	syncDir(s.dir)
	os.RemoveAll(commit)
	delete(pending, commit)
	s.removeCreated()
	return err
}

// rollForward completes the move of a set whose files are all in the
// commit folder's "new" (as Commit left them): each goes into dir,
// replacing the file there, and the commit folder is removed. It returns
// how many files it moved.
func rollForward(dir, commit string) (int, error) {
	entries, err := os.ReadDir(filepath.Join(commit, "new"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return 0, err
	}
	n := 0
	for _, e := range entries {
		if err := os.Rename(filepath.Join(commit, "new", e.Name()), filepath.Join(dir, e.Name())); err != nil {
			return n, err
		}
		n++
	}
	syncDir(dir)
	return n, os.RemoveAll(commit)
}
