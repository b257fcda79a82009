// Package suggest finds the nearest known word to a mistyped one, for the
// "did you mean …?" hints in error messages.
package suggest

import "unicode"

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
	var buf [64]rune
	ns := appendFolded(buf[:0], s)
	if len(ns) == 0 {
		return "", false
	}
	limit := min(len(ns)/3, max)
	if limit < 1 {
		limit = 1
	}
	best, bestD := "", limit+1
	for i, c := range set.folded {
		// Only a candidate nearer than the best so far, and within the
		// limit, can change the answer: compare up to that bound.
		if d := boundedDistance(ns, c, bestD-1); d < bestD {
			best, bestD = set.names[i], d
			if d == 0 {
				break
			}
		}
	}
	if bestD > limit || best == s {
		return "", false
	}
	return best, true
}

// fold lower-cases s and drops spaces and punctuation that people vary.
func fold(s string) string { return string(appendFolded(nil, s)) }

func appendFolded(dst []rune, s string) []rune {
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), r == '-', r == '_', r == ':', r == '.', r == 0xA0:
			continue
		}
		dst = append(dst, unicode.ToLower(r))
	}
	return dst
}

// boundedDistance is the Levenshtein distance between a and b, counted in
// runes, if it is at most k (k ≥ 0), and some
// value over k otherwise, found without computing more than it must: a
// length difference over k, or a row of the table all over k, settles it.
func boundedDistance(a, b []rune, k int) int {
	if len(a)-len(b) > k || len(b)-len(a) > k {
		return k + 1
	}
	if len(a) == 0 {
		return len(b)
	}
	var buf [2 * 32]int
	row := buf[:]
	if 2*(len(b)+1) > len(row) {
		row = make([]int, 2*(len(b)+1))
	}
	prev, cur := row[:len(b)+1], row[len(b)+1:2*(len(b)+1)]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low > k {
			return k + 1 // the distance is at least the row's least value
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
