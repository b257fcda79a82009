package results

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// WriteJSON writes r in the results JSON format, schema v2: compact, one
// unit to a line, the units streamed to w one at a time so that large
// runs need little extra memory. The units are written by hand (appendUnit)
// as encoding/json would write unitJSON's value — a test checks it — at a
// fraction of the cost: a national round's million answers went through
// reflection in seconds. The output depends only on r: the same results
// give the same bytes.
func WriteJSON(w io.Writer, r *Results) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	head := jsonResults{
		Schema: Schema,
		Tool:   r.Tool,
		Rubric: jsonRubric{
			ID: r.Rubric.ID, Version: r.Rubric.Version, Variant: r.Rubric.Variant,
			Title: r.Rubric.Title, Hash: r.Rubric.Hash(), Scale: r.Rubric.Scale,
			Definition: r.Rubric.Canonical(),
		},
		Inputs:  make([]jsonInput, len(r.Inputs)),
		Summary: summaryJSON(r.Summarize()),
		Units:   json.RawMessage("[]"),
	}
	for i, in := range r.Inputs {
		head.Inputs[i] = jsonInput(in)
	}
	b, err := json.Marshal(head)
	if err != nil {
		return err
	}
	// Stream the units in place of the empty array at the end.
	cut := bytes.LastIndex(b, []byte(`"units":[]`))
	if cut < 0 {
		return fmt.Errorf("results: cannot place units")
	}
	bw.Write(b[:cut])
	bw.WriteString(`"units":[`)
	if err := writeUnits(bw, r); err != nil {
		return err
	}
	if len(r.Units) > 0 {
		bw.WriteByte('\n')
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}

// placer writes places in schema v2: against the inputs' indices, and a
// place in the current unit's first source sheet (its home) as its cell.
type placer struct {
	inputs map[string]int
	home   *Sheet
	rubric *rubric.Rubric // the results' (a unit's round names its bands)
}

func newPlacer(r *Results) *placer {
	pc := &placer{inputs: make(map[string]int, len(r.Inputs)), rubric: r.Rubric}
	for i, in := range r.Inputs {
		if _, ok := pc.inputs[in.Path]; !ok {
			pc.inputs[in.Path] = i
		}
	}
	return pc
}

// enter makes u's first source the home of the places that follow.
func (pc *placer) enter(u *Unit) {
	pc.home = nil
	if len(u.Sources) > 0 {
		pc.home = u.Sources[0].Sheet
	}
}

// isHome reports whether p is written as its cell alone.
func (pc *placer) isHome(p Place) bool {
	h := pc.home
	return h != nil && p.Sheet != nil && p.Col > 0 && (p.Sheet == h || *p.Sheet == *h)
}

// source is a unit's source: never against the home, which it defines.
func (pc *placer) source(p Place) jsonPlace {
	if p.Sheet == nil {
		return jsonPlace{}
	}
	jp := jsonPlace{Sheet: p.Sheet.Sheet, Cell: p.Cell()}
	if i, ok := pc.inputs[p.Sheet.File]; ok {
		jp.Input = &i
	} else {
		jp.File = p.Sheet.File
	}
	return jp
}

// at is a place within a unit; nil for none.
func (pc *placer) at(p Place) *jsonPlace {
	if p.Sheet == nil {
		return nil
	}
	if pc.isHome(p) {
		return &jsonPlace{Cell: p.Cell()}
	}
	jp := pc.source(p)
	return &jp
}

// value is at's place as a value: {} for none.
func (pc *placer) value(p Place) jsonPlace {
	if jp := pc.at(p); jp != nil {
		return *jp
	}
	return jsonPlace{}
}

// encoder appends units' JSON to b.
type encoder struct {
	b      []byte
	pc     *placer
	err    error
	floats [1 << floatMemoBits]floatMemo // see appendFloat
}

func (e *encoder) key(k string) {
	e.b = append(e.b, ',', '"')
	e.b = append(e.b, k...)
	e.b = append(e.b, '"', ':')
}

func (e *encoder) str(k, v string) { e.key(k); e.b = appendString(e.b, v) }

func (e *encoder) int(k string, v int64) { e.key(k); e.b = strconv.AppendInt(e.b, v, 10) }

func (e *encoder) float(k string, v float64) {
	e.key(k)
	e.b = e.appendFloat(e.b, v)
}

func (e *encoder) bool(k string, v bool) { e.key(k); e.b = strconv.AppendBool(e.b, v) }

// open starts an object with its first key (the others are written with
// a comma before them).
func (e *encoder) open(k string) {
	e.b = append(e.b, '{', '"')
	e.b = append(e.b, k...)
	e.b = append(e.b, '"', ':')
}

