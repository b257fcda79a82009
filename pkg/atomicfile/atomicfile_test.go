package atomicfile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// onlyFile checks that dir holds only the file name, with content want.
func onlyFile(t *testing.T, dir, name string, want []byte) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != name {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf("folder holds %q, want only %s", names, name)
	}
	got, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("%s holds %q (%v), want %q", name, got, err, want)
	}
	if info, _ := os.Stat(filepath.Join(dir, name)); info.Mode().Perm() != Perm && os.PathSeparator == '/' {
		t.Errorf("mode %v, want %v", info.Mode().Perm(), os.FileMode(Perm))
	}
}

// A write replaces the file whole; a failing one — the writer's own
// error, or a failure injected after some bytes — leaves the previous
// file as it was and nothing else.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "hasil.json")
	if err := WriteBytes(path, []byte("lama")); err != nil {
		t.Fatal(err)
	}
	onlyFile(t, dir, "hasil.json", []byte("lama"))
	boom := errors.New("boom")
	if err := Write(path, func(w io.Writer) error {
		io.WriteString(w, "setengah")
		return boom
	}); !errors.Is(err, boom) {
		t.Fatalf("got %v", err)
	}
	onlyFile(t, dir, "hasil.json", []byte("lama"))
	reset := FailAfterForTest(3)
	err := WriteBytes(path, []byte("baru dan panjang"))
	reset()
	if !errors.Is(err, ErrInjected) {
		t.Fatalf("got %v, want the injected failure", err)
	}
	onlyFile(t, dir, "hasil.json", []byte("lama"))
	if err := WriteBytes(path, []byte("baru")); err != nil {
		t.Fatal(err)
	}
	onlyFile(t, dir, "hasil.json", []byte("baru"))
	if len(pending) != 0 {
		t.Errorf("pending temporary files: %v", pending)
	}
}
