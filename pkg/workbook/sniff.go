package workbook

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"unicode/utf16"
)

// Sniff reports whether path looks like a readable .xlsx package: nil if
// so, otherwise an *OpenError saying what the file is instead. It checks
// the file, its first bytes, the zip directory and its size limits
// (DefaultLimits), without reading any sheet.
func Sniff(path string) error {
	c, err := openContainer(path, DefaultLimits)
	if err != nil {
		return err
	}
	return c.Close()
}

// sniffHead is how much of the start of a file is examined.
const sniffHead = 8 << 10

// cfbSignature starts every OLE2 compound file (legacy .xls, .doc, and
// encrypted OOXML files).
var cfbSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// openFile opens path for reading and classifies the failures that happen
// before any content is read.
func openFile(path string) (*os.File, int64, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, 0, fileError(path, err)
	}
	if fi.IsDir() {
		return nil, 0, problem(path, IsDir, nil, "a folder, not a file")
	}
	if !fi.Mode().IsRegular() {
		return nil, 0, problem(path, Unreadable, nil, "not a regular file")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, fileError(path, err)
	}
	fi, err = f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, fileError(path, err)
	}
	if fi.Size() == 0 {
		f.Close()
		return nil, 0, problem(path, EmptyFile, nil, "empty file (0 bytes)")
	}
	return f, fi.Size(), nil
}

func fileError(path string, err error) *OpenError {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return problem(path, NotFound, err, "no such file")
	case errors.Is(err, fs.ErrPermission):
		return problem(path, Unreadable, err, "permission denied")
	}
	return problem(path, Unreadable, err, "%v", err)
}

// sniffNonZip classifies a file that does not start like a zip archive.
// It returns nil if the file may still be a zip (with data in front of
// it), so the caller should try to open it as one.
func sniffNonZip(path string, f io.ReaderAt, size int64, head []byte) *OpenError {
	if bytes.HasPrefix(head, cfbSignature) {
		return sniffCFB(path, f, size)
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(head, []byte(m.magic)) {
			return notWorkbook(path, m.found, "%s, not a spreadsheet", m.what)
		}
	}
	if text, ok := asText(head); ok {
		return sniffText(path, text)
	}
	return nil
}

// binaryMagic names some file types people mistake for spreadsheets.
var binaryMagic = []struct {
	magic, what string
	found       Found
}{
	{"%PDF-", "a PDF document", FoundPDF},
	{"\x89PNG\r\n\x1a\n", "a PNG image", FoundImage},
	{"\xff\xd8\xff", "a JPEG image", FoundImage},
	{"GIF8", "a GIF image", FoundImage},
	{"Rar!\x1a\x07", "a RAR archive", FoundArchive},
	{"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", FoundArchive},
	{"\x1f\x8b", "a gzip archive", FoundArchive},
}

// sniffCFB tells an encrypted OOXML package (a compound file holding
// EncryptionInfo and EncryptedPackage streams, which is how
// password-protected .xlsx files are stored) from a legacy binary
// document. It walks the 128-byte directory entries, which sit at
// 128-aligned offsets after the 512-byte header whatever the sector size,
// so no FAT chain needs following.
func sniffCFB(path string, r io.ReaderAt, size int64) *OpenError {
	const maxScan = 256 << 20
	var word, ppt bool
	buf := make([]byte, 64<<10)
	for off := int64(512); off < size && off < maxScan; off += int64(len(buf)) {
		n, err := r.ReadAt(buf, off)
		if n == 0 && err != nil {
			break
		}
		for i := 0; i+128 <= n; i += 128 {
			switch cfbEntryName(buf[i : i+128]) {
			case "EncryptionInfo", "EncryptedPackage":
				return problem(path, Encrypted, nil, "password-protected (encrypted) workbook")
			case "WordDocument":
				word = true
			case "PowerPoint Document":
				ppt = true
			}
		}
	}
	switch {
	case word:
		return notWorkbook(path, FoundWord, "a Word document (.doc), not a spreadsheet")
	case ppt:
		return notWorkbook(path, FoundPowerPoint, "a PowerPoint presentation (.ppt), not a spreadsheet")
	}
	return problem(path, LegacyXLS, nil, "an Excel 97-2003 workbook (.xls)")
}

// cfbEntryName decodes the name of a compound-file directory entry, or
// returns "" if e does not look like a stream or storage entry.
func cfbEntryName(e []byte) string {
	n := int(binary.LittleEndian.Uint16(e[64:]))
	if n < 4 || n > 64 || n%2 != 0 || (e[66] != 1 && e[66] != 2) {
		return ""
	}
	u := make([]uint16, 0, n/2-1)
	for i := 0; i+1 < n-2; i += 2 {
		u = append(u, binary.LittleEndian.Uint16(e[i:]))
	}
	return string(utf16.Decode(u))
}

// asText returns head as UTF-8 text if it looks like text: UTF-16 with a
// byte-order mark is converted; otherwise no NUL bytes and almost no
// control characters (legacy 8-bit encodings pass as text too).
func asText(head []byte) ([]byte, bool) {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		order := binary.ByteOrder(binary.LittleEndian)
		if head[0] == 0xFE {
			order = binary.BigEndian
		}
		u := make([]uint16, 0, len(head)/2)
		for i := 2; i+1 < len(head); i += 2 {
			u = append(u, order.Uint16(head[i:]))
		}
		head = []byte(string(utf16.Decode(u)))
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		head = head[3:]
	}
	control := 0
	for _, c := range head {
		if c == 0 {
			return nil, false
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			control++
		}
	}
	if control*100 > len(head) {
		return nil, false
	}
	return head, true
}

// sniffText classifies text saved under a spreadsheet name.
func sniffText(path string, text []byte) *OpenError {
	start := bytes.TrimLeft(text, " \t\r\n\f")
	lower := bytes.ToLower(start[:min(len(start), 1024)])
	for _, tag := range []string{"<html", "<!doctype html", "<table", "<body", "<head"} {
		if bytes.Contains(lower, []byte(tag)) {
			return problem(path, HTML, nil, "a web page (HTML) under a spreadsheet name")
		}
	}
	if bytes.HasPrefix(lower, []byte("mime-version:")) {
		return problem(path, HTML, nil, "a single-file web page (MHTML) under a spreadsheet name")
	}
	if bytes.HasPrefix(lower, []byte("<?xml")) || bytes.HasPrefix(lower, []byte("<")) {
		if bytes.Contains(lower, []byte("urn:schemas-microsoft-com:office:spreadsheet")) {
			return notWorkbook(path, FoundExcelXML, "an Excel 2003 XML spreadsheet")
		}
		return notWorkbook(path, FoundXML, "an XML file, not a spreadsheet")
	}
	if bytes.ContainsAny(start, ",;\t|\n") {
		return problem(path, CSV, nil, "plain text (CSV) under a spreadsheet name")
	}
	return notWorkbook(path, FoundText, "a text file, not a spreadsheet")
}
