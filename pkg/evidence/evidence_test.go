package evidence

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func TestRefs(t *testing.T) {
	got := Refs(" foto 1.jpg; sk.pdf\r\nhttps://contoh.go.id ;; \n dok/sop.docx ")
	want := []string{"foto 1.jpg", "sk.pdf", "https://contoh.go.id", "dok/sop.docx"}
	if !slices.Equal(got, want) {
		t.Fatalf("%q", got)
	}
	for ref, kind := range map[string]rubric.EvidenceKind{
		"a.JPG": rubric.Photo, "b.heic": rubric.Photo, "c.pdf": rubric.Document, `d\e.WEBP`: rubric.Photo,
		"https://x.go.id/a.jpg": rubric.Link, "www.x.go.id": rubric.Link, "catatan": rubric.Document,
	} {
		if KindOf(ref) != kind {
			t.Errorf("%s: %s, want %s", ref, KindOf(ref), kind)
		}
	}
}

// folder makes an evidence folder: files by path (with "/"), and a
// secret file beside it that no reference may reach.
func folder(t *testing.T, files map[string][]byte) (string, *Folder) {
	t.Helper()
	base := t.TempDir()
	dir := filepath.Join(base, "bukti")
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(base, "rahasia.jpg"), fixture.Photo(8, 8, 1, 0), 0o644)
	f, err := OpenFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return dir, f
}

