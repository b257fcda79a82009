package sheet

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/respondent"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Respondents: besides the answers, a respondents sheet (wide or long)
// may say who each respondent was — sex, age, education, occupation, the
// service used —, when they answered (the date column, which in a
// respondents sheet is the respondent's, not the unit's) and what they
// suggested. Each survey fragment gets a results.Survey holding the
// respondents counted, the dates, the characteristics tallied, the
// suggestions with their cells and each item's answers over its scale.
//
// A wide sheet is one row per respondent: a row with at least one answer
// is a respondent; a row with no answer but something else of a
// respondent (a characteristic, a date, a suggestion) is noticed and not
// counted; a row with only the unit and the respondent's number (a blank
// row of the form) is nothing. A long sheet is one row per answer: a
// respondent's rows are joined by the respondent column (the first value
// of each characteristic counts, a different later one is noticed);
// without that column nobody can be counted per person, and the
// characteristics are not tallied (noticed).
//
// Values of the closed lists are read with package respondent; a value
// not in its list is tallied as written, marked unlisted, and noticed
// once per value and sheet with the number of other cells holding it.

// traitFields are the sheet fields of respondent.Traits, in order.
var traitFields = [respondent.NTraits]field{fSex, fAge, fEducation, fOccupation, fService}

// respState is what a sheet reader keeps of its respondents.
type respState struct {
	// the answers the row being read gave (item index, value), and
	// whether it held any answer text, valid or not
	pending   []pendingAnswer
	tried     bool
	surveys   map[int]*surveyAcc  // by fragment index
	unlisted  map[[2]string]*note // by trait key and folded value
	notes     []*note             // unlisted values and bad dates, in the order met
	badDates  map[string]*note
	noRespCol bool // the sheet's characteristics went untallied: noticed
	// what texts read as (the same few values repeat on every row)
	traitCache map[traitText]traitParsed
	dateCache  map[string]string // "" for a text that is no date
}

type traitText struct {
	t    respondent.Trait
	text string
}

type traitParsed struct {
	value, folded string
	listed        bool
}

// cacheMax bounds each cache: free text (a name, an address) must not
// make it grow without end.
const cacheMax = 4096

// parseTrait reads a characteristic's text, with a cache.
func (rs *respState) parseTrait(t respondent.Trait, text string) traitParsed {
	k := traitText{t, text}
	if p, ok := rs.traitCache[k]; ok {
		return p
	}
	v, listed := t.Parse(text)
	p := traitParsed{value: v, folded: respondent.Fold(v), listed: listed}
	if len(rs.traitCache) < cacheMax {
		rs.traitCache[k] = p
	}
	return p
}

// parseDate reads a respondent's date, with a cache.
func (rs *respState) parseDate(text string, date1904 bool) (string, bool) {
	if d, ok := rs.dateCache[text]; ok {
		return d, d != ""
	}
	d, _ := parseDate(text, date1904)
	if len(rs.dateCache) < cacheMax {
		rs.dateCache[text] = d
	}
	return d, d != ""
}

// note is a notice that counts the other cells it stands for.
type note struct {
	p      msg.Problem
	others int
	more   msg.Key // the key when others > 0; "" to say nothing of them
}

type pendingAnswer struct {
	ind int
	v   float64
}

// surveyAcc accumulates one fragment's survey.
type surveyAcc struct {
	sv      *results.Survey
	tallies map[[2]string]int // trait key, folded value → index in sv.Traits
	items   map[int]int       // indicator index → index in sv.Answers
	byResp  map[string]*respRec
	order   []*respRec // long layout: respondents in the order met
	seen    map[string]bool
}

// respRec is one respondent of a long sheet, joined over their rows.
type respRec struct {
	id       string
	answered bool
	tried    bool // an answer was written, valid or not
	row      int
	vals     [respondent.NTraits]traitVal
	date     string
	dateAt   results.Place
	saran    []results.Suggestion
	hasData  bool
}

