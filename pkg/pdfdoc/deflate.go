package pdfdoc

import (
	"bytes"
	"compress/zlib"
	"strconv"
	"sync"
)

// finish completes pdf, a document fpdf wrote with compression off and
// without replacing the page-count alias: in each stream whose
// dictionary is only its length (a page's content, a palette; not a
// font's ToUnicode map) "{nb}" becomes nb (in the 8-bit and the UTF-16
// form fpdf writes text in); with compress, such a stream is compressed
// as fpdf would have, with zlib at BestSpeed and /Filter /FlateDecode;
// the cross-reference table is written again. The bytes are fpdf's own
// output with its alias and compression (a test compares them), made
// with one compressor for every page and one pass over each page: fpdf
// makes a compressor for each page and clears its megabyte (2 s of CPU
// for a 1,500-page annual report), and copies every page twice per alias
// to replace it (0.35 s for the national report's 2,381 pages). ok is
// false for a document not laid out as fpdf lays one out (it is then
// left as it is).
func finish(pdf []byte, nb string, compress bool) (out []byte, ok bool) {
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
	z.compress = compress
	z.nb8, z.nb16 = []byte(nb), utf16(nb)
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
	buf      bytes.Buffer
	w        *zlib.Writer
	compress bool
	nb8      []byte // the page count, for the alias
	nb16     []byte // and in UTF-16
	page     []byte // scratch: a page with the alias replaced
}

var (
	alias8  = []byte(nbAlias)
	alias16 = utf16(nbAlias)
)

// utf16 is s (ASCII) in UTF-16 (big-endian), as fpdf writes text in the
// Unicode fonts.
func utf16(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, 0, s[i])
	}
	return b
}

// replace returns data with old replaced by new, in z.page when there is
// anything to replace.
func (z *zlibWriter) replace(data, old, new []byte) []byte {
	i := bytes.Index(data, old)
	if i < 0 {
		return data
	}
	p := z.page[:0]
	for i >= 0 {
		p = append(append(p, data[:i]...), new...)
		data = data[i+len(old):]
		i = bytes.Index(data, old)
	}
	p = append(p, data...)
	z.page = p
	return p
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
	if bytes.Contains(data, alias16) {
		// The Unicode fonts' text (a page in the 8-bit fonts has no
		// NUL bytes).
		data = z.replace(data, alias16, z.nb16)
	} else {
		data = z.replace(data, alias8, z.nb8)
	}
	if !z.compress {
		out = append(out, obj[:h+1]...)
		out = append(out, pre...)
		out = strconv.AppendInt(out, int64(len(data)), 10)
		out = append(out, ">>\nstream\n"...)
		out = append(out, data...)
		return append(out, "\nendstream\nendobj\n"...)
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
