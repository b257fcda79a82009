package example_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/example"
	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The example district's 2024 units can be assessed with the methods
// districts face now: for each of these rubrics the test writes the
// blank form with kepatuhan's own form writer, fills it as assessors and
// respondents would (levels, numbers with a decimal comma, N/A where it
// is allowed, survey answers on the Responden sheet, the same unit left
// unfinished as in the example), and scores it.
func TestExampleScoredWithNewRubrics(t *testing.T) {
	y := example.Years[len(example.Years)-1]
	for _, ref := range []string{"ombudsman-2025", "pekppp-ipp-2023", "pekppp-ipp-2023@bobot-50-50"} {
		t.Run(ref, func(t *testing.T) {
			r, err := rubric.Builtin(ref)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "penilaian-2024.xlsx")
			const respondents = 5
			writeFilled(t, path, r, y, respondents)

			out := ingest.Load([]string{path}, ingest.Options{Jobs: 1})
			for _, p := range out.Problems {
				if p.Severity == msg.Error {
					t.Errorf("%s", p.Text(msg.EN))
				}
			}
			res := out.Results
			if res == nil || res.Rubric.Ref() != ref {
				t.Fatalf("results %v", res)
			}
			if len(res.Units) != len(y.Units) {
				t.Fatalf("%d units, want %d", len(res.Units), len(y.Units))
			}
			grades := map[string]bool{}
			for i, u := range res.Units {
				want := y.Units[i]
				if len(want.Blank) > 0 {
					if u.Status != results.Incomplete || u.Counts.Missing != len(want.Blank) {
						t.Errorf("%s: %s with %d missing, want incomplete with %d", u.Code, u.Status, u.Counts.Missing, len(want.Blank))
					}
					continue
				}
				if u.Status != results.Complete || u.Score == nil {
					t.Errorf("%s: %s (missing %d)", u.Code, u.Status, u.Counts.Missing)
					continue
				}
				if s := *u.Score; s < r.Scale.Min || s > r.Scale.Max || *u.Band != r.BandFor(s) {
					t.Errorf("%s: score %v band %+v", u.Code, s, u.Band)
				}
				if u.Band.Zone != rubric.NoZone && ref == "ombudsman-2025" {
					t.Errorf("%s: zone %q in a model without zones", u.Code, u.Band.Zone)
				}
				for j, ir := range u.Indicators {
					if r.Indicators()[j].Type == rubric.Surv && ir.Respondents != respondents {
						t.Errorf("%s %s: %d respondents", u.Code, r.Indicators()[j].Code, ir.Respondents)
					}
				}
				grades[u.Band.Grade] = true
			}
			// The district's units range from weak to strong: their
			// scores fall in more than one band.
			if len(grades) < 2 {
				t.Errorf("every unit in %v", grades)
			}
			if s := res.Summarize(); s.Complete != len(y.Units)-1 || ref == "ombudsman-2025" && s.Zones[rubric.NoZone] != s.Complete {
				t.Errorf("summary %+v", s)
			}
			if reg := score.Region(r, res.Units); reg.Score == nil || *reg.Band != r.BandFor(*reg.Score) {
				t.Errorf("region %+v", reg)
			}
		})
	}
}

// writeFilled writes the form of r for the year's units and fills it.
func writeFilled(t *testing.T, path string, r *rubric.Rubric, y example.Year, respondents int) {
	t.Helper()
	var units []form.Unit
	for _, u := range y.Units {
		typ := u.Type
		if _, ok := r.UnitType(typ); !ok {
			typ = "" // a desa is no PEKPPP locus: assessed on everything
		}
		units = append(units, form.Unit{Code: u.Code, Name: u.Name, Type: typ, Region: example.Region, Period: strconv.Itoa(y.Year)})
	}
	var blank bytes.Buffer
	if err := form.Write(&blank, r, units, form.Options{Respondents: respondents}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, blank.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	level := map[string]float64{}
	for _, u := range y.Units {
		level[u.Code] = u.Level
		fillSheet(t, f, r, y.Year, u)
	}
	fillRespondents(t, f, r, y.Year, level)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// fillSheet answers a unit's form sheet: each answer near the unit's
// level; N/A for an optional number (an SKM or IPP the unit lacks) now
// and then; the unit's blank answers left blank (as many as the example
// leaves, on the first indicators).
func fillSheet(t *testing.T, f *excelize.File, r *rubric.Rubric, year int, u example.Unit) {
	t.Helper()
	sheet := form.SheetName(u.Code)
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	tb, ok := form.FindTable(rows)
	if !ok {
		t.Fatalf("%s: no answer table", sheet)
	}
	blank := len(u.Blank)
	for i := tb.Header + 1; i < len(rows); i++ {
		if tb.Code >= len(rows[i]) {
			continue
		}
		ind, ok := r.Indicator(rows[i][tb.Code])
		if !ok {
			continue
		}
		if blank > 0 {
			blank--
			continue
		}
		x := near(u.Level, draw(year, u.Code, ind.Code))
		var answer string
		switch ind.Type {
		case rubric.Levels:
			answer = strconv.Itoa(ind.Levels.Min + int(math.Round(x*float64(ind.Levels.Max-ind.Levels.Min))))
		case rubric.Number:
			v := ind.Number.Min + x*(ind.Number.Max-ind.Number.Min)
			answer = strings.Replace(strconv.FormatFloat(math.Round(v*10)/10, 'f', 1, 64), ".", ",", 1)
			if ind.NA && draw(year, u.Code, ind.Code+"/na") < 0.25 {
				answer = "N/A"
			}
		case rubric.Check:
			answer = "Tidak"
			if x >= 0.5 {
				answer = "Ya"
			}
		default:
			t.Fatalf("%s: answer type %s on a form sheet", ind.Code, ind.Type)
		}
		ref, _ := excelize.CoordinatesToCellName(tb.Answer+1, i+1)
		if err := f.SetCellStr(sheet, ref, answer); err != nil {
			t.Fatal(err)
		}
	}
}

// fillRespondents answers every respondent row of the Responden sheet
// (wide layout: one column per survey item, named by its code).
func fillRespondents(t *testing.T, f *excelize.File, r *rubric.Rubric, year int, level map[string]float64) {
	t.Helper()
	rows, err := f.GetRows(form.SheetRespondents)
	if err != nil {
		t.Fatal(err)
	}
	head := rows[0]
	for i := 1; i < len(rows); i++ {
		unit, resp := rows[i][0], rows[i][3]
		for j, code := range head {
			ind, ok := r.Indicator(code)
			if !ok || ind.Type != rubric.Surv {
				continue
			}
			x := near(level[unit], draw(year, unit+"/"+resp, code))
			v := ind.Survey.Min + int(math.Round(x*float64(ind.Survey.Max-ind.Survey.Min)))
			ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellInt(form.SheetRespondents, ref, int64(v)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if !slices.ContainsFunc(head, func(c string) bool { _, ok := r.Indicator(c); return ok }) {
		t.Fatal("no survey item on the Responden sheet")
	}
}

// near is a fraction of the range within 0.3 of the unit's level.
func near(level, d float64) float64 {
	return min(1, max(0, level+0.6*(d-0.5)))
}

// draw is a deterministic number in [0, 1) for a year, unit and key.
func draw(year int, unit, key string) float64 {
	sum := sha256.Sum256([]byte(fmt.Sprintf("%d/%s/%s", year, unit, key)))
	return float64(binary.BigEndian.Uint64(sum[:8])>>11) / (1 << 53)
}
