// Package respondent holds what the SKM survey (PermenPAN-RB 14/2017)
// asks each respondent besides the answers: sex, age, education,
// occupation and the service used — the lists the regulation's
// questionnaire offers for the closed ones, with the words people write
// for each value in Indonesian and English — and reading a written value
// against them. The field form offers the lists as drop-downs, the
// workbook reader tallies what it reads with them, and the SKM report
// names the values with them.
package respondent

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Trait is one characteristic of a respondent.
type Trait uint8

// The characteristics, in the order forms and reports show them.
const (
	Sex Trait = iota
	Age
	Education
	Occupation
	Service
	NTraits
)

// Traits lists every characteristic in order.
var Traits = [NTraits]Trait{Sex, Age, Education, Occupation, Service}

var keys = [NTraits]string{results.TraitSex, results.TraitAge, results.TraitEducation, results.TraitOccupation, results.TraitService}

// Key is the trait's key in the results model (results.TraitSex …).
func (t Trait) Key() string { return keys[t] }

// ByKey returns the trait with the key.
func ByKey(k string) (Trait, bool) {
	for i, key := range keys {
		if key == k {
			return Trait(i), true
		}
	}
	return 0, false
}

// names are the column headers the form writes.
var names = [NTraits]rubric.Text{
	{ID: "Jenis Kelamin", EN: "Sex"},
	{ID: "Umur", EN: "Age"},
	{ID: "Pendidikan", EN: "Education"},
	{ID: "Pekerjaan", EN: "Occupation"},
	{ID: "Jenis Layanan", EN: "Service Used"},
}

// Name is the trait's name as a heading shows it.
func (t Trait) Name() rubric.Text { return names[t] }

// Phrase is the trait's name inside a message, in lower case.
func (t Trait) Phrase() msg.Phrase { return phrase(t) }

type phrase Trait

func (p phrase) In(l msg.Lang) string { return strings.ToLower(names[p].In(string(l))) }

// Value is one value of a closed list.
type Value struct {
	// Key is what the results model records and what the form's
	// drop-down offers (L, P, SMA, PNS, 20-29 …).
	Key string
	// Label names the value in a report.
	Label rubric.Text
	// also are other ways people write it, compared as Fold does.
	also []string
}

// lists are the closed lists; Service has none (the services are the
// unit's own).
var lists = [NTraits][]Value{
	Sex: {
		{Key: "L", Label: rubric.Text{ID: "Laki-laki", EN: "Male"}, also: []string{"laki-laki", "laki laki", "lakilaki", "pria", "male", "m", "man"}},
		{Key: "P", Label: rubric.Text{ID: "Perempuan", EN: "Female"}, also: []string{"perempuan", "wanita", "female", "f", "w", "woman"}},
	},
	Age: {
		{Key: "<20", Label: rubric.Text{ID: "< 20 tahun", EN: "under 20"}},
		{Key: "20-29", Label: rubric.Text{ID: "20–29 tahun", EN: "20–29"}},
		{Key: "30-39", Label: rubric.Text{ID: "30–39 tahun", EN: "30–39"}},
		{Key: "40-49", Label: rubric.Text{ID: "40–49 tahun", EN: "40–49"}},
		{Key: "50-59", Label: rubric.Text{ID: "50–59 tahun", EN: "50–59"}},
		{Key: ">=60", Label: rubric.Text{ID: "≥ 60 tahun", EN: "60 and over"}},
	},
	Education: {
		{Key: "SD", Label: rubric.Text{ID: "SD / sederajat", EN: "Primary school (SD)"}, also: []string{"sd/sederajat", "sd sederajat", "mi", "sd/mi", "primary", "primary school", "elementary", "elementary school"}},
		{Key: "SMP", Label: rubric.Text{ID: "SMP / sederajat", EN: "Junior high school (SMP)"}, also: []string{"sltp", "mts", "smp/mts", "smp/sederajat", "junior high", "junior high school"}},
		{Key: "SMA", Label: rubric.Text{ID: "SMA / sederajat", EN: "Senior high school (SMA)"}, also: []string{"slta", "smk", "ma", "smu", "sma/smk", "sma/ma", "sma/smk/ma", "sma/sederajat", "senior high", "senior high school", "high school"}},
		{Key: "D1-D3", Label: rubric.Text{ID: "Diploma (D1–D3)", EN: "Diploma (D1–D3)"}, also: []string{"d1", "d2", "d3", "di", "dii", "diii", "d1/d2/d3", "d1-d2-d3", "d1–d3", "diploma"}},
		{Key: "D4-S1", Label: rubric.Text{ID: "D4 / S1", EN: "Bachelor's (D4/S1)"}, also: []string{"d4", "div", "s1", "d4/s1", "s1/d4", "d4–s1", "sarjana", "bachelor", "bachelor's"}},
		{Key: "S2", Label: rubric.Text{ID: "S2", EN: "Master's (S2)"}, also: []string{"magister", "master", "master's", "masters"}},
		{Key: "S3", Label: rubric.Text{ID: "S3", EN: "Doctorate (S3)"}, also: []string{"doktor", "doctor", "doctorate", "phd"}},
	},
	Occupation: {
		{Key: "PNS", Label: rubric.Text{ID: "PNS", EN: "Civil servant (PNS)"}, also: []string{"asn", "pegawai negeri", "pegawai negeri sipil", "pns/asn", "civil servant"}},
		{Key: "TNI", Label: rubric.Text{ID: "TNI", EN: "Armed forces (TNI)"}, also: []string{"tentara", "armed forces", "military"}},
		{Key: "POLRI", Label: rubric.Text{ID: "POLRI", EN: "Police (POLRI)"}, also: []string{"polisi", "kepolisian", "police"}},
		{Key: "Swasta", Label: rubric.Text{ID: "Swasta", EN: "Private employee"}, also: []string{"pegawai swasta", "karyawan swasta", "karyawan", "private", "private employee", "private sector"}},
		{Key: "Wirausaha", Label: rubric.Text{ID: "Wirausaha", EN: "Self-employed"}, also: []string{"wiraswasta", "wirausahawan", "pengusaha", "self-employed", "self employed", "entrepreneur"}},
		{Key: "Lainnya", Label: rubric.Text{ID: "Lainnya", EN: "Other"}, also: []string{"lain-lain", "lain lain", "lainya", "other", "others"}},
	},
}

