package ingest

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// merger combines the fragments of each unit found across sheets and
// files. The contract: a unit's codes compare case-insensitively after
// trimming; the same unit answered in two places is an error naming both,
// unless the answers are identical. A unit's observations and its survey
// responses may come from different sheets (a form and a Responden sheet).
type merger struct {
	r     *rubric.Rubric
	out   *Outcome
	order []string
	byKey map[string]*entry
	blank blanks // blank sheets that gave way to a unit's answers elsewhere
}

// entry is one unit being merged. unit points at the unit of its first
// fragment (or of a results file), which merging completes in place: the
// fragments belong to Load, and only units() copies them out.
type entry struct {
	unit     *results.Unit
	obsAt    results.Place // where the observations came from
	survAt   results.Place // where the survey responses came from
	scored   bool          // taken from a results file, already scored
	conflict bool          // answered differently in two places: dropped
}

func newMerger(r *rubric.Rubric, out *Outcome) *merger {
	return &merger{r: r, out: out, byKey: map[string]*entry{}}
}

func (m *merger) units() []results.Unit {
	m.blank.notices(m.out)
	m.blank = blanks{}
	n := 0
	for _, k := range m.order {
		if !m.byKey[k].conflict {
			n++
		}
	}
	us := make([]results.Unit, 0, n)
	for _, k := range m.order {
		if e := m.byKey[k]; !e.conflict {
			us = append(us, *e.unit)
		}
	}
	return us
}

// addScored adds a unit from a results file.
func (m *merger) addScored(u *results.Unit, file string) {
	key := rubric.CodeKey(u.Code)
	at := results.Place{Sheet: &results.Sheet{File: file}}
	if e, ok := m.byKey[key]; ok {
		if m.samePart(e.unit, u, false) && m.samePart(e.unit, u, true) {
			m.out.Problems.Add(msg.Problem{Severity: msg.Notice, File: file,
				Key: msg.IngestDuplicateUnitSame, Args: []any{key, e.obsAt.String()}})
			return
		}
		m.conflict(e, key, at, e.obsAt)
		return
	}
	m.order = append(m.order, key)
	m.byKey[key] = &entry{unit: u, obsAt: at, scored: true}
}

func (m *merger) add(fr *sheet.Fragment) {
	key := fr.Unit.Code
	e, ok := m.byKey[key]
	if !ok {
		e = &entry{unit: &fr.Unit}
		if fr.Survey {
			e.survAt = fr.Where
		} else {
			e.obsAt = fr.Where
		}
		m.order = append(m.order, key)
		m.byKey[key] = e
		return
	}
	if e.scored {
		if blankPart(m.r, &fr.Unit, fr.Survey) {
			m.blank.add(blankOf(fr), key)
			return
		}
		m.conflict(e, key, fr.Where, e.obsAt)
		return
	}
	prev := &e.obsAt
	if fr.Survey {
		prev = &e.survAt
	}
	if prev.Sheet != nil {
		if !fr.Survey && m.mergeRound(e, fr, prev) { // round.go
			return
		}
		if m.samePart(e.unit, &fr.Unit, fr.Survey) {
			m.out.Problems.Add(msg.Problem{Severity: msg.Notice, File: fr.Where.Sheet.File, Sheet: fr.Where.Sheet.Sheet,
				Cell: fr.Where.Cell(), Key: msg.IngestDuplicateUnitSame, Args: []any{key, prev.String()}})
			return
		}
		switch {
		case blankPart(m.r, &fr.Unit, fr.Survey):
			m.blank.add(blankOf(fr), key)
		case blankPart(m.r, e.unit, fr.Survey):
			m.blank.add(prev.Sheet.File, key)
			m.replacePart(e, fr, prev)
		default:
			m.conflict(e, key, fr.Where, *prev)
		}
		return
	}
	*prev = fr.Where
	// Take this part's indicators and merge the metadata.
	for i, ind := range m.r.Indicators() {
		if (ind.Type == rubric.Surv) == fr.Survey {
			e.unit.Indicators[i] = fr.Unit.Indicators[i]
		}
	}
	if fr.Survey {
		e.unit.Survey = fr.Unit.Survey
	}
	if !fr.Survey && fr.Unit.Round != nil {
		e.unit.Round = fr.Unit.Round
	}
	e.unit.Sources = append(e.unit.Sources, fr.Unit.Sources...)
	m.mergeMeta(e, fr)
}

