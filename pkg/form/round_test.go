package form_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func contohRubric(t *testing.T) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Load(filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// locked reports whether a cell is locked in its sheet's protection.
func locked(t *testing.T, f *excelize.File, sheet, ref string) bool {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return st.Protection == nil || st.Protection.Locked
}

// The self-assessment form asks for the unit's answer; the verifier's
// form shows it locked, beside the verifier's open columns with the same
// drop-downs; read back, every indicator is awaiting verification.
func TestRoundForms(t *testing.T) {
	r := contohRubric(t)
	units := []form.Unit{{Code: "DINKES", Name: "Dinas Kesehatan", Assessor: "Petugas", Date: "01/08/2024"}}
	var b bytes.Buffer
	if err := form.Write(&b, r, units, form.Options{Stage: form.StageSelf}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("DINKES")
	tb, ok := form.FindTable(rows)
	if !ok || rows[tb.Header][tb.Answer] != "Jawaban Unit" || tb.Verifier != -1 || !strings.HasSuffix(rows[0][0], "— Penilaian Mandiri") {
		t.Fatalf("self-assessment form: %+v %v", tb, rows[tb.Header])
	}
	f.Close()

	u := score.NewUnit(r, "DINKES")
	u.Round = &results.UnitRound{Verification: true}
	for i, ind := range r.Indicators() {
		text := score.Accepted(ind)[0] // the first answer each accepts: met
		p, _ := score.ParseAnswer(ind, text)
		u.Indicators[i].SetRound(&results.IndicatorRound{Self: results.Answer{Text: text, Value: p.Value, Status: results.Answered}})
	}
	u.Indicators[0].SetRemark(&results.Remark{Note: "sudah dipampang", Evidence: "foto-sp01.jpg"})
	b.Reset()
	err = form.Write(&b, r, units, form.Options{Stage: form.StageVerify, Answers: map[string]*results.Unit{rubric.CodeKey("DINKES"): &u}})
	if err != nil {
		t.Fatal(err)
	}
	f, err = excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ = f.GetRows("DINKES")
	tb, ok = form.FindTable(rows)
	if !ok || tb.Verifier < 0 || tb.VerifyNote < 0 {
		t.Fatalf("verifier's form: %+v", tb)
	}
	first := tb.Header + 3 // the first indicator (1-based row), under its group's row
	row := rows[first-1]
	if row[tb.Code] != "SP-01" || row[tb.Answer] != "Ya" || row[tb.Note] != "sudah dipampang" || row[tb.Evidence] != "foto-sp01.jpg" {
		t.Fatalf("SP-01's row %v", row)
	}
	cellRef := func(col int) string { ref, _ := excelize.CoordinatesToCellName(col+1, first); return ref }
	if !locked(t, f, "DINKES", cellRef(tb.Answer)) || !locked(t, f, "DINKES", cellRef(tb.Evidence)) {
		t.Error("the unit's answer and evidence are not locked")
	}
	if locked(t, f, "DINKES", cellRef(tb.Verifier)) || locked(t, f, "DINKES", cellRef(tb.VerifyNote)) {
		t.Error("the verifier's cells are locked")
	}
	if locked(t, f, "DINKES", "B7") || !locked(t, f, "DINKES", "B2") {
		t.Error("the header block: the assessor must be open, the unit code locked")
	}
	if v, _ := f.GetCellValue("DINKES", "B7"); v != "" {
		t.Errorf("the unit's assessor %q is left on the verifier's form", v)
	}
	prot, err := f.GetSheetProtection("DINKES")
	if err != nil || !prot.SelectUnlockedCells {
		t.Errorf("the sheet is not protected: %+v %v", prot, err)
	}
	dvs, _ := f.GetDataValidations("DINKES")
	onVerifier := false
	col := string(rune('A' + tb.Verifier))
	for _, dv := range dvs {
		if strings.HasPrefix(dv.Sqref, col) {
			onVerifier = true
		}
	}
	if !onVerifier {
		t.Errorf("no drop-down on the verifier's column %s: %v", col, dvs)
	}

	path := filepath.Join(t.TempDir(), "verifikasi.xlsx")
	os.WriteFile(path, b.Bytes(), 0o644)
	out := ingest.Load([]string{path}, ingest.Options{Rubric: filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml")})
	if out.Invalid() {
		t.Fatal(out.Problems)
	}
	got := out.Results.Units[0]
	if !got.Provisional() || got.Round.Unverified != 7 || got.Score == nil || *got.Score != 100 {
		t.Errorf("read back: %+v score %v", got.Round, got.Score)
	}
	if _, ok := form.ParseStage("akhir"); ok {
		t.Error("an unknown stage was accepted")
	}
	if err := form.Write(&b, r, units, form.Options{Stage: "akhir"}); err == nil {
		t.Error("form.Write took an unknown stage")
	}
}
