package results

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
)

// The units of a v2 file are decoded on every core. WriteJSON writes a
// unit to a line, and a line break is never inside a JSON text: one
// goroutine reads the units' text in blocks that end at a line break, and
// workers decode the blocks — the units and the commas between them —
// into the model (decodeUnit, reader.unit). The blocks are taken back in
// file order, so that the units keep the file's order and the first error
// in the file is the one reported, whichever worker met it. A few blocks
// are in flight at most: the file is never held whole (but for a file of
// one line, which is one block).
//
// Whatever a block holds that is not units and commas as WriteJSON writes
// them (a unit across lines, something else in the list) the workers do
// not judge: the file is then read whole (readWhole), which decodes any
// well-formed file and says where one is not.

// maxUnitsHint bounds the units made room for before they are read.
const maxUnitsHint = 1 << 15

// blockBytes is about how much of the file one block holds.
const blockBytes = 256 << 10

// errNotStreamed: the units are not as WriteJSON writes them; the file is
// read whole.
var errNotStreamed = errors.New("results: units not as written")

// unitBlock is a run of a file's lines holding units, and what became of
// them.
type unitBlock struct {
	data  []byte
	units []Unit
	// The block's shape: a comma before its first unit (or alone),
	// units, a comma after its last, the list's end ("]") and after it
	// tail.
	lead, trail bool
	end         bool
	tail        []byte
	// err is the first error of the block's units: the model's, or
	// errNotStreamed.
	err  error
	done chan struct{}
}

// sheetTable is the sheets of a file's places, shared by the workers so
// that a sheet is one *Sheet throughout the results.
type sheetTable struct {
	mu sync.Mutex
	m  map[[2]string]*Sheet
}

func (t *sheetTable) get(key [2]string) *Sheet {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.m[key]
	if s == nil {
		s = &Sheet{File: key[0], Sheet: key[1]}
		t.m[key] = s
	}
	return s
}

// readUnits reads the units of src, the text after the units' "[", into
// rd.r.Units; hint is how many the file says it has. The error is the
// first in file order: the model's, errNotStreamed, or src's.
func (rd *reader) readUnits(src io.Reader, hint int) error {
	workers := max(1, min(runtime.GOMAXPROCS(0), 8))
	inFlight := 3 * workers
	if hint > 0 {
		// Not more than a national round's: a summary edited to say
		// millions does not make a small file take a gigabyte.
		rd.r.Units = make([]Unit, 0, min(hint, maxUnitsHint))
	}
	shared := &sheetTable{m: rd.sheets}
	rd.sheets, rd.shared = nil, shared

	jobs := make(chan *unitBlock, inFlight)
	free := make(chan []byte, inFlight+1)
	var stop atomic.Bool
	var wg sync.WaitGroup
	for range workers {
		w := *rd
		w.sheets = map[[2]string]*Sheet{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.decode(jobs, &stop)
		}()
	}
	defer func() {
		stop.Store(true)
		close(jobs)
		wg.Wait()
		rd.sheets, rd.shared = shared.m, nil
	}()

	// What the blocks taken so far ended with: a unit still waiting for
	// its comma (open), a comma waiting for a unit (comma), the list's
	// end (ended).
	var open, comma, ended bool
	var pending []*unitBlock // in file order
	take := func() error {
		b := pending[0]
		pending = pending[1:]
		<-b.done
		switch {
		case b.err != nil:
			return b.err
		case ended:
			if len(bytes.TrimSpace(b.data)) > 0 {
				return errNotStreamed
			}
		}
		if b.lead {
			if !open {
				return errNotStreamed
			}
			open, comma = false, true
		}
		if len(b.units) > 0 {
			if open {
				return errNotStreamed
			}
			open, comma = !b.trail, b.trail
		}
		if b.end {
			if comma || !bytes.Equal(bytes.TrimSpace(b.tail), []byte("}")) {
				return errNotStreamed
			}
			ended = true
		}
		rd.r.Units = append(rd.r.Units, b.units...)
		select {
		case free <- b.data[:0]:
		default:
		}
		return nil
	}
	send := func(b *unitBlock) error {
		jobs <- b
		pending = append(pending, b)
		for len(pending) >= inFlight {
			if err := take(); err != nil {
				return err
			}
		}
		return nil
	}
	var carry []byte // the text after the last block's last line break
	for eof := false; !eof; {
		var buf []byte
		select {
		case buf = <-free:
		default:
			buf = make([]byte, 0, blockBytes+blockBytes/4)
		}
		buf = append(buf, carry...)
		for {
			if len(buf) == cap(buf) {
				buf = append(buf, 0)[:len(buf)]
			}
			n, err := src.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if err == io.EOF {
				eof = true
				break
			}
			if err != nil {
				return err
			}
			if len(buf) >= blockBytes && bytes.IndexByte(buf[len(buf)-n:], '\n') >= 0 {
				break
			}
		}
		cut := len(buf)
		if !eof {
			cut = bytes.LastIndexByte(buf, '\n') + 1
		}
		carry = append(carry[:0], buf[cut:]...)
		if err := send(&unitBlock{data: buf[:cut], done: make(chan struct{})}); err != nil {
			return err
		}
	}
	for len(pending) > 0 {
		if err := take(); err != nil {
			return err
		}
	}
	if !ended {
		return errNotStreamed
	}
	return nil
}

