package results

import "testing"

func TestMostCommon(t *testing.T) {
	units := []Unit{{Region: " Kab. A"}, {Region: "Kab. B"}, {Region: ""}, {Region: "Kab. B "}, {Region: "Kab. A"}}
	region := func(u *Unit) string { return u.Region }
	// Two each: Kab. B reached two first (its fourth unit, before Kab.
	// A's fifth).
	if got := MostCommon(units, region); got != "Kab. B" {
		t.Errorf("tie: got %q, want Kab. B", got)
	}
	if got := MostCommon(append(units, Unit{Region: "Kab. A"}), region); got != "Kab. A" {
		t.Errorf("majority: got %q, want Kab. A", got)
	}
	if got := MostCommon([]Unit{{}, {Region: "  "}}, region); got != "" {
		t.Errorf("none: got %q, want empty", got)
	}
}
