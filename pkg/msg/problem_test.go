package msg

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A value of megabytes (a pasted document in a cell) is quoted shortened,
// cut on a character boundary, in the message and in the hint; short
// values and other arguments are left alone.
func TestLongArgumentsShortened(t *testing.T) {
	long := strings.Repeat("é", 1<<20)
	p := Problem{Key: AnswerNotAccepted, Args: []any{long, "SP-01"}, File: "a.xlsx", Sheet: "S", Cell: "B4",
		Hint: HintAccepted, HintArgs: []any{long}}
	for _, lang := range []Lang{ID, EN} {
		text, hint := p.Text(lang), p.HintText(lang)
		if len(text) > 400 || len(hint) > 400 {
			t.Fatalf("%s: message of %d bytes, hint of %d", lang, len(text), len(hint))
		}
		if !utf8.ValidString(text) || !strings.Contains(text, "é…\"") || !strings.Contains(hint, "é…") {
			t.Errorf("%s: %q / %q", lang, text[:min(len(text), 80)], hint)
		}
	}
	if len(p.Args[0].(string)) != len(long) {
		t.Error("the problem's own argument was changed")
	}
	short := Problem{Key: AnswerNotAccepted, Args: []any{"Mungkin", "SP-01"}}
	if got := short.Text(ID); got != `jawaban "Mungkin" tidak diterima untuk SP-01` {
		t.Errorf("short value: %q", got)
	}
	exact := strings.Repeat("x", MaxArg)
	if got := (Problem{Key: AnswerNotAccepted, Args: []any{exact, "SP-01"}}).Text(ID); !strings.Contains(got, exact+`"`) {
		t.Errorf("a value of exactly MaxArg bytes is cut: %q", got)
	}
}
