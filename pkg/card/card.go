// Package card writes report cards ("rapor"): one A4 PDF per unit that
// the unit prints, signs and argues about. A card explains its score: the
// unit's details, the score with its grade, zone and band, the score by
// component with the arithmetic written out (contributions that add up
// exactly to the printed score), every finding with the rubric's
// recommendation and the assessor's note, evidence and source cell, the
// N/A, not-applicable and unanswered indicators, a line for every
// indicator, and on every page a footer naming the rubric (id, version,
// hash), the input files (name, SHA-256), the tool and "page x of y".
//
// Cards are rendered only from a results.Results (and its rubric), in
// Bahasa Indonesia by default or English, concurrently, each written
// atomically; the same results give byte-identical files.
package card

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// Options says how cards are written.
type Options struct {
	Lang msg.Lang // msg.ID (default) or msg.EN
	// Jobs is how many cards are rendered at once; 0 means
	// runtime.NumCPU().
	Jobs int
	// Region and Period, when set, replace every unit's own (e.g. the
	// regency's name when the workbooks leave it out).
	Region, Period string
	// Compress compresses the pages: files about 2.5 times smaller, but
	// fpdf allocates a fresh compressor (over a megabyte) for every page,
	// which nearly doubles the time of a large batch. Off by default.
	Compress bool
	// Gate, when set, is waited for before the first card is written:
	// cards are rendered meanwhile and held (up to gateBudget bytes), so
	// that another output can be made beside them and still be written
	// first. If it returns an error, no card is written and Write returns
	// that error.
	Gate func() error

	// For the benchmark's baseline: always the Unicode fonts, and the
	// garbage collector left as it is.
	unicode, defaultGC bool
}

