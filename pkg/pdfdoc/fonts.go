package pdfdoc

import (
	_ "embed" // the fonts
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// The fonts are DejaVu Sans regular and bold, subset by fonts/mkfonts.sh
// from Debian's fonts-dejavu-core; fonts/LICENSE-DejaVu.txt is their
// licence. Two forms of each:
//
//   - the Unicode subset, embedded with fpdf's UTF-8 font support: every
//     rune Clean lets through can be drawn, but fpdf parses and subsets
//     the font again for every document (a few milliseconds each);
//   - the 8-bit definition (fpdf's TrueType with an encoding,
//     fonts/kepatuhan.map: Windows-1252 plus ✓ ✗ ≥ ≤ − and U+FFFD in
//     its unused slots, and → ← ↑ ↓ ↔ Σ Δ ≈ ≠ in those of nine rare
//     marks, ƒ ˆ ˜ ¤ ¦ ¨ ¬ ¯ ¸): prepared at build time, so adding it to
//     a document costs almost nothing.
//
// A document starts with the 8-bit fonts; if it meets a rune they cannot
// draw, Lost reports it and the caller renders again with Unicode fonts.

//go:embed fonts/DejaVuSans-Unicode.ttf
var uniRegular []byte

//go:embed fonts/DejaVuSans-Bold-Unicode.ttf
var uniBold []byte

//go:embed fonts/DejaVuSans-8bit.json
var defRegular []byte

//go:embed fonts/DejaVuSans-8bit.z
var zRegular []byte

//go:embed fonts/DejaVuSans-Bold-8bit.json
var defBold []byte

//go:embed fonts/DejaVuSans-Bold-8bit.z
var zBold []byte

//go:embed fonts/kepatuhan.map
var encodingMap string

// Family is the font family name documents use; styles "" and "B".
const Family = "dejavu"

// FontSet is the fonts, prepared once per run.
type FontSet struct {
	drawable [0x10000 / 64]uint64 // BMP runes both Unicode fonts map to a glyph
	encode   map[rune]byte        // the 8-bit encoding, beyond ASCII
	cw       [2][256]int          // the 8-bit fonts' widths (regular, bold), 1/1000 em
}

var (
	fontsOnce sync.Once
	fontSet   *FontSet
	fontsErr  error
)

// Fonts returns the prepared fonts. It panics if the embedded fonts are
// broken, which only a bad build can cause (a test covers it).
func Fonts() *FontSet {
	fontsOnce.Do(func() { fontSet, fontsErr = prepareFonts() })
	if fontsErr != nil {
		panic("pdfdoc: embedded fonts: " + fontsErr.Error())
	}
	return fontSet
}

func prepareFonts() (*FontSet, error) {
	fs := &FontSet{encode: map[rune]byte{}}
	reg, err := cmapRunes(uniRegular)
	if err != nil {
		return nil, fmt.Errorf("DejaVuSans-Unicode.ttf: %w", err)
	}
	bold, err := cmapRunes(uniBold)
	if err != nil {
		return nil, fmt.Errorf("DejaVuSans-Bold-Unicode.ttf: %w", err)
	}
	for i := range fs.drawable {
		fs.drawable[i] = reg[i] & bold[i]
	}
	// Control characters never draw, whatever a font maps them to.
	for r := rune(0); r < 0x20; r++ {
		fs.clear(r)
	}
	for r := rune(0x7F); r < 0xA0; r++ {
		fs.clear(r)
	}
	for _, line := range strings.Split(encodingMap, "\n") {
		// "!80 U+20AC Euro"
		f := strings.Fields(line)
		if len(f) != 3 || f[2] == ".notdef" {
			continue
		}
		pos, err1 := strconv.ParseUint(strings.TrimPrefix(f[0], "!"), 16, 8)
		uv, err2 := strconv.ParseUint(strings.TrimPrefix(f[1], "U+"), 16, 32)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("kepatuhan.map: bad line %q", line)
		}
		r := rune(uv)
		if !fs.Drawable(r) {
			return nil, fmt.Errorf("kepatuhan.map: %U is not in the Unicode fonts", r)
		}
		if r >= 0x80 || rune(pos) != r {
			fs.encode[r] = byte(pos)
		}
	}
	for i, def := range [][]byte{defRegular, defBold} {
		var d struct{ Cw []int }
		if err := json.Unmarshal(def, &d); err != nil || len(d.Cw) != 256 {
			return nil, fmt.Errorf("8-bit font definition %d: %v", i, err)
		}
		copy(fs.cw[i][:], d.Cw)
	}
	return fs, nil
}

