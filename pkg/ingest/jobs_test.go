package ingest_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// TestJobsKeepOrder: however many files are read at once, the units, the
// inputs and the problems come out in input order, and the results JSON
// is the same bytes; Progress is told of every file once, ending at the
// total.
func TestJobsKeepOrder(t *testing.T) {
	dir := t.TempDir()
	specs := map[string]string{}
	var args []string
	for i := range 24 {
		// Names and codes run against each other, so that neither the
		// file order nor the code order alone gives the input order.
		name := fmt.Sprintf("f%02d.xlsx", i)
		answer := []string{"Ya", "Tidak", "ya", "Mungkin"}[i%4] // "Mungkin" is an error
		specs[name] = formSheet("A", fmt.Sprintf("U%02d", 23-i), answer)
		args = append(args, filepath.Join(dir, name))
	}
	write(t, dir, specs)
	// Given in reverse: the input order is the order given, not the names'.
	for i, j := 0, len(args)-1; i < j; i, j = i+1, j-1 {
		args[i], args[j] = args[j], args[i]
	}
	var want []byte
	var wantProblems string
	for _, jobs := range []int{1, 2, 8, 64} {
		seen, last := 0, 0
		out := ingest.Load(args, ingest.Options{Rubric: contoh, Jobs: jobs, Progress: func(done, total int) {
			seen++
			if total != len(args) || done <= last {
				t.Errorf("-j %d: progress %d of %d after %d", jobs, done, total, last)
			}
			last = done
		}})
		if seen != len(args) || last != len(args) {
			t.Fatalf("-j %d: progress told %d times, last %d", jobs, seen, last)
		}
		for k, u := range out.Results.Units {
			if k > 0 && u.Code < out.Results.Units[k-1].Code {
				t.Fatalf("-j %d: unit %s after %s: not the input order", jobs, u.Code, out.Results.Units[k-1].Code)
			}
		}
		var js bytes.Buffer
		if err := results.WriteJSON(&js, out.Results); err != nil {
			t.Fatal(err)
		}
		got := keys(out.Problems)
		for _, p := range out.Problems {
			got += "|" + p.File
		}
		if want == nil {
			want, wantProblems = js.Bytes(), got
			if len(out.Results.Units) != 18 || len(out.Problems) != 6 {
				t.Fatalf("-j %d: %d units, %d problems", jobs, len(out.Results.Units), len(out.Problems))
			}
			continue
		}
		if !bytes.Equal(js.Bytes(), want) {
			t.Fatalf("-j %d: the results differ from -j 1", jobs)
		}
		if got != wantProblems {
			t.Fatalf("-j %d: problems\n%s\nwant\n%s", jobs, got, wantProblems)
		}
	}
}
