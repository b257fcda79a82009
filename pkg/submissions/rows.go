package submissions

import (
	"encoding/csv"
	"errors"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// readTables reads the main table, then each repeat table.
func (x *reader) readTables(main *table, repeats []*table) error {
	ml := newLayout(main)
	if isOurs(main.header) {
		x.plan = xlsform.NewPlan(x.r)
		unknown := ml.planColumns(x.plan, planKeys(x.plan, false), false)
		if p := x.checkColumns(ml, unknown, false); p != nil {
			// Columns the rubric's form does not have: the form of
			// another rubric, if its stamp says so; else labels in
			// another language.
			if !x.stampsAgree(ml) {
				return nil
			}
			x.f.Problems.Add(*p)
			return nil
		}
	} else {
		ml.wideColumns(x, false)
	}
	x.prepare(ml)
	if ml.unit < 0 {
		p := x.problem(msg.Error, main, main.hrow, 0, msg.PhoneNoUnitColumn)
		p.Cell = ""
		p.Hint = msg.HintPhoneUnitColumn
		return nil
	}
	if x.f.Problems.HasErrors() {
		return nil // the header is wrong: rows would only repeat it
	}
	x.needParents = len(repeats) > 0
	rows := 0
	if err := main.rows(func(row int, vals []string) error {
		rows++
		x.mainRow(ml, row, vals)
		return nil
	}); err != nil {
		return x.tableErr(main, err)
	}
	if rows == 0 {
		x.problem(msg.Notice, main, 0, 0, msg.PhoneNoSubmissions)
	}
	var repeatSeen bool
	for _, t := range repeats {
		l := newLayout(t)
		if x.plan != nil {
			if x.plan.Repeat == nil {
				continue
			}
			unknown := l.planColumns(x.plan, planKeys(x.plan, true), true)
			if p := x.checkColumns(l, unknown, true); p != nil {
				x.f.Problems.Add(*p)
				continue
			}
		} else {
			l.wideColumns(x, true)
			if len(l.used) == 0 {
				continue // a repeat holding no indicator
			}
		}
		repeatSeen = true
		x.prepare(l)
		if l.parentIndex < 0 && l.parentID < 0 {
			x.problem(msg.Error, t, 0, 0, msg.PhoneRepeatNoParentCol, "_parent_index, _submission__uuid, PARENT_KEY")
			continue
		}
		if err := t.rows(func(row int, vals []string) error {
			x.repeatRow(l, row, vals)
			return nil
		}); err != nil {
			return x.tableErr(t, err)
		}
	}
	if x.plan != nil && x.plan.Repeat != nil && !repeatSeen && rows > 0 {
		p := x.problem(msg.Notice, main, 0, 0, msg.PhoneRepeatsDropped, x.plan.Repeat.Name)
		if x.kind == KoboCSV {
			p.Hint = msg.HintPhoneExportXLSX
		}
	}
	return nil
}

// tableErr words an error while reading a table's rows.
func (x *reader) tableErr(t *table, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		// A text position, file:line:column (the CSV inside a zip named
		// after the zip).
		file := x.f.Input.Path
		if t.name != "" {
			file += " › " + t.name
		}
		return &msg.Problem{File: file, Line: pe.Line, Col: pe.Column, Key: msg.PhoneCSVBad, Args: []any{pe.Err.Error()}}
	}
	return err
}

// checkColumns checks a kepatuhan form's table: the answers must be found
// by path, name or a label in one of the form's languages. It returns the
// problem when they are not; missing answers among found ones are noticed.
func (x *reader) checkColumns(l *layout, unknown []int, repeat bool) *msg.Problem {
	found := map[*rubric.Indicator]bool{}
	for _, c := range l.cols {
		if c.kind == colField && c.role == xlsform.RoleAnswer {
			found[c.ind] = true
		}
	}
	var missing []string
	for _, f := range x.plan.Fields {
		if f.Role == xlsform.RoleAnswer && f.InRepeat() == repeat && !found[f.Indicator] {
			missing = append(missing, f.Indicator.Code)
		}
	}
	t := l.t
	if len(unknown) > 0 && ((len(found) == 0 && len(missing) > 0) || (!repeat && l.unit < 0)) {
		return &msg.Problem{File: x.f.Input.Path, Sheet: t.name, Cell: t.place(t.hrow, unknown[0]+1).Cell(),
			Key: msg.PhoneLabelLanguage, Args: []any{xlsform.LangID + ", " + xlsform.LangEN}, Hint: msg.HintPhoneExportXML}
	}
	if len(missing) > 0 {
		p := x.problem(msg.Notice, t, 0, 0, msg.PhoneMissingColumns, strings.Join(missing, ", "))
		p.Hint = msg.HintPhoneWholeExport
	}
	return nil
}

