package xlsform

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Role says what a field of a kepatuhan form holds.
type Role uint8

// Field roles.
const (
	RoleMeta          Role = iota // start, end: device metadata, not read
	RoleRubric                    // calculate: the rubric's reference (ID or ID@VARIANT)
	RoleRubricVersion             // calculate: the rubric's version
	RoleRubricHash                // calculate: the rubric's SHA-256
	RoleUnit                      // the unit code
	RoleUnitName                  // Nama Unit
	RoleUnitType                  // Jenis Unit (a unit-type id)
	RoleRegion                    // Instansi
	RolePeriod                    // Tahun
	RoleAssessor                  // Penilai
	RoleDate                      // Tanggal
	RoleLocation                  // the optional geopoint
	RoleAnswer                    // an indicator's answer
	RoleApplies                   // a number indicator with N/A: whether it applies
	RoleNote                      // the assessor's note on an indicator
	RolePhoto                     // an evidence photo of an indicator
)

// Field names every kepatuhan form uses for the unit and the visit.
const (
	NameStart     = "start"
	NameEnd       = "end"
	NameRubric    = "kp_rubrik"
	NameVersion   = "kp_versi"
	NameHash      = "kp_hash"
	NameUnit      = "kode_unit"
	NameUnitName  = "nama_unit"
	NameUnitType  = "jenis_unit"
	NameRegion    = "instansi"
	NamePeriod    = "tahun"
	NameAssessor  = "penilai"
	NameDate      = "tanggal"
	NameLocation  = "lokasi"
	NameRespondes = "responden" // the repeat of a mixed rubric's respondents
)

// Field is one question (or calculated value) of a kepatuhan form, as its
// exports name it.
type Field struct {
	Name  string
	Role  Role
	Label rubric.Text // "" for hidden fields
	// Group is the innermost form group holding the field, nil at the top.
	Group *Group
	// Indicator is the rubric indicator of an answer, applies, note or
	// photo field.
	Indicator *rubric.Indicator
	// Choices of an answer given as a select_one (every type but number),
	// and of an applies field.
	List *List
	// Photo is the photo's place in the indicator's evidence (photo
	// fields only).
	Photo *Photo
}

// InRepeat reports whether the field is inside the respondents repeat.
func (f *Field) InRepeat() bool {
	for g := f.Group; g != nil; g = g.Parent {
		if g.Repeat {
			return true
		}
	}
	return false
}

// Path is the field's XML path below the form's root: the names of its
// groups, then its own. Below a repeat (from is the repeat), the path
// starts inside it.
func (f *Field) Path(from *Group) []string {
	var names []string
	for g := f.Group; g != nil && g != from; g = g.Parent {
		names = append(names, g.Name)
	}
	out := make([]string, 0, len(names)+1)
	for i := len(names) - 1; i >= 0; i-- {
		out = append(out, names[i])
	}
	return append(out, f.Name)
}

// Group is a group (or the respondents repeat) of a kepatuhan form.
type Group struct {
	Name   string
	Label  rubric.Text
	Parent *Group
	Repeat bool
	Rubric *rubric.Group // the rubric group it shows; nil for the repeat
}

// List is a choice list of a kepatuhan form.
type List struct {
	Name    string
	Choices []Choice
}

// Choice is one choice of a list: the name a phone stores, the label it
// shows, and the answer text it stands for, as an observation workbook
// would hold it ("Ya", "Lengkap", "3", "N/A").
type Choice struct {
	Name   string
	Label  rubric.Text
	Answer string
}

// Find returns the choice named name.
func (l *List) Find(name string) (Choice, bool) {
	for _, c := range l.Choices {
		if c.Name == name {
			return c, true
		}
	}
	return Choice{}, false
}

// Photo is one evidence photo an indicator asks for. Today every observed
// indicator asks for one; an evidence list in the rubric would give each
// item its own (Plan.photos is the one place that decides).
type Photo struct {
	Key      string      // the photo's part of the field name ("foto")
	Label    rubric.Text // what to photograph
	Required bool        // required when the answer says the item exists
}

// MaxPixels bounds the longer side of a photo taken with a kepatuhan
// form: a displayed notice stays legible, and a photo stays a few hundred
// kilobytes over a weak signal.
const MaxPixels = 1280

