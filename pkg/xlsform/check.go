package xlsform

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// The checker applies the rules of the XLSForm specification that a
// validator would (listed in docs/phone.md): the three sheets by
// their exact names; the survey's type, name and label columns; known
// types; valid, unique names; labels (in every translation) on every
// question but hidden and metadata ones; begin and end rows in pairs;
// every select naming a list that exists and is not empty; choice names
// present and unique in their list (without spaces for select_multiple);
// every ${name} naming a question; required yes or no; image parameters;
// and the settings form_id, version and form_title.

// metaTypes are the metadata types: hidden, no label.
var metaTypes = map[string]bool{
	"start": true, "end": true, "today": true, "deviceid": true, "username": true, "audit": true,
	"phonenumber": true, "simserial": true, "subscriberid": true, "email": true, "start-geopoint": true,
}

// questionTypes are the question types a form may use.
var questionTypes = map[string]bool{
	"text": true, "integer": true, "decimal": true, "date": true, "time": true, "dateTime": true,
	"image": true, "audio": true, "video": true, "file": true, "barcode": true, "geopoint": true,
	"geotrace": true, "geoshape": true, "note": true, "acknowledge": true, "range": true,
	"calculate": true, "hidden": true,
}

// paramsByType are the parameters each type accepts.
var paramsByType = map[string][]string{
	"image": {"max-pixels"}, "range": {"start", "end", "step"},
}

var refRe = regexp.MustCompile(`\$\{([^}]*)\}`)

// checker collects problems located in the form's sheets.
type checker struct {
	f    *Form
	file string
	ps   msg.Problems
}

func (c *checker) at(t *Table, row int, col string, p msg.Problem) {
	p.File, p.Sheet = c.file, t.Name
	if row >= 0 {
		ci := t.Col(col)
		if ci < 0 {
			ci = 0
		}
		p.Cell = results.ColumnName(ci+1) + strconv.Itoa(row+2)
	}
	c.ps.Add(p)
}

// Check checks a form against the XLSForm rules; file names it in the
// problems.
func Check(f *Form, file string) msg.Problems {
	c := &checker{f: f, file: file}
	c.sheets()
	if f.Survey == nil {
		return c.ps
	}
	langs := c.surveyColumns()
	lists := c.choices(langs)
	c.survey(langs, lists)
	c.settings(langs)
	return c.ps
}

// sheets checks the sheet names.
func (c *checker) sheets() {
	have := map[string]bool{}
	for _, s := range c.f.Sheets {
		have[s] = true
	}
	for _, want := range []string{SheetSurvey, SheetChoices, SheetSettings} {
		if have[want] {
			continue
		}
		p := msg.Problem{File: c.file, Key: msg.XFNoSheet, Args: []any{want}, Hint: msg.HintXFSheetNames}
		for _, s := range c.f.Sheets {
			if strings.EqualFold(s, want) {
				p = msg.Problem{File: c.file, Sheet: s, Key: msg.XFSheetCase, Args: []any{s, want}, Hint: msg.HintXFSheetNames}
			}
		}
		c.ps.Add(p)
	}
}

// surveyColumns checks the survey's columns and returns its label
// languages ("" for a plain label column).
func (c *checker) surveyColumns() []string {
	t := c.f.Survey
	for _, col := range []string{"type", "name"} {
		if t.Col(col) < 0 {
			c.at(t, -1, "", msg.Problem{Key: msg.XFNoColumn, Args: []any{t.Name, col}})
		}
	}
	langs := labelLangs(t)
	if len(langs) == 0 {
		c.at(t, -1, "", msg.Problem{Key: msg.XFNoColumn, Args: []any{t.Name, "label"}})
	}
	return langs
}

// labelLangs lists a table's label columns: "label" and "label::LANG".
func labelLangs(t *Table) []string {
	var out []string
	for _, h := range t.Header {
		if h == "label" || strings.HasPrefix(h, "label::") {
			out = append(out, h)
		}
	}
	return out
}

// langOf names a label column's language for a message.
func langOf(col string) string {
	if l, ok := strings.CutPrefix(col, "label::"); ok {
		return l
	}
	return "label"
}

// choiceList is what the checker knows of a list.
type choiceList struct {
	n      int
	spaced string // a choice name holding a space, if any
	row    int
}