// stampsAgree reads only the rubric stamps of a main table whose columns
// do not fit the rubric's form: a stamp of another rubric is the reason,
// reported as an error even with ForceRubric (the columns cannot be read
// with this rubric). It reports whether all stamps were this rubric's.
func (x *reader) stampsAgree(l *layout) bool {
	if l.stamp[2] < 0 {
		return true
	}
	force := x.o.ForceRubric
	x.o.ForceRubric = false
	defer func() { x.o.ForceRubric = force }()
	agree := true
	l.t.rows(func(row int, vals []string) error {
		if h := value(vals, l.stamp[2]); h != "" && h != x.r.Hash() {
			x.stamped(l, row, vals, submission{id: value(vals, l.id), row: row})
			agree = false
		}
		return nil
	})
	return agree
}

// value returns a row's trimmed value in column i (-1: "").
func value(vals []string, i int) string {
	if i < 0 {
		return ""
	}
	return score.Trim(vals[i])
}

// mainRow reads one submission.
func (x *reader) mainRow(l *layout, row int, vals []string) {
	t := l.t
	s := submission{id: value(vals, l.id), time: value(vals, l.time), row: row}
	p := &parent{}
	if x.needParents && l.index >= 0 {
		if v := value(vals, l.index); v != "" {
			x.parents["i"+v] = p
		}
	}
	if s.id != "" {
		if prev, dup := x.ids[s.id]; dup {
			x.problem(msg.Error, t, row, l.id+1, msg.PhoneDuplicateID, s.id, prev.String())
			return
		}
		x.ids[s.id] = t.place(row, l.id+1)
		if x.needParents {
			x.parents["u"+s.id] = p
			if root, _, ok := strings.Cut(s.id, "/"); ok {
				x.parents["u"+root] = p
			}
		}
	}
	if !x.reviewed(l, row, vals, s) || !x.stamped(l, row, vals, s) {
		return
	}
	key, meta, ok := x.unitOf(l, row, vals, s)
	if !ok {
		return
	}
	p.unit = key
	s.at = t.place(row, l.unit+1)
	if l.survey {
		fr := x.pool(key, meta, t, row, l)
		x.respond(fr, l, row, vals)
		return
	}
	v := &visit{sub: s}
	v.fr = x.fragment(key, meta, s.at)
	x.observe(v, l, row, vals)
	p.visit = v
	x.keep(v, t)
}

// reviewed applies the reviewer's verdict: a rejected or not approved
// submission is left out (noticed), unless IncludeRejected.
func (x *reader) reviewed(l *layout, row int, vals []string, s submission) bool {
	if l.review < 0 {
		return true
	}
	raw := value(vals, l.review)
	if raw == "" {
		return true
	}
	st := reviewKey(raw)
	t := l.t
	switch st {
	case "", "approved", "on hold", "hasissues", "edited", "received":
		return true
	case "rejected":
		if x.o.IncludeRejected {
			x.problem(msg.Notice, t, row, l.review+1, msg.PhoneRejectedIncluded, s.shownID())
			return true
		}
		p := x.problem(msg.Notice, t, row, l.review+1, msg.PhoneRejectedLeftOut, s.shownID(), raw)
		p.Hint = msg.HintPhoneIncludeFlag
		return false
	case "not approved":
		if x.o.IncludeRejected {
			x.problem(msg.Notice, t, row, l.review+1, msg.PhoneNotApprovedIn, s.shownID())
			return true
		}
		p := x.problem(msg.Notice, t, row, l.review+1, msg.PhoneNotApprovedOut, s.shownID(), raw)
		p.Hint = msg.HintPhoneIncludeFlag
		return false
	}
	if x.o.IncludeRejected {
		return true
	}
	p := x.problem(msg.Error, t, row, l.review+1, msg.PhoneUnknownReview, raw, s.shownID())
	p.Hint = msg.HintPhoneReview
	return false
}

