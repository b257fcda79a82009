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