// choices checks the choices sheet and returns its lists.
func (c *checker) choices(langs []string) map[string]*choiceList {
	lists := map[string]*choiceList{}
	t := c.f.Choices
	if t == nil {
		return lists
	}
	for _, col := range []string{"list_name", "name"} {
		if t.Col(col) < 0 {
			c.at(t, -1, "", msg.Problem{Key: msg.XFNoColumn, Args: []any{t.Name, col}})
			return lists
		}
	}
	clangs := labelLangs(t)
	if len(clangs) == 0 {
		c.at(t, -1, "", msg.Problem{Key: msg.XFNoColumn, Args: []any{t.Name, "label"}})
	}
	dups := strings.EqualFold(c.f.Setting("allow_choice_duplicates"), "yes")
	seen := map[string]map[string]int{}
	for i := range t.Rows {
		list := strings.TrimSpace(t.Get(i, "list_name"))
		name := strings.TrimSpace(t.Get(i, "name"))
		if list == "" && name == "" {
			continue
		}
		if list == "" {
			c.at(t, i, "list_name", msg.Problem{Key: msg.XFChoiceNoList, Args: []any{name}})
			continue
		}
		if !ValidName(list) {
			c.at(t, i, "list_name", msg.Problem{Key: msg.XFBadName, Args: []any{list}, Hint: msg.HintXFNames})
		}
		l := lists[list]
		if l == nil {
			l = &choiceList{row: i}
			lists[list] = l
			seen[list] = map[string]int{}
		}
		if name == "" {
			c.at(t, i, "name", msg.Problem{Key: msg.XFChoiceNoName, Args: []any{list}})
			continue
		}
		l.n++
		if strings.ContainsAny(name, " \t") && l.spaced == "" {
			l.spaced = name
		}
		if j, dup := seen[list][name]; dup && !dups {
			c.at(t, i, "name", msg.Problem{Key: msg.XFDuplicateChoice, Args: []any{name, list, t.Name + " › " + "B" + strconv.Itoa(j+2)}})
		}
		seen[list][name] = i
		for _, lc := range clangs {
			if strings.TrimSpace(t.Get(i, lc)) == "" {
				c.at(t, i, lc, msg.Problem{Key: msg.XFChoiceNoLabel, Args: []any{name, list, langOf(lc)}})
			}
		}
	}
	return lists
}

// opened is a begin row waiting for its end.
type opened struct {
	kind string // "group" or "repeat"
	name string
	row  int
}

