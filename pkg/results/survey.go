package results

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// Survey is what a unit's respondents said besides each item's mean: how
// many there were, when they answered, who they were, what they wrote,
// and how their answers spread over the scale. The readers of
// respondents sheets fill it; the SKM report consumes it. A unit scored
// before this was recorded (an older results file) has none.
type Survey struct {
	// Respondents counts the respondents with at least one answer.
	Respondents int
	// Unanswered counts rows that say something of a respondent (a
	// characteristic, a date, a suggestion) but answer no item: they are
	// not respondents and count nowhere else.
	Unanswered int
	// First and Last are the earliest and latest survey dates (ISO), and
	// where they were read; "" when no respondent's date was read.
	First, Last     string
	FirstAt, LastAt Place
	// Undated counts respondents without a readable date.
	Undated int
	// Traits tallies the respondents' characteristics, one entry per
	// characteristic and value, in the order first met.
	Traits []Tally
	// Suggestions are the respondents' written suggestions, as written
	// (trimmed), in the order read.
	Suggestions []Suggestion
	// Answers is, for each survey item, how many respondents gave each
	// value of its scale.
	Answers []AnswerCounts
}

// Trait keys, as Tally.Trait and the JSON name them.
const (
	TraitSex        = "sex"
	TraitAge        = "age"
	TraitEducation  = "education"
	TraitOccupation = "occupation"
	TraitService    = "service"
)

// Tally is how many respondents gave one value of one characteristic.
type Tally struct {
	Trait string // TraitSex, TraitAge, …
	// Value is the list's key for a listed value (L, P, SMA, 20-29…), or
	// the text as first written for the service used and for a value
	// the list does not have.
	Value    string
	N        int
	Unlisted bool // the value is not in the characteristic's list
	// At is where the value was first read.
	At Place
}

// Suggestion is one respondent's written suggestion.
type Suggestion struct {
	Text       string
	Respondent string // the respondent's number or id, "" when none
	Source     Place
}

// AnswerCounts is how one survey item's answers spread over its scale:
// Counts[i] respondents answered Min+i.
type AnswerCounts struct {
	Code   string
	Min    int
	Counts []int
}

// Count returns how many respondents gave trait the value, and whether
// the tally holds it.
func (s *Survey) Count(trait, value string) int {
	for _, t := range s.Traits {
		if t.Trait == trait && t.Value == value {
			return t.N
		}
	}
	return 0
}

// Item returns the answer counts of the item code, nil when there are
// none.
func (s *Survey) Item(code string) *AnswerCounts {
	for i := range s.Answers {
		if s.Answers[i].Code == code {
			return &s.Answers[i]
		}
	}
	return nil
}

// The JSON form of a Survey: "survey" on a unit, absent when none.

type jsonSurvey struct {
	Respondents int              `json:"respondents"`
	Unanswered  int              `json:"unanswered,omitempty"`
	First       string           `json:"first,omitempty"`
	Last        string           `json:"last,omitempty"`
	FirstAt     *jsonPlace       `json:"first_at,omitempty"`
	LastAt      *jsonPlace       `json:"last_at,omitempty"`
	Undated     int              `json:"undated,omitempty"`
	Traits      []jsonTally      `json:"traits,omitempty"`
	Suggestions []jsonSuggestion `json:"suggestions,omitempty"`
	Answers     []jsonAnswers    `json:"answers,omitempty"`
}

type jsonTally struct {
	Trait    string     `json:"trait"`
	Value    string     `json:"value"`
	N        int        `json:"n"`
	Unlisted bool       `json:"unlisted,omitempty"`
	At       *jsonPlace `json:"at,omitempty"`
}

type jsonSuggestion struct {
	Text       string    `json:"text"`
	Respondent string    `json:"respondent,omitempty"`
	Source     jsonPlace `json:"source"`
}

type jsonAnswers struct {
	Code   string `json:"code"`
	Min    int    `json:"min"`
	Counts []int  `json:"counts"`
}

func surveyJSON(s *Survey, pc *placer) *jsonSurvey {
	if s == nil {
		return nil
	}
	js := &jsonSurvey{Respondents: s.Respondents, Unanswered: s.Unanswered, First: s.First, Last: s.Last,
		FirstAt: pc.at(s.FirstAt), LastAt: pc.at(s.LastAt), Undated: s.Undated}
	for _, t := range s.Traits {
		js.Traits = append(js.Traits, jsonTally{Trait: t.Trait, Value: t.Value, N: t.N, Unlisted: t.Unlisted, At: pc.at(t.At)})
	}
	for _, g := range s.Suggestions {
		js.Suggestions = append(js.Suggestions, jsonSuggestion{Text: g.Text, Respondent: g.Respondent, Source: pc.value(g.Source)})
	}
	for _, a := range s.Answers {
		js.Answers = append(js.Answers, jsonAnswers(a))
	}
	return js
}

// surveyFromJSON reads a unit's survey back; place resolves a place as
// the rest of the file does.
func surveyFromJSON(js *jsonSurvey, unit, file string, at func(*jsonPlace) (Place, error)) (*Survey, error) {
	if js == nil {
		return nil, nil
	}
	s := &Survey{Respondents: js.Respondents, Unanswered: js.Unanswered, First: js.First, Last: js.Last, Undated: js.Undated}
	if s.Respondents < 0 || s.Unanswered < 0 || s.Undated < 0 {
		return nil, problem(file, msg.ResultsSurveyCount, unit, "respondents", min(s.Respondents, s.Unanswered, s.Undated))
	}
	var err error
	if s.FirstAt, err = at(js.FirstAt); err != nil {
		return nil, err
	}
	if s.LastAt, err = at(js.LastAt); err != nil {
		return nil, err
	}
	for _, t := range js.Traits {
		if t.N < 0 {
			return nil, problem(file, msg.ResultsSurveyCount, unit, t.Trait, t.N)
		}
		p, err := at(t.At)
		if err != nil {
			return nil, err
		}
		s.Traits = append(s.Traits, Tally{Trait: t.Trait, Value: t.Value, N: t.N, Unlisted: t.Unlisted, At: p})
	}
	for _, g := range js.Suggestions {
		p, err := at(&g.Source)
		if err != nil {
			return nil, err
		}
		s.Suggestions = append(s.Suggestions, Suggestion{Text: g.Text, Respondent: g.Respondent, Source: p})
	}
	for _, a := range js.Answers {
		for _, n := range a.Counts {
			if n < 0 {
				return nil, problem(file, msg.ResultsSurveyCount, unit, a.Code, n)
			}
		}
		s.Answers = append(s.Answers, AnswerCounts(a))
	}
	return s, nil
}
