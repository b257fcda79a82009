package diff

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Table is the terminal report: the two runs, the comparability block,
// one line per unit (regressions first), the counts, the flags' legend,
// the zone transition matrix, the region's change and the indicators
// that changed status.
type Table struct{}

// Terminal colours of a unit's status and a note's level.
var (
	statusANSI = map[Status]string{Regressed: palette.TermBad, Improved: palette.TermGood}
	levelANSI  = map[Level]string{OK: palette.TermFine, Caution: palette.TermCare, Not: palette.TermBad}
)

// maxUnitsListed bounds the unit codes listed per indicator in the
// table; maxCodesListed the indicator codes listed per line.
const (
	maxUnitsListed = 8
	maxCodesListed = 12
)

// Write implements Format.
func (Table) Write(w io.Writer, r *Report, o RenderOptions) error {
	wd := words{lang: o.Lang, dec: r.Decimals, self: r.SelfVsVerified}
	paint := func(code, s string) string {
		if !o.Color || code == "" || s == "" {
			return s
		}
		return code + s + palette.TermReset
	}
	var b strings.Builder
	b.WriteString(wd.titleLine(r) + "\n")
	b.WriteString(wd.sideLine(msg.DiffOld, r.Old) + "\n")
	b.WriteString(wd.sideLine(msg.DiffNew, r.New) + "\n\n")

	b.WriteString(wd.t(msg.DiffComparability) + "\n")
	for _, n := range r.Comparability.Notes {
		b.WriteString("  " + paint(levelANSI[n.Level], n.Level.Mark()) + " " + locale.Clip(n.Text(o.Lang), 400) + "\n")
	}
	b.WriteString("\n")

	// Units.
	head := []string{wd.t(msg.DiffColStatus), wd.t(msg.DiffColCode), wd.t(msg.DiffColName), wd.t(msg.DiffColOld),
		wd.t(msg.DiffColNew), wd.t(msg.DiffColDelta), wd.t(msg.DiffColZone), wd.t(msg.DiffColIndicators), wd.t(msg.DiffColFlags)}
	for i := range head {
		head[i] = strings.ToUpper(head[i])
	}
	rows := [][]string{head}
	for i := range r.Units {
		u := &r.Units[i]
		rows = append(rows, []string{wd.status(u.Status), locale.Clip(u.Code, 24), locale.Clip(u.Name, 34),
			wd.score(u.Old, r.Old.Rubric.Scale.Decimals), wd.score(u.New, r.New.Rubric.Scale.Decimals),
			wd.delta(u.Delta), zoneChange(u), flipCounts(u), wd.flags(u.Flags)})
	}
	color := func(row, col int, cell string) string {
		if row == 0 {
			return cell
		}
		u := &r.Units[row-1]
		switch col {
		case 0:
			return paint(statusANSI[u.Status], cell)
		case 6:
			return paintZones(cell, o.Color)
		}
		return cell
	}
	if len(r.Units) == 0 {
		b.WriteString(wd.t(msg.DiffNoUnits) + "\n")
	} else {
		writeAligned(&b, rows, map[int]bool{3: true, 4: true, 5: true}, color)
	}
	b.WriteString("\n" + wd.summary(r) + "\n")
	for _, l := range wd.legends(r) {
		b.WriteString(l + "\n")
	}

	// Zone transitions.
	rowCats, colCats := r.matrixCats()
	if len(rowCats) > 0 && len(colCats) > 0 {
		b.WriteString("\n" + wd.t(msg.DiffMatrixTitle) + " (" + wd.t(msg.DiffMatrixOldNew) + ")\n")
		m := [][]string{{""}}
		for _, c := range colCats {
			m[0] = append(m[0], wd.category(c))
		}
		for _, rc := range rowCats {
			line := []string{wd.category(rc)}
			for _, cc := range colCats {
				n := r.Matrix[rc][cc]
				cell := "·"
				if n > 0 {
					cell = strconv.Itoa(n)
				}
				line = append(line, cell)
			}
			m = append(m, line)
		}
		right := map[int]bool{}
		for j := 1; j <= len(colCats); j++ {
			right[j] = true
		}
		writeAligned(&b, m, right, func(row, col int, cell string) string {
			if (row == 0) != (col == 0) {
				return paintZones(cell, o.Color)
			}
			return cell
		})
	}

	b.WriteString("\n" + wd.regionLine(r) + "\n")

	// Indicators.
	b.WriteString("\n" + wd.t(msg.DiffIndTitle) + "\n")
	if ch := r.changed(); len(ch) == 0 {
		b.WriteString(wd.t(msg.DiffIndNone) + "\n")
	} else {
		ih := []string{wd.t(msg.DiffColIndicator), wd.t(msg.DiffColMatch), wd.t(msg.DiffColDown), wd.t(msg.DiffColUp),
			wd.t(msg.DiffColCompared), wd.t(msg.DiffColDownUnits), wd.t(msg.DiffColUpUnits)}
		for i := range ih {
			ih[i] = strings.ToUpper(ih[i])
		}
		irows := [][]string{ih}
		for _, d := range ch {
			irows = append(irows, []string{locale.Clip(lineageText(d), 40), wd.match(d.Match), strconv.Itoa(d.Down), strconv.Itoa(d.Up),
				strconv.Itoa(d.Compared), locale.Clip(wd.listCodes(d.DownUnits, maxUnitsListed), 0),
				locale.Clip(wd.listCodes(d.UpUnits, maxUnitsListed), 0)})
		}
		writeAligned(&b, irows, map[int]bool{2: true, 3: true, 4: true}, nil)
	}
	if l := r.onlyCodes(MatchAdded); len(l) > 0 {
		b.WriteString(wd.t(msg.DiffIndOnlyNew, locale.Clip(wd.listCodes(l, maxCodesListed), 0)) + "\n")
	}
	if l := r.onlyCodes(MatchRemoved); len(l) > 0 {
		b.WriteString(wd.t(msg.DiffIndOnlyOld, locale.Clip(wd.listCodes(l, maxCodesListed), 0)) + "\n")
	}
	if changes := wd.changes(r); len(changes) > 0 {
		b.WriteString(wd.t(msg.DiffIndChanged) + "\n  " + strings.Join(changes, "\n  ") + "\n")
	}
	wd.writeEvidence(&b, r) // table_evidence.go
	_, err := io.WriteString(w, b.String())
	return err
}