// survey checks the survey rows.
func (c *checker) survey(langs []string, lists map[string]*choiceList) {
	t := c.f.Survey
	names := map[string]int{}
	var stack []opened
	type refAt struct {
		row  int
		col  string
		name string
	}
	var refs []refAt
	hints := hintLangs(t)
	for i := range t.Rows {
		typ := strings.Join(strings.Fields(t.Get(i, "type")), " ")
		name := strings.TrimSpace(t.Get(i, "name"))
		if typ == "" && name == "" {
			continue
		}
		word, arg, _ := strings.Cut(typ, " ")
		kind := ""
		switch {
		case typ == "begin group" || typ == "begin_group":
			kind = "begin group"
		case typ == "begin repeat" || typ == "begin_repeat":
			kind = "begin repeat"
		case typ == "end group" || typ == "end_group":
			kind = "end group"
		case typ == "end repeat" || typ == "end_repeat":
			kind = "end repeat"
		case word == "select_one" || word == "select_multiple":
			kind = word
			if arg == "" || strings.Contains(arg, " ") {
				c.at(t, i, "type", msg.Problem{Key: msg.XFUnknownType, Args: []any{typ}, Hint: msg.HintXFSelect})
				break
			}
			l, ok := lists[arg]
			switch {
			case !ok:
				c.at(t, i, "type", msg.Problem{Key: msg.XFNoList, Args: []any{arg, name}})
			case l.n == 0:
				c.at(t, i, "type", msg.Problem{Key: msg.XFEmptyList, Args: []any{arg, name}})
			case word == "select_multiple" && l.spaced != "":
				c.at(c.f.Choices, l.row, "name", msg.Problem{Key: msg.XFChoiceSpace, Args: []any{l.spaced, arg}})
			}
		case metaTypes[typ]:
			kind = "meta"
		case questionTypes[typ]:
			kind = typ
		default:
			c.at(t, i, "type", msg.Problem{Key: msg.XFUnknownType, Args: []any{typ}, Hint: msg.HintXFTypes})
			continue
		}
		// Begin and end in pairs.
		switch kind {
		case "begin group", "begin repeat":
			stack = append(stack, opened{kind: strings.TrimPrefix(kind, "begin "), name: name, row: i})
		case "end group", "end repeat":
			want := strings.TrimPrefix(kind, "end ")
			if len(stack) == 0 {
				c.at(t, i, "type", msg.Problem{Key: msg.XFUnopened, Args: []any{typ}})
				continue
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if top.kind != want {
				c.at(t, i, "type", msg.Problem{Key: msg.XFMismatch, Args: []any{typ, top.name, "begin " + top.kind}})
			}
			continue // end rows need no name nor label
		}
		// Names.
		if name == "" {
			c.at(t, i, "name", msg.Problem{Key: msg.XFNoName, Args: []any{typ}})
		} else {
			if !ValidName(name) {
				c.at(t, i, "name", msg.Problem{Key: msg.XFBadName, Args: []any{name}, Hint: msg.HintXFNames})
			}
			if j, dup := names[name]; dup {
				c.at(t, i, "name", msg.Problem{Key: msg.XFDuplicateName, Args: []any{name, t.Name + " › B" + strconv.Itoa(j+2)}})
			} else {
				names[name] = i
			}
		}
		// Labels: every question but hidden and metadata ones.
		if kind != "meta" && kind != "calculate" && kind != "hidden" {
			for _, lc := range langs {
				if strings.TrimSpace(t.Get(i, lc)) == "" {
					c.at(t, i, lc, msg.Problem{Key: msg.XFNoLabel, Args: []any{name, langOf(lc)}})
				}
			}
		}
		if kind == "calculate" && strings.TrimSpace(t.Get(i, "calculation")) == "" {
			c.at(t, i, "calculation", msg.Problem{Key: msg.XFNoCalculation, Args: []any{name}})
		}
		// Hints in all languages or none.
		if len(hints) > 1 {
			var with, without []string
			for _, hc := range hints {
				if strings.TrimSpace(t.Get(i, hc)) == "" {
					without = append(without, strings.TrimPrefix(hc, "hint::"))
				} else {
					with = append(with, strings.TrimPrefix(hc, "hint::"))
				}
			}
			if len(with) > 0 && len(without) > 0 {
				c.at(t, i, "hint::"+without[0], msg.Problem{Key: msg.XFHintLang, Args: []any{name, with[0], without[0]}})
			}
		}
		switch v := strings.ToLower(strings.TrimSpace(t.Get(i, "required"))); v {
		case "", "yes", "no", "true", "false", "true()", "false()":
		default:
			c.at(t, i, "required", msg.Problem{Key: msg.XFBadRequired, Args: []any{t.Get(i, "required")}})
		}
		c.parameters(t, i, typ, name)
		for _, col := range []string{"relevant", "constraint", "calculation", "choice_filter", "repeat_count", "default", "required"} {
			for _, m := range refRe.FindAllStringSubmatch(t.Get(i, col), -1) {
				refs = append(refs, refAt{i, col, m[1]})
			}
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		o := stack[i]
		c.at(t, o.row, "type", msg.Problem{Key: msg.XFUnclosed, Args: []any{"begin " + o.kind, o.name}})
	}
	for _, r := range refs {
		if _, ok := names[r.name]; !ok {
			c.at(t, r.row, r.col, msg.Problem{Key: msg.XFBadRef, Args: []any{r.name}})
		}
	}
	if s := c.f.Settings; s != nil && len(s.Rows) > 0 {
		for _, m := range refRe.FindAllStringSubmatch(s.Get(0, "instance_name"), -1) {
			if _, ok := names[m[1]]; !ok {
				c.at(s, 0, "instance_name", msg.Problem{Key: msg.XFBadRef, Args: []any{m[1]}})
			}
		}
	}
}

// hintLangs lists a table's translated hint columns.
func hintLangs(t *Table) []string {
	var out []string
	for _, h := range t.Header {
		if strings.HasPrefix(h, "hint::") {
			out = append(out, h)
		}
	}
	return out
}

// parameters checks a row's parameters: key=value pairs the type accepts,
// max-pixels a positive whole number.
func (c *checker) parameters(t *Table, i int, typ, name string) {
	v := strings.TrimSpace(t.Get(i, "parameters"))
	if v == "" {
		return
	}
	for _, kv := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == ';' || r == ',' }) {
		k, val, ok := strings.Cut(kv, "=")
		known := false
		for _, p := range paramsByType[typ] {
			known = known || p == strings.TrimSpace(k)
		}
		if !ok || !known {
			c.at(t, i, "parameters", msg.Problem{Key: msg.XFBadParameter, Args: []any{kv, typ}})
			continue
		}
		if k == "max-pixels" {
			if n, err := strconv.Atoi(strings.TrimSpace(val)); err != nil || n <= 0 {
				c.at(t, i, "parameters", msg.Problem{Key: msg.XFBadParameter, Args: []any{kv, typ}})
			}
		}
	}
}

// settings checks form_id, version, form_title and default_language.
func (c *checker) settings(langs []string) {
	s := c.f.Settings
	if s == nil {
		return
	}
	for _, k := range []string{"form_id", "version", "form_title"} {
		if c.f.Setting(k) == "" {
			col := k
			if s.Col(k) < 0 {
				col = ""
			}
			row := 0
			if len(s.Rows) == 0 || col == "" {
				row = -1
			}
			c.at(s, row, col, msg.Problem{Key: msg.XFNoSetting, Args: []any{k}})
		}
	}
	if id := c.f.Setting("form_id"); id != "" && !ValidName(id) {
		c.at(s, 0, "form_id", msg.Problem{Key: msg.XFBadName, Args: []any{id}, Hint: msg.HintXFNames})
	}
	if dl := c.f.Setting("default_language"); dl != "" && len(langs) > 0 {
		found := false
		var have []string
		for _, l := range langs {
			have = append(have, langOf(l))
			found = found || langOf(l) == dl
		}
		if !found {
			c.at(s, 0, "default_language", msg.Problem{Key: msg.XFDefaultLang, Args: []any{dl, strings.Join(have, ", ")}})
		}
	}
}
