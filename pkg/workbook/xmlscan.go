package workbook

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"unicode/utf8"
)

// This file is a small forward-only XML tokenizer for the large parts
// (sheets, shared strings). It reads the inflated stream through a
// sliding window: a token is parsed only once it lies whole in the
// window, and the window grows only for a token longer than itself (up to
// maxToken). It knows just enough XML for SpreadsheetML: start, end and
// empty tags with attributes, character data with entities and CDATA,
// comments, processing instructions and a DOCTYPE (skipped). Element
// names are matched by local name, so prefixed elements (<x:c>) read like
// plain ones and the Strict OOXML namespace reads like the transitional
// one. Character data is delivered as stored, with XML's line-end
// normalisation; invalid UTF-8 and control characters are not refused.

const (
	windowSize = 64 << 10
	maxToken   = 64 << 20 // the longest single tag or text run accepted
)

type tokKind uint8

const (
	tokEOF   tokKind = iota
	tokStart         // <name ...>
	tokEnd           // </name>
	tokEmpty         // <name .../>
)

// token is one tag. name and attrs point into the window and are valid
// until the next call on the scanner.
type token struct {
	kind  tokKind
	name  []byte // local name, prefix stripped
	attrs []byte // raw attributes of a start or empty tag
}

// scanner tokenizes one part.
type scanner struct {
	src      io.Reader
	buf      []byte
	pos, end int // unread data is buf[pos:end]
	eof      bool
	err      error  // sticky read error
	text     []byte // scratch for decoded character data
	rich     []byte // scratch for richText
	run      []byte // scratch for runText
	max      int
}

// errSyntax marks malformed XML; callers turn it into Corrupt.
var errSyntax = errors.New("malformed XML")

// errTokenTooLong is returned for a single tag or text longer than maxToken.
var errTokenTooLong = errors.New("an XML element is too long")

func newScanner(src io.Reader, size int64) *scanner {
	n := windowSize
	if size > 0 && size < int64(n) {
		n = int(size) + 1
	}
	var buf []byte
	if n == windowSize {
		if w, ok := windows.Get().(*[windowSize]byte); ok {
			buf = w[:]
		}
	}
	if buf == nil {
		buf = make([]byte, n)
	}
	return &scanner{src: src, buf: buf, max: maxToken}
}

// windows reuses full-size windows from part to part and file to file.
var windows sync.Pool // of *[windowSize]byte

// release gives the window back for reuse. Nothing read from the scanner
// may be used afterwards: tokens and text point into the window.
func (s *scanner) release() {
	if len(s.buf) == windowSize && cap(s.buf) == windowSize {
		windows.Put((*[windowSize]byte)(s.buf))
	}
	s.buf, s.pos, s.end = nil, 0, 0
}

