package cli

import (
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/bench/benchdata"
)

// BenchmarkSKMCommand runs `kepatuhan skm` as a user does, through Main
// (the garbage collector's policy, the outputs written as files): 100,000
// respondents across 200 units (benchdata.SKM), the combined report
// (-o gabungan.pdf), and with --pdf every unit's report as well. The
// target is under 2 s for the combined report.
func BenchmarkSKMCommand(b *testing.B) {
	path, err := benchdata.SKM(100_000, 200)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	for _, c := range []struct {
		name string
		args []string
	}{
		{"combined", []string{"-o", filepath.Join(dir, "gabungan.pdf")}},
		{"combined+units", []string{"-o", filepath.Join(dir, "gabungan.pdf"), "--pdf", filepath.Join(dir, "unit")}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				args := append([]string{"skm", path, "--population", "2000"}, c.args...)
				if code, _, errs := runMain(args...); code != 0 {
					b.Fatalf("exit %d: %s", code, errs)
				}
			}
		})
	}
}
