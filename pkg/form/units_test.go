package form

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func TestReadUnitsCSV(t *testing.T) {
	want := []Unit{
		{Code: "DINKES", Name: "Dinas Kesehatan", Type: "opd", Region: "Kabupaten Langkat", Period: "2024", Assessor: "Siti Aminah", Date: "12/08/2024"},
		{Code: "PKM-01", Name: "Puskesmas Stabat; Induk", Type: "puskesmas"},
	}
	cases := map[string][]byte{
		"comma.csv": []byte("Kode Unit,Nama Unit,Jenis Unit,Instansi,Tahun,Penilai,Tanggal\n" +
			"DINKES,Dinas Kesehatan,opd,Kabupaten Langkat,2024,Siti Aminah,12/08/2024\n" +
			"PKM-01,\"Puskesmas Stabat; Induk\",puskesmas,,,,\n"),
		// Excel in an Indonesian locale: semicolons, BOM, CRLF, labels with
		// colons and odd case, a unit type given by its label, columns in
		// another order, an extra column and a blank line.
		"semicolon.csv": []byte("\xEF\xBB\xBFNo;KODE UNIT :;nama unit;Tanggal;Jenis Unit;Instansi;Tahun;Penilai\r\n" +
			"1;DINKES;Dinas Kesehatan;12/08/2024;Perangkat Daerah;Kabupaten Langkat;2024;Siti Aminah\r\n" +
			";;;;;;;\r\n" +
			"2; PKM-01 ;\"Puskesmas Stabat; Induk\";;Puskesmas;;;\r\n"),
		// Excel's "sep=" line, English headers, tabs.
		"sep.csv": []byte("sep=\t\nUnit Code\tUnit Name\tUnit Type\tRegion\tYear\tAssessor\tDate\n" +
			"DINKES\tDinas Kesehatan\topd\tKabupaten Langkat\t2024\tSiti Aminah\t12/08/2024\n" +
			"PKM-01\tPuskesmas Stabat; Induk\tpuskesmas\t\t\t\t\n"),
		// Excel's "Unicode text": UTF-16 with tabs, and a title above.
		"unicode.txt": utf16LE("Daftar unit 2024\r\n\r\nKode\tNama Unit\tTipe Unit\tPemda\tPeriode\tPetugas Penilai\tTanggal Penilaian\r\n" +
			"DINKES\tDinas Kesehatan\topd\tKabupaten Langkat\t2024\tSiti Aminah\t12/08/2024\r\n" +
			"PKM-01\tPuskesmas Stabat; Induk\tpuskesmas\r\n"),
	}
	r := parse(t, typesYAML)
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			units, err := ReadUnits(writeFile(t, name, data), r)
			if err != nil {
				t.Fatal(err)
			}
			if len(units) != len(want) {
				t.Fatalf("%d units, want %d: %+v", len(units), len(want), units)
			}
			for i, u := range units {
				u.Origin = Origin{}
				if u != want[i] {
					t.Errorf("unit %d = %+v, want %+v", i, u, want[i])
				}
			}
		})
	}
}

// The header row decides the separator, not the data: names with commas
// in a semicolon file stay whole.
func TestReadUnitsSeparatorFromHeader(t *testing.T) {
	data := []byte("Daftar unit, tahun 2024\nKode Unit;Nama Unit\nDP3AKB;Dinas Pemberdayaan Perempuan, Perlindungan Anak, dan KB\n")
	units, err := ReadUnits(writeFile(t, "u.csv", data), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(units) != 1 || units[0].Name != "Dinas Pemberdayaan Perempuan, Perlindungan Anak, dan KB" {
		t.Errorf("units %+v", units)
	}
}

func TestReadUnitsWindows1252(t *testing.T) {
	data := []byte("Kode Unit;Nama Unit\r\nCAFE;Kantin \xe9l\xe8ve \x93baru\x94\r\n")
	units, err := ReadUnits(writeFile(t, "ansi.csv", data), nil)
	if err != nil {
		t.Fatal(err)
	}
	if units[0].Name != "Kantin élève “baru”" {
		t.Errorf("name %q", units[0].Name)
	}
}

func TestReadUnitsXLSX(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	// A hidden first sheet is skipped: the list is the first visible one.
	f.SetSheetName("Sheet1", "Lama")
	f.SetCellStr("Lama", "A1", "Kode Unit")
	f.SetCellStr("Lama", "A2", "LAMA")
	f.NewSheet("Unit")
	rows := [][]any{
		{"Daftar unit yang dinilai"},
		{},
		{"Kode Unit", "Nama Unit", "Jenis Unit", "Tahun", "Tanggal"},
		{"DINKES", "Dinas Kesehatan", "OPD", 2024, 45516},
		{101, "Kecamatan 101", nil, nil, "12 Agustus 2024"},
	}
	for i, row := range rows {
		ref, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Unit", ref, &row); err != nil {
			t.Fatal(err)
		}
	}
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	f.SetCellStyle("Unit", "E4", "E4", date)
	f.SetActiveSheet(1)
	if err := f.SetSheetVisible("Lama", false); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "units.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	units, err := ReadUnits(path, parse(t, typesYAML))
	if err != nil {
		t.Fatal(err)
	}
	if len(units) != 2 {
		t.Fatalf("units %+v", units)
	}
	u := units[0]
	if u.Code != "DINKES" || u.Type != "opd" || u.Period != "2024" || u.Date != "2024-08-12" {
		t.Errorf("unit %+v", u)
	}
	if u.Origin.Sheet != "Unit" || u.Origin.Row != 4 || u.Origin.String() != path+" › Unit › A4" {
		t.Errorf("origin %+v (%s)", u.Origin, u.Origin.String())
	}
	if units[1].Code != "101" || units[1].Date != "12 Agustus 2024" {
		t.Errorf("unit %+v", units[1])
	}
}

