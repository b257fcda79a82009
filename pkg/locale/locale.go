// Package locale formats what people read, in their language: numbers
// with a decimal comma in Indonesian and a decimal point in English,
// percentages, signed changes and dates; and text shortened to fit, made
// safe for a terminal. Every output (the terminal tables, the forms, the
// report cards, the annual report, the comparison) formats through it, so
// that a number reads the same everywhere.
//
// Two notations of numbers are in use: Num groups thousands ("1.234,5",
// the documents' figures), Plain does not ("1234,5", scores and weights
// as a rubric writes them). Text for a terminal goes through Clip or
// OneLine, which replace control characters — and with them the escape
// codes that would recolour, move or retitle a terminal — so that a
// workbook or rubric cannot disturb the screen it is shown on.
package locale

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// Num renders x with exactly decimals places and thousands grouped in
// lang's notation: "1.234,56" in Indonesian, "1,234.56" in English. Zero
// never shows a minus sign; NaN and infinities are "–".
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

// Int renders a count with thousands grouped in lang's notation.
func Int(lang msg.Lang, n int) string { return Num(lang, float64(n), 0) }

// Percent renders a fraction (0.75) as a percentage with decimals places:
// "75,0%" in Indonesian, "75.0%" in English.
func Percent(lang msg.Lang, f float64, decimals int) string {
	return Num(lang, 100*f, decimals) + "%"
}

// Plain renders x with decimals places (-1: as few as represent it
// exactly) and no thousands separator, as scores and weights are written:
// "71,67" in Indonesian, "71.67" in English.
func Plain(lang msg.Lang, x float64, decimals int) string {
	s := strconv.FormatFloat(x, 'f', decimals, 64)
	if lang != msg.EN {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Signed renders a change with its sign: "+5,00", "-3,33", "0,00".
func Signed(lang msg.Lang, x float64, decimals int) string {
	s := Plain(lang, x, decimals)
	if x > 0 {
		s = "+" + s
	}
	return s
}

// Trimmed renders x with at most decimals places, dropping trailing
// zeros ("0,11", "60"), without thousands separator.
func Trimmed(lang msg.Lang, x float64, decimals int) string {
	s := strconv.FormatFloat(x, 'f', decimals, 64)
	if strings.IndexByte(s, '.') >= 0 {
		s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
	}
	if lang != msg.EN {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Written renders x (a weight, say) with as many decimals as it is
// written with, thousands grouped: "0,11", "60".
func Written(lang msg.Lang, x float64) string { return Num(lang, x, Decimals(x)) }

// Decimals is how many decimals show x as written: 0.11 as 0,11, 60 as
// 60 (at most 6).
func Decimals(x float64) int {
	for dec := 0; dec < 6; dec++ {
		p := math.Pow(10, float64(dec))
		if math.Abs(x*p-math.Round(x*p)) < 1e-9 {
			return dec
		}
	}
	return 6
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

// Truncate shortens s to at most n runes, ending with "…" when cut.
// Documents print what a person can read: a megabyte-long note would
// otherwise fill hundreds of pages. The text is not cleaned: a document's
// renderer does that for its fonts.
func Truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if len(s) <= n { // bytes ≥ runes
		return s
	}
	count := 0
	for i := range s {
		if count == n-1 {
			if utf8.RuneCountInString(s[i:]) <= 1 {
				return s
			}
			return s[:i] + "…"
		}
		count++
	}
	return s
}

// Clip makes s fit for a terminal: every control character (C0, DEL and
// C1, the escape that starts an escape code among them), line breaks and
// tabs included, and every byte that is not UTF-8, becomes "?"; then s is
// shortened to n runes, ending with "…" when cut (n ≤ 0: any length).
// An escape code thus prints as harmless text ("?[31m").
func Clip(s string, n int) string {
	if !plain(s) {
		s = strings.Map(func(r rune) rune {
			if control(r) || r == utf8.RuneError {
				return '?'
			}
			return r
		}, s)
	}
	if n > 0 {
		s = Truncate(s, n)
	}
	return s
}

// OneLine keeps a message on one line and fit for a terminal: every
// control character (line breaks, tabs, escapes) becomes a space.
func OneLine(s string) string {
	if plain(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if control(r) {
			return ' '
		}
		return r
	}, s)
}

// control reports whether r is a control character: C0, DEL or C1.
func control(r rune) bool { return r < 0x20 || r >= 0x7f && r < 0xa0 }

// plain reports whether s is printable ASCII only.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}
