package results

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The card and the results workbook take an item's words from here: each
// problem a reader can record has its words, the states are the card's.
func TestEvidenceWords(t *testing.T) {
	for _, p := range []string{ProblemOutside, ProblemAmbiguous, ProblemUnreadable, ProblemNotImage,
		ProblemHEIC, ProblemUndecodable, ProblemTooLarge, ProblemFormat} {
		k, ok := ProblemWord(p)
		if !ok || msg.T(msg.ID, k) == "" || msg.T(msg.ID, k) == msg.T(msg.EN, k) {
			t.Errorf("problem %q: no words of its own in both languages", p)
		}
	}
	if _, ok := ProblemWord(""); ok {
		t.Error("no problem has words")
	}
	if got := msg.T(msg.ID, Found.Word()); got != "ada" {
		t.Errorf("found: %q, want ada", got)
	}
	if got := msg.T(msg.ID, Absent.Word()); got != "tidak ada" {
		t.Errorf("absent: %q, want tidak ada", got)
	}
	if _, ok := KindWord(rubric.EvidenceKind("hologram")); ok {
		t.Error("an unknown kind has words")
	}
	sh := &Sheet{File: "penilaian.xlsx", Sheet: "DINKES"}
	pic := EvidenceItem{Ref: "xl/media/image3.jpeg", Embedded: true, Source: Place{Sheet: sh, Row: 15, Col: 7}}
	if cell, ok := pic.PictureCell(); !ok || cell != "G15" {
		t.Errorf("picture in the workbook: %q %v, want G15", cell, ok)
	}
	file := EvidenceItem{Ref: "DINKES/xl-maklumat.jpg", Source: Place{Sheet: sh, Row: 15, Col: 8}}
	if _, ok := file.PictureCell(); ok {
		t.Error("a file in the evidence folder is no picture in the workbook")
	}
}
