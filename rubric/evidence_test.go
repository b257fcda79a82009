package rubric

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

const evidenceRubric = `schema: kepatuhan/rubric/v1
id: bukti
version: "1"
title: {id: Bukti, en: Evidence}
scale: {min: 0, max: 100}
bands:
  - {min: 0, label: {id: Rendah, en: Low}, zone: merah}
without_evidence: unproven
indicators:
  - code: A
    text: Maklumat
    type: check
    evidence:
      - {kind: photo, description: {id: Foto maklumat dipampang, en: Photo of the displayed pledge}}
      - {kind: document, description: {id: SK maklumat, en: Decree}, required: false}
      - {kind: link, description: Laman web, required: false}
  - code: B
    text: SOP
    type: check
    evidence: true
    without_evidence: warn
  - code: C
    text: Ruang laktasi
    type: check
    evidence: [{kind: photo, description: Foto ruang, required: false}]
  - code: D
    text: Papan
    type: check
`

func TestEvidenceList(t *testing.T) {
	r, err := Parse("bukti.yaml", []byte(evidenceRubric))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := r.Indicator("A")
	if !a.Evidence || len(a.EvidenceItems()) != 3 || a.EvidenceRule() != Unproven {
		t.Fatalf("A: evidence %v, items %+v, rule %s", a.Evidence, a.EvidenceItems(), a.EvidenceRule())
	}
	if it := a.EvidenceItems()[0]; it.Kind != Photo || !it.Required || it.Description.EN != "Photo of the displayed pledge" {
		t.Errorf("A's first item: %+v", it)
	}
	if it := a.EvidenceItems()[1]; it.Kind != Document || it.Required {
		t.Errorf("A's second item: %+v", it)
	}
	b, _ := r.Indicator("B")
	if items := b.EvidenceItems(); !b.Evidence || len(items) != 1 || items[0].Kind != AnyKind || !items[0].Required || b.EvidenceRule() != Warn {
		t.Errorf("B (evidence: true, warn): %v %+v %s", b.Evidence, items, b.EvidenceRule())
	}
	c, _ := r.Indicator("C")
	if c.Evidence || len(c.EvidenceItems()) != 1 {
		t.Errorf("C (only an optional item) needs evidence: %v", c.Evidence)
	}
	d, _ := r.Indicator("D")
	if d.Evidence || d.EvidenceItems() != nil {
		t.Errorf("D asks for evidence: %+v", d.EvidenceItems())
	}
	// The canonical form reads back to the same rubric, and keeps
	// `evidence: true` as it was.
	c2, err := Parse("canonical", r.Canonical())
	if err != nil {
		t.Fatal(err)
	}
	if c2.Hash() != r.Hash() {
		t.Errorf("the canonical form has another hash")
	}
	if !bytes.Contains(r.Canonical(), []byte(`"evidence":true,"without_evidence":"warn"`)) {
		t.Errorf("evidence: true is not written as it was: %s", r.Canonical())
	}
}

// A rubric that says `evidence: true`, as every rubric before evidence
// lists did, keeps its hash: results files that embed it still read.
func TestEvidenceTrueKeepsHash(t *testing.T) {
	const old = `{"schema":"kepatuhan/rubric/v1","id":"x","version":"1","title":{"id":"X"},"kind":"observation","scale":{"min":0,"max":100,"rule":"linear","decimals":2,"rounding":"half-away-from-zero"},"bands":[{"min":0,"max":100,"label":{"id":"R"}}],"zones":{},"rollup":{"rule":"mean"},"indicators":[{"code":"A","text":{"id":"A"},"weight":1,"type":"check","evidence":true}]}`
	r, err := Parse("old.json", []byte(old))
	if err != nil {
		t.Fatal(err)
	}
	if !r.Items[0].Evidence {
		t.Fatal("evidence: true not read")
	}
	if got := string(r.Canonical()); !bytes.Contains([]byte(got), []byte(`"type":"check","evidence":true}`)) {
		t.Errorf("canonical form changed: %s", got)
	}
}

func TestEvidenceOnSurveyItem(t *testing.T) {
	src := `schema: kepatuhan/rubric/v1
id: s
version: "1"
title: S
kind: survey
scale: {min: 0, max: 100}
bands: [{min: 0, label: R}]
indicators:
  - {code: U1, text: U, type: survey, survey: {min: 1, max: 4}, evidence: [{kind: photo, description: Foto}]}
`
	_, err := Parse("s.yaml", []byte(src))
	var ps msg.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Key != msg.RubricEvidenceSurvey || ps[0].Line != 9 {
		t.Fatalf("got %v", err)
	}
}

// The built-ins list the evidence their sources name, and say where each
// list comes from; an evidence list has a required item wherever the
// indicator needed evidence before.
func TestBuiltinEvidenceLists(t *testing.T) {
	for id, want := range map[string]int{"ombudsman-2019": 26, "ombudsman-2023": 21, "ombudsman-2025": 17, "pekppp-2023": 30, "pekppp-ipp-2023": 30} {
		r := mustBuiltin(t, id)
		lists := 0
		for _, ind := range r.Indicators() {
			if len(ind.Need.Items) == 0 {
				continue
			}
			lists++
			if !ind.Evidence {
				t.Errorf("%s %s: a list without a required item", id, ind.Code)
			}
			for _, it := range ind.Need.Items {
				if it.Kind == AnyKind || it.Description.ID == "" {
					t.Errorf("%s %s: item %+v", id, ind.Code, it)
				}
			}
		}
		if lists != want {
			t.Errorf("%s: %d indicators list evidence, want %d", id, lists, want)
		}
		named := false
		for _, f := range r.Provenance {
			if strings.Contains(f.Item.In("en"), "evidence") && strings.Contains(f.Item.In("id"), "bukti") && (f.Status == Published || f.Status == Local) {
				named = true
			}
		}
		if !named {
			t.Errorf("%s: the provenance does not say where the evidence lists come from", id)
		}
	}
}
