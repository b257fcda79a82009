package report_test

import (
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/report"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The methodology is data: the PDF and the workbook lay out the same
// texts, which Build makes once in the report's language.
func TestMethodology(t *testing.T) {
	res := example(t)
	r := res.Rubric
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		rp := report.Build(res, report.Options{Lang: lang})
		m := rp.Method
		if m.Ref != r.Ref() || m.Version != r.Version || m.Hash != r.Hash() || m.Title != r.Title.In(string(lang)) {
			t.Errorf("%s: identity %q %q %q %q", lang, m.Ref, m.Version, m.Hash, m.Title)
		}
		if m.Kind != report.KindText(lang, r.Kind) || m.Kind == "" {
			t.Errorf("%s: kind %q", lang, m.Kind)
		}
		if m.Indicators != len(r.Indicators()) || len(m.Inputs) != len(res.Inputs) || m.Tool != rp.Tool {
			t.Errorf("%s: %d indicators, %d inputs, tool %q", lang, m.Indicators, len(m.Inputs), m.Tool)
		}
		if len(m.Decisions) != 7 || m.How == "" || m.Scale == "" || m.Rounding == "" || m.Rollup != rp.RollupText() {
			t.Errorf("%s: %d decisions, how %q, scale %q, rounding %q", lang, len(m.Decisions), m.How, m.Scale, m.Rounding)
		}
		// The bands, the highest first, each with its range, zone and colour.
		if len(m.Bands) != len(r.Bands) {
			t.Fatalf("%s: %d bands", lang, len(m.Bands))
		}
		for i, b := range m.Bands {
			want := r.Bands[len(r.Bands)-1-i]
			if b.Band.Min != want.Min || b.Label != want.Label.In(string(lang)) || !strings.Contains(b.Range, "–") {
				t.Errorf("%s: band %d is %+v", lang, i, b)
			}
			if want.Zone != rubric.NoZone && (b.Zone != r.ZoneInfo(want.Zone).Label.In(string(lang)) || b.Color != rp.BandColor(want)) {
				t.Errorf("%s: band %d zone %q colour %v", lang, i, b.Zone, b.Color)
			}
		}
		for i, f := range m.Provenance {
			if f.Item != r.Provenance[i].Item.In(string(lang)) || f.State != report.FactStatus(lang, f.Status) || f.State == "" {
				t.Errorf("%s: fact %d is %+v", lang, i, f)
			}
		}
	}
	if report.KindText(msg.ID, rubric.Survey) == report.KindText(msg.EN, rubric.Survey) {
		t.Error("the kind is not in the report's language")
	}
}
