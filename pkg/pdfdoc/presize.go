package pdfdoc

import (
	"bytes"
	"reflect"
	"unsafe"

	"codeberg.org/go-pdf/fpdf"
)

// presize makes room in fpdf's output buffer for a drawn document before
// fpdf writes it out. fpdf copies every page into one bytes.Buffer grown
// by doubling, each doubling a fresh block cleared and copied into: a
// 2,381-page national report (60 MB of page text) spent 1.3 s of its
// 3.7 s there. The buffer and the pages are unexported fields of fpdf's
// (v0.12.0); presize finds them by reflection and does nothing when they
// are not what they were there (a later fpdf): the document is the same
// either way, only slower to write (TestPresize says which).
func presize(f *fpdf.Fpdf) bool {
	v := reflect.ValueOf(f).Elem()
	buf, pages := v.FieldByName("buffer"), v.FieldByName("pages")
	bufferType := reflect.TypeFor[bytes.Buffer]()
	if !buf.IsValid() || buf.Kind() != reflect.Struct || buf.NumField() == 0 ||
		buf.Type().Field(0).Type != bufferType || buf.Type().Field(0).Offset != 0 {
		return false
	}
	if !pages.IsValid() || pages.Type() != reflect.TypeFor[[]*bytes.Buffer]() {
		return false
	}
	n := 0
	for i := range pages.Len() {
		if p := pages.Index(i); !p.IsNil() {
			n += (*bytes.Buffer)(p.UnsafePointer()).Len()
		}
	}
	if n < presizeFrom {
		return true // a card's few pages: doubling costs little
	}
	// The pages, and room for what fpdf writes besides: each page's
	// object, the fonts (a few hundred kilobytes), the cross-references.
	b := (*bytes.Buffer)(unsafe.Pointer(buf.UnsafeAddr()))
	b.Grow(n + n/8 + 2<<20)
	return true
}

// presizeFrom is the page text from which presize makes room (a test
// lowers it).
var presizeFrom = 4 << 20