func TestReadUnitsErrors(t *testing.T) {
	r := parse(t, typesYAML)
	cases := []struct {
		name, data string
		key        msg.Key
		where      string // the problem's location, after the file name
		hint       string
	}{
		{"nocode.csv", "Nama Unit;Jenis Unit\nDinas;opd\n", msg.FormUnitsNoCodeColumn, ":1", "Kode Unit, Kode, Unit Code"},
		{"emptycode.csv", "Kode Unit,Nama Unit\nA,Satu\n,Dua\n", msg.FormUnitsEmptyCode, ":3", "isi kode unit"},
		{"dup.csv", "Kode Unit,Nama Unit\nDINKES,Satu\nB,Dua\n dinkes ,Tiga\n", msg.FormUnitsDuplicateCode, ":4", ""},
		{"type.csv", "Kode Unit;Jenis Unit\nA;opd\nB;puskesmaz\n", msg.FormUnitsUnknownType, ":3", `"puskesmas"`},
		{"type2.csv", "Kode Unit;Jenis Unit\nA;rumah sakit\n", msg.FormUnitsUnknownType, ":2", "opd, puskesmas"},
		{"clash.csv", "Kode Unit\nA/B\nA:B\n", msg.FormUnitsSheetClash, ":3", "31"},
		{"twocols.csv", "Kode Unit;Kode;Nama Unit\nA;1;x\n", msg.FormUnitsTwoColumns, ":1", ""},
		{"empty.csv", "\n\n", msg.FormUnitsEmpty, "", ""},
		{"header-only.csv", "Kode Unit;Nama Unit\n", msg.FormUnitsEmpty, ":1", ""},
		{"old.xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", msg.FormUnitsLegacyXLS, "", ".xlsx"},
		{"fake.xlsx", "Kode Unit\nA\n", msg.FormUnitsNotXLSX, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeFile(t, c.name, []byte(c.data))
			_, err := ReadUnits(path, r)
			p := assertProblem(t, err, c.key)
			if got := strings.TrimPrefix(p.Where(), path); got != c.where {
				t.Errorf("at %q, want %q", got, c.where)
			}
			if c.hint != "" && !strings.Contains(p.HintText(msg.ID), c.hint) {
				t.Errorf("hint %q lacks %q", p.HintText(msg.ID), c.hint)
			}
		})
	}
	_, err := ReadUnits(filepath.Join(t.TempDir(), "none.csv"), r)
	assertProblem(t, err, msg.FormUnitsNoSuchFile)
}

func TestReadUnitsDuplicateNamesFirst(t *testing.T) {
	path := writeFile(t, "dup.csv", []byte("Kode Unit\nDINKES\nB\ndinkes\n"))
	_, err := ReadUnits(path, nil)
	p := assertProblem(t, err, msg.FormUnitsDuplicateCode)
	if got := p.Text(msg.EN); !strings.Contains(got, path+":2") {
		t.Errorf("%q does not name the first occurrence", got)
	}
}

func TestReadUnitsXLSXErrorCell(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetRow("Sheet1", "B2", &[]any{"Kode Unit", "Jenis Unit"})
	f.SetSheetRow("Sheet1", "B3", &[]any{"A", "opd"})
	f.SetSheetRow("Sheet1", "B4", &[]any{"B", "kantor"})
	path := filepath.Join(t.TempDir(), "u.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	_, err := ReadUnits(path, parse(t, typesYAML))
	p := assertProblem(t, err, msg.FormUnitsUnknownType)
	if p.Sheet != "Sheet1" || p.Cell != "C4" {
		t.Errorf("at %s, want Sheet1 › C4", p.Where())
	}
}

// A unit list read and written round-trips into the form's header blocks.
func TestReadUnitsThenWrite(t *testing.T) {
	path := writeFile(t, "u.csv", []byte("Kode Unit;Nama Unit;Jenis Unit\nDINKES;Dinas Kesehatan;Perangkat Daerah\n"))
	r := parse(t, typesYAML)
	units, err := ReadUnits(path, r)
	if err != nil {
		t.Fatal(err)
	}
	f := open(t, writeForm(t, r, units, Options{}))
	if get(t, f, "DINKES", "B3") != "Dinas Kesehatan" || get(t, f, "DINKES", "B4") != "Perangkat Daerah" {
		t.Errorf("header block %q %q", get(t, f, "DINKES", "B3"), get(t, f, "DINKES", "B4"))
	}
}

// A unit list may give each unit's population (Populasi) for the SKM's
// sample; a value that is no whole number is refused at its cell.
func TestReadUnitsPopulation(t *testing.T) {
	path := writeFile(t, "pop.csv", []byte("Kode Unit;Nama Unit;Populasi\nDINKES;Dinas Kesehatan;1.200\nPKM;Puskesmas;350\nKEC;Kecamatan;\n"))
	units, err := ReadUnits(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if units[0].Population != 1200 || units[1].Population != 350 || units[2].Population != 0 {
		t.Errorf("populations %d %d %d", units[0].Population, units[1].Population, units[2].Population)
	}
	for _, bad := range []string{"12,5", "-3", "banyak", "0"} {
		path := writeFile(t, "bad.csv", []byte("Kode Unit,Population\nDINKES,\""+bad+"\"\n"))
		_, err := ReadUnits(path, nil)
		ps, ok := err.(msg.Problems)
		if !ok || len(ps) != 1 || ps[0].Key != msg.FormUnitsBadPopulation || ps[0].Line != 2 {
			t.Errorf("%q: %v", bad, err)
		}
	}
}
