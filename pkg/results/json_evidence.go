package results

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The JSON form of an answer's evidence: an indicator's "proof", added to
// schema v1 (files without it read as before) and kept in v2.
type jsonProof struct {
	Items    []jsonEvidence `json:"items"`
	Required int            `json:"required"`
	Present  int            `json:"present"`
	Flag     string         `json:"flag,omitempty"`
}

type jsonEvidence struct {
	Kind     string     `json:"kind"`
	Ref      string     `json:"ref"`
	Path     string     `json:"path,omitempty"`
	Embedded bool       `json:"embedded,omitempty"`
	SHA256   string     `json:"sha256,omitempty"`
	Size     int64      `json:"size,omitempty"`
	Status   string     `json:"status"`
	Problem  string     `json:"problem,omitempty"`
	Width    int        `json:"width,omitempty"`
	Height   int        `json:"height,omitempty"`
	Slot     int        `json:"slot,omitempty"`
	Source   *jsonPlace `json:"source,omitempty"`
}

func proofJSON(p *Proof, pc *placer) *jsonProof {
	if p == nil {
		return nil
	}
	jp := &jsonProof{Items: make([]jsonEvidence, len(p.Items)), Required: p.Required, Present: p.Present, Flag: p.Flag.String()}
	for i, it := range p.Items {
		jp.Items[i] = jsonEvidence{Kind: string(it.Kind), Ref: it.Ref, Path: it.Path, Embedded: it.Embedded,
			SHA256: it.SHA256, Size: it.Size, Status: it.Status.String(), Problem: it.Problem,
			Width: it.Width, Height: it.Height, Slot: it.Slot, Source: pc.at(it.Source)}
	}
	return jp
}

// proofFromJSON reads jp into p.
func proofFromJSON(jp *jsonProof, p *Proof, file, unit, code string, place func(*jsonPlace) (Place, error)) error {
	*p = Proof{Required: jp.Required, Present: jp.Present}
	var ok bool
	if p.Flag, ok = ParseEvidenceFlag(jp.Flag); !ok {
		return problem(file, msg.ResultsEvidenceValue, unit, code, "flag", jp.Flag)
	}
	if p.Present < 0 || p.Present > p.Required {
		return problem(file, msg.ResultsEvidenceCount, unit, code, p.Present, p.Required)
	}
	if len(jp.Items) > 0 {
		p.Items = make([]EvidenceItem, 0, len(jp.Items))
	}
	for _, je := range jp.Items {
		it := EvidenceItem{Kind: rubric.EvidenceKind(je.Kind), Ref: je.Ref, Path: je.Path, Embedded: je.Embedded,
			SHA256: je.SHA256, Size: je.Size, Problem: je.Problem, Width: je.Width, Height: je.Height, Slot: je.Slot}
		switch it.Kind {
		case rubric.Photo, rubric.Document, rubric.Link:
		default:
			return problem(file, msg.ResultsEvidenceValue, unit, code, "kind", je.Kind)
		}
		if it.Status, ok = ParseEvidenceStatus(je.Status); !ok {
			return problem(file, msg.ResultsEvidenceValue, unit, code, "status", je.Status)
		}
		src, err := place(je.Source)
		if err != nil {
			return err
		}
		it.Source = src
		p.Items = append(p.Items, it)
	}
	return nil
}
