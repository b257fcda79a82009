package workbook

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
)

// fastBook is the fast engine: it reads the package with archive/zip and
// the sheet XML with its own streaming scanner.
type fastBook struct {
	c   *container
	st  *structure
	sst []string

	mu     sync.Mutex
	merges map[string][]Range // by sheet name, after Rows
}

// openFast opens path with the fast engine. The shared strings are loaded
// here; each sheet is checked to be UTF-8 (else Unsupported, so that auto
// falls back to excelize) and is read only by Rows.
func openFast(path string, lim Limits) (Book, error) {
	c, err := openContainer(path, lim)
	if err != nil {
		return nil, err
	}
	b, err := newFast(c)
	if err != nil {
		c.Close()
		return nil, err
	}
	return b, nil
}

func newFast(c *container) (*fastBook, error) {
	st, err := readStructure(c)
	if err != nil {
		return nil, err
	}
	b := &fastBook{c: c, st: st}
	if st.sst != "" {
		if b.sst, err = readSST(c, st.sst); err != nil {
			return nil, err
		}
	}
	for _, sp := range st.sheets {
		if err := b.peek(sp.part); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// peek reads the start of a sheet part to check its encoding.
func (b *fastBook) peek(part string) error {
	r, err := b.c.open(part)
	if err != nil {
		return err
	}
	defer r.Close()
	s := newScanner(r, min(r.declared, 512))
	if err := s.checkStart(); err != nil {
		return b.c.scanErr(part, err)
	}
	return nil
}

func (b *fastBook) Engine() string { return EngineFast }

func (b *fastBook) Merges(sheet string) []Range {
	sp, ok := b.st.sheet(sheet)
	if !ok {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.merges[sp.Name]
}
func (b *fastBook) Date1904() bool { return b.st.date1904 }
func (b *fastBook) Close() error   { return b.c.Close() }

func (b *fastBook) Sheets() []Sheet {
	out := make([]Sheet, len(b.st.sheets))
	for i, sp := range b.st.sheets {
		out[i] = sp.Sheet
	}
	return out
}

func (b *fastBook) Rows(sheet string, fn func(row int, cells []Cell) error) error {
	sp, ok := b.st.sheet(sheet)
	if !ok {
		return fmt.Errorf("workbook: %s has no worksheet %q", b.c.path, sheet)
	}
	r, err := b.c.open(sp.part)
	if err != nil {
		return err
	}
	var src io.Reader = r
	ahead := r.declared >= readAheadMin
	if ahead {
		ra := newReadAhead(r)
		defer ra.Close()
		src = ra
	} else {
		defer r.Close()
	}
	sr := &sheetReader{s: newScanner(src, r.declared), sst: b.sst, intern: getInternCache()}
	defer func() {
		sr.s.release()
		internCaches.Put(sr.intern)
	}()
	var fnErr error
	if ahead {
		err, fnErr = pipeline(sr, fn)
	} else {
		err = sr.run(func(row int, cells []Cell) error {
			if err := fn(row, cells); err != nil {
				fnErr = err
				return err
			}
			return nil
		})
	}
	switch {
	case fnErr != nil:
		if errors.Is(fnErr, Stop) {
			return nil
		}
		return fnErr
	case err == nil:
		b.mu.Lock()
		if b.merges == nil {
			b.merges = map[string][]Range{}
		}
		b.merges[sp.Name] = sr.facts.merges
		b.mu.Unlock()
		return nil
	case errors.Is(err, errTokenTooLong) || isCellErr(err):
		return sheetErr(b.c.path, sp.Name, sp.part, sr.row, err)
	}
	return b.c.readErr(sp.part, err)
}

// A large part's rows are also handed to fn on another goroutine than
// the one scanning them, in batches: on two cores, inflating, scanning
// and what fn does with the rows (the sheet layer) then overlap instead
// of the last two taking turns.
const (
	batchRows  = 256  // rows per batch, at most
	batchCells = 4096 // cells per batch, about (a row is never split)
	batchDepth = 4    // batches in flight
)

// rowBatch is rows of a sheet, their cells end to end.
type rowBatch struct {
	rows  []int
	ends  []int // end of each row's cells in cells
	cells []Cell
}

// errPipelineStopped ends the scanner when fn has failed.
var errPipelineStopped = errors.New("workbook: rows no longer wanted")

// pipeline runs sr on a new goroutine and calls fn with its rows, in
// order, on this one. It returns what the scan and fn failed with; rows
// read before a scan error are given to fn first, as a direct read does.
func pipeline(sr *sheetReader, fn func(int, []Cell) error) (scanErr, fnErr error) {
	full := make(chan *rowBatch, batchDepth)
	free := make(chan *rowBatch, batchDepth+2)
	var stopped atomic.Bool
	go func() {
		defer close(full)
		cur := &rowBatch{}
		scanErr = sr.run(func(row int, cells []Cell) error {
			if stopped.Load() {
				return errPipelineStopped
			}
			cur.rows = append(cur.rows, row)
			cur.cells = append(cur.cells, cells...)
			cur.ends = append(cur.ends, len(cur.cells))
			if len(cur.rows) >= batchRows || len(cur.cells) >= batchCells {
				full <- cur
				select {
				case cur = <-free:
					cur.rows, cur.ends, cur.cells = cur.rows[:0], cur.ends[:0], cur.cells[:0]
				default:
					cur = &rowBatch{}
				}
			}
			return nil
		})
		if len(cur.rows) > 0 && !stopped.Load() {
			full <- cur
		}
	}()
	for bt := range full {
		if fnErr == nil {
			start := 0
			for i, row := range bt.rows {
				end := bt.ends[i]
				if err := fn(row, bt.cells[start:end:end]); err != nil {
					fnErr = err
					stopped.Store(true)
					break
				}
				start = end
			}
		}
		select {
		case free <- bt:
		default:
		}
	}
	if fnErr != nil {
		return nil, fnErr
	}
	return scanErr, nil
}
