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

func TestPlaceShort(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"/work/data/penilaian-2024.xlsx", "penilaian-2024.xlsx › DINKES › E17"},
		{`C:\Users\budi\penilaian-2024.xlsx`, "penilaian-2024.xlsx › DINKES › E17"},
		{"penilaian-2024.xlsx", "penilaian-2024.xlsx › DINKES › E17"},
		{"folder/", "folder/ › DINKES › E17"},
	} {
		sh := &Sheet{File: c.file, Sheet: "DINKES"}
		p := Place{Sheet: sh, Row: 17, Col: 5}
		if got := p.Short(); got != c.want {
			t.Errorf("%q: got %q, want %q", c.file, got, c.want)
		}
		if sh.File != c.file {
			t.Errorf("%q: Short changed the sheet's file", c.file)
		}
	}
	if got := (Place{}).Short(); got != "" {
		t.Errorf("no place: %q", got)
	}
}
