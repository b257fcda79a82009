package workbook_test

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
)

// picturesBook writes a workbook with pictures placed over cells (a
// two-cell anchor, a one-cell anchor, two on one row, one on a second
// sheet) and two placed in cells (Excel 365's Place in Cell).
func picturesBook(t *testing.T) (string, map[string][]byte) {
	t.Helper()
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "DINKES")
	f.NewSheet("DISDUK")
	imgs := map[string][]byte{
		"a": fixture.Photo(40, 30, 1, 0),
		"b": fixture.PNG(8, 8, color.RGBA{200, 0, 0, 255}),
		"c": fixture.Photo(30, 40, 2, 6),
		"d": fixture.PNG(5, 5, color.RGBA{0, 0, 200, 255}),
		"e": fixture.Photo(20, 20, 3, 0),
		"f": fixture.PNG(6, 6, color.RGBA{0, 200, 0, 255}),
	}
	for _, p := range []struct {
		sheet, cell, img, pos string
	}{
		{"DINKES", "H5", "a", ""}, {"DINKES", "H7", "b", "oneCell"}, {"DINKES", "I7", "c", "absolute"}, {"DISDUK", "G3", "d", ""},
	} {
		if err := f.AddPictureFromBytes(p.sheet, p.cell, &excelize.Picture{Extension: filepath.Ext(map[bool]string{true: ".png", false: ".jpg"}[p.img == "b" || p.img == "d"]),
			File: imgs[p.img], Format: &excelize.GraphicOptions{Positioning: p.pos}}); err != nil {
			t.Fatal(err)
		}
	}
	f.SetCellValue("DINKES", "G9", "x")
	f.SetCellValue("DINKES", "G10", "x")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	data, err := fixture.PlaceInCell(buf.Bytes(), "xl/worksheets/sheet1.xml", map[string][]byte{"G9": imgs["e"], "G10": imgs["f"]})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "gambar.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, imgs
}

func TestPicturesEnginesAgree(t *testing.T) {
	path, imgs := picturesBook(t)
	name := map[[32]byte]string{}
	for k, b := range imgs {
		name[sha256.Sum256(b)] = k
	}
	got := map[string]string{}
	for _, engine := range []string{workbook.EngineFast, workbook.EngineExcelize} {
		pics, err := workbook.Pictures(path, workbook.Options{Engine: engine})
		if err != nil {
			t.Fatalf("%s: %v", engine, err)
		}
		var s string
		for _, p := range pics {
			s += fmt.Sprintf("%s!R%dC%d %s in-cell=%v %s\n", p.Sheet, p.Row, p.Col, name[sha256.Sum256(p.Data)], p.InCell, p.Part)
		}
		got[engine] = s
	}
	want := `DINKES!R5C8 a in-cell=false xl/media/image1.jpeg
DINKES!R7C8 b in-cell=false xl/media/image2.png
DINKES!R7C9 c in-cell=false xl/media/image3.jpeg
DINKES!R9C7 e in-cell=true xl/media/incell2.jpeg
DINKES!R10C7 f in-cell=true xl/media/incell1.png
DISDUK!R3C7 d in-cell=false xl/media/image4.png
`
	for engine, s := range got {
		if s != want {
			t.Errorf("%s:\n%s\nwant\n%s", engine, s, want)
		}
	}
}

func TestPicturesNone(t *testing.T) {
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", "x")
	path := filepath.Join(t.TempDir(), "kosong.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	for _, engine := range []string{workbook.EngineFast, workbook.EngineExcelize} {
		pics, err := workbook.Pictures(path, workbook.Options{Engine: engine})
		if err != nil || len(pics) != 0 {
			t.Errorf("%s: %v %v", engine, pics, err)
		}
	}
}
