// Package palette holds the colours of kepatuhan's documents, the same
// for the PDF writers (report cards, the annual report, the comparison)
// and the Excel writers (the annual report's and the comparison's
// workbooks): the ink of text, the fills of tables, the colours of an
// indicator's outcome and of a change, and the zones' colours, which a
// rubric sets. A Color is plain RGB; each writer turns it into what its
// format wants (Hex for a workbook's style).
package palette

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// Color is an RGB colour, each component 0–255.
type Color struct{ R, G, B int }

// RGB returns the colour with components r, g, b (0–255).
func RGB(r, g, b int) Color { return Color{r, g, b} }

// Text and lines.
var (
	Black  = Color{0, 0, 0}
	White  = Color{255, 255, 255}
	Text   = Color{33, 33, 33}    // body text
	Muted  = Color{97, 97, 97}    // labels, notes
	Rule   = Color{200, 200, 200} // rules between parts
	Accent = Color{21, 101, 192}  // titles, the cover, bullets

	ChartText  = Color{66, 66, 66}    // a workbook chart's axis labels
	Footer     = Color{100, 100, 100} // a page's footer
	FooterRule = Color{190, 190, 190} // the rule above it
)

// Fills.
var (
	Panel    = Color{245, 245, 245} // behind a figure or a block
	HeadFill = Color{232, 238, 246} // a light table header
	HeadDark = Color{55, 71, 79}    // a dark table header, white titles
	Zebra    = Color{246, 247, 249} // every other row of a table
	Grid     = Color{224, 224, 224} // a chart's grid, a list's separators
	Divider  = Color{225, 225, 225} // between a card's findings
	Border   = Color{189, 189, 189} // a workbook cell's border
	Track    = Color{232, 232, 232} // behind a bar
	Neutral  = Color{158, 158, 158} // no zone, an incomplete unit's bar
	Mark     = Color{255, 235, 238} // the coaching agenda's rows in a workbook
)

// An indicator's outcome. The comparison reads its levels the same way:
// comparable as met, with care as partly met, not compared as not met.
var (
	Met          = Color{46, 125, 50}
	Partial      = Color{230, 81, 0}
	NotMet       = Color{198, 40, 40}
	Missing      = Color{106, 27, 154}
	Inapplicable = Color{117, 117, 117} // N/A, not applicable
	Attention    = NotMet               // a warning: an incomplete card's banner
)

// A unit's change in a comparison workbook's cells.
var (
	WorseFill  = Color{255, 205, 210}
	BetterFill = Color{200, 230, 201}
)

// Parse reads "#RRGGBB" (the "#" optional, any case).
func Parse(s string) (Color, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return Color{}, false
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return Color{}, false
	}
	return Color{int(v >> 16), int(v >> 8 & 0xFF), int(v & 0xFF)}, true
}

// Hex is the colour as "#RRGGBB", as a workbook's style names it.
func (c Color) Hex() string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }

// Zone is the colour the rubric gives zone z (Neutral for no zone or a
// colour that does not parse).
func Zone(r *rubric.Rubric, z rubric.Zone) Color {
	if c, ok := Parse(r.ZoneInfo(z).Color); ok {
		return c
	}
	return Neutral
}

// Tint mixes c with white: 0 gives c, 1 white.
func (c Color) Tint(f float64) Color {
	mix := func(v int) int { return int(math.Round(float64(v) + (255-float64(v))*f)) }
	return Color{mix(c.R), mix(c.G), mix(c.B)}
}

// Contrast returns white or the text colour, whichever reads better on c
// (WCAG relative luminance).
func (c Color) Contrast() Color {
	lin := func(v int) float64 {
		x := float64(v) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	l := 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
	// Contrast with white (1.05/(l+0.05)) against black ((l+0.05)/0.05).
	if 1.05/(l+0.05) >= (l+0.05)/0.05 {
		return White
	}
	return Text
}

// A terminal's colours, as ANSI escape codes: bold green for what is
// good (the hijau zone, an improvement), bold yellow for what needs care
// (kuning), bold red for what is bad (merah, a regression), plain green
// for what is fine; Reset ends a colour.
const (
	TermGood  = "\x1b[1;32m"
	TermCare  = "\x1b[1;33m"
	TermBad   = "\x1b[1;31m"
	TermFine  = "\x1b[32m"
	TermReset = "\x1b[0m"
)

// TermZone is zone z's colour on a terminal ("" for no zone).
func TermZone(z rubric.Zone) string {
	switch z {
	case rubric.Hijau:
		return TermGood
	case rubric.Kuning:
		return TermCare
	case rubric.Merah:
		return TermBad
	}
	return ""
}