func (fs *FontSet) clear(r rune) { fs.drawable[r>>6] &^= 1 << (r & 63) }

// Drawable reports whether the fonts have a glyph for r (in both regular
// and bold). Control characters are not drawable.
func (fs *FontSet) Drawable(r rune) bool {
	if r < 0 || r > 0xFFFF {
		return false
	}
	return fs.drawable[r>>6]&(1<<(r&63)) != 0
}

// Encode8 returns r's code in the 8-bit encoding, and whether it has one.
func (fs *FontSet) Encode8(r rune) (byte, bool) {
	if r >= 0x20 && r < 0x7F {
		return byte(r), true
	}
	b, ok := fs.encode[r]
	return b, ok
}

// cmapRunes reads a TrueType font's Unicode cmap (format 4 or 12) and
// returns the BMP runes it maps to a glyph other than .notdef, as a bit
// set.
func cmapRunes(ttf []byte) (set [0x10000 / 64]uint64, err error) {
	defer func() {
		if recover() != nil {
			err = fmt.Errorf("truncated font")
		}
	}()
	be := binary.BigEndian
	numTables := int(be.Uint16(ttf[4:]))
	cmap := -1
	for i := 0; i < numTables; i++ {
		rec := ttf[12+16*i:]
		if string(rec[:4]) == "cmap" {
			cmap = int(be.Uint32(rec[8:]))
		}
	}
	if cmap < 0 {
		return set, fmt.Errorf("no cmap table")
	}
	t := ttf[cmap:]
	best, bestFormat := -1, 0
	for i := 0; i < int(be.Uint16(t[2:])); i++ {
		rec := t[4+8*i:]
		platform, enc := be.Uint16(rec), be.Uint16(rec[2:])
		off := int(be.Uint32(rec[4:]))
		format := int(be.Uint16(t[off:]))
		unicode := platform == 0 || platform == 3 && (enc == 1 || enc == 10)
		if unicode && (format == 4 || format == 12) && format > bestFormat {
			best, bestFormat = off, format
		}
	}
	if best < 0 {
		return set, fmt.Errorf("no Unicode cmap of format 4 or 12")
	}
	add := func(r uint32) {
		if r < 0x10000 {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	s := t[best:]
	if bestFormat == 12 {
		n := int(be.Uint32(s[12:]))
		for i := 0; i < n; i++ {
			g := s[16+12*i:]
			start, end, gid := be.Uint32(g), be.Uint32(g[4:]), be.Uint32(g[8:])
			for c := start; c <= end && c < 0x10000; c++ {
				if gid+(c-start) != 0 {
					add(c)
				}
			}
		}
		return set, nil
	}
	segs := int(be.Uint16(s[6:])) / 2
	ends := s[14:]
	starts := s[16+2*segs:]
	deltas := s[16+4*segs:]
	ranges := s[16+6*segs:]
	for i := 0; i < segs; i++ {
		start, end := uint32(be.Uint16(starts[2*i:])), uint32(be.Uint16(ends[2*i:]))
		delta := be.Uint16(deltas[2*i:])
		ro := int(be.Uint16(ranges[2*i:]))
		for c := start; c <= end && c != 0xFFFF; c++ {
			var gid uint16
			if ro == 0 {
				gid = uint16(c) + delta
			} else {
				gid = be.Uint16(ranges[2*i+ro+2*int(c-start):])
				if gid != 0 {
					gid += delta
				}
			}
			if gid != 0 {
				add(c)
			}
		}
	}
	return set, nil
}
