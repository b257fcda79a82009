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
	ns := fold(s)
	if ns == "" {
		return "", false
	}
	best, bestD := "", 1<<30
	for _, c := range candidates {
		d := distance(ns, fold(c))
		if d < bestD {
			best, bestD = c, d
		}
	}
	limit := min(len([]rune(ns))/3, max)
	if limit < 1 {
		limit = 1
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

// distance is the Levenshtein distance between a and b, counted in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 {
		return len(rb)
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
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
