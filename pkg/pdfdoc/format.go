package pdfdoc

import (
	"math"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// Color is an RGB colour, each component 0–255.
type Color struct{ R, G, B int }

// RGB returns the colour with components r, g, b (0–255).
func RGB(r, g, b int) Color { return Color{r, g, b} }

// Colours documents share.
var (
	Black     = Color{0, 0, 0}
	White     = Color{255, 255, 255}
	Text      = Color{33, 33, 33}
	Muted     = Color{97, 97, 97}
	Rule      = Color{200, 200, 200}
	Accent    = Color{21, 101, 192}
	Panel     = Color{245, 245, 245}
	Neutral   = Color{158, 158, 158}
	Attention = Color{198, 40, 40}
)

// ParseColor reads "#RRGGBB" (the "#" optional, any case).
func ParseColor(s string) (Color, bool) {
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

// ZoneColor is the colour the rubric gives zone z (grey for no zone or a
// colour that does not parse).
func ZoneColor(r *rubric.Rubric, z rubric.Zone) Color {
	if c, ok := ParseColor(r.ZoneInfo(z).Color); ok {
		return c
	}
	return Neutral
}

// Tint mixes c with white: 0 gives c, 1 white.
func (c Color) Tint(f float64) Color {
	mix := func(v int) int { return int(math.Round(float64(v) + (255-float64(v))*f)) }
	return Color{mix(c.R), mix(c.G), mix(c.B)}
}

// Contrast returns black or white, whichever reads better on c (WCAG
// relative luminance).
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
