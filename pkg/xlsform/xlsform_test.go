package xlsform

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// testRubrics are every built-in rubric (with its variants) and the
// repository's test rubrics of other shapes.
func testRubrics(t *testing.T) []*rubric.Rubric {
	t.Helper()
	bs, err := rubric.Builtins()
	if err != nil {
		t.Fatal(err)
	}
	var out []*rubric.Rubric
	for _, r := range bs {
		out = append(out, r)
		for _, v := range r.Variants {
			rv, err := r.WithVariant(v.ID)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, rv)
		}
	}
	for _, f := range []string{"contoh.yaml", "langkat-desa-2025.yaml", "uji-campuran.yaml"} {
		r, err := rubric.Load(filepath.Join("..", "..", "testdata", "rubrics", f))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// unitsFor is a unit list with one unit of each of r's unit types and
// one without a type.
func unitsFor(r *rubric.Rubric) []Unit {
	var us []Unit
	for i, ut := range r.UnitTypes {
		us = append(us, Unit{Code: fmt.Sprintf("U-%02d", i+1), Name: "Unit " + ut.Label.ID, Type: ut.ID,
			Region: "Kabupaten Contoh", Period: "2025"})
	}
	return append(us, Unit{Code: "TANPA JENIS", Name: "Unit tanpa jenis"})
}

// TestBuiltinForms writes the phone form of every built-in rubric, with
// and without a unit list, reads the file back, and applies the
// checker; then checks what the form must hold for the rubric.
func TestBuiltinForms(t *testing.T) {
	for _, r := range testRubrics(t) {
		for _, withUnits := range []bool{false, true} {
			var units []Unit
			if withUnits {
				units = unitsFor(r)
			}
			t.Run(fmt.Sprintf("%s/units=%v", r.Ref(), withUnits), func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "form.xlsx")
				if err := WriteFile(path, r, units); err != nil {
					t.Fatal(err)
				}
				f, err := ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if ps := Check(f, path); len(ps) > 0 {
					t.Fatalf("the checker finds problems in the written form:\n%v", ps)
				}
				checkShape(t, r, f, units)
			})
		}
	}
}

