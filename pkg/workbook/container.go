package workbook

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"path"
	"strings"
	"sync"
)

// smallFile: files of at most this many bytes are read into memory whole.
const smallFile = 1 << 20

// ratioFloor is the part size above which Limits.MaxRatio applies.
const ratioFloor = 1 << 20

// container is an open .xlsx zip package: the file, its directory, an
// index of its parts, and where the workbook part is. Every part is read
// through a partReader, which counts what it inflates.
type container struct {
	path     string
	file     *os.File
	buf      *[]byte // the whole file, for a small one (from fileBufs)
	zr       *zip.Reader
	parts    map[string]*zip.File // by lower-case name, "/" separators
	wbPath   string               // the workbook part, e.g. "xl/workbook.xml"
	total    int64                // sum of the parts' declared sizes
	fileSize int64                // the file's size
	limits   Limits
}

// openContainer opens path, recognises what it is, and if it is a zip
// package holding a workbook within the limits returns it open.
func openContainer(path string, lim Limits) (*container, error) {
	f, size, err := openFile(path)
	if err != nil {
		return nil, err
	}
	c, err := newContainer(path, f, size, lim)
	if err != nil {
		f.Close()
		return nil, err
	}
	return c, nil
}

func newContainer(path string, f *os.File, size int64, lim Limits) (_ *container, err error) {
	// A small file (a form workbook is some 15 KB, a region's some
	// 70 KB) is read whole, once: the zip directory and each part would
	// otherwise cost a read each. Into a buffer from a pool: a fresh one
	// per file, faulted in page by page, cost a national round's 500
	// workbooks, each opened twice, more than reading them.
	var src io.ReaderAt = f
	var head []byte
	var buf *[]byte
	if size <= smallFile {
		buf = getFileBuf(int(size))
		data := (*buf)[:size]
		if n, err := f.ReadAt(data, 0); n == len(data) && (err == nil || err == io.EOF) {
			src = bytes.NewReader(data)
			head = data[:min(size, sniffHead)]
		} else {
			putFileBuf(buf)
			buf = nil
		}
	}
	defer func() {
		if err != nil && buf != nil {
			putFileBuf(buf)
		}
	}()
	if head == nil {
		head = make([]byte, min(size, sniffHead))
		if _, err := src.ReadAt(head, 0); err != nil && err != io.EOF {
			return nil, fileError(path, err)
		}
	}
	zipLike := bytes.HasPrefix(head, []byte("PK"))
	if !zipLike {
		if oe := sniffNonZip(path, f, size, head); oe != nil {
			return nil, oe
		}
	}
	zr, err := zip.NewReader(src, size)
	if err != nil {
		if !zipLike {
			oe := notWorkbook(path, FoundUnknown, "unrecognised content, not a spreadsheet")
			oe.Err = err
			return nil, oe
		}
		oe := problem(path, Corrupt, err, "broken zip archive (%v)", err)
		oe.Reason = ReasonZip
		return nil, oe
	}
	c := &container{path: path, file: f, buf: buf, zr: zr, parts: make(map[string]*zip.File, len(zr.File)), fileSize: size, limits: lim}
	for _, zf := range zr.File {
		if strings.HasSuffix(zf.Name, "/") {
			continue
		}
		if err := c.checkDeclared(zf); err != nil {
			return nil, err
		}
		// Part names compare without regard to case (the package format
		// forbids two that differ only in case): of two such parts,
		// Excel, LibreOffice and openpyxl each read one or the other.
		key := partKey(zf.Name)
		if prev := c.parts[key]; prev != nil {
			oe := problem(path, Corrupt, nil, "parts %s and %s differ only in case", prev.Name, zf.Name)
			oe.Reason, oe.Part, oe.Other = ReasonPartNames, prev.Name, zf.Name
			return nil, oe
		}
		c.parts[key] = zf
	}
	if err := c.findWorkbook(); err != nil {
		return nil, err
	}
	return c, nil
}

