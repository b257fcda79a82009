package atomicfile

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// names lists the entries of dir, hidden ones included.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// onlyFile checks that dir holds only the file name, with content want.
func onlyFile(t *testing.T, dir, name string, want []byte) {
	t.Helper()
	if got := names(t, dir); len(got) != 1 || got[0] != name {
		t.Fatalf("folder holds %q, want only %s", got, name)
	}
	got, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("%s holds %q (%v), want %q", name, got, err, want)
	}
	if info, _ := os.Stat(filepath.Join(dir, name)); info.Mode().Perm() != Perm && os.PathSeparator == '/' {
		t.Errorf("mode %v, want %v", info.Mode().Perm(), os.FileMode(Perm))
	}
}

// namesDestination checks that err is an *fs.PathError naming path and
// that its text does not mention a temporary name.
func namesDestination(t *testing.T, err error, path string) {
	t.Helper()
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Path != path {
		t.Errorf("error %v does not name %s", err, path)
	}
	if strings.Contains(err.Error(), "kepatuhan-") {
		t.Errorf("error %q names a temporary file", err)
	}
}

// A write replaces the file whole; a failing one — the writer's own
// error, or a full disk after some bytes — leaves the previous file as it
// was and nothing else, and its error names the file.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "hasil.json")
	if err := WriteBytes(path, []byte("lama")); err != nil {
		t.Fatal(err)
	}
	onlyFile(t, dir, "hasil.json", []byte("lama"))
	boom := errors.New("boom")
	err := Write(path, func(w io.Writer) error {
		io.WriteString(w, "setengah")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("got %v", err)
	}
	namesDestination(t, err, path)
	onlyFile(t, dir, "hasil.json", []byte("lama"))
	reset := FailAfterForTest(3)
	err = WriteBytes(path, []byte("baru dan panjang"))
	reset()
	if !errors.Is(err, ErrInjected) || !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("got %v, want the injected full disk", err)
	}
	namesDestination(t, err, path)
	onlyFile(t, dir, "hasil.json", []byte("lama"))
	if err := WriteBytes(path, []byte("baru")); err != nil {
		t.Fatal(err)
	}
	onlyFile(t, dir, "hasil.json", []byte("baru"))
	if len(pending) != 0 {
		t.Errorf("pending temporary files: %v", pending)
	}
}

// The disk fills up over several files: the budget of FailAfterForTest
// is shared.
func TestFailAfterCountsEveryFile(t *testing.T) {
	dir := t.TempDir()
	reset := FailAfterForTest(10)
	defer reset()
	if err := WriteBytes(filepath.Join(dir, "a"), []byte("123456")); err != nil {
		t.Fatal(err)
	}
	if err := WriteBytes(filepath.Join(dir, "b"), []byte("123456")); !errors.Is(err, ErrInjected) {
		t.Fatalf("the second file: %v, want the full disk", err)
	}
}

// A folder where the file should go: the error names the output, not the
// temporary file that could not be renamed (it once said "rename
// .DINKES.pdf.tmp-123: file exists").
func TestWriteOverFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "DINKES.pdf")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	err := WriteBytes(path, []byte("kartu"))
	if !errors.Is(err, syscall.EISDIR) {
		t.Errorf("got %v, want EISDIR", err)
	}
	namesDestination(t, err, path)
	if got := names(t, dir); !slices.Equal(got, []string{"DINKES.pdf"}) {
		t.Errorf("left %v", got)
	}
}

// Temporary files are hidden and named after the output, the tool, the
// computer and the process; Probe leaves nothing.
func TestTemporaryName(t *testing.T) {
	dir := t.TempDir()
	var seen string
	err := Write(filepath.Join(dir, "hasil.json"), func(w io.Writer) error {
		seen = names(t, dir)[0]
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	m := leftover.FindStringSubmatch(seen)
	if m == nil || !strings.HasPrefix(seen, ".hasil.json.kepatuhan-tmp-") || m[1] != "tmp" || m[2] != host || m[3] != itoa(pid) {
		t.Errorf("temporary name %q", seen)
	}
	if err := Probe(dir); err != nil {
		t.Fatal(err)
	}
	if err := Probe(filepath.Join(dir, "tidak-ada")); err == nil {
		t.Error("Probe of a missing folder succeeded")
	}
	onlyFile(t, dir, "hasil.json", nil)
}
