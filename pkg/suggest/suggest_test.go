package suggest

import (
	"math/rand/v2"
	"testing"
)

// within is the straightforward definition: the first candidate at the
// least distance, if within the bound.
func within(s string, candidates []string, bound int) (string, bool) {
	ns := []rune(fold(s))
	if len(ns) == 0 {
		return "", false
	}
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := runeDistance(ns, []rune(fold(c))); d < bestD {
			best, bestD = c, d
		}
	}
	limit := max(1, min(len(ns)/3, bound))
	if bestD > limit || best == s {
		return "", false
	}
	return best, true
}

func TestBoundedDistance(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune("abcü")
	word := func() []rune {
		w := make([]rune, rng.IntN(40))
		for i := range w {
			w[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return w
	}
	for range 5000 {
		a, b, k := word(), word(), rng.IntN(5)
		d, got := runeDistance(a, b), boundedDistance(a, b, k)
		if d <= k && got != d || d > k && got <= k {
			t.Fatalf("boundedDistance(%q, %q, %d) = %d, distance %d", string(a), string(b), k, got, d)
		}
	}
}

func TestWithinSkipsOnlyFarCandidates(t *testing.T) {
	labels := []string{"Kode Unit", "Nama Unit", "Jenis Unit", "Instansi", "Tahun", "Penilai", "Tanggal",
		"Rubrik", "Kode Indikator", "Jawaban", "Catatan", "Bukti", "Date", "Year", "Note", "Respondent"}
	set := NewSet(labels)
	words := []string{"", " ", "Kode Unt", "kode-unit", "Tahun", "Tahn", "Tgl", "Catatn", "Nama Unit Pelayanan",
		"Jwaban", "Rubric", "Kecamatan", "Ya", "Petunjuk pengisian formulir ini", "Kode Indikatr", "Ÿear", "Nöte"}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("aeiounkdtjbKDT :-_.ü")
	for range 2000 {
		w := make([]rune, rng.IntN(16))
		for i := range w {
			w[i] = alphabet[rng.IntN(len(alphabet))]
		}
		words = append(words, string(w))
	}
	for _, w := range words {
		for _, max := range []int{0, 1, 2, 3} {
			got, ok := set.Within(w, max)
			want, wok := within(w, labels, max)
			if got != want || ok != wok {
				t.Errorf("Within(%q, %d) = %q, %v; want %q, %v", w, max, got, ok, want, wok)
			}
		}
	}
	if got, ok := Nearest("Kode Indikatr", labels); !ok || got != "Kode Indikator" {
		t.Errorf("Nearest = %q, %v", got, ok)
	}
}

// runeDistance is the Levenshtein distance between a and b, counted in
// runes: the plain table.
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
