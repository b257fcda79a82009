package form

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// TestFindTable: in a form written in either language, FindTable finds
// the header row, and below it every indicator of the rubric sits in the
// code column, in order; a sheet without the table is reported.
func TestFindTable(t *testing.T) {
	r := contoh(t)
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		path := writeForm(t, r, []Unit{{Code: "DINKES", Name: "Dinas Kesehatan"}}, Options{Lang: lang})
		f := open(t, path)
		rows, err := f.GetRows(SheetName("DINKES"))
		if err != nil {
			t.Fatal(err)
		}
		tab, ok := FindTable(rows)
		if !ok || tab.Note < 0 || tab.Evidence < 0 {
			t.Fatalf("%s: table %+v, found %v", lang, tab, ok)
		}
		var codes []string
		for _, row := range rows[tab.Header+1:] {
			if tab.Code < len(row) && row[tab.Code] != "" {
				codes = append(codes, row[tab.Code])
			}
		}
		inds := r.Indicators()
		if len(codes) != len(inds) {
			t.Fatalf("%s: %d codes below the header, want %d: %v", lang, len(codes), len(inds), codes)
		}
		for i, ind := range inds {
			if codes[i] != ind.Code {
				t.Fatalf("%s: row %d holds %q, want %q", lang, i, codes[i], ind.Code)
			}
		}
		if _, ok := FindTable(rows[:tab.Header]); ok {
			t.Fatalf("%s: a table found above the header", lang)
		}
	}
}
