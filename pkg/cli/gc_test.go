package cli

import (
	"runtime/debug"
	"testing"
)

func TestLimitFor(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct{ live, want int64 }{
		{0, batchMemLimit},
		{38 * mb, batchMemLimit}, // a 300,000-row sheet stays under the soft cap
		{42 * mb, batchMemLimit}, // the same sheet read pipelined, batches in flight
		{46 * mb, batchMemLimit},
		{47 * mb, 94 * mb}, // past the knee: twice the live heap
		{500 * mb, 1000 * mb},
	} {
		if got := limitFor(batchMemLimit, c.live); got != c.want {
			t.Errorf("limitFor(%d MB live) = %d MB, want %d MB", c.live/mb, got/mb, c.want/mb)
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
