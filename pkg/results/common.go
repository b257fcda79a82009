package results

import (
	"slices"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// MostCommon is the value of field most items have (spaces trimmed); of
// values equally common, the one that reached that count first; "" when
// none has one.
func MostCommon[T any](items []T, field func(*T) string) string {
	count := map[string]int{}
	best, n := "", 0
	for i := range items {
		v := strings.TrimSpace(field(&items[i]))
		if v == "" {
			continue
		}
		if count[v]++; count[v] > n {
			best, n = v, count[v]
		}
	}
	return best
}

// Distinct is the values items give field (spaces trimmed, empty ones
// left out), each once: the most given first, of values given equally
// often the one given first.
func Distinct[T any](items []T, field func(*T) string) []string {
	var out []string
	count := map[string]int{}
	for i := range items {
		v := strings.TrimSpace(field(&items[i]))
		if v == "" {
			continue
		}
		if count[v] == 0 {
			out = append(out, v)
		}
		count[v]++
	}
	slices.SortStableFunc(out, func(a, b string) int { return count[b] - count[a] })
	return out
}

// Naming is what a document calls the region or the period its units give
// (Distinct's values): the one they all give; two or three, named together
// ("Kabupaten A dan Kabupaten B"); more, counted ("500 wilayah", with
// several, a key taking the count); "" when none gives one. A document
// about the units of many regions is never titled by one of them, however
// many of its units that one has.
func Naming(lang msg.Lang, values []string, several msg.Key) string {
	switch n := len(values); {
	case n == 0:
		return ""
	case n == 1:
		return values[0]
	case n <= 3:
		return strings.Join(values[:n-1], ", ") + " " + msg.T(lang, msg.DocAnd) + " " + values[n-1]
	default:
		return msg.T(lang, several, locale.Int(lang, n))
	}
}
