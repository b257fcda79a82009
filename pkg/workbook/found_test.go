package workbook

import (
	"errors"
	"path/filepath"
	"testing"

	fixturepkg "github.com/kepatuhan/kepatuhan/pkg/fixture"
)

// A file that is not a workbook says what it is instead (Found), for
// every engine, so the message can name it: a PDF, an image, a Word
// document, plain text, … and not "a zip file" when it is none.
func TestFound(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name string
		path string
		want Found
	}{
		{"binary", writeFile(t, dir, "acak.xlsx", []byte{0x00, 0x01, 0x02, 0x03, 0xfe, 0x00, 0x10}), FoundUnknown},
		{"text", writeFile(t, dir, "catatan.xlsx", []byte("hello")), FoundText},
		{"xml", writeFile(t, dir, "data.xlsx", []byte(`<?xml version="1.0"?><data/>`)), FoundXML},
		{"excel-xml", writeFile(t, dir, "2003.xlsx", []byte(`<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>`)), FoundExcelXML},
		{"pdf", writeFile(t, dir, "scan.xlsx", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")), FoundPDF},
		{"png", writeFile(t, dir, "foto.xlsx", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR")), FoundImage},
		{"jpeg", writeFile(t, dir, "foto2.xlsx", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00")), FoundImage},
		{"rar", writeFile(t, dir, "arsip.xlsx", []byte("Rar!\x1a\x07\x00\xcf\x90\x73")), FoundArchive},
		{"doc", writeFile(t, dir, "surat.xlsx", fixturepkg.CFB("WordDocument", "1Table")), FoundWord},
		{"ppt", writeFile(t, dir, "slide.xlsx", fixturepkg.CFB("PowerPoint Document")), FoundPowerPoint},
		{"docx", writeZip(t, filepath.Join(dir, "surat2.xlsx"), []zipEntry{
			{"[Content_Types].xml", `<Types/>`},
			{"word/document.xml", `<w:document/>`},
		}), FoundWord},
		{"xlsb", writeZip(t, filepath.Join(dir, "biner.xlsx"), []zipEntry{
			{"[Content_Types].xml", `<Types/>`},
			{"xl/workbook.bin", "\x83\x01"},
		}), FoundXLSB},
		{"zip", writeZip(t, filepath.Join(dir, "foto.zip.xlsx"), []zipEntry{{"a.txt", "a"}}), FoundZip},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, engine := range []string{EngineAuto, EngineFast, EngineExcelize} {
				b, err := Open(c.path, Options{Engine: engine})
				if err == nil {
					b.Close()
				}
				var oe *OpenError
				if !errors.As(err, &oe) || oe.Problem != NotWorkbook || oe.Found != c.want {
					t.Errorf("%s: %v (%+v), want NotWorkbook, Found %d", engine, err, oe, c.want)
				}
			}
		})
	}
}
