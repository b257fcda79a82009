package form

import (
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The forms of a verification round (docs/workbook.md §10a):
//
//   - StageSelf (mandiri): the unit assesses itself; the answer column is
//     "Jawaban Unit", and the title says it is a self-assessment.
//   - StageVerify (verifikasi): the verifier's form, made from the units'
//     filled self-assessments: the unit's answers, notes and evidence
//     filled in and locked (the sheet is protected, without a password:
//     protection prevents slips, it is no security), and two columns
//     more for the verifier, "Jawaban Verifikator" (with the same
//     drop-down) and "Catatan Verifikasi", with the header block's
//     assessor and date, left open.
//
// Both are the single-pass form (sheet.go) adjusted after it is written,
// so that the three share one layout.

// Stages of a round's forms (Options.Stage).
const (
	StageSelf   = "mandiri"
	StageVerify = "verifikasi"
)

// ParseStage reads --tahap's value: mandiri or verifikasi (self and
// verification in English), any case; "" is the single-pass form.
func ParseStage(s string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return "", true
	case StageSelf, "self", "self-assessment":
		return StageSelf, true
	case StageVerify, "verification", "verifier":
		return StageVerify, true
	}
	return "", false
}

// Columns the verifier's form adds after the single-pass form's.
const (
	colVerifier   = nCols + 1
	colVerifyNote = nCols + 2
)

var (
	thSelf       = tx{"Jawaban Unit", "Unit Answer"}
	thVerifier   = tx{"Jawaban Verifikator", "Verifier Answer"}
	thVerifyNote = tx{"Catatan Verifikasi", "Verification Note"}
	txStageSelf  = tx{"Penilaian Mandiri", "Self-Assessment"}
	txStageVer   = tx{"Verifikasi", "Verification"}
	stepSelf     = tx{"Tahap penilaian mandiri: unit mengisi kolom Jawaban Unit dengan keadaan sebenarnya dan melampirkan buktinya. Jawaban ini akan diverifikasi.",
		"Self-assessment stage: the unit fills in the Jawaban Unit (unit answer) column with the actual state and attaches its evidence. These answers will be verified."}
	stepVerify = tx{"Tahap verifikasi: jawaban, catatan dan bukti unit terkunci. Verifikator mengisi Jawaban Verifikator untuk setiap indikator (sama dengan jawaban unit bila sesuai, jawaban lain bila tidak) dan Catatan Verifikasi, serta Penilai dan Tanggal di blok kepala. Indikator tanpa Jawaban Verifikator membuat hasil unit SEMENTARA.",
		"Verification stage: the unit's answers, notes and evidence are locked. The verifier fills in Jawaban Verifikator (verifier answer) for every indicator (the unit's answer when it holds, another when not) and Catatan Verifikasi (verification note), and the assessor and date in the header block. An indicator without a verifier's answer leaves the unit's result PROVISIONAL."}
)

// stageSteps are the instructions' steps for the form's stage.
func (w *writer) stageSteps() []string {
	switch w.o.Stage {
	case StageSelf:
		return []string{stepSelf.in(w.lang)}
	case StageVerify:
		return []string{stepVerify.in(w.lang)}
	}
	return nil
}

