package pdfdoc

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// FuzzClean: whatever text arrives (a cell of a workbook someone typed
// or pasted into), Clean returns valid UTF-8 made only of runes the fonts
// draw, and drawing the raw text through a Doc, with either fonts, never
// panics and never fails the document.
func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"", "Dinas Kesehatan", "café “kutip” – ✓ ≥ €", "😀👍🏽👨‍👩‍👧", "\x00\x01\x1b[31m\x7f\u0085",
		"\xff\xfe\xc3", "a\r\nb\rc\n\n", "Şahin Ğ → Σ", "\u200d\ufeff\u00ad\ufe0f", "((a\\b))", "{nb}",
		"中文 العربية עברית", strings.Repeat("panjang ", 200), strings.Repeat("x", 3000), "\U0010FFFF\U000E0001",
	} {
		f.Add(s)
	}
	fs := Fonts()
	f.Fuzz(func(t *testing.T, s string) {
		out := Clean(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Clean(%q) = %q: invalid UTF-8", s, out)
		}
		for _, r := range out {
			if r != '\n' && !fs.Drawable(r) {
				t.Fatalf("Clean(%q) = %q keeps %U, which the fonts cannot draw", s, out, r)
			}
		}
		if again := Clean(out); again != out {
			t.Fatalf("Clean is not idempotent: %q then %q", out, again)
		}
		if line := CleanLine(s); strings.ContainsRune(line, '\n') {
			t.Fatalf("CleanLine(%q) = %q keeps a line break", s, line)
		}
		for _, uni := range []bool{false, true} {
			d := New(msg.ID, Options{Unicode: uni})
			d.SetFooter([]string{s})
			d.AddPage()
			d.Font("B", 11)
			d.Cell(0, 6, s, "", 1, "L", false)
			d.CellFormat(80, 6, d.Str(s), "1", 1, "R", false, 0, "")
			d.Font("", 9)
			d.MultiCell(90, 5, s, "", "L", false)
			for _, l := range d.Wrap(s, 40) {
				d.Cell(40, 5, l, "", 1, "L", false)
			}
			d.Cell(0, 5, d.Ellipsize(s, 50), "", 1, "L", false)
			d.Text(20, 200, 80, 5, s, "R")
			d.Lines(20, 210, 80, 5, d.Wrap(s, 80), "C")
			if _, err := d.Bytes(); err != nil {
				t.Fatalf("unicode=%v: drawing %q: %v", uni, s, err)
			}
			if uni && d.Lost() {
				t.Fatalf("the Unicode fonts lost text of %q", s)
			}
		}
	})
}
