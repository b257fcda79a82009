package cli_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
)

// folderHashes maps each file name in dir (hidden ones too) to its
// SHA-256.
func folderHashes(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for p, h := range hashes(t, dir) {
		rel, _ := filepath.Rel(dir, p)
		out[rel] = h
	}
	return out
}

func sameHashes(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// A full disk while the report cards of a district replace last run's
// used to leave the folder with some new cards and some old, under the
// hint "the previous file is intact". Now the cards are a set: after a
// failure anywhere — writing the fifth card, or moving the fifth into
// place — the folder holds exactly the previous cards, and the message
// says so; the next good run replaces them all.
func TestCardsAllOrNothing(t *testing.T) {
	t.Setenv("KEPATUHAN_LANG", "")
	dir := t.TempDir()
	in := guaranteeInputs(t, dir)
	y23, y24 := filepath.Join(in, "penilaian-2023.xlsx"), filepath.Join(in, "penilaian-2024.xlsx")
	rapor := filepath.Join(dir, "rapor")
	if code, _, stderr := mainIn("score", y23, "--pdf", rapor); code != 0 {
		t.Fatalf("exit status %d:\n%s", code, stderr)
	}
	old := folderHashes(t, rapor)
	if len(old) < 10 {
		t.Fatalf("only %d cards", len(old))
	}
	var card int64
	for name := range old {
		fi, _ := os.Stat(filepath.Join(rapor, name))
		card = max(card, fi.Size())
	}
	for _, c := range []struct {
		name   string
		inject func() func()
	}{
		{"disk full at the fifth card", func() func() { return atomicfile.FailAfterForTest(4*card + card/2) }},
		{"the fifth card cannot be moved in", func() func() { return atomicfile.FailReplaceForTest(4) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			reset := c.inject()
			code, _, stderr := mainIn("score", y24, "--pdf", rapor)
			reset()
			if code != 1 {
				t.Fatalf("exit status %d, want 1:\n%s", code, stderr)
			}
			if !sameHashes(folderHashes(t, rapor), old) {
				t.Errorf("the folder does not hold exactly the previous cards")
			}
			for _, want := range []string{
				"kepatuhan: kesalahan: tidak dapat menulis " + rapor + string(filepath.Separator),
				"kepatuhan: catatan: tidak ada rapor yang diganti: " + rapor + " masih berisi rapor sebelumnya",
			} {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
			}
			if strings.Contains(stderr, "kepatuhan-") || strings.Contains(stderr, "ditulis:") {
				t.Errorf("stderr names a temporary file, or claims cards were written:\n%s", stderr)
			}
		})
	}
	// A good run replaces every card of its set (a card of a unit not in
	// this year's results stays).
	fresh := filepath.Join(dir, "baru")
	for _, d := range []string{rapor, fresh} {
		if code, _, stderr := mainIn("score", y24, "--pdf", d); code != 4 {
			t.Fatalf("exit status %d:\n%s", code, stderr)
		}
	}
	got := folderHashes(t, rapor)
	for name, h := range folderHashes(t, fresh) {
		if got[name] != h {
			t.Errorf("%s was not replaced by the good run", name)
		}
	}
}

// A folder in the card folder named like a card: the message named our
// temporary file ("rename .DINKES.pdf.tmp-123…"); it names the card, says
// that a folder is in the way and that no card was replaced.
func TestFolderNamedLikeACard(t *testing.T) {
	t.Setenv("KEPATUHAN_LANG", "")
	dir := t.TempDir()
	in := guaranteeInputs(t, dir)
	rapor := filepath.Join(dir, "rapor")
	in24 := filepath.Join(in, "penilaian-2024.xlsx")
	if code, _, stderr := mainIn("score", in24, "--pdf", rapor); code != 4 {
		t.Fatalf("exit status %d:\n%s", code, stderr)
	}
	old := folderHashes(t, rapor)
	var victim string
	for name := range old {
		victim = name
		break
	}
	os.Remove(filepath.Join(rapor, victim))
	if err := os.Mkdir(filepath.Join(rapor, victim), 0o755); err != nil {
		t.Fatal(err)
	}
	delete(old, victim)
	code, _, stderr := mainIn("score", in24, "--pdf", rapor, "--lang", "en")
	if code != 1 {
		t.Fatalf("exit status %d, want 1:\n%s", code, stderr)
	}
	want := "kepatuhan: error: cannot write " + filepath.Join(rapor, victim) + ": a folder of that name is in the way\n" +
		"kepatuhan: hint: move or rename that folder, or write to another folder\n" +
		"kepatuhan: note: no report card was replaced: " + rapor + " still holds the previous cards\n"
	if !strings.Contains(stderr, want) || strings.Contains(stderr, ".tmp") || strings.Contains(stderr, "kepatuhan-") {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
	}
	if !sameHashes(folderHashes(t, rapor), old) {
		t.Errorf("the previous cards changed")
	}
}

// A run killed mid-write leaves a hidden temporary file; the next run
// into that folder removes it — only ours — and says so.
func TestLeftoversRemoved(t *testing.T) {
	t.Setenv("KEPATUHAN_LANG", "")
	dir := t.TempDir()
	in := guaranteeInputs(t, dir)
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	stale, err := atomicfile.StaleForTest(out, "hasil.json")
	if err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(out, ".hasil.json.tmp-123") // not of our naming
	if err := os.WriteFile(foreign, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := mainIn("score", filepath.Join(in, "penilaian-2024.xlsx"), "-o", filepath.Join(out, "hasil.json"))
	if code != 4 {
		t.Fatalf("exit status %d:\n%s", code, stderr)
	}
	want := "kepatuhan: catatan: " + out + ": dihapus 1 berkas sementara yang ditinggalkan kepatuhan yang terhenti (" + stale + ")\n"
	if !strings.Contains(stderr, want) {
		t.Errorf("stderr:\n%s\nwant %q", stderr, want)
	}
	var got []string
	for name := range folderHashes(t, out) {
		got = append(got, name)
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{".hasil.json.tmp-123", "hasil.json"}) {
		t.Errorf("the folder holds %v", got)
	}
}