// Write writes one card per unit of res into dir (created if needed),
// named after the unit's code (see FileNames), and returns their paths in
// unit order. Each file is written atomically: a failure leaves no partial
// file behind. On an error, Write stops starting new cards and returns the
// paths written so far with the first error in unit order.
func Write(dir string, res *results.Results, o Options) ([]string, error) {
	if res == nil || res.Rubric == nil {
		return nil, errors.New("card: results without a rubric")
	}
	if gate := o.Gate; gate != nil {
		// The folder too is made only once the gate opens.
		o.Gate = func() error {
			if err := gate(); err != nil {
				return err
			}
			return os.MkdirAll(dir, 0o755)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	n := len(res.Units)
	if n == 0 {
		if o.Gate != nil {
			return nil, o.Gate()
		}
		return nil, nil
	}
	names := FileNames(res.Units)
	jobs := o.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	jobs = min(jobs, n)
	if n > 1 && !o.defaultGC {
		defer relaxGC()()
	}

	// Rendering is CPU work: one goroutine per job. Writing is mostly
	// waiting for the disk (atomicfile syncs every file): a few more
	// goroutines, so that the renderers never wait for it.
	sh := newShared(res, o)
	errs := make([]error, n)
	done := make([]bool, n)
	var stop atomic.Bool
	type rendered struct {
		i    int
		data []byte
	}
	next := make(chan int)
	out := make(chan rendered, jobs)
	var renderers, writers sync.WaitGroup
	for range jobs {
		renderers.Add(1)
		go func() {
			defer renderers.Done()
			w := newWorker(sh)
			for i := range next {
				if stop.Load() {
					continue
				}
				data, err := w.render(&res.Units[i])
				if err != nil {
					errs[i] = fmt.Errorf("card %s: %w", names[i], err)
					stop.Store(true)
					continue
				}
				out <- rendered{i, data}
			}
		}()
	}
	toWrite := out
	var gateErr error
	if o.Gate != nil {
		gated := make(chan rendered, jobs)
		toWrite = gated
		go func() {
			defer close(gated)
			opened := make(chan error, 1)
			go func() { opened <- o.Gate() }()
			var held []rendered
			size, waiting := 0, true
		hold:
			for size < gateBudget {
				select {
				case r, ok := <-out:
					if !ok {
						break hold
					}
					held = append(held, r)
					size += len(r.data)
				case err := <-opened:
					gateErr, waiting = err, false
					break hold
				}
			}
			if waiting {
				gateErr = <-opened
			}
			if gateErr != nil {
				stop.Store(true)
				for range out {
				}
				return
			}
			for _, r := range held {
				gated <- r
			}
			for r := range out {
				gated <- r
			}
		}()
	}
	for range min(writeJobs, n) {
		writers.Add(1)
		go func() {
			defer writers.Done()
			for r := range toWrite {
				if stop.Load() {
					continue
				}
				if err := atomicfile.WriteBytes(filepath.Join(dir, names[r.i]), r.data); err != nil {
					errs[r.i] = fmt.Errorf("card %s: %w", names[r.i], err)
					stop.Store(true)
					continue
				}
				done[r.i] = true
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	renderers.Wait()
	close(out)
	writers.Wait()
	if gateErr != nil {
		return nil, gateErr
	}

	paths := make([]string, 0, n)
	var first error
	for i := range n {
		if errs[i] != nil && first == nil {
			first = errs[i]
		}
		if done[i] {
			paths = append(paths, filepath.Join(dir, names[i]))
		}
	}
	return paths, first
}

// Render returns the card of one unit of res, for callers that write it
// themselves.
func Render(res *results.Results, u *results.Unit, o Options) ([]byte, error) {
	if res == nil || res.Rubric == nil || u == nil {
		return nil, errors.New("card: results without a rubric")
	}
	return newWorker(newShared(res, o)).render(u)
}

// relaxGC lets the heap grow further between collections while a batch
// of cards is rendered: each card allocates a few megabytes that die at
// once (fpdf allocates a compressor per stream), and the default pacing
// spends more time collecting than rendering. It returns the function
// that restores the setting; concurrent batches share one relaxation.
func relaxGC() (restore func()) {
	gcMu.Lock()
	defer gcMu.Unlock()
	if gcUsers == 0 {
		gcSaved = debug.SetGCPercent(batchGCPercent)
	}
	gcUsers++
	return func() {
		gcMu.Lock()
		defer gcMu.Unlock()
		gcUsers--
		if gcUsers == 0 {
			debug.SetGCPercent(gcSaved)
		}
	}
}

const batchGCPercent = 400

// gateBudget bounds the bytes of cards held while Options.Gate is waited
// for (a district's 200 cards are some 28 MB).
const gateBudget = 64 << 20

// writeJobs is how many cards are written to disk at once.
const writeJobs = 8

var (
	gcMu    sync.Mutex
	gcUsers int
	gcSaved int
)

// FileNames returns each unit's card file name: its code made safe as a
// file name on Windows and Unix, plus ".pdf". Characters Windows forbids
// (<>:"/\|?* and control characters) become "_"; leading dots and
// spaces, trailing dots and spaces are dropped; names Windows reserves
// (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or without an extension) get
// a "_" after the reserved part ("CON_", "nul_.x"); long codes are cut to 100 bytes; a unit without a code is
// named after its position ("unit-3"). Names that would be equal ignoring
// case get "-2", "-3", … in unit order.
func FileNames(units []results.Unit) []string {
	out := make([]string, len(units))
	used := map[string]bool{}
	for i := range units {
		base := SafeName(units[i].Code)
		if base == "" {
			base = "unit-" + strconv.Itoa(i+1)
		}
		name := base
		for k := 2; used[strings.ToLower(name)]; k++ {
			name = base + "-" + strconv.Itoa(k)
		}
		used[strings.ToLower(name)] = true
		out[i] = name + ".pdf"
	}
	return out
}

// SafeName turns s into a file name (without extension) valid on Windows
// and Unix; "" if nothing usable is left. See FileNames.
func SafeName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "_") {
		switch {
		case r < 0x20 || r == 0x7F || strings.ContainsRune(`<>:"/\|?*`, r):
			b.WriteByte('_')
		case r == 0xFFFD || r >= 0x80 && r < 0xA0:
			b.WriteByte('_')
		default:
			b.WriteRune(r)
		}
	}
	name := strings.Trim(b.String(), " .")
	if len(name) > maxFileName {
		cut := maxFileName
		for cut > 0 && !isRuneStart(name[cut]) {
			cut--
		}
		name = strings.TrimRight(name[:cut], " .")
	}
	if name == "" {
		return ""
	}
	if reserved(name) {
		stem, ext, dot := strings.Cut(name, ".")
		name = stem + "_"
		if dot {
			name += "." + ext
		}
	}
	return name
}

const maxFileName = 100

func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }

// reserved reports whether Windows reserves name (ignoring case and any
// extension): CON, PRN, AUX, NUL, COM0–9, LPT0–9 (and the superscript
// digits ¹²³).
func reserved(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	stem = strings.ToUpper(strings.TrimRight(stem, " "))
	switch stem {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if len(stem) >= 4 && (strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT")) {
		switch stem[3:] {
		case "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³":
			return true
		}
	}
	return false
}

// worker renders cards one at a time; each goroutine has its own.
type worker struct {
	sh    *shared
	wraps map[wrapKey][]string
}

func newWorker(sh *shared) *worker {
	return &worker{sh: sh, wraps: map[wrapKey][]string{}}
}

// render draws the card with the fast 8-bit fonts, and again with the
// Unicode fonts if some text needed them.
func (w *worker) render(u *results.Unit) ([]byte, error) {
	data, lost, err := w.draw(u, w.sh.o.unicode)
	if err == nil && lost && !w.sh.o.unicode {
		data, _, err = w.draw(u, true)
	}
	return data, err
}

func (w *worker) draw(u *results.Unit, unicode bool) (data []byte, lost bool, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("rendering failed: %v", p)
		}
	}()
	d := pdfdoc.New(w.sh.lang, pdfdoc.Options{
		Unicode:      unicode,
		Uncompressed: !w.sh.o.Compress,
		Title:        msg.T(w.sh.lang, msg.CardDocTitle, pdfdoc.Truncate(firstNonEmpty(u.Name, u.Code), 200)),
		Creator:      w.sh.tool,
	})
	c := &cardDoc{worker: w, d: d, sh: w.sh, u: u, unicode: unicode}
	c.draw()
	data, err = d.Bytes()
	return data, d.Lost(), err
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}
