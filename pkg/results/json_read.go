package results

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// decodeUnit decodes one unit's JSON into ju as encoding/json would. The
// units of a v2 file are decoded here, without reflection (encoding/json
// took a national round's report 4 s for its million answers): a parser
// of exactly the unit's fields, in any order. Anything it does not know
// — another field, a null where a value belongs, a number where text
// belongs — and it gives up, and encoding/json decodes the unit (and says
// what is wrong). A test decodes units both ways and compares.
//
// What ju points to (its places, its proofs) is sc's and holds until the
// next unit is decoded with sc; nil sc: a fresh one.
func decodeUnit(raw []byte, ju *jsonUnit, sc *decodeScratch) error {
	if sc == nil {
		sc = newDecodeScratch()
	}
	sc.reset()
	p := parser{b: raw, sc: sc}
	if p.unit(ju) && p.end() {
		return nil
	}
	*ju = jsonUnit{}
	return json.Unmarshal(raw, ju)
}

// decodeScratch is what one goroutine's parser reuses from unit to unit
// (a unit's parts are read into the model before the next is decoded),
// and the texts and numbers that repeat, made once.
type decodeScratch struct {
	// words: texts that repeat (statuses, answers, cells, notes), each
	// made once; the last met of each slot answer first (a map lookup
	// for each of a national round's four million texts cost more than
	// the rest of the parsing).
	words     map[string]string
	wordSlots [slots]string
	// numbers: the values of numbers as written ("0.3333333333333333"),
	// parsed once: the last met of each slot.
	numbers [slots]struct {
		text  string
		value float64
	}

	inds    []jsonIndicator
	sources []jsonPlace
	groups  []jsonGroup
	band    rubric.Text
	places  arena[jsonPlace]
	proofs  arena[jsonProof]
	ints    arena[int]
	survey  jsonSurvey
	counts  []int  // a survey's answer counts, before they are cut
	text    []byte // a text with escapes, unescaped
}

func newDecodeScratch() *decodeScratch {
	return &decodeScratch{words: map[string]string{}}
}

// reset makes ready for the next unit.
func (sc *decodeScratch) reset() {
	sc.places.reset()
	sc.proofs.reset()
	sc.ints.reset()
}

// Bounds of what is remembered: a file of unique notes does not grow the
// maps past these.
const (
	maxWords   = 1 << 14
	maxWordLen = 256
)

// slots is the size of the tables of texts and numbers remembered.
const slots = 1 << 12

// slot is where b is remembered in a table of slots: a hash of its length
// and its first and last 8 bytes.
func slot(b []byte) int {
	h := uint32(2166136261) ^ uint32(len(b))
	n := len(b)
	for i := 0; i < n && i < 8; i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	for i := max(8, n-8); i < n; i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	return int((h*0x9E3779B1)>>20) & (slots - 1)
}

// arena hands out zeroed T's by pointer, in chunks that are reused once
// reset (the pointers handed out before are then invalid).
type arena[T any] struct {
	chunks [][]T
	c, i   int // the next: chunks[c][i]
}

func (a *arena[T]) new() *T {
	for a.c < len(a.chunks) && a.i == len(a.chunks[a.c]) {
		a.c, a.i = a.c+1, 0
	}
	if a.c == len(a.chunks) {
		a.chunks = append(a.chunks, make([]T, 64))
	}
	t := &a.chunks[a.c][a.i]
	a.i++
	var zero T
	*t = zero
	return t
}

func (a *arena[T]) reset() { a.c, a.i = 0, 0 }

// parser reads JSON from b at i; ok turns false at the first thing it
// does not take.
type parser struct {
	b  []byte
	i  int
	sc *decodeScratch
}

func (p *parser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *parser) end() bool { p.ws(); return p.i == len(p.b) }

