package diff

import (
	"math"
	"sort"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Rank of a zone: merah 0, kuning 1, hijau 2; -1 for none.
func zoneRank(z rubric.Zone) int {
	switch z {
	case rubric.Merah:
		return 0
	case rubric.Kuning:
		return 1
	case rubric.Hijau:
		return 2
	}
	return -1
}

func unitSide(u *results.Unit) *UnitSide {
	s := &UnitSide{Name: u.Name, Type: u.Type, Status: u.Status, Score: u.Score, Counts: u.Counts}
	if u.Status == results.Complete && u.Band != nil {
		s.Grade, s.Zone, s.Label = u.Band.Grade, u.Band.Zone, u.Band.Label
	}
	if u.Status != results.Complete {
		s.Score = nil
	}
	return s
}

func category(s *UnitSide) Category {
	switch {
	case s == nil:
		return CatAbsent
	case s.Status != results.Complete:
		return CatIncomplete
	}
	switch s.Zone {
	case rubric.Hijau:
		return CatHijau
	case rubric.Kuning:
		return CatKuning
	case rubric.Merah:
		return CatMerah
	}
	return CatNoZone
}

// units matches units by code and decides each one's status.
func (r *Report) units(old, new *results.Results, lin []link) {
	oldBy := make(map[string]int, len(old.Units))
	for i := range old.Units {
		k := rubric.CodeKey(old.Units[i].Code)
		if _, dup := oldBy[k]; !dup {
			oldBy[k] = i
		}
	}
	type keyed struct {
		UnitDiff
		order int
	}
	all := make([]keyed, 0, len(new.Units)+len(old.Units))
	usedOld := make([]bool, len(old.Units))
	seenNew := map[string]bool{}
	for i := range new.Units {
		nu := &new.Units[i]
		k := rubric.CodeKey(nu.Code)
		if seenNew[k] {
			continue
		}
		seenNew[k] = true
		ud := UnitDiff{Code: nu.Code, Name: nu.Name, Type: nu.Type, New: unitSide(nu)}
		if j, ok := oldBy[k]; ok {
			usedOld[j] = true
			ou := &old.Units[j]
			ud.Old = unitSide(ou)
			if ud.Name == "" {
				ud.Name = ou.Name
			}
			if ud.Type == "" {
				ud.Type = ou.Type
			}
			r.decide(&ud)
			ud.Flips = r.flips(lin, ou, nu)
			ud.Evidence = evidenceChanges(lin, ou, nu)
		} else {
			ud.Status, ud.Reason = Added, OnlyNew
		}
		all = append(all, keyed{ud, i})
	}
	for j := range old.Units {
		if usedOld[j] {
			continue
		}
		ou := &old.Units[j]
		if oldBy[rubric.CodeKey(ou.Code)] != j {
			continue // a second unit with the same code in OLD
		}
		ud := UnitDiff{Code: ou.Code, Name: ou.Name, Type: ou.Type, Old: unitSide(ou), Status: Removed, Reason: OnlyOld}
		all = append(all, keyed{ud, len(new.Units) + j})
	}
	sort.SliceStable(all, func(a, b int) bool {
		x, y := &all[a], &all[b]
		if x.Status != y.Status {
			return x.Status < y.Status
		}
		if rx, ry := reasonRank(x.Reason), reasonRank(y.Reason); rx != ry {
			return rx < ry
		}
		switch x.Status {
		case Regressed:
			if x.ZoneSteps != y.ZoneSteps {
				return x.ZoneSteps < y.ZoneSteps
			}
			if a, b := deltaKey(x.Delta, true), deltaKey(y.Delta, true); a != b {
				return a < b
			}
		case Improved:
			if x.ZoneSteps != y.ZoneSteps {
				return x.ZoneSteps > y.ZoneSteps
			}
			if a, b := deltaKey(x.Delta, false), deltaKey(y.Delta, false); a != b {
				return a > b
			}
		}
		return x.order < y.order
	})
	r.Units = make([]UnitDiff, len(all))
	for i := range all {
		r.Units[i] = all[i].UnitDiff
		r.Matrix[category(all[i].Old)][category(all[i].New)]++
	}
}

// deltaKey is a delta to sort by; a missing one sorts last both in
// ascending order (regressions: the largest drop first) and descending
// order (improvements: the largest gain first).
func deltaKey(d *float64, ascending bool) float64 {
	switch {
	case d != nil:
		return *d
	case ascending:
		return math.Inf(1)
	}
	return math.Inf(-1)
}

func reasonRank(r Reason) int {
	switch r {
	case ZoneDown, ZoneUp:
		return 0
	case BecameIncomplete:
		return 1
	}
	return 2
}

// decide sets a matched unit's status, reason, delta and flags.
func (r *Report) decide(u *UnitDiff) {
	c := &r.Comparability
	o, n := u.Old, u.New
	if o.Type != "" && n.Type != "" && rubric.CodeKey(o.Type) != rubric.CodeKey(n.Type) {
		u.Flags = append(u.Flags, TypeChanged)
	}
	switch {
	case o.Status != results.Complete && n.Status != results.Complete:
		u.Status, u.Reason = NotComparable, BothIncomplete
		return
	case o.Status != results.Complete:
		u.Status, u.Reason = NotComparable, OldIncomplete
		return
	case n.Status != results.Complete:
		u.Status, u.Reason = Regressed, BecameIncomplete
		return
	}
	if c.SameScale {
		d := r.delta(*o.Score, *n.Score)
		u.Delta = &d
	}
	zo, zn := zoneRank(o.Zone), zoneRank(n.Zone)
	zoned := c.Zones && zo >= 0 && zn >= 0
	if zoned {
		u.ZoneSteps = zn - zo
	}
	switch {
	case zoned && zn < zo:
		u.Status, u.Reason = Regressed, ZoneDown
	case zoned && zn > zo:
		u.Status, u.Reason = Improved, ZoneUp
	case u.Delta != nil && *u.Delta < 0:
		u.Status, u.Reason = Regressed, ScoreDown
	case u.Delta != nil && *u.Delta > 0:
		u.Status, u.Reason = Improved, ScoreUp
	case u.Delta != nil:
		u.Status, u.Reason = Unchanged, SameScore
	case zoned:
		u.Status, u.Reason = Unchanged, SameZone
	default:
		u.Status, u.Reason = NotComparable, NoCommonMeasure
	}
	if u.Delta != nil && r.Jump != nil && *u.Delta > *r.Jump {
		u.Flags = append(u.Flags, Jump)
	}
	if zoned && zo == 0 && zn == 2 {
		u.Flags = append(u.Flags, ZoneLeap)
	}
	// A stable order of flags: jump, zone_leap, type_changed.
	sort.SliceStable(u.Flags, func(i, j int) bool { return flagRank(u.Flags[i]) < flagRank(u.Flags[j]) })
}

func flagRank(f Flag) int {
	switch f {
	case Jump:
		return 0
	case ZoneLeap:
		return 1
	}
	return 2
}
