package report

import (
	"math"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// issues: the incomplete units and the units with N/A answers.
func (p *pdfDoc) issues() {
	rp := p.rp
	p.Section(p.t(msg.ReportSecIssues), false, 40)
	var incomplete, na []Issue
	for _, is := range rp.Issues {
		if rp.Units[is.Unit].Status == results.Incomplete {
			incomplete = append(incomplete, is)
		}
		if len(is.NA) > 0 {
			na = append(na, is)
		}
	}
	inds := rp.Rubric.Indicators()
	p.Para(p.t(msg.ReportIssuesNote), 8.5, palette.Muted)
	list := func(title string, rows []Issue, none string, items func(is Issue) string, which func(is Issue) []int) {
		p.Heading(subHeading, title, 2*rowH+6)
		if len(rows) == 0 {
			p.Para(none, 9, palette.Muted)
			return
		}
		defer func() {
			// What the codes stand for.
			seen := make([]bool, len(inds))
			for _, is := range rows {
				for _, k := range which(is) {
					seen[k] = true
				}
			}
			var key []string
			for k, ok := range seen {
				if ok {
					key = append(key, inds[k].Code+" "+inds[k].Text.In(p.lang()))
				}
			}
			p.Para(joinSome(rp.Lang, key, 40)+".", 7.5, palette.Text)
		}()
		cols := []pdfdoc.Column{
			pdfdoc.Col(p.t(msg.ReportColCode), p.codeWidth(8), "L"),
			pdfdoc.Col(p.t(msg.ReportColName)+" · "+p.t(msg.ReportColType), 62, "L"),
			pdfdoc.Col(p.t(msg.ReportColItems), 0, "L"),
		}
		t := p.NewTable(cols, 8, pdfdoc.Shaded)
		for _, is := range rows {
			u := &rp.Units[is.Unit]
			lines := t.Wrap(2, items(is), "", 12)
			name, h := nameType(t, 1, u.Name, 3.5)
			h = math.Max(h, 3.6*float64(len(lines))+1.6)
			y := t.Row(h)
			t.Cell(0, y, rowH, u.Code, "B", palette.Text)
			p.drawNameType(t, 1, y, 3.5, name, rp.TypeLabel(u.Type))
			t.Lines(2, y, 3.6, lines, "", palette.Text)
			t.Done(h)
		}
		t.End()
	}
	list(p.t(msg.ReportIncompleteList, len(incomplete)), incomplete, p.t(msg.ReportNoIncomplete), func(is Issue) string {
		parts := make([]string, len(is.Missing))
		u := &rp.Units[is.Unit]
		for i, k := range is.Missing {
			parts[i] = inds[k].Code
			if c := u.Indicators[k].Source.Cell(); c != "" {
				parts[i] += " (" + c + ")"
			}
		}
		return strings.Join(parts, ", ")
	}, func(is Issue) []int { return is.Missing })
	p.Para(p.t(msg.ReportIncompleteNote), 7.5, palette.Muted)
	list(p.t(msg.ReportNAList, len(na)), na, p.t(msg.ReportNoNA), func(is Issue) string { return rp.Codes(is.NA) },
		func(is Issue) []int { return is.NA })
	p.Para(p.t(msg.ReportNANote), 7.5, palette.Muted)
}