// checkShape checks the form holds what the issue asks of it.
func checkShape(t *testing.T, r *rubric.Rubric, f *Form, units []Unit) {
	t.Helper()
	if got := f.Sheets; !slices.Equal(got, []string{SheetSurvey, SheetChoices, SheetSettings}) {
		t.Errorf("sheets %v", got)
	}
	if got, want := f.Setting("form_id"), FormID(r); got != want {
		t.Errorf("form_id %q, want %q", got, want)
	}
	if v := f.Setting("version"); !strings.HasPrefix(v, r.Version+"-"+r.Hash()[:8]+"-") {
		t.Errorf("version %q does not carry the rubric's version and hash", v)
	}
	if got := f.Survey.Languages(); !slices.Equal(got, []string{LangEN, LangID}) {
		t.Errorf("label languages %v", got)
	}
	rows := map[string]int{}
	for i := range f.Survey.Rows {
		if n := f.Survey.Get(i, "name"); n != "" {
			rows[n] = i
		}
	}
	get := func(name, col string) string {
		i, ok := rows[name]
		if !ok {
			t.Fatalf("no question %q", name)
		}
		return f.Survey.Get(i, col)
	}
	choices := map[string][]string{}
	for i := range f.Choices.Rows {
		l := f.Choices.Get(i, "list_name")
		choices[l] = append(choices[l], f.Choices.Get(i, "name"))
	}
	if get(NameHash, "calculation") != "'"+r.Hash()+"'" {
		t.Errorf("kp_hash: %q", get(NameHash, "calculation"))
	}
	if len(units) > 0 {
		if typ := get(NameUnit, "type"); typ != "select_one unit" {
			t.Errorf("kode_unit is %q", typ)
		}
		if len(choices["unit"]) != len(units) || !slices.Contains(choices["unit"], "TANPA_JENIS") {
			t.Errorf("unit list %v", choices["unit"])
		}
	} else if typ := get(NameUnit, "type"); typ != "text" {
		t.Errorf("kode_unit is %q without a unit list", typ)
	}
	plan := NewPlan(r)
	survey := r.Kind == rubric.Survey
	if _, ok := rows[NameAssessor]; ok == survey {
		t.Errorf("assessor question present %v in a %s rubric's form", ok, r.Kind)
	}
	if _, ok := rows[NameRespondes]; ok != (r.Kind == rubric.Mixed) {
		t.Errorf("respondents repeat present %v in a %s rubric's form", ok, r.Kind)
	}
	for _, ind := range r.Indicators() {
		a := plan.Answer(ind)
		typ := get(a.Name, "type")
		if ind.Type == rubric.Surv {
			if get(a.Name, "required") != "" {
				t.Errorf("%s: a survey item is required", ind.Code)
			}
			continue
		}
		if get(a.Name, "required") != "yes" {
			t.Errorf("%s: not required", ind.Code)
		}
		if ind.Type == rubric.Number {
			if typ != "decimal" {
				t.Errorf("%s: %q", ind.Code, typ)
			}
		} else {
			list := strings.TrimPrefix(typ, "select_one ")
			if hasNA := slices.Contains(choices[list], "na"); hasNA != ind.NA {
				t.Errorf("%s: N/A offered %v, allowed %v", ind.Code, hasNA, ind.NA)
			}
		}
		if get(a.Name+"_catatan", "type") != "text" {
			t.Errorf("%s: no note", ind.Code)
		}
		if get(a.Name+"_foto", "type") != "image" || get(a.Name+"_foto", "parameters") != fmt.Sprintf("max-pixels=%d", MaxPixels) {
			t.Errorf("%s: no photo with max-pixels", ind.Code)
		}
		// One photo per photo item of the evidence list, required as
		// the item is; else one, required for evidence: true.
		wantPhotos := map[string]bool{"_foto": ind.Evidence && len(ind.Need.Items) == 0}
		n := 0
		for _, it := range ind.EvidenceItems() {
			if it.Kind == rubric.Photo {
				n++
				key := "_foto"
				if n > 1 {
					key = fmt.Sprintf("_foto%d", n)
				}
				wantPhotos[key] = it.Required
			}
		}
		for key, req := range wantPhotos {
			if get(a.Name+key, "type") != "image" || (get(a.Name+key, "required") == "yes") != req {
				t.Errorf("%s%s: type %q, required %q, want required %v", ind.Code, key, get(a.Name+key, "type"), get(a.Name+key, "required"), req)
			}
		}
		rel := get(a.Name, "relevant")
		typed := len(units) == 0 || slices.ContainsFunc(units, func(u Unit) bool { return u.Type != "" })
		if want := len(ind.AppliesTo) > 0 && len(r.UnitTypes) > 0 && typed; want != strings.Contains(rel, "${jenis_unit}") {
			t.Errorf("%s (applies to %v): relevant %q", ind.Code, ind.AppliesTo, rel)
		}
		for _, at := range ind.AppliesTo {
			if len(r.UnitTypes) > 0 && typed && !strings.Contains(rel, "'"+at+"'") {
				t.Errorf("%s: relevant %q misses %s", ind.Code, rel, at)
			}
		}
	}
}

func TestWriteDeterministic(t *testing.T) {
	r, err := rubric.Builtin("ombudsman-2023")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var files [2][]byte
	for i := range files {
		p := filepath.Join(dir, fmt.Sprintf("f%d.xlsx", i))
		if err := WriteFile(p, r, unitsFor(r)); err != nil {
			t.Fatal(err)
		}
		if files[i], err = os.ReadFile(p); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Fatal("two writes of the same form differ")
	}
}

