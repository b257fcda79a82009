package workbook

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	fixturepkg "github.com/kepatuhan/kepatuhan/pkg/fixture"
)

// writeFile writes data to dir/name and returns the path.
func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, c := range utf16.Encode([]rune(s)) {
		out = binary.LittleEndian.AppendUint16(out, c)
	}
	return out
}

// excelizeBookFile writes a small valid workbook with excelize.
func excelizeBookFile(t testing.TB, path string, opts ...excelize.Options) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i := 1; i <= 200; i++ {
		if err := f.SetSheetRow("Sheet1", "A"+strconv.Itoa(i), &[]any{"DINKES", "SP-01", "Ya", i}); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path, opts...); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDetect checks that every kind of file that is not a readable
// workbook is recognised, by Sniff and by Open with each engine.
func TestDetect(t *testing.T) {
	dir := t.TempDir()
	valid := excelizeBookFile(t, filepath.Join(dir, "valid.xlsx"))
	whole, err := os.ReadFile(valid)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		path string
		want Problem
	}{
		{"missing", filepath.Join(dir, "nope.xlsx"), NotFound},
		{"folder", t.TempDir(), IsDir},
		{"empty", writeFile(t, dir, "empty.xlsx", nil), EmptyFile},
		{"legacy-xls", writeFile(t, dir, "old.xlsx", fixturepkg.CFB("Workbook", "\x05SummaryInformation")), LegacyXLS},
		{"cfb-no-streams", writeFile(t, dir, "bare.xls", fixturepkg.CFB()), LegacyXLS},
		{"encrypted-cfb", writeFile(t, dir, "locked.xlsx", fixturepkg.CFB("\x06DataSpaces", "EncryptionInfo", "EncryptedPackage")), Encrypted},
		{"encrypted-excelize", excelizeBookFile(t, filepath.Join(dir, "pw.xlsx"), excelize.Options{Password: "rahasia"}), Encrypted},
		{"word-doc", writeFile(t, dir, "doc.xlsx", fixturepkg.CFB("WordDocument", "1Table")), NotWorkbook},
		{"csv", writeFile(t, dir, "data.xlsx", []byte("Kode Unit;Kode Indikator;Jawaban\r\nDINKES;SP-01;Ya\r\n")), CSV},
		{"csv-bom-comma", writeFile(t, dir, "bom.xlsx", []byte("\xef\xbb\xbfKode,Jawaban\nDINKES,Ya\n")), CSV},
		{"csv-latin1", writeFile(t, dir, "latin.xlsx", []byte("Kode\tCatatan\nDINKES\tsudah dicek \xe9\n")), CSV},
		{"tsv-utf16", writeFile(t, dir, "unicode.xlsx", utf16LE("Kode\tJawaban\r\nDINKES\tYa\r\n")), CSV},
		{"html", writeFile(t, dir, "web.xls", []byte("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body><table><tr><td>1</td></tr></table></body></html>")), HTML},
		{"html-doctype", writeFile(t, dir, "web2.xlsx", []byte("\n  <!DOCTYPE html>\n<html><head><title>x</title></head></html>")), HTML},
		{"html-table", writeFile(t, dir, "web3.xlsx", []byte("<table border=1><tr><td>Kode</td></tr></table>")), HTML},
		{"text", writeFile(t, dir, "note.xlsx", []byte("hello")), NotWorkbook},
		{"pdf", writeFile(t, dir, "scan.xlsx", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")), NotWorkbook},
		{"binary", writeFile(t, dir, "random.xlsx", []byte{0x00, 0x01, 0x02, 0x03, 0xfe, 0x00, 0x10}), NotWorkbook},
		{"ods", writeZip(t, filepath.Join(dir, "calc.xlsx"), []zipEntry{
			{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
			{"content.xml", `<office:document-content/>`},
			{"META-INF/manifest.xml", `<manifest:manifest/>`},
		}), OpenDocument},
		{"docx", writeZip(t, filepath.Join(dir, "letter.xlsx"), []zipEntry{
			{"[Content_Types].xml", `<Types/>`},
			{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + relTypes + `officeDocument" Target="word/document.xml"/></Relationships>`},
			{"word/document.xml", `<w:document/>`},
		}), NotWorkbook},
		{"plain-zip", writeZip(t, filepath.Join(dir, "photos.xlsx"), []zipEntry{{"a.txt", "a"}}), NotWorkbook},
		{"truncated", writeFile(t, dir, "half.xlsx", whole[:len(whole)/2]), Corrupt},
		{"garbled-tail", writeFile(t, dir, "garbled.xlsx", append(append([]byte(nil), whole[:len(whole)-30]...), bytes.Repeat([]byte{'x'}, 30)...)), Corrupt},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantProblem(t, Sniff(c.path), c.want)
			for _, engine := range []string{EngineAuto, EngineFast, EngineExcelize} {
				b, err := Open(c.path, Options{Engine: engine})
				if err == nil {
					b.Close()
				}
				wantProblem(t, err, c.want)
				var oe *OpenError
				errors.As(err, &oe)
				if oe.Path != c.path || oe.Error() == "" || !strings.Contains(oe.Error(), c.path) {
					t.Errorf("%s: error %q does not name the file", engine, oe.Error())
				}
			}
		})
	}
	if err := Sniff(valid); err != nil {
		t.Errorf("Sniff(valid) = %v", err)
	}
}