// decode decodes the blocks of jobs until there are no more; after stop,
// it only marks them done.
func (rd *reader) decode(jobs <-chan *unitBlock, stop *atomic.Bool) {
	sc := newDecodeScratch()
	for b := range jobs {
		if !stop.Load() {
			rd.block(b, sc)
		}
		close(b.done)
	}
}

// block decodes b's units and reads them into the model.
func (rd *reader) block(b *unitBlock, sc *decodeScratch) {
	var ju jsonUnit
	p := parser{b: b.data, sc: sc}
	want := false // a comma came: a unit must come next
	for {
		switch p.peek() {
		case 0:
			if p.i < len(p.b) {
				b.err = errNotStreamed // a NUL
				return
			}
			b.trail = want && len(b.units) > 0
			return
		case ',':
			if want {
				b.err = errNotStreamed // two commas
				return
			}
			p.i++
			want = true
			b.lead = b.lead || len(b.units) == 0
			continue
		case ']':
			if want && len(b.units) > 0 {
				b.err = errNotStreamed // a comma before the end
				return
			}
			b.end, b.tail = true, p.b[p.i+1:]
			return
		case '{':
			if len(b.units) > 0 && !want {
				b.err = errNotStreamed // no comma between units
				return
			}
		default:
			b.err = errNotStreamed
			return
		}
		start := p.i
		sc.reset()
		ju = jsonUnit{}
		if !p.unit(&ju) {
			// What the parser does not take, encoding/json decodes.
			end := valueEnd(p.b, start)
			if end < 0 {
				b.err = errNotStreamed
				return
			}
			ju = jsonUnit{}
			if json.Unmarshal(p.b[start:end], &ju) != nil {
				b.err = errNotStreamed // the file read whole says where
				return
			}
			p.i = end
		}
		b.units = append(b.units, Unit{})
		if err := rd.unit(&ju, &b.units[len(b.units)-1]); err != nil {
			b.err = err
			return
		}
		want = false
	}
}

// valueEnd is where the object or array that starts at b[i] ends, found
// by its brackets and strings alone; -1 if it does not end in b.
func valueEnd(b []byte, i int) int {
	depth, inString, escaped := 0, false, false
	for ; i < len(b); i++ {
		c := b[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// slab makes the parts of the units read: many at once, in arrays that
// the units share (a national round's million answers were a million and
// more allocations, and each unit's answers took a 4096-byte size class
// for 3608 bytes). A unit's indicators and groups are cut with their
// capacity: appending to them copies them out.
type slab struct {
	inds    []IndicatorResult
	grps    []GroupScore
	remarks []Remark
	proofs  []Proof
	mores   []answerMore
}

// slabUnits is about how many units' parts one array holds.
const slabUnits = 32

func cut[T any](s *[]T, n int) []T {
	if len(*s) < n {
		*s = make([]T, max(n*slabUnits, 64))
	}
	out := (*s)[:n:n]
	*s = (*s)[n:]
	return out
}

func (s *slab) indicators(n int) []IndicatorResult { return cut(&s.inds, n) }
func (s *slab) groups(n int) []GroupScore          { return cut(&s.grps, n) }
func (s *slab) remark() *Remark                    { return &cut(&s.remarks, 1)[0] }
func (s *slab) proof() *Proof                      { return &cut(&s.proofs, 1)[0] }
func (s *slab) more() *answerMore                  { return &cut(&s.mores, 1)[0] }
