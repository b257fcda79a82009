package submissions_test

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/exportfixture"
	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// An assessment filled in once, given to both routes: the phone (its
// submissions, exported) and the Excel form (filled cell by cell).

// answer is one indicator's answer: the choice a phone stores (or the
// number typed), the text an Excel form holds, the note and the photo.
type answer struct {
	choice, text string
	na           bool // a number indicator answered N/A (its applies column)
	note, photo  string
}

// filled is one unit's assessment.
type filled struct {
	unit        xlsform.Unit
	assessor    string
	date        string // yyyy-mm-dd
	obs         map[*rubric.Indicator]answer
	respondents []map[*rubric.Indicator]answer
}

// draw is a deterministic number in [0, 1) for a key.
func draw(key string) float64 {
	sum := sha256.Sum256([]byte(key))
	return float64(binary.BigEndian.Uint64(sum[:8])>>11) / (1 << 53)
}

// testUnits is a unit list with a unit of each of r's types and one
// without a type (to which every indicator applies).
func testUnits(r *rubric.Rubric) []xlsform.Unit {
	var us []xlsform.Unit
	for i, ut := range r.UnitTypes {
		us = append(us, xlsform.Unit{Code: fmt.Sprintf("UNIT-%02d", i+1), Name: "Unit Pelayanan " + ut.Label.ID, Type: ut.ID,
			Region: "Kabupaten Contoh", Period: "2025"})
	}
	return append(us, xlsform.Unit{Code: "UNIT-X", Name: "Unit tanpa jenis", Region: "Kabupaten Contoh", Period: "2025"})
}

// fill answers every applicable indicator of every unit, the way an
// assessor would on the phone; respondents answer survey items, now and
// then skipping one.
func fill(r *rubric.Rubric, p *xlsform.Plan, units []xlsform.Unit, respondents int) []filled {
	var out []filled
	for ui, u := range units {
		fl := filled{unit: u, assessor: "Siti Aminah", date: fmt.Sprintf("2025-08-%02d", 4+ui),
			obs: map[*rubric.Indicator]answer{}}
		for _, ind := range r.Indicators() {
			if ind.Type == rubric.Surv {
				continue
			}
			if !ind.AppliesToType(u.Type) {
				continue // the phone hides it (relevant); the form greys it
			}
			key := u.Code + "/" + ind.Code
			a := pick(p, ind, key)
			if d := draw(key + "/note"); d < 0.3 {
				a.note = "Catatan " + ind.Code + ": perlu diperbaiki"
			}
			if d := draw(key + "/photo"); d < 0.4 || ind.Evidence {
				a.photo = fmt.Sprintf("%d.jpg", 1723456000000+int64(draw(key+"/name")*1e9))
			}
			fl.obs[ind] = a
		}
		for k := 0; k < respondents; k++ {
			resp := map[*rubric.Indicator]answer{}
			for _, ind := range r.Indicators() {
				if ind.Type != rubric.Surv {
					continue
				}
				key := fmt.Sprintf("%s/%d/%s", u.Code, k, ind.Code)
				if draw(key+"/skip") < 0.1 {
					continue
				}
				resp[ind] = pick(p, ind, key)
			}
			fl.respondents = append(fl.respondents, resp)
		}
		out = append(out, fl)
	}
	return out
}

// pick chooses an answer of the indicator's list (or a number).
func pick(p *xlsform.Plan, ind *rubric.Indicator, key string) answer {
	d := draw(key)
	if ind.Type == rubric.Number {
		if ind.NA && d < 0.15 {
			return answer{choice: "", text: "N/A", na: true}
		}
		nr := ind.Number
		v := nr.Min + float64(int((nr.Max-nr.Min)*d*10))/10
		s := strconv.FormatFloat(v, 'f', -1, 64)
		return answer{choice: s, text: s}
	}
	cs := p.Answer(ind).List.Choices
	c := cs[int(d*float64(len(cs)))]
	return answer{choice: c.Name, text: c.Answer}
}

