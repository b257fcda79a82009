package output

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Table is the human-readable terminal table: one line per unit with its
// score, grade or category, zone and answer counts, then a summary line,
// the region's score, and what is missing from incomplete units.
type Table struct{}

const ansiReset = "\x1b[0m"

var zoneANSI = map[rubric.Zone]string{
	rubric.Hijau:  "\x1b[1;32m",
	rubric.Kuning: "\x1b[1;33m",
	rubric.Merah:  "\x1b[1;31m",
}

// Write implements Format.
func (Table) Write(w io.Writer, res *results.Results, o Options) error {
	r := res.Rubric
	lang := string(o.Lang)
	t := func(k msg.Key, args ...any) string { return msg.T(o.Lang, k, args...) }
	num := func(x float64) string {
		if o.Lang == msg.EN {
			return score.Format(x, r.Scale.Decimals)
		}
		return score.FormatID(x, r.Scale.Decimals)
	}
	head := []string{t(msg.TableCode), t(msg.TableName), t(msg.TableType), t(msg.TableScore),
		t(msg.TableGrade), t(msg.TableZone), t(msg.TableMet), t(msg.TablePartial), t(msg.TableNotMet),
		t(msg.TableNA), t(msg.TableMissing)}
	rows := make([][]string, 0, len(res.Units))
	zones := make([]rubric.Zone, 0, len(res.Units))
	for i := range res.Units {
		u := &res.Units[i]
		typ := u.Type
		if ut, ok := r.UnitType(u.Type); ok {
			typ = ut.ID
		}
		scoreText, grade, zone := "—", t(msg.TableIncomplete), ""
		if u.Score != nil {
			scoreText = num(*u.Score)
			grade = u.Band.Label.In(lang)
			if u.Band.Grade != "" {
				grade = u.Band.Grade + " · " + grade
			}
			zone = string(u.Band.Zone)
		}
		c := u.Counts
		rows = append(rows, []string{clip(u.Code, 24), clip(u.Name, 34), clip(typ, 16), scoreText, grade, zone,
			count(c.Met), count(c.Partial), count(c.NotMet), count(c.NA + c.NotApplicable), count(c.Missing)})
		zones = append(zones, u.Zone())
	}
	width := make([]int, len(head))
	for _, row := range append([][]string{head}, rows...) {
		for j, cell := range row {
			width[j] = max(width[j], utf8.RuneCountInString(cell))
		}
	}
	right := [...]bool{3: true, 6: true, 7: true, 8: true, 9: true, 10: true}
	var b bytes.Buffer
	b.Grow((len(rows) + 8) * (sum(width) + 2*len(width)))
	// line appends one row, its trailing spaces trimmed.
	line := func(row []string, zone rubric.Zone) {
		start := b.Len()
		for j, cell := range row {
			if j > 0 {
				b.WriteString("  ")
			}
			pad := width[j] - utf8.RuneCountInString(cell)
			if right[j] {
				spaces(&b, pad)
			}
			if j == 5 && o.Color && zoneANSI[zone] != "" {
				b.WriteString(zoneANSI[zone])
				b.WriteString(cell)
				b.WriteString(ansiReset)
			} else {
				b.WriteString(cell)
			}
			if !right[j] && j < len(row)-1 {
				spaces(&b, pad)
			}
		}
		n := b.Len()
		for n > start && b.Bytes()[n-1] == ' ' {
			n--
		}
		b.Truncate(n)
		b.WriteByte('\n')
	}
	line(head, "")
	for i, row := range rows {
		line(row, zones[i])
	}
	// Summary: units per zone.
	s := res.Summarize()
	parts := []string{t(msg.TableUnits, s.Units)}
	for _, z := range []rubric.Zone{rubric.Hijau, rubric.Kuning, rubric.Merah} {
		parts = append(parts, fmt.Sprintf("%s %d", z, s.Zones[z]))
	}
	if n := s.Zones[rubric.NoZone]; n > 0 {
		parts = append(parts, t(msg.TableNoZone, n))
	}
	if s.Incomplete > 0 {
		parts = append(parts, t(msg.TableIncompleteCount, s.Incomplete))
	}
	b.WriteString("\n" + strings.Join(parts, " · ") + "\n")
	if reg := score.Region(r, res.Units); reg.Score != nil {
		label := reg.Band.Label.In(lang)
		if reg.Band.Grade != "" {
			label = reg.Band.Grade + " · " + label
		}
		b.WriteString(t(msg.TableRegion, reg.Units, num(*reg.Score), label, string(reg.Band.Zone)) + "\n")
	}
	// What is missing.
	if s.Incomplete > 0 {
		b.WriteString("\n" + t(msg.TableMissingHead) + "\n")
		for i := range res.Units {
			u := &res.Units[i]
			if u.Status != results.Incomplete {
				continue
			}
			var miss []string
			for j := range u.Indicators {
				ir := &u.Indicators[j]
				if ir.Status != results.Missing {
					continue
				}
				if len(miss) == 8 {
					miss = append(miss, t(msg.TableMore, u.Counts.Missing-8))
					break
				}
				where := ir.Source.Cell()
				if where == "" && ir.Source.Sheet != nil {
					where = ir.Source.Sheet.Sheet
				}
				if where != "" {
					miss = append(miss, ir.Code+" ("+where+")")
				} else {
					miss = append(miss, ir.Code)
				}
			}
			if len(miss) == 0 {
				miss = append(miss, t(msg.TableNothingApplies))
			}
			b.WriteString("  " + u.Code + ": " + strings.Join(miss, ", ") + "\n")
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// spaces writes n spaces.
func spaces(b *bytes.Buffer, n int) {
	const blank = "                                                                "
	for n > len(blank) {
		b.WriteString(blank)
		n -= len(blank)
	}
	if n > 0 {
		b.WriteString(blank[:n])
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// smallCounts are the counts a unit usually has, as text.
var smallCounts = func() (out [100]string) {
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	return out
}()

func count(n int) string {
	switch {
	case n == 0:
		return "·"
	case n > 0 && n < len(smallCounts):
		return smallCounts[n]
	}
	return strconv.Itoa(n)
}

// clip shortens s to n runes and replaces control characters, so that a
// unit name cannot disturb the terminal.
func clip(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == utf8.RuneError {
			return '?'
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
