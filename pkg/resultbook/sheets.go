package resultbook

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// hasGrades reports whether any band of the rubric has a grade.
func (b *book) hasGrades() bool {
	for _, bd := range b.res.Rubric.Bands {
		if bd.Grade != "" {
			return true
		}
	}
	return false
}

// zoned reports whether any band of the rubric has a zone: a rubric
// without (ombudsman-2025, skm-2017) is counted per band, as the annual
// report counts it, and its Summary has no zone column.
func (b *book) zoned() bool {
	for _, bd := range b.res.Rubric.Bands {
		if bd.Zone != rubric.NoZone {
			return true
		}
	}
	return false
}

// zoneText is what the Summary's zone column says for u.
func (b *book) zoneText(u *results.Unit) string {
	if u.Status != results.Complete {
		return b.t(msg.BookIncomplete)
	}
	return b.zoneLabel(u.Zone())
}

func (b *book) zoneLabel(z rubric.Zone) string {
	return b.res.Rubric.ZoneInfo(z).Label.In(string(b.lang))
}

func (b *book) unitType(u *results.Unit) string {
	if t, ok := b.res.Rubric.UnitType(u.Type); ok && u.Type != "" {
		return t.Label.In(string(b.lang))
	}
	return u.Type
}

func (b *book) unitStatus(u *results.Unit) string {
	if u.Status == results.Complete {
		return b.t(msg.BookComplete)
	}
	return b.t(msg.BookIncomplete)
}

func (b *book) indicatorStatus(s results.IndicatorStatus) string {
	switch s {
	case results.Met:
		return b.t(msg.BookStMet)
	case results.Partial:
		return b.t(msg.BookStPartial)
	case results.NotMet:
		return b.t(msg.BookStNotMet)
	case results.NA:
		return b.t(msg.BookStNA)
	case results.NotApplicable:
		return b.t(msg.BookStNotApplicable)
	case results.Missing:
		return b.t(msg.BookStMissing)
	}
	return s.String()
}

// summary writes the Summary sheet: one row per unit, in results order.
// The columns' caps keep it readable printed one page wide (landscape A4,
// 7 points or more): longer texts wrap.
func (b *book) summary() error {
	st := &b.styles
	grades, zoned := b.hasGrades(), b.zoned()
	cols := []column{
		{head: b.t(msg.BookColUnitCode), style: st.text, max: 24},
		{head: b.t(msg.BookColUnitName), style: st.wrap, max: 24, wrap: true},
		{head: b.t(msg.BookColUnitType), style: st.wrap, max: 14, wrap: true},
		{head: b.t(msg.BookColRegion), style: st.wrap, max: 14, wrap: true},
		{head: b.t(msg.BookColPeriod), style: st.wrap, max: 10, wrap: true},
		{head: b.t(msg.BookColScore), style: st.score, num: 9},
	}
	if grades {
		cols = append(cols, column{head: b.t(msg.BookColGrade), style: st.wrap, max: 12, wrap: true})
	}
	cols = append(cols, column{head: b.t(msg.BookColBand), style: st.wrap, max: 16, wrap: true})
	if zoned {
		// A rubric without zones has no zone column: its band says it.
		cols = append(cols, column{head: b.t(msg.BookColZone), style: st.text, max: 16, bold: true})
	}
	cols = append(cols,
		column{head: b.t(msg.BookColStatus), style: st.wrap, max: 14, wrap: true},
		column{head: b.t(msg.BookColMet), style: st.integer, num: 6, turned: true},
		column{head: b.t(msg.BookColPartial), style: st.integer, num: 6, turned: true},
		column{head: b.t(msg.BookColNotMet), style: st.integer, num: 6, turned: true},
		column{head: b.t(msg.BookColNA), style: st.integer, num: 6, turned: true},
		column{head: b.t(msg.BookColNotApplicable), style: st.integer, num: 6, turned: true},
		column{head: b.t(msg.BookColMissing), style: st.integer, num: 6, turned: true},
	)
	cols = append(cols, b.roundColumns()...) // round.go
	zoneCol := 0                             // 1-based; 0: none
	for i, c := range cols {
		if zoned && c.head == b.t(msg.BookColZone) {
			zoneCol = i + 1
		}
	}
	t := &table{cols: cols}
	row := make([]excelize.Cell, 0, len(cols))
	gen := func(emit func([]excelize.Cell) error) error {
		for i := range b.res.Units {
			u := &b.res.Units[i]
			row = append(row[:0], cell(st.text, u.Code), cell(st.wrap, u.Name), cell(st.wrap, b.unitType(u)),
				cell(st.wrap, u.Region), cell(st.wrap, u.Period))
			var score, band excelize.Cell
			if u.Score != nil {
				score = cell(st.score, *u.Score)
			}
			if u.Band != nil {
				band = cell(st.wrap, u.Band.Label.In(string(b.lang)))
			}
			row = append(row, score)
			if grades {
				row = append(row, cell(st.wrap, u.Grade()))
			}
			row = append(row, band)
			if zoned {
				row = append(row, cell(st.text, b.zoneText(u)))
			}
			c := u.Counts
			row = append(row, cell(st.wrap, b.unitStatus(u)),
				cell(st.integer, c.Met), cell(st.integer, c.Partial), cell(st.integer, c.NotMet),
				cell(st.integer, c.NA), cell(st.integer, c.NotApplicable), cell(st.integer, c.Missing))
			row = b.roundCells(u, row)
			if err := emit(row); err != nil {
				return err
			}
		}
		return nil
	}
	return b.streamTable(b.names.summary, t, 1, gen, func(t *table) error {
		if t.rows == 0 || zoneCol == 0 {
			return nil
		}
		col := results.ColumnName(zoneCol)
		ref := fmt.Sprintf("%s2:%s%d", col, col, t.rows+1)
		var rules []excelize.ConditionalFormatOptions
		for _, z := range b.zoneOrder() {
			rules = append(rules, equalsRule(b.zoneLabel(z), b.styles.zoneCF[z]))
		}
		rules = append(rules, equalsRule(b.t(msg.BookIncomplete), b.styles.incCF))
		return b.f.SetConditionalFormat(b.names.summary, ref, rules)
	})
}

