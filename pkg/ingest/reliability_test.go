package ingest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/ingest"
)

// Arguments that leave nothing to read (only Excel lock files) are an
// error saying so: the run used to end as invalid without a message.
func TestNoInputs(t *testing.T) {
	dir := t.TempDir()
	lock := filepath.Join(dir, "~$penilaian.xlsx")
	if err := os.WriteFile(lock, []byte("\x0cBudi"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := ingest.Load([]string{lock}, ingest.Options{Rubric: contoh})
	if got := keys(out.Problems); got != "notice ingest.lock-file,ingest.no-inputs" {
		t.Fatalf("problems %s", got)
	}
	if !out.Invalid() || out.Results != nil {
		t.Fatal("a run with nothing to read is not invalid")
	}
}

// A named pipe with a workbook's name — given, or found in a folder, or
// linked to — is refused at once: reading it would block forever. (A
// link named like results JSON inside a folder is not read at all.)
func TestNotRegularFile(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipa.xlsx")
	if err := mkfifo(pipe); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	if err := os.Symlink(pipe, filepath.Join(dir, "tautan.json")); err != nil {
		t.Logf("no symbolic link: %v", err)
	}
	write(t, dir, map[string]string{"a.xlsx": "sheet U1\n1: Kode Unit | U1\n3: Kode | Jawaban\n4: SP-01 | Ya\n"})
	out := ingest.Load([]string{dir}, ingest.Options{Rubric: contoh})
	got, want := keys(out.Problems), "file.not-regular"
	if _, err := os.Lstat(filepath.Join(dir, "tautan.json")); err == nil {
		want = "notice ingest.skipped-results,file.not-regular"
	}
	if got != want {
		t.Fatalf("problems %s, want %s", got, want)
	}
	for _, p := range out.Problems {
		if filepath.Dir(p.File) != dir {
			t.Errorf("problem names %q", p.File)
		}
	}
	out = ingest.Load([]string{pipe}, ingest.Options{Rubric: contoh})
	if got := keys(out.Problems); got != "file.not-regular" {
		t.Fatalf("named directly: problems %s", got)
	}
}
