package sheet_test

import (
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// readRound reads spec and scores its units as a round is scored; both
// engines must read the same two answers.
func readRound(t *testing.T, r *rubric.Rubric, spec string) *sheet.File {
	t.Helper()
	f := read(t, r, spec)
	for i := range f.Fragments {
		score.Verify(r, &f.Fragments[i].Unit)
	}
	return f
}

// roundOf renders an indicator's two answers: "self→verifier state".
func roundOf(ir *results.IndicatorResult) string {
	if ir.Round() == nil {
		return "-"
	}
	return ir.Round().Self.Text + "→" + ir.Round().Verifier.Text + " " + ir.Round().State.String()
}

// The verifier's form: the unit's answers, note and evidence, then the
// verifier's answers and notes; the final answer is the verifier's where
// given, and the unit is provisional while some are not.
func TestRoundFormLayout(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := readRound(t, r, `
sheet DINKES
1: FORMULIR VERIFIKASI
3: Kode Unit | DINKES
4: Penilai | Tim Verifikasi
5: Tanggal | 02/09/2024
7: No | Kode | Indikator | Jawaban Unit | Catatan | Bukti | Jawaban Verifikator | Catatan Verifikasi
8: #n:1 | SP-01 | Persyaratan | Ya | | foto.jpg | Ya
9: #n:2 | SP-02 | Prosedur | Ya | | | Tidak | SOP tidak ditemukan
10: #n:3 | SP-03 | Waktu | Ya | | | ya
11: #n:4 | SP-04 | Biaya | Tidak | belum ada | | Tidak
12: #n:5 | SR-01 | Ruang | Ya | | | Ya
13: #n:6 | SR-02 | Sarana | Lengkap | | | Sebagian
14: #n:7 | SR-03 | Laktasi | N/A
`)
	wantProblems(t, f)
	u := unit(t, f, "DINKES")
	if u.Round == nil || !u.Round.Verification {
		t.Fatal("not a round")
	}
	for code, want := range map[string]string{
		"SP-01": "Ya→Ya agreed", "SP-02": "Ya→Tidak corrected", "SP-03": "Ya→ya agreed",
		"SR-02": "Lengkap→Sebagian corrected", "SR-03": "N/A→ unverified",
	} {
		if got := roundOf(answer(r, u, code)); got != want {
			t.Errorf("%s: %s, want %s", code, got, want)
		}
	}
	// Final: SP 2/4 (SP-02, SP-04 not met) → 30; SR (1 + 0.5·2)/3 → 26.67.
	wantScore(t, u, 56.67, rubric.Kuning)
	// Self: SP 3/4 → 45; SR 1 → 40.
	if s, ok := u.SelfScore(); !ok || s != 85 {
		t.Errorf("self score %v", s)
	}
	if !u.Provisional() || u.Round.Unverified != 1 || u.Round.Agreed != 4 || u.Round.Corrected != 2 {
		t.Errorf("round %+v", u.Round)
	}
	sp2 := answer(r, u, "SP-02")
	if sp2.Round().Note != "SOP tidak ditemukan" || sp2.Source.Cell() != "G9" || sp2.Round().Self.Source.Cell() != "D9" {
		t.Errorf("SP-02: note %q source %s self %s", sp2.Round().Note, sp2.Source.Cell(), sp2.Round().Self.Source.Cell())
	}
	if answer(r, u, "SP-04").Note() != "belum ada" || answer(r, u, "SP-01").Evidence() != "foto.jpg" {
		t.Error("the unit's note and evidence are lost")
	}
	if u.Assessor != "Tim Verifikasi" {
		t.Errorf("assessor %q", u.Assessor)
	}
}

// The self-assessment form alone: every indicator unverified.
func TestRoundSelfOnly(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := readRound(t, r, `
sheet DINKES
3: Kode Unit | DINKES
7: Kode | Jawaban Unit | Catatan
8: SP-01 | Ya
9: SP-02 | Ya
10: SP-03 | Ya
11: SP-04 | Tidak
12: SR-01 | Ya
13: SR-02 | Lengkap
14: SR-03 | N/A
`)
	wantProblems(t, f)
	u := unit(t, f, "DINKES")
	wantScore(t, u, 85, rubric.Hijau)
	if !u.Provisional() || u.Round.Unverified != 7 {
		t.Errorf("unverified %d", u.Round.Unverified)
	}
}

// A long export with English round headers.
func TestRoundLongLayout(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := readRound(t, r, `
sheet Export
1: Unit Code | Indicator Code | Unit Answer | Verifier Answer | Verification Note
2: K1 | SP-01 | Yes | Yes
3: K1 | SP-02 | Yes | No | not displayed
4: K1 | SP-03 | Yes | Yes
5: K1 | SP-04 | Yes | Yes
6: K1 | SR-01 | Yes | Yes
7: K1 | SR-02 | Lengkap | Lengkap
8: K1 | SR-03 | Ya | Ya
`)
	wantProblems(t, f)
	u := unit(t, f, "K1")
	wantScore(t, u, 85, rubric.Hijau)
	if u.Provisional() || roundOf(answer(r, u, "SP-02")) != "Yes→No corrected" || answer(r, u, "SP-02").Round().Note != "not displayed" {
		t.Errorf("round: %s %+v", roundOf(answer(r, u, "SP-02")), u.Round)
	}
}

// A wide sheet with a Tahap column: a row per unit and stage; the
// verifier's row gives the assessor and date of record.
func TestRoundWideLayout(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := readRound(t, r, `
sheet Data
1: Kode Unit | Tahap | Penilai | Tanggal | SP-01 | SP-02 | SP-03 | SP-04 | SR-01 | SR-02 | SR-03
2: A1 | Mandiri | Operator A1 | 01/08/2024 | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya
3: A1 | Verifikasi | Tim | 02/09/2024 | Ya | Tidak | Ya | Ya | Ya | Lengkap | Tidak
4: A2 | mandiri | Operator A2 | | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya
5: A1 | verifikasi | Tim | 02/09/2024 | Ya | Tidak | Ya | Ya | Ya | Lengkap | Tidak
`)
	wantProblems(t, f, "notice sheet.duplicate-unit-same Data!A5")
	a1 := unit(t, f, "A1")
	// SP 3/4 → 45; SR (1 + 1·2 + 0)/4 → 30.
	wantScore(t, a1, 75, rubric.Kuning)
	if a1.Assessor != "Tim" || a1.Date != "2024-09-02" || a1.Provisional() {
		t.Errorf("A1: %s %s provisional %v", a1.Assessor, a1.Date, a1.Provisional())
	}
	if s, _ := a1.SelfScore(); s != 100 {
		t.Errorf("A1 self %v", s)
	}
	a2 := unit(t, f, "A2")
	if !a2.Provisional() || a2.Assessor != "Operator A2" {
		t.Errorf("A2: %+v", a2.Round)
	}
	if roundOf(answer(r, a1, "SR-03")) != "Ya→Tidak corrected" || answer(r, a1, "SR-03").Source.Cell() != "K3" {
		t.Errorf("A1 SR-03: %s at %s", roundOf(answer(r, a1, "SR-03")), answer(r, a1, "SR-03").Source.Cell())
	}
}

// What a round's sheet refuses: both kinds of answer column, a note
// without the verifier's answers, a stage column outside a wide sheet, a
// verifier's answer outside the vocabulary, a survey item, a row without
// a known stage, a stage row twice with other answers.
func TestRoundBadInput(t *testing.T) {
	r := loadRubric(t, "contoh.yaml")
	f := read(t, r, `
sheet A
1: Kode Unit | Kode Indikator | Jawaban | Jawaban Verifikator
2: U1 | SP-01 | Ya | Ya
sheet B
1: Kode Unit | Kode Indikator | Jawaban Unit | Catatan Verifikasi
2: U2 | SP-01 | Ya | ok
sheet C
1: Kode Unit | Kode Indikator | Tahap | Jawaban Unit
2: U3 | SP-01 | mandiri | Ya
sheet D
3: Kode Unit | U4
5: Kode | Jawaban Unit | Jawaban Verifikator
6: SP-01 | Ya | Mungkin
7: SP-02 | Ya | -
8: SR-02 | Lengkap | Setengah
9: SR-03 | N/A | NA
sheet E
1: Kode Unit | Tahap | SP-01
2: U5 | | Ya
3: U5 | akhir | Ya
4: U5 | mandiri | Ya
5: U5 | mandiri | Tidak
`)
	wantProblems(t, f,
		"sheet.round-and-plain A!C1",
		"sheet.verify-note-alone B!D1",
		"sheet.stage-not-wide C!C1",
		"answer.not-accepted D!C6",
		"answer.dash D!C7",
		"answer.not-accepted D!C8",
		"sheet.stage-missing E!B2",
		"sheet.stage-unknown E!B3",
		"sheet.duplicate-unit E!A5",
	)
	if h := f.Problems[0].HintText("id"); !strings.Contains(h, "Jawaban Unit") {
		t.Errorf("hint %q", h)
	}
	if txt := f.Problems[3].Text("id"); !strings.Contains(txt, `jawaban "Mungkin" tidak diterima untuk SP-01`) {
		t.Errorf("message %q", txt)
	}
	skm := loadRubric(t, "uji-campuran.yaml")
	var code string
	for _, ind := range skm.Indicators() {
		if ind.Type == rubric.Surv {
			code = ind.Code
			break
		}
	}
	f = read(t, skm, "sheet S\n1: Kode Unit | Tahap | "+code+"\n2: U1 | mandiri | #n:3\n")
	wantProblems(t, f, "sheet.survey-in-round S!C1")
}
