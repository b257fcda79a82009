package locale

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

func TestNum(t *testing.T) {
	for _, c := range []struct {
		lang msg.Lang
		x    float64
		dec  int
		want string
	}{
		{msg.ID, 71.67, 2, "71,67"},
		{msg.EN, 71.67, 2, "71.67"},
		{msg.ID, 1234567.5, 1, "1.234.567,5"},
		{msg.EN, 1234567.5, 1, "1,234,567.5"},
		{msg.ID, -0.001, 2, "0,00"},
		{msg.ID, -12.5, 1, "-12,5"},
		{msg.ID, 100, 0, "100"},
		{msg.EN, 1000, 0, "1,000"},
		{msg.ID, math.NaN(), 2, "–"},
		{msg.EN, math.Inf(1), 2, "–"},
	} {
		if got := Num(c.lang, c.x, c.dec); got != c.want {
			t.Errorf("Num(%s, %v, %d) = %q, want %q", c.lang, c.x, c.dec, got, c.want)
		}
	}
	if got := Percent(msg.ID, 0.75, 1); got != "75,0%" {
		t.Errorf("Percent: %q", got)
	}
	if got := Percent(msg.EN, 0.125, 2); got != "12.50%" {
		t.Errorf("Percent en: %q", got)
	}
	if got := Int(msg.ID, 12345); got != "12.345" {
		t.Errorf("Int: %q", got)
	}
}

func TestPlain(t *testing.T) {
	for _, c := range []struct {
		lang msg.Lang
		x    float64
		dec  int
		want string
	}{
		{msg.ID, 71.666, 2, "71,67"},
		{msg.EN, 71.666, 2, "71.67"},
		{msg.ID, 1234.5, 1, "1234,5"}, // no grouping
		{msg.ID, 0.11, -1, "0,11"},
		{msg.EN, 60, -1, "60"},
		{msg.ID, 3, 0, "3"},
	} {
		if got := Plain(c.lang, c.x, c.dec); got != c.want {
			t.Errorf("Plain(%s, %v, %d) = %q, want %q", c.lang, c.x, c.dec, got, c.want)
		}
	}
	for _, c := range []struct {
		x    float64
		want string
	}{{5, "+5,00"}, {-3.333, "-3,33"}, {0, "0,00"}} {
		if got := Signed(msg.ID, c.x, 2); got != c.want {
			t.Errorf("Signed(%v) = %q, want %q", c.x, got, c.want)
		}
	}
	for _, c := range []struct {
		lang msg.Lang
		x    float64
		want string
	}{{msg.ID, 0.11, "0,11"}, {msg.EN, 60, "60"}, {msg.ID, 1.0 / 3, "0,3333"}, {msg.EN, 2.5, "2.5"}, {msg.ID, 100, "100"}} {
		if got := Trimmed(c.lang, c.x, 4); got != c.want {
			t.Errorf("Trimmed(%s, %v, 4) = %q, want %q", c.lang, c.x, got, c.want)
		}
	}
	for _, c := range []struct {
		x    float64
		want int
	}{{60, 0}, {0.11, 2}, {2.5, 1}, {0.123456789, 6}} {
		if got := Decimals(c.x); got != c.want {
			t.Errorf("Decimals(%v) = %d, want %d", c.x, got, c.want)
		}
	}
}

func TestDate(t *testing.T) {
	for _, c := range []struct {
		lang     msg.Lang
		in, want string
	}{
		{msg.ID, "2024-08-12", "12 Agustus 2024"},
		{msg.EN, "2024-08-12", "12 August 2024"},
		{msg.ID, "2024-01-01", "1 Januari 2024"},
		{msg.ID, "12/08/2024", "12/08/2024"},
		{msg.ID, "", ""},
	} {
		if got := Date(c.lang, c.in); got != c.want {
			t.Errorf("Date(%s, %q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"ééé", 3, "ééé"},
		{"éééé", 3, "éé…"},
		{"abc", 0, ""},
		{"a", 1, "a"},
		{"ab", 1, "…"},
		{"a\x1bb", 5, "a\x1bb"}, // not cleaned: a document's renderer does that
	} {
		if got := Truncate(c.in, c.n); got != c.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
	long := strings.Repeat("é", 1<<20)
	if got := Truncate(long, 100); utf8.RuneCountInString(got) != 100 || !utf8.ValidString(got) {
		t.Errorf("Truncate of 1M runes: %d runes", utf8.RuneCountInString(got))
	}
}

func TestClip(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"Dinas Sosial", 34, "Dinas Sosial"},
		{"Dinas \x1b[31mSosial\x1b[0m", 0, "Dinas ?[31mSosial?[0m"},
		{"a\x1b]0;judul\x07b", 0, "a?]0;judul?b"}, // a window title
		{"a\u009b31mb", 0, "a?31mb"},              // C1 CSI
		{"a\nb\tc\rd\x7f", 0, "a?b?c?d?"},
		{"a\xffb", 0, "a?b"},
		{"Ğöktürk", 0, "Ğöktürk"},
		{"abcdef", 4, "abc…"},
		{"\x1b\x1b\x1b\x1b\x1b", 3, "??…"},
	} {
		if got := Clip(c.in, c.n); got != c.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"satu\ndua", "satu dua"},
		{"a\x1b[31mb", "a [31mb"},
		{"a\u009bb", "a b"},
		{"biasa", "biasa"},
		{"é\xff", "é\uFFFD"},
	} {
		if got := OneLine(c.in); got != c.want {
			t.Errorf("OneLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