type traitVal struct {
	text   string // as written
	value  string // the list's key, or the text
	folded string // value as respondent.Fold makes it
	listed bool
	at     results.Place
}

func (s *keyedSheet) resp() *respState {
	if s.rs == nil {
		s.rs = &respState{surveys: map[int]*surveyAcc{}, unlisted: map[[2]string]*note{}, badDates: map[string]*note{},
			traitCache: map[traitText]traitParsed{}, dateCache: map[string]string{}}
	}
	return s.rs
}

// surveyOf returns fragment fi's survey, made on first use with one
// answer count per survey item of the rubric.
func (s *keyedSheet) surveyOf(fi int) *surveyAcc {
	rs := s.resp()
	if a, ok := rs.surveys[fi]; ok {
		return a
	}
	a := &surveyAcc{sv: &results.Survey{}, tallies: map[[2]string]int{}, items: map[int]int{}}
	// The items' counts cut from one block, and the answers in one slice:
	// a national round's 25,000 units made ten small allocations each.
	items, total := 0, 0
	for _, ind := range s.r.Indicators() {
		if ind.Type == rubric.Surv && ind.Survey != nil {
			items++
			total += ind.Survey.Max - ind.Survey.Min + 1
		}
	}
	counts := make([]int, total)
	if items > 0 {
		a.sv.Answers = make([]results.AnswerCounts, 0, items)
	}
	for _, ind := range s.r.Indicators() {
		if ind.Type != rubric.Surv || ind.Survey == nil {
			continue
		}
		n := ind.Survey.Max - ind.Survey.Min + 1
		a.items[ind.Index()] = len(a.sv.Answers)
		a.sv.Answers = append(a.sv.Answers, results.AnswerCounts{Code: ind.Code, Min: ind.Survey.Min,
			Counts: counts[:n:n]})
		counts = counts[n:]
	}
	s.f.Fragments[fi].Unit.Survey = a.sv
	rs.surveys[fi] = a
	return a
}

// tried records that the row being read holds an answer's text.
func (s *keyedSheet) tried() { s.resp().tried = true }

// answered records the row's answer v to a survey item, counted when
// the row ends (respondentRow).
func (s *keyedSheet) answered(ind *rubric.Indicator, v float64) {
	rs := s.resp()
	rs.pending = append(rs.pending, pendingAnswer{ind.Index(), v})
}

