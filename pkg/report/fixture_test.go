package report_test

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// example reads the bundled example district's 2024 workbook, as
// `kepatuhan report` would.
func example(t testing.TB) *results.Results {
	t.Helper()
	out := ingest.Load([]string{"../../testdata/example/penilaian-2024.xlsx"}, ingest.Options{})
	if out.Invalid() || out.Results == nil {
		t.Fatalf("example: %v", out.Problems)
	}
	return out.Results
}

func loadRubric(t testing.TB, ref string) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Load(ref)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// parseRubric reads a rubric from YAML text.
func parseRubric(t testing.TB, yaml string) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Parse("test.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// pick is a deterministic pseudo-random number in [0, n) from the parts.
func pick(n int, parts ...any) int {
	h := fnv.New32a()
	fmt.Fprint(h, parts...)
	return int(h.Sum32() % uint32(n))
}

// synth makes n scored units on r, the way a reader and the scorer
// would: each unit has a level of compliance, its answers drawn against
// it; every seventh unit leaves two indicators unanswered (incomplete);
// indicators that allow N/A are sometimes answered N/A; unit types
// rotate over the rubric's; survey items get 5 to 24 respondents.
func synth(t testing.TB, r *rubric.Rubric, n int) *results.Results {
	t.Helper()
	in := results.Input{Path: "data/penilaian.xlsx", Name: "penilaian.xlsx", SHA256: strings.Repeat("0123456789abcdef", 4), Size: 4321}
	sh := &results.Sheet{File: in.Path, Sheet: "Observasi"}
	res := &results.Results{Tool: "kepatuhan 0.1.0-test", Rubric: r, Inputs: []results.Input{in}}
	var types []string
	for _, ut := range r.UnitTypes {
		types = append(types, ut.ID)
	}
	if len(types) == 0 {
		types = []string{""}
	}
	inds := r.Indicators()
	res.Units = make([]results.Unit, 0, n)
	for i := 0; i < n; i++ {
		u := score.NewUnit(r, fmt.Sprintf("U-%04d", i+1))
		u.Name = fmt.Sprintf("Unit Layanan Publik Nomor %d Kabupaten Uji", i+1)
		u.Type = types[i%len(types)]
		u.Region, u.Period, u.Assessor = "Kabupaten Uji", "2025", "Tim Penilai"
		u.Date = fmt.Sprintf("2025-08-%02d", 1+i%28)
		u.Sources = []results.Place{{Sheet: sh}}
		level := 20 + pick(81, "level", i) // % of indicators met
		incomplete := i%7 == 3
		for j, ind := range inds {
			ir := &u.Indicators[j]
			ir.Source = results.Place{Sheet: sh, Row: int32(5 + j), Col: int32(4 + i%20)}
			if incomplete && (j == 1 || j == len(inds)-2) {
				continue
			}
			if ind.NA && pick(9, "na", i, j) == 0 {
				ir.Answer, ir.Status = "N/A", results.NA
				continue
			}
			good := pick(100, "ans", i, j) < level
			if ind.Type == rubric.Surv {
				resp := 5 + pick(20, "resp", i, j)
				lo, hi := ind.Survey.Min, ind.Survey.Max
				for k := 0; k < resp; k++ {
					v := lo + pick(hi-lo+1, "r", i, j, k)
					if good {
						v = max(v, hi-1)
					}
					ir.Value += float64(v)
				}
				ir.Respondents, ir.Status = int32(resp), results.Answered
				continue
			}
			text := answer(ind, good, pick(7, "half", i, j))
			p, prob := score.ParseAnswer(ind, text)
			if prob != nil {
				t.Fatalf("%s %q: %v", ind.Code, text, prob)
			}
			ir.Answer, ir.Value, ir.Status = text, p.Value, results.Answered
		}
		score.Unit(r, &u)
		res.Units = append(res.Units, u)
	}
	return res
}

// answer is a full answer when good, else a poor one (partly met one
// time in k == 0, when the type has a middle).
func answer(ind *rubric.Indicator, good bool, k int) string {
	switch ind.Type {
	case rubric.Check:
		if good {
			return "Ya"
		}
		return "Tidak"
	case rubric.Levels:
		switch {
		case good:
			return strconv.Itoa(ind.Levels.Max)
		case k == 0:
			return strconv.Itoa((ind.Levels.Min + ind.Levels.Max + 1) / 2)
		}
		return strconv.Itoa(ind.Levels.Min)
	case rubric.Choice:
		best, worst := ind.Choices[0], ind.Choices[0]
		for _, c := range ind.Choices {
			if c.Points > best.Points {
				best = c
			}
			if c.Points < worst.Points {
				worst = c
			}
		}
		if good {
			return best.Label
		}
		if k == 0 {
			for _, c := range ind.Choices {
				if c.Points > worst.Points && c.Points < best.Points {
					return c.Label
				}
			}
		}
		return worst.Label
	case rubric.Number:
		nr := ind.Number
		full, zero := nr.Max, nr.Min
		if nr.FullAt != nil {
			full, zero = *nr.FullAt, *nr.ZeroAt
		}
		if good {
			return strconv.FormatFloat(full, 'f', -1, 64)
		}
		return strconv.FormatFloat(zero, 'f', -1, 64)
	}
	panic("answer: type " + string(ind.Type))
}

// ---- what the report should say, worked out here without package report

type ranked struct {
	code  string
	rank  int
	score float64
}

// wantRanking: complete units by score descending then code; a unit's
// rank is one more than the number of units scoring higher.
func wantRanking(res *results.Results) []ranked {
	var out []ranked
	for i := range res.Units {
		if s := res.Units[i].Score; s != nil {
			out = append(out, ranked{code: res.Units[i].Code, score: *s})
		}
	}
	slices.SortFunc(out, func(a, b ranked) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return strings.Compare(a.code, b.code)
	})
	for i := range out {
		higher := 0
		for _, o := range out {
			if o.score > out[i].score {
				higher++
			}
		}
		out[i].rank = higher + 1
	}
	return out
}

