package resultbook

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// errNotFast says that a sheet is not in exactly the shape hiddenXML
// writes (a spreadsheet application saved it again, say): the general
// XML reader takes over.
var errNotFast = errors.New("resultbook: sheet not in the written shape")

// readCellsFast reads columns A and B of a hidden sheet written by
// hiddenXML, scanning the bytes instead of tokenising XML (which costs
// several times more on a sheet of 100 MB). Anything it does not expect
// gives errNotFast; an I/O error gives that error.
func readCellsFast(r io.Reader) (hrows, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	// Everything before <sheetData> is the sheet's header.
	for {
		tag, err := nextTag(br, true)
		if err != nil {
			return nil, err
		}
		if tag == "sheetData" {
			break
		}
	}
	rows := hrows{}
	row := 0
	for {
		tag, err := nextTag(br, false)
		if err != nil {
			return nil, err
		}
		switch {
		case tag == "/sheetData":
			return rows, nil
		case tag == "/row":
		case strings.HasPrefix(tag, `row r="`) && strings.HasSuffix(tag, `"`):
			n, err := strconv.Atoi(tag[len(`row r="`) : len(tag)-1])
			if err != nil || n <= row {
				return nil, errNotFast
			}
			row = n
		case strings.HasPrefix(tag, `c r="`):
			ref, typ, ok := cellTag(tag)
			if !ok {
				return nil, errNotFast
			}
			r, col, ok := results.ParseCell(ref)
			if !ok || r != row || col < 1 || col > 2 {
				return nil, errNotFast
			}
			var want []string // the tags around the text
			switch typ {
			case "inlineStr":
				want = []string{`is`, `t xml:space="preserve"`, `/t`, `/is`, `/c`}
			case "":
				want = []string{`v`, `/v`, `/c`}
			default:
				return nil, errNotFast
			}
			var text []byte
			for _, w := range want {
				if t, err := nextTag(br, false); err != nil {
					return nil, err
				} else if t != w {
					return nil, errNotFast
				}
				if w == `v` || w == `t xml:space="preserve"` {
					if text, err = textUntilTag(br); err != nil {
						return nil, err
					}
				}
			}
			cells := rows[row]
			if cells == nil {
				cells = &[2]hcell{}
				rows[row] = cells
			}
			s := string(text)
			cells[col-1] = hcell{text: unescapeXstring(s), set: true}
		default:
			return nil, errNotFast
		}
	}
}

// nextTag reads the next tag and returns what is between < and >. With
// skip, text before the tag is skipped; otherwise there must be none.
func nextTag(br *bufio.Reader, skip bool) (string, error) {
	for {
		c, err := br.ReadByte()
		if err != nil {
			return "", fastErr(err)
		}
		if c == '<' {
			break
		}
		if !skip {
			return "", errNotFast
		}
	}
	tag, err := br.ReadSlice('>')
	if err != nil {
		return "", fastErr(err)
	}
	return string(tag[:len(tag)-1]), nil
}

// textUntilTag reads a cell's text, up to the next '<' (left unread),
// and decodes its character references.
func textUntilTag(br *bufio.Reader) ([]byte, error) {
	var out []byte
	for {
		chunk, err := br.ReadSlice('<')
		if err == bufio.ErrBufferFull {
			out = append(out, chunk...)
			continue
		}
		if err != nil {
			return nil, fastErr(err)
		}
		out = append(out, chunk[:len(chunk)-1]...)
		if err := br.UnreadByte(); err != nil {
			return nil, err
		}
		break
	}
	if bytes.IndexByte(out, '\r') >= 0 {
		return nil, errNotFast // XML would turn CR LF into LF: leave it to the XML reader
	}
	return decodeEntities(out)
}

// fastErr maps the end of the input to errNotFast: a sheet that ends
// early is the general reader's to judge.
func fastErr(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return errNotFast
	}
	return err
}

// cellTag splits `c r="A5" t="inlineStr"` (or without t) into its
// reference and type.
func cellTag(tag string) (ref, typ string, ok bool) {
	rest := tag[len(`c r="`):]
	i := strings.IndexByte(rest, '"')
	if i < 0 {
		return "", "", false
	}
	ref, rest = rest[:i], rest[i+1:]
	switch {
	case rest == "":
		return ref, "", true
	case strings.HasPrefix(rest, ` t="`) && strings.HasSuffix(rest, `"`) && strings.Count(rest, `"`) == 2:
		return ref, rest[len(` t="`) : len(rest)-1], true
	}
	return "", "", false
}

// decodeEntities replaces XML's character references in text.
func decodeEntities(b []byte) ([]byte, error) {
	i := bytes.IndexByte(b, '&')
	if i < 0 {
		return b, nil
	}
	out := make([]byte, 0, len(b))
	for i >= 0 {
		out = append(out, b[:i]...)
		b = b[i:]
		end := bytes.IndexByte(b, ';')
		if end < 0 {
			return nil, errNotFast
		}
		name := string(b[1:end])
		switch name {
		case "amp":
			out = append(out, '&')
		case "lt":
			out = append(out, '<')
		case "gt":
			out = append(out, '>')
		case "quot":
			out = append(out, '"')
		case "apos":
			out = append(out, '\'')
		default:
			var n uint64
			var err error
			switch {
			case strings.HasPrefix(name, "#x"):
				n, err = strconv.ParseUint(name[2:], 16, 32)
			case strings.HasPrefix(name, "#"):
				n, err = strconv.ParseUint(name[1:], 10, 32)
			default:
				return nil, errNotFast
			}
			if err != nil || !utf8.ValidRune(rune(n)) {
				return nil, errNotFast
			}
			out = utf8.AppendRune(out, rune(n))
		}
		b = b[end+1:]
		i = bytes.IndexByte(b, '&')
	}
	return append(out, b...), nil
}
