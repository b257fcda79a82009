package cli

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// The garbage collector's policy for kepatuhan's commands, set here and
// nowhere else. Every command is a batch: read the inputs, build one
// results model that lives to the end, write the outputs, exit. What is
// allocated either stays (the model) or dies at once (a card's PDF
// buffers, a workbook's XML), so the default pacing (GOGC 100) collects
// often for little. The policy:
//
//   - GOGC 400: the heap may grow to five times what is live between
//     collections, so a small run (a district's 200 workbooks, their
//     cards and workbook) collects a handful of times in all;
//   - a soft memory limit, batchMemLimit, which the collector works to
//     stay under: a 300,000-row sheet (about 38 MB live) then peaks near
//     62–63 MB resident (65 MB at 52 MiB, 68 MB with GOGC 400 alone, 67 MB
//     with GOGC 100), for 5–10% more CPU than at 52 MiB;
//   - while report cards and the results workbook are written, whose
//     buffers are large and short-lived (fpdf, excelize), the soft limit
//     is writingMemLimit: held at 48–52 MiB, the collector and the scavenger
//     would return those pages to the system only for them to be faulted
//     in again (a district year took 35% more CPU than without a limit,
//     and 30% less with this one, at 113 MB instead of 237 MB);
//   - past the point where a run cannot fit (an eighth more than its live
//     heap over the limit), the default pacing (GOGC 100) under a second,
//     larger soft limit, largeMemLimit: a national round (25,000 units,
//     a million answers, 170–340 MB live) is not let grow to twice its
//     live heap — the annual report peaked at 670 MB, the comparison of
//     two years at 700 MB — but collected at 448 MiB: the report's units,
//     no longer needed once its pages are drawn, are let go before fpdf
//     writes the pages out (pdfdoc.Render), and pages already faulted in
//     are used again rather than new ones (a fresh page costs this kind of
//     machine about 14 µs);
//   - past the point where even that cannot fit (a thirty-second more
//     than the live heap over largeMemLimit), the default pacing with no limit: a
//     run is never held at a limit, where the collector would run without
//     pause (2.4 times the CPU on a million rows), nor paced harder than
//     by default (pacingFor).
//
// GOGC or GOMEMLIMIT in the environment switch the policy off (the
// user's choice wins). pkg/bench/run.sh measures the effect.
const (
	batchGCPercent  = 400
	batchMemLimit   = 48 << 20
	writingMemLimit = 96 << 20
	largeMemLimit   = 448 << 20
)

// pacing is what the collector is told: GOGC and the soft memory limit.
type pacing struct {
	percent int
	limit   int64
}

// pacingFor is the pacing for a live heap of live bytes: GOGC 400 under
// the limit base while an eighth more than the live heap fits under it (a
// 300,000-row sheet, read with its rows in flight between goroutines,
// finds up to 42 MB live; with a quarter the limit moved to 84 MB and the
// run peaked at 66 MB resident instead of 62 MB, no faster); past that,
// the default pacing (GOGC 100) under largeMemLimit while a thirty-second
// more than the live heap fits under it (the comparison of two national
// years finds 420-432 MiB live while it compares them: with a sixteenth,
// seven runs in eight left the limit there, and one in about twenty-five
// then grew to 659 MB before the years were let go; with a thirty-second
// none left it, as fast); past that too, the default pacing
// with no limit at all. A limit at twice the live heap paced the same but
// kept the scavenger returning pages to the system that the next large
// buffer faulted in again: a national round's annual report spent 1.5 s
// of CPU in the fresh compressors fpdf made for its 1,574 pages, 0.1 s
// without.
func pacingFor(base, live int64) pacing {
	switch {
	case live+live/8 <= base:
		return pacing{batchGCPercent, base}
	case live+live/32 <= largeMemLimit:
		return pacing{100, largeMemLimit}
	}
	return pacing{100, math.MaxInt64}
}

// batchGC applies the policy and returns the function that restores the
// previous settings (Main runs in tests, which must not keep it).
func batchGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	t := &gcTuner{base: batchMemLimit, pace: pacing{batchGCPercent, batchMemLimit}}
	t.prevPercent = debug.SetGCPercent(batchGCPercent)
	t.prevLimit = debug.SetMemoryLimit(batchMemLimit)
	t.arm()
	tunerMu.Lock()
	tuner = t
	tunerMu.Unlock()
	return t.stop
}

// writingGC tells the policy that the command now writes outputs with
// large short-lived buffers (report cards, the results workbook): the
// soft limit is raised to writingMemLimit for the rest of the run.
func writingGC() {
	tunerMu.Lock()
	t := tuner
	tunerMu.Unlock()
	if t == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped || t.base >= writingMemLimit {
		return
	}
	t.base = writingMemLimit
	t.apply(pacingFor(t.base, t.live))
}

// tuner is the policy of the command running, if any.
var (
	tunerMu sync.Mutex
	tuner   *gcTuner
)

// gcTuner raises the memory limit after a collection that finds more live
// data than the limit leaves room for.
type gcTuner struct {
	base        int64
	prevPercent int
	prevLimit   int64
	mu          sync.Mutex
	stopped     bool
	sample      []metrics.Sample
	pace        pacing // the pacing set
	live        int64  // the live heap found by the last collection
}

// sentinel is an object made only to be collected: its cleanup runs after
// the first collection that finds it unreachable, that is, once per cycle.
type sentinel struct{ _ *int }

func (t *gcTuner) arm() {
	runtime.AddCleanup(&sentinel{}, func(t *gcTuner) { t.tune() }, t)
}

func (t *gcTuner) tune() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return
	}
	if t.sample == nil {
		t.sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	}
	metrics.Read(t.sample)
	if t.sample[0].Value.Kind() == metrics.KindUint64 {
		live := int64(t.sample[0].Value.Uint64())
		t.live = live
		t.apply(pacingFor(t.base, live))
	}
	t.arm()
}

// apply sets the pacing p if it is not the one set (t.mu held).
func (t *gcTuner) apply(p pacing) {
	if p.percent != t.pace.percent {
		debug.SetGCPercent(p.percent)
	}
	if p.limit != t.pace.limit {
		debug.SetMemoryLimit(p.limit)
	}
	t.pace = p
}

func (t *gcTuner) stop() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return
	}
	t.stopped = true
	debug.SetGCPercent(t.prevPercent)
	debug.SetMemoryLimit(t.prevLimit)
	tunerMu.Lock()
	if tuner == t {
		tuner = nil
	}
	tunerMu.Unlock()
}
