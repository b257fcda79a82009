package report_test

import (
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/report"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// BenchmarkReport builds and renders the report of a district of 500,
// 1,000 and 2,000 units on ombudsman-2023 (41 indicators, survey items,
// about one unit in seven incomplete), as PDF and as XLSX, each from the
// results (Build included). The target: 2,000 units in under 2 s each,
// the cost linear in units. Compare ns/op across sizes for the slope.
func BenchmarkReport(b *testing.B) {
	r := loadRubric(b, "ombudsman-2023")
	sets := map[int]*results.Results{}
	for _, n := range []int{500, 1000, 2000} {
		sets[n] = synth(b, r, n)
	}
	for _, format := range []string{"pdf", "xlsx"} {
		for _, n := range []int{500, 1000, 2000} {
			res := sets[n]
			b.Run(format+"/"+strconv.Itoa(n), func(b *testing.B) {
				size := 0
				cpu0 := cpuTime()
				for b.Loop() {
					rp := report.Build(res, report.Options{})
					var data []byte
					var err error
					if format == "pdf" {
						data, err = rp.PDF()
					} else {
						data, err = rp.XLSX()
					}
					if err != nil {
						b.Fatal(err)
					}
					size = len(data)
				}
				b.ReportMetric(float64(size)/1e6, "MB")
				// CPU time (user + system) is steadier than wall time on
				// a shared machine.
				b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
			})
		}
	}
	b.Run("build/2000", func(b *testing.B) {
		for b.Loop() {
			report.Build(sets[2000], report.Options{})
		}
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
