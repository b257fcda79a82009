package sheet_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func skmRubric(t *testing.T) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Builtin("skm-2017")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// surveyOf returns unit code's survey fragment's survey, after checking
// that both engines read the same survey.
func surveyOf(t *testing.T, r *rubric.Rubric, spec, code string) (*sheet.File, *results.Survey) {
	t.Helper()
	f := read(t, r, spec)
	for _, fr := range f.Fragments {
		if fr.Unit.Code == code && fr.Survey {
			return f, fr.Unit.Survey
		}
	}
	t.Fatalf("no survey of %s: %s", code, describe(f))
	return nil, nil
}

// describeSurvey renders a survey, places as cells.
func describeSurvey(s *results.Survey) string {
	if s == nil {
		return "none"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "respondents %d unanswered %d period %s (%s) – %s (%s) undated %d\n", s.Respondents, s.Unanswered,
		s.First, s.FirstAt.Cell(), s.Last, s.LastAt.Cell(), s.Undated)
	for _, t := range s.Traits {
		fmt.Fprintf(&b, "%s %s %d", t.Trait, t.Value, t.N)
		if t.Unlisted {
			b.WriteString(" unlisted")
		}
		b.WriteString(" " + t.At.Cell() + "\n")
	}
	for _, g := range s.Suggestions {
		fmt.Fprintf(&b, "saran %q by %s at %s\n", g.Text, g.Respondent, g.Source.Cell())
	}
	for _, a := range s.Answers {
		fmt.Fprintf(&b, "%s %v\n", a.Code, a.Counts)
	}
	return b.String()
}

func wantSurvey(t *testing.T, s *results.Survey, want string) {
	t.Helper()
	got := describeSurvey(s)
	if strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("survey:\n%s\nwant:\n%s", got, want)
	}
}

// A wide respondents sheet with every characteristic, the date, and the
// suggestion under header variants of both languages: a blank form row
// (code and number only) is nothing, a row with a characteristic and no
// answer is noticed and not counted, a partial row counts for the items
// it answers, values are read through their lists (an age in years falls
// in its band), and a value not in a list is tallied as written and
// noticed once with the number of other cells holding it.
func TestRespondentsWide(t *testing.T) {
	r := skmRubric(t)
	f, s := surveyOf(t, r, `
sheet Responden
1: Kode Unit | No Responden | Tanggal | Gender | Usia | Pendidikan Terakhir | Occupation | Layanan | U1 | U2 | U3 | U4 | U5 | U6 | U7 | U8 | U9 | Saran dan Masukan
2: PKM | 1 | #d:2024-03-05 | L | #n:34 | SMA/SMK | Petani | KTP | 4 | 3 | 3 | 4 | 4 | 3 | 4 | 3 | 3 | Ruang tunggu panas, tambah kipas
3: PKM | 2 | 12/02/2024 | Perempuan | 20–29 tahun | S1 | PNS | KK | 3 | 3 | 2 | 4 | 3 | 3 | 4 | 3 | 3 | -
4: PKM | 3 | | P | | SD | petani | KTP | 4 | | 3 |  | 4 | 4 | 4 | 4 | 4 | tidak ada
5: PKM | 4
6: PKM | 5 | 2024-03-09 | L | 41 | SMP | Lainnya: nelayan
7: PKM | 6 | 2024-04-30 | L | 41 | SMP | Wiraswasta | KTP | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | Petugas kurang ramah
`, "PKM")
	wantProblems(t, f,
		"notice sheet.respondent-no-answer Responden!A6",
		"notice sheet.trait-unlisted-more Responden!G2",
	)
	wantSurvey(t, s, `
respondents 4 unanswered 1 period 2024-02-12 (C3) – 2024-04-30 (C7) undated 1
sex L 2 D2
age 30-39 1 E2
education SMA 1 F2
occupation Petani 2 unlisted G2
service KTP 3 H2
sex P 2 D3
age 20-29 1 E3
education D4-S1 1 F3
occupation PNS 1 G3
service KK 1 H3
education SD 1 F4
age 40-49 1 E7
education SMP 1 F7
occupation Wirausaha 1 G7
saran "Ruang tunggu panas, tambah kipas" by 1 at R2
saran "Petugas kurang ramah" by 6 at R7
U1 [1 0 1 2]
U2 [1 0 2 0]
U3 [1 1 2 0]
U4 [1 0 0 2]
U5 [1 0 1 2]
U6 [1 0 2 1]
U7 [1 0 0 3]
U8 [1 0 2 1]
U9 [1 0 2 1]
`)
	if p := f.Problems[1]; !strings.Contains(p.Text("en"), `occupation "Petani" is not in the list (here and in 1 other cells)`) || !strings.Contains(p.HintText("id"), "Lainnya") {
		t.Errorf("%s | %s", p.Text("en"), p.HintText("id"))
	}
	// The date column is each respondent's: the unit has none of them.
	for _, fr := range f.Fragments {
		if fr.Unit.Date != "" {
			t.Errorf("unit date %q", fr.Unit.Date)
		}
	}
}

