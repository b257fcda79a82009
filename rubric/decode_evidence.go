package rubric

import (
	"go.yaml.in/yaml/v3"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// evidence reads an indicator's `evidence`: true or false, or a list of
// items, each {kind, description, required}.
func (d *decoder) evidence(n *yaml.Node, code string) EvidenceNeed {
	n = resolve(n)
	if n == nil || n.Kind != yaml.SequenceNode {
		if n != nil && n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
			return EvidenceNeed{Flag: d.boolean(n, "evidence")}
		}
		p := d.at(n, msg.RubricEvidenceShape)
		d.hint(p, msg.HintSeeFormat)
		return EvidenceNeed{}
	}
	var need EvidenceNeed
	for _, c := range d.list(n, "evidence") {
		it := EvidenceItem{Required: true}
		seen := d.mapping(c, "evidence", map[string]func(k, v *yaml.Node){
			"kind": func(k, v *yaml.Node) {
				it.Kind = EvidenceKind(d.enum(v, "evidence.kind", string(Photo), string(Document), string(Link)))
			},
			"description": func(k, v *yaml.Node) { it.Description = d.text(v, "evidence.description") },
			"required":    func(k, v *yaml.Node) { it.Required = d.boolean(v, "evidence.required") },
		})
		if seen == nil {
			continue
		}
		for _, req := range []string{"kind", "description"} {
			if seen[req] == nil {
				d.at(c, msg.RubricMissingKey, req, "evidence")
			}
		}
		need.Items = append(need.Items, it)
	}
	if len(n.Content) == 0 {
		d.at(n, msg.RubricEmptyList, "evidence")
	}
	return need
}

// evidenceRule reads `without_evidence`: warn or unproven.
func (d *decoder) evidenceRule(n *yaml.Node) EvidenceRule {
	return EvidenceRule(d.enum(n, "without_evidence", string(Warn), string(Unproven)))
}

// checkEvidence checks an indicator's evidence keys against each other
// and its type.
func (d *decoder) checkEvidence(ind *Indicator, seen map[string]*yaml.Node) {
	if v := seen["without_evidence"]; v != nil && ind.WithoutEvidence != "" && !ind.Need.required() {
		p := d.at(v, msg.RubricEvidenceRuleAlone, indWhat(ind.Code))
		d.hint(p, msg.HintEvidenceRuleAlone)
	}
	if v := seen["evidence"]; v != nil && ind.Type == Surv && !ind.Need.IsZero() {
		d.at(v, msg.RubricEvidenceSurvey, indWhat(ind.Code))
	}
}