// respondentRow reads the rest of a respondent row of fragment fi, after
// its answers (wide) or its one answer (long).
func (s *keyedSheet) respondentRow(fi, row int, cells []workbook.Cell, id string) {
	rs := s.resp()
	a := s.surveyOf(fi)
	answered, tried := len(rs.pending) > 0, rs.tried
	for _, pa := range rs.pending {
		if k, ok := a.items[pa.ind]; ok {
			c := a.sv.Answers[k].Counts
			if i := int(pa.v) - a.sv.Answers[k].Min; i >= 0 && i < len(c) {
				c[i]++
			}
		}
	}
	rs.pending, rs.tried = rs.pending[:0], false
	var vals [respondent.NTraits]traitVal
	data := false
	for i, t := range respondent.Traits {
		c, ok := s.valueCell(cells, traitFields[i])
		if !ok {
			continue
		}
		p := rs.parseTrait(t, c)
		vals[i] = traitVal{text: c, value: p.value, folded: p.folded, listed: p.listed, at: s.place(row, s.col[traitFields[i]])}
		data = true
	}
	date, dateAt := "", results.Place{}
	if t, ok := s.valueCell(cells, fDate); ok {
		data = true
		dateAt = s.place(row, s.col[fDate])
		if d, ok := rs.parseDate(t, s.date); ok {
			date = d
		} else {
			s.badDate(t, row)
		}
	}
	var saran *results.Suggestion
	if t, ok := s.valueCell(cells, fSuggestion); ok {
		data = true
		if !noSuggestion(t) {
			saran = &results.Suggestion{Text: t, Respondent: id, Source: s.place(row, s.col[fSuggestion])}
		}
	}
	if s.layout == Wide {
		if !answered {
			if data && !tried {
				a.sv.Unanswered++
				p := s.problem(msg.Notice, row, s.unitCol, msg.SheetRespondentNoAnswer)
				p.Hint = msg.HintRespondentNoAnswer
			}
			return
		}
		s.count(a, vals, date, dateAt)
		if saran != nil {
			a.sv.Suggestions = append(a.sv.Suggestions, *saran)
		}
		return
	}
	// Long: join the respondent's rows.
	if id == "" {
		if data && !rs.noRespCol && s.hasTraitColumns() {
			rs.noRespCol = true
			p := s.problem(msg.Notice, s.headerRow, s.unitCol, msg.SheetTraitsNoRespondent)
			p.Hint = msg.HintTraitsRespondent
		}
		if saran != nil {
			// Each distinct suggestion once: a respondent's may repeat on
			// each of their rows.
			if a.seen == nil {
				a.seen = map[string]bool{}
			}
			if k := score.Normalize(saran.Text); !a.seen[k] {
				a.seen[k] = true
				a.sv.Suggestions = append(a.sv.Suggestions, *saran)
			}
		}
		if date != "" {
			s.widen(a.sv, date, dateAt)
		}
		return
	}
	if a.byResp == nil {
		a.byResp = map[string]*respRec{}
	}
	rec := a.byResp[id]
	if rec == nil {
		rec = &respRec{id: id, row: row}
		a.byResp[id] = rec
		a.order = append(a.order, rec)
	}
	rec.answered = rec.answered || answered
	rec.tried = rec.tried || tried
	rec.hasData = rec.hasData || data
	for i, v := range vals {
		if v.text == "" {
			continue
		}
		prev := &rec.vals[i]
		switch {
		case prev.text == "":
			*prev = v
		case prev.value != v.value:
			s.problem(msg.Notice, row, int(v.at.Col), msg.SheetTraitConflict, id, respondent.Traits[i].Phrase(), quote(v.text), quote(prev.text), prev.at.Cell())
		}
	}
	if date != "" && rec.date == "" {
		rec.date, rec.dateAt = date, dateAt
	}
	if saran != nil {
		for _, g := range rec.saran {
			if g.Text == saran.Text {
				return
			}
		}
		rec.saran = append(rec.saran, *saran)
	}
}

// count adds one respondent to a survey.
func (s *keyedSheet) count(a *surveyAcc, vals [respondent.NTraits]traitVal, date string, dateAt results.Place) {
	sv := a.sv
	sv.Respondents++
	if date == "" {
		sv.Undated++
	} else {
		s.widen(sv, date, dateAt)
	}
	for i, v := range vals {
		if v.text == "" {
			continue
		}
		t := respondent.Traits[i]
		folded := v.folded
		k := [2]string{t.Key(), folded}
		if j, ok := a.tallies[k]; ok {
			sv.Traits[j].N++
		} else {
			a.tallies[k] = len(sv.Traits)
			sv.Traits = append(sv.Traits, results.Tally{Trait: t.Key(), Value: v.value, N: 1, Unlisted: !v.listed, At: v.at})
		}
		if !v.listed {
			s.unlistedValue(t, v, folded)
		}
	}
}

// widen extends the survey's period to date.
func (s *keyedSheet) widen(sv *results.Survey, date string, at results.Place) {
	if sv.First == "" || date < sv.First {
		sv.First, sv.FirstAt = date, at
	}
	if sv.Last == "" || date > sv.Last {
		sv.Last, sv.LastAt = date, at
	}
}

