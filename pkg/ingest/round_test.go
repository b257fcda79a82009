package ingest_test

import (
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/ingest"
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