// stamped checks the rubric stamp of a kepatuhan form's submission.
func (x *reader) stamped(l *layout, row int, vals []string, s submission) bool {
	if x.plan == nil {
		return true
	}
	ref, ver, hash := value(vals, l.stamp[0]), value(vals, l.stamp[1]), value(vals, l.stamp[2])
	t := l.t
	if hash == x.r.Hash() {
		return true
	}
	key := ref + "\x00" + ver + "\x00" + hash
	first := !x.stamps[key]
	x.stamps[key] = true
	if hash == "" {
		if first {
			x.problem(msg.Error, t, row, l.stamp[2]+1, msg.PhoneNoStamp, s.shownID(), xlsform.NameHash)
		}
		return false
	}
	short := rubric.ShortHash(hash)
	if x.o.ForceRubric {
		if first {
			x.problem(msg.Notice, t, row, l.stamp[2]+1, msg.PhoneFormVersionForced, s.shownID(), ref, ver, short, x.r.Ref(), x.r.Version)
		}
		return true
	}
	if first {
		p := x.problem(msg.Error, t, row, l.stamp[2]+1, msg.PhoneFormVersion, s.shownID(), ref, ver, short, x.r.Ref(), x.r.Version, x.r.Hash()[:12])
		p.Hint = msg.HintPhoneNewForm
	}
	return false
}

// unitMeta is a unit's details as a row (and the unit list) give them.
type unitMeta struct {
	code                                         string
	name, typ, region, period, assessor, date    string
	nameAt, typeAt, regionAt, periodAt, assessAt results.Place
	dateAt                                       results.Place
}

// unitOf reads a row's unit and details.
func (x *reader) unitOf(l *layout, row int, vals []string, s submission) (string, *unitMeta, bool) {
	t := l.t
	raw := value(vals, l.unit)
	if i := strings.Index(raw, " — "); i > 0 {
		raw = score.Trim(raw[:i]) // a Kobo export of labels: "CODE — Name"
	}
	// A code of invisible characters only (a control character, a
	// zero-width space) is no code: the unit would have an empty key.
	key := rubric.CodeKey(raw)
	if key == "" {
		if l.survey || x.rowHasAnswer(l, vals) {
			x.problem(msg.Error, t, row, l.unit+1, msg.PhoneNoUnit, s.shownID())
		}
		return "", nil, false
	}
	m := &unitMeta{code: raw}
	ok := true
	for _, i := range l.meta {
		c := l.cols[i]
		v := value(vals, i)
		if v == "" || c.kind != colField {
			continue
		}
		at := t.place(row, i+1)
		switch c.role {
		case xlsform.RoleUnitName:
			m.name, m.nameAt = v, at
		case xlsform.RoleUnitType:
			id, known := x.unitType(v, t, row, i+1)
			m.typ, m.typeAt = id, at
			ok = ok && known
		case xlsform.RoleRegion:
			m.region, m.regionAt = v, at
		case xlsform.RolePeriod:
			m.period, m.periodAt = period(v), at
		case xlsform.RoleAssessor:
			m.assessor, m.assessAt = v, at
		case xlsform.RoleDate:
			if d, okd := sheet.ParseDate(v, t.date); okd {
				m.date = d
			} else {
				p := x.problem(msg.Notice, t, row, i+1, msg.SheetBadDate, v)
				p.Hint = msg.HintDateFormats
				m.date = v
			}
			m.dateAt = at
		}
	}
	if x.list != nil {
		u, found := x.list[key]
		if !found {
			p := x.problem(msg.Error, t, row, l.unit+1, msg.PhoneUnitNotInList, raw, x.o.UnitsFile)
			if near, okn := suggest.Nearest(raw, x.codes); okn {
				p.Hint, p.HintArgs = msg.HintDidYouMean, []any{near}
			} else {
				p.Hint = msg.HintPhoneUnitList
			}
			return "", nil, false
		}
		m.code = u.Code
		if m.typ != "" && u.Type != "" && !strings.EqualFold(m.typ, u.Type) {
			x.problem(msg.Error, t, row, int(m.typeAt.Col), msg.PhoneUnitTypeConflict, u.Code, m.typ, u.Type, x.o.UnitsFile)
			ok = false
		}
		fill := func(dst *string, src string) {
			if *dst == "" {
				*dst = src
			}
		}
		fill(&m.name, u.Name)
		fill(&m.typ, u.Type)
		fill(&m.region, u.Region)
		fill(&m.period, u.Period)
	}
	return rubric.CodeKey(m.code), m, ok
}

