package output

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Table is the human-readable terminal table: one line per unit with its
// score, grade or category, zone and answer counts, then a summary line,
// the region's score, and what is missing from incomplete units.
type Table struct{}

// Write implements Format.
func (Table) Write(w io.Writer, res *results.Results, o Options) error {
	r := res.Rubric
	lang := string(o.Lang)
	t := func(k msg.Key, args ...any) string { return msg.T(o.Lang, k, args...) }
	num := func(x float64) string { return locale.Plain(o.Lang, x, r.Scale.Decimals) }
	incomplete := t(msg.TableIncomplete)
	// A rubric without zones (SKM, the Ombudsman's 2025 model) has no
	// zone column, and its summary counts units per band.
	zoned := false
	for _, b := range r.Bands {
		zoned = zoned || b.Zone != rubric.NoZone
	}
	head := []string{t(msg.TableCode), t(msg.TableName), t(msg.TableType), t(msg.TableScore),
		t(msg.TableGrade), t(msg.TableZone), t(msg.TableMet), t(msg.TablePartial), t(msg.TableNotMet),
		t(msg.TableNA), t(msg.TableMissing)}
	// A round's columns (round.go), when some unit has one.
	hasRound := res.HasRound()
	rh := roundHeads(t)
	head = append(head, rh[:]...)
	// The rows are made twice, once to measure the columns and once to
	// write them, rather than kept: 10,000 units held ~2.5 MB of cells.
	var row [14]string
	fill := func(u *results.Unit) {
		typ := u.Type
		if ut, ok := r.UnitType(u.Type); ok {
			typ = ut.ID
		}
		scoreText, grade, zone := "—", incomplete, ""
		if u.Score != nil {
			scoreText = num(*u.Score)
			grade = locale.Clip(u.Band.Label.In(lang), 0)
			if u.Band.Grade != "" {
				grade = locale.Clip(u.Band.Grade, 0) + " · " + grade
			}
			zone = string(u.Band.Zone)
		}
		c := u.Counts
		rc := roundCells(u, o.Lang, r.Scale.Decimals, t)
		row = [14]string{locale.Clip(u.Code, 24), locale.Clip(u.Name, 34), locale.Clip(typ, 16), scoreText, grade, zone,
			count(c.Met), count(c.Partial), count(c.NotMet), count(c.NA + c.NotApplicable), count(c.Missing), rc[0], rc[1], rc[2]}
	}
	width := make([]int, len(head))
	measure := func(cells []string) {
		for j, cell := range cells {
			width[j] = max(width[j], utf8.RuneCountInString(cell))
		}
	}
	measure(head)
	for i := range res.Units {
		fill(&res.Units[i])
		measure(row[:])
	}
	right := [...]bool{3: true, 6: true, 7: true, 8: true, 9: true, 10: true, 11: true, 12: true, 13: false}
	b := bufio.NewWriterSize(w, 64<<10)
	var ln []byte
	// line writes one row, its trailing spaces trimmed.
	line := func(cells []string, zone rubric.Zone) {
		ln = ln[:0]
		for j, cell := range cells {
			if j == 5 && !zoned || j >= 11 && !hasRound {
				continue
			}
			if j > 0 {
				ln = append(ln, "  "...)
			}
			pad := width[j] - utf8.RuneCountInString(cell)
			if right[j] {
				ln = spaces(ln, pad)
			}
			if c := palette.TermZone(zone); j == 5 && o.Color && c != "" {
				ln = append(ln, c...)
				ln = append(ln, cell...)
				ln = append(ln, palette.TermReset...)
			} else {
				ln = append(ln, cell...)
			}
			if !right[j] && j < len(cells)-1 {
				ln = spaces(ln, pad)
			}
		}
		for len(ln) > 0 && ln[len(ln)-1] == ' ' {
			ln = ln[:len(ln)-1]
		}
		b.Write(append(ln, '\n'))
	}
	line(head, "")
	for i := range res.Units {
		u := &res.Units[i]
		fill(u)
		line(row[:], u.Zone())
	}
	// Summary: units per zone.
	s := res.Summarize()
	parts := []string{t(msg.TableUnits, s.Units)}
	if zoned {
		for _, z := range []rubric.Zone{rubric.Hijau, rubric.Kuning, rubric.Merah} {
			parts = append(parts, fmt.Sprintf("%s %d", z, s.Zones[z]))
		}
		if n := s.Zones[rubric.NoZone]; n > 0 {
			parts = append(parts, t(msg.TableNoZone, n))
		}
	} else {
		// Units per band, the highest first, named by grade or label.
		n := make([]int, len(r.Bands))
		for i := range res.Units {
			if u := &res.Units[i]; u.Score != nil && u.Band != nil {
				for j := range r.Bands {
					if r.Bands[j].Min == u.Band.Min {
						n[j]++
					}
				}
			}
		}
		for j := len(r.Bands) - 1; j >= 0; j-- {
			name := r.Bands[j].Grade
			if name == "" {
				name = r.Bands[j].Label.In(lang)
			}
			parts = append(parts, fmt.Sprintf("%s %d", name, n[j]))
		}
	}
	if s.Incomplete > 0 {
		parts = append(parts, t(msg.TableIncompleteCount, s.Incomplete))
	}
	if s.Provisional > 0 {
		parts = append(parts, t(msg.TableProvisionalCount, s.Provisional))
	}
	b.WriteString("\n" + strings.Join(parts, " · ") + "\n")
	if reg := score.Region(r, res.Units); reg.Score != nil {
		label := locale.Clip(reg.Band.Label.In(lang), 0)
		if reg.Band.Grade != "" {
			label = locale.Clip(reg.Band.Grade, 0) + " · " + label
		}
		if reg.Band.Zone == rubric.NoZone {
			b.WriteString(t(msg.TableRegionNoZone, reg.Units, num(*reg.Score), label) + "\n")
		} else {
			b.WriteString(t(msg.TableRegion, reg.Units, num(*reg.Score), label, string(reg.Band.Zone)) + "\n")
		}
	}
	if r.Modified() {
		b.WriteString(t(msg.TableRubricModified, r.Ref(), r.Version, r.Hash()[:12]) + "\n")
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
				ir, code := &u.Indicators[j], res.Rubric.Indicators()[j].Code
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
					miss = append(miss, code+" ("+locale.Clip(where, 0)+")")
				} else {
					miss = append(miss, code)
				}
			}
			if len(miss) == 0 {
				miss = append(miss, t(msg.TableNothingApplies))
			}
			b.WriteString("  " + locale.Clip(u.Code, 0) + ": " + strings.Join(miss, ", ") + "\n")
		}
	}
	return b.Flush()
}

// spaces appends n spaces.
func spaces(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, ' ')
	}
	return b
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
