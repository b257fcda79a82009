package form

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// A unit list headed Kode,Nama,Jenis was accepted with its Nama and
// Jenis columns unread: the forms came out with empty names and types.
// The short headers are the unit's name and type; a header the contract
// does not know is refused at its cell, with the headers it knows.
func TestReadUnitsHeaders(t *testing.T) {
	path := writeFile(t, "unit.csv", []byte("Kode,Nama,Jenis\nDINKES,Dinas Kesehatan,opd\n"))
	units, err := ReadUnits(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(units) != 1 || units[0].Name != "Dinas Kesehatan" || units[0].Type != "opd" {
		t.Fatalf("Kode,Nama,Jenis: %+v", units)
	}
	// English, and a column numbering the rows.
	path = writeFile(t, "unit.csv", []byte("No.;Code;Name;Type\n1;DINKES;Dinas Kesehatan;opd\n"))
	if units, err = ReadUnits(path, nil); err != nil || units[0].Name != "Dinas Kesehatan" || units[0].Type != "opd" {
		t.Fatalf("No.;Code;Name;Type: %+v %v", units, err)
	}
	const known = "Kode Unit, Nama Unit, Jenis Unit, Instansi, Tahun, Penilai, Tanggal, Populasi"
	cases := []struct {
		list, where, text, hint string
	}{
		{"Kode,Nama Lengkap,Jenis\nDINKES,Dinas Kesehatan,opd\n", "unit.csv:1",
			`judul kolom "Nama Lengkap" tidak dikenal di daftar unit`,
			"judul yang dikenal: " + known + "; ganti judulnya, atau hapus kolom itu"},
		{"Kode Unit,Nama Unti\nDINKES,Dinas Kesehatan\n", "unit.csv:1",
			`judul kolom "Nama Unti" tidak dikenal di daftar unit`,
			`maksud Anda "Nama Unit"? judul yang dikenal: ` + known},
	}
	for _, c := range cases {
		path := writeFile(t, "unit.csv", []byte(c.list))
		_, err := ReadUnits(path, nil)
		ps, ok := err.(msg.Problems)
		if !ok || len(ps) != 1 {
			t.Fatalf("%q: %v", c.list, err)
		}
		p := ps[0]
		p.File = "unit.csv"
		if p.Text(msg.ID) != c.where+": "+c.text || p.HintText(msg.ID) != c.hint {
			t.Errorf("%q:\n got %s\n     %s\nwant %s: %s\n     %s", c.list, p.Text(msg.ID), p.HintText(msg.ID), c.where, c.text, c.hint)
		}
	}
	// In a workbook the problem names the header's cell.
	book := writeXLSX(t, [][]string{{"Kode Unit", "Alamat"}, {"DINKES", "Jl. Merdeka 1"}})
	_, err = ReadUnits(book, nil)
	if ps, ok := err.(msg.Problems); !ok || len(ps) != 1 || ps[0].Cell != "B1" {
		t.Errorf("xlsx: %v", err)
	}
}

// writeXLSX writes rows as the only sheet of a workbook.
func writeXLSX(t *testing.T, rows [][]string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		for j, v := range r {
			ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellStr("Sheet1", ref, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "unit.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}
