package card

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestGate: with a gate, cards are the same files, written only once it
// opens; a gate that fails writes nothing and is the error returned.
func TestGate(t *testing.T) {
	res := benchResults(t, 5)
	plain, gated := t.TempDir(), filepath.Join(t.TempDir(), "rapor")
	want, err := Write(plain, res, Options{})
	if err != nil {
		t.Fatal(err)
	}
	opened := false
	got, err := Write(gated, res, Options{Gate: func() error {
		time.Sleep(20 * time.Millisecond) // cards render meanwhile
		if _, err := os.Stat(gated); !os.IsNotExist(err) {
			t.Errorf("the folder was made before the gate opened (%v)", err)
		}
		opened = true
		return nil
	}})
	if err != nil || !opened || len(got) != len(want) {
		t.Fatalf("gated Write: %d paths, opened %v, err %v", len(got), opened, err)
	}
	for i := range want {
		a, _ := os.ReadFile(want[i])
		b, _ := os.ReadFile(got[i])
		if filepath.Base(want[i]) != filepath.Base(got[i]) || !bytes.Equal(a, b) {
			t.Fatalf("card %s differs with a gate", filepath.Base(got[i]))
		}
	}

	closed := errors.New("the workbook could not be written")
	failed := filepath.Join(t.TempDir(), "rapor")
	got, err = Write(failed, res, Options{Gate: func() error { return closed }})
	if !errors.Is(err, closed) || len(got) != 0 {
		t.Fatalf("failed gate: %d paths, err %v", len(got), err)
	}
	if _, err := os.Stat(failed); !os.IsNotExist(err) {
		t.Fatalf("the folder was made though the gate failed (%v)", err)
	}
}