// replacePart puts a fragment's answers in the place of the blank sheet
// the unit had for that part, with its sources and its header block
// (which the blank form had filled alike, or left empty).
func (m *merger) replacePart(e *entry, fr *sheet.Fragment, prev *results.Place) {
	old := prev.Sheet
	*prev = fr.Where
	for i, ind := range m.r.Indicators() {
		if (ind.Type == rubric.Surv) == fr.Survey {
			e.unit.Indicators[i] = fr.Unit.Indicators[i]
		}
	}
	srcs := e.unit.Sources[:0:0]
	for _, s := range e.unit.Sources {
		if s.Sheet != old {
			srcs = append(srcs, s)
		}
	}
	e.unit.Sources = append(srcs, fr.Unit.Sources...)
	u, v := e.unit, &fr.Unit
	for _, p := range [][2]*string{{&u.Name, &v.Name}, {&u.Type, &v.Type}, {&u.Region, &v.Region},
		{&u.Period, &v.Period}, {&u.Assessor, &v.Assessor}, {&u.Date, &v.Date}} {
		if *p[1] != "" {
			*p[0] = *p[1]
		}
	}
}

// samePart reports whether two fragments hold the same answers for the
// observation (or survey) indicators.
func (m *merger) samePart(a, b *results.Unit, survey bool) bool {
	for i, ind := range m.r.Indicators() {
		if (ind.Type == rubric.Surv) != survey {
			continue
		}
		x, y := &a.Indicators[i], &b.Indicators[i]
		if x.Status != y.Status || x.Value != y.Value || x.Respondents != y.Respondents ||
			score.Normalize(x.Answer) != score.Normalize(y.Answer) {
			return false
		}
	}
	return true
}

func (m *merger) conflict(e *entry, key string, here, there results.Place) {
	if e.conflict {
		return
	}
	e.conflict = true
	p := msg.Problem{Key: msg.IngestDuplicateUnit, Args: []any{key, there.String()}, Hint: msg.HintDuplicateUnit}
	if here.Sheet != nil {
		p.File, p.Sheet, p.Cell = here.Sheet.File, here.Sheet.Sheet, here.Cell()
	}
	m.out.Problems.Add(p)
}

func (m *merger) mergeMeta(e *entry, fr *sheet.Fragment) {
	u, v := e.unit, &fr.Unit
	pairs := []struct {
		name     string
		dst, src *string
	}{
		{"Nama Unit", &u.Name, &v.Name}, {"Jenis Unit", &u.Type, &v.Type}, {"Instansi", &u.Region, &v.Region},
		{"Tahun", &u.Period, &v.Period}, {"Penilai", &u.Assessor, &v.Assessor}, {"Tanggal", &u.Date, &v.Date},
	}
	for _, p := range pairs {
		switch {
		case *p.src == "":
		case *p.dst == "":
			*p.dst = *p.src
		case !strings.EqualFold(*p.dst, *p.src):
			m.out.Problems.Add(msg.Problem{File: fr.Where.Sheet.File, Sheet: fr.Where.Sheet.Sheet, Cell: fr.Where.Cell(),
				Key: msg.SheetConflictMeta, Args: []any{p.name, u.Code, *p.src, *p.dst, u.Sources[0].String()},
				Hint: msg.HintConflictMeta})
			e.conflict = true
		}
	}
}

// checkPeriods refuses a run whose units are of different periods (the
// Tahun of the header block or column): last year's results file or
// workbook left among this year's would change the region's score
// without a word. Units with no period are of any. It reports the first
// unit of each further period, naming the first unit of the first.
func (m *merger) checkPeriods() {
	type first struct {
		code, period string
		at           results.Place
	}
	var seen []first
	for _, k := range m.order {
		e := m.byKey[k]
		p := strings.TrimSpace(e.unit.Period)
		if e.conflict || p == "" {
			continue
		}
		known := false
		for _, f := range seen {
			if strings.EqualFold(f.period, p) {
				known = true
				break
			}
		}
		if known {
			continue
		}
		at := e.obsAt
		if at.Sheet == nil {
			at = e.survAt
		}
		if len(seen) > 0 {
			f := seen[0]
			pr := msg.Problem{Key: msg.IngestMixedPeriods, Args: []any{e.unit.Code, p, f.code, f.period, f.at.String()},
				Hint: msg.HintMixedPeriods}
			if at.Sheet != nil {
				pr.File, pr.Sheet, pr.Cell = at.Sheet.File, at.Sheet.Sheet, at.Cell()
			}
			m.out.Problems.Add(pr)
		}
		seen = append(seen, first{e.unit.Code, p, at})
	}
}
