package workbook

import (
	"strconv"
	"strings"
)

// shiftFormula moves the relative references of a shared formula from its
// anchor cell to a cell dCol columns and dRow rows away: "A1*2" written
// for B1 reads "A2*2" in B2; "$A$1" stays. String literals, quoted sheet
// names and function names are left alone. It is used only to show the
// formula of a cell that has no cached value, so it aims at the common
// forms (A1, $A1, A$1, A1:B2, A:A, 1:1, Sheet!A1) rather than the whole
// formula grammar.
func shiftFormula(f string, dCol, dRow int) string {
	if dCol == 0 && dRow == 0 {
		return f
	}
	var out strings.Builder
	for i := 0; i < len(f); {
		c := f[i]
		switch {
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(f) {
				if f[j] == c {
					if j+1 < len(f) && f[j+1] == c {
						j += 2
						continue
					}
					break
				}
				j++
			}
			j = min(j+1, len(f))
			out.WriteString(f[i:j])
			i = j
		case isRefByte(c):
			j := i
			for j < len(f) && (isRefByte(f[j]) || f[j] == ':' || f[j] == '!' || f[j] == '.') {
				j++
			}
			word := f[i:j]
			if j < len(f) && f[j] == '(' || i > 0 && (isRefByte(f[i-1]) || f[i-1] == '.') {
				out.WriteString(word) // a function name, or part of a name
			} else {
				out.WriteString(shiftRange(word, dCol, dRow))
			}
			i = j
		default:
			out.WriteByte(c)
			i++
		}
	}
	return out.String()
}

func isRefByte(c byte) bool {
	return c == '$' || c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// shiftRange shifts "A1", "A1:B2", "A:B", "1:2", optionally after a
// "Sheet!" prefix. Anything else is returned as is.
func shiftRange(word string, dCol, dRow int) string {
	prefix := ""
	if k := strings.LastIndexByte(word, '!'); k >= 0 {
		prefix, word = word[:k+1], word[k+1:]
	}
	parts := strings.Split(word, ":")
	if len(parts) > 2 {
		return prefix + word
	}
	for i, p := range parts {
		s, ok := shiftRef(p, dCol, dRow, len(parts) == 2)
		if !ok {
			return prefix + word
		}
		parts[i] = s
	}
	return prefix + strings.Join(parts, ":")
}

// shiftRef shifts one reference: a cell ("B$3"), or in a range a whole
// column ("B") or row ("3").
func shiftRef(ref string, dCol, dRow int, inRange bool) (string, bool) {
	i := 0
	absCol := i < len(ref) && ref[i] == '$'
	if absCol {
		i++
	}
	cs := i
	for i < len(ref) && (ref[i] >= 'A' && ref[i] <= 'Z' || ref[i] >= 'a' && ref[i] <= 'z') {
		i++
	}
	colName := ref[cs:i]
	absRow := i < len(ref) && ref[i] == '$'
	if absRow {
		i++
	}
	rowText := ref[i:]
	if len(colName) > 3 || (colName == "" && !inRange) || (rowText == "" && !inRange) || (colName == "" && rowText == "") {
		return ref, false
	}
	var b strings.Builder
	if colName != "" {
		col, ok := parseCellColumn([]byte(colName + "1"))
		if !ok {
			return ref, false
		}
		if absCol {
			b.WriteByte('$')
		} else {
			col += dCol
		}
		if col < 1 || col > maxCols {
			return ref, false
		}
		b.WriteString(columnName(col))
	} else if absCol {
		return ref, false
	}
	if rowText != "" {
		row, ok := parseUint([]byte(rowText))
		if !ok {
			return ref, false
		}
		if absRow {
			b.WriteByte('$')
		} else {
			row += dRow
		}
		if row < 1 || row > maxRows {
			return ref, false
		}
		b.WriteString(strconv.Itoa(row))
	} else if absRow {
		return ref, false
	}
	return b.String(), true
}

// columnName returns the letters of column n (1 = "A").
func columnName(n int) string {
	var b [3]byte
	i := len(b)
	for n > 0 {
		n--
		i--
		b[i] = byte('A' + n%26)
		n /= 26
	}
	return string(b[i:])
}
