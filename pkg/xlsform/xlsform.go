// Package xlsform writes phone forms: an XLSForm of any rubric and unit
// list, the form definition that KoboToolbox and ODK Collect load so that
// assessors can fill in an assessment offline on a phone. It also reads
// XLSForms back and checks them against the rules of the XLSForm
// specification (check.go), since no validator (pyxform, ODK Validate)
// can run here: every form the package writes is checked before it is.
//
// The form of a rubric (plan.go) is laid out from the rubric alone, so
// that a reader of the form's exports (package submissions) rebuilds the
// same names from the rubric it scores with:
//
//   - device metadata start and end; the rubric's reference, version and
//     hash as calculated fields kp_rubrik, kp_versi, kp_hash, which every
//     export carries, so that an export is never scored against another
//     rubric unnoticed;
//   - the unit (kode_unit: a select_one of the unit list, whose extra
//     columns give nama_unit, jenis_unit, instansi and tahun; a text
//     without a list), the assessor, the date and an optional location;
//   - a group per rubric group, and per observed indicator a select_one
//     of the accepted answers (N/A only where the rubric allows it; the
//     level descriptions on the choices, where the assessor taps), or a
//     decimal for a number indicator; required, and relevant only for the
//     unit types the indicator applies to; then a note and an evidence
//     photo (max-pixels MaxPixels);
//   - survey items: a survey rubric's form is a respondent form (one
//     submission per respondent); a mixed rubric's survey items are a
//     repeat, one row per respondent met during the visit.
//
// Labels and hints are in Bahasa Indonesia, with English translation
// columns; form_id and version come from the rubric's id, version and
// hash (and the unit list).
package xlsform

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Sheet names of an XLSForm (case matters).
const (
	SheetSurvey   = "survey"
	SheetChoices  = "choices"
	SheetSettings = "settings"
)

// Form is an XLSForm as three tables of text, the way it is written and
// read back.
type Form struct {
	Survey, Choices, Settings *Table
	// Sheets lists every sheet name of the file, in order.
	Sheets []string
}

// Table is one sheet of an XLSForm: a header row and the rows below it.
type Table struct {
	Name   string
	Header []string
	Rows   [][]string
}

// Col returns the index of the column headed name, or -1.
func (t *Table) Col(name string) int {
	if t == nil {
		return -1
	}
	for i, h := range t.Header {
		if h == name {
			return i
		}
	}
	return -1
}

// Get returns row i's value in the column headed name ("" when absent).
func (t *Table) Get(i int, name string) string {
	c := t.Col(name)
	if c < 0 || c >= len(t.Rows[i]) {
		return ""
	}
	return t.Rows[i][c]
}

// Setting returns a setting's value ("" when absent).
func (f *Form) Setting(name string) string {
	if f.Settings == nil || len(f.Settings.Rows) == 0 {
		return ""
	}
	return strings.TrimSpace(f.Settings.Get(0, name))
}

// Column names of the tables Build writes.
var (
	surveyCols = []string{"type", "name",
		"label::" + LangID, "label::" + LangEN, "hint::" + LangID, "hint::" + LangEN,
		"required", "required_message::" + LangID, "required_message::" + LangEN,
		"relevant", "constraint", "constraint_message::" + LangID, "constraint_message::" + LangEN,
		"calculation", "appearance", "parameters"}
	choiceCols   = []string{"list_name", "name", "label::" + LangID, "label::" + LangEN, "nama", "jenis", "instansi", "tahun"}
	settingsCols = []string{"form_title", "form_id", "version", "instance_name", "default_language"}
)

// Unit-list names of the form (the rubric's plan never uses them).
const (
	listUnits     = "unit"
	listUnitTypes = "jenis_unit"
)

// row is a survey row being built, by column name.
type row map[string]string

func (r row) text(col string, t rubric.Text) {
	r[col+"::"+LangID] = t.ID
	r[col+"::"+LangEN] = t.In("en")
}

// Unit is one unit a form offers: a row of the unit list (read and
// checked by package form's ReadUnits, whose unit types are the rubric's
// ids).
type Unit struct {
	Code, Name, Type, Region, Period string
}

// builder assembles the tables.
type builder struct {
	r      *rubric.Rubric
	p      *Plan
	units  []Unit
	survey []row
	chs    [][]string
	// which extra columns of the unit list hold something
	hasName, hasType, hasRegion, hasPeriod bool
}

