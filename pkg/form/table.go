package form

// Table is where a unit's answer table sits in a form sheet written by
// Write, as read back cell by cell (excelize's GetRows): the header row
// and the columns of the indicator code, the answer, the note and the
// evidence, all 0-based; Note and Evidence are -1 when absent.
type Table struct {
	Header                       int
	Code, Answer, Note, Evidence int
	// A verification round's form (round.go): Answer is the unit's
	// (Jawaban Unit); Verifier and VerifyNote are the verifier's columns,
	// -1 when absent.
	Verifier, VerifyNote int
}

// FindTable locates the answer table in rows, by its header names in
// either language. Programs that fill forms (pkg/example, the
// benchmarks' district year) use it; it reports false when there is no
// table header.
func FindTable(rows [][]string) (Table, bool) {
	for i, row := range rows {
		t := Table{Header: i, Code: -1, Answer: -1, Note: -1, Evidence: -1, Verifier: -1, VerifyNote: -1}
		for j, v := range row {
			switch v {
			case thCode.id, thCode.en:
				t.Code = j
			case thAnswer.id, thAnswer.en, thSelf.id, thSelf.en:
				t.Answer = j
			case thVerifier.id, thVerifier.en:
				t.Verifier = j
			case thVerifyNote.id, thVerifyNote.en:
				t.VerifyNote = j
			case thNote.id, thNote.en:
				t.Note = j
			case thEvidence.id, thEvidence.en:
				t.Evidence = j
			}
		}
		if t.Code >= 0 && t.Answer >= 0 {
			return t, true
		}
	}
	return Table{}, false
}
