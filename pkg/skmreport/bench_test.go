package skmreport_test

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/bench/benchdata"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/skmreport"
)

// BenchmarkSKM makes the SKM report of 100,000 respondents across 200
// units (benchdata.SKM, generated once and cached): each part, and "all",
// what `kepatuhan skm -o gabungan.pdf --pdf DIR` does — read the
// respondents workbook and score it, build the report, render the
// combined PDF and every unit's PDF (on every core, as the command
// does). The target is under 2 s for "all".
func BenchmarkSKM(b *testing.B) {
	path, err := benchdata.SKM(100_000, 200)
	if err != nil {
		b.Fatal(err)
	}
	load := func(b *testing.B) *results.Results {
		out := ingest.Load([]string{path}, ingest.Options{DefaultRubric: "skm-2017"})
		if out.Results == nil || out.Invalid() || len(out.Results.Units) != 200 {
			b.Fatalf("not read: %v", out.Problems)
		}
		return out.Results
	}
	opts := skmreport.Options{Convention: score.SKMConvention{NRRDecimals: -1}, Population: 2000}
	build := func(b *testing.B, res *results.Results) *skmreport.Report {
		rp, probs := skmreport.Build(res, opts)
		if probs.HasErrors() {
			b.Fatal(probs)
		}
		return rp
	}
	units := func(b *testing.B, rp *skmreport.Report) {
		if _, err := rp.UnitPDFs(0); err != nil {
			b.Fatal(err)
		}
	}
	res := load(b)
	rp := build(b, res)
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			load(b)
		}
	})
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			build(b, res)
		}
	})
	b.Run("combined-pdf", func(b *testing.B) {
		for b.Loop() {
			if _, err := rp.CombinedPDF(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("unit-pdfs", func(b *testing.B) {
		for b.Loop() {
			units(b, rp)
		}
	})
	b.Run("xlsx", func(b *testing.B) {
		for b.Loop() {
			if _, err := rp.XLSX(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("all", func(b *testing.B) {
		for b.Loop() {
			rp := build(b, load(b))
			if _, err := rp.CombinedPDF(); err != nil {
				b.Fatal(err)
			}
			units(b, rp)
		}
	})
}
