package output

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// CSV writes one row per unit with stable English column names (for
// programs; the table and the workbook are for people). Numbers use a
// decimal point; an incomplete unit has empty score, grade and zone.
// Each top-level group adds a column group_CODE holding the group's
// fraction as a percentage.
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
	if err := cw.Write(head); err != nil {
		return err
	}
	dec := r.Scale.Decimals
	for i := range res.Units {
		u := &res.Units[i]
		row := []string{u.Code, u.Name, u.Type, u.Region, u.Period, u.Assessor, u.Date, u.Status.String()}
		if u.Score != nil {
			row = append(row, strconv.FormatFloat(*u.Score, 'f', dec, 64), u.Grade(), string(u.Zone()), u.Band.Label.ID)
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
		for j, in := range res.UnitFiles(u) {
			if j > 0 {
				files += ";"
			}
			files += in.Name
		}
		row = append(row, files)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
