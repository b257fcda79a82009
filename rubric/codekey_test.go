package rubric

import "testing"

// Codes that look the same are the same: every invisible character is
// removed (the format characters of Unicode category Cf, wherever they
// are, and control characters), spaces of every kind are trimmed, and
// letters are upper case. RLM, LRM, the soft hyphen, the word joiner and
// the zero-width joiner used to survive, and "DINKES" became four units.
func TestCodeKey(t *testing.T) {
	for _, c := range []struct {
		in, want  string
		invisible bool
	}{
		{"DINKES", "DINKES", false},
		{"dinkes", "DINKES", false},
		{"  sp-01 ", "SP-01", false},
		{"DINKES\u200e", "DINKES", true},         // left-to-right mark
		{"\u200fDINKES", "DINKES", true},         // right-to-left mark
		{"DIN\u00adKES", "DINKES", true},         // soft hyphen
		{"DIN\u2060KES", "DINKES", true},         // word joiner
		{"DIN\u200dKES", "DINKES", true},         // zero-width joiner
		{"DIN\u200cKES", "DINKES", true},         // zero-width non-joiner
		{"\ufeffDINKES\u200b", "DINKES", true},   // BOM, zero-width space
		{"\u202aDINKES\u202c", "DINKES", true},   // bidi embedding
		{"\u2066DINKES\u2069", "DINKES", true},   // bidi isolate
		{"DIN\x07KES", "DINKES", true},           // a control character
		{"\u00a0DINKES\u3000", "DINKES", false},  // NBSP, ideographic space
		{"DINAS\u00a0KES", "DINAS KES", false},   // a space inside is a space
		{"DINAS \u200b KES", "DINAS KES", true},  // one space, not two
		{"KEC\tHARAPAN\n", "KEC HARAPAN", false}, // tabs and line ends
		{"pkm-tanjung", "PKM-TANJUNG", false},    // plain
		{"\u200b", "", true},                     // nothing visible
		{"", "", false},
	} {
		if got := CodeKey(c.in); got != c.want {
			t.Errorf("CodeKey(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := HasInvisible(c.in); got != c.invisible {
			t.Errorf("HasInvisible(%q) = %v, want %v", c.in, got, c.invisible)
		}
		if got := CodeKey(CodeKey(c.in)); got != CodeKey(c.in) {
			t.Errorf("CodeKey is not idempotent on %q: %q", c.in, got)
		}
	}
}

func TestIndicatorLookupInvisible(t *testing.T) {
	r, err := Builtin(DefaultID)
	if err != nil {
		t.Fatal(err)
	}
	code := r.Indicators()[0].Code
	for _, in := range []string{code, code + "\u200e", "\u2060" + code, code[:2] + "\u00ad" + code[2:]} {
		if ind, ok := r.Indicator(in); !ok || ind.Code != code {
			t.Errorf("Indicator(%q) = %v, %v", in, ind, ok)
		}
	}
}
