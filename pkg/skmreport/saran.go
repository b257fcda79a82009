package skmreport

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Suggestions are grouped by the unsur they name: each unsur of the
// rubric is matched to a topic by a word of its text (the unsur of
// skm-2017 and any rubric wording them alike, whatever their order), and
// a suggestion names the unsur whose topic word — or code, "U3" — comes
// first in it.

// topic is the words of one unsur's subject: In are words of the unsur's
// text that say it is this topic, Words the words of a suggestion that
// name it. A word of four letters or more matches the words it begins
// ("antre" matches "antrean"), a shorter one only itself; words of
// several parts match those words in a row.
type topic struct {
	in, words []string
}

var topics = []topic{
	{in: []string{"persyaratan", "requirement"}, words: []string{"syarat", "persyaratan", "berkas", "dokumen", "fotokopi", "formulir", "requirement", "document"}},
	{in: []string{"prosedur", "procedure"}, words: []string{"prosedur", "alur", "mekanisme", "tahapan", "berbelit", "birokrasi", "procedure", "process"}},
	{in: []string{"waktu", "time"}, words: []string{"waktu", "lama", "lambat", "cepat", "antre", "antri", "antrean", "antrian", "menunggu", "tunggu", "molor", "slow", "queue", "wait", "waiting", "quick"}},
	{in: []string{"biaya", "tarif", "fees", "fee"}, words: []string{"biaya", "tarif", "bayar", "membayar", "pungli", "pungutan", "gratis", "mahal", "retribusi", "fee", "fees", "cost", "charge", "bribe"}},
	{in: []string{"produk", "product"}, words: []string{"produk", "spesifikasi", "salah cetak", "salah ketik", "product", "misprint"}},
	{in: []string{"kompetensi", "competence"}, words: []string{"kompeten", "kompetensi", "kemampuan", "terampil", "keterampilan", "pengetahuan", "menguasai", "profesional", "dilatih", "pelatihan", "competent", "competence", "skill", "skilled", "knowledge", "trained", "training"}},
	{in: []string{"perilaku", "behaviour"}, words: []string{"perilaku", "sikap", "sopan", "ramah", "senyum", "judes", "ketus", "jutek", "kasar", "santun", "rude", "polite", "friendly", "smile", "attitude"}},
	{in: []string{"pengaduan", "complaint"}, words: []string{"pengaduan", "aduan", "keluhan", "komplain", "kotak saran", "mengadu", "complaint", "complaints"}},
	{in: []string{"sarana", "facilities", "facility"}, words: []string{"sarana", "prasarana", "fasilitas", "ruang tunggu", "toilet", "wc", "parkir", "parkiran", "kursi", "ac", "kipas", "kebersihan", "bersih", "kotor", "panas", "gedung", "ruangan", "facility", "facilities", "parking", "seat", "seats", "chairs", "clean", "dirty"}},
}

// matcher finds the unsur a suggestion names.
type matcher struct {
	codes []string     // the unsur's codes, lower case
	words [][][]string // each unsur's topic words, each split in its parts
	found map[string]int
}

// newMatcher matches each unsur of r to the first topic one of whose
// words begins a word of the unsur's name (in either language: "fee"
// does not make "feedback" a fee).
func newMatcher(r *rubric.Rubric) *matcher {
	m := &matcher{}
	for _, ind := range r.Indicators() {
		m.codes = append(m.codes, strings.ToLower(ind.Code))
		var words []string
		toks := tokens(ind.Text.ID + " " + ind.Text.EN)
		for _, tp := range topics {
			for _, w := range tp.in {
				for _, t := range toks {
					if strings.HasPrefix(t, w) && (len(t) == len(w) || len(w) >= 5) {
						words = tp.words
					}
				}
			}
			if words != nil {
				break
			}
		}
		var split [][]string
		for _, w := range words {
			split = append(split, strings.Fields(w))
		}
		m.words = append(m.words, split)
	}
	m.found = map[string]int{}
	return m
}

// find returns the index of the unsur the text names first, -1 if none.
// The same texts come back often: each is looked at once.
func (m *matcher) find(text string) int {
	if i, ok := m.found[text]; ok {
		return i
	}
	i := m.scan(text)
	if len(m.found) < 4096 {
		m.found[text] = i
	}
	return i
}

// tokens are a text's words, lower case.
func tokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func (m *matcher) scan(text string) int {
	toks := tokens(text)
	for pos := range toks {
		for i := range m.codes {
			if toks[pos] == m.codes[i] {
				return i
			}
			for _, w := range m.words[i] {
				if matchAt(toks, pos, w) {
					return i
				}
			}
		}
	}
	return -1
}

// matchAt reports whether the word's parts stand at toks[pos].
func matchAt(toks []string, pos int, parts []string) bool {
	if pos+len(parts) > len(toks) {
		return false
	}
	for k, p := range parts {
		t := toks[pos+k]
		last := k == len(parts)-1
		if t == p || last && utf8.RuneCountInString(p) >= 4 && strings.HasPrefix(t, p) {
			continue
		}
		return false
	}
	return true
}

// maxSuggestion bounds a suggestion as printed, in characters.
const maxSuggestion = 1200

// cleanSuggestion makes a suggestion fit to print: control characters
// (line breaks, tabs, escapes) become spaces, runs of spaces one, and a
// very long text is cut with "…". Everything else stays as written.
func cleanSuggestion(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r >= 0x7f && r < 0xa0 || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
	return locale.Truncate(strings.Join(strings.Fields(s), " "), maxSuggestion)
}

// groupSuggestions groups a unit's suggestions by the unsur they name,
// in the unsur's order, then the rest.
func groupSuggestions(rp *Report, in []results.Suggestion) []SuggestionGroup {
	if len(in) == 0 {
		return nil
	}
	items := rp.itemsOf()
	if rp.matcher == nil {
		rp.matcher = newMatcher(rp.Rubric)
	}
	m := rp.matcher
	groups := make([]SuggestionGroup, len(items)+1)
	for i, it := range items {
		groups[i].Code, groups[i].Name = it.Code, it.Name
	}
	for _, s := range in {
		text := cleanSuggestion(s.Text)
		if text == "" {
			continue
		}
		g := m.find(text)
		if g < 0 {
			g = len(items)
		}
		groups[g].Items = append(groups[g].Items, Suggestion{Text: text, Respondent: s.Respondent, Where: s.Source.Cell()})
	}
	var out []SuggestionGroup
	for _, g := range groups {
		if len(g.Items) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// itemsOf is the rubric's unsur as Items (codes, names, texts).
func (rp *Report) itemsOf() []Item {
	var items []Item
	for _, ind := range rp.Rubric.Indicators() {
		t := ind.Text.In(string(rp.Lang))
		items = append(items, Item{Code: ind.Code, Name: shortName(t), Text: t})
	}
	return items
}
