package sheet

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kepatuhan/kepatuhan/pkg/suggest"
)

// field is something a header names.
type field uint8

const (
	fNone field = iota
	fUnit
	fName
	fType
	fRegion
	fPeriod
	fAssessor
	fDate
	fRubric
	fRubricVersion
	fIndicator
	fAnswer
	fNote
	fEvidence
	fRespondent
	fCode // "Kode" alone: the unit in a header block, the indicator in a table
	// A respondent's characteristics and suggestion (respondents.go), in
	// the order of respondent.Traits.
	fSex
	fAge
	fEducation
	fOccupation
	fService
	fSuggestion

	// A verification round (round.go): the unit's own answer, the
	// verifier's, the verifier's note, and a wide sheet's stage column.
	fSelf
	fVerifier
	fVerifyNote
	fStage

	nFields // the number of fields, fNone included
)

var fieldNames = map[field]string{
	fUnit: "Kode Unit", fName: "Nama Unit", fType: "Jenis Unit", fRegion: "Instansi",
	fPeriod: "Tahun", fAssessor: "Penilai", fDate: "Tanggal", fRubric: "Rubrik",
	fRubricVersion: "Versi Rubrik", fIndicator: "Kode Indikator", fAnswer: "Jawaban",
	fNote: "Catatan", fEvidence: "Bukti", fRespondent: "Responden", fCode: "Kode",
	fSex: "Jenis Kelamin", fAge: "Umur", fEducation: "Pendidikan", fOccupation: "Pekerjaan",
	fService: "Jenis Layanan", fSuggestion: "Saran",
}

// labels maps a folded header text (see foldLabel) to its field: the
// contract's table of accepted labels, both languages, plus the
// respondent and rubric-version labels kepatuhan's own forms write.
var labels = map[string]field{}

func init() {
	add := func(f field, names ...string) {
		for _, n := range names {
			labels[foldLabel(n)] = f
		}
	}
	add(fUnit, "Kode Unit", "Unit Code", "Unit ID", "ID Unit")
	add(fCode, "Kode")
	add(fName, "Nama Unit", "Unit Name", "Nama Unit Pelayanan")
	add(fType, "Jenis Unit", "Unit Type", "Tipe Unit")
	add(fRegion, "Instansi", "Pemerintah Daerah", "Pemda", "Wilayah", "Region")
	add(fPeriod, "Tahun", "Periode", "Year", "Period")
	add(fAssessor, "Penilai", "Assessor", "Petugas Penilai")
	add(fDate, "Tanggal", "Tanggal Penilaian", "Date")
	add(fRubric, "Rubrik", "Rubric")
	add(fRubricVersion, "Versi Rubrik", "Rubric Version")
	add(fIndicator, "Kode Indikator", "Indicator", "Indicator Code", "Code")
	add(fAnswer, "Jawaban", "Nilai", "Answer", "Value", "Hasil")
	add(fNote, "Catatan", "Keterangan", "Note", "Notes")
	add(fEvidence, "Bukti", "Evidence", "Lampiran")
	add(fRespondent, "Responden", "No Responden", "ID Responden", "Respondent", "Respondent ID")
	add(fSex, "Jenis Kelamin", "Kelamin", "JK", "L/P", "Sex", "Gender")
	add(fAge, "Umur", "Usia", "Kelompok Umur", "Kelompok Usia", "Age", "Age Group", "Age Band")
	add(fEducation, "Pendidikan", "Pendidikan Terakhir", "Education", "Education Level")
	add(fOccupation, "Pekerjaan", "Pekerjaan Utama", "Profesi", "Occupation", "Job")
	add(fService, "Jenis Layanan", "Layanan", "Jenis Pelayanan", "Pelayanan", "Layanan yang Diterima",
		"Layanan yang Digunakan", "Service", "Service Used", "Service Type")
	add(fSuggestion, "Saran", "Saran dan Masukan", "Saran/Masukan", "Saran & Masukan", "Masukan",
		"Kritik dan Saran", "Kritik & Saran", "Kritik/Saran", "Suggestion", "Suggestions", "Comment", "Comments", "Feedback")
	addRoundLabels(add)
}

// allLabels lists every accepted label, for near-miss hints.
func allLabels() []string {
	out := make([]string, 0, len(fieldNames))
	for _, n := range []string{"Kode Unit", "Nama Unit", "Jenis Unit", "Instansi", "Tahun", "Penilai",
		"Tanggal", "Rubrik", "Kode Indikator", "Jawaban", "Catatan", "Keterangan", "Bukti",
		"Unit Code", "Unit Name", "Unit Type", "Region", "Year", "Period", "Assessor", "Date",
		"Indicator Code", "Answer", "Value", "Note", "Evidence", "Responden", "Respondent",
		"Jenis Kelamin", "Pendidikan", "Pekerjaan", "Jenis Layanan", "Education", "Occupation",
		"Jawaban Unit", "Jawaban Verifikator", "Catatan Verifikasi", "Unit Answer", "Verifier Answer", "Verification Note"} {
		out = append(out, n)
	}
	return out
}

// foldLabel makes header matching case-, space- and colon-insensitive:
// "Kode Unit :" and "KODE UNIT" both fold to "kodeunit"; invisible format
// characters are dropped too. A trailing
// "(wajib)"-style note in brackets is dropped, and so is a leading
// number ("1. Kode Unit").
func foldLabel(s string) string {
	if i := strings.IndexAny(s, "(["); i > 0 {
		s = s[:i]
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), r == 0xA0, r == ':', r == '*', r == '_', r == '-', r == '.',
			r >= 0x80 && unicode.Is(unicode.Cf, r): // invisible: "Kode\u200BUnit"
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimLeft(b.String(), "0123456789")
}

// lookupLabel returns the field a header text names.
func lookupLabel(s string) field {
	if len(s) > 40 {
		return fNone
	}
	return labels[foldLabel(s)]
}

// nearLabel suggests the accepted label a mistyped header was probably
// meant to be: at most two edits away, so that values such as
// "kecamatan" are not taken for a mistyped "Catatan".
func nearLabel(s string) (string, bool) {
	if len(s) > 40 || lookupLabel(s) != fNone {
		return "", false
	}
	return labelSet.Within(s, 2)
}

// labelSet holds the labels folded once: nearLabel is asked about every
// text cell of a sheet without a layout (a form's instructions sheet).
var labelSet = suggest.NewSet(allLabels())

// looksLikeCode reports whether a column header has the shape of an
// indicator code (SP-01, U1, 1.a.1, IN_03), so that a wide sheet's
// unknown codes are reported instead of silently dropped. KoboToolbox's
// metadata columns (start, end, _id, _uuid, …) do not look like codes.
var codeShape = regexp.MustCompile(`^[A-Za-z]{1,8}[-_./]?[0-9]{1,4}([-_./][0-9A-Za-z]{1,4})*$|^[0-9]{1,2}([./][0-9A-Za-z]{1,3}){1,3}$`)

func looksLikeCode(s string) bool {
	return len(s) <= 24 && codeShape.MatchString(s)
}
