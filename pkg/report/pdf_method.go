package report

import (
	"math"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// methodology lays out Report.Method: how the scores were computed, the
// bands, the rubric's structure with weights, its sources and what the
// report decided.
func (p *pdfDoc) methodology() {
	rp, d := p.rp, p.Flow
	m := &rp.Method
	lang := rp.Lang
	p.Section(p.t(msg.ReportSecMethod), true, 0)

	kv := [][2]string{
		{p.t(msg.ReportRubric), m.Title},
		{p.t(msg.ReportMethodID), m.Ref + " · " + p.t(msg.ReportMethodVersion, m.Version) + " · " + m.Kind},
		{p.t(msg.ReportMethodHash), m.Hash},
		{p.t(msg.ReportMethodScale), m.Scale},
		{p.t(msg.ReportMethodRounding), m.Rounding},
		{p.t(msg.ReportMethodRollup), m.Rollup},
		{p.t(msg.ReportMethodIndicators), locale.Int(lang, m.Indicators)},
		{p.t(msg.ReportMethodTool), m.Tool},
	}
	if len(m.Inputs) > 0 {
		var files []string
		for _, in := range m.Inputs {
			sum := in.SHA256
			if len(sum) > 16 {
				sum = sum[:16]
			}
			files = append(files, locale.Truncate(in.Name, 120)+" (SHA-256 "+sum+")")
		}
		kv = append(kv, [2]string{p.t(msg.ReportMethodInputs), joinSome(lang, files, 20)})
	}
	const kw = 42.0
	for _, f := range kv {
		d.Font("", 8.5)
		lines := d.Wrap(f[1], width-kw)
		if len(lines) > 8 {
			lines = append(lines[:7], d.Ellipsize(strings.Join(lines[7:], " "), width-kw))
		}
		h := 4.2 * float64(len(lines))
		p.Need(h)
		d.Font("B", 8.5)
		d.Ink(palette.Muted)
		d.Text(left, p.Y, kw, 4.2, d.Ellipsize(f[0], kw-2), "L")
		d.Font("", 8.5)
		d.Ink(palette.Text)
		d.Lines(left+kw, p.Y, width-kw, 4.2, lines, "L")
		p.Y += h + 0.8
	}
	p.Y++
	p.Para(m.How, 8.5, palette.Text)

	// Bands.
	p.Heading(subHeading, p.t(msg.ReportBands), 2*rowH+4)
	// Rentang | Kategori (the grade) | Predikat | Zona: a grade column only
	// when the rubric has grades, a zone column only when it has zones (each
	// was empty, or "Tanpa zona", on every row otherwise); without zones
	// the band's colour goes with its predikat.
	var grades []string // as wide as the widest grade ("Sangat Kurang")
	for _, b := range m.Bands {
		grades = append(grades, b.Band.Grade)
	}
	cols := []pdfdoc.Column{pdfdoc.Col(p.t(msg.ReportColRange), 34, "L")}
	if rp.HasGrades() {
		cols = append(cols, pdfdoc.Col(p.t(msg.ReportColGrade), p.fitWidth(grades, "B", 8.5, 18, 34), "C"))
	}
	label := len(cols)
	cols = append(cols, pdfdoc.Col(p.t(msg.ReportColLabel), 0, "L"))
	if rp.Zoned {
		cols = append(cols, pdfdoc.Col(p.t(msg.ReportColZone), 34, "L"))
	}
	t := p.NewTable(cols, 8.5, pdfdoc.Shaded)
	for _, b := range m.Bands {
		y := t.Row(rowH)
		t.Cell(0, y, rowH, b.Range, "", palette.Text)
		if rp.HasGrades() {
			t.Cell(1, y, rowH, b.Band.Grade, "B", palette.Text)
		}
		if rp.Zoned {
			t.Cell(label, y, rowH, b.Label, "", palette.Text)
			t.Swatch(label+1, y, rowH, b.Color, b.Zone, "")
		} else {
			t.Swatch(label, y, rowH, b.Color, b.Label, "")
		}
		t.Done(rowH)
	}
	t.End()
	p.Para(p.t(msg.ReportBandsNote), 7.5, palette.Muted)

	// The structure with weights.
	p.Heading(subHeading, p.t(msg.ReportStructure), 2*rowH+4)
	t = p.NewTable([]pdfdoc.Column{
		pdfdoc.Col(p.t(msg.ReportColGroup), 0, "L"),
		pdfdoc.Col(p.t(msg.ReportColIndicators), 18, "R"),
		pdfdoc.Col(p.t(msg.ReportColWeight), 18, "R"),
		pdfdoc.Col(p.t(msg.ReportColShareWeight), 20, "R"),
	}, 8, pdfdoc.Shaded)
	for _, tr := range rp.Tree {
		name, n, style := "", 1, ""
		if tr.Group != nil {
			name = rp.GroupName(tr.Group)
			n = countIndicators(tr.Group)
			if tr.Depth == 1 {
				style = "B"
			}
		} else {
			name = tr.Indicator.Code + " · " + tr.Indicator.Text.In(p.lang())
		}
		indent := 3.5 * float64(tr.Depth-1)
		d.Font(style, 8)
		nw := t.Cols[0].W - 2*cellP - indent
		lines := d.Wrap(name, nw)
		if len(lines) > 2 {
			lines = []string{lines[0], d.Ellipsize(strings.Join(lines[1:], " "), nw)}
		}
		h := math.Max(rowH, 3.6*float64(len(lines))+1.4)
		y := t.Row(h)
		d.Ink(palette.Text)
		d.Lines(t.X[0]+cellP+indent, y+(h-3.6*float64(len(lines)))/2, nw, 3.6, lines, "L")
		t.Cell(1, y, h, locale.Int(lang, n), "", palette.Muted)
		t.Cell(2, y, h, rp.Weight(tr.Weight), "", palette.Text)
		t.Cell(3, y, h, locale.Percent(lang, tr.Share, 2), style, palette.Text)
		t.Done(h)
	}
	t.End()
	p.Para(m.StructureNote, 7.5, palette.Muted)

	// Sources and provenance.
	p.Heading(subHeading, p.t(msg.ReportSources), 10)
	if len(m.Sources) == 0 {
		p.Para(p.t(msg.ReportNoSources), 8.5, palette.Muted)
	}
	for i, s := range m.Sources {
		p.Para(strconv.Itoa(i+1)+". "+s.Title, 8.5, palette.Text)
		var more []string
		if s.URL != "" {
			link := s.URL
			if s.Copy != "" {
				link = upperFirst(s.Copy) + ": " + link
			}
			more = append(more, link)
		}
		if s.Note != "" {
			more = append(more, upperFirst(s.Note))
		}
		if len(more) > 0 {
			p.Y--
			d.Font("", 7.5)
			d.Ink(palette.Muted)
			for _, t := range more {
				p.FlowLines(left+5, width-5, 3.5, d.Wrap(t, width-5))
			}
			p.Y += 1.5
		}
	}
	if len(m.Provenance) > 0 {
		// The heading keeps its note, the table's header and a row or two
		// with it (it stood alone at a page's foot).
		p.Heading(subHeading, p.t(msg.ReportProvenance), 36)
		p.Para(p.t(msg.ReportProvenanceNote), 7.5, palette.Muted)
		t = p.NewTable([]pdfdoc.Column{
			pdfdoc.Col(p.t(msg.ReportColItem), 0, "L"),
			pdfdoc.Col(p.t(msg.ReportColStatus), 22, "L"),
			pdfdoc.Col(p.t(msg.ReportColSourceNote), 70, "L"),
		}, 7.5, pdfdoc.Shaded)
		for _, f := range m.Provenance {
			il := t.Wrap(0, f.Item, "", 8)
			sn := strings.TrimSpace(strings.Trim(f.Source+" · "+f.Note, " ·"))
			nl := t.Wrap(2, sn, "", 8)
			st := t.Wrap(1, f.State, "B", 2) // "belum diperiksa" takes two lines
			h := math.Max(rowH, 3.3*float64(max(len(il), len(nl), len(st)))+1.6)
			y := t.Row(h)
			t.Lines(0, y, 3.3, il, "", palette.Text)
			ink := palette.Text
			switch f.Status {
			case rubric.Published:
				ink = palette.Met
			case rubric.Unverified:
				ink = palette.Partial
			}
			t.Lines(1, y, 3.3, st, "B", ink)
			t.Lines(2, y, 3.3, nl, "", palette.Muted)
			t.Done(h)
		}
		t.End()
	}

	// What this report decided.
	p.Heading(subHeading, p.t(msg.ReportDecisions), 10)
	for _, s := range m.Decisions {
		p.Bullet(s)
	}
}

func countIndicators(g *rubric.Group) int {
	n := len(g.Indicators)
	for _, c := range g.Groups {
		n += countIndicators(c)
	}
	return n
}
