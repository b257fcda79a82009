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
// Bahasa Indonesia by default or English, concurrently (RenderAll); the
// same results give byte-identical files. The command line writes them,
// as a set (package atomicfile), under the names FileNames gives.
package card

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kepatuhan/kepatuhan/pkg/evidence"
	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/locale"
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
	// Photos, when set, prepares the evidence photos the cards embed
	// (package evidence); without it the cards list evidence, no photos.
	Photos *evidence.Photos
	// Issuer, when set, adds the issuing office's signature block at the
	// end of every card (round.go).
	Issuer *issuer.Config

	// For the benchmark's baseline: always the Unicode fonts.
	unicode bool
}

// RenderAll renders the card of every unit of res, o.Jobs at once, and
// gives each to emit with its unit's index, from the rendering goroutines
// and in no fixed order (the file name of unit i is FileNames(res.Units)[i]).
// After the first error, of rendering or of emit, no new card is started;
// RenderAll returns the error of the first unit, in unit order, that
// failed.
func RenderAll(res *results.Results, o Options, emit func(i int, data []byte) error) error {
	if res == nil || res.Rubric == nil {
		return errors.New("card: results without a rubric")
	}
	n := len(res.Units)
	if n == 0 {
		return nil
	}
	jobs := o.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	jobs = min(jobs, n)
	names := FileNames(res.Units)
	sh := newShared(res, o)
	errs := make([]error, n)
	var stop atomic.Bool
	next := make(chan int)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := newWorker(sh)
			for i := range next {
				if stop.Load() {
					continue
				}
				data, err := w.render(&res.Units[i])
				if err == nil {
					err = emit(i, data)
				} else {
					err = fmt.Errorf("card %s: %w", names[i], err)
				}
				if err != nil {
					errs[i] = err
					stop.Store(true)
				}
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return firstError(errs)
}

// firstError returns the first non-nil error of errs, or nil.
func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// Render returns the card of one unit of res, for callers that write it
// themselves.
func Render(res *results.Results, u *results.Unit, o Options) ([]byte, error) {
	if res == nil || res.Rubric == nil || u == nil {
		return nil, errors.New("card: results without a rubric")
	}
	return newWorker(newShared(res, o)).render(u)
}

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
		Title:        msg.T(w.sh.lang, msg.CardDocTitle, locale.Truncate(firstNonEmpty(u.Name, u.Code), 200)),
		Creator:      w.sh.tool,
	})
	c := &cardDoc{worker: w, sh: w.sh, u: u, unicode: unicode}
	c.draw(d)
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
