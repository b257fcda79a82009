//go:build unix

package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runChild runs this test binary again as a child that does what
// ATOMICFILE_CHILD says in dir and is ended by a signal; it returns how
// the child ended.
func runChild(t *testing.T, test, dir, what string) *exec.ExitError {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$")
	cmd.Env = append(os.Environ(), "ATOMICFILE_CHILD_DIR="+dir, "ATOMICFILE_CHILD="+what)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("the child was not ended by a signal: %v\n%s", err, out)
	}
	return ee
}

// Interrupted (Ctrl-C) or terminated in the middle of a write, the
// process removes the temporary file before it ends: the previous file is
// intact and no partial file is left behind. The write happens in a
// child process (this test binary, run again) that signals itself.
func TestInterruptRemovesTemporaryFile(t *testing.T) {
	if dir := os.Getenv("ATOMICFILE_CHILD_DIR"); dir != "" {
		child(dir, os.Getenv("ATOMICFILE_CHILD"))
		return
	}
	for _, sig := range []string{"INT", "TERM"} {
		t.Run(sig, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "hasil.json"), []byte("lama"), Perm); err != nil {
				t.Fatal(err)
			}
			ee := runChild(t, "TestInterruptRemovesTemporaryFile", dir, "write "+sig)
			if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() && ws.ExitStatus() != 130 {
				t.Errorf("the child ended with %v, want the signal", ee)
			}
			onlyFile(t, dir, "hasil.json", []byte("lama"))
		})
	}
}

// Interrupted while a set is staged, the process removes the staging
// folder (the previous files stay); interrupted while the set moves into
// place, it completes the move (every file is new).
func TestInterruptSet(t *testing.T) {
	if dir := os.Getenv("ATOMICFILE_CHILD_DIR"); dir != "" {
		child(dir, os.Getenv("ATOMICFILE_CHILD"))
		return
	}
	for _, c := range []struct{ what, want string }{{"stage INT", "lama"}, {"commit INT", "baru"}} {
		t.Run(c.what, func(t *testing.T) {
			dir := t.TempDir()
			if err := writeSet(dir, cards(5, "lama")); err != nil {
				t.Fatal(err)
			}
			runChild(t, "TestInterruptSet", dir, c.what)
			holds(t, dir, cards(5, c.want))
		})
	}
}

// Killed outright (SIGKILL: no chance to clean up) while writing a file,
// staging a set or moving one into place, a process leaves hidden
// leftovers named as its own; the next Clean of the folder removes them,
// completes the set being moved (all new), and says what it did. The
// previous files were never damaged.
func TestKilledThenClean(t *testing.T) {
	if dir := os.Getenv("ATOMICFILE_CHILD_DIR"); dir != "" {
		child(dir, os.Getenv("ATOMICFILE_CHILD"))
		return
	}
	for _, c := range []struct {
		what      string
		want      map[string]string
		completed int
		removed   string
	}{
		{"write KILL", map[string]string{"hasil.json": "lama"}, 0, ".hasil.json.kepatuhan-tmp-"},
		{"stage KILL", cards(5, "lama"), 0, ".kepatuhan-tmp-"},
		{"commit KILL", cards(5, "baru"), 3, ".kepatuhan-commit-"},
	} {
		t.Run(c.what, func(t *testing.T) {
			dir := t.TempDir()
			if err := writeSet(dir, cards(5, "lama")); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "hasil.json"), []byte("lama"), Perm); err != nil {
				t.Fatal(err)
			}
			ee := runChild(t, "TestKilledThenClean", dir, c.what)
			if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
				t.Fatalf("the child ended with %v, want SIGKILL", ee)
			}
			left := names(t, dir)
			if !slices.ContainsFunc(left, func(n string) bool { return strings.HasPrefix(n, c.removed) }) {
				t.Fatalf("the killed child left no %s…: %v", c.removed, left)
			}
			got := Clean(dir)
			if len(got.Removed) != 1 || !strings.HasPrefix(got.Removed[0], c.removed) || got.Completed != c.completed {
				t.Errorf("Clean: %+v, want %s… removed, %d completed", got, c.removed, c.completed)
			}
			want := cards(5, "lama")
			for k, v := range c.want {
				want[k] = v
			}
			if _, ok := want["hasil.json"]; !ok {
				want["hasil.json"] = "lama"
			}
			holds(t, dir, want)
		})
	}
}

// child does what its test asks, then waits to be ended by the signal.
func child(dir, what string) {
	op, sig, _ := strings.Cut(what, " ")
	s := map[string]syscall.Signal{"INT": syscall.SIGINT, "TERM": syscall.SIGTERM, "KILL": syscall.SIGKILL}[sig]
	signal := func() {
		syscall.Kill(os.Getpid(), s)
		time.Sleep(10 * time.Second)
	}
	switch op {
	case "write":
		Write(filepath.Join(dir, "hasil.json"), func(w io.Writer) error {
			io.WriteString(w, "setengah tertulis")
			signal()
			return nil
		})
	case "stage", "commit":
		set, err := NewSet(dir)
		if err != nil {
			panic(err)
		}
		for i := range 5 {
			set.Add(fmt.Sprintf("UNIT-%03d.pdf", i), []byte(fmt.Sprintf("baru kartu %d", i)))
		}
		if op == "stage" {
			signal()
		}
		beforeReplace = func(step int) {
			if step == 2 {
				signal()
			}
		}
		set.Commit()
	}
	os.Exit(0) // not reached: the signal ends the process
}
