package results_test

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// A document names the region (or period) its units give: the one, two or
// three named, more counted; never the most common one alone.
func TestNaming(t *testing.T) {
	units := func(regions ...string) []results.Unit {
		u := make([]results.Unit, len(regions))
		for i, r := range regions {
			u[i].Region = r
		}
		return u
	}
	region := func(u *results.Unit) string { return u.Region }
	many := make([]string, 0, 1200)
	for i := range 1200 {
		many = append(many, string(rune('A'+i%26))+string(rune('a'+i/26%26))+string(rune('0'+i/676)))
	}
	for _, c := range []struct {
		regions  []string
		lang     msg.Lang
		want     string
		distinct int
	}{
		{nil, msg.ID, "", 0},
		{[]string{"", "  "}, msg.ID, "", 0},
		{[]string{"Kab. A", " Kab. A ", "", "Kab. A"}, msg.ID, "Kab. A", 1},
		{[]string{"Kab. A", "Kab. A", "Kab. A", "Kota B"}, msg.ID, "Kab. A dan Kota B", 2},
		{[]string{"Kota B", "Kab. A", "Kab. A"}, msg.EN, "Kab. A and Kota B", 2},
		{[]string{"Kota B", "Kab. A"}, msg.EN, "Kota B and Kab. A", 2},
		{[]string{"A", "B", "C", "A"}, msg.ID, "A, B dan C", 3},
		{[]string{"A", "B", "C", "D"}, msg.ID, "4 wilayah", 4},
		{[]string{"A", "B", "C", "D"}, msg.EN, "4 regions", 4},
		{many, msg.ID, "1.200 wilayah", 1200},
	} {
		d := results.Distinct(units(c.regions...), region)
		if len(d) != c.distinct {
			t.Errorf("%q: %d distinct, want %d", c.regions, len(d), c.distinct)
		}
		if got := results.Naming(c.lang, d, msg.DocRegions); got != c.want {
			t.Errorf("%q: %q, want %q", c.regions, got, c.want)
		}
	}
	if got := results.Naming(msg.ID, []string{"2023", "2024", "2025", "2026"}, msg.DocPeriods); got != "4 periode" {
		t.Errorf("periods: %q", got)
	}
}