// wantZones counts complete units per zone.
func wantZones(res *results.Results) map[rubric.Zone]int {
	out := map[rubric.Zone]int{}
	for i := range res.Units {
		if b := res.Units[i].Band; b != nil {
			out[b.Zone]++
		}
	}
	return out
}

type failing struct {
	code              string
	notMet, partial   int
	answered, failing int
	shortfall, mean   float64
}

// wantAgenda: the indicators some unit does not fully meet, by
// shortfall (a unit not meeting it counts 1, a unit partly meeting it
// the share it misses), then by not met, then in rubric order.
func wantAgenda(res *results.Results, n int) []failing {
	var out []failing
	for k, ind := range res.Rubric.Indicators() {
		f := failing{code: ind.Code}
		for i := range res.Units {
			ir := res.Units[i].Indicators[k]
			switch ir.Status {
			case results.NotMet:
				f.notMet++
				f.shortfall++
			case results.Partial:
				f.partial++
				f.shortfall += 1 - ir.Fraction
			case results.Met:
			default:
				continue
			}
			f.answered++
		}
		f.failing = f.notMet + f.partial
		if f.failing > 0 {
			f.mean = 1 - f.shortfall/float64(f.answered)
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b failing) int {
		if d := b.shortfall - a.shortfall; d > 1e-9 || d < -1e-9 {
			return cmp.Compare(b.shortfall, a.shortfall)
		}
		return cmp.Compare(b.notMet, a.notMet)
	})
	return out[:min(n, len(out))]
}

// wantRegionMean is the plain mean of the complete units' scores.
func wantRegionMean(res *results.Results) float64 {
	sum, n := 0.0, 0
	for i := range res.Units {
		if s := res.Units[i].Score; s != nil {
			sum += *s
			n++
		}
	}
	return sum / float64(n)
}

// ---- reading outputs back

// pdftotext returns the text of a PDF laid out as on the page.
func pdftotext(t testing.TB, data []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: cannot read the report back; apt-get install poppler-utils")
	}
	path := filepath.Join(t.TempDir(), "laporan.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// pages splits pdftotext's output into pages.
func pages(text string) []string {
	return strings.Split(strings.TrimRight(text, "\f\n"), "\f")
}

// between is the text from the first line starting with from (after
// white space) to the first line after it starting with to, after the
// cover (whose contents name every section).
func between(t testing.TB, text, from, to string) string {
	t.Helper()
	if _, body, ok := strings.Cut(text, "\f"); ok {
		text = body
	}
	lines := strings.Split(text, "\n")
	start, end := -1, len(lines)
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if start < 0 && strings.HasPrefix(l, from) {
			start = i
		} else if start >= 0 && strings.HasPrefix(l, to) {
			end = i
			break
		}
	}
	if start < 0 {
		t.Fatalf("no %q in:\n%s", from, text)
	}
	return strings.Join(lines[start:end], "\n")
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func mustContain(t testing.TB, what, text string, wants ...string) {
	t.Helper()
	flat := squash(text)
	for _, w := range wants {
		if !strings.Contains(flat, squash(w)) {
			t.Errorf("%s: %q not found in:\n%s", what, w, text)
		}
	}
}

func mustNotContain(t testing.TB, what, text string, bad ...string) {
	t.Helper()
	flat := squash(text)
	for _, w := range bad {
		if strings.Contains(flat, squash(w)) {
			t.Errorf("%s: %q should not appear", what, w)
		}
	}
}
