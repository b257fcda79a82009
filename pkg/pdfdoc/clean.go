package pdfdoc

import (
	"strings"
	"unicode/utf8"
)

// Replacement is what Clean draws in place of a character the fonts
// cannot draw: U+FFFD, the Unicode replacement character (a question mark
// in a diamond), which the fonts have.
const Replacement = '\uFFFD'

// Clean makes s safe to draw: every character the fonts have a glyph for
// is kept; invalid UTF-8, control characters and anything the fonts lack
// (emoji, most non-Latin scripts) become Replacement, a run of them only
// one; invisible formatting characters (zero-width spaces and joiners,
// direction marks, variation selectors, byte-order marks, soft hyphens)
// are dropped; a tab becomes a space and every line break ("\r\n", "\r",
// U+2028, U+2029) becomes "\n". Clean never panics and returns valid
// UTF-8.
func Clean(s string) string {
	if isPlain(s) {
		return s
	}
	fs := Fonts()
	var b strings.Builder
	b.Grow(len(s))
	replaced := false // the last rune written is a Replacement
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size <= 1 {
			r = Replacement
		}
		switch {
		case r == '\n' || r == 0x2028 || r == 0x2029:
			r = '\n'
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			r = '\n'
		case r == '\t' || r == 0x3000 || r == 0x1680:
			r = ' '
		case invisible(r):
			continue
		case !fs.Drawable(r):
			r = Replacement
		}
		if r == Replacement {
			if replaced {
				continue
			}
			replaced = true
		} else {
			replaced = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// CleanLine is Clean for text drawn on one line: line breaks become
// spaces.
func CleanLine(s string) string {
	s = Clean(s)
	if strings.IndexByte(s, '\n') >= 0 {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	return s
}

// isPlain reports whether s is printable ASCII only (nothing to clean).
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7F {
			return false
		}
	}
	return true
}

// invisible reports whether r is a formatting character that draws
// nothing and is dropped.
func invisible(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x034F, r == 0x061C, r == 0x180E, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F:
		return true
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF: // variation selectors
		return true
	case r >= 0xE0000 && r <= 0xE007F: // tags
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF: // skin-tone modifiers
		return true
	}
	return false
}