func TestFolderLookup(t *testing.T) {
	nfd := norm.NFD.String("Sosialisasi é.jpg")
	dir, f := folder(t, map[string][]byte{
		"DINKES/Papan-Maklumat.JPG": []byte("x"),
		"DINKES/sk.pdf":             []byte("x"),
		"sk.pdf":                    []byte("y"),
		"DISDUK/" + nfd:             []byte("x"),
		"umum/laporan.pdf":          []byte("x"),
		"a/dobel.pdf":               []byte("x"),
		"b/dobel.pdf":               []byte("x"),
	})
	// A link inside the folder pointing out of it.
	if err := os.Symlink(filepath.Join(dir, "..", "rahasia.jpg"), filepath.Join(dir, "DINKES", "tautan.jpg")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	f, err := OpenFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases := []struct{ unit, ref, rel, problem string }{
		{"dinkes", "papan-maklumat.jpg", "DINKES/Papan-Maklumat.JPG", ""},     // in the unit's folder, any case
		{"DINKES", "sk.pdf", "DINKES/sk.pdf", ""},                             // the unit's own before the top level
		{"DISDUK", "sk.pdf", "sk.pdf", ""},                                    // the top level
		{"DISDUK", norm.NFC.String("sosialisasi é.jpg"), "DISDUK/" + nfd, ""}, // macOS NFD on disk, NFC in the cell
		{"X", "laporan.pdf", "umum/laporan.pdf", ""},                          // by name anywhere
		{"X", `umum\laporan.pdf`, "umum/laporan.pdf", ""},                     // Windows separators
		{"X", "dobel.pdf", "", results.ProblemAmbiguous},
		{"X", "../rahasia.jpg", "", results.ProblemOutside},
		{"X", "DINKES/../../rahasia.jpg", "", results.ProblemOutside},
		{"X", filepath.Join(dir, "..", "rahasia.jpg"), "", results.ProblemOutside},
		{"X", "/etc/passwd", "", results.ProblemOutside},
		{"X", `C:\Windows\win.ini`, "", results.ProblemOutside},
		{"DINKES", "tautan.jpg", "", results.ProblemOutside},
		{"DINKES", "tidak-ada.jpg", "", ""},
	}
	for _, c := range cases {
		rel, prob := f.Lookup(c.unit, c.ref)
		if rel != c.rel || prob != c.problem {
			t.Errorf("Lookup(%s, %q) = %q, %q; want %q, %q", c.unit, c.ref, rel, prob, c.rel, c.problem)
		}
	}
	if _, err := f.Open("../rahasia.jpg"); err == nil {
		t.Error("Open read outside the folder")
	}
}

func TestFolderNamed(t *testing.T) {
	_, f := folder(t, map[string][]byte{
		"dinkes_sp-01_papan.jpg": nil, "DINKES_SP-01.pdf": nil, "DINKES_SP-010.jpg": nil, "DINKES_SP-1.jpg": nil,
		"DINKES/SP-01 maklumat.jpg": nil, "DISDUK/SP-01.jpg": nil, "lain.jpg": nil,
	})
	got := f.Named("DINKES", "SP-01")
	want := []string{"DINKES/SP-01 maklumat.jpg", "DINKES_SP-01.pdf", "dinkes_sp-01_papan.jpg"}
	if !slices.Equal(got, want) {
		t.Fatalf("%q, want %q", got, want)
	}
}

// heifHead is the start of an iPhone photo: an ISO box "ftyp", brand heic.
var heifHead = []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic")

// A 1×1 WebP (lossless), as Android phones and WhatsApp write.
var webp1 = []byte("RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00")

// huge is a JPEG header claiming 10000×8000 pixels: refused from the
// header alone (decoding would need 120 MB).
func huge() []byte {
	b := fixture.Photo(16, 16, 1, 0)
	i := bytes.Index(b, []byte{0xFF, 0xC0})
	b = bytes.Clone(b)
	b[i+5], b[i+6], b[i+7], b[i+8] = 8000>>8, 8000&0xFF, 10000>>8, 10000&0xFF
	return b
}

func TestInspect(t *testing.T) {
	cases := []struct {
		name    string
		data    []byte
		format  string
		w, h    int
		problem string
	}{
		{"jpeg", fixture.Photo(40, 30, 1, 0), "jpeg", 40, 30, ""},
		{"jpeg turned by EXIF", fixture.Photo(40, 30, 1, 6), "jpeg", 30, 40, ""},
		{"png", fixture.PNG(7, 5, color.RGBA{1, 2, 3, 255}), "png", 7, 5, ""},
		{"webp", webp1, "webp", 1, 1, ""},
		{"heic", heifHead, "heic", 0, 0, results.ProblemHEIC},
		{"50+ megapixels", huge(), "jpeg", 10000, 8000, results.ProblemTooLarge},
		{"pdf", []byte("%PDF-1.4\n"), "", 0, 0, ""},
		{"jpeg header cut", fixture.Photo(40, 30, 1, 0)[:20], "jpeg", 0, 0, results.ProblemUndecodable},
	}
	for _, c := range cases {
		in, err := Inspect(bytes.NewReader(c.data))
		if err != nil {
			t.Fatal(err)
		}
		if in.Format != c.format || in.Width != c.w || in.Height != c.h || in.Problem != c.problem || in.Size != int64(len(c.data)) || len(in.SHA256) != 64 {
			t.Errorf("%s: %+v", c.name, in)
		}
	}
}

func TestMakeThumb(t *testing.T) {
	// 1280×960 turned 90° (EXIF 6): the card shows it 240×320, upright —
	// the dark mark of the stored top-left corner is now top-right.
	th, err := MakeThumb(fixture.Photo(1280, 960, 2, 6))
	if err != nil {
		t.Fatal(err)
	}
	if th.Width != 240 || th.Height != 320 {
		t.Fatalf("%d×%d", th.Width, th.Height)
	}
	img, err := jpeg.Decode(bytes.NewReader(th.JPEG))
	if err != nil {
		t.Fatal(err)
	}
	lum := func(x, y int) uint8 { return color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y }
	if lum(th.Width-10, 10) > 40 || lum(10, 10) < 60 {
		t.Errorf("not upright: top-left %d, top-right %d", lum(10, 10), lum(th.Width-10, 10))
	}
	// Other formats, small ones kept at their size; WebP decodes.
	for _, data := range [][]byte{fixture.PNG(30, 20, color.RGBA{9, 9, 9, 255}), webp1} {
		if _, err := MakeThumb(data); err != nil {
			t.Errorf("%v", err)
		}
	}
	// A truncated JPEG, HEIC, a huge image and a document do not make one.
	good := fixture.Photo(640, 480, 3, 0)
	for name, data := range map[string][]byte{"truncated": good[:len(good)/2], "heic": heifHead, "huge": huge(), "pdf": []byte("%PDF-1.4")} {
		if _, err := MakeThumb(data); err == nil {
			t.Errorf("%s: made a thumbnail", name)
		}
	}
	_ = image.Point{}
}

func TestPhotosCache(t *testing.T) {
	cache := t.TempDir()
	data := fixture.Photo(800, 600, 4, 0)
	dir, _ := folder(t, map[string][]byte{"U/a.jpg": data})
	in, _ := Inspect(bytes.NewReader(data))
	it := results.EvidenceItem{Kind: rubric.Photo, Ref: "a.jpg", Path: "U/a.jpg", Status: results.Found, SHA256: in.SHA256}
	p := NewPhotos(dir, cache)
	t1, ok := p.Thumb(&it)
	p.Close()
	if !ok {
		t.Fatal(p.Problems())
	}
	path := filepath.Join(cache, in.SHA256[:2], in.SHA256+"-"+cacheVersion+".jpg")
	if _, err := os.Stat(path); err != nil {
		t.Fatal("not cached:", err)
	}
	// The next run reads the cache, not the photo (gone now).
	os.Remove(filepath.Join(dir, "U", "a.jpg"))
	p = NewPhotos(dir, cache)
	t2, ok := p.Thumb(&it)
	p.Close()
	if !ok || !bytes.Equal(t1.JPEG, t2.JPEG) {
		t.Fatal("the cache was not read")
	}
	// A damaged entry is not trusted: without the photo, nothing.
	b, _ := os.ReadFile(path)
	b[len(b)-5] ^= 0xFF
	os.WriteFile(path, b, 0o644)
	p = NewPhotos(dir, cache)
	if _, ok := p.Thumb(&it); ok {
		t.Fatal("a damaged cache entry was used")
	}
	if ps := p.Problems(); len(ps) != 1 || !strings.Contains(ps[0].Text("en"), "a.jpg") {
		t.Errorf("problems: %v", ps)
	}
	p.Close()
}

func TestCacheDir(t *testing.T) {
	t.Setenv("KEPATUHAN_CACHE", "off")
	if CacheDir() != "" {
		t.Error("KEPATUHAN_CACHE=off left the cache on")
	}
	t.Setenv("KEPATUHAN_CACHE", "/tmp/x")
	if CacheDir() != filepath.Join("/tmp/x", "foto") {
		t.Error(CacheDir())
	}
}

// The box filter averages exactly: every k×k box, the clipped ones at the
// edges, rounded to nearest.
func TestBox(t *testing.T) {
	for _, c := range []struct{ w, h, k int }{{13, 7, 3}, {8, 8, 2}, {1280, 5, 4}, {5, 11, 5}, {3, 3, 4}, {100, 60, 24}, {130, 130, 64}} {
		src := make([]uint8, c.w*c.h)
		for i := range src {
			src[i] = uint8(i*37 + i/c.w*11)
		}
		dw, dh := (c.w+c.k-1)/c.k, (c.h+c.k-1)/c.k
		dst := make([]uint8, dw*dh)
		box(dst, dw, dw, dh, src, c.w, c.w, c.h, c.k)
		for oy := range dh {
			for ox := range dw {
				var sum, n int
				for y := oy * c.k; y < min((oy+1)*c.k, c.h); y++ {
					for x := ox * c.k; x < min((ox+1)*c.k, c.w); x++ {
						sum += int(src[y*c.w+x])
						n++
					}
				}
				if want := uint8((sum + n/2) / n); dst[oy*dw+ox] != want {
					t.Fatalf("%+v: (%d,%d) = %d, want %d", c, ox, oy, dst[oy*dw+ox], want)
				}
			}
		}
	}
}

// Decoding waits for its pixels: what does not fit waits until enough is
// released, and a photo larger than the budget takes it whole.
func TestBudget(t *testing.T) {
	b := newBudget(100)
	b.acquire(60)
	done := make(chan bool)
	go func() {
		b.acquire(50) // waits: 40 free
		done <- true
		b.release(50)
	}()
	select {
	case <-done:
		t.Fatal("acquired beyond the budget")
	case <-time.After(50 * time.Millisecond):
	}
	b.release(60)
	<-done
	b.acquire(1000) // more than the budget: the whole of it
	b.release(1000)
	if b.free != 100 {
		t.Fatalf("free %d", b.free)
	}
}
