package correction_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/correction"
	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

var contoh = filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml")

// round loads two units: DINKES verified (56.67, SP-02 and SR-02
// corrected by the verifier), and K2 of a single pass, assessed on 12
// August 2024.
func round(t *testing.T) *results.Results {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "ronde.xlsx")
	err := fixture.Write(path, `
sheet DINKES
3: Kode Unit | DINKES
5: Tanggal | 02/09/2024
7: Kode | Jawaban Unit | Jawaban Verifikator
8: SP-01 | Ya | Ya
9: SP-02 | Ya | Tidak
10: SP-03 | Ya | Ya
11: SP-04 | Tidak | Tidak
12: SR-01 | Ya | Ya
13: SR-02 | Lengkap | Sebagian
14: SR-03 | N/A | N/A
sheet K2
3: Kode Unit | K2
5: Tanggal | 12/08/2024
7: Kode | Jawaban
8: SP-01 | Ya
9: SP-02 | Ya
10: SP-03 | Tidak
11: SP-04 | Ya
12: SR-01 | Ya
13: SR-02 | Lengkap
14: SR-03 | Ya
`)
	if err != nil {
		t.Fatal(err)
	}
	out := ingest.Load([]string{path}, ingest.Options{Rubric: contoh})
	if out.Invalid() {
		t.Fatalf("%v", out.Problems)
	}
	return out.Results
}

func write(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func texts(ps msg.Problems) string {
	var s []string
	for _, p := range ps {
		line := p.Text(msg.EN)
		if h := p.HintText(msg.EN); h != "" {
			line += " | " + h
		}
		s = append(s, line)
	}
	return strings.Join(s, "\n")
}

const good = `corrections:
  - unit: dinkes
    indicator: SP-02
    answer: Ya
    reason: SOP ditunjukkan saat klarifikasi
    by: Tim Verifikasi
    date: 2024-10-02
    ref: 800/123/Org/2024
  - unit: K2
    indicator: SP-03
    answer: "1"
    reason: keberatan diterima
    by: Kepala Bagian Organisasi
    date: 15/10/2024
`

// Corrections apply on top: the final answers change, the units are
// scored again, and each correction keeps what it replaced, who, why,
// when and the reference.
func TestApply(t *testing.T) {
	res := round(t)
	entries, err := correction.Read(write(t, "koreksi.yaml", good))
	if err != nil {
		t.Fatal(err)
	}
	if ps := correction.Apply(res, entries); len(ps) != 0 {
		t.Fatalf("problems: %s", texts(ps))
	}
	d := res.Units[0]
	// SP 3/4 → 45; SR (1 + 0.5·2)/3 → 26.67.
	if *d.Score != 71.67 || len(d.Corrections()) != 1 {
		t.Fatalf("DINKES %v %d", *d.Score, len(d.Corrections()))
	}
	c := d.Corrections()[0]
	if c.Before.Text != "Tidak" || c.Before.Status != results.NotMet || c.After.Text != "Ya" || c.After.Status != results.Met ||
		c.Reason != "SOP ditunjukkan saat klarifikasi" || c.By != "Tim Verifikasi" || c.Date != "2024-10-02" ||
		c.Ref != "800/123/Org/2024" || !strings.HasSuffix(c.Where, "koreksi.yaml:2:5") {
		t.Errorf("correction %+v", c)
	}
	if s, _ := d.SelfScore(); s != 85 || d.Indicators[1].Round().State != results.Corrected {
		t.Errorf("the self score and the verifier's state stay: %v %v", s, d.Indicators[1].Round().State)
	}
	k := res.Units[1]
	if *k.Score != 100 || k.Round == nil || k.Round.Verification || k.Provisional() || k.Corrections()[0].Date != "2024-10-15" {
		t.Errorf("K2 %v %+v", *k.Score, k.Round)
	}
	// The same file again: already recorded, noted, nothing added.
	ps := correction.Apply(res, entries)
	if ps.HasErrors() || len(ps) != 2 || ps[0].Key != msg.CorrectionAlreadyApplied || len(res.Units[0].Corrections()) != 1 {
		t.Errorf("applied twice: %s", texts(ps))
	}
}

// A corrections workbook: labels in either language, dates as date
// cells.
func TestReadWorkbook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "koreksi.xlsx")
	err := fixture.Write(path, `
sheet Koreksi
1: Koreksi hasil verifikasi
3: No | Kode Unit | Kode Indikator | Jawaban Baru | Alasan | Oleh | Tanggal | Nomor Surat
4: #n:1 | DINKES | SP-02 | Ya | klarifikasi | Tim | #d:2024-10-02 | 800/1
6: #n:2 | K2 | SR-02 | Sebagian | keberatan | Tim | 03/10/2024
`)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := correction.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 || entries[0].Date != "2024-10-02" || entries[0].Ref != "800/1" || entries[1].Where() != path+" › Koreksi › B6" {
		t.Fatalf("entries %+v", entries)
	}
	res := round(t)
	if ps := correction.Apply(res, entries); ps.HasErrors() {
		t.Fatal(texts(ps))
	}
	if *res.Units[1].Score != 75 {
		t.Errorf("K2 %v", *res.Units[1].Score)
	}
}

