package score

import (
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// rubric/FORMAT.md lists every answer word in one place; the lists are
// the ones the scorer accepts, no more and no fewer.
func TestVocabularyDocumented(t *testing.T) {
	data, err := os.ReadFile("../../rubric/FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	row := func(label string) []string {
		m := regexp.MustCompile(`(?m)^\| ` + regexp.QuoteMeta(label) + ` \| (.*) \|$`).FindStringSubmatch(string(data))
		if m == nil {
			t.Fatalf("FORMAT.md has no row %q in Answers in a workbook", label)
		}
		var out []string
		for _, w := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(m[1], -1) {
			out = append(out, Normalize(w[1]))
		}
		return out
	}
	for _, c := range []struct {
		label string
		words []string
	}{
		{"check, met", metWords},
		{"check, not met", notMetWords},
		{"N/A (where `na: true`; any type)", naWords},
	} {
		got, want := row(c.label), slices.Clone(c.words)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("FORMAT.md lists %q for %s; the scorer accepts %q", got, c.label, want)
		}
	}
	if !strings.Contains(string(data), "even 15th digit") {
		t.Error("FORMAT.md does not state the tie rule of the 15-digit step")
	}
}

// The tie rule of Round's first step, as FORMAT.md states it: an exact
// tie at the 16th significant digit goes to the even 15th digit, and
// this never changes the result when the second step rounds before the
// 15th digit (validation bounds a scale to 9 digits with its decimals).
// Exact ties a double can hold with k = 1…8 binary decimals are tried at
// every such number of decimals: Round gives what rounding the tie up at
// the first step would.
func TestRoundFifteenDigitTie(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for k := 1; k <= 8; k++ {
		for range 2000 {
			// 16 significant digits: 16-k before the point, k after, the
			// last a 5 (an odd multiple of 2^-k has exactly k decimals).
			lo := int64(math.Pow10(15 - k))
			whole := lo + rng.Int64N(9*lo)
			x := float64(whole) + float64(2*rng.Int64N(1<<(k-1))+1)/float64(int64(1)<<k)
			exact := strconv.FormatFloat(x, 'f', k, 64)
			if !strings.HasSuffix(exact, "5") || len(strings.Replace(exact, ".", "", 1)) != 16 {
				continue // not a tie at the 16th digit
			}
			for d := 0; d < k-1; d++ { // the second step before the 15th digit
				want := halfUp(halfUp(exact, 15-(16-k)), d)
				if got := strconv.FormatFloat(Round(x, d, rubric.HalfAwayFromZero), 'f', d, 64); got != want {
					t.Fatalf("Round(%s, %d) = %s, want %s", exact, d, got, want)
				}
			}
		}
	}
}

// halfUp rounds a positive decimal string to d decimals, ties up.
func halfUp(s string, d int) string {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil))
	r.Mul(r, scale)
	r.Add(r, big.NewRat(1, 2))
	n := new(big.Int).Quo(r.Num(), r.Denom())
	return new(big.Rat).Quo(new(big.Rat).SetInt(n), scale).FloatString(d)
}
