package rubric

import (
	"os"
	"strings"
	"testing"
)

// A rubric's sources and provenance may be bilingual; one written with
// plain strings keeps the hash it had before they could be (so results
// scored with it, and comparisons against them, stay the same).
func TestNotesBilingualAndHashKept(t *testing.T) {
	data, err := os.ReadFile("../testdata/rubrics/langkat-desa-2025.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse("langkat-desa-2025.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	// The hash langkat-desa-2025 had when its notes were plain strings.
	const before = "e7957fcb4fc8e2797e182b441c2ed5af61b43821a517022062a8da36cfad72f1"
	if r.Hash() != before {
		t.Errorf("hash of a rubric with plain-string notes changed: %s, was %s", r.Hash(), before)
	}
	if got := r.Provenance[0].Item.In("en"); got != "zona 0–50,99 merah, 51–80,99 kuning, 81–100 hijau" {
		t.Errorf("a plain note in English falls back to Indonesian: got %q", got)
	}

	bi := strings.Replace(string(data), "  - item: zona 0–50,99 merah, 51–80,99 kuning, 81–100 hijau\n",
		"  - item:\n      id: zona 0–50,99 merah, 51–80,99 kuning, 81–100 hijau\n      en: zones 0–50.99 red, 51–80.99 yellow, 81–100 green\n", 1)
	bi = strings.Replace(bi, "    source: Ombudsman RI, penilaian kepatuhan 2016–2019\n",
		"    source: {id: \"Ombudsman RI, penilaian kepatuhan 2016–2019\", en: \"Ombudsman RI, compliance assessments 2016–2019\"}\n", 1)
	r2, err := Parse("bi.yaml", []byte(bi))
	if err != nil {
		t.Fatal(err)
	}
	f := r2.Provenance[0]
	if f.Item.In("en") != "zones 0–50.99 red, 51–80.99 yellow, 81–100 green" || f.Item.In("id") != "zona 0–50,99 merah, 51–80,99 kuning, 81–100 hijau" {
		t.Errorf("item: %+v", f.Item)
	}
	if f.Source.In("en") != "Ombudsman RI, compliance assessments 2016–2019" {
		t.Errorf("source: %+v", f.Source)
	}
	if r2.Hash() == r.Hash() {
		t.Error("an English note does not change the hash")
	}
	// The canonical form reads back to the same rubric.
	back, err := Parse("canonical.json", r2.Canonical())
	if err != nil {
		t.Fatal(err)
	}
	if back.Hash() != r2.Hash() || back.Provenance[0].Item != f.Item {
		t.Errorf("canonical form does not read back: %+v", back.Provenance[0])
	}
	// A bilingual note without Indonesian is refused, as any text is.
	if _, err := Parse("noid.yaml", []byte(strings.Replace(bi, "      id: zona 0–50,99 merah, 51–80,99 kuning, 81–100 hijau\n", "", 1))); err == nil ||
		!strings.Contains(err.Error(), "provenance.item") {
		t.Errorf("a note without id: %v", err)
	}
}
