package pdfdoc

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
)

func TestFonts(t *testing.T) {
	fs := Fonts()
	for _, r := range "Aaz09 é Ş ğ ł ő – — … “” ‘’ € ✓ ✗ ≥ ≤ − Σ → □ \uFFFD ½ ² ° × ·" {
		if !fs.Drawable(r) {
			t.Errorf("%q (%U) should be drawable", r, r)
		}
	}
	for _, r := range []rune{0, 1, '\n', '\t', 0x7F, 0x85, 0x1F600, 0x4E2D, 0x0627, 0x10000, -1} {
		if fs.Drawable(r) {
			t.Errorf("%U should not be drawable", r)
		}
	}
	// Everything the 8-bit fonts encode, the Unicode fonts draw (the
	// fallback never loses a character the fast path had).
	n := 0
	for r := rune(0); r < 0x10000; r++ {
		if b, ok := fs.Encode8(r); ok {
			n++
			if !fs.Drawable(r) || b < 0x20 {
				t.Errorf("%U encodes to %#x but is not drawable", r, b)
			}
		}
	}
	// ASCII, the extras, Windows-1252's 0x80–0x9F and Latin-1 (where
	// nine of the rarest give their place to arrows and symbols).
	if n != 95+6+27+96 {
		t.Errorf("%d runes in the 8-bit encoding", n)
	}
	if b, _ := fs.Encode8('€'); b != 0x80 {
		t.Errorf("€ encodes to %#x, want 0x80 (Windows-1252)", b)
	}
	for _, r := range "→←↑↓ΣΔ≈≠" {
		if _, ok := fs.Encode8(r); !ok {
			t.Errorf("%q is not in the 8-bit encoding", r)
		}
	}
}

func TestClean(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Dinas Kesehatan", "Dinas Kesehatan"},
		{"café “kutip” – ✓", "café “kutip” – ✓"},
		{"a\tb", "a b"},
		{"a\r\nb\rc\u2028d", "a\nb\nc\nd"},
		{"bad \xff\xfe byte", "bad \uFFFD byte"},
		{"ctl \x01\x1b[31m", "ctl \uFFFD[31m"},
		{"emoji 😀👍🏽 ok", "emoji \uFFFD ok"},
		{"family 👨‍👩‍👧", "family \uFFFD"},
		{"zero\u200bwidth\ufeff soft\u00adhyphen", "zerowidth softhyphen"},
		{"中文 العربية", "\uFFFD \uFFFD"},
		{"\uFFFD\uFFFD", "\uFFFD"},
	} {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := CleanLine("a\nb\r\nc"); got != "a b c" {
		t.Errorf("CleanLine: %q", got)
	}
}

func TestWrap(t *testing.T) {
	d := New(msg.ID, Options{})
	d.Font("", 10)
	text := "Sediakan ruang tunggu dengan kursi, penerangan dan ventilasi yang cukup bagi seluruh pengguna layanan.\nBaris kedua."
	lines := d.Wrap(text, 60)
	if len(lines) < 3 {
		t.Fatalf("lines %q", lines)
	}
	for _, l := range lines {
		if w := d.Width(l); w > 60 {
			t.Errorf("line %q is %.1f mm wide", l, w)
		}
	}
	if got := strings.Join(strings.Fields(strings.Join(lines, " ")), " "); got != strings.Join(strings.Fields(text), " ") {
		t.Errorf("words changed: %q", got)
	}
	if lines[len(lines)-1] != "Baris kedua." {
		t.Errorf("the line break is lost: %q", lines)
	}
	long := strings.Repeat("x", 500)
	for _, l := range d.Wrap(long, 30) {
		if d.Width(l) > 30 || l == "" {
			t.Errorf("long word line %q", l)
		}
	}
	if got := d.Wrap("", 30); len(got) != 1 || got[0] != "" {
		t.Errorf("Wrap of empty: %q", got)
	}
	if got := d.Ellipsize(text, 40); d.Width(got) > 40 || !strings.HasSuffix(got, "…") {
		t.Errorf("Ellipsize: %q", got)
	}
}

// build draws a two-page document with text and returns its bytes.
func build(t *testing.T, lang msg.Lang, o Options, text string) ([]byte, *Doc) {
	t.Helper()
	d := New(lang, o)
	d.SetFooter([]string{"Rubrik contoh versi 1, hash abcdef012345", "observasi.xlsx (SHA-256 0123456789abcdef)"})
	d.AddPage()
	d.Font("B", 14)
	d.Cell(0, 8, text, "", 1, "L", false)
	d.Font("", 10)
	d.MultiCell(0, 5, text+"\n"+text, "", "L", false)
	d.Ink(palette.Accent)
	d.Text(MarginLeft, 100, ContentWidth, 5, "kurung (a) \\ b) "+text, "R")
	d.Lines(MarginLeft, 110, ContentWidth, 5, []string{"baris satu", "baris (dua)"}, "C")
	d.AddPage()
	d.Cell(0, 8, "dua", "", 1, "L", false)
	data, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return data, d
}

