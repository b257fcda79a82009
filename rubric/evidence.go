package rubric

import "encoding/json"

// EvidenceKind is the kind of a piece of evidence (bukti dukung).
type EvidenceKind string

// Evidence kinds. AnyKind is the one item of `evidence: true`, which
// names no kind.
const (
	Photo    EvidenceKind = "photo"    // a photo of something displayed or built
	Document EvidenceKind = "document" // an SK, SOP, report, minutes …
	Link     EvidenceKind = "link"     // a website, social-media page, app
	AnyKind  EvidenceKind = ""
)

// EvidenceItem is one piece of evidence an indicator asks for.
type EvidenceItem struct {
	Kind        EvidenceKind `json:"kind"`
	Description Text         `json:"description"`
	// Required: an answer that earns part of the weight needs it. Items
	// are required unless the rubric says `required: false`.
	Required bool `json:"required"`
}

// EvidenceRule says what an answer given without its required evidence
// counts for.
type EvidenceRule string

// Evidence rules.
const (
	// Warn: scored as answered, flagged on the card and in messages.
	Warn EvidenceRule = "warn"
	// Unproven: scored as not met and flagged "tidak terbukti".
	Unproven EvidenceRule = "unproven"
)

// EvidenceNeed is an indicator's `evidence` key: true (some evidence,
// of any kind, is required) or the list of items it asks for.
type EvidenceNeed struct {
	Flag  bool
	Items []EvidenceItem
}

// IsZero reports whether the indicator asks for no evidence.
func (e EvidenceNeed) IsZero() bool { return !e.Flag && len(e.Items) == 0 }

// MarshalJSON writes `true` or the list, as the YAML was written, so
// that a rubric with `evidence: true` keeps the hash it always had.
func (e EvidenceNeed) MarshalJSON() ([]byte, error) {
	if len(e.Items) > 0 {
		return json.Marshal(e.Items)
	}
	return json.Marshal(e.Flag)
}

// EvidenceItems returns the items the indicator asks for: its list, or
// for `evidence: true` one required item of any kind; nil when it asks
// for none.
func (ind *Indicator) EvidenceItems() []EvidenceItem {
	if len(ind.Need.Items) > 0 {
		return ind.Need.Items
	}
	if ind.Need.Flag {
		return anyEvidence
	}
	return nil
}

var anyEvidence = []EvidenceItem{{Kind: AnyKind, Required: true}}

// EvidenceRule returns the rule for an answer given without the
// indicator's required evidence: its own `without_evidence`, else the
// rubric's, else Warn.
func (ind *Indicator) EvidenceRule() EvidenceRule {
	if ind.rule != "" {
		return ind.rule
	}
	return Warn
}

// needsEvidence reports whether an item is required (the derived
// Indicator.Evidence).
func (e EvidenceNeed) required() bool {
	if e.Flag {
		return true
	}
	for _, it := range e.Items {
		if it.Required {
			return true
		}
	}
	return false
}
