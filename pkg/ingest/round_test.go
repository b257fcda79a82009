package ingest_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

const selfForm = `
sheet DINKES
3: Kode Unit | DINKES
4: Penilai | Operator Dinkes
5: Tanggal | 01/08/2024
7: Kode | Jawaban Unit | Catatan
8: SP-01 | Ya
9: SP-02 | Ya
10: SP-03 | Ya
11: SP-04 | Tidak | belum ada
12: SR-01 | Ya
13: SR-02 | Lengkap
14: SR-03 | N/A
`

const verifierForm = `
sheet DINKES
3: Kode Unit | DINKES
4: Penilai | Tim Verifikasi
5: Tanggal | 02/09/2024
7: Kode | Jawaban Unit | Catatan | Jawaban Verifikator | Catatan Verifikasi
8: SP-01 | Ya | | Ya
9: SP-02 | Ya | | Tidak | SOP tidak ada
10: SP-03 | Ya | | Ya
11: SP-04 | Tidak | belum ada | Tidak
12: SR-01 | Ya | | Ya
13: SR-02 | Lengkap | | Sebagian
14: SR-03 | N/A | | N/A
`

// The unit's self-assessment and the verifier's workbook of the same
// unit, in one folder, are one unit: the verifier's answers, assessor and
// date are taken, with a note.
func TestRoundJoinsSelfAndVerifier(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"1-mandiri.xlsx": selfForm, "2-verifikasi.xlsx": verifierForm})
	out := ingest.Load([]string{dir}, ingest.Options{Rubric: contoh})
	if out.Invalid() {
		t.Fatalf("problems: %s", keys(out.Problems))
	}
	if got := keys(out.Problems); got != "notice ingest.round-joined" {
		t.Errorf("problems %s", got)
	}
	u := unitByCode(t, out, "DINKES")
	if u.Assessor != "Tim Verifikasi" || u.Date != "2024-09-02" || u.Provisional() {
		t.Errorf("unit %s %s provisional %v", u.Assessor, u.Date, u.Provisional())
	}
	// SP 2/4 → 30; SR (1 + 0.5·2)/3 → 26.67.
	if u.Score == nil || *u.Score != 56.67 || len(u.Sources) != 2 {
		t.Errorf("score %v sources %d", u.Score, len(u.Sources))
	}
	if s, ok := u.SelfScore(); !ok || s != 85 {
		t.Errorf("self %v", s)
	}
	// In the other order too.
	write(t, dir, map[string]string{"0-verifikasi.xlsx": verifierForm})
	out = ingest.Load([]string{filepath.Join(dir, "0-verifikasi.xlsx"), filepath.Join(dir, "1-mandiri.xlsx")}, ingest.Options{Rubric: contoh})
	if u := unitByCode(t, out, "DINKES"); out.Invalid() || u.Assessor != "Tim Verifikasi" || *u.Score != 56.67 {
		t.Errorf("verifier first: %s %s", keys(out.Problems), u.Assessor)
	}
}

// A self-assessment changed after the verifier's form was made, or a
// round's part and a single pass of one unit, conflict.
func TestRoundConflicts(t *testing.T) {
	dir := t.TempDir()
	changed := `
sheet DINKES
3: Kode Unit | DINKES
7: Kode | Jawaban Unit
8: SP-01 | Tidak
`
	plain := `
sheet DINKES
3: Kode Unit | DINKES
7: Kode | Jawaban
8: SP-01 | Ya
`
	write(t, dir, map[string]string{"a.xlsx": changed, "b.xlsx": verifierForm, "c.xlsx": plain})
	for _, pair := range [][2]string{{"a.xlsx", "b.xlsx"}, {"c.xlsx", "b.xlsx"}} {
		out := ingest.Load([]string{filepath.Join(dir, pair[0]), filepath.Join(dir, pair[1])}, ingest.Options{Rubric: contoh})
		if !out.Invalid() || keys(out.Problems) != "ingest.duplicate-unit" {
			t.Errorf("%v: %s", pair, keys(out.Problems))
		}
	}
}

// Scoring a round's results file again gives the same file, byte for
// byte: the example's verification round (whose DESA units have an
// indicator not for villages, the answer awaited in the verifier's
// column) read, written, read back and written again.
func TestRoundResultsRescoredIdempotent(t *testing.T) {
	dir := t.TempDir()
	write := func(in, out string) []byte {
		t.Helper()
		o := ingest.Load([]string{in}, ingest.Options{})
		if o.Invalid() {
			t.Fatalf("%s: %v", in, o.Problems)
		}
		var buf bytes.Buffer
		if err := results.WriteJSON(&buf, o.Results); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	first := write(filepath.Join("..", "..", "testdata", "example", "verifikasi-2024.xlsx"), filepath.Join(dir, "a.json"))
	second := write(filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json"))
	// The inputs block names the file read; the units must be the same.
	cut := func(b []byte) []byte { return b[bytes.Index(b, []byte(`"units"`)):] }
	if !bytes.Equal(cut(first), cut(second)) {
		t.Error("the round's units changed when their results file was scored again")
	}
	third := write(filepath.Join(dir, "b.json"), filepath.Join(dir, "c.json"))
	if !bytes.Equal(cut(second), cut(third)) {
		t.Error("scored a third time, the units changed again")
	}
}
