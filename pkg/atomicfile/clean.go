package atomicfile

import (
	"os"
	"path/filepath"
	"strconv"
)

// Cleanup is what Clean did in a folder.
type Cleanup struct {
	// Removed names the temporary files and staging folders removed.
	Removed []string
	// Completed counts the files of interrupted sets moved into place.
	Completed int
}

// Clean tidies the folder dir after runs that were killed before they
// could clean up (SIGKILL, a power cut): it removes the temporary files
// and staging folders they left, and completes the sets they were moving
// into place (Set). It touches only names of this package's making (see
// names.go) left by a process of this computer that no longer runs;
// everything else is left alone, and so are leftovers it cannot remove.
func Clean(dir string) Cleanup {
	var c Cleanup
	entries, err := os.ReadDir(dir)
	if err != nil {
		return c
	}
	for _, e := range entries {
		m := leftover.FindStringSubmatch(e.Name())
		if m == nil || m[2] != host {
			continue
		}
		p := filepath.Join(dir, e.Name())
		n, err := strconv.Atoi(m[3])
		if err != nil || isPending(p) || n != pid && alive(n) {
			continue
		}
		switch {
		case m[1] == "commit" && e.IsDir():
			moved, err := rollForward(dir, p)
			c.Completed += moved
			if err != nil {
				continue
			}
		case e.IsDir():
			if os.RemoveAll(p) != nil {
				continue
			}
		default:
			if os.Remove(p) != nil {
				continue
			}
		}
		c.Removed = append(c.Removed, e.Name())
	}
	return c
}

// StaleForTest leaves in dir the temporary file of the destination named
// base as a run of this program killed mid-write would have (Clean then
// removes it), and returns its name. Only tests use it.
func StaleForTest(dir, base string) (string, error) {
	f, err := os.CreateTemp(dir, "."+base+".kepatuhan-tmp-"+ourTag+"*")
	if err != nil {
		return "", err
	}
	f.WriteString("setengah tertulis")
	return filepath.Base(f.Name()), f.Close()
}
