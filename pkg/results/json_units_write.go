package results

import (
	"io"
	"runtime"
	"sync"
)

// unitsPerChunk is how many units a worker of writeUnits encodes at a
// time: about 700 KB of a national round's JSON.
const unitsPerChunk = 64

// writeUnits writes r's units as the elements of the "units" array, each
// on its own line after a comma. A large run's units are encoded on every
// core, a chunk at a time, and written in their order: the same bytes as
// one encoder gives, in about half the time on two cores (a national
// round's 25,000 units took 0.65 s on one, all other work done).
func writeUnits(w io.Writer, r *Results) error {
	workers := min(runtime.GOMAXPROCS(0), 4)
	if workers < 2 || len(r.Units) < 4*unitsPerChunk {
		e := &encoder{pc: newPlacer(r)}
		return e.units(w, r.Units, 0, true)
	}
	return writeUnitsParallel(w, r, workers)
}

// units encodes us, whose first is the run's unit number first, writing
// to w whenever 32 KB have gathered when flush is set, and keeping
// them in e.b otherwise.
func (e *encoder) units(w io.Writer, us []Unit, first int, flush bool) error {
	for i := range us {
		if first+i > 0 {
			e.b = append(e.b, ',')
		}
		e.b = append(e.b, '\n')
		e.unit(&us[i])
		if e.err != nil {
			return e.err
		}
		if flush && len(e.b) >= 1<<15 {
			w.Write(e.b)
			e.b = e.b[:0]
		}
	}
	if flush {
		w.Write(e.b)
		e.b = e.b[:0]
	}
	return nil
}

// chunk is the JSON of units [first, first+unitsPerChunk).
type chunk struct {
	b   []byte
	err error
}

func writeUnitsParallel(w io.Writer, r *Results, workers int) error {
	n := (len(r.Units) + unitsPerChunk - 1) / unitsPerChunk
	depth := 2 * workers // chunks encoded and not yet written, at most
	var (
		jobs   = make(chan int)
		tokens = make(chan struct{}, depth)
		stop   = make(chan struct{})
		bufs   = make(chan []byte, depth)
		done   = make([]chan chunk, n)
		wg     sync.WaitGroup
	)
	for k := range done {
		done[k] = make(chan chunk, 1)
	}
	wg.Add(1)
	go func() { // hands out the chunks in order, depth at a time
		defer wg.Done()
		defer close(jobs)
		for k := 0; k < n; k++ {
			select {
			case tokens <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case jobs <- k:
			case <-stop:
				return
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := &encoder{pc: newPlacer(r)}
			for k := range jobs {
				select {
				case e.b = <-bufs:
				default:
					e.b = nil
				}
				lo := k * unitsPerChunk
				hi := min(lo+unitsPerChunk, len(r.Units))
				err := e.units(nil, r.Units[lo:hi], lo, false)
				done[k] <- chunk{e.b, err}
			}
		}()
	}
	var err error
	for k := 0; k < n && err == nil; k++ {
		c := <-done[k]
		if err = c.err; err == nil {
			_, err = w.Write(c.b)
		}
		select {
		case bufs <- c.b[:0]:
		default:
		}
		<-tokens
	}
	close(stop)
	wg.Wait()
	return err
}