// equalsRule is a conditional format: cells whose text is s get style.
func equalsRule(s string, style int) excelize.ConditionalFormatOptions {
	return excelize.ConditionalFormatOptions{Type: "cell", Criteria: "==", Value: formulaString(s), Format: &style}
}

// formulaString quotes s as a string literal of a formula.
func formulaString(s string) string {
	out := make([]byte, 0, len(s)+2)
	out = append(out, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			out = append(out, '"')
		}
		out = append(out, s[i])
	}
	return string(append(out, '"'))
}

// details writes the Details sheet: one row per unit × indicator, streamed.
// Texts wrap within caps that keep the sheet readable printed one page
// wide; the respondents column only for a rubric with survey items.
func (b *book) details() error {
	st := &b.styles
	rb := b.res.Rubric
	lang := string(b.lang)
	survey := false
	for _, ind := range rb.Indicators() {
		survey = survey || ind.Type == rubric.Surv
	}
	cols := []column{
		{head: b.t(msg.BookColUnitCode), style: st.text, max: 20},
		{head: b.t(msg.BookColIndicator), style: st.text, max: 12},
		{head: b.t(msg.BookColGroup), style: st.text, max: 12},
		{head: b.t(msg.BookColIndicatorText), style: st.wrap, max: 34, wrap: true},
		{head: b.t(msg.BookColAnswer), style: st.wrap, max: 12, wrap: true},
		{head: b.t(msg.BookColStatus), style: st.wrap, max: 12, wrap: true},
		{head: b.t(msg.BookColValue), style: st.mean, num: 8, turned: true},
	}
	if survey {
		cols = append(cols, column{head: b.t(msg.BookColRespondents), style: st.integer, num: 8, turned: true})
	}
	cols = append(cols,
		column{head: b.t(msg.BookColFraction), style: st.percent, num: 8, turned: true},
		column{head: b.t(msg.BookColPoints), style: st.points, num: 8, turned: true},
		column{head: b.t(msg.BookColMax), style: st.points, num: 8, turned: true},
		column{head: b.t(msg.BookColNote), style: st.wrap, max: 18, wrap: true},
		column{head: b.t(msg.BookColEvidence), style: st.wrap, max: 14, wrap: true},
		column{head: b.t(msg.BookColSource), style: st.wrap, max: 20, wrap: true},
	)
	t := &table{cols: cols}
	inds := rb.Indicators()
	texts := make([]string, len(inds))
	groups := make([]string, len(inds))
	for i, ind := range inds {
		texts[i] = ind.Text.In(lang)
		if g := ind.Group(); g != nil && !g.IsRoot() {
			groups[i] = g.Code
			if groups[i] == "" {
				groups[i] = g.Name.In(lang)
			}
		}
	}
	status := map[results.IndicatorStatus]string{}
	for s := results.Missing; s <= results.NotApplicable; s++ {
		status[s] = b.indicatorStatus(s)
	}
	row := make([]excelize.Cell, 0, len(t.cols))
	gen := func(emit func([]excelize.Cell) error) error {
		for ui := range b.res.Units {
			u := &b.res.Units[ui]
			for i, ind := range inds {
				ir := &u.Indicators[i]
				row = append(row[:0], cell(st.text, u.Code), cell(st.text, ind.Code), cell(st.text, groups[i]),
					cell(st.wrap, texts[i]), cell(st.wrap, ir.Answer), cell(st.wrap, status[ir.Status]))
				var value, resp, frac, pts, mx excelize.Cell
				if ir.Status.Scored() {
					value = cell(st.mean, ir.Value)
					if ind.Type != rubric.Surv && ir.Value == float64(int64(ir.Value)) {
						value = cell(st.integer, ir.Value)
					}
					frac, pts, mx = cell(st.percent, ir.Fraction), cell(st.points, ir.Points), cell(st.points, ir.Max)
				} else if ir.Status == results.Missing && ir.Max > 0 {
					mx = cell(st.points, ir.Max)
				}
				if ind.Type == rubric.Surv && ir.Respondents > 0 {
					resp = cell(st.integer, ir.Respondents)
				}
				row = append(row, value)
				if survey {
					row = append(row, resp)
				}
				row = append(row, frac, pts, mx,
					cell(st.wrap, ir.Note()), cell(st.wrap, ir.Evidence()), cell(st.wrap, ir.Source.Short()))
				if err := emit(row); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return b.streamTable(b.names.details, t, 2, gen, nil)
}

// isFinding reports whether an indicator result is listed on the Findings
// sheet: not met, partly met, or (for an incomplete unit) missing.
func isFinding(s results.IndicatorStatus) bool {
	return s == results.NotMet || s == results.Partial || s == results.Missing
}

// findings writes the Findings sheet.
func (b *book) findings() error {
	st := &b.styles
	lang := string(b.lang)
	t := &table{cols: []column{
		{head: b.t(msg.BookColUnitCode), style: st.text, max: 20},
		{head: b.t(msg.BookColUnitName), style: st.wrap, max: 18, wrap: true},
		{head: b.t(msg.BookColIndicator), style: st.text, max: 12},
		{head: b.t(msg.BookColIndicatorText), style: st.wrap, max: 28, wrap: true},
		{head: b.t(msg.BookColStatus), style: st.wrap, max: 12, wrap: true},
		{head: b.t(msg.BookColAnswer), style: st.wrap, max: 10, wrap: true},
		{head: b.t(msg.BookColFinding), style: st.wrap, max: 26, wrap: true},
		{head: b.t(msg.BookColRecommendation), style: st.wrap, max: 26, wrap: true},
		{head: b.t(msg.BookColNote), style: st.wrap, max: 18, wrap: true},
		{head: b.t(msg.BookColEvidence), style: st.wrap, max: 12, wrap: true},
		{head: b.t(msg.BookColSource), style: st.wrap, max: 16, wrap: true},
	}}
	inds := b.res.Rubric.Indicators()
	missing := b.t(msg.BookFindingMissing)
	row := make([]excelize.Cell, 0, len(t.cols))
	gen := func(emit func([]excelize.Cell) error) error {
		for ui := range b.res.Units {
			u := &b.res.Units[ui]
			for i, ind := range inds {
				ir := &u.Indicators[i]
				if !isFinding(ir.Status) {
					continue
				}
				finding, rec := ind.Finding.In(lang), ind.Recommendation.In(lang)
				if ir.Status == results.Missing {
					finding, rec = missing, ""
				}
				row = append(row[:0], cell(st.text, u.Code), cell(st.wrap, u.Name), cell(st.text, ind.Code),
					cell(st.wrap, ind.Text.In(lang)), cell(st.wrap, b.indicatorStatus(ir.Status)), cell(st.wrap, ir.Answer),
					cell(st.wrap, finding), cell(st.wrap, rec), cell(st.wrap, ir.Note()), cell(st.wrap, ir.Evidence()),
					cell(st.wrap, ir.Source.Short()))
				if err := emit(row); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return b.streamTable(b.names.findings, t, 1, gen, nil)
}