// Build lays out the phone form of rubric r for units (none: the unit
// code is typed in). The units are as package form's ReadUnits returns
// them: codes present and distinct, types the rubric's ids. Two codes
// that make the same choice name (see UnitChoice) are refused.
func Build(r *rubric.Rubric, units []Unit) (*Form, error) {
	if r == nil {
		return nil, msg.Problems{{Key: msg.FormNoRubric}}
	}
	seen := map[string]string{}
	for _, u := range units {
		k := strings.ToUpper(UnitChoice(u.Code))
		if first, dup := seen[k]; dup {
			return nil, msg.Problems{{Key: msg.FormUnitsDuplicateCode, Args: []any{u.Code, first}, Hint: msg.HintFormUniqueCode}}
		}
		seen[k] = u.Code
	}
	b := &builder{r: r, p: NewPlan(r), units: units}
	for _, u := range units {
		b.hasName = b.hasName || u.Name != ""
		b.hasType = b.hasType || u.Type != ""
		b.hasRegion = b.hasRegion || u.Region != ""
		b.hasPeriod = b.hasPeriod || u.Period != ""
	}
	b.fields()
	b.choices()
	f := &Form{
		Survey:   &Table{Name: SheetSurvey, Header: slices.Clone(surveyCols)},
		Choices:  &Table{Name: SheetChoices, Header: slices.Clone(choiceCols)},
		Settings: &Table{Name: SheetSettings, Header: slices.Clone(settingsCols)},
		Sheets:   []string{SheetSurvey, SheetChoices, SheetSettings},
	}
	if len(units) == 0 {
		f.Choices.Header = choiceCols[:4]
	}
	for _, sr := range b.survey {
		line := make([]string, len(surveyCols))
		for i, c := range surveyCols {
			line[i] = sr[c]
		}
		f.Survey.Rows = append(f.Survey.Rows, line)
	}
	for _, c := range b.chs {
		f.Choices.Rows = append(f.Choices.Rows, c[:len(f.Choices.Header)])
	}
	title := r.Title.ID
	if b.p.Respondent {
		title = txTitleResponden.text(title).ID
	}
	f.Settings.Rows = [][]string{{title, FormID(r), Version(r, units),
		"concat(${" + NameUnit + "}, ' ', ${" + NameDate + "})", LangID}}
	return f, nil
}

// unitsKey is what the form's version changes with: the unit list.
func unitsKey(units []Unit) string {
	var b strings.Builder
	for _, u := range units {
		for _, s := range []string{u.Code, u.Name, u.Type, u.Region, u.Period} {
			b.WriteString(s)
			b.WriteByte(0)
		}
		b.WriteByte(1)
	}
	return b.String()
}

// UnitChoice is the choice name a unit code gets in a form's unit list:
// the code, with each run of white space made "_" (the names of choices
// hold none).
func UnitChoice(code string) string {
	return strings.Join(strings.Fields(code), "_")
}

// xpathString quotes s as an XPath string literal.
func xpathString(s string) string {
	switch {
	case !strings.Contains(s, "'"):
		return "'" + s + "'"
	case !strings.Contains(s, `"`):
		return `"` + s + `"`
	}
	parts := strings.Split(s, "'")
	for i, p := range parts {
		parts[i] = "'" + p + "'"
	}
	return `concat(` + strings.Join(parts, `, "'", `) + `)`
}

func ref(name string) string { return "${" + name + "}" }

// lookup is the calculation that reads column col of the chosen unit.
func lookup(col string) string {
	return "instance('" + listUnits + "')/root/item[name=" + ref(NameUnit) + "]/" + col
}

func (b *builder) add(r row) { b.survey = append(b.survey, r) }

// fields writes the survey rows.
func (b *builder) fields() {
	p, r := b.p, b.r
	withList := len(b.units) > 0
	hasTypes := len(r.UnitTypes) > 0
	open := []*Group{} // the form groups open, outermost first
	for _, f := range p.Fields {
		// Close and open groups to reach f's.
		var chain []*Group
		for g := f.Group; g != nil; g = g.Parent {
			chain = append([]*Group{g}, chain...)
		}
		k := 0
		for k < len(open) && k < len(chain) && open[k] == chain[k] {
			k++
		}
		for i := len(open) - 1; i >= k; i-- {
			b.endGroup(open[i])
		}
		for _, g := range chain[k:] {
			b.beginGroup(g)
		}
		open = chain
		b.field(f, withList, hasTypes)
	}
	for i := len(open) - 1; i >= 0; i-- {
		b.endGroup(open[i])
	}
}

func (b *builder) beginGroup(g *Group) {
	rw := row{"type": "begin group", "name": g.Name}
	if g.Repeat {
		rw["type"] = "begin repeat"
	}
	rw.text("label", g.Label)
	b.add(rw)
}