// A long respondents sheet joins a respondent's rows by the respondent
// column: the first value of a characteristic counts (a different later
// one is noticed), a suggestion repeated on each row counts once.
// Without a respondent column the characteristics cannot be counted per
// person (noticed), the respondents are the most answered item's.
func TestRespondentsLong(t *testing.T) {
	r := skmRubric(t)
	var b strings.Builder
	b.WriteString("sheet Data\n1: Kode Unit | Responden | Kode Indikator | Jawaban | JK | Umur | Saran | Date\n")
	row := 2
	for resp := 1; resp <= 2; resp++ {
		for i := 1; i <= 9; i++ {
			sex, saran := "", ""
			if i == 1 || resp == 2 {
				sex = "L"
			}
			if resp == 2 && i == 5 {
				sex = "P"
			}
			if resp == 1 {
				saran = "Antrean terlalu lama"
			}
			fmt.Fprintf(&b, "%d: DISDUK | %d | U%d | %d | %s | 45 | %s | 2024-06-0%d\n", row, resp, i, 2+resp, sex, saran, resp)
			row++
		}
	}
	f, s := surveyOf(t, r, b.String(), "DISDUK")
	wantProblems(t, f, "notice sheet.trait-conflict Data!E15")
	wantSurvey(t, s, `
respondents 2 unanswered 0 period 2024-06-01 (H2) – 2024-06-02 (H11) undated 0
sex L 2 E2
age 40-49 2 F2
saran "Antrean terlalu lama" by 1 at G2
U1 [0 0 1 1]
U2 [0 0 1 1]
U3 [0 0 1 1]
U4 [0 0 1 1]
U5 [0 0 1 1]
U6 [0 0 1 1]
U7 [0 0 1 1]
U8 [0 0 1 1]
U9 [0 0 1 1]
`)
	noID := strings.ReplaceAll(strings.ReplaceAll(b.String(), "Responden | ", "No | "), "| P |", "| L |")
	f, s = surveyOf(t, r, noID, "DISDUK")
	wantProblems(t, f, "notice sheet.traits-no-respondent Data!A1")
	if s.Respondents != 2 || len(s.Traits) != 0 || len(s.Suggestions) != 1 || s.First != "2024-06-01" || s.Last != "2024-06-02" {
		t.Errorf("without respondents:\n%s", describeSurvey(s))
	}
}

// An answer outside 1–4 is an error at its cell, as before; the row's
// other answers count, and a row whose only answer is refused is not
// called a row without answers.
func TestRespondentsBadAnswers(t *testing.T) {
	r := skmRubric(t)
	f, s := surveyOf(t, r, `
sheet Responden
1: Kode Unit | Jenis Kelamin | U1 | U2 | U3 | U4 | U5 | U6 | U7 | U8 | U9
2: PKM | L | 5 | 3 | 3 | 4 | 4 | 3 | 4 | 3 | 3
3: PKM | P | 0
`, "PKM")
	wantProblems(t, f, "answer.out-of-range Responden!C2", "answer.out-of-range Responden!C3")
	if s.Respondents != 1 || s.Unanswered != 0 || s.Count("sex", "L") != 1 || s.Count("sex", "P") != 0 {
		t.Errorf("%s", describeSurvey(s))
	}
}

// A respondent who answers an item twice for one unit is an error at the
// second answer naming the first (wide: the same respondent on two rows;
// long: the same item twice); another unit's respondent of the same
// number is another person.
func TestRespondentsTwice(t *testing.T) {
	r := skmRubric(t)
	f := read(t, r, `
sheet Responden
1: Kode Unit | Responden | U1 | U2 | U3 | U4 | U5 | U6 | U7 | U8 | U9
2: PKM | 7 | 4 | 3 | 3 | 4 | 4 | 3 | 4 | 3 | 3
3: KEC | 7 | 4 | 3 | 3 | 4 | 4 | 3 | 4 | 3 | 3
4: PKM | 7 | | 3
`)
	wantProblems(t, f, "sheet.duplicate-respondent Responden!D4")
	if p := f.Problems[0]; !strings.Contains(p.Text("en"), "D2") {
		t.Errorf("%s", p.Text("en"))
	}
	f = read(t, r, `
sheet Data
1: Kode Unit | Responden | Kode Indikator | Jawaban
2: PKM | 1 | U1 | 4
3: PKM | 1 | U2 | 3
4: PKM | 2 | U1 | 2
5: PKM | 1 | U1 | 3
`)
	wantProblems(t, f, "sheet.duplicate-respondent Data!D5")
	if p := f.Problems[0]; !strings.Contains(p.Text("en"), "D2") {
		t.Errorf("%s", p.Text("en"))
	}
}
