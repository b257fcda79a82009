package rubric_test

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The bounds on rubric numbers make every score a valid rubric can give
// finite, within its scale, and exact to its decimals: rubrics at the
// edges of what validation accepts — weights of 10⁹ beside weights of
// 10⁻⁶, scales as wide as their decimals allow, weighted sums at their
// maximum — are scored under every combination of answers, and each
// score is checked and written as results JSON (which used to fail with
// "json: unsupported value: NaN").
func TestBoundsGiveExactScores(t *testing.T) {
	type edge struct {
		name, scale string
		weights     [3]string
		min, max    float64
		dec         int
		top         float64 // the score of the best answers
	}
	for _, e := range []edge{
		{"weights-far-apart", "{min: 0, max: 100}", [3]string{"1e9", "0.000001", "1"}, 0, 100, 2, 100},
		{"widest-two-decimals", "{min: -9999999.99, max: 9999999.99}", [3]string{"1e9", "1e9", "1e9"}, -9999999.99, 9999999.99, 2, 9999999.99},
		{"widest-six-decimals", "{min: 0, max: 999.999999, decimals: 6}", [3]string{"3", "0.000001", "7"}, 0, 999.999999, 6, 999.999999},
		{"widest-no-decimals", "{min: -999999999, max: 999999999, decimals: 0}", [3]string{"1", "2", "3"}, -999999999, 999999999, 0, 999999999},
		{"weighted-sum-under-max", "{min: 0, max: 100, rule: weighted-sum, factor: 1e6}", [3]string{"0.00003", "0.00002", "0.000005"}, 0, 100, 2, 85},
	} {
		t.Run(e.name, func(t *testing.T) {
			src := fmt.Sprintf(`schema: kepatuhan/rubric/v1
id: tepi
version: "1"
title: {id: Tepi, en: Edge}
scale: %s
bands:
  - {min: %s, label: {id: Satu, en: One}}
indicators:
  - {code: A, text: {id: A}, type: check, weight: %s}
  - {code: B, text: {id: B}, type: choice, weight: %s, choices: [{label: Penuh, points: 1}, {label: Sepertiga, points: 0.333333}, {label: Tidak, points: 0}]}
  - {code: C, text: {id: C}, type: levels, weight: %s, levels: {min: 0, max: 7, descriptions: {0: Nol, 1: Satu, 2: Dua, 3: Tiga, 4: Empat, 5: Lima, 6: Enam, 7: Tujuh}}}
`, e.scale, strconv.FormatFloat(e.min, 'f', -1, 64), e.weights[0], e.weights[1], e.weights[2])
			r, err := rubric.Parse("tepi.yaml", []byte(src))
			if err != nil {
				t.Fatalf("the edge rubric is refused: %v", err)
			}
			step := math.Pow10(-e.dec)
			res := &results.Results{Rubric: r}
			for _, a := range []string{"Ya", "Tidak"} {
				for _, b := range []string{"Penuh", "Sepertiga", "Tidak"} {
					for _, c := range []string{"0", "1", "3", "7"} {
						u := score.NewUnit(r, "U")
						for i, ans := range []string{a, b, c} {
							p, prob := score.ParseAnswer(r.Indicators()[i], ans)
							if prob != nil {
								t.Fatalf("%s: %v", ans, prob.Key)
							}
							u.Indicators[i].Status, u.Indicators[i].Value, u.Indicators[i].Answer = results.Answered, p.Value, ans
						}
						score.Unit(r, &u)
						if u.Score == nil {
							t.Fatalf("%s %s %s: no score", a, b, c)
						}
						s := *u.Score
						if math.IsNaN(s) || math.IsInf(s, 0) || s < e.min-step/2 || s > e.max+step/2 {
							t.Fatalf("%s %s %s: score %v outside %v–%v", a, b, c, s, e.min, e.max)
						}
						if exact, _ := strconv.ParseFloat(strconv.FormatFloat(s, 'f', e.dec, 64), 64); s != exact {
							t.Fatalf("%s %s %s: score %v is not exact to %d decimals", a, b, c, s, e.dec)
						}
						all := a == "Ya" && b == "Penuh" && c == "7"
						none := a == "Tidak" && b == "Tidak" && c == "0"
						if all && s != e.top || none && s != e.min {
							t.Fatalf("%s %s %s: score %v, want the scale's end", a, b, c, s)
						}
						res.Units = append(res.Units, u)
					}
				}
			}
			var buf bytes.Buffer
			if err := results.WriteJSON(&buf, res); err != nil {
				t.Fatalf("results JSON: %v", err)
			}
		})
	}
}

// A score below the lowest band: SKM's printed 0.11 weights add up to
// 0.99, so a unit whose respondents all answer 1 scores 25 × 0.99 × 1 =
// 24.75 on the 25–100 scale, as the regulation's formula gives. The score
// is kept as computed (not raised to 25.00) and is in the lowest band.
func TestScoreBelowLowestBand(t *testing.T) {
	r, err := rubric.Load("skm-2017@bobot-0.11")
	if err != nil {
		t.Fatal(err)
	}
	u := score.NewUnit(r, "U")
	for i := range u.Indicators {
		u.Indicators[i].Status, u.Indicators[i].Value, u.Indicators[i].Respondents = results.Answered, 1, 1
	}
	score.Unit(r, &u)
	if u.Score == nil || *u.Score != 24.75 {
		t.Fatalf("score %v, want 24.75", u.Score)
	}
	if u.Band == nil || u.Band.Grade != r.Bands[0].Grade || *u.Score >= r.Bands[0].Min {
		t.Fatalf("band %+v, want the lowest (%+v)", u.Band, r.Bands[0])
	}
}
