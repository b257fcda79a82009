package resultbook_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/resultbook"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// Notes of hundreds of lines and names of a megabyte (a document pasted
// into a cell) still make a valid results workbook: no row is taller
// than Excel allows (409 points; writing one failed), and the results
// read back exactly.
func TestLongTexts(t *testing.T) {
	res := synth(t, contoh(t), 3)
	long := strings.Repeat("baris catatan yang panjang\n", 300)
	huge := strings.Repeat("sangat panjang ", 1<<16)
	res.Units[0].Name = huge
	for i := range res.Units[1].Indicators {
		res.Units[1].Indicators[i].SetRemark(&results.Remark{Note: long, Evidence: huge})
	}
	path := write(t, res, msg.ID)
	back, err := resultbook.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(jsonOf(t, back), jsonOf(t, res)) {
		t.Fatal("long texts changed on the way")
	}
	f := open(t, path)
	tall := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for r := 1; r <= len(rows); r++ {
			h, err := f.GetRowHeight(sheet, r)
			if err != nil {
				t.Fatal(err)
			}
			if h > 409 {
				t.Errorf("%s row %d is %.0f points tall", sheet, r, h)
			}
			if h == 409 {
				tall++
			}
		}
	}
	if tall == 0 {
		t.Error("no row holds the long notes at the tallest height")
	}
}
