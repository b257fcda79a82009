package cli_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
)

// File and folder names as assessors make them — spaces, dots, accented
// letters — work end to end: a folder of workbooks scored with report
// cards, the results workbook and JSON, read back, and compared.
func TestPortableNames(t *testing.T) {
	t.Setenv("KEPATUHAN_LANG", "")
	dir := t.TempDir()
	data := filepath.Join(dir, "Data 2024")
	if err := os.Mkdir(data, 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join("..", "..", "testdata", "example", "penilaian-2024.xlsx"), filepath.Join(data, "Penilaian Kec. Medan Sélayang.xlsx"))
	old := filepath.Join(dir, "Arsip Lama", "Penilaian Kec. Medan Sélayang 2023.xlsx")
	if err := os.Mkdir(filepath.Dir(old), 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join("..", "..", "testdata", "example", "penilaian-2023.xlsx"), old)

	cards := filepath.Join(dir, "Rapor Sélayang")
	book := filepath.Join(dir, "Hasil Sélayang 2024.xlsx")
	js := filepath.Join(dir, "hasil sélayang.json")
	code, stdout, stderr := mainIn("score", data, "--pdf", cards, "--xlsx", book, "-o", js)
	if code != 4 {
		t.Fatalf("score: exit status %d\n%s%s", code, stdout, stderr)
	}
	entries, err := os.ReadDir(cards)
	if err != nil || len(entries) != 12 {
		t.Fatalf("cards: %d, %v", len(entries), err)
	}
	var res struct {
		Inputs []struct{ Path, Name string }
	}
	b, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Inputs) != 1 || res.Inputs[0].Name != "Penilaian Kec. Medan Sélayang.xlsx" {
		t.Errorf("inputs %+v", res.Inputs)
	}
	// Read back, and compared with last year's file.
	for _, in := range []string{book, js} {
		if code, _, stderr := mainIn("score", in, "--format", "csv"); code != 4 {
			t.Errorf("score %s: exit status %d\n%s", filepath.Base(in), code, stderr)
		}
	}
	for _, out := range []string{"banding sélayang.pdf", "banding sélayang.xlsx", "banding sélayang.json"} {
		code, _, stderr := mainIn("diff", old, filepath.Join(data, "Penilaian Kec. Medan Sélayang.xlsx"), "-o", filepath.Join(dir, out))
		if code != 0 && code != 5 {
			t.Errorf("diff -o %s: exit status %d\n%s", out, code, stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, out)); err != nil {
			t.Error(err)
		}
	}
	code, _, stderr = mainIn("report", book, "-o", filepath.Join(dir, "Laporan Sélayang.pdf"))
	if code != 0 && code != 4 {
		t.Errorf("report: exit status %d\n%s", code, stderr)
	}
}

// Unit codes that are not file names on Windows (reserved names, / \ : *
// ? " < > |, trailing dots) still give one card each, under a name valid
// everywhere.
func TestCardNamesSafe(t *testing.T) {
	t.Setenv("KEPATUHAN_LANG", "")
	dir := t.TempDir()
	path := filepath.Join(dir, "kode.xlsx")
	spec := ""
	for i, code := range []string{"CON", "Dinas/Kesehatan: 01?", "aux.txt", `a<b>c"d|e*f\\g`, "Kec. Sélayang..."} {
		spec += fmt.Sprintf("sheet S%d\nA1: Kode Unit\nB1: #s:%s\n3: Kode | Jawaban\n4: SP-01 | Ya\n", i, code)
	}
	if err := fixture.Write(path, spec); err != nil {
		t.Fatal(err)
	}
	cards := filepath.Join(dir, "rapor")
	rub := filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml")
	if code, _, stderr := mainIn("score", "--rubric", rub, "--pdf", cards, path); code != 4 {
		t.Fatalf("exit status %d\n%s", code, stderr)
	}
	entries, err := os.ReadDir(cards)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	// Unit codes compare in upper case: the cards are named so.
	want := []string{"AUX_.TXT.pdf", "A_B_C_D_E_F_G.pdf", "CON_.pdf", "DINAS_KESEHATAN_ 01_.pdf", "KEC. SÉLAYANG.pdf"}
	if !slices.Equal(names, want) {
		t.Errorf("cards %q, want %q", names, want)
	}
}

// A unit list saved by Excel on Windows — UTF-8 with a byte-order mark,
// semicolons, CRLF line ends — makes a form with every unit, which reads
// back as those units.
func TestFormUnitsCRLFAndBOM(t *testing.T) {
	t.Setenv("KEPATUHAN_LANG", "")
	dir := t.TempDir()
	units := filepath.Join(dir, "Daftar Unit 2025.csv")
	csv := "\ufeffKode Unit;Nama Unit;Jenis Unit;Tahun\r\nKEC-01;Kecamatan Medan Sélayang;opd;2025\r\nPKM-02;Puskesmas Sunggal;opd;2025\r\n"
	if err := os.WriteFile(units, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	form := filepath.Join(dir, "Formulir 2025.xlsx")
	if code, _, stderr := mainIn("form", "--rubric", "ombudsman-2019", "--units", units, "-o", form); code != 0 {
		t.Fatalf("form: exit status %d\n%s", code, stderr)
	}
	code, stdout, stderr := mainIn("score", form)
	if code != 4 {
		t.Fatalf("score the blank form: exit status %d\n%s", code, stderr)
	}
	for _, want := range []string{"KEC-01", "Kecamatan Medan Sélayang", "PKM-02", "Puskesmas Sunggal"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the form read back lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout+stderr, "\ufeff") {
		t.Error("the byte-order mark leaked into the form")
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
