package score_test

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

const evidenceRubric = `schema: kepatuhan/rubric/v1
id: bukti
version: "1"
title: Bukti
scale: {min: 0, max: 100}
bands: [{min: 0, label: R}]
indicators:
  - code: A
    text: Maklumat
    type: check
    without_evidence: unproven
    evidence:
      - {kind: photo, description: Foto maklumat}
      - {kind: document, description: SK maklumat}
      - {kind: link, description: Laman, required: false}
  - code: B
    text: SOP
    type: levels
    levels: {min: 0, max: 2, descriptions: {0: Tidak, 1: Sebagian, 2: Lengkap}}
    evidence: true
  - code: C
    text: Papan
    type: check
`

func item(kind rubric.EvidenceKind, st results.EvidenceStatus) results.EvidenceItem {
	return results.EvidenceItem{Kind: kind, Ref: string(kind), Status: st}
}

func TestEvidenceRule(t *testing.T) {
	rb, err := rubric.Parse("bukti.yaml", []byte(evidenceRubric))
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		status            results.IndicatorStatus
		required, present int
		flag              results.EvidenceFlag
		slots             []int
	}
	cases := []struct {
		name   string
		code   string
		answer float64
		items  []results.EvidenceItem
		want   want
	}{
		{"unproven: the document is missing", "A", 1,
			[]results.EvidenceItem{item(rubric.Photo, results.Found), item(rubric.Document, results.Absent)},
			want{results.NotMet, 2, 1, results.Unproven, []int{1, 0}}},
		{"proven: photo and document, a link not required", "A", 1,
			[]results.EvidenceItem{item(rubric.Document, results.Unchecked), item(rubric.Photo, results.Found)},
			want{results.Met, 2, 2, results.NoFlag, []int{2, 1}}},
		{"a second photo fills nothing", "A", 1,
			[]results.EvidenceItem{item(rubric.Photo, results.Found), item(rubric.Photo, results.Found), item(rubric.Link, results.Linked), item(rubric.Document, results.Found)},
			want{results.Met, 2, 2, results.NoFlag, []int{1, 0, 3, 2}}},
		{"not met needs no evidence", "A", 0, nil, want{results.NotMet, 0, 0, results.NoFlag, nil}},
		{"warn: scored, flagged", "B", 1, nil, want{results.Partial, 1, 0, results.Without, nil}},
		{"any kind fills evidence: true", "B", 2, []results.EvidenceItem{item(rubric.Link, results.Linked)},
			want{results.Met, 1, 1, results.NoFlag, []int{1}}},
		{"an optional list is never lacking", "C", 1, []results.EvidenceItem{item(rubric.Photo, results.Absent)},
			want{results.Met, 0, 0, results.NoFlag, []int{0}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			u := score.NewUnit(rb, "U")
			for i := range u.Indicators {
				u.Indicators[i].Status, u.Indicators[i].Value = results.Answered, 1
			}
			ind, _ := rb.Indicator(c.code)
			ir := &u.Indicators[ind.Index()]
			ir.Value = c.answer
			if c.items != nil {
				ir.SetProof(&results.Proof{Items: append([]results.EvidenceItem(nil), c.items...)})
			}
			for range 2 { // scoring again gives the same
				score.Unit(rb, &u)
				p := ir.Proof()
				if p == nil {
					p = &results.Proof{}
				}
				got := want{ir.Status, p.Required, p.Present, p.Flag, nil}
				for _, it := range p.Items {
					got.slots = append(got.slots, it.Slot)
				}
				if got.status != c.want.status || got.required != c.want.required || got.present != c.want.present ||
					got.flag != c.want.flag || len(got.slots) != len(c.want.slots) {
					t.Fatalf("got %+v, want %+v", got, c.want)
				}
				for i := range got.slots {
					if got.slots[i] != c.want.slots[i] {
						t.Fatalf("slots %v, want %v", got.slots, c.want.slots)
					}
				}
			}
			if c.want.flag == results.Unproven && (ir.Fraction != 0 || ir.Points != 0) {
				t.Errorf("unproven answer earns %v (%v points)", ir.Fraction, ir.Points)
			}
		})
	}
}