func (b *builder) endGroup(g *Group) {
	if g.Repeat {
		b.add(row{"type": "end repeat"})
		return
	}
	b.add(row{"type": "end group"})
}

// field writes one field's row, or nothing when the form does without it
// (a unit column no unit has, a type when the rubric has none).
func (b *builder) field(f *Field, withList, hasTypes bool) {
	rw := row{"name": f.Name}
	if !f.Label.IsZero() {
		rw.text("label", f.Label)
	}
	calc := func(expr string) {
		rw["type"] = "calculate"
		rw["calculation"] = expr
		delete(rw, "label::"+LangID)
		delete(rw, "label::"+LangEN)
	}
	required := func() {
		rw["required"] = "yes"
		rw.text("required_message", txRequired.text())
	}
	switch f.Role {
	case RoleMeta:
		rw["type"] = f.Name // start, end
	case RoleRubric:
		calc(xpathString(b.r.Ref()))
	case RoleRubricVersion:
		calc(xpathString(b.r.Version))
	case RoleRubricHash:
		calc(xpathString(b.r.Hash()))
	case RoleUnit:
		if withList {
			rw["type"] = "select_one " + listUnits
			if len(b.units) > 12 {
				rw["appearance"] = "autocomplete"
			}
			rw.text("hint", txHintUnit.text())
		} else {
			rw["type"] = "text"
			rw.text("hint", txHintUnitText.text())
		}
		if b.p.Respondent {
			rw.text("hint", txHintRespUnit.text())
		}
		required()
	case RoleUnitName:
		switch {
		case withList && b.hasName:
			calc(lookup("nama"))
		case withList:
			return
		default:
			rw["type"] = "text"
		}
	case RoleUnitType:
		switch {
		case !hasTypes:
			return
		case withList && b.hasType:
			calc(lookup("jenis"))
		case withList:
			return
		default:
			rw["type"] = "select_one " + listUnitTypes
			required()
		}
	case RoleRegion:
		if !withList || !b.hasRegion {
			return
		}
		calc(lookup("instansi"))
	case RolePeriod:
		if withList && b.hasPeriod {
			calc(lookup("tahun"))
		} else {
			calc("format-date(" + ref(NameDate) + ", '%Y')")
		}
	case RoleAssessor:
		rw["type"] = "text"
		required()
	case RoleDate:
		if b.p.Respondent {
			rw = row{"type": "today", "name": f.Name}
			break
		}
		rw["type"] = "date"
		required()
	case RoleLocation:
		rw["type"] = "geopoint"
		rw.text("hint", txHintLocation.text())
	case RoleApplies:
		rw["type"] = "select_one " + f.List.Name
		required()
		rw["relevant"] = b.appliesTo(f.Indicator)
	case RoleAnswer:
		b.answer(rw, f, required)
	case RoleNote:
		rw["type"] = "text"
		rw["appearance"] = "multiline"
		rw.text("hint", txHintNote.text())
		rw["relevant"] = b.appliesTo(f.Indicator)
	case RolePhoto:
		rw["type"] = "image"
		rw["parameters"] = fmt.Sprintf("max-pixels=%d", MaxPixels)
		rel := b.appliesTo(f.Indicator)
		if f.Photo.Required {
			required()
			rw.text("hint", txHintPhotoNeed.text())
			rel = and(rel, b.credited(f.Indicator))
		} else {
			rw.text("hint", txHintPhoto.text())
		}
		rw["relevant"] = rel
	}
	b.add(rw)
}

