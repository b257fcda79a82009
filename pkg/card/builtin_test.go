package card

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// answerFor writes an answer to ind as an assessor would: one that earns
// the full weight, or a poor one.
func answerFor(ind *rubric.Indicator, good bool) string {
	switch ind.Type {
	case rubric.Check:
		if good {
			return "Ya"
		}
		return "Tidak"
	case rubric.Levels:
		if good {
			return strconv.Itoa(ind.Levels.Max)
		}
		return strconv.Itoa(min(ind.Levels.Min+1, ind.Levels.Max-1))
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
		return worst.Label
	case rubric.Number:
		n := ind.Number
		if good {
			if n.FullAt != nil {
				return strconv.FormatFloat(*n.FullAt, 'f', -1, 64)
			}
			return strconv.FormatFloat(n.Max, 'f', -1, 64)
		}
		return strconv.FormatFloat(n.Min, 'f', -1, 64)
	case rubric.Surv:
		lo, hi := ind.Survey.Min, ind.Survey.Max
		if good {
			return strings.Repeat(strconv.Itoa(hi)+" ", 12)
		}
		return fmt.Sprintf("%d %d %d %d %d %d %d", lo, lo+1, hi, lo+1, lo, hi, lo+1)
	}
	return ""
}

// builtinFixture: a complete unit with findings (every third indicator
// answered poorly, with a note), an N/A answer and, where the rubric
// scopes indicators to unit types, not-applicable ones; and an
// incomplete unit.
func builtinFixture(t *testing.T, r *rubric.Rubric) *fixture {
	f := newFixture(t, r, r.ID+"-observasi.xlsx")
	typ := ""
	if len(r.UnitTypes) > 0 {
		typ = r.UnitTypes[0].ID
	}
	for _, ind := range r.Indicators() {
		if len(ind.AppliesTo) > 0 {
			// A type the scoped indicator does not apply to.
			for _, ut := range r.UnitTypes {
				if !ind.AppliesToType(ut.ID) {
					typ = ut.ID
					break
				}
			}
			break
		}
	}
	a, notes := answers{}, map[string]results.Remark{}
	naDone := false
	for i, ind := range r.Indicators() {
		if ind.NA && !naDone && ind.AppliesToType(typ) {
			a[ind.Code], naDone = "N/A", true
			notes[ind.Code] = results.Remark{Note: "Tidak ada layanan ini di unit."}
			continue
		}
		bad := i%3 == 1
		a[ind.Code] = answerFor(ind, !bad)
		if bad {
			notes[ind.Code] = results.Remark{Note: "Catatan penilai untuk " + ind.Code, Evidence: "Foto " + strconv.Itoa(i)}
		}
	}
	f.unit("UNIT-A", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", typ, a, notes)
	half := answers{}
	for i, ind := range r.Indicators() {
		if i < len(r.Indicators())/2 {
			half[ind.Code] = a[ind.Code]
		}
	}
	f.unit("UNIT-B", "Kecamatan Belum Lengkap", typ, half, nil)
	return f
}

func TestBuiltinRubricCards(t *testing.T) {
	rs, err := rubric.Builtins()
	if err != nil {
		t.Fatal(err)
	}
	var all []*rubric.Rubric
	for _, r := range rs {
		all = append(all, r)
		for _, v := range r.Variants {
			rv, err := r.WithVariant(v.ID)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, rv)
		}
	}
	for _, r := range all {
		t.Run(r.Ref(), func(t *testing.T) {
			f := builtinFixture(t, r)
			u := &f.res.Units[0]
			if u.Status != results.Complete {
				t.Fatalf("the complete unit is %v", u.Status)
			}
			for _, lang := range []msg.Lang{msg.ID, msg.EN} {
				_, paths := writeOne(t, f.res, Options{Lang: lang})
				checkBuiltinCard(t, r, u, lang, pdftotext(t, paths[0]))
				text := pdftotext(t, paths[1])
				mustContain(t, "incomplete", text, msg.T(lang, msg.CardIncomplete))
				for j, ir := range f.res.Units[1].Indicators {
					if ir.Status == results.Missing {
						mustContain(t, "incomplete", text, r.Indicators()[j].Code, ir.Source.Cell())
					}
				}
				// No grade, band or zone above the list of what is missing
				// (indicator texts below may use the same words).
				top := text[:strings.Index(text, msg.T(lang, msg.CardMissingList, f.res.Units[1].Counts.Missing))]
				for _, b := range r.Bands {
					mustNotContain(t, "incomplete", top, b.Label.In(string(lang)), msg.T(lang, msg.CardGrade, b.Grade))
				}
				for _, z := range r.Zones {
					mustNotContain(t, "incomplete", top, strings.ToUpper(z.Label.In(string(lang))))
				}
			}
		})
	}
}

func checkBuiltinCard(t *testing.T, r *rubric.Rubric, u *results.Unit, lang msg.Lang, text string) {
	t.Helper()
	l := string(lang)
	total := locale.Plain(msg.ID, *u.Score, r.Scale.Decimals)
	if lang == msg.EN {
		total = locale.Plain(msg.EN, *u.Score, r.Scale.Decimals)
	}
	want := []string{total, u.Band.Label.In(l), "UNIT-A"}
	if z := u.Zone(); z != rubric.NoZone {
		want = append(want, strings.ToUpper(r.ZoneInfo(z).Label.In(l)))
	}
	if u.Band.Grade != "" {
		want = append(want, msg.T(lang, msg.CardGrade, u.Band.Grade))
	}
	if ut, ok := r.UnitType(u.Type); ok {
		want = append(want, ut.Label.In(l))
	}
	hash := r.Hash()[:12]
	for i, p := range pages(text) {
		mustContain(t, fmt.Sprintf("%s page %d", r.Ref(), i+1), p, r.Ref(), r.Version, hash, r.ID+"-observasi.xlsx")
	}
	inds := r.Indicators()
	findings := text[strings.Index(text, msg.T(lang, msg.CardFindings, u.Counts.NotMet+u.Counts.Partial)):]
	for i, ir := range u.Indicators {
		switch ir.Status {
		case results.NotMet, results.Partial:
			// The code, the start of the rubric's recommendation, the note.
			rec := strings.Fields(inds[i].Recommendation.In(l))
			want = append(want, inds[i].Code, strings.Join(rec[:min(4, len(rec))], " "), "Catatan penilai untuk "+inds[i].Code)
			if inds[i].Type == rubric.Surv {
				want = append(want, msg.T(lang, msg.CardRespondents, strconv.Itoa(int(ir.Respondents))))
			}
			mustContain(t, r.Ref()+" findings", findings, inds[i].Code)
		case results.NA:
			want = append(want, msg.T(lang, msg.CardNAList, u.Counts.NA), inds[i].Code, "Tidak ada layanan ini di unit.")
		case results.NotApplicable:
			want = append(want, msg.T(lang, msg.CardNotApplicableList, typeLabel(r, u.Type, l), u.Counts.NotApplicable), inds[i].Code)
		}
	}
	mustContain(t, r.Ref(), text, want...)
	checkSum(t, text, lang, total)
}

func typeLabel(r *rubric.Rubric, t, lang string) string {
	if ut, ok := r.UnitType(t); ok {
		return ut.Label.In(lang)
	}
	return t
}
