package resultbook_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/resultbook"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// wideRubric is a rubric of 6 groups × 10 indicators (checks, choices,
// levels; some may be N/A; some only for one unit type), the size of a
// real compliance instrument.
func wideRubric(tb testing.TB) *rubric.Rubric {
	tb.Helper()
	var y strings.Builder
	y.WriteString(`schema: kepatuhan/rubric/v1
id: lebar-60
version: "1"
title: {id: Rubrik uji 60 indikator, en: 60-indicator test rubric}
kind: observation
scale: {min: 0, max: 100, decimals: 2, rounding: half-away-from-zero}
bands:
  - {min: 0, label: {id: Rendah, en: Low}, zone: merah}
  - {min: 51, label: {id: Sedang, en: Medium}, zone: kuning}
  - {min: 81, label: {id: Tinggi, en: High}, zone: hijau}
unit_types:
  - {id: opd, label: {id: Perangkat Daerah, en: Regional agency}}
  - {id: puskesmas, label: {id: Puskesmas, en: Health centre}}
groups:
`)
	for g := 1; g <= 6; g++ {
		fmt.Fprintf(&y, "  - code: G%d\n    name: {id: Kelompok %d, en: Group %d}\n    weight: %d\n    indicators:\n", g, g, g, 10+g)
		for i := 1; i <= 10; i++ {
			code := fmt.Sprintf("G%d-%02d", g, i)
			fmt.Fprintf(&y, "      - code: %s\n        text: {id: \"Indikator %s tentang standar pelayanan yang dipublikasikan dan dipatuhi\", en: \"Indicator %s on the published service standard\"}\n", code, code, code)
			fmt.Fprintf(&y, "        finding: {id: \"Standar %s belum dipenuhi\", en: \"Standard %s is not met\"}\n", code, code)
			fmt.Fprintf(&y, "        recommendation: {id: \"Penuhi standar %s\", en: \"Meet standard %s\"}\n", code, code)
			switch i % 3 {
			case 0:
				y.WriteString("        type: check\n")
			case 1:
				y.WriteString("        type: choice\n        choices:\n          - {label: Lengkap, points: 1}\n          - {label: Sebagian, points: 0.5}\n          - {label: Tidak Ada, points: 0}\n")
			case 2:
				y.WriteString("        type: levels\n        levels:\n          min: 0\n          max: 4\n          descriptions: {0: {id: Tidak ada}, 1: {id: Rintisan}, 2: {id: Sebagian}, 3: {id: Hampir}, 4: {id: Penuh}}\n")
			}
			if i == 4 {
				y.WriteString("        na: true\n")
			}
			if i == 7 {
				y.WriteString("        applies_to: [puskesmas]\n")
			}
		}
	}
	rb, err := rubric.Parse("lebar-60.yaml", []byte(y.String()))
	if err != nil {
		tb.Fatal(err)
	}
	if n := len(rb.Indicators()); n != 60 {
		tb.Fatalf("%d indicators", n)
	}
	return rb
}

// bigResults is 5,000 units of the wide rubric, with plain names and
// notes (the fixture's deliberately awkward texts are for the tests).
func bigResults(b *testing.B) *results.Results {
	b.Helper()
	res := synth(b, wideRubric(b), 5000)
	for i := range res.Units {
		u := &res.Units[i]
		u.Name = fmt.Sprintf("Unit Layanan %d", i+1)
		for j := range u.Indicators {
			if r := u.Indicators[j].Remark(); r != nil {
				r.Note = "papan informasi belum dipasang di ruang tunggu"
			}
		}
	}
	return res
}

// BenchmarkWrite5000 writes the workbook of 5,000 units × 60 indicators
// (300,000 detail rows).
func BenchmarkWrite5000(b *testing.B) {
	res := bigResults(b)
	path := filepath.Join(b.TempDir(), "hasil.xlsx")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := writeFile(path, res, resultbook.Options{Lang: msg.ID}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if st, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(st.Size())/1e6, "MB")
	}
}

// BenchmarkRead5000 reads that workbook back (hidden sheet only).
func BenchmarkRead5000(b *testing.B) {
	res := bigResults(b)
	path := filepath.Join(b.TempDir(), "hasil.xlsx")
	if err := writeFile(path, res, resultbook.Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := resultbook.Read(path); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWideRubric: the benchmark's rubric round-trips like the others.
func TestWideRubric(t *testing.T) {
	res := synth(t, wideRubric(t), 12)
	path := write(t, res, msg.EN)
	back, err := resultbook.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(jsonOf(t, back)) != string(jsonOf(t, res)) {
		t.Fatal("round trip differs")
	}
	c := cover(res)
	if c.na == 0 || c.notApplicable == 0 || c.incomplete == 0 || c.partial == 0 {
		t.Fatalf("coverage %+v", c)
	}
}
