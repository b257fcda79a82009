package diff

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// evidenceLines are the evidence notes, one line per file: "DINKES
// SP-01: foto.jpg berubah (SHA-256 1a2b3c4d… → 5e6f7a8b…)". None when
// nothing changed.
func (w words) evidenceLines(r *Report) []string {
	var out []string
	for i := range r.Units {
		u := &r.Units[i]
		for _, c := range u.Evidence {
			file := locale.Clip(c.Ref, 120)
			var s string
			if c.Change == EvidenceChanged {
				s = w.t(msg.DiffEvChanged, file, shortHash(c.OldSHA256), shortHash(c.NewSHA256))
			} else {
				s = w.t(msg.DiffEvGone, file, shortHash(c.OldSHA256))
			}
			out = append(out, locale.Clip(u.Code, 24)+" "+c.Indicator+": "+s)
		}
	}
	return out
}

func shortHash(h string) string {
	if len(h) > 16 {
		return h[:16] + "…"
	}
	return h
}

// writeEvidence adds the evidence notes to the table, when there are any.
func (w words) writeEvidence(b *strings.Builder, r *Report) {
	lines := w.evidenceLines(r)
	if len(lines) == 0 {
		return
	}
	units, _ := r.EvidenceNotes()
	b.WriteString("\n" + w.t(msg.DiffEvTitle, units) + "\n")
	b.WriteString(w.t(msg.DiffEvNote) + "\n")
	for _, l := range lines {
		b.WriteString("  " + l + "\n")
	}
}
