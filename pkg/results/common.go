package results

import "strings"

// MostCommon is the value of field most items have (spaces trimmed); of
// values equally common, the one that reached that count first; "" when
// none has one. The
// documents name a run's region and period this way: what most units say.
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
