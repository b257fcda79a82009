package xlsxdoc

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

func TestBook(t *testing.T) {
	b := New("Ringkasan", "Unit")
	defer b.Close()
	if got := b.GetSheetList(); strings.Join(got, ",") != "Ringkasan,Unit" {
		t.Errorf("sheets %v", got)
	}
	b.AddStyle("tebal", &excelize.Style{Font: &excelize.Font{Bold: true}})
	st, err := b.GetStyle(b.Style("tebal"))
	if err != nil || st.Font == nil || st.Font.Family != "Calibri" || st.Font.Size != 11 || !st.Font.Bold {
		t.Errorf("style %+v, %v: want bold Calibri 11", st.Font, err)
	}
	b.Page("Unit", true, true)
	b.Table("Unit", 3, 1)
	if b.Err() != nil {
		t.Fatal(b.Err())
	}
	if o, err := b.GetPageLayout("Unit"); err != nil || o.Orientation == nil || *o.Orientation != "landscape" {
		t.Errorf("page layout %+v, %v", o, err)
	}
	// The first error is kept.
	first := errors.New("pertama")
	b.Check(first)
	b.Check(errors.New("kedua"))
	if b.Err() != first {
		t.Errorf("Err() = %v", b.Err())
	}
}

func TestClipAndNames(t *testing.T) {
	if got := Clip(strings.Repeat("é", 3*MaxCell)); utf8.RuneCountInString(got) != MaxCell || !strings.HasSuffix(got, "…") {
		t.Errorf("Clip: %d runes", utf8.RuneCountInString(got))
	}
	if Cell(28, 3) != "AB3" || Quote("Belum Lengkap & NA") != "'Belum Lengkap & NA'" || Quote("Unit's") != "'Unit''s'" {
		t.Errorf("Cell or Quote")
	}
}
