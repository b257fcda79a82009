package results

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// decodeUnit decodes one unit's JSON into ju as encoding/json would. The
// units of a v2 file are decoded here, without reflection (encoding/json
// took a national round's report 4 s for its million answers): a parser
// of exactly the unit's fields, in any order. Anything it does not know
// — another field, a null where a value belongs, a number where text
// belongs — and it gives up, and encoding/json decodes the unit (and says
// what is wrong). A test decodes units both ways and compares.
func decodeUnit(raw []byte, ju *jsonUnit, words map[string]string, scratch *[]jsonIndicator) error {
	p := parser{b: raw, words: words, scratch: scratch}
	if p.unit(ju) && p.end() {
		return nil
	}
	*ju = jsonUnit{}
	return json.Unmarshal(raw, ju)
}

// parser reads JSON from b at i; ok turns false at the first thing it
// does not take.
type parser struct {
	b     []byte
	i     int
	words map[string]string // short texts that repeat (statuses, answers), made once; nil: none
	// scratch holds the indicators of the unit before, whose array the
	// next unit's take over (a unit's are read into the model before the
	// next is decoded); nil: none.
	scratch *[]jsonIndicator
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
			return nil, false // escapes: encoding/json's business
		}
		p.i++
	}
	return nil, false
}

// word reads a short text that repeats from unit to unit (a status, an
// answer, a sheet's name): each is made once.
func (p *parser) word(dst *string) bool {
	s, ok := p.rawString()
	if !ok || !utf8.Valid(s) {
		return false
	}
	if w, ok := p.words[string(s)]; ok {
		*dst = w
		return true
	}
	*dst = string(s)
	if p.words != nil && len(s) <= 32 && len(p.words) < 1<<12 {
		p.words[*dst] = *dst
	}
	return true
}

func (p *parser) str(dst *string) bool {
	s, ok := p.rawString()
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
	if !ok || !validNumber(n) {
		return false
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil {
		return false
	}
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
	v, err := strconv.Atoi(string(n))
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
			return p.str(&jp.File)
		case "input":
			if jp.Input != nil {
				return false
			}
			var n int
			if !p.int(&n) {
				return false
			}
			jp.Input = &n
			return true
		case "sheet":
			return p.word(&jp.Sheet)
		case "cell":
			return p.str(&jp.Cell)
		}
		return false
	})
}

func (p *parser) unit(ju *jsonUnit) bool {
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
			return p.array(func() bool {
				ju.Sources = append(ju.Sources, jsonPlace{})
				return p.place(&ju.Sources[len(ju.Sources)-1])
			})
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
			t := &rubric.Text{}
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
			return p.array(func() bool {
				ju.Groups = append(ju.Groups, jsonGroup{})
				g := &ju.Groups[len(ju.Groups)-1]
				return p.object(func(k []byte) bool {
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
			})
		case "indicators":
			if ju.Indicators != nil {
				return false
			}
			var list []jsonIndicator
			if p.scratch != nil {
				list = (*p.scratch)[:0]
			}
			if list == nil {
				list = make([]jsonIndicator, 0, 64)
			}
			ok := p.array(func() bool {
				list = append(list, jsonIndicator{})
				return p.indicator(&list[len(list)-1])
			})
			ju.Indicators = list
			if p.scratch != nil {
				*p.scratch = list
			}
			return ok
		case "survey":
			// Few units have one: encoding/json reads it.
			if ju.Survey != nil || p.peek() == 'n' {
				return false
			}
			ju.Survey = &jsonSurvey{}
			return p.delegate(ju.Survey)
		case "round":
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
			return p.str(&ji.Code)
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
			return p.str(&ji.Note)
		case "evidence":
			return p.str(&ji.Evidence)
		case "source":
			if p.peek() == 'n' || ji.Source != nil {
				return false
			}
			ji.Source = &jsonPlace{}
			return p.place(ji.Source)
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
			ji.Proof = &jsonProof{}
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
			return p.str(&je.Ref)
		case "path":
			return p.str(&je.Path)
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
			if p.peek() == 'n' || je.Source != nil {
				return false
			}
			je.Source = &jsonPlace{}
			return p.place(je.Source)
		}
		return false
	})
}

// valueReader cuts the elements of a JSON array from r, the text after
// its "[": each element's bytes, found by its brackets and strings alone
// (decodeUnit and encoding/json check the rest).
type valueReader struct {
	r          io.Reader
	buf        []byte
	start, end int // the unread bytes: buf[start:end]
	eof        bool
	n          int // elements read
}

var errCut = io.ErrUnexpectedEOF

// fill reads more, keeping buf[start:end].
func (v *valueReader) fill() bool {
	if v.eof {
		return false
	}
	if v.start > 0 {
		v.end = copy(v.buf, v.buf[v.start:v.end])
		v.start = 0
	}
	if v.end == len(v.buf) {
		v.buf = append(v.buf, make([]byte, max(64<<10, len(v.buf)))...)
	}
	n, err := v.r.Read(v.buf[v.end:])
	v.end += n
	if err != nil {
		v.eof = true
	}
	return n > 0 || !v.eof
}

// skip passes blanks; it returns the next byte (0 at the end).
func (v *valueReader) skip() byte {
	for {
		for v.start < v.end {
			switch c := v.buf[v.start]; c {
			case ' ', '\t', '\n', '\r':
				v.start++
			default:
				return c
			}
		}
		if !v.fill() {
			return 0
		}
	}
}

// next returns the next element, or end at the array's "]".
func (v *valueReader) next() (raw []byte, end bool, err error) {
	c := v.skip()
	if v.n > 0 {
		if c == ']' {
			v.start++
			return nil, true, nil
		}
		if c != ',' {
			return nil, false, errCut
		}
		v.start++
		c = v.skip()
	} else if c == ']' {
		v.start++
		return nil, true, nil
	}
	if c != '{' && c != '[' {
		return nil, false, errCut
	}
	depth, inString, escaped := 0, false, false
	i := v.start
	for {
		for ; i < v.end; i++ {
			c := v.buf[i]
			switch {
			case inString:
				switch {
				case escaped:
					escaped = false
				case c == '\\':
					escaped = true
				case c == '"':
					inString = false
				}
			case c == '"':
				inString = true
			case c == '{' || c == '[':
				depth++
			case c == '}' || c == ']':
				depth--
				if depth == 0 {
					raw = v.buf[v.start : i+1]
					v.start = i + 1
					v.n++
					return raw, false, nil
				}
			}
		}
		off := i - v.start
		if !v.fill() {
			return nil, false, errCut
		}
		i = v.start + off
	}
}

// closes reports whether what is left is the object's "}" and the end.
func (v *valueReader) closes() bool {
	if v.skip() != '}' {
		return false
	}
	v.start++
	return v.skip() == 0
}