// next takes byte c (after blanks).
func (p *parser) next(c byte) bool {
	p.ws()
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *parser) peek() byte {
	p.ws()
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

// object reads an object, calling field for each key; field returns
// false for a key it does not know.
func (p *parser) object(field func(key []byte) bool) bool {
	if !p.next('{') {
		return false
	}
	if p.next('}') {
		return true
	}
	for {
		key, ok := p.rawString()
		if !ok || !p.next(':') || !field(key) {
			return false
		}
		if p.next(',') {
			continue
		}
		return p.next('}')
	}
}

// objects reads an array of objects into list (its room used again),
// each object's keys given to field with the element they fill; a list
// read is never nil, so that an empty one is told from one not given.
func objects[T any](p *parser, list []T, field func(t *T, key []byte) bool) ([]T, bool) {
	list = list[:0]
	ok := p.array(func() bool {
		var zero T
		list = append(list, zero)
		t := &list[len(list)-1]
		return p.object(func(k []byte) bool { return field(t, k) })
	})
	if list == nil {
		list = []T{}
	}
	return list, ok
}

// array reads an array, calling elem for each element.
func (p *parser) array(elem func() bool) bool {
	if !p.next('[') {
		return false
	}
	if p.next(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if p.next(',') {
			continue
		}
		return p.next(']')
	}
}

// rawString reads a string without escapes, as its bytes.
func (p *parser) rawString() ([]byte, bool) {
	if !p.next('"') {
		return nil, false
	}
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			s := p.b[start:p.i]
			p.i++
			return s, true
		case c == '\\' || c < 0x20:
			return nil, false // escapes: a key is not one of the unit's
		}
		p.i++
	}
	return nil, false
}

// text reads a string's text: its bytes, or with escapes (a note with
// quotes, "&" written \u0026) its text unescaped into the scratch's
// buffer, until the next text.
func (p *parser) text() ([]byte, bool) {
	if !p.next('"') {
		return nil, false
	}
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			s := p.b[start:p.i]
			p.i++
			return s, true
		case c == '\\':
			return p.escaped(start)
		case c < 0x20:
			return nil, false
		}
		p.i++
	}
	return nil, false
}

// escaped reads on the string that starts at b[start] and has escapes,
// as encoding/json unquotes it.
func (p *parser) escaped(start int) ([]byte, bool) {
	out := append(p.sc.text[:0], p.b[start:p.i]...)
	defer func() { p.sc.text = out[:0] }()
	b := p.b
	for p.i < len(b) {
		c := b[p.i]
		switch {
		case c == '"':
			p.i++
			return out, true
		case c < 0x20:
			return nil, false
		case c != '\\':
			out = append(out, c)
			p.i++
			continue
		}
		if p.i+1 >= len(b) {
			return nil, false
		}
		switch e := b[p.i+1]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := u4(b[p.i:])
			if r < 0 {
				return nil, false
			}
			p.i += 6
			if utf16.IsSurrogate(r) {
				if dec := utf16.DecodeRune(r, u4(b[p.i:])); dec != unicode.ReplacementChar {
					p.i += 6
					out = utf8.AppendRune(out, dec)
					continue
				}
				r = unicode.ReplacementChar
			}
			out = utf8.AppendRune(out, r)
			continue
		default:
			return nil, false
		}
		p.i += 2
	}
	return nil, false
}

