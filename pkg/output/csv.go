package output

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// CSV writes one row per unit with stable English column names (for
// programs; the table and the workbook are for people). Numbers use a
// decimal point; an incomplete unit has empty score, grade and zone.
// Each top-level group adds a column group_CODE holding the group's
// fraction as a percentage. Text cells pass through CSVText, so that the
// file is safe to open in a spreadsheet.
type CSV struct{}

// Write implements Format.
func (CSV) Write(w io.Writer, res *results.Results, _ Options) error {
	cw := csv.NewWriter(w)
	r := res.Rubric
	head := []string{"code", "name", "type", "region", "period", "assessor", "date", "status",
		"score", "grade", "zone", "band", "met", "partial", "not_met", "na", "not_applicable", "missing"}
	var top []int
	for i, g := range r.AllGroups() {
		if g.Depth() == 1 {
			top = append(top, i)
			head = append(head, "group_"+g.Code)
		}
	}
	head = append(head, "files")
	hasRound := res.HasRound() // round.go: its columns last
	if hasRound {
		head = append(head, roundCSVHead...)
	}
	for i := range head {
		head[i] = CSVText(head[i])
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	dec := r.Scale.Decimals
	inputs := res.InputIndex()
	for i := range res.Units {
		u := &res.Units[i]
		row := []string{CSVText(u.Code), CSVText(u.Name), CSVText(u.Type), CSVText(u.Region), CSVText(u.Period),
			CSVText(u.Assessor), CSVText(u.Date), u.Status.String()}
		if u.Score != nil {
			row = append(row, strconv.FormatFloat(*u.Score, 'f', dec, 64), CSVText(u.Grade()), string(u.Zone()), CSVText(u.Band.Label.ID))
		} else {
			row = append(row, "", "", "", "")
		}
		c := u.Counts
		for _, n := range []int{c.Met, c.Partial, c.NotMet, c.NA, c.NotApplicable, c.Missing} {
			row = append(row, strconv.Itoa(n))
		}
		for _, gi := range top {
			g := u.Groups[gi]
			if g.Applicable && g.Complete {
				row = append(row, strconv.FormatFloat(g.Fraction*100, 'f', 2, 64))
			} else {
				row = append(row, "")
			}
		}
		files := ""
		for j, in := range inputs.UnitFiles(u) {
			if j > 0 {
				files += ";"
			}
			files += in.Name
		}
		row = append(row, CSVText(files))
		if hasRound {
			row = append(row, roundCSV(u, dec)...)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// CSVText makes a text cell safe to open in a spreadsheet (OWASP, "CSV
// injection"): line breaks and tabs become spaces and other control
// characters (C0, DEL, C1) are dropped, and a cell whose first character
// other than a space is one that starts a formula in Excel, LibreOffice
// or Google Sheets — = + - @, or their full-width forms — gets a leading
// apostrophe, which the spreadsheet shows as text. Only text from inputs
// (codes, names, file names, rubric labels) passes through it; numbers
// the tool writes (a score, a delta of -3.50) are written as they are.
func CSVText(s string) string {
	clean := strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexFunc(clean, isControl) >= 0 {
		clean = strings.Map(func(r rune) rune {
			switch {
			case r == '\t' || r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
				return ' '
			case isControl(r):
				return -1
			}
			return r
		}, clean)
	}
	if first := strings.TrimLeft(clean, " "); first != "" {
		switch r, _ := utf8.DecodeRuneInString(first); r {
		case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20':
			return "'" + clean
		}
	}
	return clean
}

// isControl reports whether r is a control character (C0, DEL, C1) or a
// line or paragraph separator.
func isControl(r rune) bool {
	return r < 0x20 || r >= 0x7F && r < 0xA0 || r == '\u2028' || r == '\u2029'
}
