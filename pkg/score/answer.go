package score

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The default answer vocabulary of the observation-workbook contract,
// compared after Normalize.
var (
	metWords    = []string{"ya", "y", "yes", "ada", "sesuai", "benar", "1", "true", "✓", "√", "✔"}
	notMetWords = []string{"tidak", "t", "no", "tidak ada", "tidak sesuai", "salah", "0", "false", "✗", "✘"}
	naWords     = []string{"n/a", "na", "tb", "tidak berlaku", "n.a.", "#n/a"}
)

// Normalize prepares a cell's text for comparison: surrounding white space
// (including non-breaking spaces) removed, inner runs of white space made
// one space, letters lower-cased.
func Normalize(s string) string {
	s = strings.TrimFunc(s, isSpace)
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Trim removes surrounding white space, including non-breaking spaces.
func Trim(s string) string {
	if n := len(s); n > 0 && s[0] > ' ' && s[0] < utf8.RuneSelf && s[n-1] > ' ' && s[n-1] < utf8.RuneSelf {
		return s // begins and ends with a visible ASCII character: nothing to trim
	}
	return strings.TrimFunc(s, isSpace)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == 0xA0 || r == 0x2007 || r == 0x202F || r == 0xFEFF || r == 0x200B
}

func in(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

// IsNA reports whether text is one of the N/A words.
func IsNA(text string) bool { return in(Normalize(text), naWords) }

// ParseNumber reads a number written in a cell as text: "0,5" (decimal
// comma, as Indonesian-locale spreadsheets write it), "0.5", "1.234,5" and
// "1,234.5" (with a thousands separator), surrounding space ignored.
func ParseNumber(s string) (float64, bool) {
	s = strings.TrimFunc(s, isSpace)
	if s == "" {
		return 0, false
	}
	dot, comma := strings.LastIndexByte(s, '.'), strings.LastIndexByte(s, ',')
	switch {
	case dot >= 0 && comma >= 0 && comma > dot: // 1.234,5
		s = strings.ReplaceAll(s[:comma], ".", "") + "." + s[comma+1:]
	case dot >= 0 && comma >= 0: // 1,234.5
		s = strings.ReplaceAll(s, ",", "")
	case comma >= 0:
		if strings.Count(s, ",") > 1 {
			return 0, false
		}
		s = strings.Replace(s, ",", ".", 1)
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r == '.' || r == '-' || r == '+' || r == 'e' || r == 'E') {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// Parsed is an answer read against its indicator.
type Parsed struct {
	NA    bool
	Value float64 // see results.IndicatorResult.Value
}

// ParseAnswer reads the text of one answer to ind. An empty text is not
// an answer and must not be passed here. A problem comes back without a
// location; the caller adds the file, sheet and cell.
func ParseAnswer(ind *rubric.Indicator, text string) (Parsed, *msg.Problem) {
	n := Normalize(text)
	shown := Trim(text)
	if n == "-" || n == "–" || n == "—" {
		return Parsed{}, &msg.Problem{Key: msg.AnswerDash, Args: []any{ind.Code}, Hint: msg.HintDash}
	}
	if in(n, naWords) {
		if !ind.NA {
			return Parsed{}, &msg.Problem{Key: msg.AnswerNANotAllowed, Args: []any{shown, ind.Code},
				Hint: msg.HintAccepted, HintArgs: []any{strings.Join(Accepted(ind), ", ")}}
		}
		return Parsed{NA: true}, nil
	}
	bad := func() (Parsed, *msg.Problem) {
		return Parsed{}, &msg.Problem{Key: msg.AnswerNotAccepted, Args: []any{shown, ind.Code},
			Hint: msg.HintAccepted, HintArgs: []any{strings.Join(Accepted(ind), ", ")}}
	}
	switch ind.Type {
	case rubric.Check:
		switch {
		case in(n, metWords):
			return Parsed{Value: 1}, nil
		case in(n, notMetWords):
			return Parsed{Value: 0}, nil
		}
		if f, ok := ParseNumber(n); ok && (f == 0 || f == 1) {
			return Parsed{Value: f}, nil
		}
		return bad()
	case rubric.Choice:
		for _, o := range ind.Choices {
			if n == Normalize(o.Label) {
				return Parsed{Value: o.Points}, nil
			}
			for _, a := range o.Aliases {
				if n == Normalize(a) {
					return Parsed{Value: o.Points}, nil
				}
			}
		}
		return bad()
	case rubric.Levels:
		return parseInt(ind, n, shown, ind.Levels.Min, ind.Levels.Max, nil)
	case rubric.Surv:
		return parseInt(ind, n, shown, ind.Survey.Min, ind.Survey.Max, ind.Survey.Labels)
	case rubric.Number:
		f, ok := ParseNumber(n)
		if !ok {
			return bad()
		}
		if f < ind.Number.Min || f > ind.Number.Max {
			return Parsed{}, &msg.Problem{Key: msg.AnswerOutOfRange, Args: []any{shown, ind.Code, fmtNum(ind.Number.Min), fmtNum(ind.Number.Max)},
				Hint: msg.HintAccepted, HintArgs: []any{strings.Join(Accepted(ind), ", ")}}
		}
		return Parsed{Value: f}, nil
	}
	return bad()
}

func parseInt(ind *rubric.Indicator, n, shown string, lo, hi int, labels map[int]rubric.Text) (Parsed, *msg.Problem) {
	for v, t := range labels {
		if n == Normalize(t.ID) || (t.EN != "" && n == Normalize(t.EN)) {
			return Parsed{Value: float64(v)}, nil
		}
	}
	f, ok := ParseNumber(n)
	if !ok {
		return Parsed{}, &msg.Problem{Key: msg.AnswerNotAccepted, Args: []any{shown, ind.Code},
			Hint: msg.HintAccepted, HintArgs: []any{strings.Join(Accepted(ind), ", ")}}
	}
	if f != math.Trunc(f) {
		return Parsed{}, &msg.Problem{Key: msg.AnswerNotInteger, Args: []any{shown, ind.Code},
			Hint: msg.HintAccepted, HintArgs: []any{strings.Join(Accepted(ind), ", ")}}
	}
	if f < float64(lo) || f > float64(hi) {
		return Parsed{}, &msg.Problem{Key: msg.AnswerOutOfRange, Args: []any{shown, ind.Code, strconv.Itoa(lo), strconv.Itoa(hi)},
			Hint: msg.HintAccepted, HintArgs: []any{strings.Join(Accepted(ind), ", ")}}
	}
	return Parsed{Value: f}, nil
}

// Accepted lists what ind accepts as an answer, in the words a form's
// drop-down offers: the first word of each meaning, the choice labels,
// or the range.
func Accepted(ind *rubric.Indicator) []string {
	var out []string
	switch ind.Type {
	case rubric.Check:
		out = []string{"Ya", "Tidak"}
	case rubric.Choice:
		for _, o := range ind.Choices {
			out = append(out, o.Label)
		}
	case rubric.Levels:
		for v := ind.Levels.Min; v <= ind.Levels.Max; v++ {
			out = append(out, strconv.Itoa(v))
		}
	case rubric.Surv:
		for v := ind.Survey.Min; v <= ind.Survey.Max; v++ {
			out = append(out, strconv.Itoa(v))
		}
	case rubric.Number:
		s := fmtNum(ind.Number.Min) + "–" + fmtNum(ind.Number.Max)
		if ind.Number.Unit != "" {
			s += " " + ind.Number.Unit
		}
		out = []string{s}
	}
	if ind.NA {
		out = append(out, "N/A")
	}
	return out
}

// Fraction is the part of ind's weight that value v earns, in [0, 1].
func Fraction(ind *rubric.Indicator, v float64) float64 {
	var f float64
	switch ind.Type {
	case rubric.Check, rubric.Choice:
		f = v
	case rubric.Levels:
		f = (v - float64(ind.Levels.Min)) / float64(ind.Levels.Max-ind.Levels.Min)
	case rubric.Surv:
		f = (v - float64(ind.Survey.Min)) / float64(ind.Survey.Max-ind.Survey.Min)
	case rubric.Number:
		f = numberFraction(ind.Number, v)
	}
	return math.Min(1, math.Max(0, f))
}

// MaxValue is the value that earns ind's full weight (for weighted-sum
// rubrics, where values count in their own units).
func MaxValue(ind *rubric.Indicator) float64 {
	switch ind.Type {
	case rubric.Levels:
		return float64(ind.Levels.Max)
	case rubric.Surv:
		return float64(ind.Survey.Max)
	case rubric.Number:
		return ind.Number.Max
	}
	return 1
}

func numberFraction(nr *rubric.NumberRule, v float64) float64 {
	switch nr.Rule {
	case "linear":
		z, f := *nr.ZeroAt, *nr.FullAt
		return (v - z) / (f - z)
	case "thresholds":
		frac := 0.0
		for _, t := range nr.Thresholds {
			if v >= t.Min {
				frac = t.Fraction
			}
		}
		return frac
	}
	return 0
}

func fmtNum(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
