package pdfdoc

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"reflect"
	"testing"
	"unsafe"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
)

// sampleDoc draws pages of text, rules, fills, a JPEG and an indexed
// PNG (a palette stream), in the 8-bit or the Unicode fonts.
func sampleDoc(t *testing.T, unicode bool, pages int) *Doc {
	t.Helper()
	d := New(msg.ID, Options{Unicode: unicode, Title: "Uji", Creator: "kepatuhan test"})
	d.SetFooter([]string{"kaki {nb}"})
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7)
	}
	var jb, pb bytes.Buffer
	if err := jpeg.Encode(&jb, img, nil); err != nil {
		t.Fatal(err)
	}
	pal := image.NewPaletted(image.Rect(0, 0, 8, 8), color.Palette{color.Black, color.White, color.RGBA{200, 30, 30, 255}})
	for i := range pal.Pix {
		pal.Pix[i] = uint8(i % 3)
	}
	if err := png.Encode(&pb, pal); err != nil {
		t.Fatal(err)
	}
	d.RegisterImageOptionsReader("foto", fpdf.ImageOptions{ImageType: "JPG"}, &jb)
	d.RegisterImageOptionsReader("pal", fpdf.ImageOptions{ImageType: "PNG"}, &pb)
	for p := range pages {
		d.AddPage()
		d.Font("B", 12)
		d.Text(MarginLeft, 20, ContentWidth, 6, fmt.Sprintf("Halaman %d — Ĝ ü ✓", p+1), "L")
		d.Font("", 9)
		for i := range 40 {
			d.Text(MarginLeft, 30+float64(i)*5, ContentWidth, 5, fmt.Sprintf("baris %d: unit %05d nilai %d,%02d", i, p*40+i, i, p), "L")
		}
		d.Rule(MarginLeft, MarginLeft+ContentWidth, 240, palette.Muted, 0.3)
		d.ImageOptions("foto", 20, 250, 20, 15, false, fpdf.ImageOptions{}, 0, "")
		d.ImageOptions("pal", 50, 250, 8, 8, false, fpdf.ImageOptions{}, 0, "")
	}
	return d
}

// Finishing the pages after fpdf (the page count put in, compressed)
// gives fpdf's own bytes with its alias and compression.
func TestFinishIsFpdfs(t *testing.T) {
	for _, unicode := range []bool{false, true} {
		ours, err := sampleDoc(t, unicode, 30).Bytes()
		if err != nil {
			t.Fatal(err)
		}
		d := sampleDoc(t, unicode, 30)
		d.fpdfOnly = true
		d.AliasNbPages(nbAlias)
		d.SetCompression(true)
		theirs, err := d.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ours, theirs) {
			t.Errorf("unicode %v: %d bytes, fpdf's %d", unicode, len(ours), len(theirs))
		}
		if bytes.Count(ours, []byte("/FlateDecode")) < 30 {
			t.Errorf("unicode %v: pages not compressed", unicode)
		}
		// Uncompressed: the same pages, the count put in.
		d = sampleDoc(t, unicode, 30)
		d.deflate = false
		plain, err := d.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		d = sampleDoc(t, unicode, 30)
		d.fpdfOnly = true
		d.AliasNbPages(nbAlias)
		theirs, err = d.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(plain, theirs) {
			t.Errorf("unicode %v, uncompressed: %d bytes, fpdf's %d", unicode, len(plain), len(theirs))
		}
		if bytes.Contains(plain, []byte(nbAlias)) || bytes.Contains(plain, utf16(nbAlias)) {
			t.Errorf("unicode %v: the page-count alias is left", unicode)
		}
	}
	// A document not laid out as fpdf's is left as it is.
	for _, bad := range []string{"", "%PDF-1.4\n", "%PDF\nxref\n0 2\n\nstartxref\n5\n%%EOF\n"} {
		if out, ok := finish([]byte(bad), "1", true); ok || string(out) != bad {
			t.Errorf("%q: changed", bad)
		}
	}
}

// presize finds fpdf's output buffer and pages where fpdf v0.12.0 keeps
// them (a later fpdf that moved them would make documents slow to write,
// not different: TestFinishIsFpdfs compares the bytes), and the room it
// makes holds the whole document, so fpdf never grows the buffer.
func TestPresize(t *testing.T) {
	defer func(n int) { presizeFrom = n }(presizeFrom)
	presizeFrom = 0
	for _, unicode := range []bool{false, true} {
		d := sampleDoc(t, unicode, 30)
		if !presize(d.Fpdf) {
			t.Fatalf("unicode %v: fpdf's buffer not found", unicode)
		}
		room := reflect.ValueOf(d.Fpdf).Elem().FieldByName("buffer").Field(0)
		before := (*bytes.Buffer)(unsafe.Pointer(room.UnsafeAddr())).Cap()
		var out sink
		if err := d.Output(&out); err != nil {
			t.Fatal(err)
		}
		after := (*bytes.Buffer)(unsafe.Pointer(room.UnsafeAddr())).Cap()
		if after != before || len(out) > before {
			t.Errorf("unicode %v: %d bytes written, room for %d; the buffer grew to %d", unicode, len(out), before, after)
		}
	}
}
