package form

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// TestReadBack fills every answer cell of a form the way an assessor
// would (from its drop-down) and reads the workbook with the observation
// reader, with both of its engines: the form must read without a single
// problem, every unit with every indicator answered, and the rubric named
// in the header block.
func TestReadBack(t *testing.T) {
	rs := []*rubric.Rubric{contoh(t), parse(t, typesYAML), parse(t, surveyYAML), parse(t, mixedYAML)}
	if bs, err := rubric.Builtins(); err == nil {
		rs = append(rs, bs...)
	}
	const respondents = 3
	for _, r := range rs {
		for _, layout := range []string{LayoutWide, LayoutLong} {
			for _, lang := range []msg.Lang{msg.ID, msg.EN} {
				name := r.ID + "/" + layout + "/" + string(lang)
				units := []Unit{{Code: "DINKES", Name: "Dinas", Period: "2024", Date: "12/08/2024"}, {Code: "PKM-01"}}
				if len(r.UnitTypes) > 0 {
					units[0].Type = r.UnitTypes[0].ID
				}
				path := filepath.Join(t.TempDir(), "form.xlsx")
				if err := saveForm(path, r, units, Options{Respondents: respondents, Layout: layout, Lang: lang}); err != nil {
					t.Fatal(err)
				}
				fill(t, path)
				var obs, surv int
				for _, ind := range r.Indicators() {
					if ind.Type == rubric.Surv {
						surv++
					} else {
						obs++
					}
				}
				for _, engine := range []string{"fast", "excelize"} {
					res := sheet.Read(path, r, sheet.Options{Engine: engine})
					for _, p := range res.Problems {
						if p.Severity == msg.Error {
							t.Errorf("%s %s: %s", name, engine, p.Text(msg.EN))
						}
					}
					layouts := map[string]sheet.Layout{}
					for _, s := range res.Sheets {
						layouts[s.Name] = s.Layout
					}
					if layouts[SheetInstructions] != "" {
						t.Errorf("%s: the instructions were read as %s", name, layouts[SheetInstructions])
					}
					if obs > 0 && (res.Rubric != r.Ref() || res.RubricVersion != r.Version) {
						t.Errorf("%s: rubric read as %q %q", name, res.Rubric, res.RubricVersion)
					}
					want := 0
					if obs > 0 {
						want += len(units)
					}
					if surv > 0 {
						want += len(units)
					}
					if len(res.Fragments) != want {
						t.Fatalf("%s %s: %d units read, want %d", name, engine, len(res.Fragments), want)
					}
					for _, fr := range res.Fragments {
						// An SKM's respondents come back with their
						// characteristics (each filled with its list's
						// last value, or the oldest age).
						if sv := fr.Unit.Survey; fr.Survey && r.Kind == rubric.Survey && (sv == nil || sv.Respondents != respondents ||
							sv.Count(results.TraitSex, "P") != respondents || sv.Count(results.TraitOccupation, "Lainnya") != respondents ||
							sv.Count(results.TraitAge, ">=60") != respondents || sv.Count(results.TraitEducation, "S3") != respondents) {
							t.Errorf("%s %s: %s survey %+v", name, engine, fr.Unit.Code, sv)
						}
						// The form shows the type's label (in its
						// language); it reads back as the type's id.
						if !fr.Survey && fr.Unit.Code == "DINKES" && fr.Unit.Type != units[0].Type {
							t.Errorf("%s %s: unit type read as %q, want %q", name, engine, fr.Unit.Type, units[0].Type)
						}
						for i, ir := range fr.Unit.Indicators {
							ind := r.Indicators()[i]
							if (ind.Type == rubric.Surv) != fr.Survey {
								continue
							}
							if ir.Status == results.Missing {
								t.Errorf("%s %s: %s %s not read", name, engine, fr.Unit.Code, ind.Code)
							}
							if fr.Survey && ir.Respondents != respondents {
								t.Errorf("%s %s: %s %s has %d respondents, want %d", name, engine, fr.Unit.Code, ind.Code, ir.Respondents, respondents)
							}
						}
					}
				}
			}
		}
	}
}

// fill answers every validated answer cell of a form with the last value
// its drop-down offers (or the top of its number range).
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sh := range f.GetSheetList() {
		if v, _ := f.GetSheetVisible(sh); !v {
			continue
		}
		dvs, _ := f.GetDataValidations(sh)
		for _, dv := range dvs {
			if sh != SheetRespondents && dv.Sqref == "B4" {
				continue // the unit type
			}
			var val any = dv.Formula2
			if dv.Type == "list" {
				l := listOf(t, f, dv)
				val = l[len(l)-1]
			}
			for _, part := range strings.Fields(dv.Sqref) {
				a, b, _ := strings.Cut(part, ":")
				if b == "" {
					b = a
				}
				c1, r1, _ := excelize.CellNameToCoordinates(a)
				c2, r2, _ := excelize.CellNameToCoordinates(b)
				for c := c1; c <= c2; c++ {
					for r := r1; r <= r2; r++ {
						ref, _ := excelize.CoordinatesToCellName(c, r)
						if err := f.SetCellValue(sh, ref, val); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}
