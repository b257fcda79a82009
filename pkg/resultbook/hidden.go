package resultbook

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// The hidden sheet's layout (Format kepatuhan/resultbook/v1):
//
//	A1 Format            B1 a note for anyone who unhides the sheet
//	A2 "sha256"          B2 SHA-256 of the stored JSON text, hex
//	A3 "bytes"           B3 its length in bytes (UTF-8)
//	A4 "chunks"          B4 how many chunks follow
//	A5, A6, …            the JSON text in chunks, in order
//
// The JSON text is results.WriteJSON's output, except that the two
// characters XML cannot carry (U+FFFE, U+FFFF) are written as JSON escapes;
// it decodes to the same results either way.
const (
	keySHA256   = "sha256"
	keyBytes    = "bytes"
	keyChunks   = "chunks"
	firstChunk  = 5
	headerLines = 4
)

// hiddenXML writes the hidden sheet's worksheet part. It is written here
// rather than through excelize, whose per-cell escaping would copy the
// whole JSON text several times: the text goes straight from the chunks,
// escaped, into the zip entry.
func (b *book) hiddenXML(w io.Writer) error {
	chunks := splitChunks(b.payload, chunkUnits)
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString(xml.Header)
	bw.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	fmt.Fprintf(bw, `<dimension ref="A1:%s"/>`, cellName(2, headerLines+len(chunks)))
	bw.WriteString(`<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>`)
	bw.WriteString(`<cols><col min="1" max="1" width="100" customWidth="1"/><col min="2" max="2" width="70" customWidth="1"/></cols><sheetData>`)
	head := [][2]string{
		{Format, b.t(msg.BookHiddenNote, results.Schema)},
		{keySHA256, b.sum},
		{keyBytes, strconv.Itoa(len(b.payload))},
		{keyChunks, strconv.Itoa(len(chunks))},
	}
	for i, h := range head {
		r := strconv.Itoa(i + 1)
		bw.WriteString(`<row r="` + r + `">`)
		inlineCell(bw, "A"+r, []byte(h[0]))
		if i < 2 {
			inlineCell(bw, "B"+r, []byte(h[1]))
		} else {
			bw.WriteString(`<c r="B` + r + `"><v>` + h[1] + `</v></c>`)
		}
		bw.WriteString(`</row>`)
	}
	for i, c := range chunks {
		r := strconv.Itoa(firstChunk + i)
		bw.WriteString(`<row r="` + r + `">`)
		inlineCell(bw, "A"+r, c)
		bw.WriteString(`</row>`)
	}
	bw.WriteString(`</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
	return bw.Flush()
}

// inlineCell writes a cell holding text s as an inline string.
func inlineCell(w *bufio.Writer, ref string, s []byte) {
	w.WriteString(`<c r="` + ref + `" t="inlineStr"><is><t xml:space="preserve">`)
	escapeText(w, s)
	w.WriteString(`</t></is></c>`)
}

// escapeText writes s as the text of an OOXML string: XML's special
// characters as entities, characters XML cannot carry raw (control
// characters, carriage return) as OOXML _xHHHH_ escapes, and a literal
// "_xHHHH_" protected by escaping its underscore (_x005F_), so that
// readers that decode such escapes get s back.
func escapeText(w *bufio.Writer, s []byte) {
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var esc string
		switch {
		case c == '&':
			esc = "&amp;"
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == '_' && isXEscape(s[i:]):
			esc = "_x005F_" // the underscore itself, escaped
		case c < 0x20 && c != '\t' && c != '\n':
			esc = fmt.Sprintf("_x%04X_", c)
		default:
			continue
		}
		w.Write(s[last:i])
		w.WriteString(esc)
		last = i + 1
	}
	w.Write(s[last:])
}

// isXEscape reports whether s starts with an OOXML escape, _xHHHH_.
func isXEscape(s []byte) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range s[2:6] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// splitChunks cuts p into pieces of at most limit UTF-16 code units (the
// way Excel counts a cell's characters), never inside a character. The
// pieces share p's memory.
func splitChunks(p []byte, limit int) [][]byte {
	var out [][]byte
	for len(p) > 0 {
		units, i := 0, 0
		for i < len(p) {
			c := p[i]
			size, u := 1, 1
			if c >= utf8.RuneSelf {
				r, n := utf8.DecodeRune(p[i:])
				size = n
				if r > 0xFFFF {
					u = 2
				}
			}
			if units+u > limit && i > 0 {
				break // (a first character always goes in, however wide)
			}
			units += u
			i += size
		}
		out = append(out, p[:i:i])
		p = p[i:]
	}
	return out
}

// xmlSafe replaces U+FFFE and U+FFFF, which are valid UTF-8 but not XML
// characters (an XML writer would turn them into U+FFFD), with JSON
// escapes. In JSON text they can only occur inside strings, where the
// escape means the same character.
func xmlSafe(p []byte) []byte {
	var out []byte
	last := 0
	for i := 0; ; i++ {
		j := bytes.IndexByte(p[i:], 0xEF)
		if j < 0 {
			break
		}
		i += j
		if i+2 >= len(p) || p[i+1] != 0xBF || (p[i+2] != 0xBE && p[i+2] != 0xBF) {
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(p)+64)
		}
		out = append(out, p[last:i]...)
		if p[i+2] == 0xBE {
			out = append(out, `\ufffe`...)
		} else {
			out = append(out, `\uffff`...)
		}
		i += 2
		last = i + 1
	}
	if out == nil {
		return p
	}
	return append(out, p[last:]...)
}
