package xlsform

import (
	"fmt"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// tx is a piece of the phone form's own text — labels, hints, messages an
// assessor reads on the phone — in Bahasa Indonesia and English. It is
// document content, so it lives with the form (as pkg/form's text does)
// rather than in the message catalog.
type tx struct{ id, en string }

func (t tx) text(args ...any) rubric.Text {
	if len(args) == 0 {
		return rubric.Text{ID: t.id, EN: t.en}
	}
	return rubric.Text{ID: fmt.Sprintf(t.id, args...), EN: fmt.Sprintf(t.en, args...)}
}

// The languages of every kepatuhan form, as XLSForm names translation
// columns.
const (
	LangID = "Indonesian (id)"
	LangEN = "English (en)"
)

// Labels of the unit and visit fields: the observation-workbook
// contract's header names, so that an export with label headers reads
// like a wide sheet.
var (
	txUnit        = tx{"Kode Unit", "Unit Code"}
	txUnitName    = tx{"Nama Unit", "Unit Name"}
	txUnitType    = tx{"Jenis Unit", "Unit Type"}
	txRegion      = tx{"Instansi", "Region"}
	txPeriod      = tx{"Tahun", "Year"}
	txAssessor    = tx{"Penilai", "Assessor"}
	txDate        = tx{"Tanggal", "Date"}
	txLocation    = tx{"Lokasi", "Location"}
	txRespondents = tx{"Responden", "Respondents"}
)

// Labels of an indicator's fields and choices.
var (
	txNote       = tx{"Catatan %s", "Note %s"}
	txPhoto      = tx{"Foto bukti %s", "Evidence photo %s"}
	txPhotoOf    = tx{"Foto bukti %s: %s", "Evidence photo %s: %s"}
	txApplies    = tx{"%s berlaku di unit ini?", "Does %s apply at this unit?"}
	txAppliesYes = tx{"Berlaku", "Applies"}
	txYes        = tx{"Ya", "Yes"}
	txNo         = tx{"Tidak", "No"}
	txNAChoice   = tx{"Tidak berlaku (N/A)", "Not applicable (N/A)"}
)

// Hints.
var (
	txHintUnit       = tx{"Pilih unit yang dinilai.", "Pick the unit being assessed."}
	txHintUnitText   = tx{"Tulis kode unit persis seperti di daftar unit.", "Write the unit code exactly as in the unit list."}
	txHintRespUnit   = tx{"Pilih unit tempat responden dilayani.", "Pick the unit where the respondent was served."}
	txHintLocation   = tx{"Tidak wajib: simpan lokasi bila sinyal GPS ada.", "Optional: record the location when there is a GPS fix."}
	txHintNA         = tx{"N/A (tidak berlaku) boleh dipilih untuk indikator ini.", "N/A (not applicable) may be chosen for this indicator."}
	txHintNumber     = tx{"Angka %s sampai %s%s.", "A number from %s to %s%s."}
	txHintChoice     = tx{"%s = %s%% nilai", "%s = %s%% of the score"}
	txHintEvidence   = tx{"Wajib bukti: ambil foto bila terpenuhi.", "Evidence required: take a photo when met."}
	txHintPhoto      = tx{"Tidak wajib.", "Optional."}
	txHintPhotoNeed  = tx{"Wajib bila indikator terpenuhi (seluruhnya atau sebagian).", "Required when the indicator is met (fully or in part)."}
	txHintSurvey     = tx{"Kosongkan bila responden tidak menjawab.", "Leave empty if the respondent did not answer."}
	txHintNote       = tx{"Tidak wajib.", "Optional."}
	txRequired       = tx{"Wajib diisi.", "Required."}
	txNumberRange    = tx{"Isi angka %s sampai %s.", "Enter a number from %s to %s."}
	txTitleResponden = tx{"%s — Responden", "%s — Respondents"}
)
