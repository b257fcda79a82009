package resultbook

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The data rows of the table sheets (Summary, Details, Findings) are not
// written through excelize's StreamWriter: it writes a sheet of a
// district's details (13 MB of XML) into a buffer grown by doubling and
// then deflates it, which took half the time of the whole workbook.
// excelize writes each table sheet with its header row only (and
// everything around the rows: widths, panes, filter, print setup,
// conditional formats); xlsxzip.Canonical then splices the data rows into
// that part as it copies it, written by writeRows straight into the zip
// entry — byte for byte what StreamWriter.SetRow writes (see
// TestRowsAsExcelize).

// tableRows writes the data rows of one table sheet.
type tableRows struct {
	t      *table
	widths []float64
	gen    func(emit func([]excelize.Cell) error) error
}

// spliceRows copies the worksheet part src to w with rows inserted before
// the end of its sheetData.
func spliceRows(src *zip.File, w io.Writer, rows *tableRows) error {
	rc, err := src.Open()
	if err != nil {
		return err
	}
	part, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return err
	}
	end := bytes.Index(part, []byte("</sheetData>"))
	if end < 0 {
		return fmt.Errorf("resultbook: no sheetData in %s", src.Name)
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.Write(part[:end])
	if err := rows.write(bw); err != nil {
		return err
	}
	bw.Write(part[end:])
	return bw.Flush()
}

// write writes the data rows, from row 2, as StreamWriter.SetRow would
// write them: empty cells left out, each row of wrapped text as tall as
// its lines (see streamTable).
func (tr *tableRows) write(w *bufio.Writer) error {
	t := tr.t
	letters := make([]string, len(t.cols))
	for i := range letters {
		letters[i] = strings.TrimSuffix(cellName(i+1, 1), "1")
	}
	wraps := t.wraps()
	r := 1
	var num []byte
	return tr.gen(func(row []excelize.Cell) error {
		r++
		if len(row) > len(letters) {
			return fmt.Errorf("resultbook: row %d has %d cells, the table %d columns", r, len(row), len(letters))
		}
		num = strconv.AppendInt(num[:0], int64(r), 10)
		w.WriteString(`<row r="`)
		w.Write(num)
		w.WriteByte('"')
		if wraps {
			lines := 1
			for i := range row {
				if s, ok := row[i].Value.(string); ok && t.cols[i].wrap {
					lines = max(lines, wrappedLines(s, tr.widths[i]))
				}
			}
			if lines > 1 {
				h := rowHeight(lines)
				if h > excelize.MaxRowHeight {
					return excelize.ErrMaxRowHeight
				}
				w.WriteString(` ht="`)
				w.WriteString(strconv.FormatFloat(h, 'f', -1, 64))
				w.WriteString(`" customHeight="1"`)
			}
		}
		w.WriteByte('>')
		for i := range row {
			c := &row[i]
			if c.Value == nil {
				continue
			}
			w.WriteString(`<c r="`)
			w.WriteString(letters[i])
			w.Write(num)
			w.WriteByte('"')
			if c.StyleID != 0 {
				w.WriteString(` s="`)
				w.WriteString(strconv.Itoa(c.StyleID))
				w.WriteByte('"')
			}
			if err := writeValue(w, c.Value); err != nil {
				return fmt.Errorf("resultbook: row %d, column %s: %w", r, letters[i], err)
			}
			w.WriteString(`</c>`)
		}
		w.WriteString(`</row>`)
		return nil
	})
}

