package results

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"testing"
)

// manyUnits is the example district's results (with its round, evidence
// and notes) copied to n units under new codes.
func manyUnits(t testing.TB, n int) *Results {
	t.Helper()
	f, err := os.Open("../../testdata/results-v1/hasil-2024.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := ReadJSON(f, "hasil-2024.json")
	if err != nil {
		t.Fatal(err)
	}
	units := r.Units
	r.Units = make([]Unit, n)
	for i := range r.Units {
		r.Units[i] = units[i%len(units)]
		r.Units[i].Code = "U" + strconv.Itoa(i)
	}
	return r
}

// The units encoded a chunk at a time on several workers are the bytes
// one encoder writes, whatever the number of workers and however the
// last chunk falls.
func TestWriteUnitsParallel(t *testing.T) {
	for _, n := range []int{4 * unitsPerChunk, 1000, 1 + 9*unitsPerChunk} {
		r := manyUnits(t, n)
		var one bytes.Buffer
		e := &encoder{pc: newPlacer(r)}
		if err := e.units(&one, r.Units, 0, true); err != nil {
			t.Fatal(err)
		}
		if c := bytes.Count(one.Bytes(), []byte("\n{\"code\":\"U")); c != n {
			t.Fatalf("%d units: %d written by one encoder", n, c)
		}
		for _, workers := range []int{2, 3, 4} {
			var par bytes.Buffer
			if err := writeUnitsParallel(&par, r, workers); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(one.Bytes(), par.Bytes()) {
				t.Errorf("%d units, %d workers: %d bytes, one encoder %d", n, workers, par.Len(), one.Len())
			}
		}
	}
}

// failAfter accepts n bytes, then fails.
type failAfter struct{ n int }

var errFull = errors.New("disk full")

func (f *failAfter) Write(b []byte) (int, error) {
	if len(b) > f.n {
		return 0, errFull
	}
	f.n -= len(b)
	return len(b), nil
}

// A writer that fails half-way stops the workers and its error is
// returned (the workers are waited for: none is left writing).
func TestWriteUnitsParallelError(t *testing.T) {
	r := manyUnits(t, 2000)
	if err := writeUnitsParallel(&failAfter{n: 1 << 20}, r, 2); !errors.Is(err, errFull) {
		t.Fatalf("got %v, want %v", err, errFull)
	}
}
