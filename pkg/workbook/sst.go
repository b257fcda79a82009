package workbook

import (
	"errors"
	"strconv"
)

// The shared strings are held in memory, so their size is bounded by
// what they take there — a string header per item and the text — not
// only by how far the part inflates: at most sstMemoryFloor, or
// sstMemoryPerByte times the part's compressed size for a larger table
// (text compresses some 3 to 10 times). A table of long strings that
// differ by a few letters inflates some 500 times and would otherwise
// hold hundreds of MB from a 1 MB file.
const (
	sstMemoryFloor   = 32 << 20
	sstMemoryPerByte = 16
	sstItemCost      = 16 // a string header
)

// sstPresize bounds how many items the table is sized for before they
// are read (a 470 MB declared size and a uniqueCount of 10⁸ asked for
// 1.5 GB); past it, the table grows as items come.
const sstPresize = 1 << 16

// readSST loads the shared strings table of part (xl/sharedStrings.xml)
// once, streaming it through the scanner so that only the strings stay
// in memory.
func readSST(c *container, part string) ([]string, error) {
	r, err := c.open(part)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	s := newScanner(r, r.declared)
	defer s.release()
	if err := s.checkStart(); err != nil {
		return nil, c.scanErr(part, err)
	}
	budget := max(int64(sstMemoryFloor), sstMemoryPerByte*r.compressed)
	var used int64
	var out []string
	for {
		tok, err := s.next()
		if err != nil {
			return nil, c.scanErr(part, err)
		}
		switch {
		case tok.kind == tokEOF:
			return out, nil
		case tok.kind == tokStart && string(tok.name) == "sst":
			// Pre-size from uniqueCount, trusting it no further than the
			// part's size allows (an <si/> takes at least 5 bytes).
			if n := attrInt(tok.attrs, "uniqueCount"); n > 0 {
				out = make([]string, 0, min(int64(n), r.declared/5+1, sstPresize))
			}
		case string(tok.name) == "si":
			used += sstItemCost
			if tok.kind == tokEmpty {
				out = append(out, "")
			} else {
				v, err := s.richText()
				if err != nil {
					return nil, c.scanErr(part, err)
				}
				used += int64(len(v))
				out = append(out, string(v))
			}
			if used > budget {
				oe := problem(c.path, TooLarge, nil, "the shared strings of part %s take over %d bytes of memory", part, budget)
				oe.Reason, oe.Part, oe.Limit = ReasonLimitStrings, r.name, budget
				return nil, oe
			}
		}
	}
}

// richText reads the content of a string item (<si> or <is>) whose start
// tag was just read and returns its text: that of a <t> child followed by
// the <t> of each <r> run, as excelize reads it, skipping phonetic runs
// (<rPh>) and anything else, with "_xHHHH_" escapes decoded. The result
// is valid until the next call.
func (s *scanner) richText() ([]byte, error) {
	plain, runs := s.rich[:0], s.run[:0]
	defer func() { s.rich, s.run = plain[:0], runs[:0] }()
	for {
		tok, err := s.next()
		if err != nil {
			return nil, err
		}
		switch tok.kind {
		case tokEOF:
			return nil, s.truncated()
		case tokEnd:
			// The end of the item (well-formedness is not checked here).
			return decodeEscapes(append(plain, runs...)), nil
		case tokEmpty:
			if string(tok.name) == "t" {
				plain = plain[:0]
			}
		case tokStart:
			switch string(tok.name) {
			case "t":
				t, err := s.textContent()
				if err != nil {
					return nil, err
				}
				// A second <t> replaces the first, as in encoding/xml.
				plain = append(plain[:0], t...)
			case "r":
				if runs, err = s.runText(runs); err != nil {
					return nil, err
				}
			default:
				if err := s.skipElement(); err != nil {
					return nil, err
				}
			}
		}
	}
}

// runText reads a rich text run (<r>) and appends the text of its last
// <t> to dst, skipping the run properties.
func (s *scanner) runText(dst []byte) ([]byte, error) {
	start := len(dst)
	for {
		tok, err := s.next()
		if err != nil {
			return nil, err
		}
		switch tok.kind {
		case tokEOF:
			return nil, s.truncated()
		case tokEnd:
			return dst, nil
		case tokEmpty:
			if string(tok.name) == "t" {
				dst = dst[:start]
			}
		case tokStart:
			if string(tok.name) != "t" {
				if err := s.skipElement(); err != nil {
					return nil, err
				}
				continue
			}
			v, err := s.textContent()
			if err != nil {
				return nil, err
			}
			dst = append(dst[:start], v...)
		}
	}
}

// attrInt returns the integer value of attribute name, or -1.
func attrInt(attrs []byte, name string) int {
	for {
		n, v, rest, ok, err := nextAttr(attrs)
		if !ok || err != nil {
			return -1
		}
		if string(n) == name {
			i, err := strconv.Atoi(string(v))
			if err != nil {
				return -1
			}
			return i
		}
		attrs = rest
	}
}

// checkStart peeks at the start of the part and refuses encodings other
// than UTF-8.
func (s *scanner) checkStart() error {
	for s.end-s.pos < 256 && s.fill() {
	}
	return checkProlog(s.buf[s.pos:s.end])
}

// scanErr turns an error met while scanning part into an *OpenError.
func (c *container) scanErr(part string, err error) error {
	switch {
	case err == errTokenTooLong:
		oe := problem(c.path, TooLarge, err, "part %s holds an element over %d bytes", part, maxToken)
		oe.Reason, oe.Part, oe.Limit = ReasonLimitElement, part, maxToken
		return oe
	case errors.Is(err, errEncoding):
		return problem(c.path, Unsupported, err, "part %s: %v", part, err)
	}
	return c.readErr(part, err)
}
