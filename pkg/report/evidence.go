package report

import (
	"sort"

	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// EvidenceSummary is the district's evidence completeness: of the items
// the rubric requires for the answers given (answers that earn part of
// the weight), the share present, per unit and in all.
type EvidenceSummary struct {
	Any               bool // some answer needs evidence or has some
	Required, Present int
	Share             float64 // Present / Required; 0 when nothing is required
	// Units are the units with required items, those lacking most
	// first: the lowest share, then the most items missing, then by code.
	Units []EvidenceRow
	// Lacking is how many of the first Units are the units lacking most
	// (at most MaxLacking, only units with something missing).
	Lacking int
}

// MaxLacking is how many units the report names as lacking most.
const MaxLacking = 10

// EvidenceRow is one unit's evidence.
type EvidenceRow struct {
	Unit              int // index in Report.Units
	Required, Present int
	Share             float64
	Without, Unproven int // answers flagged under the rubric's rule
	Items, Found      int // evidence items given; files found (or pictures)
	Absent            int // referenced but not found
}

// evidence computes the district's evidence completeness.
func (rp *Report) evidence() {
	ev := &rp.Evidence
	for ui := range rp.Units {
		u := &rp.Units[ui]
		row := EvidenceRow{Unit: ui}
		for i := range u.Indicators {
			p := u.Indicators[i].Proof()
			if p == nil {
				continue
			}
			ev.Any = true
			row.Required += p.Required
			row.Present += p.Present
			switch p.Flag {
			case results.Without:
				row.Without++
			case results.Unproven:
				row.Unproven++
			}
			for _, it := range p.Items {
				row.Items++
				switch it.Status {
				case results.Found:
					row.Found++
				case results.Absent:
					row.Absent++
				}
			}
		}
		if row.Required == 0 {
			continue
		}
		row.Share = float64(row.Present) / float64(row.Required)
		ev.Required += row.Required
		ev.Present += row.Present
		ev.Units = append(ev.Units, row)
	}
	if ev.Required > 0 {
		ev.Share = float64(ev.Present) / float64(ev.Required)
	}
	sort.SliceStable(ev.Units, func(i, j int) bool {
		a, b := ev.Units[i], ev.Units[j]
		if a.Share != b.Share {
			return a.Share < b.Share
		}
		if ma, mb := a.Required-a.Present, b.Required-b.Present; ma != mb {
			return ma > mb
		}
		return rp.Units[a.Unit].Code < rp.Units[b.Unit].Code
	})
	for _, r := range ev.Units {
		if ev.Lacking == MaxLacking || r.Present == r.Required {
			break
		}
		ev.Lacking++
	}
}
