package cli

import (
	"errors"
	"io"
	"io/fs"
	"sync"
	"sync/atomic"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/card"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/oserr"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// Writing outputs, in one place. Every output format renders to an
// io.Writer or to bytes; the files are written here, through package
// atomicfile: a file is replaced whole or not at all, and a folder of
// report cards is replaced as a set, all or none. A failure is reported
// here too, naming the output (never a temporary file) with what to do,
// and ends the command with exit status 1.

// writeFile replaces path with what render writes.
func writeFile(o IO, lang msg.Lang, path string, render func(io.Writer) error) error {
	if err := atomicfile.Write(path, render); err != nil {
		return writeFailed(o, lang, path, err)
	}
	return nil
}

// writeBytes replaces path with data.
func writeBytes(o IO, lang msg.Lang, path string, data []byte) error {
	return writeFile(o, lang, path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// cardWriters is how many cards are written to disk at once, beside the
// renderers: writing is mostly waiting for the disk (every file is
// flushed), so that the renderers never wait for it.
const cardWriters = 8

// errStopped stops the card renderers after a card could not be written.
var errStopped = errors.New("stopped")

// writeCards renders the report cards of res and writes them into dir as
// a set. The cards are rendered and staged while gate (the results
// workbook being written) runs; they are moved into place only once it
// succeeds, so nothing of the cards is left when it fails. It returns how
// many cards it wrote, and the error that ends the command: gate's own
// error as it is (the caller reports it), or a card's, reported here with
// what became of the folder.
func writeCards(o IO, lang msg.Lang, dir string, res *results.Results, co card.Options, gate func() error) (int, error) {
	set, err := atomicfile.NewSet(dir)
	if err != nil {
		if gerr := gate(); gerr != nil {
			return 0, gerr
		}
		return 0, writeFailed(o, lang, dir, err)
	}
	names := card.FileNames(res.Units)
	type rendered struct {
		i    int
		data []byte
	}
	queue := make(chan rendered, cardWriters)
	var (
		failed   atomic.Bool
		first    error
		firstMu  sync.Mutex
		draining sync.WaitGroup
	)
	for range min(cardWriters, len(names)) {
		draining.Add(1)
		go func() {
			defer draining.Done()
			for r := range queue {
				if failed.Load() {
					continue
				}
				if err := set.Add(names[r.i], r.data); err != nil {
					firstMu.Lock()
					if first == nil {
						first = err
					}
					firstMu.Unlock()
					failed.Store(true)
				}
			}
		}()
	}
	err = card.RenderAll(res, co, func(i int, data []byte) error {
		if failed.Load() {
			return errStopped
		}
		queue <- rendered{i, data}
		return nil
	})
	close(queue)
	draining.Wait()
	if first != nil {
		err = first
	}
	if gerr := gate(); gerr != nil {
		set.Abort()
		return 0, gerr
	}
	if err != nil {
		set.Abort()
		return 0, cardsFailed(o, lang, dir, err, false)
	}
	if err := set.Commit(); err != nil {
		return 0, cardsFailed(o, lang, dir, err, errors.Is(err, atomicfile.ErrNotRestored))
	}
	return len(names), nil
}

// cardsFailed reports a set of cards that could not be written: the card
// (or folder) that failed and why, then what the folder holds — the
// previous cards, every one, or (mixed) some of each until the next run.
func cardsFailed(o IO, lang msg.Lang, dir string, err error, mixed bool) error {
	writeFailed(o, lang, dir, err)
	key := msg.OutputCardsKept
	if mixed {
		key = msg.OutputCardsMixed
	}
	printProblems(o.Err, lang, msg.Problems{{Severity: msg.Notice, Key: key, Args: []any{dir}}})
	return statusError{ExitUnexpected}
}

// writeFailed reports an output that could not be written after the
// checks passed (a full disk, a folder made read-only meanwhile, a folder
// named like a card, …): the output's own name — the file the error
// names, else path — why, and what to do. It returns the error that ends
// the command with exit status 1 — except for problems of the input found
// while rendering (a unit list's, a sheet over Excel's row limit), which
// it returns as they are: printed by Main, exit status 3, and no file
// written.
func writeFailed(o IO, lang msg.Lang, path string, err error) error {
	var ps msg.Problems
	if errors.As(err, &ps) {
		return ps
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path != "" {
		path = pe.Path
	}
	r := oserr.Of(err)
	printProblems(o.Err, lang, msg.Problems{{Key: msg.OutputCannotWrite, Args: []any{path, r}, Hint: r.WriteHint()}})
	return statusError{ExitUnexpected}
}