// Values is the trait's closed list, nil for the service used.
func (t Trait) Values() []Value { return lists[t] }

// Label names a value of the trait as a report shows it: the list's
// label for a listed key, else the value itself.
func (t Trait) Label(value string, lang string) string {
	for _, v := range lists[t] {
		if v.Key == value {
			return v.Label.In(lang)
		}
	}
	return value
}

// index maps a folded text to its value, per trait.
var index = func() [NTraits]map[string]string {
	var m [NTraits]map[string]string
	for t, vs := range lists {
		m[t] = map[string]string{}
		for _, v := range vs {
			m[t][Fold(v.Key)] = v.Key
			m[t][Fold(v.Label.ID)] = v.Key
			m[t][Fold(v.Label.EN)] = v.Key
			for _, a := range v.also {
				m[t][Fold(a)] = v.Key
			}
		}
	}
	return m
}()

// Fold makes a written value comparable: lower case, inner white space
// one space, dashes of every kind "-", and spaces around "/" and "-"
// dropped ("SMA / SMK" is "sma/smk", "D1 – D3" is "d1-d3").
func Fold(s string) string {
	s = score.Normalize(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '–', '—', '‐', '‑', '−':
			return '-'
		}
		return r
	}, s)
	for _, sep := range []string{"/", "-"} {
		s = strings.ReplaceAll(s, " "+sep, sep)
		s = strings.ReplaceAll(s, sep+" ", sep)
	}
	return s
}

// Parse reads a written value of the trait. It returns the list's key
// and true for a listed value; for the service used, the text itself
// and true; for a value the list does not have, the text itself and
// false. An occupation written "Lainnya: petani" is Lainnya. An age is a
// whole number of years (10–120), which falls in its band, or a band
// written as the list writes it ("20-29", "20–29 tahun", "< 20", "≥ 60",
// "60+").
func (t Trait) Parse(s string) (string, bool) {
	s = score.Trim(s)
	if t == Service {
		return s, true
	}
	f := Fold(s)
	if k, ok := index[t][f]; ok {
		return k, true
	}
	switch t {
	case Occupation:
		for _, p := range []string{"lainnya", "lain-lain", "lain lain", "other"} {
			if rest, ok := strings.CutPrefix(f, p); ok && rest != "" && !unicode.IsLetter([]rune(rest)[0]) {
				return "Lainnya", true
			}
		}
	case Age:
		if k, ok := ageBand(f); ok {
			return k, true
		}
	}
	return s, false
}

// ageBand reads an age in years, or a band, into its band's key.
func ageBand(f string) (string, bool) {
	for _, w := range []string{" tahun", "tahun", " thn", "thn", " th", " years", "years", " yrs", " y"} {
		f = strings.TrimSuffix(f, w)
	}
	f = strings.TrimSpace(f)
	if x, ok := score.ParseNumber(f); ok {
		if x != math.Trunc(x) || x < 10 || x > 120 {
			return "", false
		}
		n := int(x)
		switch {
		case n < 20:
			return "<20", true
		case n >= 60:
			return ">=60", true
		}
		lo := n / 10 * 10
		return strconv.Itoa(lo) + "-" + strconv.Itoa(lo+9), true
	}
	g := strings.ReplaceAll(f, " ", "")
	for _, c := range []struct{ written, key string }{
		{"<20", "<20"}, {"kurangdari20", "<20"}, {"dibawah20", "<20"}, {"under20", "<20"},
		{"≥60", ">=60"}, {">=60", ">=60"}, {"60+", ">=60"}, {"60keatas", ">=60"}, {"60andover", ">=60"}, {"60orover", ">=60"},
		{"20-29", "20-29"}, {"30-39", "30-39"}, {"40-49", "40-49"}, {"50-59", "50-59"},
		{"20s.d.29", "20-29"}, {"30s.d.39", "30-39"}, {"40s.d.49", "40-49"}, {"50s.d.59", "50-59"},
		{"20s/d29", "20-29"}, {"30s/d39", "30-39"}, {"40s/d49", "40-49"}, {"50s/d59", "50-59"},
	} {
		if g == c.written {
			return c.key, true
		}
	}
	return "", false
}

// Accepted lists what the trait's list accepts, as the form offers it.
func (t Trait) Accepted() []string {
	out := make([]string, len(lists[t]))
	for i, v := range lists[t] {
		out[i] = v.Key
	}
	return out
}