// rowHasAnswer reports whether a row answers any indicator.
func (x *reader) rowHasAnswer(l *layout, vals []string) bool {
	for _, i := range l.inds {
		if l.cols[i].role == xlsform.RoleAnswer && value(vals, i) != "" {
			return true
		}
	}
	return false
}

// unitType resolves a unit type against the rubric's; known is false
// when it was reported.
func (x *reader) unitType(v string, t *table, row, col int) (string, bool) {
	if len(x.r.UnitTypes) == 0 {
		return strings.ToLower(v), true
	}
	if ut, ok := x.r.UnitType(v); ok {
		return ut.ID, true
	}
	ids := make([]string, len(x.r.UnitTypes))
	for i, u := range x.r.UnitTypes {
		ids[i] = u.ID
	}
	p := x.problem(msg.Error, t, row, col, msg.SheetUnknownUnitType, v, x.r.Ref())
	if near, ok := suggest.Nearest(v, ids); ok {
		p.Hint, p.HintArgs = msg.HintDidYouMean, []any{near}
	} else {
		p.Hint, p.HintArgs = msg.HintValidValues, []any{strings.Join(ids, ", ")}
	}
	return strings.ToLower(v), false
}

// period renders a year as a year: "2024", not "2024.0".
func period(s string) string {
	if f, ok := score.ParseNumber(s); ok && f == math.Trunc(f) && f > 0 && f < 10000 {
		return strconv.Itoa(int(f))
	}
	return s
}

// fragment starts a unit's observation fragment.
func (x *reader) fragment(key string, m *unitMeta, at results.Place) *sheet.Fragment {
	fr := &sheet.Fragment{Unit: x.units.next(x.r, key), Where: at}
	fr.Unit.Sources = []results.Place{{Sheet: at.Sheet}}
	u := &fr.Unit
	u.Name, u.Type, u.Region, u.Period, u.Assessor, u.Date = m.name, m.typ, m.region, m.period, m.assessor, m.date
	return fr
}