func (e *encoder) unit(u *Unit) {
	e.pc.enter(u)
	e.open("code")
	e.b = appendString(e.b, u.Code)
	e.str("name", u.Name)
	e.str("type", u.Type)
	e.str("region", u.Region)
	e.str("period", u.Period)
	e.str("assessor", u.Assessor)
	e.str("date", u.Date)
	e.key("sources")
	list(e, u.Sources, func(s *Place) { e.place(e.pc.source(*s)) })
	e.str("status", u.Status.String())
	e.key("score")
	if u.Score == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = e.appendFloat(e.b, *u.Score)
	}
	e.float("raw", u.Raw)
	grade, zone := "", ""
	if u.Band != nil {
		grade, zone = u.Band.Grade, string(u.Band.Zone)
	}
	e.str("grade", grade)
	e.str("zone", zone)
	e.key("band")
	if u.Band == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.text(u.Band.Label)
	}
	c := u.Counts
	e.key("counts")
	e.open("met")
	e.b = strconv.AppendInt(e.b, int64(c.Met), 10)
	e.int("partial", int64(c.Partial))
	e.int("not_met", int64(c.NotMet))
	e.int("na", int64(c.NA))
	e.int("not_applicable", int64(c.NotApplicable))
	e.int("missing", int64(c.Missing))
	e.b = append(e.b, '}')
	e.key("groups")
	list(e, u.Groups, func(g *GroupScore) {
		e.open("code")
		e.b = appendString(e.b, g.Code)
		e.bool("applicable", g.Applicable)
		e.bool("complete", g.Complete)
		e.float("fraction", g.Fraction)
		e.float("share", g.Share)
		e.float("points", g.Points)
		e.float("max", g.Max)
		e.b = append(e.b, '}')
	})
	e.key("indicators")
	list(e, u.Indicators, e.indicator)
	if u.Survey != nil {
		e.key("survey")
		e.survey(u.Survey)
	}
	if u.Round != nil {
		// A round's units only: encoding/json writes it.
		e.marshal("round", unitRoundJSON(u, e.pc.rubric, e.pc))
	}
	e.b = append(e.b, '}')
}

// survey writes a unit's survey as encoding/json writes surveyJSON's
// value: every unit of a national PEKPPP or SKM year has one, and
// reflection over them was half the time of writing the units.
func (e *encoder) survey(s *Survey) {
	e.open("respondents")
	e.b = strconv.AppendInt(e.b, int64(s.Respondents), 10)
	if s.Unanswered != 0 {
		e.int("unanswered", int64(s.Unanswered))
	}
	if s.First != "" {
		e.str("first", s.First)
	}
	if s.Last != "" {
		e.str("last", s.Last)
	}
	e.at("first_at", s.FirstAt)
	e.at("last_at", s.LastAt)
	if s.Undated != 0 {
		e.int("undated", int64(s.Undated))
	}
	if len(s.Traits) > 0 {
		e.key("traits")
		list(e, s.Traits, func(t *Tally) {
			e.open("trait")
			e.b = appendString(e.b, t.Trait)
			e.str("value", t.Value)
			e.int("n", int64(t.N))
			if t.Unlisted {
				e.bool("unlisted", true)
			}
			e.at("at", t.At)
			e.b = append(e.b, '}')
		})
	}
	if len(s.Suggestions) > 0 {
		e.key("suggestions")
		list(e, s.Suggestions, func(g *Suggestion) {
			e.open("text")
			e.b = appendString(e.b, g.Text)
			if g.Respondent != "" {
				e.str("respondent", g.Respondent)
			}
			if g.Source.Sheet == nil {
				e.key("source")
				e.b = append(e.b, '{', '}')
			} else {
				e.at("source", g.Source)
			}
			e.b = append(e.b, '}')
		})
	}
	if len(s.Answers) > 0 {
		e.key("answers")
		list(e, s.Answers, func(a *AnswerCounts) {
			e.open("code")
			e.b = appendString(e.b, a.Code)
			e.int("min", int64(a.Min))
			e.key("counts")
			if a.Counts == nil {
				e.b = append(e.b, "null"...)
			} else {
				e.b = append(e.b, '[')
				for j, n := range a.Counts {
					if j > 0 {
						e.b = append(e.b, ',')
					}
					e.b = strconv.AppendInt(e.b, int64(n), 10)
				}
				e.b = append(e.b, ']')
			}
			e.b = append(e.b, '}')
		})
	}
	e.b = append(e.b, '}')
}

// list writes items as a JSON array, each element by each.
func list[T any](e *encoder, items []T, each func(*T)) {
	e.b = append(e.b, '[')
	for i := range items {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		each(&items[i])
	}
	e.b = append(e.b, ']')
}

// marshal writes key and v as encoding/json writes v.
func (e *encoder) marshal(key string, v any) {
	b, err := json.Marshal(v)
	if err != nil && e.err == nil {
		e.err = err
	}
	e.key(key)
	e.b = append(e.b, b...)
}

func (e *encoder) indicator(ir *IndicatorResult) {
	e.open("status")
	e.b = appendString(e.b, ir.Status.String())
	e.str("answer", ir.Answer)
	e.float("value", ir.Value)
	e.float("fraction", ir.Fraction)
	e.float("points", ir.Points)
	e.float("max", ir.Max)
	if ir.Respondents != 0 {
		e.int("respondents", int64(ir.Respondents))
	}
	if n := ir.Note(); n != "" {
		e.str("note", n)
	}
	if v := ir.Evidence(); v != "" {
		e.str("evidence", v)
	}
	e.at("source", ir.Source)
	if p := ir.Proof(); p != nil {
		e.key("proof")
		e.proof(p)
	}
	if ir.Round() != nil {
		e.marshal("round", indicatorRoundJSON(ir, e.pc))
	}
	e.b = append(e.b, '}')
}