// fill makes more data available at buf[end:], compacting and growing the
// window as needed. It reports whether any data was added.
func (s *scanner) fill() bool {
	if s.eof || s.err != nil {
		return false
	}
	if s.pos > 0 {
		s.end = copy(s.buf, s.buf[s.pos:s.end])
		s.pos = 0
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= s.max {
			s.err = errTokenTooLong
			return false
		}
		nb := make([]byte, min(2*len(s.buf), s.max))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	start := s.end
	for s.end < len(s.buf) && s.end-start < fillMin {
		n, err := s.src.Read(s.buf[s.end:])
		s.end += n
		if err == io.EOF {
			s.eof = true
			break
		}
		if err != nil {
			s.err = err
			break
		}
	}
	return s.end > start
}

// fillMin: fill returns once it has added this much, not only with the
// window full. A reader that wants a sheet's first rows only (is it a
// KoboToolbox export? which rubric does it name?) then inflates a few KB
// of it, not the whole 64 KB window: a national round's workbooks were
// each inflated 190 KB more than they hold for those questions.
const fillMin = 4 << 10

// stop returns the error that ends the stream: nil at a clean end.
func (s *scanner) stop() error {
	if s.err != nil {
		return s.err
	}
	return nil
}

// truncated is the error for a stream ending inside a token.
func (s *scanner) truncated() error {
	if s.err != nil {
		return s.err
	}
	return fmt.Errorf("%w: the XML ends in the middle of an element", errSyntax)
}

// next returns the next tag, skipping character data, comments,
// processing instructions, CDATA sections and DOCTYPE. At the end of the
// stream it returns a tokEOF token and the read error, if any.
func (s *scanner) next() (token, error) {
	for {
		i := bytes.IndexByte(s.buf[s.pos:s.end], '<')
		if i < 0 {
			s.pos = s.end
			if !s.fill() {
				return token{}, s.stop()
			}
			continue
		}
		s.pos += i
		tok, n, err := parseMarkup(s.buf[s.pos:s.end])
		if err != nil {
			return token{}, err
		}
		if n == 0 {
			if !s.fill() {
				return token{}, s.truncated()
			}
			continue
		}
		s.pos += n
		if tok.kind != tokEOF {
			return tok, nil
		}
	}
}

// parseMarkup parses the markup at the start of b (b[0] == '<'). It
// returns n == 0 if b does not hold the whole of it yet, and a token of
// kind tokEOF for markup that is skipped (comments, CDATA at this level,
// processing instructions, DOCTYPE).
func parseMarkup(b []byte) (tok token, n int, err error) {
	if len(b) < 2 {
		return tok, 0, nil
	}
	switch b[1] {
	case '/':
		k := bytes.IndexByte(b, '>')
		if k < 0 {
			return tok, 0, nil
		}
		name := b[2:k]
		for len(name) > 0 && isSpace(name[len(name)-1]) {
			name = name[:len(name)-1]
		}
		if len(name) == 0 || !isNameByte(name[0]) {
			return tok, 0, errSyntax
		}
		return token{kind: tokEnd, name: localName(name)}, k + 1, nil
	case '?':
		k := bytes.Index(b, []byte("?>"))
		if k < 0 {
			return tok, 0, nil
		}
		return tok, k + 2, nil
	case '!':
		return tok, skipDecl(b), nil
	}
	j := 1
	for j < len(b) && isNameByte(b[j]) {
		j++
	}
	if j == len(b) {
		return tok, 0, nil
	}
	if j == 1 || !isSpaceOrTagEnd(b[j]) {
		return tok, 0, errSyntax
	}
	k := j
	for {
		if k >= len(b) {
			return tok, 0, nil
		}
		c := b[k]
		if c == '>' {
			break
		}
		if c == '"' || c == '\'' {
			q := bytes.IndexByte(b[k+1:], c)
			if q < 0 {
				return tok, 0, nil
			}
			k += q + 2
			continue
		}
		if c == '<' {
			return tok, 0, errSyntax
		}
		k++
	}
	tok = token{kind: tokStart, name: localName(b[1:j]), attrs: b[j:k]}
	if b[k-1] == '/' {
		tok.kind = tokEmpty
		tok.attrs = b[j : k-1]
	}
	return tok, k + 1, nil
}

// skipDecl returns the length of the comment, CDATA section or
// declaration at the start of b ("<!..."), or 0 if it is not complete.
func skipDecl(b []byte) int {
	var end []byte
	switch {
	case bytes.HasPrefix(b, []byte("<!--")):
		end = []byte("-->")
	case bytes.HasPrefix(b, []byte("<![CDATA[")):
		end = []byte("]]>")
	case len(b) < 9 && (bytes.HasPrefix([]byte("<!--"), b) || bytes.HasPrefix([]byte("<![CDATA["), b)):
		return 0
	default:
		// <!DOCTYPE ...> with an optional [internal subset].
		k := bytes.IndexAny(b, "[>")
		if k < 0 {
			return 0
		}
		if b[k] == '>' {
			return k + 1
		}
		e := bytes.Index(b[k:], []byte("]"))
		if e < 0 {
			return 0
		}
		g := bytes.IndexByte(b[k+e:], '>')
		if g < 0 {
			return 0
		}
		return k + e + g + 1
	}
	k := bytes.Index(b[2:], end)
	if k < 0 {
		return 0
	}
	return 2 + k + len(end)
}

func isNameByte(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == ':' || c == '_' || c == '-' || c == '.'
}

func isSpaceOrTagEnd(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>'
}

func localName(name []byte) []byte {
	if i := bytes.LastIndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// nextAttr splits the first attribute off a. ok is false at the end; err
// is set for malformed attributes.
func nextAttr(a []byte) (name, val, rest []byte, ok bool, err error) {
	i := 0
	for i < len(a) && isSpace(a[i]) {
		i++
	}
	if i == len(a) {
		return nil, nil, nil, false, nil
	}
	ns := i
	for i < len(a) && a[i] != '=' && !isSpace(a[i]) {
		i++
	}
	name = a[ns:i]
	for i < len(a) && isSpace(a[i]) {
		i++
	}
	if i == len(a) || a[i] != '=' || len(name) == 0 {
		return nil, nil, nil, false, errSyntax
	}
	i++
	for i < len(a) && isSpace(a[i]) {
		i++
	}
	if i == len(a) || (a[i] != '"' && a[i] != '\'') {
		return nil, nil, nil, false, errSyntax
	}
	q := bytes.IndexByte(a[i+1:], a[i])
	if q < 0 {
		return nil, nil, nil, false, errSyntax
	}
	val = a[i+1 : i+1+q]
	return localName(name), val, a[i+2+q:], true, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// attrValue decodes an attribute value; most need no decoding.
func attrValue(v []byte) []byte {
	if bytes.IndexByte(v, '&') < 0 {
		return v
	}
	return appendText(nil, v)
}

// textContent reads the character data of the element whose start tag
// was just read, up to and including its end tag, decoding entities and
// CDATA. Child elements are skipped with their content, as encoding/xml
// does when decoding an element into a string. The result is valid until
// the next call on the scanner.
func (s *scanner) textContent() ([]byte, error) {
	// The common case: plain text right before the end tag, returned
	// from the window without copying.
	data := s.buf[s.pos:s.end]
	if i := bytes.IndexByte(data, '<'); i >= 0 && i+1 < len(data) && data[i+1] == '/' {
		if k := bytes.IndexByte(data[i:], '>'); k > 0 && plain(data[:i]) {
			s.pos += i + k + 1
			return data[:i], nil
		}
	}
	s.text = s.text[:0]
	depth := 0
	for {
		data := s.buf[s.pos:s.end]
		i := bytes.IndexByte(data, '<')
		if i < 0 || i+1 == len(data) {
			if !s.fill() {
				return nil, s.truncated()
			}
			continue
		}
		if depth == 0 {
			s.text = appendText(s.text, data[:i])
		}
		s.pos += i
		if bytes.HasPrefix(data[i:], []byte("<![CDATA[")) {
			k := bytes.Index(data[i:], []byte("]]>"))
			if k < 0 {
				if !s.fill() {
					return nil, s.truncated()
				}
				continue
			}
			if depth == 0 {
				s.text = appendNormalized(s.text, data[i+9:i+k])
			}
			s.pos += k + 3
			continue
		}
		tok, n, err := parseMarkup(data[i:])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			if !s.fill() {
				return nil, s.truncated()
			}
			continue
		}
		s.pos += n
		switch tok.kind {
		case tokStart:
			depth++
		case tokEnd:
			if depth == 0 {
				return s.text, nil
			}
			depth--
		}
	}
}

// plain reports whether character data needs no decoding.
func plain(b []byte) bool {
	return bytes.IndexByte(b, '&') < 0 && bytes.IndexByte(b, '\r') < 0
}

// skipElement skips the content of the element whose start tag was just
// read, up to and including its end tag.
func (s *scanner) skipElement() error {
	depth := 0
	for {
		tok, err := s.next()
		if err != nil {
			return err
		}
		switch tok.kind {
		case tokEOF:
			return s.truncated()
		case tokStart:
			depth++
		case tokEnd:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

// appendText appends raw character data to dst, decoding entities and
// normalising line ends as an XML parser must. Unknown or malformed
// entities are kept as written.
func appendText(dst, raw []byte) []byte {
	for {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			return appendNormalized(dst, raw)
		}
		dst = appendNormalized(dst, raw[:i])
		raw = raw[i:]
		semi := bytes.IndexByte(raw[:min(len(raw), 12)], ';')
		if semi < 0 {
			dst = append(dst, '&')
			raw = raw[1:]
			continue
		}
		if r, ok := entity(raw[1:semi]); ok {
			dst = utf8.AppendRune(dst, r)
		} else {
			dst = append(dst, raw[:semi+1]...)
		}
		raw = raw[semi+1:]
	}
}

// appendNormalized appends b with "\r\n" and lone "\r" turned into "\n".
func appendNormalized(dst, b []byte) []byte {
	for {
		i := bytes.IndexByte(b, '\r')
		if i < 0 {
			return append(dst, b...)
		}
		dst = append(dst, b[:i]...)
		dst = append(dst, '\n')
		b = b[i+1:]
		if len(b) > 0 && b[0] == '\n' {
			b = b[1:]
		}
	}
}

// entity decodes the name of an entity reference (between & and ;).
func entity(name []byte) (rune, bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "apos":
		return '\'', true
	case "quot":
		return '"', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	var n uint64
	var err error
	if name[1] == 'x' {
		n, err = strconv.ParseUint(string(name[2:]), 16, 32)
	} else {
		n, err = strconv.ParseUint(string(name[1:]), 10, 32)
	}
	if err != nil || !isXMLChar(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// isXMLChar reports whether r may appear in an XML 1.0 document.
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// decodeEscapes decodes the OOXML escapes "_xHHHH_" of a string value,
// as Excel writes control characters: "_x000D_" is a carriage return and
// "_x005F_" an underscore, so "_x005F_x000D_" reads as the literal text
// "_x000D_". An escape naming a surrogate or another invalid character is
// dropped, as excelize does.
func decodeEscapes(b []byte) []byte {
	if bytes.IndexByte(b, '_') < 0 || bytes.Index(b, []byte("_x")) < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for {
		i := bytes.Index(b, []byte("_x"))
		if i < 0 || len(b)-i < 7 {
			return append(out, b...)
		}
		out = append(out, b[:i]...)
		h := b[i+2 : i+6]
		if b[i+6] != '_' || !isHex4(h) {
			out = append(out, b[i])
			b = b[i+1:]
			continue
		}
		n, _ := strconv.ParseUint(string(h), 16, 32)
		if r := rune(n); utf8.ValidRune(r) {
			out = utf8.AppendRune(out, r)
		}
		b = b[i+7:]
	}
}

func isHex4(h []byte) bool {
	for _, c := range h {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// errEncoding marks a part in an encoding other than UTF-8.
var errEncoding = errors.New("the XML is not in UTF-8")

// checkProlog refuses parts that are not UTF-8: a UTF-16 byte-order mark
// or an XML declaration naming another encoding.
func checkProlog(head []byte) error {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return errEncoding
	}
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	head = bytes.TrimLeft(head, " \t\r\n")
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return nil
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return nil
	}
	a := head[5:end]
	for {
		name, val, rest, ok, err := nextAttr(a)
		if !ok || err != nil {
			return nil
		}
		if string(name) == "encoding" {
			switch string(bytes.ToLower(val)) {
			case "utf-8", "utf8":
				return nil
			}
			return fmt.Errorf("%w (it says %q)", errEncoding, val)
		}
		a = rest
	}
}
