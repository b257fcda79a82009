package palette

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/rubric"
)

func TestColors(t *testing.T) {
	if c, ok := Parse("#2E7D32"); !ok || c != RGB(46, 125, 50) {
		t.Errorf("Parse: %v %v", c, ok)
	}
	if c, ok := Parse("f9a825"); !ok || c != RGB(249, 168, 37) {
		t.Errorf("Parse without #: %v %v", c, ok)
	}
	for _, bad := range []string{"", "#12345", "#GGGGGG", "red", "#1234567"} {
		if _, ok := Parse(bad); ok {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
	// Dark text on yellow, white on green and red.
	if RGB(249, 168, 37).Contrast() == White {
		t.Error("white on yellow")
	}
	if RGB(46, 125, 50).Contrast() != White || RGB(198, 40, 40).Contrast() != White {
		t.Error("dark text on green or red")
	}
	if got := RGB(0, 100, 200).Tint(1); got != White {
		t.Errorf("Tint(1) = %v", got)
	}
	r := &rubric.Rubric{Zones: rubric.DefaultZones}
	if Zone(r, rubric.Hijau) != RGB(46, 125, 50) || Zone(r, rubric.NoZone) != Neutral {
		t.Error("Zone")
	}
}

func TestHex(t *testing.T) {
	if got := RGB(46, 125, 50).Hex(); got != "#2E7D32" {
		t.Errorf("Hex = %q", got)
	}
	for _, z := range []rubric.Zone{rubric.Hijau, rubric.Kuning, rubric.Merah} {
		if got, want := Zone(&rubric.Rubric{Zones: rubric.DefaultZones}, z).Hex(), rubric.DefaultZones[z].Color; got != want {
			t.Errorf("zone %s: %s, want %s", z, got, want)
		}
	}
}

func TestTermZone(t *testing.T) {
	for z, want := range map[rubric.Zone]string{rubric.Hijau: "\x1b[1;32m", rubric.Kuning: "\x1b[1;33m", rubric.Merah: "\x1b[1;31m", rubric.NoZone: ""} {
		if got := TermZone(z); got != want {
			t.Errorf("TermZone(%q) = %q, want %q", z, got, want)
		}
	}
}
