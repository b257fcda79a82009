//go:build unix

package cli_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/cli"
)

// Out of file handles (EMFILE), reading an input used to be reported as
// invalid input (exit 3) with a hint about permissions. It is the
// computer's failure: exit 1, with a hint that fits. The run happens in a
// child process (this test binary again) whose file handles are used up.
func TestOutOfFileHandles(t *testing.T) {
	book, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example", "penilaian-2024.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("KEPATUHAN_EMFILE_CHILD") != "" {
		held := exhaustFiles()
		code := cli.Main([]string{"score", book, "--lang", os.Getenv("KEPATUHAN_EMFILE_CHILD")}, cli.StdIO())
		// The files are held until the run ends: dropped, the garbage
		// collector's finalizers close them and the run finds handles free.
		runtime.KeepAlive(held)
		os.Exit(code)
	}
	for _, lang := range []string{"id", "en"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestOutOfFileHandles$")
		cmd.Env = append(os.Environ(), "KEPATUHAN_EMFILE_CHILD="+lang)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		ee, ok := err.(*exec.ExitError)
		if !ok || ee.ExitCode() != 1 {
			t.Fatalf("%s: %v, want exit status 1:\n%s", lang, err, stderr.String())
		}
		want := map[string][]string{
			"id": {"terlalu banyak berkas terbuka sekaligus", "petunjuk: tutup program lain", "-j 1", "komputer kehabisan sumber daya"},
			"en": {"too many files are open at once", "hint: close other programs", "-j 1", "the computer ran out of resources"},
		}[lang]
		for _, w := range want {
			if !strings.Contains(stderr.String(), w) {
				t.Errorf("%s: stderr lacks %q:\n%s", lang, w, stderr.String())
			}
		}
		if strings.Contains(stderr.String(), "izin") || strings.Contains(stderr.String(), "permission") {
			t.Errorf("%s: a hint about permissions:\n%s", lang, stderr.String())
		}
	}
}

// exhaustFiles lowers the limit of open files and opens files until no
// more can be; the caller keeps them alive.
func exhaustFiles() []*os.File {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err == nil {
		lim.Cur = 64
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
	}
	var held []*os.File
	for range 100_000 {
		f, err := os.Open(os.DevNull)
		if err != nil {
			break
		}
		held = append(held, f)
	}
	return held
}