// partKey normalises a part name for lookup: parts are case-insensitive.
func partKey(name string) string {
	return strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(name, `\`, "/"), "/"))
}

// checkDeclared refuses entries whose declared sizes break the limits.
// archive/zip never yields more than the declared size, and partReader
// counts what is actually inflated, so declared sizes are a first,
// cheap line only.
func (c *container) checkDeclared(zf *zip.File) error {
	lim, n := c.limits, int64(zf.UncompressedSize64)
	if zf.UncompressedSize64 > uint64(lim.MaxPart) {
		oe := problem(c.path, TooLarge, nil, "part %s would inflate to %d bytes, over the limit of %d", zf.Name, zf.UncompressedSize64, lim.MaxPart)
		oe.Reason, oe.Part, oe.N, oe.Limit = ReasonLimitPart, zf.Name, int64(min(zf.UncompressedSize64, 1<<62)), lim.MaxPart
		return oe
	}
	c.total += n
	if c.total > lim.MaxTotal {
		oe := problem(c.path, TooLarge, nil, "would inflate to over %d bytes in all", lim.MaxTotal)
		oe.Reason, oe.Limit = ReasonLimitTotal, lim.MaxTotal
		return oe
	}
	if n > ratioFloor && (zf.CompressedSize64 == 0 || zf.UncompressedSize64/zf.CompressedSize64 > uint64(lim.MaxRatio)) {
		oe := problem(c.path, TooLarge, nil, "part %s is compressed more than %d:1", zf.Name, lim.MaxRatio)
		oe.Reason, oe.Part, oe.Limit = ReasonLimitRatio, zf.Name, lim.MaxRatio
		return oe
	}
	return nil
}

// findWorkbook locates the workbook part, or says what the zip is instead.
func (c *container) findWorkbook() error {
	if zf := c.parts["mimetype"]; zf != nil {
		b, _ := c.readSmall("mimetype", 256)
		switch {
		case bytes.Contains(b, []byte("opendocument.spreadsheet")):
			return problem(c.path, OpenDocument, nil, "an OpenDocument spreadsheet (.ods)")
		case bytes.Contains(b, []byte("opendocument")):
			return notWorkbook(c.path, FoundZip, "an OpenDocument file, not a spreadsheet")
		}
	}
	if b, err := c.readSmall("_rels/.rels", 1<<20); err == nil {
		for _, r := range parseRels(b) {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				if p := resolveTarget("", r.Target); c.isWorkbook(p) {
					c.wbPath = p
					return nil
				}
			}
		}
	}
	if c.isWorkbook("xl/workbook.xml") {
		c.wbPath = "xl/workbook.xml"
		return nil
	}
	switch {
	case c.parts["xl/workbook.bin"] != nil:
		return notWorkbook(c.path, FoundXLSB, "a binary Excel workbook (.xlsb)")
	case c.parts["word/document.xml"] != nil:
		return notWorkbook(c.path, FoundWord, "a Word document (.docx), not a spreadsheet")
	case c.parts["ppt/presentation.xml"] != nil:
		return notWorkbook(c.path, FoundPowerPoint, "a PowerPoint presentation (.pptx), not a spreadsheet")
	}
	return notWorkbook(c.path, FoundZip, "a zip archive without a workbook inside")
}

// isWorkbook reports whether part exists and its root element is a
// <workbook> (the main part of a .docx is a <document>). A part in an
// encoding other than UTF-8 is given the benefit of the doubt.
func (c *container) isWorkbook(part string) bool {
	if c.parts[part] == nil {
		return false
	}
	r, err := c.open(part)
	if err != nil {
		return false
	}
	defer r.Close()
	s := newScanner(r, min(r.declared, 4<<10))
	s.max = 64 << 10
	if s.checkStart() != nil {
		return true
	}
	tok, err := s.next()
	return err == nil && tok.kind != tokEOF && string(tok.name) == "workbook"
}

// Close closes the file and gives its buffer back: nothing read from the
// container may be used after (what its parts give is copied out of it).
func (c *container) Close() error {
	if c.file == nil {
		return nil
	}
	err := c.file.Close()
	c.file = nil
	if c.buf != nil {
		putFileBuf(c.buf)
		c.buf, c.zr, c.parts = nil, nil, nil
	}
	return err
}

// fileBufs pools the buffers small files are read whole into.
var fileBufs sync.Pool // of *[]byte

// getFileBuf returns a buffer of at least n bytes.
func getFileBuf(n int) *[]byte {
	if b, ok := fileBufs.Get().(*[]byte); ok {
		if cap(*b) >= n {
			*b = (*b)[:n]
			return b
		}
		fileBufs.Put(b)
	}
	// Rounded up, so that a batch of files of about one size shares them.
	c := 64 << 10
	for c < n {
		c *= 2
	}
	b := make([]byte, n, c)
	return &b
}

func putFileBuf(b *[]byte) { fileBufs.Put(b) }

// has reports whether the package holds part name.
func (c *container) has(name string) bool { return c.parts[partKey(name)] != nil }

// size returns the declared inflated size of part name.
func (c *container) size(name string) int64 {
	if zf := c.parts[partKey(name)]; zf != nil {
		return int64(zf.UncompressedSize64)
	}
	return 0
}

// readSmall reads a whole part of at most max bytes.
func (c *container) readSmall(name string, max int64) ([]byte, error) {
	r, err := c.open(name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	if r.declared > max {
		oe := problem(c.path, TooLarge, nil, "part %s is %d bytes, over %d", r.name, r.declared, max)
		oe.Reason, oe.Part, oe.N, oe.Limit = ReasonLimitPart, r.name, r.declared, max
		return nil, oe
	}
	// The declared size is exact (partReader fails on anything else), so
	// one buffer of that size, plus a byte to see the end, does.
	b := make([]byte, r.declared+1)
	n := 0
	for {
		m, err := r.Read(b[n:])
		n += m
		if err == io.EOF {
			return b[:n], nil
		}
		if err != nil {
			return b[:n], err
		}
		if n == len(b) {
			return b[:n], io.ErrShortBuffer // not reached: Read fails first
		}
	}
}

// verifyAll inflates every part once, discarding the data, so that the
// limits, sizes and checksums of the whole package are checked by
// counting before another reader (excelize) loads it.
func (c *container) verifyAll() error {
	buf := make([]byte, 64<<10)
	// In the zip's order, so that a damaged file is always refused for
	// the same part.
	for _, zf := range c.zr.File {
		name := partKey(zf.Name)
		if c.parts[name] != zf {
			continue // a folder entry
		}
		r, err := c.open(name)
		if err != nil {
			return err
		}
		for err == nil {
			_, err = r.Read(buf)
		}
		r.Close()
		if err != io.EOF {
			return err
		}
	}
	return nil
}

// open returns a reader of the inflated bytes of part name. It inflates
// the raw data itself so that it can count both sides: it fails with
// TooLarge as soon as the part inflates past its declared size,
// Limits.MaxPart, or Limits.MaxRatio times the compressed bytes consumed
// so far (past the first MiB), and with Corrupt on bad data, a short part
// or a checksum mismatch.
func (c *container) open(name string) (*partReader, error) {
	if c.file == nil {
		return nil, problem(c.path, Unreadable, errClosed, "part %s read after the workbook was closed", name)
	}
	zf := c.parts[partKey(name)]
	if zf == nil {
		oe := problem(c.path, Corrupt, nil, "part %s is missing", name)
		oe.Reason, oe.Part = ReasonPartMissing, name
		return nil, oe
	}
	raw, err := zf.OpenRaw()
	if err != nil {
		return nil, c.partErr(zf.Name, ReasonPartData, err, "part %s: %v", zf.Name, err)
	}
	p := &partReader{c: c, name: zf.Name, declared: int64(zf.UncompressedSize64), compressed: int64(min(zf.CompressedSize64, uint64(c.fileSize))), want: zf.CRC32}
	p.comp.r = raw
	switch zf.Method {
	case zip.Store:
		if zf.CompressedSize64 != zf.UncompressedSize64 {
			return nil, c.partErr(zf.Name, ReasonPartSize, zip.ErrFormat, "part %s has inconsistent sizes", zf.Name)
		}
		p.src = &p.comp
	case zip.Deflate:
		p.inf = getInflater(&p.comp)
		p.src = p.inf.fr
	default:
		return nil, problem(c.path, Unsupported, zip.ErrAlgorithm, "part %s uses compression method %d", zf.Name, zf.Method)
	}
	return p, nil
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += int64(n)
	return n, err
}

// inflater is a deflate reader and its input buffer, reused from part to
// part and file to file: allocating them (some 80 KB, cleared) for every
// part dominated the cost of opening a small workbook.
type inflater struct {
	br *bufio.Reader
	fr io.ReadCloser // a flate.Resetter
}

var inflaters sync.Pool // of *inflater

// getInflater returns an inflater reading the compressed bytes from r.
func getInflater(r io.Reader) *inflater {
	if inf, ok := inflaters.Get().(*inflater); ok {
		inf.br.Reset(r)
		if err := inf.fr.(flate.Resetter).Reset(inf.br, nil); err == nil {
			return inf
		}
	}
	br := bufio.NewReaderSize(r, 32<<10)
	return &inflater{br: br, fr: flate.NewReader(br)}
}

// put returns the inflater to the pool, holding nothing of its last part.
func (inf *inflater) put() {
	inf.br.Reset(nil)
	inflaters.Put(inf)
}

// errClosed is the error of a part read after Close.
var errClosed = errors.New("workbook: part read after close")

// partReader inflates one part, counting and checking as it goes.
type partReader struct {
	c        *container
	name     string
	src      io.Reader
	inf      *inflater   // the inflater, if any; back to the pool on Close
	comp     countReader // compressed bytes consumed
	n        int64       // inflated bytes produced
	declared int64
	// the compressed size the zip directory declares, at most the
	// file's size
	compressed int64
	want       uint32
	crc        uint32
	err        error // sticky
}

func (p *partReader) Read(b []byte) (int, error) {
	if p.err != nil {
		return 0, p.err
	}
	n, err := p.src.Read(b)
	p.n += int64(n)
	p.crc = crc32.Update(p.crc, crc32.IEEETable, b[:n])
	lim := p.c.limits
	switch {
	case p.n > p.declared:
		oe := problem(p.c.path, TooLarge, nil, "part %s inflates beyond its declared size of %d bytes", p.name, p.declared)
		oe.Reason, oe.Part, oe.Limit = ReasonPartSize, p.name, p.declared
		p.err = oe
	case p.n > lim.MaxPart:
		oe := problem(p.c.path, TooLarge, nil, "part %s inflates to over %d bytes", p.name, lim.MaxPart)
		oe.Reason, oe.Part, oe.N, oe.Limit = ReasonLimitPart, p.name, p.n, lim.MaxPart
		p.err = oe
	case p.n > ratioFloor && p.n > lim.MaxRatio*max(p.comp.n, 1):
		oe := problem(p.c.path, TooLarge, nil, "part %s is compressed more than %d:1", p.name, lim.MaxRatio)
		oe.Reason, oe.Part, oe.Limit = ReasonLimitRatio, p.name, lim.MaxRatio
		p.err = oe
	case err == io.EOF:
		if p.n != p.declared {
			oe := p.c.partErr(p.name, ReasonPartSize, io.ErrUnexpectedEOF, "part %s is %d bytes, not the %d declared", p.name, p.n, p.declared)
			oe.N, oe.Limit = p.n, p.declared
			p.err = oe
		} else if p.want != 0 && p.crc != p.want {
			p.err = p.c.partErr(p.name, ReasonPartChecksum, zip.ErrChecksum, "part %s fails its checksum", p.name)
		} else {
			p.err = io.EOF
		}
	case err != nil:
		p.err = p.c.partErr(p.name, ReasonPartData, err, "part %s: %v", p.name, err)
	}
	if p.err != nil && p.err != io.EOF {
		return 0, p.err
	}
	return n, p.err
}

func (p *partReader) Close() error {
	if p.err == nil || p.err == io.EOF {
		p.err = errClosed
	}
	if p.inf == nil {
		return nil
	}
	err := p.inf.fr.Close()
	p.inf.put()
	p.inf, p.src = nil, nil
	return err
}

// rel is one relationship of a .rels part.
type rel struct {
	ID, Type, Target, TargetMode string
}

// parseRels reads the relationships of a .rels part. A damaged .rels part
// yields the relationships read before the damage.
func parseRels(b []byte) []rel {
	var out []rel
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" {
			continue
		}
		var r rel
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Id":
				r.ID = a.Value
			case "Type":
				r.Type = a.Value
			case "Target":
				r.Target = a.Value
			case "TargetMode":
				r.TargetMode = a.Value
			}
		}
		out = append(out, r)
	}
}

// resolveTarget turns a relationship target into a part key: absolute
// targets ("/xl/worksheets/sheet1.xml") are taken from the package root,
// relative ones ("worksheets/sheet1.xml") from base's folder.
func resolveTarget(base, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	if !strings.HasPrefix(target, "/") {
		target = path.Join(path.Dir(base), target)
	}
	return partKey(path.Clean("/" + target))
}

// readErr wraps an error met while reading part name as an *OpenError.
func (c *container) readErr(name string, err error) error {
	var oe *OpenError
	if errors.As(err, &oe) {
		return err
	}
	reason := ReasonPartData
	if errors.Is(err, errSyntax) {
		reason = ReasonXML
	}
	return c.partErr(name, reason, err, "part %s: %v", name, err)
}

// partErr is a Corrupt *OpenError about part name, for reason.
func (c *container) partErr(name string, reason Reason, err error, format string, args ...any) *OpenError {
	oe := problem(c.path, Corrupt, err, format, args...)
	oe.Reason, oe.Part = reason, name
	return oe
}
