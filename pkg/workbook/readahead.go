package workbook

import "io"

// A large part is inflated on another goroutine, a few chunks ahead of
// the scanner: inflating is about a third of reading a sheet, and on two
// cores it then runs beside the parsing instead of before it. Small parts
// (every part of a form workbook) are read directly: a goroutine per part
// would cost more than it saves, and a batch of files already keeps the
// cores busy.
const (
	readAheadChunk = 256 << 10 // bytes per chunk
	readAheadDepth = 3         // chunks in flight
)

// readAheadMin: parts that inflate to at least this are read ahead (a
// variable for tests).
var readAheadMin int64 = 4 << 20

// readAhead reads src on its own goroutine into a few chunks.
type readAhead struct {
	src    *partReader
	full   chan aheadChunk // filled chunks, in order
	free   chan []byte     // chunks the reader is done with
	done   chan struct{}   // closed by Close: stop reading
	exited chan struct{}   // closed when the reading goroutine returns

	cur aheadChunk
	off int
}

type aheadChunk struct {
	b   []byte
	err error // after b: io.EOF at the end, or what reading failed with
}

func newReadAhead(src *partReader) *readAhead {
	ra := &readAhead{
		src:    src,
		full:   make(chan aheadChunk, readAheadDepth),
		free:   make(chan []byte, readAheadDepth),
		done:   make(chan struct{}),
		exited: make(chan struct{}),
	}
	for range readAheadDepth {
		ra.free <- make([]byte, readAheadChunk)
	}
	go ra.fill()
	return ra
}

// fill inflates chunk after chunk until the end, an error, or Close.
func (ra *readAhead) fill() {
	defer close(ra.exited)
	for {
		var b []byte
		select {
		case b = <-ra.free:
		case <-ra.done:
			return
		}
		n, err := io.ReadFull(ra.src, b[:cap(b)])
		if err == io.ErrUnexpectedEOF { // the sentinel itself, not a corrupt part wrapping it
			err = io.EOF // a short last chunk
		}
		select {
		case ra.full <- aheadChunk{b[:n], err}:
		case <-ra.done:
			return
		}
		if err != nil {
			return
		}
	}
}

func (ra *readAhead) Read(p []byte) (int, error) {
	for ra.off == len(ra.cur.b) {
		if ra.cur.err != nil {
			return 0, ra.cur.err
		}
		if ra.cur.b != nil {
			ra.free <- ra.cur.b[:cap(ra.cur.b)] // never blocks: as many slots as chunks
		}
		ra.cur, ra.off = <-ra.full, 0
	}
	n := copy(p, ra.cur.b[ra.off:])
	ra.off += n
	return n, nil
}

// Close stops the reading goroutine, waits for it, and closes the part.
func (ra *readAhead) Close() error {
	close(ra.done)
	<-ra.exited
	return ra.src.Close()
}
