package pdfdoc

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
)

// newTestFlow is a Flow on its first page, with uncompressed pages so
// that tests can find the text drawn in the document's bytes.
func newTestFlow(t *testing.T) *Flow {
	t.Helper()
	f := NewFlow(New(msg.ID, Options{Uncompressed: true}), []string{"kaki halaman"})
	f.Head = RunningHead{Left: "KEPALA", Right: "bagian"}
	f.NewPage()
	return f
}

// pages returns the document's bytes.
func pages(t *testing.T, f *Flow) []byte {
	t.Helper()
	b, err := f.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestNeedKeepsTheTextStyle(t *testing.T) {
	f := newTestFlow(t)
	f.Font("B", 13)
	f.Ink(palette.Accent)
	want := f.TextStyle()
	f.Y = f.Bottom - 2
	f.Need(5)
	if f.PageNo() != 2 {
		t.Fatalf("page %d, want a new page", f.PageNo())
	}
	// The running head was drawn in its own small grey font between.
	if f.Y != MarginTop+8 {
		t.Errorf("Y = %v below the running head, want %v", f.Y, MarginTop+8)
	}
	if got := f.TextStyle(); got != want {
		t.Errorf("after the page break the style is %+v, want %+v", got, want)
	}
	// Lines flowing over a break keep theirs too.
	f.Font("", 9)
	f.Ink(palette.Missing)
	want = f.TextStyle()
	f.Y = f.Bottom - 5
	f.FlowLines(Left, ContentWidth, 4, []string{"satu", "dua", "tiga"})
	if f.PageNo() != 3 || f.TextStyle() != want {
		t.Errorf("page %d, style %+v; want page 3, style %+v", f.PageNo(), f.TextStyle(), want)
	}
	// Room enough: no break.
	f.Y = f.Bottom - 5
	f.Need(5)
	if f.PageNo() != 3 {
		t.Errorf("a break although %v mm fit", 5.0)
	}
}

func TestTableHeaderRepeats(t *testing.T) {
	for _, style := range []TableStyle{Shaded, Dark, Ruled} {
		f := newTestFlow(t)
		tbl := f.NewTable([]Column{{"Kode", 30, "L"}, {"Uraian", 0, "L"}, {"Nilai", 25, "R"}}, 8, style)
		if tbl.Cols[1].W != ContentWidth-55 {
			t.Errorf("the free column is %v mm wide, want %v", tbl.Cols[1].W, ContentWidth-55)
		}
		top := f.Y // below the header on the first page
		var breaks []float64
		for i := range 200 {
			page := f.PageNo()
			y := tbl.Row(style.RowH)
			if f.PageNo() != page {
				breaks = append(breaks, y)
			}
			tbl.Cell(0, y, style.RowH, fmt.Sprintf("B-%03d", i), "", palette.Text)
			tbl.Done(style.RowH)
		}
		tbl.End()
		if len(breaks) < 2 {
			t.Fatalf("%d page breaks in 200 rows", len(breaks))
		}
		// On every new page the rows start below the running head and
		// the header, where they started on the first page but for the
		// running head (8 mm).
		for _, y := range breaks {
			if y != top+8 {
				t.Errorf("rows start at %v on a new page, want %v", y, top+8)
			}
		}
		b := pages(t, f)
		for _, title := range []string{"(Kode)", "(Uraian)", "(Nilai)"} {
			if n := bytes.Count(b, []byte(title)); n != len(breaks)+1 {
				t.Errorf("header %s drawn %d times on %d pages", title, n, len(breaks)+1)
			}
		}
		// After End, a break draws no header.
		f.Y = f.Bottom
		f.Need(10)
		if n := bytes.Count(pages(t, f), []byte("(Kode)")); n != len(breaks)+1 {
			t.Errorf("header drawn after the table ended: %d times", n)
		}
	}
}

func TestTableContinued(t *testing.T) {
	f := newTestFlow(t)
	tbl := f.NewTable([]Column{{"Kode", 30, "L"}, {"Uraian", 0, "L"}}, 8, Ruled)
	tbl.Continued = func() {
		f.Text(Left, f.Y, ContentWidth, 4, "Kelompok A (lanjutan)", "L")
		f.Y += 5
	}
	for range 100 {
		tbl.Row(4)
		tbl.Done(4)
	}
	if n := bytes.Count(pages(t, f), []byte("lanjutan")); n != f.PageNo()-1 || n == 0 {
		t.Errorf("the continuation line drawn %d times on %d pages", n, f.PageNo())
	}
}

func TestHeadingIsNotOrphaned(t *testing.T) {
	style := HeadingStyle{Size: 11, Ink: palette.Accent, Gap: 5, Line: 5.5, Height: 7, Room: 7}
	f := newTestFlow(t)
	// The heading itself fits, but not with the 20 mm it keeps for what
	// follows: it goes to the next page, at its top.
	f.Y = f.Bottom - 20
	f.Heading(style, "Temuan", 20)
	if f.PageNo() != 2 {
		t.Fatalf("the heading stayed at the bottom of page 1")
	}
	if want := MarginTop + 8 + style.Height; f.Y != want {
		t.Errorf("Y = %v after the heading, want %v", f.Y, want)
	}
	// With room for both it stays.
	f.Y = f.Bottom - 40
	f.Heading(style, "Lampiran", 20)
	if f.PageNo() != 2 {
		t.Errorf("the heading moved although it fit")
	}
	// A heading ends the table: the next page has no header.
	f.NewTable([]Column{{"Kode", 0, "L"}}, 8, Shaded)
	f.Heading(style, "Sesudah", 0)
	f.Y = f.Bottom
	f.Need(10)
	if n := bytes.Count(pages(t, f), []byte("(Kode)")); n != 1 {
		t.Errorf("the header of an ended table drawn %d times", n)
	}
}

func TestSection(t *testing.T) {
	f := newTestFlow(t)
	f.Section("Ringkasan", false, 0)
	if f.PageNo() != 1 {
		t.Errorf("a section that fits started a page")
	}
	f.Y = f.Bottom - 30
	f.Section("Peringkat", false, 40)
	f.Section("Metodologi", true, 0)
	want := []Section{{"Ringkasan", 1}, {"Peringkat", 2}, {"Metodologi", 3}}
	if fmt.Sprint(f.Sections) != fmt.Sprint(want) {
		t.Errorf("sections %v, want %v", f.Sections, want)
	}
	if f.Head.Right != "Metodologi" {
		t.Errorf("running head %q", f.Head.Right)
	}
	// Each title is drawn as the heading, kept as a bookmark, and named
	// by the running head of its pages but the first.
	b := pages(t, f)
	for title, n := range map[string]int{"(Ringkasan)": 2, "(Peringkat)": 3, "(Metodologi)": 3} {
		if got := bytes.Count(b, []byte(title)); got != n {
			t.Errorf("%s found %d times, want %d", title, got, n)
		}
	}
}

// A line that fits above Bottom is drawn there, also with the Unicode
// fonts, whose drawing goes through fpdf's cells: fpdf's own page break,
// which the footer arms 1 mm above Bottom, would move it to a page of
// its own, without the running head or the table's header.
func TestNoBreakBeforeBottom(t *testing.T) {
	for _, unicode := range []bool{false, true} {
		f := NewFlow(New(msg.ID, Options{Unicode: unicode}), []string{"kaki halaman"})
		f.NewPage()
		f.Y = f.Bottom - 4.5
		f.Need(4)
		f.Text(Left, f.Y, ContentWidth, 4, "baris terakhir", "L")
		if f.PageNo() != 1 {
			t.Errorf("unicode %v: the last line went to page %d", unicode, f.PageNo())
		}
	}
}