// TestNames covers codes that are not names: a digit first (PEKPPP), a
// slash, "xml" first; and names made unique.
func TestNames(t *testing.T) {
	for code, want := range map[string]string{
		"SP-01": "SP-01", "1.a.Ak": "i_1.a.Ak", "A/1": "A_1", "XML-1": "i_XML-1", "U1": "U1",
	} {
		if got := nameOf(code); got != want || !ValidName(got) {
			t.Errorf("nameOf(%q) = %q, want %q", code, got, want)
		}
	}
	r := parseRubric(t, `schema: kepatuhan/rubric/v1
id: nama
version: "1"
title: {id: Nama}
scale: {min: 0, max: 100, decimals: 2}
bands: [{min: 0, label: {id: Semua}}]
groups:
  - code: G
    name: {id: G}
    weight: 1
    indicators:
      - {code: A/1, text: {id: satu}, type: check}
      - {code: A_1, text: {id: dua}, type: check}
      - {code: grp_G, text: {id: tiga}, type: check}
`)
	p := NewPlan(r)
	var names []string
	for _, ind := range r.Indicators() {
		names = append(names, p.Answer(ind).Name)
	}
	if want := []string{"A_1", "A_1_2", "grp_G_2"}; !slices.Equal(names, want) {
		t.Errorf("answer names %v, want %v", names, want)
	}
	if p.Groups[0].Name != "grp_G" {
		t.Errorf("group name %q", p.Groups[0].Name)
	}
}

