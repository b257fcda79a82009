// Package suggest finds the nearest known word to a mistyped one, for the
// "did you mean …?" hints in error messages.
package suggest

import (
	"strings"
	"unicode"
)

// Nearest returns the candidate closest to s (ignoring case, spaces,
// dashes, underscores and colons), if it is close enough to be a likely
// typo: an edit distance of at most a third of its length, and at most 3.
func Nearest(s string, candidates []string) (string, bool) {
	return Within(s, candidates, 3)
}

// Within is Nearest with a stricter bound: at most max edits (and at most
// a third of the length).
func Within(s string, candidates []string, max int) (string, bool) {
	return NewSet(candidates).Within(s, max)
}

// Set is a fixed list of candidates, folded once, for callers that look up
// many words against the same list (a sheet's header labels).
type Set struct {
	names  []string
	folded [][]rune
}

// NewSet folds the candidates once.
func NewSet(candidates []string) *Set {
	s := &Set{names: candidates, folded: make([][]rune, len(candidates))}
	for i, c := range candidates {
		s.folded[i] = []rune(fold(c))
	}
	return s
}

// Within is the package's Within against the set. A candidate whose
// length differs from the word's by more than the bound cannot be within
// it (an edit changes the length by at most one), so it is not compared.
func (set *Set) Within(s string, max int) (string, bool) {
	ns := []rune(fold(s))
	if len(ns) == 0 {
		return "", false
	}
	limit := min(len(ns)/3, max)
	if limit < 1 {
		limit = 1
	}
	best, bestD := "", 1<<30
	for i, c := range set.folded {
		if len(c)-len(ns) > limit || len(ns)-len(c) > limit {
			continue // distance > limit: it can be neither best nor near
		}
		if d := runeDistance(ns, c); d < bestD {
			best, bestD = set.names[i], d
		}
	}
	if bestD > limit || best == s {
		return "", false
	}
	return best, true
}

// fold lower-cases s and drops spaces and punctuation that people vary.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), r == '-', r == '_', r == ':', r == '.', r == 0xA0:
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// runeDistance is the Levenshtein distance between a and b, counted in
// runes.
func runeDistance(ra, rb []rune) int {
	if len(ra) == 0 {
		return len(rb)
	}
	var buf [2 * 32]int
	row := buf[:]
	if 2*(len(rb)+1) > len(row) {
		row = make([]int, 2*(len(rb)+1))
	}
	prev, cur := row[:len(rb)+1], row[len(rb)+1:2*(len(rb)+1)]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