// Plan is the shape of a rubric's phone form: its groups and fields, in
// form order, with the names exports use for them. It depends only on
// the rubric, so that a reader of an export rebuilds the same plan from
// the rubric it scores with.
type Plan struct {
	Rubric *rubric.Rubric
	// Respondent: a survey rubric's form, one submission per respondent.
	Respondent bool
	// Repeat is the respondents repeat of a mixed rubric's form (nil
	// otherwise): each of its rows is one respondent.
	Repeat *Group
	Fields []*Field
	Groups []*Group

	byName map[string]*Field
	answer map[*rubric.Indicator]*Field
	lists  []*List
}

// Field returns the field named name.
func (p *Plan) Field(name string) (*Field, bool) {
	f, ok := p.byName[name]
	return f, ok
}

// Answer returns the answer field of ind.
func (p *Plan) Answer(ind *rubric.Indicator) *Field { return p.answer[ind] }

// Lists returns the plan's choice lists, in the order first used (the
// unit list and the unit-type list are the form's, not the plan's).
func (p *Plan) Lists() []*List { return p.lists }

// FormID is the form_id of the rubric's form: the rubric's reference, an
// "@" (which form ids may not hold) written "_".
func FormID(r *rubric.Rubric) string {
	return strings.ReplaceAll(r.Ref(), "@", "_")
}

// Version is the version of the rubric's form for units: the rubric's
// version and the start of its hash, then a short hash of the unit list
// (ODK Central wants a new version string whenever a form with the same
// id changes), "0" without a list.
func Version(r *rubric.Rubric, units []Unit) string {
	v := r.Version + "-" + r.Hash()[:8]
	if len(units) == 0 {
		return v + "-0"
	}
	sum := sha256.Sum256([]byte(unitsKey(units)))
	return v + "-" + hex.EncodeToString(sum[:])[:6]
}

