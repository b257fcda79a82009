package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A rubric's texts reach the terminal without their escape codes: an
// edited rubric could otherwise recolour the screen, move the cursor or
// retitle the window of whoever runs `rubric show`.
func TestRubricShowHasNoEscapeCodes(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	hostile := string(src)
	for _, r := range []struct{ old, new string }{
		{"id: Rubrik contoh kepatuhan standar pelayanan", `id: "Rubrik \e[31mcontoh\e[0m"`},
		{"id: Rubrik kecil untuk menguji pembaca lembar kerja dan penghitungan nilai.", `id: "Baris satu\nbaris \e]0;judul\a dua"`},
		{"label: {id: Kepatuhan Rendah,", `label: {id: "Rendah \x9b2J",`},
		{"name: {id: Standar Pelayanan,", `name: {id: "Standar \e[2J",`},
		{"note: a test rubric, not a published method", "source: \"sumber \\e[5m\"\n    note: x"},
	} {
		if !strings.Contains(hostile, r.old) {
			t.Fatalf("contoh.yaml no longer has %q", r.old)
		}
		hostile = strings.Replace(hostile, r.old, r.new, 1)
	}
	path := filepath.Join(t.TempDir(), "aneh.yaml")
	if err := os.WriteFile(path, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := Main([]string{"rubric", "show", path}, IO{Out: &out, Err: &errb}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := out.String()
	if i := strings.IndexFunc(got, func(r rune) bool { return r < 0x20 && r != '\n' || r >= 0x7f && r < 0xa0 }); i >= 0 {
		t.Errorf("a control character (%U) reaches the terminal: %q", []rune(got[i:])[0], got[max(0, i-20):min(len(got), i+20)])
	}
	for _, want := range []string{"Rubrik ?[31mcontoh?[0m", "Baris satu\nbaris ?]0;judul? dua", "Rendah ?2J", "Standar ?[2J", "sumber ?[5m"} {
		if !strings.Contains(got, want) {
			t.Errorf("rubric show lacks %q:\n%s", want, got)
		}
	}
}
