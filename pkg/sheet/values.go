package sheet

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
)

// text is a cell's value as text for reading: trimmed, numbers as stored
// ("1", "0.5"), booleans TRUE/FALSE.
func text(c workbook.Cell) string {
	return score.Trim(c.Value)
}

// period renders a year-like value: 2024 stays "2024", 2024.0 too.
func period(c workbook.Cell) string {
	s := text(c)
	if f, ok := score.ParseNumber(s); ok && f == math.Trunc(f) && f > 0 && f < 10000 {
		return strconv.Itoa(int(f))
	}
	return s
}

// misTypedYear reads a year typed with letters that look like digits —
// "2O24" with a capital O, "2o24", "2O2l" — and returns the year meant.
// Such a Tahun used to pass as a period of its own, without a word.
func misTypedYear(s string) (string, bool) {
	fixed := strings.Map(func(r rune) rune {
		switch r {
		case 'O', 'o':
			return '0'
		case 'l', 'I':
			return '1'
		}
		return r
	}, s)
	if fixed == s || len(fixed) != 4 {
		return "", false
	}
	y, err := strconv.Atoi(fixed)
	if err != nil || y < 1900 || y > 2200 {
		return "", false
	}
	return fixed, true
}

var months = map[string]time.Month{
	"januari": 1, "january": 1, "jan": 1,
	"februari": 2, "february": 2, "pebruari": 2, "feb": 2, "peb": 2,
	"maret": 3, "march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"mei": 5, "may": 5,
	"juni": 6, "june": 6, "jun": 6,
	"juli": 7, "july": 7, "jul": 7,
	"agustus": 8, "august": 8, "agu": 8, "agt": 8, "aug": 8, "ags": 8,
	"september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "october": 10, "okt": 10, "oct": 10,
	"november": 11, "nopember": 11, "nov": 11, "nop": 11,
	"desember": 12, "december": 12, "des": 12, "dec": 12,
}

// parseDate reads a date cell: a serial number (a real date cell, counted
// from 1899-12-30, or 1904-01-01 in 1904 workbooks), or text as
// Indonesian and international tools write it: 12/08/2024 (day first),
// 12-08-2024, 2024-08-12, 2024-08-12T09:00, 12 Agustus 2024, 12 Aug 2024.
// It returns the ISO date.
func parseDate(s string, date1904 bool) (string, bool) {
	s = score.Trim(s)
	if s == "" {
		return "", false
	}
	if f, ok := score.ParseNumber(s); ok && !strings.ContainsAny(s, "/-") {
		if f < 1 || f > 2958465 {
			return "", false
		}
		base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
		if date1904 {
			base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		return base.AddDate(0, 0, int(math.Floor(f))).Format("2006-01-02"), true
	}
	// ISO, with or without a time.
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	// Day first with / - or . separators (Indonesia writes dd/mm/yyyy).
	for _, sep := range []string{"/", "-", "."} {
		parts := strings.Split(s, sep)
		if len(parts) != 3 {
			continue
		}
		d, e1 := strconv.Atoi(strings.TrimSpace(parts[0]))
		m, e2 := strconv.Atoi(strings.TrimSpace(parts[1]))
		y, e3 := strconv.Atoi(strings.TrimSpace(strings.Fields(parts[2] + " ")[0]))
		if e1 != nil || e2 != nil || e3 != nil {
			continue
		}
		if y < 100 {
			y += 2000
		}
		if t, ok := validDate(y, m, d); ok {
			return t, true
		}
	}
	// 12 Agustus 2024, 12 Agu 2024, 12-Agu-2024.
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '.' || r == 0xA0 })
	if len(f) == 3 {
		if mo, ok := months[f[1]]; ok {
			d, e1 := strconv.Atoi(f[0])
			y, e2 := strconv.Atoi(f[2])
			if e1 == nil && e2 == nil {
				if t, ok := validDate(y, int(mo), d); ok {
					return t, true
				}
			}
		}
	}
	return "", false
}

func validDate(y, m, d int) (string, bool) {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false // 31/02
	}
	return t.Format("2006-01-02"), true
}

// quote shortens a value for a message: long texts are cut.
func quote(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// errorTexts are the error values of Excel, LibreOffice and Google
// Sheets, upper case.
var errorTexts = map[string]bool{
	"#NULL!": true, "#DIV/0!": true, "#VALUE!": true, "#REF!": true, "#NAME?": true, "#NUM!": true,
	"#N/A": true, "#GETTING_DATA": true, "#SPILL!": true, "#CALC!": true, "#FIELD!": true,
	"#BLOCKED!": true, "#CONNECT!": true, "#BUSY!": true, "#UNKNOWN!": true, "#EXTERNAL!": true,
	"#PYTHON!": true, "#ERROR!": true,
}

// isErrorText reports whether a text cell holds an error value as text
// (pasted as text, or from a CSV export): "#N/A", "#REF!", LibreOffice's
// "Err:502".
func isErrorText(c workbook.Cell) bool {
	if c.Kind != workbook.String || len(c.Value) < 3 || len(c.Value) > 20 {
		return false
	}
	// Every error text holds a '#' or a ':': most cells hold neither, and
	// need not be upper-cased (a national round's every unit-name cell was).
	if strings.IndexByte(c.Value, '#') < 0 && strings.IndexByte(c.Value, ':') < 0 {
		return false
	}
	t := strings.ToUpper(text(c))
	if errorTexts[t] {
		return true
	}
	n, ok := strings.CutPrefix(t, "ERR:")
	return ok && len(n) == 3 && strings.Trim(n, "0123456789") == ""
}