func (e *encoder) proof(p *Proof) {
	e.open("items")
	list(e, p.Items, func(it *EvidenceItem) {
		e.open("kind")
		e.b = appendString(e.b, string(it.Kind))
		e.str("ref", it.Ref)
		if it.Path != "" {
			e.str("path", it.Path)
		}
		if it.Embedded {
			e.bool("embedded", true)
		}
		if it.SHA256 != "" {
			e.str("sha256", it.SHA256)
		}
		if it.Size != 0 {
			e.int("size", it.Size)
		}
		e.str("status", it.Status.String())
		if it.Problem != "" {
			e.str("problem", it.Problem)
		}
		if it.Width != 0 {
			e.int("width", int64(it.Width))
		}
		if it.Height != 0 {
			e.int("height", int64(it.Height))
		}
		if it.Slot != 0 {
			e.int("slot", int64(it.Slot))
		}
		e.at("source", it.Source)
		e.b = append(e.b, '}')
	})
	e.int("required", int64(p.Required))
	e.int("present", int64(p.Present))
	if f := p.Flag.String(); f != "" {
		e.str("flag", f)
	}
	e.b = append(e.b, '}')
}

// at writes key and the place p within the unit, as place(*pc.at(p))
// would, and nothing for no place. A place in the unit's home — most
// answers' — is written without building its jsonPlace and cell text.
func (e *encoder) at(key string, p Place) {
	if p.Sheet == nil {
		return
	}
	e.key(key)
	if !e.pc.isHome(p) {
		e.place(e.pc.source(p))
		return
	}
	e.b = append(e.b, `{"cell":"`...)
	e.b = appendCell(e.b, p)
	e.b = append(e.b, '"', '}')
}

// appendCell appends p.Cell(); a cell reference needs no escaping.
func appendCell(b []byte, p Place) []byte {
	if p.Col <= 0 {
		return b
	}
	var col [8]byte
	i := len(col)
	for c := int(p.Col); c > 0; c /= 26 {
		c--
		i--
		col[i] = byte('A' + c%26)
	}
	b = append(b, col[i:]...)
	if p.Row > 0 {
		b = strconv.AppendInt(b, int64(p.Row), 10)
	}
	return b
}

// place writes jp as encoding/json would.
func (e *encoder) place(jp jsonPlace) {
	e.b = append(e.b, '{')
	n := len(e.b)
	if jp.File != "" {
		e.str("file", jp.File)
	}
	if jp.Input != nil {
		e.int("input", int64(*jp.Input))
	}
	if jp.Sheet != "" {
		e.str("sheet", jp.Sheet)
	}
	if jp.Cell != "" {
		e.str("cell", jp.Cell)
	}
	if len(e.b) > n {
		// the first field's comma
		copy(e.b[n:], e.b[n+1:])
		e.b = e.b[:len(e.b)-1]
	}
	e.b = append(e.b, '}')
}

func (e *encoder) text(t rubric.Text) {
	e.open("id")
	e.b = appendString(e.b, t.ID)
	if t.EN != "" {
		e.str("en", t.EN)
	}
	e.b = append(e.b, '}')
}

// appendFloat writes f as encoding/json does (float64). Integers are
// written directly, and other values through floatMemo: a run's fractions,
// points and maxima are the same few values over and over, and the
// shortest formatting of each (strconv) cost a national round's results
// JSON a third of its time.
func (e *encoder) appendFloat(b []byte, f float64) []byte {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 && (f != 0 || !math.Signbit(f)) {
		return strconv.AppendInt(b, int64(f), 10)
	}
	bits := math.Float64bits(f)
	m := &e.floats[(bits*0x9E3779B97F4A7C15)>>(64-floatMemoBits)]
	if m.n > 0 && m.bits == bits {
		return append(b, m.s[:m.n]...)
	}
	start := len(b)
	b = e.formatFloat(b, f)
	if s := b[start:]; len(s) <= len(m.s) && e.err == nil {
		m.bits, m.n = bits, uint8(copy(m.s[:], s))
	}
	return b
}

// floatMemoBits: the memo of formatted floats has 1<<floatMemoBits
// entries, each the last value formatted of those that share it.
const floatMemoBits = 9

// floatMemo is one formatted float: its bits and its text.
type floatMemo struct {
	bits uint64
	n    uint8
	s    [31]byte
}

// formatFloat writes f as encoding/json does (float64).
func (e *encoder) formatFloat(b []byte, f float64) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if e.err == nil {
			e.err = &json.UnsupportedValueError{Str: strconv.FormatFloat(f, 'g', -1, 64)}
		}
		return append(b, '0')
	}
	abs := math.Abs(f)
	fmt := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		fmt = 'e'
	}
	b = strconv.AppendFloat(b, f, fmt, -1, 64)
	if fmt == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string as encoding/json does, HTML
// characters escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