// observe reads a submission's answers, notes and photos into v.
func (x *reader) observe(v *visit, l *layout, row int, vals []string) {
	t := l.t
	u := &v.fr.Unit
	touched := x.touched[:0]
	for _, i := range l.inds {
		c := l.cols[i]
		if c.ind == nil {
			continue
		}
		k := c.ind.Index()
		ir := &u.Indicators[k]
		val := value(vals, i)
		switch c.role {
		case xlsform.RoleAnswer:
			if ir.Status == results.NA && ir.Answer == "N/A" {
				continue // its applies column said N/A
			}
			ir.Source = t.place(row, i+1)
			if val == "" {
				continue
			}
			pr := x.parse(c, val)
			if pr.prob != nil {
				x.located(pr.prob, t, row, i+1)
				continue
			}
			ir.Answer = pr.answer
			if pr.p.NA {
				ir.Status = results.NA
				continue
			}
			ir.Status, ir.Value = results.Answered, pr.p.Value
		case xlsform.RoleApplies:
			if val == "" {
				continue
			}
			pr := x.parse(c, val)
			if pr.prob != nil {
				x.located(pr.prob, t, row, i+1)
				continue
			}
			if pr.p.NA {
				ir.Status, ir.Answer, ir.Source = results.NA, "N/A", t.place(row, i+1)
			}
		case xlsform.RoleNote:
			if val != "" {
				x.notes[k] = val
				touched = append(touched, k)
			}
		case xlsform.RolePhoto:
			if val != "" {
				m := Media{Unit: u.Code, Indicator: c.ind.Code, Submission: v.sub.id, Name: val, At: t.place(row, i+1)}
				if c.field != nil {
					m.Question = c.field.Name
				}
				x.photos[k] = append(x.photos[k], m)
				touched = append(touched, k)
			}
		}
	}
	// Kobo's download links: PHOTO_URL beside PHOTO.
	for _, i := range l.urls {
		c := l.cols[i]
		if url := value(vals, i); url != "" {
			ph := x.photos[c.ind.Index()]
			for j := range ph {
				if ph[j].Question == c.field.Name {
					ph[j].URL = url
				}
			}
		}
	}
	for _, k := range touched {
		note, ph := x.notes[k], x.photos[k]
		if note == "" && len(ph) == 0 {
			continue // handled already
		}
		ir := &u.Indicators[k]
		ir.SetRemark(&results.Remark{Note: note, Evidence: Evidence(ph)})
		if len(ph) > 0 {
			ir.Remark().EvidenceAt = ph[0].At
		}
		if x.o.Media {
			x.media = append(x.media, ph...)
			for range ph {
				x.mediaOf = append(x.mediaOf, v)
			}
		}
		x.notes[k], x.photos[k] = "", ph[:0]
		if ir.Source.Sheet == nil {
			ir.Source = t.place(row, 0)
		}
	}
	x.touched = touched
}

// Evidence is the evidence reference of an answer's photos: their file
// names, "; " between. (When photos become evidence of their own, the
// Media list is what carries them.)
func Evidence(ph []Media) string {
	switch len(ph) {
	case 0:
		return ""
	case 1:
		return ph[0].Name
	}
	names := make([]string, 0, len(ph))
	for _, m := range ph {
		names = append(names, m.Name)
	}
	return strings.Join(names, "; ")
}

// located adds a parse problem at a cell.
func (x *reader) located(p *msg.Problem, t *table, row, col int) {
	q := *p
	q.File, q.Sheet, q.Cell = x.f.Input.Path, t.name, t.place(row, col).Cell()
	x.f.Problems = append(x.f.Problems, q)
}

// prepare readies a layout for its rows: its columns split by what they
// hold, and each choice of a kepatuhan form's selects read once.
func (x *reader) prepare(l *layout) {
	l.split()
	for _, i := range l.inds {
		c := &l.cols[i]
		if c.field == nil || c.field.List == nil {
			continue
		}
		c.choices = make([]parseResult, len(c.field.List.Choices))
		for j, ch := range c.field.List.Choices {
			c.choices[j] = x.parseNew(*c, ch.Name)
		}
	}
}

// parse reads one value of an answer or applies column: a choice's name
// straight from the column's choices, anything else through a cache.
func (x *reader) parse(c column, v string) parseResult {
	if c.choices != nil {
		for j := range c.field.List.Choices {
			if c.field.List.Choices[j].Name == v {
				return c.choices[j]
			}
		}
	}
	k := parseKey{c.ind, c.field, v}
	if pr, ok := x.parsed[k]; ok {
		return pr
	}
	pr := x.parseNew(c, v)
	if len(x.parsed) < 4096 {
		x.parsed[k] = pr
	}
	return pr
}

func (x *reader) parseNew(c column, v string) parseResult {
	ind := c.ind
	text := v
	if f := c.field; f != nil && f.List != nil {
		ch, ok := f.List.Find(v)
		if !ok {
			for _, cc := range f.List.Choices {
				if v == cc.Label.ID || v == cc.Label.EN {
					ch, ok = cc, true
					break
				}
			}
		}
		if !ok {
			names := make([]string, len(f.List.Choices))
			for i, cc := range f.List.Choices {
				names[i] = cc.Name
			}
			return parseResult{prob: &msg.Problem{Key: msg.PhoneChoiceUnknown, Args: []any{v, ind.Code, x.r.Ref()},
				Hint: msg.HintAccepted, HintArgs: []any{strings.Join(names, ", ")}}}
		}
		if c.role == xlsform.RoleApplies {
			return parseResult{p: score.Parsed{NA: ch.Answer == "N/A"}, answer: ch.Answer}
		}
		text = ch.Answer
	}
	p, prob := score.ParseAnswer(ind, text)
	if prob != nil && c.field == nil && strings.Contains(text, "_") {
		// Another form's choice names: "tidak_ada" for "Tidak ada".
		if p2, prob2 := score.ParseAnswer(ind, strings.ReplaceAll(text, "_", " ")); prob2 == nil {
			return parseResult{p: p2, answer: text}
		}
	}
	return parseResult{p: p, answer: text, prob: prob}
}

