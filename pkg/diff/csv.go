package diff

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/output"
)

// CSV writes one row per unit, in report order (regressions first), with
// stable English column names and the machine words of the JSON (status
// "regressed", reason "zone_down", …): it is for programs; the table, the
// workbook and the PDF are for people. Numbers use a decimal point; a
// score is empty when the unit is incomplete or absent, the delta when
// scores are not compared. flips lists "CODE:from>to" separated by ";".
// Text cells pass through output.CSVText (safe to open in a
// spreadsheet); numbers, a negative delta too, are written as they are.
type CSV struct{}

// CSVHeader is the CSV's first row.
var CSVHeader = []string{"status", "reason", "code", "name", "type",
	"old_status", "old_score", "old_grade", "old_zone",
	"new_status", "new_score", "new_grade", "new_zone",
	"delta", "zone_steps", "flags", "indicators_down", "indicators_up", "flips"}

// Write implements Format.
func (CSV) Write(w io.Writer, r *Report, _ RenderOptions) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	side := func(s *UnitSide, dec int) []string {
		if s == nil {
			return []string{"", "", "", ""}
		}
		sc := ""
		if s.Score != nil {
			sc = locale.Plain(msg.EN, *s.Score, dec)
		}
		return []string{s.Status.String(), sc, output.CSVText(s.Grade), string(s.Zone)}
	}
	for i := range r.Units {
		u := &r.Units[i]
		row := []string{u.Status.String(), string(u.Reason), output.CSVText(u.Code), output.CSVText(u.Name), output.CSVText(u.Type)}
		row = append(row, side(u.Old, r.Old.Rubric.Scale.Decimals)...)
		row = append(row, side(u.New, r.New.Rubric.Scale.Decimals)...)
		d := ""
		if u.Delta != nil {
			d = locale.Plain(msg.EN, *u.Delta, r.Decimals)
		}
		flags := make([]string, len(u.Flags))
		for k, f := range u.Flags {
			flags[k] = string(f)
		}
		flips := make([]string, len(u.Flips))
		for k, f := range u.Flips {
			flips[k] = f.Indicator + ":" + f.From.String() + ">" + f.To.String()
		}
		row = append(row, d, strconv.Itoa(u.ZoneSteps), strings.Join(flags, ";"),
			strconv.Itoa(u.Down()), strconv.Itoa(u.Up()), output.CSVText(strings.Join(flips, ";")))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