// validName is the XLSForm rule for names.
var validName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9._-]*$`)

// ValidName reports whether s is a valid XLSForm name: a letter or "_"
// first, then letters, digits, "-", "_" and "."; not starting with "xml"
// in any case, which XML reserves.
func ValidName(s string) bool {
	return validName.MatchString(s) && !strings.HasPrefix(strings.ToLower(s), "xml")
}

// namer hands out unique names.
type namer map[string]bool

// take returns want, or want_2, want_3, … when taken.
func (n namer) take(want string) string {
	name := want
	for i := 2; n[name]; i++ {
		name = want + "_" + strconv.Itoa(i)
	}
	n[name] = true
	return name
}

// nameOf makes a code a name: characters a name may not hold become "_",
// and a code that does not start with a letter (PEKPPP's "1.a.Ak") or
// starts with "xml" gets "i_" in front.
func nameOf(code string) string {
	var b strings.Builder
	for _, r := range code {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	s := b.String()
	if s == "" || !ValidName(s) || s[0] == '_' {
		s = "i_" + s
	}
	return s
}

// choiceName makes a choice label a choice name: lower case, runs of
// anything but letters and digits made one "_".
func choiceName(label string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.ToLower(score.Trim(label)) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(r)
			continue
		}
		under = true
	}
	if b.Len() == 0 {
		return "pilihan"
	}
	return b.String()
}

// NewPlan lays out the phone form of r.
func NewPlan(r *rubric.Rubric) *Plan {
	p := &Plan{Rubric: r, Respondent: r.Kind == rubric.Survey, byName: map[string]*Field{}, answer: map[*rubric.Indicator]*Field{}}
	names := namer{}
	add := func(f *Field) *Field {
		f.Name = names.take(f.Name)
		p.Fields = append(p.Fields, f)
		p.byName[f.Name] = f
		return f
	}
	add(&Field{Name: NameStart, Role: RoleMeta})
	add(&Field{Name: NameEnd, Role: RoleMeta})
	add(&Field{Name: NameRubric, Role: RoleRubric})
	add(&Field{Name: NameVersion, Role: RoleRubricVersion})
	add(&Field{Name: NameHash, Role: RoleRubricHash})
	add(&Field{Name: NameUnit, Role: RoleUnit, Label: txUnit.text()})
	add(&Field{Name: NameUnitName, Role: RoleUnitName, Label: txUnitName.text()})
	add(&Field{Name: NameUnitType, Role: RoleUnitType, Label: txUnitType.text()})
	add(&Field{Name: NameRegion, Role: RoleRegion, Label: txRegion.text()})
	add(&Field{Name: NamePeriod, Role: RolePeriod, Label: txPeriod.text()})
	if !p.Respondent {
		add(&Field{Name: NameAssessor, Role: RoleAssessor, Label: txAssessor.text()})
	}
	add(&Field{Name: NameDate, Role: RoleDate, Label: txDate.text()})
	if !p.Respondent {
		add(&Field{Name: NameLocation, Role: RoleLocation, Label: txLocation.text()})
	}

	lists := map[string]*List{}
	var hasObs, hasSurv func(g *rubric.Group) bool
	hasObs = func(g *rubric.Group) bool { return holds(g, false) }
	hasSurv = func(g *rubric.Group) bool { return holds(g, true) }
	// walk lays out g's indicators of one kind (survey or not) under
	// the form group parent.
	var walk func(g *rubric.Group, parent *Group, survey bool)
	walk = func(g *rubric.Group, parent *Group, survey bool) {
		at := parent
		if !g.IsRoot() {
			code := g.Code
			if code == "" {
				code = strconv.Itoa(g.Index() + 1)
			}
			at = &Group{Name: names.take("grp_" + strings.TrimPrefix(nameOf(code), "i_")), Label: groupLabel(g), Parent: parent, Rubric: g}
			p.Groups = append(p.Groups, at)
		}
		for _, c := range g.Groups {
			if (survey && hasSurv(c)) || (!survey && hasObs(c)) {
				walk(c, at, survey)
			}
		}
		for _, ind := range g.Indicators {
			if (ind.Type == rubric.Surv) != survey {
				continue
			}
			base := nameOf(ind.Code)
			if ind.Type == rubric.Number && ind.NA {
				add(&Field{Name: base + "_berlaku", Role: RoleApplies, Group: at, Indicator: ind,
					Label: txApplies.text(ind.Code), List: p.list(lists, appliesList())})
			}
			f := add(&Field{Name: base, Role: RoleAnswer, Group: at, Indicator: ind, Label: answerLabel(ind)})
			if ind.Type != rubric.Number {
				f.List = p.list(lists, answerList(ind, f.Name))
			}
			p.answer[ind] = f
			if survey {
				continue
			}
			add(&Field{Name: f.Name + "_catatan", Role: RoleNote, Group: at, Indicator: ind, Label: txNote.text(ind.Code)})
			for _, ph := range photos(ind) {
				add(&Field{Name: f.Name + "_" + ph.Key, Role: RolePhoto, Group: at, Indicator: ind, Label: ph.Label, Photo: ph})
			}
		}
	}
	root := r.Root()
	if hasObs(root) {
		walk(root, nil, false)
	}
	if hasSurv(root) {
		var in *Group
		if !p.Respondent {
			p.Repeat = &Group{Name: names.take(NameRespondes), Label: txRespondents.text(), Repeat: true}
			p.Groups = append(p.Groups, p.Repeat)
			in = p.Repeat
		}
		walk(root, in, true)
	}
	return p
}

// holds reports whether g holds survey (or observed) indicators.
func holds(g *rubric.Group, survey bool) bool {
	for _, ind := range g.Indicators {
		if (ind.Type == rubric.Surv) == survey {
			return true
		}
	}
	for _, c := range g.Groups {
		if holds(c, survey) {
			return true
		}
	}
	return false
}

// list returns the plan's list equal to l (same choices), adding l when
// there is none: the check lists are shared by every check indicator.
func (p *Plan) list(have map[string]*List, l *List) *List {
	key := listKey(l)
	if old, ok := have[key]; ok {
		return old
	}
	have[key] = l
	p.lists = append(p.lists, l)
	return l
}

func listKey(l *List) string {
	var b strings.Builder
	for _, c := range l.Choices {
		b.WriteString(c.Name + "\x00" + c.Label.ID + "\x00" + c.Label.EN + "\x00" + c.Answer + "\x01")
	}
	return b.String()
}

// photos decides the evidence photos an indicator asks for: one per
// photo item of the rubric's evidence list ("foto", "foto2", …), labelled
// with what to photograph and required as the item is; else one, required
// when the rubric says the indicator needs evidence (evidence: true) and
// optional otherwise (a document can be photographed too).
func photos(ind *rubric.Indicator) []*Photo {
	var out []*Photo
	for _, it := range ind.EvidenceItems() {
		if it.Kind != rubric.Photo {
			continue
		}
		key := "foto"
		if len(out) > 0 {
			key += strconv.Itoa(len(out) + 1)
		}
		label := txPhoto.text(ind.Code)
		if !it.Description.IsZero() {
			label = rubric.Text{ID: fmt.Sprintf(txPhotoOf.id, ind.Code, it.Description.ID),
				EN: fmt.Sprintf(txPhotoOf.en, ind.Code, it.Description.In("en"))}
		}
		out = append(out, &Photo{Key: key, Label: label, Required: it.Required})
	}
	if len(out) == 0 {
		required := ind.Evidence && len(ind.Need.Items) == 0
		out = append(out, &Photo{Key: "foto", Label: txPhoto.text(ind.Code), Required: required})
	}
	return out
}

// answerList makes the choice list of an indicator's answer.
func answerList(ind *rubric.Indicator, field string) *List {
	na := Choice{Name: "na", Label: txNAChoice.text(), Answer: "N/A"}
	switch ind.Type {
	case rubric.Check:
		l := &List{Name: "ya_tidak", Choices: []Choice{
			{Name: "ya", Label: txYes.text(), Answer: "Ya"},
			{Name: "tidak", Label: txNo.text(), Answer: "Tidak"},
		}}
		if ind.NA {
			l.Name = "ya_tidak_na"
			l.Choices = append(l.Choices, na)
		}
		return l
	case rubric.Choice:
		l := &List{Name: "p_" + field}
		names := namer{}
		for _, o := range ind.Choices {
			l.Choices = append(l.Choices, Choice{Name: names.take(choiceName(o.Label)), Label: rubric.Text{ID: o.Label, EN: o.Label}, Answer: o.Label})
		}
		if ind.NA {
			na.Name = names.take("na")
			l.Choices = append(l.Choices, na)
		}
		return l
	case rubric.Levels:
		l := &List{Name: "p_" + field}
		for v := ind.Levels.Min; v <= ind.Levels.Max; v++ {
			s := strconv.Itoa(v)
			d := ind.Levels.Descriptions[v]
			l.Choices = append(l.Choices, Choice{Name: s, Label: rubric.Text{ID: joinDash(s, d.ID), EN: joinDash(s, d.In("en"))}, Answer: s})
		}
		if ind.NA {
			l.Choices = append(l.Choices, na)
		}
		return l
	case rubric.Surv:
		l := &List{Name: "p_" + field}
		for v := ind.Survey.Min; v <= ind.Survey.Max; v++ {
			s := strconv.Itoa(v)
			d := ind.Survey.Labels[v]
			l.Choices = append(l.Choices, Choice{Name: s, Label: rubric.Text{ID: joinDash(s, d.ID), EN: joinDash(s, d.In("en"))}, Answer: s})
		}
		return l
	}
	return nil
}

// appliesList is the list of a number indicator that may be N/A.
func appliesList() *List {
	return &List{Name: "berlaku", Choices: []Choice{
		{Name: "berlaku", Label: txAppliesYes.text()},
		{Name: "na", Label: txNAChoice.text(), Answer: "N/A"},
	}}
}

func joinDash(a, b string) string {
	if b = strings.TrimSpace(b); b == "" {
		return a
	}
	return a + " — " + b
}

// answerLabel is an answer question's label: the code, then the text, so
// that every label of the form is different (exports may use labels as
// column headers).
func answerLabel(ind *rubric.Indicator) rubric.Text {
	return rubric.Text{ID: ind.Code + " — " + ind.Text.ID, EN: ind.Code + " — " + ind.Text.In("en")}
}

func groupLabel(g *rubric.Group) rubric.Text {
	if g.Code == "" {
		return rubric.Text{ID: g.Name.ID, EN: g.Name.In("en")}
	}
	return rubric.Text{ID: g.Code + " — " + g.Name.ID, EN: g.Code + " — " + g.Name.In("en")}
}