func parseRubric(t *testing.T, y string) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Parse("test.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestCheckerRules breaks one rule of the specification at a time in a
// valid form and expects the checker to say so, at the cell.
func TestCheckerRules(t *testing.T) {
	r, err := rubric.Load(filepath.Join("..", "..", "testdata", "rubrics", "langkat-desa-2025.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	find := func(tb *Table, col, val string) int {
		for i := range tb.Rows {
			if tb.Get(i, col) == val {
				return i
			}
		}
		t.Fatalf("no row with %s = %q", col, val)
		return -1
	}
	set := func(tb *Table, i int, col, val string) {
		c := tb.Col(col)
		for len(tb.Rows[i]) <= c {
			tb.Rows[i] = append(tb.Rows[i], "")
		}
		tb.Rows[i][c] = val
	}
	cases := []struct {
		name   string
		key    msg.Key
		cell   string // "" when the problem names no cell
		break_ func(f *Form)
	}{
		{"sheet case", msg.XFSheetCase, "", func(f *Form) { f.Sheets[1] = "Choices" }},
		{"sheet missing", msg.XFNoSheet, "", func(f *Form) { f.Sheets = f.Sheets[:2] }},
		{"no name column", msg.XFNoColumn, "", func(f *Form) { f.Survey.Header[1] = "nama" }},
		{"unknown type", msg.XFUnknownType, "A7", func(f *Form) { set(f.Survey, 5, "type", "txt") }},
		{"bad name", msg.XFBadName, "B7", func(f *Form) { set(f.Survey, 5, "name", "1unit") }},
		{"xml name", msg.XFBadName, "B7", func(f *Form) { set(f.Survey, 5, "name", "xmlunit") }},
		{"name with space", msg.XFBadName, "B7", func(f *Form) { set(f.Survey, 5, "name", "kode unit") }},
		{"duplicate name", msg.XFDuplicateName, "B8", func(f *Form) { set(f.Survey, 6, "name", "kode_unit") }},
		{"no name", msg.XFNoName, "B8", func(f *Form) { set(f.Survey, 6, "name", "") }},
		{"no label", msg.XFNoLabel, "D7", func(f *Form) { set(f.Survey, 5, "label::"+LangEN, "") }},
		{"hint in one language", msg.XFHintLang, "F7", func(f *Form) { set(f.Survey, 5, "hint::"+LangEN, "") }},
		{"missing list", msg.XFNoList, "", func(f *Form) {
			set(f.Survey, find(f.Survey, "name", "D-05"), "type", "select_one tak_ada")
		}},
		{"empty list", msg.XFEmptyList, "", func(f *Form) {
			f.Choices.Rows = append(f.Choices.Rows, []string{"kosong", "", "x", "x"})
			set(f.Survey, find(f.Survey, "name", "D-05"), "type", "select_one kosong")
		}},
		{"duplicate choice", msg.XFDuplicateChoice, "B3", func(f *Form) { set(f.Choices, 1, "name", "ya") }},
		{"choice without label", msg.XFChoiceNoLabel, "D2", func(f *Form) { set(f.Choices, 0, "label::"+LangEN, "") }},
		{"space in a select_multiple choice", msg.XFChoiceSpace, "", func(f *Form) {
			set(f.Choices, find(f.Choices, "name", "tidak_ada"), "name", "tidak ada")
			set(f.Survey, find(f.Survey, "name", "D-04"), "type", "select_multiple p_D-04")
		}},
		{"unclosed group", msg.XFUnclosed, "", func(f *Form) {
			f.Survey.Rows = slices.Delete(f.Survey.Rows, len(f.Survey.Rows)-1, len(f.Survey.Rows))
		}},
		{"end without begin", msg.XFUnopened, "", func(f *Form) {
			f.Survey.Rows = append(f.Survey.Rows, []string{"end group"})
		}},
		{"end repeat for a group", msg.XFMismatch, "", func(f *Form) {
			set(f.Survey, len(f.Survey.Rows)-1, "type", "end repeat")
		}},
		{"reference to nothing", msg.XFBadRef, "", func(f *Form) {
			set(f.Survey, find(f.Survey, "name", "D-05"), "relevant", "${tiada} = 'x'")
		}},
		{"bad required", msg.XFBadRequired, "", func(f *Form) {
			set(f.Survey, find(f.Survey, "name", "D-05"), "required", "wajib")
		}},
		{"bad max-pixels", msg.XFBadParameter, "", func(f *Form) {
			set(f.Survey, find(f.Survey, "name", "D-05_foto"), "parameters", "max-pixels=besar")
		}},
		{"parameter of another type", msg.XFBadParameter, "", func(f *Form) {
			set(f.Survey, find(f.Survey, "name", "D-05"), "parameters", "max-pixels=1000")
		}},
		{"no version", msg.XFNoSetting, "C2", func(f *Form) { set(f.Settings, 0, "version", "") }},
		{"no form_id", msg.XFNoSetting, "B2", func(f *Form) { set(f.Settings, 0, "form_id", "") }},
		{"bad form_id", msg.XFBadName, "B2", func(f *Form) { set(f.Settings, 0, "form_id", "ombudsman 2019") }},
		{"default language not a label language", msg.XFDefaultLang, "E2", func(f *Form) {
			set(f.Settings, 0, "default_language", "Javanese (jv)")
		}},
		{"calculate without calculation", msg.XFNoCalculation, "", func(f *Form) {
			set(f.Survey, find(f.Survey, "name", NameHash), "calculation", "")
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := Build(r, nil)
			if err != nil {
				t.Fatal(err)
			}
			if ps := Check(f, "f.xlsx"); len(ps) > 0 {
				t.Fatalf("valid form: %v", ps)
			}
			c.break_(f)
			ps := Check(f, "f.xlsx")
			var hit *msg.Problem
			for i := range ps {
				if ps[i].Key == c.key {
					hit = &ps[i]
					break
				}
			}
			if hit == nil {
				t.Fatalf("no %s problem; got %v", c.key, ps)
			}
			if c.cell != "" && hit.Cell != c.cell {
				t.Errorf("at %s, want %s: %s", hit.Cell, c.cell, hit.Text(msg.EN))
			}
			if hit.File != "f.xlsx" {
				t.Errorf("problem names file %q", hit.File)
			}
		})
	}
}