// stage adjusts the unit sheets for the form's stage.
func (w *writer) stage() error {
	if w.o.Stage == "" {
		return nil
	}
	for _, s := range w.sheets {
		if err := w.stageSheet(s); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) stageSheet(s sheetRef) error {
	f, l, name := w.f, w.lang, s.name
	title, _ := f.GetCellValue(name, cell(1, rowTitle))
	stage := txStageSelf
	if w.o.Stage == StageVerify {
		stage = txStageVer
	}
	if err := f.SetCellStr(name, cell(1, rowTitle), title+" — "+stage.in(l)); err != nil {
		return err
	}
	if err := f.SetCellStr(name, cell(colAnswer, rowTableHead), thSelf.in(l)); err != nil {
		return err
	}
	// Two lines for the longer titles.
	if ht, err := f.GetRowHeight(name, rowTableHead); err == nil && ht < 27 {
		if err := f.SetRowHeight(name, rowTableHead, 27); err != nil {
			return err
		}
	}
	if w.o.Stage != StageVerify {
		return nil
	}
	var unit *results.Unit
	if w.o.Answers != nil {
		unit = w.o.Answers[rubric.CodeKey(s.unit.Code)]
	}
	// The title spans the whole table.
	if err := f.UnmergeCell(name, cell(1, rowTitle), cell(nCols, rowTitle)); err != nil {
		return err
	}
	if err := f.MergeCell(name, cell(1, rowTitle), cell(colVerifyNote, rowTitle)); err != nil {
		return err
	}
	head := look{bold: true, border: true, wrap: true, fill: colorHeaderFill, color: "FFFFFF", halign: "center", valign: "center"}
	if err := f.SetCellStr(name, cell(colVerifier, rowTableHead), thVerifier.in(l)); err != nil {
		return err
	}
	if err := f.SetCellStr(name, cell(colVerifyNote, rowTableHead), thVerifyNote.in(l)); err != nil {
		return err
	}
	if err := w.st.set(name, cell(colVerifier, rowTableHead), cell(colVerifyNote, rowTableHead), head); err != nil {
		return err
	}
	// The assessor and date of the header block are the verifier's.
	open := look{border: true, halign: "left", wrap: true, valign: "top", fill: colorInput, unlocked: true}
	for _, fl := range []field{fAssessor, fDate} {
		rw := rowBlock + int(fl)
		if err := f.SetCellValue(name, cell(2, rw), nil); err != nil {
			return err
		}
		if err := w.st.set(name, cell(2, rw), cell(3, rw), open); err != nil {
			return err
		}
	}
	// Each indicator row: the unit's answer, note and evidence, locked
	// and grey; the verifier's cells open.
	locked := look{border: true, wrap: true, valign: "top", fill: colorLabelFill, color: "404040"}
	lockedAns := locked
	lockedAns.halign, lockedAns.bold = "center", true
	verAns := look{border: true, halign: "center", valign: "top", fill: colorInput, unlocked: true}
	verNote := look{border: true, wrap: true, valign: "top", fill: colorInput, unlocked: true}
	rows, err := f.GetRows(name)
	if err != nil {
		return err
	}
	last := rowTableHead
	for i := rowFirstEntry - 1; i < len(rows); i++ {
		rw := i + 1
		if colCode > len(rows[i]) || rows[i][colCode-1] == "" {
			// A section row: its band reaches the new columns.
			if len(rows[i]) > 0 && rows[i][0] != "" {
				if id, err := f.GetCellStyle(name, cell(nCols, rw)); err == nil {
					if err := f.SetCellStyle(name, cell(colVerifier, rw), cell(colVerifyNote, rw), id); err != nil {
						return err
					}
				}
			}
			continue
		}
		last = rw
		ind, ok := w.r.Indicator(rows[i][colCode-1])
		if !ok {
			continue
		}
		if unit != nil {
			ir := &unit.Indicators[ind.Index()]
			answer := ir.Answer
			if ir.Round() != nil {
				answer = ir.Round().Self.Text
			}
			for _, cv := range []struct {
				col int
				v   string
			}{{colAnswer, answer}, {colNote, ir.Note()}, {colEvidence, ir.Evidence()}} {
				if cv.v == "" {
					continue
				}
				if err := f.SetCellStr(name, cell(cv.col, rw), clipCell(cv.v)); err != nil {
					return err
				}
			}
		}
		if err := w.st.set(name, cell(colAnswer, rw), cell(colAnswer, rw), lockedAns); err != nil {
			return err
		}
		if err := w.st.set(name, cell(colNote, rw), cell(colEvidence, rw), locked); err != nil {
			return err
		}
		if !ind.AppliesToType(s.unit.Type) {
			grey := look{border: true, fill: colorExcluded, color: colorGreyText, valign: "top"}
			if err := w.st.set(name, cell(colVerifier, rw), cell(colVerifyNote, rw), grey); err != nil {
				return err
			}
			continue
		}
		if err := w.st.set(name, cell(colVerifier, rw), cell(colVerifier, rw), verAns); err != nil {
			return err
		}
		if err := w.st.set(name, cell(colVerifyNote, rw), cell(colVerifyNote, rw), verNote); err != nil {
			return err
		}
	}
	// The verifier's answers get the drop-downs of the unit's.
	dvs, err := f.GetDataValidations(name)
	if err != nil {
		return err
	}
	from, to := colName(colAnswer), colName(colVerifier)
	for _, dv := range dvs {
		if !strings.Contains(dv.Sqref, from) {
			continue
		}
		cp := *dv
		cp.Sqref = shiftColumn(dv.Sqref, from, to)
		if err := f.AddDataValidation(name, &cp); err != nil {
			return err
		}
	}
	if err := f.SetSheetDimension(name, "A1:"+cell(colVerifyNote, last)); err != nil {
		return err
	}
	if err := f.SetColWidth(name, colName(colVerifier), colName(colVerifier), 12); err != nil {
		return err
	}
	if err := f.SetColWidth(name, colName(colVerifyNote), colName(colVerifyNote), 22); err != nil {
		return err
	}
	return f.ProtectSheet(name, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true,
	})
}

// shiftColumn moves the cell references of a validation's range from
// column from to column to ("E9:E14 E16" → "H9:H14 H16").
func shiftColumn(sqref, from, to string) string {
	re := regexp.MustCompile(`\b` + from + `(\d+)`)
	return re.ReplaceAllString(sqref, to+"$1")
}

// clipCell keeps a value within what a cell holds.
func clipCell(s string) string {
	const max = 32000
	if len(s) <= max {
		return s
	}
	return s[:max]
}

// stageProblem checks the options of a round's form.
func stageProblem(o Options) *msg.Problem {
	if _, ok := ParseStage(o.Stage); !ok {
		return &msg.Problem{Key: msg.FormBadStage, Args: []any{o.Stage}, Hint: msg.HintValidValues, HintArgs: []any{StageSelf + ", " + StageVerify}}
	}
	return nil
}
