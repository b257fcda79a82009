package diff

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// Evidence between the years. For an indicator met in both years, a file
// of last year's evidence that is now different (another SHA-256 under
// the same name) or gone (no file of that name, nor one with the same
// content) is noted: auditors check that the unit still has what it
// showed. Files are compared by where they were found (the path in the
// evidence folder, or the picture's part in the workbook), in any case.

// EvidenceChange says what became of one file of OLD's evidence.
type EvidenceChange struct {
	Indicator string // NEW code
	Change    EvidenceChangeKind
	Ref       string // the file, as OLD found it
	OldSHA256 string
	NewSHA256 string // "" when gone
}

// EvidenceChangeKind is what happened to a file.
type EvidenceChangeKind string

// Evidence changes.
const (
	EvidenceChanged EvidenceChangeKind = "changed" // the same name, another content
	EvidenceGone    EvidenceChangeKind = "gone"    // no longer there
)

// evidenceChanges compares the evidence of the indicators met in both
// years.
func evidenceChanges(lin []link, ou, nu *results.Unit) []EvidenceChange {
	var out []EvidenceChange
	for li := range lin {
		l := &lin[li]
		if l.new == nil || len(l.old) == 0 {
			continue
		}
		ir := indicatorAt(nu, l.new)
		if ir == nil || ir.Status != results.Met {
			continue
		}
		if from, ok := oldStatus(l, ou); !ok || from != results.Met {
			continue
		}
		// This year's files by name and by content, made when a file of
		// the year before is there to look up (most answers have none).
		var byName map[string]*results.EvidenceItem
		var byHash map[string]bool
		index := func() {
			byName, byHash = map[string]*results.EvidenceItem{}, map[string]bool{}
			if ir.Proof() == nil {
				return
			}
			for k := range ir.Proof().Items {
				it := &ir.Proof().Items[k]
				if it.Status == results.Found && it.SHA256 != "" {
					byName[fileKey(it)] = it
					byHash[it.SHA256] = true
				}
			}
		}
		for _, oi := range l.old {
			old := indicatorAt(ou, oi)
			if old == nil || old.Proof() == nil {
				continue
			}
			for k := range old.Proof().Items {
				it := &old.Proof().Items[k]
				if it.Status != results.Found || it.SHA256 == "" {
					continue
				}
				if byName == nil {
					index()
				}
				name := fileKey(it)
				switch now, ok := byName[name]; {
				case ok && now.SHA256 != it.SHA256:
					out = append(out, EvidenceChange{l.new.Code, EvidenceChanged, fileName(it), it.SHA256, now.SHA256})
				case !ok && !byHash[it.SHA256]:
					out = append(out, EvidenceChange{l.new.Code, EvidenceGone, fileName(it), it.SHA256, ""})
				}
			}
		}
	}
	return out
}

// fileKey is where an item's file was found, for comparison.
func fileKey(it *results.EvidenceItem) string {
	return strings.ToLower(fileName(it))
}

func fileName(it *results.EvidenceItem) string {
	if it.Path != "" {
		return it.Path
	}
	return it.Ref
}

// EvidenceNotes counts the units with evidence changes, and the changes.
func (r *Report) EvidenceNotes() (units, changes int) {
	for i := range r.Units {
		if n := len(r.Units[i].Evidence); n > 0 {
			units++
			changes += n
		}
	}
	return units, changes
}
