package cli

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestPacingFor(t *testing.T) {
	const mb = 1 << 20
	under, large, past := pacing{batchGCPercent, batchMemLimit}, pacing{100, largeMemLimit}, pacing{100, math.MaxInt64}
	for _, c := range []struct {
		live int64
		want pacing
	}{
		{0, under},
		{38 * mb, under},  // a 300,000-row sheet stays under the soft cap
		{42 * mb, under},  // the same sheet read pipelined, batches in flight
		{43 * mb, large},  // past the knee: the default pacing, under the large limit
		{340 * mb, large}, // a national year's two results, compared
		{432 * mb, large}, // the most live found comparing two national years
		{434 * mb, large},
		{435 * mb, past}, // past the second knee: no limit
		{500 * mb, past},
	} {
		if got := pacingFor(batchMemLimit, c.live); got != c.want {
			t.Errorf("pacingFor(%d MB live) = %+v, want %+v", c.live/mb, got, c.want)
		}
	}
}

func TestBatchGCRestores(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	percent := debug.SetGCPercent(150)
	defer debug.SetGCPercent(percent)
	limit := debug.SetMemoryLimit(1 << 40)
	defer debug.SetMemoryLimit(limit)

	restore := batchGC()
	if got := debug.SetGCPercent(batchGCPercent); got != batchGCPercent {
		t.Errorf("GOGC during a command = %d, want %d", got, batchGCPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != batchMemLimit {
		t.Errorf("memory limit during a command = %d, want %d", got, batchMemLimit)
	}
	restore()
	if got := debug.SetGCPercent(-1); got != 150 {
		t.Errorf("GOGC after = %d, want 150", got)
	}
	debug.SetGCPercent(150)
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("memory limit after = %d, want %d", got, int64(1<<40))
	}
}
