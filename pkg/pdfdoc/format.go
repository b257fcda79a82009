package pdfdoc

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Num renders x with exactly decimals places in lang's notation:
// "1.234,56" in Indonesian, "1,234.56" in English. Zero never shows a
// minus sign.
func Num(lang msg.Lang, x float64, decimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	s := strconv.FormatFloat(x, 'f', decimals, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if neg && strings.Trim(s, "0.") == "" {
		neg = false
	}
	intPart, frac, _ := strings.Cut(s, ".")
	group, point := ".", ","
	if lang == msg.EN {
		group, point = ",", "."
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}

// Int renders a count with thousands separators in lang's notation.
func Int(lang msg.Lang, n int) string { return Num(lang, float64(n), 0) }

// Percent renders a fraction (0.75) as a percentage with decimals places
// ("75,0%" in Indonesian, "75.0%" in English).
func Percent(lang msg.Lang, f float64, decimals int) string {
	return Num(lang, 100*f, decimals) + "%"
}

// Date renders an ISO date ("2024-08-12") as "12 Agustus 2024" or
// "12 August 2024". Anything else comes back unchanged.
func Date(lang msg.Lang, iso string) string {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(iso))
	if err != nil {
		return iso
	}
	return strconv.Itoa(t.Day()) + " " + msg.T(lang, months[t.Month()-1]) + " " + strconv.Itoa(t.Year())
}

var months = [12]msg.Key{
	msg.CardMonth1, msg.CardMonth2, msg.CardMonth3, msg.CardMonth4, msg.CardMonth5, msg.CardMonth6,
	msg.CardMonth7, msg.CardMonth8, msg.CardMonth9, msg.CardMonth10, msg.CardMonth11, msg.CardMonth12,
}

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
