package diff

// The JSON of a unit's evidence changes (schema kepatuhan/diff/v1, added).
type jsonEvidenceChange struct {
	Indicator string `json:"indicator"`
	Change    string `json:"change"`
	File      string `json:"file"`
	OldSHA256 string `json:"old_sha256"`
	NewSHA256 string `json:"new_sha256,omitempty"`
}

func evidenceChangesJSON(cs []EvidenceChange) []jsonEvidenceChange {
	if len(cs) == 0 {
		return nil
	}
	out := make([]jsonEvidenceChange, len(cs))
	for i, c := range cs {
		out[i] = jsonEvidenceChange{c.Indicator, string(c.Change), c.Ref, c.OldSHA256, c.NewSHA256}
	}
	return out
}