// makeSubmissions turns the assessments into what a server holds: one
// submission per unit (its respondents as rows of the repeat), or one
// per respondent for a survey rubric's form.
func makeSubmissions(r *rubric.Rubric, p *xlsform.Plan, fs []filled) []exportfixture.Submission {
	var subs []exportfixture.Submission
	base := time.Date(2025, 8, 4, 2, 0, 0, 0, time.UTC)
	n := 0
	next := func() (string, time.Time) {
		n++
		sum := sha256.Sum256([]byte(fmt.Sprintf("%s/%d", r.Ref(), n)))
		id := fmt.Sprintf("%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16])
		return id, base.Add(time.Duration(n) * 37 * time.Minute)
	}
	unitValues := func(f filled, at time.Time) map[string]string {
		u := f.unit
		v := map[string]string{
			"start":            at.Add(-40 * time.Minute).Format("2006-01-02T15:04:05.000+07:00"),
			"end":              at.Add(-5 * time.Minute).Format("2006-01-02T15:04:05.000+07:00"),
			xlsform.NameRubric: r.Ref(), xlsform.NameVersion: r.Version, xlsform.NameHash: r.Hash(),
			xlsform.NameUnit: xlsform.UnitChoice(u.Code), xlsform.NameUnitName: u.Name, xlsform.NameUnitType: u.Type,
			xlsform.NameRegion: u.Region, xlsform.NamePeriod: u.Period, xlsform.NameDate: f.date,
		}
		if !p.Respondent {
			v[xlsform.NameAssessor] = f.assessor
			v[xlsform.NameLocation] = "3.7513 98.4532 24 4.5"
		}
		return v
	}
	items := func(dst map[string]string, resp map[*rubric.Indicator]answer) {
		for ind, a := range resp {
			dst[p.Answer(ind).Name] = a.choice
		}
	}
	for _, f := range fs {
		if p.Respondent {
			for _, resp := range f.respondents {
				id, at := next()
				v := unitValues(f, at)
				items(v, resp)
				subs = append(subs, exportfixture.Submission{ID: id, Time: at, Values: v})
			}
			continue
		}
		id, at := next()
		v := unitValues(f, at)
		for ind, a := range f.obs {
			name := p.Answer(ind).Name
			switch {
			case a.na:
				v[name+"_berlaku"] = "na"
			case ind.Type == rubric.Number && ind.NA:
				v[name+"_berlaku"] = "berlaku"
				v[name] = a.choice
			default:
				v[name] = a.choice
			}
			if a.note != "" {
				v[name+"_catatan"] = a.note
			}
			if a.photo != "" {
				v[name+"_foto"] = a.photo
			}
		}
		s := exportfixture.Submission{ID: id, Time: at, Values: v}
		if p.Repeat != nil {
			s.Repeats = map[string][]map[string]string{}
			for _, resp := range f.respondents {
				row := map[string]string{}
				items(row, resp)
				s.Repeats[p.Repeat.Name] = append(s.Repeats[p.Repeat.Name], row)
			}
		}
		subs = append(subs, s)
	}
	return subs
}

// excelForm writes the Excel form of the same units and fills it with the
// same answers, cell by cell.
func excelForm(t *testing.T, r *rubric.Rubric, fs []filled, respondents int) string {
	t.Helper()
	var units []form.Unit
	for _, f := range fs {
		u := f.unit
		units = append(units, form.Unit{Code: u.Code, Name: u.Name, Type: u.Type, Region: u.Region, Period: u.Period,
			Assessor: f.assessor, Date: f.date})
	}
	path := filepath.Join(t.TempDir(), "formulir.xlsx")
	if err := atomicfile.Write(path, func(w io.Writer) error {
		return form.Write(w, r, units, form.Options{Respondents: max(respondents, 1)})
	}); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	set := func(sheet string, col, row int, v string) {
		if v == "" {
			return
		}
		ref, _ := excelize.CoordinatesToCellName(col+1, row+1)
		if err := x.SetCellStr(sheet, ref, v); err != nil {
			t.Fatal(err)
		}
	}
	byCode := map[string]*filled{}
	for i := range fs {
		f := &fs[i]
		byCode[f.unit.Code] = f
		sheet := form.SheetName(f.unit.Code)
		if !hasSheet(x, sheet) {
			continue
		}
		rows, err := x.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		tb, ok := form.FindTable(rows)
		if !ok {
			t.Fatalf("no table in %s", sheet)
		}
		for i := tb.Header + 1; i < len(rows); i++ {
			if tb.Code >= len(rows[i]) {
				continue
			}
			ind, ok := r.Indicator(rows[i][tb.Code])
			if !ok {
				continue
			}
			a, ok := f.obs[ind]
			if !ok {
				continue
			}
			set(sheet, tb.Answer, i, a.text)
			set(sheet, tb.Note, i, a.note)
			set(sheet, tb.Evidence, i, a.photo)
		}
	}
	if hasSheet(x, form.SheetRespondents) {
		rows, err := x.GetRows(form.SheetRespondents)
		if err != nil {
			t.Fatal(err)
		}
		cols := map[string]int{}
		for j, h := range rows[0] {
			cols[h] = j
		}
		for i := 1; i < len(rows); i++ {
			f := byCode[rows[i][cols["Kode Unit"]]]
			k, _ := strconv.Atoi(rows[i][cols["Responden"]])
			if f == nil || k < 1 || k > len(f.respondents) {
				continue
			}
			for ind, a := range f.respondents[k-1] {
				set(form.SheetRespondents, cols[ind.Code], i, a.text)
			}
		}
	}
	if err := x.Save(); err != nil {
		t.Fatal(err)
	}
	return path
}

func hasSheet(x *excelize.File, name string) bool {
	for _, s := range x.GetSheetList() {
		if strings.EqualFold(s, name) {
			return true
		}
	}
	return false
}