// u4 is the rune of the escape \uXXXX at b's start, -1 if none.
func u4(b []byte) rune {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range b[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// word reads a text that may repeat from unit to unit (a status, an
// answer, a sheet's name, a note): each is made once.
func (p *parser) word(dst *string) bool {
	s, ok := p.text()
	if !ok {
		return false
	}
	sl := &p.sc.wordSlots[slot(s)]
	if *sl == string(s) {
		*dst = *sl
		return true
	}
	if w, ok := p.sc.words[string(s)]; ok {
		*dst, *sl = w, w
		return true
	}
	if !utf8.Valid(s) {
		return false // invalid UTF-8 becomes U+FFFD in encoding/json
	}
	*dst = string(s)
	if len(s) <= maxWordLen {
		*sl = *dst
		if len(p.sc.words) < maxWords {
			p.sc.words[*dst] = *dst
		}
	}
	return true
}

// str reads a text that does not repeat (a unit's code and name).
func (p *parser) str(dst *string) bool {
	s, ok := p.text()
	if !ok || !utf8.Valid(s) {
		return false // invalid UTF-8 becomes U+FFFD in encoding/json
	}
	*dst = string(s)
	return true
}

// number reads a JSON number's bytes.
func (p *parser) number() ([]byte, bool) {
	p.ws()
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		if (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' {
			p.i++
			continue
		}
		break
	}
	if p.i == start {
		return nil, false
	}
	return p.b[start:p.i], true
}

func (p *parser) float(dst *float64) bool {
	n, ok := p.number()
	if !ok {
		return false
	}
	// A whole number of a few digits is its value (1, 2, 0).
	if len(n) <= 15 && (n[0] != '0' || len(n) == 1) {
		v := 0
		for _, c := range n {
			if c < '0' || c > '9' {
				v = -1
				break
			}
			v = v*10 + int(c-'0')
		}
		if v >= 0 {
			*dst = float64(v)
			return true
		}
	}
	sl := &p.sc.numbers[slot(n)]
	if sl.text == string(n) {
		*dst = sl.value
		return true
	}
	if !validNumber(n) {
		return false
	}
	// The text is not kept (only an error would keep it, and it is
	// dropped): no copy of it is made.
	f, err := strconv.ParseFloat(unsafe.String(&n[0], len(n)), 64)
	if err != nil {
		return false
	}
	sl.text, sl.value = string(n), f
	*dst = f
	return true
}

// validNumber: JSON's number grammar (ParseFloat takes more: "0x1", "+1",
// "Inf", "1_0").
func validNumber(n []byte) bool {
	i := 0
	if i < len(n) && n[i] == '-' {
		i++
	}
	digits := func() int {
		s := i
		for i < len(n) && n[i] >= '0' && n[i] <= '9' {
			i++
		}
		return i - s
	}
	if i < len(n) && n[i] == '0' {
		i++
	} else if digits() == 0 {
		return false
	}
	if i < len(n) && n[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(n) && (n[i] == 'e' || n[i] == 'E') {
		i++
		if i < len(n) && (n[i] == '+' || n[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(n)
}

func (p *parser) int(dst *int) bool {
	n, ok := p.number()
	if !ok || !validNumber(n) {
		return false
	}
	v, err := strconv.Atoi(unsafe.String(&n[0], len(n))) // not kept, as in float
	if err != nil {
		return false
	}
	*dst = v
	return true
}

func (p *parser) bool(dst *bool) bool {
	p.ws()
	switch {
	case bytes.HasPrefix(p.b[p.i:], []byte("true")):
		*dst, p.i = true, p.i+4
	case bytes.HasPrefix(p.b[p.i:], []byte("false")):
		*dst, p.i = false, p.i+5
	default:
		return false
	}
	return true
}

// null takes a null.
func (p *parser) null() bool {
	p.ws()
	if bytes.HasPrefix(p.b[p.i:], []byte("null")) {
		p.i += 4
		return true
	}
	return false
}

// delegate has encoding/json decode the object that follows into dst
// (parts few units have: a survey, a round).
func (p *parser) delegate(dst any) bool {
	p.ws()
	dec := json.NewDecoder(bytes.NewReader(p.b[p.i:]))
	var raw json.RawMessage
	if dec.Decode(&raw) != nil || len(raw) == 0 || raw[0] != '{' {
		return false
	}
	p.i += int(dec.InputOffset())
	return json.Unmarshal(raw, dst) == nil
}

func (p *parser) place(jp *jsonPlace) bool {
	return p.object(func(k []byte) bool {
		switch string(k) {
		case "file":
			return p.word(&jp.File)
		case "input":
			if jp.Input != nil {
				return false
			}
			n := p.sc.ints.new()
			if !p.int(n) {
				return false
			}
			jp.Input = n
			return true
		case "sheet":
			return p.word(&jp.Sheet)
		case "cell":
			return p.word(&jp.Cell)
		}
		return false
	})
}

// newPlace reads a place that is not null into a new *jsonPlace.
func (p *parser) newPlace(dst **jsonPlace) bool {
	if p.peek() == 'n' || *dst != nil {
		return false
	}
	*dst = p.sc.places.new()
	return p.place(*dst)
}

func (p *parser) unit(ju *jsonUnit) bool {
	sc := p.sc
	return p.object(func(k []byte) bool {
		switch string(k) {
		case "code":
			return p.str(&ju.Code)
		case "name":
			return p.str(&ju.Name)
		case "type":
			return p.word(&ju.Type)
		case "region":
			return p.word(&ju.Region)
		case "period":
			return p.word(&ju.Period)
		case "assessor":
			return p.word(&ju.Assessor)
		case "date":
			return p.word(&ju.Date)
		case "sources":
			if ju.Sources != nil {
				return false // twice: encoding/json's business
			}
			list := sc.sources[:0]
			ok := p.array(func() bool {
				list = append(list, jsonPlace{})
				return p.place(&list[len(list)-1])
			})
			if list == nil {
				list = []jsonPlace{}
			}
			ju.Sources, sc.sources = list, list
			return ok
		case "status":
			return p.word(&ju.Status)
		case "score":
			if p.null() {
				ju.Score = nil
				return true
			}
			var f float64
			if !p.float(&f) {
				return false
			}
			ju.Score = &f
			return true
		case "raw":
			return p.float(&ju.Raw)
		case "grade":
			return p.word(&ju.Grade)
		case "zone":
			return p.word(&ju.Zone)
		case "band":
			if ju.Band != nil {
				return false
			}
			if p.null() {
				ju.Band = nil
				return true
			}
			t := &sc.band
			*t = rubric.Text{}
			ju.Band = t
			return p.object(func(k []byte) bool {
				switch string(k) {
				case "id":
					return p.word(&t.ID)
				case "en":
					return p.word(&t.EN)
				}
				return false
			})
		case "counts":
			c := &ju.Counts
			return p.object(func(k []byte) bool {
				switch string(k) {
				case "met":
					return p.int(&c.Met)
				case "partial":
					return p.int(&c.Partial)
				case "not_met":
					return p.int(&c.NotMet)
				case "na":
					return p.int(&c.NA)
				case "not_applicable":
					return p.int(&c.NotApplicable)
				case "missing":
					return p.int(&c.Missing)
				}
				return false
			})
		case "groups":
			if ju.Groups != nil {
				return false
			}
			list, ok := objects(p, sc.groups, func(g *jsonGroup, k []byte) bool {
				switch string(k) {
				case "code":
					return p.word(&g.Code)
				case "applicable":
					return p.bool(&g.Applicable)
				case "complete":
					return p.bool(&g.Complete)
				case "fraction":
					return p.float(&g.Fraction)
				case "share":
					return p.float(&g.Share)
				case "points":
					return p.float(&g.Points)
				case "max":
					return p.float(&g.Max)
				}
				return false
			})
			ju.Groups, sc.groups = list, list
			return ok
		case "indicators":
			if ju.Indicators != nil {
				return false
			}
			list := sc.inds[:0]
			if list == nil {
				list = make([]jsonIndicator, 0, 64)
			}
			ok := p.array(func() bool {
				list = append(list, jsonIndicator{})
				return p.indicator(&list[len(list)-1])
			})
			ju.Indicators, sc.inds = list, list
			return ok
		case "survey":
			if ju.Survey != nil || p.peek() == 'n' {
				return false
			}
			ju.Survey = &sc.survey
			return p.survey(ju.Survey)
		case "round":
			// Few units have one: encoding/json reads it.
			if ju.Round != nil || p.peek() == 'n' {
				return false
			}
			ju.Round = &jsonUnitRound{}
			return p.delegate(ju.Round)
		}
		return false
	})
}

func (p *parser) indicator(ji *jsonIndicator) bool {
	return p.object(func(k []byte) bool {
		switch string(k) {
		case "code":
			return p.word(&ji.Code)
		case "status":
			return p.word(&ji.Status)
		case "answer":
			return p.word(&ji.Answer)
		case "value":
			return p.float(&ji.Value)
		case "fraction":
			return p.float(&ji.Fraction)
		case "points":
			return p.float(&ji.Points)
		case "max":
			return p.float(&ji.Max)
		case "respondents":
			var n int
			if !p.int(&n) || int(int32(n)) != n {
				return false
			}
			ji.Respondents = int32(n)
			return true
		case "note":
			return p.word(&ji.Note)
		case "evidence":
			return p.word(&ji.Evidence)
		case "source":
			return p.newPlace(&ji.Source)
		case "round":
			if p.peek() == 'n' || ji.Round != nil {
				return false
			}
			ji.Round = &jsonIndicatorRound{}
			return p.delegate(ji.Round)
		case "proof":
			if p.peek() == 'n' || ji.Proof != nil {
				return false
			}
			ji.Proof = p.sc.proofs.new()
			return p.proof(ji.Proof)
		}
		return false
	})
}

func (p *parser) proof(jp *jsonProof) bool {
	return p.object(func(k []byte) bool {
		switch string(k) {
		case "items":
			if p.peek() == 'n' || jp.Items != nil {
				return false
			}
			jp.Items = []jsonEvidence{}
			return p.array(func() bool {
				jp.Items = append(jp.Items, jsonEvidence{})
				return p.evidence(&jp.Items[len(jp.Items)-1])
			})
		case "required":
			return p.int(&jp.Required)
		case "present":
			return p.int(&jp.Present)
		case "flag":
			return p.word(&jp.Flag)
		}
		return false
	})
}

func (p *parser) evidence(je *jsonEvidence) bool {
	return p.object(func(k []byte) bool {
		switch string(k) {
		case "kind":
			return p.word(&je.Kind)
		case "ref":
			return p.word(&je.Ref)
		case "path":
			return p.word(&je.Path)
		case "embedded":
			return p.bool(&je.Embedded)
		case "sha256":
			return p.str(&je.SHA256)
		case "size":
			var n int
			if !p.int(&n) {
				return false
			}
			je.Size = int64(n)
			return true
		case "status":
			return p.word(&je.Status)
		case "problem":
			return p.word(&je.Problem)
		case "width":
			return p.int(&je.Width)
		case "height":
			return p.int(&je.Height)
		case "slot":
			return p.int(&je.Slot)
		case "source":
			return p.newPlace(&je.Source)
		}
		return false
	})
}

// survey reads a unit's survey (most units of a national round have
// one). Its lists are the scratch's, but for the answer counts, which
// the model keeps: they are cut from one array made for the unit.
func (p *parser) survey(js *jsonSurvey) bool {
	sc := p.sc
	traits, suggestions, answers := js.Traits[:0], js.Suggestions[:0], js.Answers[:0]
	*js = jsonSurvey{}
	counts := sc.counts[:0]
	var spans [][2]int // each answer's counts in counts
	ok := p.object(func(k []byte) bool {
		switch string(k) {
		case "respondents":
			return p.int(&js.Respondents)
		case "unanswered":
			return p.int(&js.Unanswered)
		case "first":
			return p.word(&js.First)
		case "last":
			return p.word(&js.Last)
		case "first_at":
			return p.newPlace(&js.FirstAt)
		case "last_at":
			return p.newPlace(&js.LastAt)
		case "undated":
			return p.int(&js.Undated)
		case "traits":
			if js.Traits != nil || p.peek() == 'n' {
				return false
			}
			var ok bool
			js.Traits, ok = objects(p, traits, func(t *jsonTally, k []byte) bool {
				switch string(k) {
				case "trait":
					return p.word(&t.Trait)
				case "value":
					return p.word(&t.Value)
				case "n":
					return p.int(&t.N)
				case "unlisted":
					return p.bool(&t.Unlisted)
				case "at":
					return p.newPlace(&t.At)
				}
				return false
			})
			return ok
		case "suggestions":
			if js.Suggestions != nil || p.peek() == 'n' {
				return false
			}
			var ok bool
			js.Suggestions, ok = objects(p, suggestions, func(g *jsonSuggestion, k []byte) bool {
				switch string(k) {
				case "text":
					return p.word(&g.Text)
				case "respondent":
					return p.word(&g.Respondent)
				case "source":
					return p.peek() != 'n' && p.place(&g.Source)
				}
				return false
			})
			return ok
		case "answers":
			if js.Answers != nil || p.peek() == 'n' {
				return false
			}
			ok := p.array(func() bool {
				answers = append(answers, jsonAnswers{})
				a := &answers[len(answers)-1]
				spans = append(spans, [2]int{-1, -1})
				span := &spans[len(spans)-1]
				return p.object(func(k []byte) bool {
					switch string(k) {
					case "code":
						return p.word(&a.Code)
					case "min":
						return p.int(&a.Min)
					case "counts":
						if span[0] >= 0 || p.peek() == 'n' {
							return false
						}
						span[0] = len(counts)
						ok := p.array(func() bool {
							var n int
							ok := p.int(&n)
							counts = append(counts, n)
							return ok
						})
						span[1] = len(counts)
						return ok
					}
					return false
				})
			})
			if answers == nil {
				answers = []jsonAnswers{}
			}
			js.Answers = answers
			return ok
		}
		return false
	})
	sc.counts = counts
	if !ok {
		return false
	}
	if len(js.Answers) > 0 {
		all := make([]int, len(counts))
		copy(all, counts)
		for i, s := range spans {
			if s[0] >= 0 {
				js.Answers[i].Counts = all[s[0]:s[1]:s[1]]
			}
		}
	}
	return true
}