// answer fills an indicator's answer row.
func (b *builder) answer(rw row, f *Field, required func()) {
	ind := f.Indicator
	rel := b.appliesTo(ind)
	var hint []rubric.Text
	switch ind.Type {
	case rubric.Number:
		rw["type"] = "decimal"
		lo, hi := num(ind.Number.Min, "en"), num(ind.Number.Max, "en")
		rw["constraint"] = ". >= " + lo + " and . <= " + hi
		rw.text("constraint_message", txNumberRange.text(lo, hi))
		unit := ""
		if ind.Number.Unit != "" {
			unit = " " + ind.Number.Unit
		}
		hint = append(hint, rubric.Text{
			ID: fmt.Sprintf(txHintNumber.id, num(ind.Number.Min, "id"), num(ind.Number.Max, "id"), unit),
			EN: fmt.Sprintf(txHintNumber.en, lo, hi, unit)})
		if ind.NA {
			applies := b.p.byName[f.Name+"_berlaku"]
			rel = and(rel, ref(applies.Name)+" = 'berlaku'")
		}
	default:
		rw["type"] = "select_one " + f.List.Name
	}
	if ind.Type == rubric.Choice {
		for _, o := range ind.Choices {
			hint = append(hint, rubric.Text{
				ID: fmt.Sprintf(txHintChoice.id, o.Label, num(o.Points*100, "id")),
				EN: fmt.Sprintf(txHintChoice.en, o.Label, num(o.Points*100, "en"))})
		}
	}
	if ind.Type == rubric.Surv {
		hint = append(hint, txHintSurvey.text())
	} else {
		required()
		if ind.NA && ind.Type != rubric.Number {
			hint = append(hint, txHintNA.text())
		}
		if ind.Evidence {
			hint = append(hint, txHintEvidence.text())
		}
	}
	if len(hint) > 0 {
		var id, en []string
		for _, h := range hint {
			id, en = append(id, h.ID), append(en, h.EN)
		}
		rw.text("hint", rubric.Text{ID: strings.Join(id, "\n"), EN: strings.Join(en, "\n")})
	}
	rw["relevant"] = rel
}

// appliesTo is the relevant expression of an indicator assessed only at
// some unit types: the unit's type is one of them, or unknown (to which
// everything applies, as in scoring).
func (b *builder) appliesTo(ind *rubric.Indicator) string {
	if len(ind.AppliesTo) == 0 || len(b.r.UnitTypes) == 0 {
		return ""
	}
	if len(b.units) > 0 && !b.hasType {
		return "" // no unit has a type: everything applies
	}
	parts := []string{ref(NameUnitType) + " = ''"}
	for _, t := range ind.AppliesTo {
		parts = append(parts, ref(NameUnitType)+" = "+xpathString(t))
	}
	return strings.Join(parts, " or ")
}

// credited is the expression true when an indicator's answer earns part
// of its weight: the photo that proves it is then required.
func (b *builder) credited(ind *rubric.Indicator) string {
	f := b.p.answer[ind]
	if f.List == nil {
		return ref(f.Name) + " != ''"
	}
	var parts []string
	for _, c := range f.List.Choices {
		if c.Answer == "N/A" || !creditedChoice(ind, c) {
			continue
		}
		parts = append(parts, ref(f.Name)+" = "+xpathString(c.Name))
	}
	if len(parts) == 0 {
		return "false()"
	}
	return strings.Join(parts, " or ")
}

func creditedChoice(ind *rubric.Indicator, c Choice) bool {
	switch ind.Type {
	case rubric.Check:
		return c.Name == "ya"
	case rubric.Choice:
		for _, o := range ind.Choices {
			if o.Label == c.Answer {
				return o.Points > 0
			}
		}
	case rubric.Levels:
		return c.Answer != fmt.Sprint(ind.Levels.Min)
	}
	return false
}

// and joins two relevant expressions.
func and(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return "(" + a + ") and (" + b + ")"
}

// choices writes the choices rows: the plan's lists, then the unit list
// and the unit types.
func (b *builder) choices() {
	ch := func(list string, name string, label rubric.Text, extra ...string) {
		line := []string{list, name, label.ID, label.In("en"), "", "", "", ""}
		copy(line[4:], extra)
		b.chs = append(b.chs, line)
	}
	for _, l := range b.p.Lists() {
		for _, c := range l.Choices {
			ch(l.Name, c.Name, c.Label)
		}
	}
	if len(b.units) > 0 {
		for _, u := range b.units {
			label := u.Code
			if u.Name != "" {
				label += " — " + u.Name
			}
			ch(listUnits, UnitChoice(u.Code), rubric.Text{ID: label, EN: label}, u.Name, u.Type, u.Region, u.Period)
		}
	} else if len(b.r.UnitTypes) > 0 {
		for _, t := range b.r.UnitTypes {
			ch(listUnitTypes, t.ID, rubric.Text{ID: t.Label.ID, EN: t.Label.In("en")})
		}
	}
}

