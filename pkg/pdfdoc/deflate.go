package pdfdoc

import (
	"bytes"
	"compress/zlib"
	"strconv"
	"sync"
)

// deflate compresses the streams of pdf, a document fpdf wrote with
// compression off, as fpdf would have: each stream whose dictionary is
// only its length (a page's content, a palette; not a font's ToUnicode
// map) with zlib at BestSpeed, given
// /Filter /FlateDecode, the cross-reference table written again. The
// bytes are fpdf's own compressed output (a test compares them), made
// with one compressor for every page: fpdf makes a compressor for each
// page and clears its megabyte, which took a 1,500-page annual report
// 2 s of CPU. ok is false for a document not laid out as fpdf lays
// one out (it is then left as it is).
func deflate(pdf []byte) (out []byte, ok bool) {
	sx := bytes.LastIndex(pdf, []byte("\nstartxref\n"))
	if sx < 0 {
		return pdf, false
	}
	rest := pdf[sx+len("\nstartxref\n"):]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return pdf, false
	}
	xrefAt, err := strconv.Atoi(string(rest[:nl]))
	if err != nil || xrefAt <= 0 || xrefAt >= sx {
		return pdf, false
	}
	// xref\n0 N\n then N entries of 20 bytes.
	x := pdf[xrefAt:]
	if !bytes.HasPrefix(x, []byte("xref\n0 ")) {
		return pdf, false
	}
	x = x[len("xref\n0 "):]
	nl = bytes.IndexByte(x, '\n')
	if nl < 0 {
		return pdf, false
	}
	n, err := strconv.Atoi(string(x[:nl]))
	if err != nil || n < 2 || len(x) < nl+1+20*n {
		return pdf, false
	}
	entries := x[nl+1 : nl+1+20*n]
	trailer := x[nl+1+20*n:] // trailer … up to the end
	tEnd := bytes.LastIndex(trailer, []byte("startxref\n"))
	if tEnd < 0 {
		return pdf, false
	}
	trailer = trailer[:tEnd]
	offsets := make([]int, n)
	order := make([]int, 0, n-1)
	for j := 1; j < n; j++ {
		e := entries[20*j : 20*j+20]
		if !bytes.HasSuffix(e, []byte(" 00000 n \n")) {
			return pdf, false
		}
		o, err := strconv.Atoi(string(e[:10]))
		if err != nil || o <= 0 || o >= xrefAt {
			return pdf, false
		}
		offsets[j] = o
		order = append(order, j)
	}
	// Objects in the order written (the pages' root is numbered 1 and
	// written after the pages).
	sortByOffset(order, offsets)
	for k := 1; k < len(order); k++ {
		if offsets[order[k]] == offsets[order[k-1]] {
			return pdf, false
		}
	}
	z := zlibs.Get().(*zlibWriter)
	defer zlibs.Put(z)
	out = make([]byte, 0, len(pdf)/2)
	out = append(out, pdf[:offsets[order[0]]]...)
	newOffsets := make([]int, n)
	for k, j := range order {
		end := xrefAt
		if k+1 < len(order) {
			end = offsets[order[k+1]]
		}
		newOffsets[j] = len(out)
		out = z.object(out, pdf[offsets[j]:end])
	}
	xref := len(out)
	out = append(out, "xref\n0 "...)
	out = strconv.AppendInt(out, int64(n), 10)
	out = append(out, "\n0000000000 65535 f \n"...)
	for j := 1; j < n; j++ {
		s := strconv.Itoa(newOffsets[j])
		for range 10 - len(s) {
			out = append(out, '0')
		}
		out = append(out, s...)
		out = append(out, " 00000 n \n"...)
	}
	out = append(out, trailer...)
	out = append(out, "startxref\n"...)
	out = strconv.AppendInt(out, int64(xref), 10)
	out = append(out, "\n%%EOF\n"...)
	return out, true
}

// sortByOffset sorts object numbers by their offsets (insertion sort:
// fpdf writes them nearly in order).
func sortByOffset(order, offsets []int) {
	for i := 1; i < len(order); i++ {
		for k := i; k > 0 && offsets[order[k]] < offsets[order[k-1]]; k-- {
			order[k], order[k-1] = order[k-1], order[k]
		}
	}
}

type zlibWriter struct {
	buf bytes.Buffer
	w   *zlib.Writer
}

var zlibs = sync.Pool{New: func() any {
	z := &zlibWriter{}
	z.w, _ = zlib.NewWriterLevel(&z.buf, zlib.BestSpeed)
	return z
}}

// object appends obj to out, its stream compressed when its dictionary
// is only its length: "N 0 obj\n<</Length L>>\nstream\n" L bytes
// "\nendstream\nendobj\n".
func (z *zlibWriter) object(out, obj []byte) []byte {
	h := bytes.IndexByte(obj, '\n')
	if h < 0 || !bytes.HasSuffix(obj[:h], []byte(" 0 obj")) {
		return append(out, obj...)
	}
	d := obj[h+1:]
	const pre = "<</Length "
	if !bytes.HasPrefix(d, []byte(pre)) {
		return append(out, obj...)
	}
	e := bytes.Index(d, []byte(">>\nstream\n"))
	if e < 0 {
		return append(out, obj...)
	}
	l, err := strconv.Atoi(string(d[len(pre):e]))
	data := d[e+len(">>\nstream\n"):]
	if err != nil || l < 0 || len(data) < l || string(data[l:]) != "\nendstream\nendobj\n" {
		return append(out, obj...)
	}
	data = data[:l]
	if bytes.HasPrefix(data, []byte("/CIDInit ")) {
		return append(out, obj...) // a font's ToUnicode map, which fpdf never compresses
	}
	z.buf.Reset()
	z.w.Reset(&z.buf)
	if _, err := z.w.Write(data); err != nil || z.w.Close() != nil {
		return append(out, obj...)
	}
	out = append(out, obj[:h+1]...)
	out = append(out, "<</Filter /FlateDecode /Length "...)
	out = strconv.AppendInt(out, int64(z.buf.Len()), 10)
	out = append(out, ">>\nstream\n"...)
	out = append(out, z.buf.Bytes()...)
	return append(out, "\nendstream\nendobj\n"...)
}
