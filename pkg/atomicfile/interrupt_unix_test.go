//go:build unix

package atomicfile

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Interrupted (Ctrl-C) or terminated in the middle of a write, the
// process removes the temporary file before it ends: the previous file is
// intact and no partial file is left behind. The write happens in a
// child process (this test binary, run again) that signals itself.
func TestInterruptRemovesTemporaryFile(t *testing.T) {
	if dir := os.Getenv("ATOMICFILE_CHILD_DIR"); dir != "" {
		child(dir, os.Getenv("ATOMICFILE_CHILD_SIGNAL"))
		return
	}
	for _, sig := range []string{"INT", "TERM"} {
		t.Run(sig, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "hasil.json"), []byte("lama"), Perm); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestInterruptRemovesTemporaryFile$")
			cmd.Env = append(os.Environ(), "ATOMICFILE_CHILD_DIR="+dir, "ATOMICFILE_CHILD_SIGNAL="+sig)
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("the child was not ended by the signal: %v\n%s", err, out)
			}
			if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() && ws.ExitStatus() != 130 {
				t.Errorf("the child ended with %v, want the signal", ee)
			}
			onlyFile(t, dir, "hasil.json", []byte("lama"))
		})
	}
}

// child writes half a file, signals itself and waits to be ended.
func child(dir, sig string) {
	s := syscall.SIGINT
	if sig == "TERM" {
		s = syscall.SIGTERM
	}
	Write(filepath.Join(dir, "hasil.json"), func(w io.Writer) error {
		io.WriteString(w, "setengah tertulis")
		syscall.Kill(os.Getpid(), s)
		time.Sleep(10 * time.Second)
		return nil
	})
	os.Exit(0) // not reached: the signal ends the process
}