// keep applies the re-visit rule to a unit's new observation submission.
func (x *reader) keep(v *visit, t *table) {
	key := v.fr.Unit.Code
	old, dup := x.visits[key]
	if !dup {
		x.visits[key] = v
		x.order = append(x.order, v)
		return
	}
	a, b := old.sub, v.sub
	col := int(b.at.Col)
	if x.sameAnswers(old.fr, v.fr) {
		x.problem(msg.Notice, t, b.row, col, msg.PhoneRevisitSame, key, a.shownID(), a.row, b.shownID(), b.row)
		v.dropped = true
		return
	}
	args := []any{key, a.shownID(), a.shownTime(), a.row, b.shownID(), b.shownTime(), b.row}
	if !x.o.Latest {
		p := x.problem(msg.Error, t, b.row, col, msg.PhoneRevisit, args...)
		p.Hint = msg.HintPhoneLatest
		return
	}
	ta, okA := parseTime(a.time)
	tb, okB := parseTime(b.time)
	if !okA || !okB || ta.Equal(tb) {
		p := x.problem(msg.Error, t, b.row, col, msg.PhoneRevisitUndecided, args...)
		p.Hint = msg.HintPhoneTimes
		return
	}
	newer, older := v, old
	if ta.After(tb) {
		newer, older = old, v
	}
	x.problem(msg.Notice, t, b.row, col, msg.PhoneRevisitKept, key,
		newer.sub.shownID(), newer.sub.shownTime(), newer.sub.row, older.sub.shownID(), older.sub.shownTime(), older.sub.row)
	older.dropped = true
	if newer == v {
		for i, o := range x.order {
			if o == old {
				x.order[i] = v
			}
		}
		x.visits[key] = v
	}
}

// sameAnswers reports whether two submissions answer alike.
func (x *reader) sameAnswers(a, b *sheet.Fragment) bool {
	for i := range a.Unit.Indicators {
		p, q := &a.Unit.Indicators[i], &b.Unit.Indicators[i]
		if p.Status != q.Status || p.Value != q.Value || score.Normalize(p.Answer) != score.Normalize(q.Answer) {
			return false
		}
	}
	return true
}

// pool returns the unit's fragment of respondents, started when needed.
func (x *reader) pool(key string, m *unitMeta, t *table, row int, l *layout) *sheet.Fragment {
	fr, ok := x.surv[key]
	if !ok {
		at := t.place(row, l.unit+1)
		fr = &sheet.Fragment{Unit: x.units.next(x.r, key), Where: at, Survey: true}
		fr.Unit.Sources = []results.Place{{Sheet: t.sheet}}
		x.surv[key] = fr
		x.survOrder = append(x.survOrder, fr)
	}
	if m != nil {
		u := &fr.Unit
		for _, s := range []struct {
			dst *string
			src string
		}{{&u.Name, m.name}, {&u.Type, m.typ}, {&u.Region, m.region}, {&u.Period, m.period}} {
			if *s.dst == "" {
				*s.dst = s.src
			}
		}
	}
	return fr
}