// TestUnreadable checks files that exist but cannot be read as a file:
// no read permission (skipped when running as root, since root can read
// anything), a named pipe (opening one would block) and a device.
func TestUnreadable(t *testing.T) {
	dir := t.TempDir()
	t.Run("permission", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("running as root: permissions are not enforced")
		}
		p := excelizeBookFile(t, filepath.Join(dir, "secret.xlsx"))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o644) })
		wantProblem(t, Sniff(p), Unreadable)
		_, err := Open(p, Options{})
		wantProblem(t, err, Unreadable)
	})
	t.Run("fifo", func(t *testing.T) {
		p := filepath.Join(dir, "pipe.xlsx")
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		wantProblem(t, Sniff(p), Unreadable)
		_, err := Open(p, Options{})
		wantProblem(t, err, Unreadable)
	})
	t.Run("device", func(t *testing.T) {
		wantProblem(t, Sniff(os.DevNull), Unreadable)
	})
}

// TestCorruptParts checks damage inside a zip that opens: a bad checksum,
// malformed sheet XML, a shared string that does not exist, a sheet
// without its part, an unknown cell type.
func TestCorruptParts(t *testing.T) {
	dir := t.TempDir()
	sheetWith := func(name, data string) string {
		return book{SST: []string{`<t>a</t>`}, Sheets: []bookSheet{{Name: "Data", Data: data}}}.write(t, dir, name)
	}
	rowsErr := func(path, engine string) error {
		b, err := Open(path, Options{Engine: engine})
		if err != nil {
			return err
		}
		defer b.Close()
		_, err = readBook(b)
		return err
	}
	cases := []struct {
		name    string
		path    string
		engines []string
	}{
		{"unclosed-row", sheetWith("unclosed.xlsx", `<row r="1"><c r="A1"><v>1</v></c>`), []string{EngineFast}},
		// excelize's iterator drops a cell whose shared string is missing.
		{"bad-sst-index", sheetWith("badsst.xlsx", `<row r="1"><c r="A1" t="s"><v>7</v></c></row>`), []string{EngineFast}},
		{"bad-cell-ref", sheetWith("badref.xlsx", `<row r="1"><c r="1A"><v>1</v></c></row>`), []string{EngineFast, EngineExcelize}},
		{"unknown-type", sheetWith("badtype.xlsx", `<row r="1"><c r="A1" t="zz"><v>1</v></c></row>`), []string{EngineFast}},
		{"bad-bool", sheetWith("badbool.xlsx", `<row r="1"><c r="A1" t="b"><v>maybe</v></c></row>`), []string{EngineFast, EngineExcelize}},
		{"row-too-far", sheetWith("far.xlsx", `<row r="2000000"><c><v>1</v></c></row>`), []string{EngineFast, EngineExcelize}},
		{"mismatched-tags", sheetWith("tags.xlsx", `<row r="1"><c r="A1"><v>1</v></row></c>`), []string{EngineFast}},
		{"missing-sheet-part", func() string {
			es := oneSheet(`<row r="1"/>`).entries()
			var keep []zipEntry
			for _, e := range es {
				if !strings.HasPrefix(e.Name, "xl/worksheets/") {
					keep = append(keep, e)
				}
			}
			return writeZip(t, filepath.Join(dir, "nopart.xlsx"), keep)
		}(), []string{EngineFast}},
		{"bad-crc", func() string {
			p := oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>checksum me</t></is></c></row>`).write(t, dir, "crc.xlsx")
			return corruptCRC(t, p, "xl/worksheets/sheet1.xml")
		}(), []string{EngineFast, EngineExcelize}},
		{"bad-workbook-xml", writeZip(t, filepath.Join(dir, "badwb.xlsx"), func() []zipEntry {
			es := oneSheet(`<row r="1"/>`).entries()
			for i := range es {
				if es[i].Name == "xl/workbook.xml" {
					es[i].Body = `<workbook><sheets><sheet name="x" r:id="rId1"></sheets>`
				}
			}
			return es
		}()), []string{EngineFast, EngineExcelize}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, engine := range c.engines {
				err := rowsErr(c.path, engine)
				if err == nil {
					t.Fatalf("%s: no error", engine)
				}
				wantProblem(t, err, Corrupt)
			}
		})
	}
}

// corruptCRC rewrites the zip at path with a wrong CRC-32 for part name,
// copying the compressed data unchanged.
func corruptCRC(t testing.TB, path, name string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := strings.TrimSuffix(path, ".xlsx") + "-badcrc.xlsx"
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, zf := range zr.File {
		h := zf.FileHeader
		if zf.Name == name {
			h.CRC32 ^= 0xFFFF
		}
		w, err := zw.CreateRaw(&h)
		if err != nil {
			t.Fatal(err)
		}
		r, err := zf.OpenRaw()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return out
}

// writeBomb writes a zip whose single sheet inflates to mib MiB of spaces
// (after a short XML head) from about mib KB, streaming: one deflate
// block of 1 MiB of spaces is compressed once and repeated, each copy
// self-contained (a fresh compressor never refers back past its own
// start), then a final empty block ends the stream. The sheet's declared
// size is declared, or the true size if declared < 0; the CRC is left 0
// (unchecked). The rest of the package is a normal one-sheet workbook.
// It returns the true inflated size.
func writeBomb(t testing.TB, path string, mib, declared int64) int64 {
	t.Helper()
	head := `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="` + nsMain + `"><sheetData>`
	var prefix, block bytes.Buffer
	fw, _ := flate.NewWriter(&prefix, flate.BestCompression)
	fw.Write([]byte(head))
	fw.Flush()
	fw, _ = flate.NewWriter(&block, flate.BestCompression)
	fw.Write(bytes.Repeat([]byte{' '}, 1<<20))
	fw.Flush()
	size := int64(len(head)) + mib<<20
	if declared < 0 {
		declared = size
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, e := range oneSheet("").entries() {
		if e.Name == "xl/worksheets/sheet1.xml" {
			continue
		}
		w, _ := zw.Create(e.Name)
		w.Write([]byte(e.Body))
	}
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CompressedSize64:   uint64(int64(prefix.Len()) + mib*int64(block.Len()) + 2),
		UncompressedSize64: uint64(declared),
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(prefix.Bytes())
	for i := int64(0); i < mib; i++ {
		w.Write(block.Bytes())
	}
	w.Write([]byte{0x03, 0x00}) // final, empty fixed-Huffman block
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return size
}

// TestZipBomb checks that sheets inflating to 4 GiB from about 4 MB are
// refused as TooLarge with bounded work and memory, whatever their
// headers say: honestly declared (refused from the zip directory),
// declared small (refused once past the declared size) and declared just
// under the part limit (refused by the counted compression ratio after
// the first MiB).
func TestZipBomb(t *testing.T) {
	dir := t.TempDir()

	// The generator itself, checked on a small bomb read in full.
	small := filepath.Join(dir, "small-honest.xlsx")
	size := writeBomb(t, small, 64, -1)
	zr, err := zip.OpenReader(small)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.File[len(zr.File)-1].Open()
	if err != nil {
		t.Fatal(err)
	}
	if n, err := io.Copy(io.Discard, rc); err != nil || n != size {
		t.Fatalf("small bomb inflates to %d (%v), want %d", n, err, size)
	}
	rc.Close()
	zr.Close()

	bombs := map[string]string{"honest": "", "small-claim": "", "under-limit": ""}
	declared := map[string]int64{"honest": -1, "small-claim": 900 << 10, "under-limit": DefaultLimits.MaxPart - 1}
	for name := range bombs {
		bombs[name] = filepath.Join(dir, name+".xlsx")
		writeBomb(t, bombs[name], 4<<10, declared[name])
	}
	for name, path := range bombs {
		t.Run(name, func(t *testing.T) {
			if fi, _ := os.Stat(path); fi.Size() > 16<<20 {
				t.Fatalf("bomb is %d bytes, want a few MB", fi.Size())
			}
			// Read the sheet part through the counting reader directly:
			// it must stop within the first few MiB.
			if c, err := openContainer(path, DefaultLimits); err == nil {
				r, err := c.open("xl/worksheets/sheet1.xml")
				if err != nil {
					t.Fatal(err)
				}
				n, err := io.Copy(io.Discard, r)
				r.Close()
				c.Close()
				wantProblem(t, err, TooLarge)
				if n > 4<<20 {
					t.Errorf("inflated %d bytes before refusing, want at most 4 MiB", n)
				}
			} else {
				wantProblem(t, err, TooLarge)
			}
			for _, engine := range []string{EngineFast, EngineExcelize} {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				b, err := Open(path, Options{Engine: engine})
				if err == nil {
					_, err = readBook(b)
					b.Close()
				}
				runtime.ReadMemStats(&after)
				wantProblem(t, err, TooLarge)
				if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
					t.Errorf("%s: allocated %d MiB refusing a bomb", engine, grew>>20)
				}
			}
		})
	}
}

// TestLimits checks that Options.Limits apply: a normal workbook is
// refused when its parts exceed small limits.
func TestLimits(t *testing.T) {
	path := excelizeBookFile(t, filepath.Join(t.TempDir(), "ok.xlsx"))
	for _, lim := range []Limits{
		{MaxTotal: 4 << 10, MaxPart: 1 << 20, MaxRatio: 1000},
		{MaxTotal: 1 << 20, MaxPart: 4 << 10, MaxRatio: 1000},
	} {
		for _, engine := range []string{EngineFast, EngineExcelize} {
			_, err := Open(path, Options{Engine: engine, Limits: lim})
			wantProblem(t, err, TooLarge)
		}
	}
	b, err := Open(path, Options{Limits: Limits{MaxTotal: 1 << 20, MaxPart: 1 << 20, MaxRatio: 1000}})
	if err != nil {
		t.Fatalf("within limits: %v", err)
	}
	b.Close()
}
