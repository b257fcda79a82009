package atomicfile

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// deadPID returns the id of a process that has ended.
func deadPID(t *testing.T) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return itoa(cmd.Process.Pid)
}

// Clean removes only leftovers of this tool, of this computer, of a
// process that no longer runs: not another tool's temporary files, not
// another computer's (sharing the folder), not a live process's, not a
// write of this process in progress.
func TestCleanOnlyOurs(t *testing.T) {
	dir := t.TempDir()
	dead, live := deadPID(t), itoa(os.Getppid())
	other := "0000000" + map[bool]string{true: "1", false: "0"}[host == "00000000"]
	ours := []string{
		".hasil.json.kepatuhan-tmp-" + host + "-" + dead + "-123",
		".kepatuhan-tmp-" + host + "-" + dead + "-456",
	}
	theirs := []string{
		".hasil.json.tmp-123", // the old naming, or another tool's
		".hasil.json.kepatuhan-tmp-" + other + "-" + dead + "-1", // another computer
		".hasil.json.kepatuhan-tmp-" + host + "-" + live + "-2",  // a process that runs
		"hasil.json.kepatuhan-tmp-" + host + "-" + dead + "-3",   // not hidden: not ours
		"catatan.txt",
	}
	for _, n := range append(slices.Clone(ours), theirs...) {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.Remove(filepath.Join(dir, ours[1]))
	if err := os.MkdirAll(filepath.Join(dir, ours[1], "new"), 0o755); err != nil {
		t.Fatal(err)
	}
	var during Cleanup
	err := Write(filepath.Join(dir, "hasil.json"), func(w io.Writer) error {
		during = Clean(dir) // this write's temporary file is left alone
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(during.Removed)
	slices.Sort(ours)
	if !slices.Equal(during.Removed, ours) || during.Completed != 0 {
		t.Errorf("removed %v, want %v", during.Removed, ours)
	}
	want := append(slices.Clone(theirs), "hasil.json")
	slices.Sort(want)
	if got := names(t, dir); !slices.Equal(got, want) {
		t.Errorf("left %v, want %v", got, want)
	}
	if got := Clean(filepath.Join(dir, "tidak-ada")); len(got.Removed) != 0 {
		t.Errorf("a missing folder: %+v", got)
	}
}
