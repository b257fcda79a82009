package sheet

import (
	"unsafe"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// unitSlab hands out the result slices of the units a sheet starts from
// shared blocks, instead of allocating two per unit: a long sheet of
// 10,000 units made 20,000 allocations, each rounded up to its size class
// (a 30-indicator unit's 2,880 bytes took 3,072). Blocks grow with the
// sheet — one unit, two, three, … up to about maxSlabBlock bytes — so a
// sheet of few units wastes little. A block stays alive as long as any of
// its units does; all of them live to the end of a run.
type unitSlab struct {
	tmpl  results.Unit // what score.NewUnit makes: codes filled in, all else zero
	inds  []results.IndicatorResult
	grps  []results.GroupScore
	given int
}

// maxSlabBlock bounds a block; past 32 KB a block is rounded up to whole
// pages only, which at this size wastes under 3%.
const maxSlabBlock = 256 << 10

// next returns a new unit for r with the given code, as score.NewUnit
// does.
func (a *unitSlab) next(r *rubric.Rubric, code string) results.Unit {
	if a.tmpl.Indicators == nil {
		a.tmpl = score.NewUnit(r, "")
	}
	ni, ng := len(a.tmpl.Indicators), len(a.tmpl.Groups)
	if a.inds == nil || len(a.inds) < ni || len(a.grps) < ng {
		size := ni*int(unsafe.Sizeof(results.IndicatorResult{})) + ng*int(unsafe.Sizeof(results.GroupScore{}))
		k := max(1, min(a.given+1, maxSlabBlock/max(size, 1)))
		a.inds = make([]results.IndicatorResult, k*ni)
		a.grps = make([]results.GroupScore, k*ng)
	}
	u := results.Unit{Code: code, Indicators: a.inds[:ni:ni], Groups: a.grps[:ng:ng]}
	a.inds, a.grps = a.inds[ni:], a.grps[ng:]
	// The block is zeroed: setting the groups' codes makes the unit equal
	// to the template (and is much cheaper than copying it into fresh
	// memory).
	for i := range u.Groups {
		u.Groups[i].Code = a.tmpl.Groups[i].Code
	}
	a.given++
	return u
}
