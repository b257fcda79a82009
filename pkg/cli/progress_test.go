package cli

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
)

// TestProgress: a batch of 20 files or more draws a bar on standard
// error when it is a terminal, reaching every file and cleared before
// anything else is printed; never when standard error is a pipe or a
// log, and never for a short batch. Standard output is the same in all
// cases.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	rubric := filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml")
	var files []string
	for i := range minFilesForProgress {
		path := filepath.Join(dir, fmt.Sprintf("u%02d.xlsx", i))
		spec := fmt.Sprintf("sheet A\n1: Kode Unit | U%02d\n3: Kode | Jawaban\n4: SP-01 | Ya\n5: SP-02 | Ya\n6: SP-03 | Ya\n7: SP-04 | Tidak\n8: SR-01 | Ya\n9: SR-02 | Lengkap\n10: SR-03 | Ya\n", i)
		if err := fixture.Write(path, spec); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	run := func(tty bool, inputs []string) (stdout, stderr string) {
		var out, errb bytes.Buffer
		args := append([]string{"score", "--rubric", rubric}, inputs...)
		if code := Main(args, IO{Out: &out, Err: &errb, ErrTTY: tty}); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		return out.String(), errb.String()
	}
	want, _ := run(false, files)
	out, bar := run(true, files)
	if out != want {
		t.Fatal("standard output differs with a progress bar")
	}
	full := fmt.Sprintf("\r[%s] %d/%d berkas", strings.Repeat("#", 30), len(files), len(files))
	if !strings.Contains(bar, full) {
		t.Fatalf("no full bar on a terminal:\n%q", bar)
	}
	if cleared := "\r" + strings.Repeat(" ", 60) + "\r"; !strings.HasSuffix(bar, cleared) {
		t.Fatalf("the bar is not cleared at the end:\n%q", bar)
	}
	if _, errs := run(false, files); strings.Contains(errs, "\r") || strings.Contains(errs, "berkas") {
		t.Fatalf("a bar in a pipe:\n%q", errs)
	}
	if _, errs := run(true, files[:minFilesForProgress-1]); strings.Contains(errs, "\r") {
		t.Fatalf("a bar for a short batch:\n%q", errs)
	}
}
