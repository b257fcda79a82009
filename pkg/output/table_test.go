package output_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/output"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func table(t *testing.T, ref string, lang msg.Lang) string {
	t.Helper()
	r, err := rubric.Builtin(ref)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	// Units answering every indicator at a fraction k/8 of its range, a
	// survey item by one respondent: one unit in each band and more.
	var units []results.Unit
	for k := range 9 {
		u := score.NewUnit(r, fmt.Sprintf("U%d", k))
		for i, ind := range r.Indicators() {
			lo := 0.0
			switch ind.Type {
			case rubric.Levels:
				lo = float64(ind.Levels.Min)
			case rubric.Surv:
				lo = float64(ind.Survey.Min)
			case rubric.Number:
				lo = ind.Number.Min
			}
			ir := &u.Indicators[i]
			ir.Status, ir.Value = results.Answered, lo+float64(k)/8*(score.MaxValue(ind)-lo)
			if ind.Type == rubric.Surv {
				ir.Respondents = 1
			}
		}
		score.Unit(r, &u)
		units = append(units, u)
	}
	res := &results.Results{Rubric: r, Units: units}
	if err := (output.Table{}).Write(&b, res, output.Options{Lang: lang}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// A rubric without zones (the Ombudsman's 2025 model, SKM) gets no zone
// column, a summary per band and a region line that names no zone; a
// zoned one keeps all three.
func TestTableZones(t *testing.T) {
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		out := table(t, "ombudsman-2025", lang)
		head, _, _ := strings.Cut(out, "\n")
		if strings.Contains(head, msg.T(lang, msg.TableZone)) || strings.Contains(out, "hijau") ||
			strings.Contains(out, msg.T(lang, msg.TableNoZone, 0)[:5]) {
			t.Errorf("%s: zones in a table without zones:\n%s", lang, out)
		}
		if !strings.Contains(out, " · Sangat Baik ") || !strings.Contains(out, " · Sangat Kurang ") {
			t.Errorf("%s: no count per band:\n%s", lang, out)
		}
		for _, l := range strings.Split(out, "\n") {
			if strings.HasSuffix(l, ",") || strings.HasSuffix(l, " zona") || strings.HasSuffix(l, " zone") {
				t.Errorf("%s: a line ends without its zone: %q", lang, l)
			}
		}
		zoned := table(t, "ombudsman-2023", lang)
		head, _, _ = strings.Cut(zoned, "\n")
		if !strings.Contains(head, msg.T(lang, msg.TableZone)) || !strings.Contains(zoned, "hijau ") {
			t.Errorf("%s: the zoned table lost its zones:\n%s", lang, zoned)
		}
	}
}
