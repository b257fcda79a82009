package resultbook

import (
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Read takes the results from the hidden sheet alone, so a score a person
// corrected in the visible Ringkasan sheet changed nothing — and nothing
// said so. Edits compares that sheet with the results read back and
// returns a notice, at its cell, for every value that differs and every
// unit row added or removed, saying that the results data is what is
// used. Sorting and filtering the sheet change nothing it compares.

// editLimits bound what opening the workbook again may inflate, as the
// workbook reader's (a results workbook that Read accepted is small; a
// hostile one is refused there first).
const (
	editMaxTotal = 1 << 30
	editMaxXML   = 1 << 28
)

// Edits returns the notices for the visible summary sheet of the results
// workbook at path, given res as Read returned it. A workbook whose
// summary sheet cannot be found or read gives none.
func Edits(path string, res *results.Results) msg.Problems {
	if res == nil || res.Rubric == nil {
		return nil
	}
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true, UnzipSizeLimit: editMaxTotal, UnzipXMLSizeLimit: editMaxXML})
	if err != nil {
		return nil
	}
	defer f.Close()
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		b := &book{res: res, lang: lang}
		name := b.t(msg.BookSheetSummary)
		if i, err := f.GetSheetIndex(name); err != nil || i < 0 {
			continue
		}
		ps, err := b.edits(f, path, name)
		if err != nil {
			return nil
		}
		return ps
	}
	return nil
}

// summaryField is a column of the summary sheet that Edits compares.
type summaryField struct {
	head msg.Key
	want func(u *results.Unit) string
	num  bool // a score: compared as a number at the rubric's decimals
}

func (b *book) edits(f *excelize.File, path, sheet string) (msg.Problems, error) {
	r := b.res.Rubric
	fields := []summaryField{
		{head: msg.BookColScore, num: true, want: func(u *results.Unit) string {
			if u.Score == nil {
				return ""
			}
			return strconv.FormatFloat(*u.Score, 'f', r.Scale.Decimals, 64)
		}},
		{head: msg.BookColGrade, want: func(u *results.Unit) string { return u.Grade() }},
		{head: msg.BookColBand, want: func(u *results.Unit) string {
			if u.Band == nil {
				return ""
			}
			return u.Band.Label.In(string(b.lang))
		}},
		{head: msg.BookColZone, want: b.zoneText},
		{head: msg.BookColStatus, want: b.unitStatus},
	}
	byCode := map[string]*results.Unit{}
	for i := range b.res.Units {
		byCode[rubric.CodeKey(b.res.Units[i].Code)] = &b.res.Units[i]
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var (
		ps      msg.Problems
		codeCol = -1
		cols    = map[int]summaryField{}
		seen    = map[string]bool{}
		n       = 0
	)
	at := func(row, col int) string {
		c, _ := excelize.CoordinatesToCellName(col+1, row)
		return c
	}
	for rows.Next() {
		n++
		cells, err := rows.Columns()
		if err != nil {
			return nil, err
		}
		if n == 1 {
			for j, h := range cells {
				h = strings.TrimSpace(h)
				if h == b.t(msg.BookColUnitCode) {
					codeCol = j
				}
				for _, fl := range fields {
					if h == b.t(fl.head) {
						cols[j] = fl
					}
				}
			}
			if codeCol < 0 {
				return nil, nil // not the sheet Write made: nothing to compare
			}
			continue
		}
		get := func(j int) string {
			if j < len(cells) {
				return strings.TrimSpace(cells[j])
			}
			return ""
		}
		code := get(codeCol)
		if code == "" {
			continue
		}
		u, ok := byCode[rubric.CodeKey(code)]
		if !ok {
			ps.Add(msg.Problem{Severity: msg.Notice, File: path, Sheet: sheet, Cell: at(n, codeCol),
				Key: msg.BookSummaryRowAdded, Args: []any{code, sheet}, Hint: msg.HintBookSummaryEdited})
			continue
		}
		seen[rubric.CodeKey(code)] = true
		for j, fl := range cols {
			got, want := get(j), fl.want(u)
			if sameValue(got, want, fl.num, r.Scale.Decimals) {
				continue
			}
			shown := want
			if fl.num && b.lang == msg.ID {
				shown = strings.Replace(want, ".", ",", 1)
				if g, err := strconv.ParseFloat(got, 64); err == nil {
					got = strings.Replace(strconv.FormatFloat(g, 'f', -1, 64), ".", ",", 1)
				}
			}
			ps.Add(msg.Problem{Severity: msg.Notice, File: path, Sheet: sheet, Cell: at(n, j),
				Key: msg.BookSummaryEdited, Args: []any{b.t(fl.head), u.Code, got, shown}, Hint: msg.HintBookSummaryEdited})
		}
	}
	if err := rows.Error(); err != nil {
		return nil, err
	}
	for i := range b.res.Units {
		u := &b.res.Units[i]
		if !seen[rubric.CodeKey(u.Code)] {
			ps.Add(msg.Problem{Severity: msg.Notice, File: path, Sheet: sheet,
				Key: msg.BookSummaryRowRemoved, Args: []any{u.Code, sheet}, Hint: msg.HintBookSummaryEdited})
		}
	}
	sortByCell(ps)
	return ps, nil
}

// sameValue compares a cell as read with the value Write put there: text
// as is, a score as a number at the rubric's decimals (a decimal comma
// typed by hand is read too).
func sameValue(got, want string, num bool, decimals int) bool {
	if got == want {
		return true
	}
	if !num || got == "" || want == "" {
		return false
	}
	g, err1 := strconv.ParseFloat(strings.Replace(got, ",", ".", 1), 64)
	w, err2 := strconv.ParseFloat(want, 64)
	return err1 == nil && err2 == nil && math.Abs(g-w) < 0.5*math.Pow10(-decimals)
}

// sortByCell keeps the notices of rows in row order and the units no
// longer in the sheet last (the map of columns is unordered).
func sortByCell(ps msg.Problems) {
	key := func(p msg.Problem) (int, int) {
		col, row, err := excelize.CellNameToCoordinates(p.Cell)
		if err != nil {
			return math.MaxInt, 0
		}
		return row, col
	}
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0; j-- {
			r1, c1 := key(ps[j-1])
			r2, c2 := key(ps[j])
			if r1 < r2 || (r1 == r2 && c1 <= c2) {
				break
			}
			ps[j-1], ps[j] = ps[j], ps[j-1]
		}
	}
}