// writeValue writes the rest of a cell's start tag and its value, as
// excelize writes a value of v's type.
func writeValue(w *bufio.Writer, v any) error {
	switch v := v.(type) {
	case string:
		inlineString(w, v)
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			inlineString(w, fmt.Sprint(v))
			return nil
		}
		w.WriteString(`><v>`)
		w.WriteString(formatFloat(v, 64))
		w.WriteString(`</v>`)
	case float32:
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			inlineString(w, fmt.Sprint(float64(v)))
			return nil
		}
		w.WriteString(`><v>`)
		w.WriteString(formatFloat(float64(v), 32))
		w.WriteString(`</v>`)
	case int, int8, int16, int32, int64:
		w.WriteString(`><v>`)
		w.WriteString(strconv.FormatInt(reflect.ValueOf(v).Int(), 10))
		w.WriteString(`</v>`)
	case uint, uint8, uint16, uint32, uint64:
		w.WriteString(`><v>`)
		w.WriteString(strconv.FormatUint(reflect.ValueOf(v).Uint(), 10))
		w.WriteString(`</v>`)
	default:
		return fmt.Errorf("a value of type %T", v)
	}
	return nil
}

// inlineString writes ` t="inlineStr">` and the text as excelize's
// setInlineStr and writeCell do.
func inlineString(w *bufio.Writer, s string) {
	w.WriteString(` t="inlineStr"><is><t`)
	if plainText(s) {
		w.WriteByte('>')
		w.WriteString(s)
	} else {
		text, preserve := excelizeText(s)
		if preserve {
			w.WriteString(` xml:space="preserve"`)
		}
		w.WriteByte('>')
		w.WriteString(text)
	}
	w.WriteString(`</t></is>`)
}

// plainText reports whether excelize would write s unchanged: no
// character XML escapes or cannot carry, no white space at either end
// (which asks for xml:space), nothing that looks like an OOXML _xHHHH_
// escape, and short enough not to be cut.
func plainText(s string) bool {
	if len(s) > excelize.TotalCellChars {
		return false // maybe more UTF-16 units than a cell holds
	}
	if s != "" && (isSpace(s[0]) || isSpace(s[len(s)-1])) {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '_' || c == 0x7F {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || !xmlChar(r) {
			return false
		}
		i += n
	}
	return true
}

func isSpace(c byte) bool { return c == 9 || c == 10 || c == 13 || c == 32 }

// xmlChar reports whether r may stand in XML text (the Char production).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// excelizeText is excelize's trimCellValue(s, true) followed by
// bstrMarshal (excelize v2.11.1, cell.go and lib.go): the text cut to
// the UTF-16 units a cell holds, XML-escaped (line feeds kept raw), and
// literal _xHHHH_ sequences protected; preserve is whether the text
// starts or ends with white space.
func excelizeText(s string) (text string, preserve bool) {
	if countUTF16(s) > excelize.TotalCellChars {
		s = truncateUTF16(s, excelize.TotalCellChars)
	}
	if s != "" {
		preserve = isSpace(s[0]) || isSpace(s[len(s)-1])
		var buf strings.Builder
		_ = xml.EscapeText(&buf, []byte(s))
		s = strings.ReplaceAll(buf.String(), "&#xA;", "\n")
	}
	return bstrMarshal(s), preserve
}

func countUTF16(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

func truncateUTF16(s string, length int) string {
	n := 0
	for i, r := range s {
		if n += utf16.RuneLen(r); n > length {
			return s[:i]
		}
	}
	return s
}

var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal escapes the underscore of each _xHHHH_ in s that a reader
// would otherwise decode, as excelize's bstrMarshal does.
func bstrMarshal(s string) (result string) {
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				_, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`)
				if err == nil {
					result += subStr + "x005F" + subStr
					continue
				}
			}
			result += subStr + "x005F_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result += "_x005F" + subStr
				continue
			}
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}

// formatFloat formats v as excelize's formatCellFloat(v, -1, bitSize):
// the shortest decimal that reads back as v, cut to Excel's 15
// significant digits.
func formatFloat(v float64, bitSize int) string {
	str := strconv.FormatFloat(v, 'f', -1, bitSize)
	if math.Abs(v) == math.MaxFloat64 {
		return str
	}
	const maxPrec = 15
	decimal := strings.IndexByte(str, '.')
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			return strings.TrimSuffix(str[:idx], ".")
		}
		if decimal < 0 {
			decimal = len(str)
		}
		truncated := []byte(str[:decimal])
		for ; idx < len(truncated); idx++ {
			truncated[idx] = '0'
		}
		return string(truncated)
	}
	return str
}
