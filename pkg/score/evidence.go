package score

import (
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The evidence rule. An indicator may list the evidence it needs (the
// rubric's items, `evidence: true` being one item of any kind). The items
// given for an answer — references and pictures, resolved by package
// evidence — fill the rubric's items in order: each takes the first
// unused evidence of its kind that is present (found, a link, or a
// reference that could not be checked for want of an evidence folder).
// An answer that earns part of the weight needs every required item
// filled; one that earns nothing needs none (a photo of something
// missing proves nothing). An answer without its required evidence is
// flagged: under the rubric's rule `warn` it keeps its score, under
// `unproven` it earns nothing ("tidak terbukti").

// proven applies the evidence rule to an answer that earns fraction f,
// recording what its evidence fills in ir.Proof(), and returns the fraction
// it earns under the rule.
func proven(ind *rubric.Indicator, ir *results.IndicatorResult, f float64) float64 {
	slots := ind.EvidenceItems()
	p := ir.Proof()
	if p == nil {
		if len(slots) == 0 || f <= 0 || !ind.Evidence {
			return f
		}
		p = &results.Proof{}
		ir.SetProof(p)
	}
	p.Required, p.Present, p.Flag = 0, 0, results.NoFlag
	used := make([]bool, len(p.Items))
	for j := range p.Items {
		p.Items[j].Slot = 0
	}
	for si, slot := range slots {
		filled := false
		for j := range p.Items {
			it := &p.Items[j]
			if used[j] || !it.Status.Present() || (slot.Kind != rubric.AnyKind && slot.Kind != it.Kind) {
				continue
			}
			used[j], it.Slot, filled = true, si+1, true
			break
		}
		if slot.Required && f > 0 {
			p.Required++
			if filled {
				p.Present++
			}
		}
	}
	if p.Present >= p.Required {
		return f
	}
	if ind.EvidenceRule() == rubric.Unproven {
		p.Flag = results.Unproven
		return 0
	}
	p.Flag = results.Without
	return f
}