// unlistedValue notices a value not in its list, once per value and
// sheet, counting the other cells holding it.
func (s *keyedSheet) unlistedValue(t respondent.Trait, v traitVal, folded string) {
	rs := s.resp()
	k := [2]string{t.Key(), folded}
	if n, ok := rs.unlisted[k]; ok {
		n.others++
		return
	}
	p := msg.Problem{Severity: msg.Notice, Key: msg.SheetTraitUnlisted, Args: []any{t.Phrase(), quote(v.text)},
		File: s.f.Input.Path, Sheet: s.name, Cell: v.at.Cell(), Hint: msg.HintAccepted,
		HintArgs: []any{strings.Join(t.Accepted(), ", ")}}
	switch t {
	case respondent.Occupation:
		p.Hint = msg.HintTraitOccupation
	case respondent.Age:
		p.Hint = msg.HintTraitAge
	}
	n := &note{p: p, more: msg.SheetTraitUnlistedMore}
	rs.unlisted[k] = n
	rs.notes = append(rs.notes, n)
}

// badDate notices a respondent's date that cannot be read, once per
// text and sheet.
func (s *keyedSheet) badDate(t string, row int) {
	rs := s.resp()
	if n, ok := rs.badDates[t]; ok {
		n.others++
		return
	}
	p := msg.Problem{Severity: msg.Notice, Key: msg.SheetBadDate, Args: []any{quote(t)}, File: s.f.Input.Path,
		Sheet: s.name, Cell: s.place(row, s.col[fDate]).Cell(), Hint: msg.HintDateFormats}
	n := &note{p: p}
	rs.badDates[t] = n
	rs.notes = append(rs.notes, n)
}

// valueCell returns the trimmed text of field fl's cell in a row, when
// it holds one (a formula without a value or an error value holds none).
func (s *keyedSheet) valueCell(cells []workbook.Cell, fl field) (string, bool) {
	c, ok := cellAt(cells, s.col[fl])
	if !ok || c.Kind == workbook.NoCache || c.Kind == workbook.Error {
		return "", false
	}
	t := text(c)
	return t, t != ""
}

func (s *keyedSheet) hasTraitColumns() bool {
	for _, fl := range traitFields {
		if s.col[fl] > 0 {
			return true
		}
	}
	return false
}

// finishRespondents ends a sheet's respondents: a long sheet's
// respondents are counted, each fragment's respondents without an
// answer noticed, and the notices of unlisted values and bad dates
// added with the number of other cells each stands for.
func (s *keyedSheet) finishRespondents() {
	rs := s.rs
	if rs == nil {
		return
	}
	for fi := s.metaBase; fi < len(s.f.Fragments); fi++ {
		a, ok := rs.surveys[fi]
		if !ok {
			continue
		}
		if s.layout == Long && a.byResp == nil {
			// No respondent column: the respondents are as many as the
			// most answered item's.
			for i := range s.f.Fragments[fi].Unit.Indicators {
				a.sv.Respondents = max(a.sv.Respondents, int(s.f.Fragments[fi].Unit.Indicators[i].Respondents))
			}
			a.sv.Undated = 0
			continue
		}
		for _, rec := range a.order {
			if !rec.answered {
				if rec.hasData && !rec.tried {
					a.sv.Unanswered++
					p := s.problem(msg.Notice, rec.row, s.unitCol, msg.SheetRespondentNoAnswer)
					p.Hint = msg.HintRespondentNoAnswer
				}
				continue
			}
			s.count(a, rec.vals, rec.date, rec.dateAt)
			a.sv.Suggestions = append(a.sv.Suggestions, rec.saran...)
		}
	}
	for _, n := range rs.notes {
		p := n.p
		if n.others > 0 && n.more != "" {
			p.Key = n.more
			p.Args = append(append([]any(nil), p.Args...), n.others)
		}
		s.f.Problems = append(s.f.Problems, p)
	}
}

// noSuggestion reports whether a suggestion cell says there is none
// ("-", "tidak ada", "nihil", "none" …): such cells are not suggestions.
func noSuggestion(t string) bool {
	switch score.Normalize(strings.Trim(t, ".!-–— ")) {
	case "", "tidak ada", "tdk ada", "tidak", "ga ada", "gak ada", "nggak ada", "nihil", "kosong", "belum ada",
		"none", "no", "nothing", "n/a", "na", "0", "x":
		return true
	}
	return false
}
