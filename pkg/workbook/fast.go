package workbook

import (
	"errors"
	"fmt"
	"io"
)

// fastBook is the fast engine: it reads the package with archive/zip and
// the sheet XML with its own streaming scanner.
type fastBook struct {
	c   *container
	st  *structure
	sst []string
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
	if r.declared >= readAheadMin {
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
	err = sr.run(func(row int, cells []Cell) error {
		if err := fn(row, cells); err != nil {
			fnErr = err
			return err
		}
		return nil
	})
	switch {
	case fnErr != nil:
		if errors.Is(fnErr, Stop) {
			return nil
		}
		return fnErr
	case err == nil:
		return nil
	case errors.Is(err, errTokenTooLong):
		return problem(b.c.path, TooLarge, err, "sheet %q holds an element over %d bytes", sp.Name, maxToken)
	case isCellErr(err):
		return problem(b.c.path, Corrupt, err, "sheet %q: %v", sp.Name, err)
	}
	return b.c.readErr(sp.part, err)
}
