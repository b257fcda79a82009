package card

import (
	"math"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// findings: every indicator not met or partly met, with what the rubric
// says about it and what the assessor wrote.
func (c *cardDoc) findings() {
	inds := c.sh.r.Indicators()
	var rows []int
	for i := range c.u.Indicators {
		if s := c.u.Indicators[i].Status; s == results.NotMet || s == results.Partial {
			rows = append(rows, i)
		}
	}
	if len(rows) == 0 {
		if c.u.Status == results.Complete {
			c.Heading(heading, c.t(msg.CardFindings, 0), 6)
			c.Font("", 8.5)
			c.Ink(palette.Text)
			c.Text(left, c.Y, width, 4.5, c.t(msg.CardNoFindings), "L")
			c.Y += 5
		}
		return
	}
	blocks := make([]findingBlock, len(rows))
	for k, i := range rows {
		blocks[k] = c.findingBlock(inds[i], &c.u.Indicators[i])
	}
	c.Heading(heading, c.t(msg.CardFindings, len(rows)), math.Min(blocks[0].height(), 40))
	for k := range blocks {
		c.drawFinding(&blocks[k])
	}
}

const (
	chipW   = 25.0
	codeX   = left + chipW + 2
	codeW   = 19.0
	textX   = codeX + codeW
	pointsW = 34.0
	labelW  = 30.0
	paraX   = codeX + labelW
	paraW   = right - paraX
	lhText  = 4.0
	lhSmall = 3.5
)

type findingBlock struct {
	ir     *results.IndicatorResult
	code   string
	title  []string
	points string
	paras  []para
}

// para is one labelled row of a finding: the label left, text right.
type para struct {
	label string
	lines []string
	small bool // the answer and the source: smaller, grey
}

func (p *para) lh() float64 {
	if p.small {
		return lhSmall
	}
	return lhText
}

func (b *findingBlock) height() float64 {
	h := lhText*float64(len(b.title)) + 1
	for i := range b.paras {
		h += b.paras[i].lh()*float64(len(b.paras[i].lines)) + 0.8
	}
	return h + 3.5
}

func (c *cardDoc) findingBlock(ind *rubric.Indicator, ir *results.IndicatorResult) findingBlock {
	sh := c.sh
	lang := string(sh.lang)
	b := findingBlock{ir: ir, code: ind.Code}
	b.title = c.wrap(ind.Text.In(lang), right-pointsW-textX-2, "", 8.5, true)
	b.points = c.t(msg.CardPointsOf, sh.num(ir.Points), sh.num(ir.Max))

	answer := c.answerText(ind, ir)
	if ind.Type == rubric.Surv {
		answer = c.surveyText(ind, ir)
	} else if c.unverified(ind.Index()) {
		answer += " (" + c.t(msg.CardUnverifiedMark) + ")"
	}
	b.paras = append(b.paras,
		para{c.t(msg.CardAnswer), c.wrap(answer, paraW, "", 7.5, false), true},
		para{c.t(msg.CardSource), c.wrap(c.place(ir.Source), paraW, "", 7.5, false), true})
	add := func(label, text string, shared bool) {
		text = strings.TrimSpace(text)
		if text == "" {
			return
		}
		b.paras = append(b.paras, para{label, c.wrap(text, paraW, "", 8.5, shared), false})
	}
	add(c.t(msg.CardFinding), ind.Finding.In(lang), true)
	add(c.t(msg.CardRecommendation), ind.Recommendation.In(lang), true)
	add(c.t(msg.CardNote), c.cut(ir.Note(), maxRemark), false)
	c.evidencePara(&b, ind, ir) // evidence.go
	return b
}

// answerText is the answer as written, with a level's description.
func (c *cardDoc) answerText(ind *rubric.Indicator, ir *results.IndicatorResult) string {
	a := locale.Truncate(strings.TrimSpace(ir.Answer), 60)
	if a == "" {
		a = locale.Written(c.sh.lang, ir.Value)
	}
	if ind.Type == rubric.Levels && ind.Levels != nil {
		if t, ok := ind.Levels.Descriptions[int(ir.Value)]; ok && !t.IsZero() {
			a += " – " + t.In(string(c.sh.lang))
		}
	}
	return a
}

func (c *cardDoc) drawFinding(b *findingBlock) {
	d := c.Flow
	c.Need(math.Min(b.height(), c.Bottom-pdfdoc.MarginTop-12))
	top := c.Y
	col := statusColors[b.ir.Status]
	label := c.sh.statusLabel(b.ir.Status)
	d.Fill(col)
	d.RoundedRect(left, top+0.2, chipW, 4.2, 1, "1234", "F")
	d.Font("B", 7)
	d.Ink(palette.White)
	d.Text(left, top+0.2, chipW, 4.2, d.Ellipsize(label, chipW-1), "C")

	d.Font("B", 8.5)
	d.Ink(palette.Text)
	d.Text(codeX, top, codeW, lhText, d.Ellipsize(b.code, codeW-1.5), "L")
	d.Font("", 8.5)
	c.Lines(textX, top, right-pointsW-textX, lhText, b.title, "L")
	d.Font("", 7.5)
	d.Ink(palette.Muted)
	d.Text(right-pointsW, top, pointsW, lhText, b.points, "R")
	c.Y = top + lhText*float64(len(b.title)) + 1

	for i := range b.paras {
		p := &b.paras[i]
		c.Need(p.lh())
		d.Font("B", 7.5)
		d.Ink(palette.Muted)
		d.Text(codeX, c.Y, labelW, p.lh(), p.label, "L")
		if p.small {
			d.Font("", 7.5)
		} else {
			d.Font("", 8.5)
			d.Ink(palette.Text)
		}
		c.FlowLines(paraX, paraW, p.lh(), p.lines)
		c.Y += 0.8
	}
	c.Y += 1
	d.Rule(codeX, right, c.Y, palette.Divider, 0.2)
	c.Y += 2.5
}

// others: the indicators answered N/A and those not applicable to the
// unit's type.
func (c *cardDoc) others() {
	var na, notApp []*results.IndicatorResult
	for i := range c.u.Indicators {
		switch c.u.Indicators[i].Status {
		case results.NA:
			na = append(na, &c.u.Indicators[i])
		case results.NotApplicable:
			notApp = append(notApp, &c.u.Indicators[i])
		}
	}
	if len(na) > 0 {
		c.Heading(heading, c.t(msg.CardNAList, len(na)), 8)
		c.list(na, srcNone, true)
	}
	if len(notApp) > 0 {
		typ := c.sh.typeLabel(c.u.Type)
		c.Heading(heading, c.t(msg.CardNotApplicableList, locale.Truncate(typ, maxShort), len(notApp)), 8)
		c.list(notApp, srcNone, false)
	}
}

// Columns of the table of every indicator.
const (
	tCodeW   = 19.0
	tAnswerW = 30.0
	tStatusW = 28.0
	tPointsW = 22.0
	tTextW   = width - tCodeW - tAnswerW - tStatusW - tPointsW
	tLH      = 3.5
)

// table: one row per indicator, under its groups.
func (c *cardDoc) table() {
	c.Heading(heading, c.t(msg.CardAllIndicators), 14)
	c.tbl = c.NewTable([]pdfdoc.Column{
		pdfdoc.Col(c.t(msg.CardCodeShort), tCodeW, "L"),
		pdfdoc.Col(c.t(msg.CardIndicator), tTextW, "L"),
		pdfdoc.Col(c.t(msg.CardAnswer), tAnswerW, "L"),
		pdfdoc.Col(c.t(msg.CardStatus), tStatusW, "L"),
		pdfdoc.Col(c.t(msg.CardPoints), tPointsW, "R"),
	}, 7.5, pdfdoc.Ruled)
	var walk func(g *rubric.Group)
	walk = func(g *rubric.Group) {
		if !g.IsRoot() {
			c.groupRow(g, false)
		}
		for _, sub := range g.Groups {
			walk(sub)
		}
		for _, ind := range g.Indicators {
			c.indicatorRow(ind, &c.u.Indicators[ind.Index()])
		}
	}
	walk(c.sh.r.Root())
	c.tableTotal(c.totalRows())
	c.tbl.End()
}

// totalRows are the lines that close the table of a complete unit: the
// scale's base if any, the rounding residual when the points printed
// above, each rounded on its own, do not add up to the score (26
// indicators of 3,85 are 100,10, the score 100,00), and the score.
func (c *cardDoc) totalRows() [][2]string {
	if c.u.Status != results.Complete || c.u.Score == nil {
		return nil
	}
	var parts []float64
	for i := range c.u.Indicators {
		if c.u.Indicators[i].Status.Scored() {
			parts = append(parts, c.u.Indicators[i].Points)
		}
	}
	var rows [][2]string
	if c.sh.base != 0 {
		rows = append(rows, [2]string{c.t(msg.CardBase), c.sh.num(c.sh.base)})
	}
	if r := c.residual(parts); r != 0 {
		rows = append(rows, [2]string{c.t(msg.CardResidual), c.signed(r)})
	}
	return append(rows, [2]string{c.t(msg.CardTotal), c.sh.num(*c.u.Score)})
}

// totalHeight is the height tableTotal draws rows in.
func totalHeight(rows [][2]string) float64 {
	if len(rows) == 0 {
		return 0
	}
	return 4.6*float64(len(rows)) + 0.8
}

// tableTotal draws the rows that close the table (totalRows), on the page
// of the last indicator, which kept room for them.
func (c *cardDoc) tableTotal(rows [][2]string) {
	if len(rows) == 0 {
		return
	}
	d := c.Flow
	c.tbl.Continued = nil
	c.Need(totalHeight(rows))
	for i, r := range rows {
		last := i == len(rows)-1
		style := ""
		if last {
			style = "B"
			d.Rule(left, right, c.Y+0.4, palette.Rule, 0.2)
			c.Y += 0.8
		}
		d.Font(style, 8)
		d.Ink(palette.Text)
		d.Text(left+tCodeW, c.Y, width-tCodeW-tPointsW, 4.6, r[0], "L")
		d.Text(right-tPointsW, c.Y, tPointsW, 4.6, r[1], "R")
		c.Y += 4.6
	}
}

// groupRow heads a group's rows in the table (again, "continued", at the
// top of a new page).
func (c *cardDoc) groupRow(g *rubric.Group, again bool) {
	d := c.Flow
	gs := c.u.Groups[c.sh.groupIdx[g]]
	indent := 2.5 * float64(g.Depth()-1)
	label := g.Name.In(string(c.sh.lang))
	if g.Code != "" {
		label = g.Code + " · " + label
	}
	if again {
		label += " (" + c.t(msg.CardContinued) + ")"
	}
	right1 := ""
	if gs.Complete {
		right1 = locale.Percent(c.sh.lang, gs.Fraction, 1)
	}
	if !again {
		// Never a heading alone at the foot of a page; on the pages the
		// group continues on, it is named again under the header.
		c.tbl.Continued = nil
		c.Need(6 + 3*tLH)
		c.tbl.Continued = func() { c.groupRow(g, true) }
	}
	c.Y += 0.8
	d.Fill(palette.Panel)
	d.Rect(left, c.Y, width, 4.6, "F")
	d.Font("B", 8)
	d.Ink(palette.Text)
	d.Text(left+indent, c.Y, width-indent-tPointsW, 4.6, d.Ellipsize(label, width-indent-tPointsW-2), "L")
	d.Text(right-tPointsW, c.Y, tPointsW, 4.6, right1, "R")
	c.Y += 5.2
}

func (c *cardDoc) indicatorRow(ind *rubric.Indicator, ir *results.IndicatorResult) {
	d := c.Flow
	lang := c.sh.lang
	text := c.wrap(ind.Text.In(string(lang)), tTextW-2, "", 7.5, true)
	var answer []string
	points := "–"
	switch ir.Status {
	case results.Met, results.Partial, results.NotMet:
		points = c.sh.num(c.round(ir.Points)) + " / " + c.sh.num(c.round(ir.Max))
		if ind.Type == rubric.Surv {
			answer = []string{locale.Num(lang, ir.Value, 2) + " (n = " + locale.Int(lang, int(ir.Respondents)) + ")"}
		} else {
			answer = c.wrap(locale.Truncate(strings.TrimSpace(ir.Answer), 60), tAnswerW-2, "", 7.5, false)
		}
	case results.NA:
		answer = c.wrap(firstNonEmpty(locale.Truncate(strings.TrimSpace(ir.Answer), 60), "N/A"), tAnswerW-2, "", 7.5, false)
	default:
		answer = []string{"–"}
	}
	if len(answer) > 3 {
		answer = answer[:3]
		answer[2] = d.Ellipsize(answer[2]+" …", tAnswerW-2)
	}
	// The unit's own answer, not yet verified: said under it.
	mark, lines := "", len(answer)
	if c.unverified(ind.Index()) && ir.Status != results.Missing {
		mark, lines = c.t(msg.CardUnverifiedMark), lines+1
	}
	n := max(len(text), lines)
	h := tLH*float64(n) + 1.2
	if ind.Index() == len(c.u.Indicators)-1 {
		// The last row keeps the lines that close the table with it.
		c.Need(h + totalHeight(c.totalRows()))
	}
	c.tbl.Row(h)
	d.Font("", 7.5)
	d.Ink(palette.Text)
	d.Text(left, c.Y, tCodeW, tLH, d.Ellipsize(ind.Code, tCodeW-1.5), "L")
	c.Lines(left+tCodeW, c.Y, tTextW, tLH, text, "L")
	c.Lines(left+tCodeW+tTextW, c.Y, tAnswerW, tLH, answer, "L")
	if mark != "" {
		d.Font("", 6.5)
		d.Ink(provisionalInk)
		d.Text(left+tCodeW+tTextW, c.Y+tLH*float64(len(answer)), tAnswerW, tLH, d.Ellipsize(mark, tAnswerW-1), "L")
	}
	d.Font("B", 7.5)
	d.Ink(statusColors[ir.Status])
	d.Text(right-tPointsW-tStatusW, c.Y, tStatusW, tLH, d.Ellipsize(c.sh.statusLabel(ir.Status), tStatusW-1), "L")
	d.Font("", 7.5)
	d.Ink(palette.Text)
	d.Text(right-tPointsW, c.Y, tPointsW, tLH, points, "R")
	c.Y += h
}