func pdftotext(t *testing.T, data []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: cannot read the PDF back")
	}
	p := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", p, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestFastAndUnicodeFonts(t *testing.T) {
	fast := "Kantor Camat – “Sukamaju” café ✓ ≥ 3 € ½ 52,68 → D Σ"
	data, d := build(t, msg.ID, Options{}, fast)
	if d.Lost() || d.Unicode() {
		t.Fatalf("8-bit fonts lost text of %q", fast)
	}
	text := pdftotext(t, data)
	for _, want := range []string{fast, "halaman 1 dari 2", "halaman 2 dari 2", "observasi.xlsx (SHA-256 0123456789abcdef)",
		"kurung (a) \\ b) " + fast, "baris satu", "baris (dua)"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in:\n%s", want, text)
		}
	}

	wide := "Şahin Ğ → Σ 😀"
	_, d = build(t, msg.ID, Options{}, wide)
	if !d.Lost() {
		t.Error("8-bit fonts cannot draw Ş or Ğ: Lost should say so")
	}
	data, d = build(t, msg.EN, Options{Unicode: true}, wide)
	if d.Lost() {
		t.Error("the Unicode fonts lost text")
	}
	text = pdftotext(t, data)
	for _, want := range []string{"Şahin Ğ → Σ \uFFFD", "page 1 of 2", "kurung (a) \\ b) Şahin", "baris (dua)"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in:\n%s", want, text)
		}
	}
}

func TestReproducible(t *testing.T) {
	for _, uni := range []bool{false, true} {
		a, _ := build(t, msg.ID, Options{Unicode: uni, Title: "Rapor"}, "sama")
		b, _ := build(t, msg.ID, Options{Unicode: uni, Title: "Rapor"}, "sama")
		if !bytes.Equal(a, b) {
			t.Errorf("unicode=%v: two builds differ", uni)
		}
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1723420800") // 2024-08-12 00:00 UTC
	a, _ := build(t, msg.ID, Options{}, "x")
	if !bytes.Contains(a, []byte("D:20240812000000")) {
		t.Error("SOURCE_DATE_EPOCH is not the document's date")
	}
	compressed, _ := build(t, msg.ID, Options{}, strings.Repeat("panjang ", 400))
	plain, _ := build(t, msg.ID, Options{Uncompressed: true}, strings.Repeat("panjang ", 400))
	if len(compressed) >= len(plain) {
		t.Errorf("compressed %d bytes, uncompressed %d", len(compressed), len(plain))
	}
}

// Documents built at once must not share mutable font data (fpdf writes
// into the TrueType bytes it is given): run with -race.
func TestConcurrentDocuments(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(uni bool) {
			defer wg.Done()
			d := New(msg.ID, Options{Unicode: uni})
			d.AddPage()
			d.Cell(0, 5, "bersamaan Ş", "", 1, "L", false)
			if _, err := d.Bytes(); err != nil {
				t.Error(err)
			}
		}(i%2 == 0)
	}
	wg.Wait()
}

// Render draws with the 8-bit fonts, and stops at the first text they
// cannot draw to start again with the Unicode fonts.
func TestRender(t *testing.T) {
	for _, c := range []struct {
		text    string
		unicode bool
	}{{"52,68 → D", false}, {"Şahin", true}} {
		var draws, after []bool
		data, err := Render(msg.ID, Options{}, func(d *Doc) {
			draws = append(draws, d.Unicode())
			f := NewFlow(d, []string{"kaki"})
			f.NewPage()
			f.Para(c.text, 10, palette.Text)
			after = append(after, d.Unicode())
			f.NewPage()
		})
		if err != nil {
			t.Fatal(err)
		}
		want := []bool{false}
		if c.unicode {
			want = []bool{false, true}
		}
		if !slices.Equal(draws, want) || !slices.Equal(after, []bool{c.unicode}) {
			t.Errorf("%q: drawn with Unicode fonts %v, finished %v; want %v", c.text, draws, after, want)
		}
		text := pdftotext(t, data)
		for _, w := range []string{c.text, "halaman 2 dari 2"} {
			if !strings.Contains(text, w) {
				t.Errorf("%q not in:\n%s", w, text)
			}
		}
	}
	// Other panics go on.
	defer func() {
		if p := recover(); p != "boom" {
			t.Errorf("recovered %v", p)
		}
	}()
	_, _ = Render(msg.ID, Options{}, func(*Doc) { panic("boom") })
}

// Text in the 8-bit fonts is drawn in the fill colour: a shape filled
// after it is filled in the colour Fill selected, and a font or colour
// is written only when it changes what text is drawn in.
func TestFillAfterText(t *testing.T) {
	d := New(msg.ID, Options{Uncompressed: true})
	d.AddPage()
	d.Fill(palette.Color{R: 255})
	d.Rect(10, 10, 5, 5, "F")
	d.Ink(palette.Color{B: 255})
	for range 3 {
		d.Font("B", 12) // measured, not drawn: not written
		d.Width("abc")
		d.Font("", 9)
		d.Text(10, 20, 50, 5, "teks", "L")
	}
	d.Rect(10, 30, 5, 5, "F")
	d.Ink(palette.Color{B: 255})
	d.Text(10, 40, 50, 5, "teks", "L")
	data, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	page := string(data[bytes.Index(data, []byte("1.000 0.000 0.000 rg")):])
	page = page[:strings.Index(page, "endstream")]
	ops := []string{}
	for _, l := range strings.Split(page, "\n") {
		switch {
		case strings.HasSuffix(l, " Tf ET"):
			ops = append(ops, "Tf")
		case strings.HasSuffix(l, " rg"), strings.HasSuffix(l, " f"):
			ops = append(ops, l[strings.LastIndexByte(l, ' ')+1:])
		case strings.HasPrefix(l, "BT 1 0 0 1"):
			ops = append(ops, "text")
		}
	}
	want := "rg f Tf rg text text text rg f rg text"
	if got := strings.Join(ops, " "); got != want {
		t.Errorf("page's operators %q, want %q:\n%s", got, want, page)
	}
}
