package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
)

func itoa(n int) string { return strconv.Itoa(n) }

// cards returns n file names and contents for a run called gen.
func cards(n int, gen string) map[string]string {
	out := map[string]string{}
	for i := range n {
		out[fmt.Sprintf("UNIT-%03d.pdf", i)] = fmt.Sprintf("%s kartu %d", gen, i)
	}
	return out
}

func writeSet(dir string, files map[string]string) error {
	s, err := NewSet(dir)
	if err != nil {
		return err
	}
	keys := make([]string, 0, len(files))
	for k := range files {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, name := range keys {
		if err := s.Add(name, []byte(files[name])); err != nil {
			s.Abort()
			return err
		}
	}
	return s.Commit()
}

// holds checks that dir holds exactly files (and extra, untouched).
func holds(t *testing.T, dir string, files map[string]string, extra ...string) {
	t.Helper()
	want := slices.Clone(extra)
	for name := range files {
		want = append(want, name)
	}
	slices.Sort(want)
	if got := names(t, dir); !slices.Equal(got, want) {
		t.Fatalf("folder holds %v, want %v", got, want)
	}
	for name, content := range files {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != content {
			t.Fatalf("%s holds %q, want %q", name, got, content)
		}
	}
}

// A set replaces its files all at once; a full disk at the 300th of 500
// files (the failure once left a folder of new and old cards) or a file
// that cannot be replaced leaves every previous file as it was, and the
// user's other files alone.
func TestSet(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "rapor")
	old := cards(500, "lama")
	if err := writeSet(dir, old); err != nil {
		t.Fatal(err)
	}
	holds(t, dir, old)
	if err := os.WriteFile(filepath.Join(dir, "catatan.txt"), []byte("milik pengguna"), 0o644); err != nil {
		t.Fatal(err)
	}
	old["catatan.txt"] = "milik pengguna"

	// A full disk part-way through the set.
	reset := FailAfterForTest(int64(len("baru kartu 100")) * 300)
	err := writeSet(dir, cards(500, "baru"))
	reset()
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("got %v, want a full disk", err)
	}
	holds(t, dir, old)

	// Moving the files in fails at the 300th: the 299 moved are put back.
	for _, noLinks := range []bool{false, true} {
		t.Run(fmt.Sprintf("noLinks=%v", noLinks), func(t *testing.T) {
			if noLinks {
				linkFails = true
				defer func() { linkFails = false }()
			}
			reset = FailReplaceForTest(299)
			err = writeSet(dir, cards(500, "baru"))
			reset()
			if !errors.Is(err, ErrInjected) || errors.Is(err, ErrNotRestored) {
				t.Fatalf("got %v, want the injected failure, everything restored", err)
			}
			namesDestination(t, err, filepath.Join(dir, "UNIT-299.pdf"))
			holds(t, dir, old)
		})
	}

	// All new, with a new card beside the old ones.
	nw := cards(501, "baru")
	if err := writeSet(dir, nw); err != nil {
		t.Fatal(err)
	}
	nw["catatan.txt"] = "milik pengguna"
	holds(t, dir, nw)
	if len(pending) != 0 {
		t.Errorf("pending: %v", pending)
	}
}

// A folder named like one of the files: nothing is replaced, and the
// error names it (not a temporary file).
func TestSetFolderInTheWay(t *testing.T) {
	dir := t.TempDir()
	old := cards(3, "lama")
	if err := writeSet(dir, old); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "UNIT-003.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	err := writeSet(dir, cards(4, "baru"))
	if !errors.Is(err, syscall.EISDIR) {
		t.Fatalf("got %v, want EISDIR", err)
	}
	namesDestination(t, err, filepath.Join(dir, "UNIT-003.pdf"))
	holds(t, dir, old, "UNIT-003.pdf")
}

// An aborted set in a folder it made leaves no folder; names are plain
// file names, each once (ignoring case).
func TestSetAbort(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "a", "b")
	s, err := NewSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Add("X.pdf", []byte("x")); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"x.PDF", "../y.pdf", "a/b.pdf", "", ".."} {
		if err := s.Add(bad, nil); err == nil {
			t.Errorf("Add(%q) accepted", bad)
		}
	}
	s.Abort()
	if got := names(t, parent); len(got) != 0 {
		t.Errorf("left %v", got)
	}
	if err := s.Commit(); err == nil {
		t.Error("Commit after Abort succeeded")
	}
	// An empty set commits to an (existing) empty folder.
	if err := writeSet(dir, nil); err != nil {
		t.Fatal(err)
	}
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("empty set left %v", got)
	}
}