// respond adds a respondent's answers to a unit's pool.
func (x *reader) respond(fr *sheet.Fragment, l *layout, row int, vals []string) {
	t := l.t
	for _, i := range l.inds {
		c := l.cols[i]
		if c.role != xlsform.RoleAnswer || c.ind == nil || c.ind.Type != rubric.Surv {
			continue
		}
		v := value(vals, i)
		if v == "" {
			continue
		}
		pr := x.parse(c, v)
		if pr.prob != nil {
			x.located(pr.prob, t, row, i+1)
			continue
		}
		if pr.p.NA {
			continue
		}
		ir := &fr.Unit.Indicators[c.ind.Index()]
		ir.Status = results.Answered
		ir.Value += pr.p.Value
		ir.Respondents++
		if ir.Source.Sheet == nil {
			ir.Source = results.Place{Sheet: t.sheet, Col: int32(i + 1)}
		}
	}
}

// repeatRow reads one row of a repeat group: a respondent met during its
// parent submission's visit.
func (x *reader) repeatRow(l *layout, row int, vals []string) {
	t := l.t
	var p *parent
	var col int
	var ref string
	if l.parentIndex >= 0 {
		if v := value(vals, l.parentIndex); v != "" {
			p, ref, col = x.parents["i"+v], v, l.parentIndex+1
		}
	}
	if ref == "" && l.parentID >= 0 {
		if v := value(vals, l.parentID); v != "" {
			root, _, _ := strings.Cut(v, "/")
			p, ref, col = x.parents["u"+root], v, l.parentID+1
		}
	}
	if p == nil {
		if ref == "" && !x.rowHasAnswer(l, vals) {
			return
		}
		if col == 0 {
			col = max(l.parentIndex, l.parentID) + 1
		}
		x.problem(msg.Error, t, row, col, msg.PhoneRepeatNoParent, ref)
		return
	}
	if p.unit == "" || (p.visit != nil && p.visit.dropped) {
		return // its submission is left out, or invalid (already reported)
	}
	fr := x.pool(p.unit, nil, t, row, l)
	if p.visit != nil {
		u, v := &fr.Unit, &p.visit.fr.Unit
		for _, s := range []struct {
			dst *string
			src string
		}{{&u.Name, v.Name}, {&u.Type, v.Type}, {&u.Region, v.Region}, {&u.Period, v.Period}} {
			if *s.dst == "" {
				*s.dst = s.src
			}
		}
	}
	x.respond(fr, l, row, vals)
}

// parseTime reads a submission time: ISO 8601 as KoboToolbox and ODK
// Central write it, with or without fractions and a zone.
func parseTime(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05.999999999Z0700",
		"2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	if f, ok := score.ParseNumber(s); ok && f > 1 && f < 2958466 {
		// A date-time cell: days since 1899-12-30.
		base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
		return base.Add(time.Duration(f * 24 * float64(time.Hour))).Round(time.Second), true
	}
	return time.Time{}, false
}

// unitSlab hands out the result slices of new units from shared blocks,
// as package sheet's reader does: one allocation per block of units
// instead of two per unit (30,000 submissions made 60,000).
type unitSlab struct {
	tmpl  results.Unit
	inds  []results.IndicatorResult
	grps  []results.GroupScore
	given int
}

// next returns a new unit for r with the given code, as score.NewUnit
// does.
func (a *unitSlab) next(r *rubric.Rubric, code string) results.Unit {
	if a.tmpl.Indicators == nil {
		a.tmpl = score.NewUnit(r, "")
	}
	ni, ng := len(a.tmpl.Indicators), len(a.tmpl.Groups)
	if len(a.inds) < ni || len(a.grps) < ng {
		k := min(a.given+1, 256)
		a.inds = make([]results.IndicatorResult, k*ni)
		a.grps = make([]results.GroupScore, k*ng)
	}
	u := results.Unit{Code: code, Indicators: a.inds[:ni:ni], Groups: a.grps[:ng:ng]}
	a.inds, a.grps = a.inds[ni:], a.grps[ng:]
	for i := range u.Groups {
		u.Groups[i].Code = a.tmpl.Groups[i].Code
	}
	a.given++
	return u
}

// reviewKey folds a review status for comparison: lower case, "_" as a
// space, runs of spaces one, Kobo's "validation_status_" dropped.
func reviewKey(raw string) string {
	b := make([]byte, 0, len(raw))
	space := false
	for _, c := range []byte(strings.ToLower(raw)) {
		if c == '_' || c == ' ' || c == '\t' {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return strings.TrimPrefix(string(b), "validation status ")
}
