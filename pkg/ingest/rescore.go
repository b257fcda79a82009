package ingest

import (
	"math"
	"strconv"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// rescore scores a unit read from a results file from its own answers,
// as every unit of a run is scored, and says so where the file disagrees
// with itself: an answer whose stored value is not what the answer means
// ("Tidak" stored as met), or a stored score its answers do not give.
// Such a file was edited outside kepatuhan; its answers are what is
// scored — named in a note giving the unit and both values, never
// silently.
func rescore(r *rubric.Rubric, u *results.Unit, file string, probs *msg.Problems, answers *answerMemo) {
	note := func(key msg.Key, args ...any) {
		probs.Add(msg.Problem{Severity: msg.Notice, File: file, Key: key, Args: args, Hint: msg.HintRescored})
	}
	for i, ind := range r.Indicators() {
		ir := &u.Indicators[i]
		if ind.Type == rubric.Surv || ir.Answer == "" {
			continue
		}
		switch ir.Status {
		case results.Met, results.Partial, results.NotMet, results.NA:
		default:
			continue
		}
		p, prob := answers.parse(i, ind, ir.Answer)
		if prob != nil {
			e := *prob
			e.File = file
			probs.Add(e)
			continue
		}
		switch {
		case p.NA != (ir.Status == results.NA):
			note(msg.IngestRescoredAnswerNA, u.Code, ind.Code, ir.Answer)
		case !p.NA && p.Value != ir.Value:
			note(msg.IngestRescoredAnswer, u.Code, ind.Code, num(ir.Value), ir.Answer, num(p.Value))
		default:
			continue
		}
		if p.NA {
			ir.Status, ir.Value = results.NA, 0
		} else {
			ir.Status, ir.Value = results.Answered, p.Value
		}
	}
	stored := u.Score
	if stored != nil {
		s := *stored
		stored = &s
	}
	score.Verify(r, u) // a round's unit: its final answers, and its own
	if !sameScore(stored, u.Score) {
		note(msg.IngestRescored, u.Code, scoreText(r, stored), scoreText(r, u.Score))
	}
}

func sameScore(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b || math.IsNaN(*a) && math.IsNaN(*b)
}

// scoreText shows a score to the rubric's decimals, or "—" for none
// (an incomplete unit).
func scoreText(r *rubric.Rubric, s *float64) string {
	if s == nil {
		return "—"
	}
	return strconv.FormatFloat(*s, 'f', r.Scale.Decimals, 64)
}

func num(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// answerMemo remembers what each indicator's answers mean: a national
// round's results file repeats a few answers ("1", "2") a million times.
type answerMemo struct {
	m map[answerKey]parsedAnswer
}

type answerKey struct {
	ind  int
	text string
}

type parsedAnswer struct {
	p    score.Parsed
	prob *msg.Problem
}

// parse is score.ParseAnswer(ind, text); i is ind's index.
func (a *answerMemo) parse(i int, ind *rubric.Indicator, text string) (score.Parsed, *msg.Problem) {
	if a == nil {
		return score.ParseAnswer(ind, text)
	}
	k := answerKey{i, text}
	if v, ok := a.m[k]; ok {
		return v.p, v.prob
	}
	p, prob := score.ParseAnswer(ind, text)
	if a.m == nil {
		a.m = map[answerKey]parsedAnswer{}
	}
	if len(a.m) < 1<<14 {
		a.m[k] = parsedAnswer{p, prob}
	}
	return p, prob
}
