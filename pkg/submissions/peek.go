package submissions

import (
	"archive/zip"
	"path/filepath"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
)

// Peek returns the rubric a kepatuhan form's export names (the first
// submission's kp_rubrik and kp_versi), "" for another form's export.
func Peek(path string, kind Kind) (ref, version string) {
	var t *table
	switch kind {
	case KoboCSV, ODKCSV:
		data, err := readCSVFile(path)
		if err != nil {
			return "", ""
		}
		if t, err = csvTable(data, path, ""); err != nil {
			return "", ""
		}
	case ODKZip:
		zr, err := zip.OpenReader(path)
		if err != nil {
			return "", ""
		}
		defer zr.Close()
		for _, zf := range zr.File {
			if strings.HasPrefix(zf.Name, "media/") || !strings.EqualFold(filepath.Ext(zf.Name), ".csv") {
				continue
			}
			data, err := readEntry(path, zf)
			if err != nil {
				continue
			}
			c, err := csvTable(data, path, zf.Name)
			if err == nil && has(c.header, "KEY") && !has(c.header, "PARENT_KEY") && isOurs(c.header) {
				t = c
				break
			}
		}
	}
	if t == nil {
		return "", ""
	}
	return peekTable(t)
}

// PeekBook is Peek for an open Kobo workbook.
func PeekBook(book workbook.Book) (ref, version string) {
	for _, s := range book.Sheets() {
		if !s.Visible {
			continue
		}
		t, err := sheetTable(book, "", s.Name)
		if err != nil {
			return "", ""
		}
		return peekTable(t)
	}
	return "", ""
}

func peekTable(t *table) (ref, version string) {
	if !isOurs(t.header) {
		return "", ""
	}
	ri, vi := -1, -1
	for i, h := range t.header {
		switch h {
		case xlsform.NameRubric:
			ri = i
		case xlsform.NameVersion:
			vi = i
		}
	}
	if ri < 0 {
		return "", ""
	}
	t.rows(func(row int, vals []string) error {
		if v := value(vals, ri); v != "" {
			ref, version = v, value(vals, vi)
			return errStopHeader
		}
		return nil
	})
	return ref, version
}