// Every refused correction is reported, located, and the results are
// left as they were.
func TestRefused(t *testing.T) {
	src := `corrections:
  - {unit: DINKESS, indicator: SP-02, answer: Ya, reason: r, by: b, date: 2024-10-02}
  - {unit: DINKES, indicator: SP-2, answer: Ya, reason: r, by: b, date: 2024-10-02}
  - {unit: DINKES, indicator: SP-01, answer: Mungkin, reason: r, by: b, date: 2024-10-02}
  - {unit: DINKES, indicator: SP-03, answer: Ya, reason: r, by: b, date: 2024-09-01}
  - {unit: K2, indicator: SP-03, answer: Ya, reason: r, by: b, date: 2024-10-02}
  - {unit: k2, indicator: sp-03, answer: Tidak, reason: r, by: b, date: 2024-10-03}
  - {unit: K2, indicator: SP-04, answer: Ya, reason: r, by: b, date: kemarin}
`
	res := round(t)
	before := *res.Units[1].Score
	entries, err := correction.Read(write(t, "k.yaml", src))
	if err != nil {
		t.Fatal(err)
	}
	ps := correction.Apply(res, entries)
	got := texts(ps)
	for _, want := range []string{
		`k.yaml:2:5: unit "DINKESS" is not in this round | did you mean "DINKES"?`,
		`k.yaml:3:5: indicator "SP-2" is not in rubric contoh | did you mean "SP-02"?`,
		`k.yaml:4:5: answer "Mungkin" is not accepted for SP-01 | accepted: Ya, Tidak`,
		`k.yaml:5:5: the correction is dated 2024-09-01, before unit DINKES was assessed (2024-09-02)`,
		`k.yaml:7:5: a second correction of unit K2, indicator SP-03 (the first at `,
		`k.yaml:8:5: the correction's date "kemarin" cannot be read`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if len(ps) != 6 || *res.Units[1].Score != before || res.Units[1].Round != nil {
		t.Errorf("%d problems; K2 changed: %v %+v", len(ps), *res.Units[1].Score, res.Units[1].Round)
	}
	// A file without the required keys, or none at all.
	_, err = correction.Read(write(t, "k.yaml", "corrections:\n  - {unit: K2, indicator: SP-03, answer: Ya, reson: r}\n"))
	if err == nil || !strings.Contains(err.Error(), `kunci "reson" tidak dikenal`) || !strings.Contains(err.Error(), `kunci "date" wajib ada`) {
		t.Errorf("keys: %v", err)
	}
	if _, err = correction.Read(write(t, "k.yaml", "corrections: []\n")); err == nil {
		t.Error("no correction at all was accepted")
	}
}
