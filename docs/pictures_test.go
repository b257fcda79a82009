package docs_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The user guide's pictures are made by docs/gambar/buat.sh, not by hand:
// every picture the guide shows is one the script makes, small enough to
// travel with the repository (under 150 KB), and every picture the
// script makes is shown.
func TestPanduanPictures(t *testing.T) {
	guide, err := os.ReadFile(filepath.Join("panduan.md"))
	if err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(filepath.Join("gambar", "buat.sh"))
	if err != nil {
		t.Fatal(err)
	}
	made := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^potret (\S+) `).FindAllStringSubmatch(string(script), -1) {
		made[m[1]+".png"] = true
	}
	shown := map[string]bool{}
	for _, m := range regexp.MustCompile(`!\[[^\]]*\]\(gambar/([^)]+)\)`).FindAllStringSubmatch(string(guide), -1) {
		shown[m[1]] = true
		if !made[m[1]] {
			t.Errorf("docs/panduan.md shows gambar/%s, which docs/gambar/buat.sh does not make", m[1])
		}
		if fi, err := os.Stat(filepath.Join("gambar", m[1])); err != nil {
			t.Error(err)
		} else if fi.Size() > 150_000 {
			t.Errorf("gambar/%s is %d bytes, more than 150 KB", m[1], fi.Size())
		}
	}
	for name := range made {
		if !shown[name] {
			t.Errorf("docs/gambar/buat.sh makes %s, which docs/panduan.md does not show", name)
		}
	}
	if len(shown) < 5 {
		t.Errorf("only %d pictures in the user guide", len(shown))
	}
	files, _ := filepath.Glob(filepath.Join("gambar", "*.png"))
	for _, f := range files {
		if !shown[filepath.Base(f)] {
			t.Errorf("docs/%s is in no page of the guide: remove it, or show it", filepath.ToSlash(f))
		}
	}
	if !strings.Contains(string(guide), "docs/gambar/buat.sh") {
		t.Error("docs/panduan.md does not say how its pictures are made (docs/gambar/buat.sh)")
	}
}