// num writes a number without needless decimals, with a decimal comma in
// Indonesian.
func num(x float64, lang string) string {
	s := fmt.Sprint(x)
	if strings.ContainsAny(s, "e") {
		s = fmt.Sprintf("%f", x)
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if lang == "id" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Write writes the phone form of rubric r for units to w, after checking
// it against the XLSForm rules (a problem there is a bug, and nothing is
// written). The units' problems come back as msg.Problems, before
// anything is written. The same rubric and units give the same bytes.
func Write(w io.Writer, r *rubric.Rubric, units []Unit) error {
	f, err := Build(r, units)
	if err != nil {
		return err
	}
	if ps := Check(f, "xlsform"); ps.HasErrors() {
		return fmt.Errorf("xlsform: the form of %s breaks the XLSForm rules: %v", r.Ref(), ps)
	}
	x, err := f.book(r)
	if err != nil {
		return err
	}
	defer x.Close()
	return x.Write(w)
}

// WriteFile writes the phone form to path, atomically (for tests and
// programs; the command line writes through its own output writer).
func WriteFile(path string, r *rubric.Rubric, units []Unit) error {
	return atomicfile.Write(path, func(w io.Writer) error { return Write(w, r, units) })
}

// book renders the form as a workbook.
func (f *Form) book(r *rubric.Rubric) (*excelize.File, error) {
	x := excelize.NewFile()
	ok := false
	defer func() {
		if !ok {
			x.Close()
		}
	}()
	for i, t := range []*Table{f.Survey, f.Choices, f.Settings} {
		if i == 0 {
			if err := x.SetSheetName("Sheet1", t.Name); err != nil {
				return nil, err
			}
		} else if _, err := x.NewSheet(t.Name); err != nil {
			return nil, err
		}
		if err := writeTable(x, t); err != nil {
			return nil, err
		}
	}
	ts := stamp.DocTime()
	if err := x.SetDocProps(&excelize.DocProperties{
		Title:          f.Setting("form_title"),
		Subject:        fmt.Sprintf("%s %s", r.Ref(), r.Version),
		Keywords:       fmt.Sprintf("kepatuhan; xlsform; rubric=%s; version=%s", r.Ref(), r.Version),
		Description:    "sha256:" + r.Hash(),
		Category:       "kepatuhan xlsform",
		Creator:        stamp.Tool(),
		LastModifiedBy: stamp.Tool(),
		Created:        ts,
		Modified:       ts,
		Language:       msg.ID.DocTag(),
		Revision:       "1",
	}); err != nil {
		return nil, err
	}
	x.SetActiveSheet(0)
	ok = true
	return x, nil
}

// writeTable writes a table with a bold, frozen header row.
func writeTable(x *excelize.File, t *Table) error {
	bold, err := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	put := func(rowN int, vals []string) error {
		for c, v := range vals {
			if v == "" {
				continue
			}
			name, err := excelize.CoordinatesToCellName(c+1, rowN)
			if err != nil {
				return err
			}
			if err := x.SetCellStr(t.Name, name, v); err != nil {
				return err
			}
		}
		return nil
	}
	if err := put(1, t.Header); err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(t.Header), 1)
	if err := x.SetCellStyle(t.Name, "A1", last, bold); err != nil {
		return err
	}
	for i, r := range t.Rows {
		if err := put(i+2, r); err != nil {
			return err
		}
	}
	if err := x.SetPanes(t.Name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for c, h := range t.Header {
		w := 12.0
		switch {
		case strings.HasPrefix(h, "label::"), strings.HasPrefix(h, "hint::"):
			w = 40
		case h == "type":
			w = 22
		case h == "name", h == "relevant", h == "calculation":
			w = 24
		}
		col, _ := excelize.ColumnNumberToName(c + 1)
		if err := x.SetColWidth(t.Name, col, col, w); err != nil {
			return err
		}
	}
	return nil
}

// ReadFile reads an XLSForm: its survey, choices and settings sheets as
// tables (a missing one is nil), and the names of all its sheets.
func ReadFile(path string) (*Form, error) {
	x, err := excelize.OpenFile(path)
	if err != nil {
		return nil, err
	}
	defer x.Close()
	f := &Form{Sheets: x.GetSheetList()}
	for _, name := range f.Sheets {
		var dst **Table
		switch name {
		case SheetSurvey:
			dst = &f.Survey
		case SheetChoices:
			dst = &f.Choices
		case SheetSettings:
			dst = &f.Settings
		default:
			continue
		}
		rows, err := x.GetRows(name)
		if err != nil {
			return nil, err
		}
		t := &Table{Name: name}
		if len(rows) > 0 {
			t.Header = trimAll(rows[0])
			t.Rows = rows[1:]
		}
		*dst = t
	}
	return f, nil
}

func trimAll(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = strings.TrimSpace(v)
	}
	return out
}

// Languages returns the translation languages of a table's label columns
// ("Indonesian (id)", …), sorted; none for a form without translations.
func (t *Table) Languages() []string {
	var out []string
	for _, h := range t.Header {
		if l, ok := strings.CutPrefix(h, "label::"); ok {
			out = append(out, strings.TrimSpace(l))
		}
	}
	sort.Strings(out)
	return out
}