// paintZones colours the zone names in s.
func paintZones(s string, on bool) string {
	if !on {
		return s
	}
	for _, z := range []rubric.Zone{rubric.Hijau, rubric.Kuning, rubric.Merah} {
		s = strings.ReplaceAll(s, string(z), palette.TermZone(z)+string(z)+palette.TermReset)
	}
	return s
}

// writeAligned writes rows as columns two spaces apart, right-aligning
// the columns in right; color (optional) decorates a padded-out cell.
func writeAligned(b *strings.Builder, rows [][]string, right map[int]bool, color func(row, col int, cell string) string) {
	var width []int
	for _, row := range rows {
		for j, cell := range row {
			if j == len(width) {
				width = append(width, 0)
			}
			width[j] = max(width[j], utf8.RuneCountInString(cell))
		}
	}
	for i, row := range rows {
		var line strings.Builder
		for j, cell := range row {
			if j > 0 {
				line.WriteString("  ")
			}
			pad := strings.Repeat(" ", width[j]-utf8.RuneCountInString(cell))
			if right[j] {
				line.WriteString(pad)
			}
			if color != nil {
				line.WriteString(color(i, j, cell))
			} else {
				line.WriteString(cell)
			}
			if !right[j] && j < len(row)-1 {
				line.WriteString(pad)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}
