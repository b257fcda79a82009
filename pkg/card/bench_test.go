package card

import (
	"fmt"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// bigRubric is a 60-indicator rubric shaped like the Ombudsman's: four
// dimensions, variables under them, checks, levels and choices, every
// indicator with a finding and a recommendation of realistic length.
func bigRubric(t testing.TB) *rubric.Rubric {
	var b strings.Builder
	b.WriteString(`schema: kepatuhan/rubric/v1
id: bench-60
version: "1"
title: {id: Rubrik uji kinerja enam puluh indikator, en: Sixty-indicator benchmark rubric}
kind: observation
provenance: [{item: all values, status: local, note: benchmark}]
scale: {min: 0, max: 100, decimals: 2, rounding: half-away-from-zero}
bands:
  - {min: 0, grade: D, label: {id: Kualitas Rendah, en: Low quality}, zone: merah}
  - {min: 51, grade: C, label: {id: Kualitas Sedang, en: Medium quality}, zone: kuning}
  - {min: 81, grade: B, label: {id: Kualitas Tinggi, en: High quality}, zone: hijau}
  - {min: 91, grade: A, label: {id: Kualitas Tertinggi, en: Highest quality}, zone: hijau}
groups:
`)
	dims := []string{"Input", "Proses", "Output", "Pengaduan"}
	n := 0
	for d, dim := range dims {
		fmt.Fprintf(&b, "  - code: D%d\n    name: {id: \"Dimensi %s\", en: \"%s dimension\"}\n    weight: %d\n    groups:\n", d+1, dim, dim, 20+5*d)
		for v := 0; v < 3; v++ {
			fmt.Fprintf(&b, "      - code: D%d.V%d\n        name: {id: \"Variabel %d.%d pelayanan publik\", en: \"Variable %d.%d\"}\n        weight: 1\n        indicators:\n", d+1, v+1, d+1, v+1, d+1, v+1)
			for i := 0; i < 5; i++ {
				n++
				fmt.Fprintf(&b, "          - code: I-%02d\n", n)
				fmt.Fprintf(&b, "            text: {id: \"Indikator %d: informasi pelayanan tentang persyaratan, prosedur dan jangka waktu tersedia dan mudah diakses\", en: \"Indicator %d: service information is available and accessible\"}\n", n, n)
				switch n % 3 {
				case 0:
					b.WriteString("            type: check\n")
				case 1:
					b.WriteString("            type: levels\n            levels: {min: 0, max: 3, descriptions: {0: {id: Tidak ada}, 1: {id: Sebagian kecil}, 2: {id: Sebagian besar}, 3: {id: Lengkap}}}\n")
				case 2:
					b.WriteString("            type: choice\n            choices: [{label: Lengkap, points: 1}, {label: Sebagian, points: 0.5}, {label: Tidak Ada, points: 0}]\n")
				}
				fmt.Fprintf(&b, "            finding: {id: \"Informasi indikator %d belum tersedia secara lengkap di ruang pelayanan maupun di laman resmi unit.\", en: \"Indicator %d information is incomplete.\"}\n", n, n)
				fmt.Fprintf(&b, "            recommendation: {id: \"Lengkapi dan publikasikan informasi indikator %d di papan informasi dan laman resmi paling lambat tiga bulan setelah penilaian, lalu laporkan buktinya kepada penilai.\", en: \"Complete and publish indicator %d information within three months.\"}\n", n, n)
			}
		}
	}
	r, err := rubric.Parse("bench-60.yaml", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// benchResults: n units, each with about one indicator in four not met
// or partly met, a note and evidence on most findings.
func benchResults(t testing.TB, n int) *results.Results {
	r := bigRubric(t)
	f := newFixture(t, r, "observasi-kabupaten-2024.xlsx")
	inds := r.Indicators()
	for k := 0; k < n; k++ {
		a := answers{}
		notes := map[string]results.Remark{}
		for i, ind := range inds {
			bad := (i*7+k*3)%4 == 0
			switch ind.Type {
			case rubric.Check:
				a[ind.Code] = map[bool]string{true: "Tidak", false: "Ya"}[bad]
			case rubric.Levels:
				a[ind.Code] = map[bool]string{true: "1", false: "3"}[bad]
			case rubric.Choice:
				a[ind.Code] = map[bool]string{true: "Sebagian", false: "Lengkap"}[bad]
			}
			if bad && (i+k)%3 != 0 {
				notes[ind.Code] = results.Remark{
					Note:     "Papan informasi di ruang tunggu hanya memuat sebagian persyaratan; petugas menyatakan sisanya akan dipasang bulan depan.",
					Evidence: fmt.Sprintf("Foto %d–%d, berita acara kunjungan", i, i+2),
				}
			}
		}
		f.unit(fmt.Sprintf("UNIT-%04d", k), fmt.Sprintf("Dinas Pelayanan Publik Nomor %d Kabupaten Contoh", k), "", a, notes)
	}
	return f.res
}

// BenchmarkCards1000 writes 1,000 cards of 60 indicators (about six
// pages each): the default path (8-bit fonts, a renderer per core and
// writers beside them, the GC relaxed for the batch, pages uncompressed),
// the same with compressed pages, and the naive baseline. Each reports
// the wall time and the CPU time per 1,000 cards.
func BenchmarkCards1000(b *testing.B) {
	res := benchResults(b, 1000)
	run := func(b *testing.B, o Options, gcPercent int) {
		// The command line runs with GOGC 400 (pkg/cli/gc.go).
		defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
		dir := b.TempDir()
		b.ResetTimer()
		start, cpu0 := time.Now(), cpuTime()
		for b.Loop() {
			if _, err := writeCards(dir, res, o); err != nil {
				b.Fatal(err)
			}
		}
		per := time.Since(start).Seconds() / float64(b.N)
		b.ReportMetric(per, "s/1000cards")
		b.ReportMetric(float64(len(res.Units))/per, "cards/s")
		// CPU time (user + system) is steadier than wall time on a shared
		// machine.
		b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/1000cards")
	}
	b.Run("fast", func(b *testing.B) { run(b, Options{}, 400) })
	b.Run("fast-compressed", func(b *testing.B) { run(b, Options{Compress: true}, 400) })
	// The straightforward way: fpdf's UTF-8 fonts, page compression on
	// (fpdf's default), one card after another, the GC as it is.
	b.Run("baseline", func(b *testing.B) {
		run(b, Options{Jobs: 1, Compress: true, unicode: true}, 100)
	})
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
