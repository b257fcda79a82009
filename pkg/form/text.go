package form

import (
	"fmt"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// tx is a piece of the form's own text (headings, labels, instructions) in
// Bahasa Indonesia and English. This is document content, typeset as
// sentences and headings, so it lives here rather than in the message
// catalog, which holds what the program says about its inputs.
type tx struct{ id, en string }

func (t tx) in(l msg.Lang) string {
	if l == msg.EN {
		return t.en
	}
	return t.id
}

func (t tx) f(l msg.Lang, args ...any) string { return fmt.Sprintf(t.in(l), args...) }

// Header-block labels (column A of a form sheet), in the contract's words.
var blockLabels = [nFields]tx{
	fCode:     {"Kode Unit", "Unit Code"},
	fName:     {"Nama Unit", "Unit Name"},
	fType:     {"Jenis Unit", "Unit Type"},
	fRegion:   {"Instansi", "Region"},
	fPeriod:   {"Tahun", "Year"},
	fAssessor: {"Penilai", "Assessor"},
	fDate:     {"Tanggal", "Date"},
}

var (
	labelRubric  = tx{"Rubrik", "Rubric"}
	labelVersion = tx{"Versi Rubrik", "Rubric Version"}
)

// Table header of a form sheet. "Indicator" alone is an indicator-code
// header in the contract, so the English text column is "Indicator text".
var (
	thNo       = tx{"No", "No"}
	thCode     = tx{"Kode", "Code"}
	thText     = tx{"Indikator", "Indicator text"}
	thGuide    = tx{"Panduan", "Guidance"}
	thAnswer   = tx{"Jawaban", "Answer"}
	thNote     = tx{"Catatan", "Note"}
	thEvidence = tx{"Bukti", "Evidence"}
)

// Respondents sheet headers.
var (
	thRespondent    = tx{"Responden", "Respondent"}
	thIndicatorCode = tx{"Kode Indikator", "Indicator Code"}
	thSuggestion    = tx{"Saran", "Suggestion"}
)

// An SKM respondent's characteristics (the respondents sheet's
// drop-downs).
var (
	txPromptTrait      = tx{"Pilih dari daftar: %s.", "Pick from the list: %s."}
	txPromptOccupation = tx{"Pilih dari daftar: %s. Pekerjaan lain ditulis Lainnya (boleh \"Lainnya: petani\").", "Pick from the list: %s. Any other occupation is Lainnya (\"Lainnya: farmer\" is fine)."}
	txPromptAge        = tx{"Umur dalam tahun, 10 sampai 120.", "Age in years, 10 to 120."}
	txErrorTraitTitle  = tx{"Tidak ada di daftar", "Not in the list"}
	txErrorAge         = tx{"Tulis umur 10 sampai 120 tahun — atau kosongkan sel.", "Write an age from 10 to 120 — or leave the cell empty."}
)

var (
	txFormTitle    = tx{"Formulir Penilaian — %s", "Assessment Form — %s"}
	txFooter       = tx{"Halaman &P dari &N", "Page &P of &N"}
	txFooterRubric = tx{"Rubrik %s, versi %s", "Rubric %s, version %s"}

	// Guidance column.
	txCheck        = tx{"Ya / Tidak", "Ya (yes) / Tidak (no)"}
	txNA           = tx{"N/A = tidak berlaku (boleh untuk indikator ini)", "N/A = not applicable (allowed for this indicator)"}
	txNumber       = tx{"Angka %s sampai %s%s", "A number from %s to %s%s"}
	txEvidence     = tx{"Wajib bukti: tulis nama berkas di kolom Bukti", "Evidence required: write the file name in the Evidence column"}
	txOnlyFor      = tx{"Hanya untuk jenis unit: %s", "Only for unit types: %s"}
	txNotForType   = tx{"Tidak berlaku untuk %s: biarkan kosong", "Does not apply to %s: leave empty"}
	txChoicePoints = tx{"%s = %s%% nilai", "%s = %s%% of the score"}

	// Data-validation messages (Excel allows 32 characters of title, 255
	// of prompt and 225 of error text).
	txPromptList   = tx{"Pilih dari daftar: %s. Kosongkan bila belum dinilai.", "Pick from the list: %s. Leave empty if not assessed."}
	txPromptNumber = tx{"Tulis angka %s sampai %s%s. Kosongkan bila belum dinilai.", "Write a number from %s to %s%s. Leave empty if not assessed."}
	txPromptSurvey = tx{"Nilai %s sampai %s. Kosongkan bila tidak dijawab.", "A value from %s to %s. Leave empty if not answered."}
	txErrorTitle   = tx{"Jawaban tidak sah", "Answer not accepted"}
	txErrorList    = tx{"Pilih salah satu: %s — atau kosongkan sel.", "Pick one of: %s — or leave the cell empty."}
	txErrorNumber  = tx{"Tulis angka %s sampai %s — atau kosongkan sel.", "Write a number from %s to %s — or leave the cell empty."}
	txTypeTitle    = tx{"Jenis unit", "Unit type"}

	// The signature lines at the end of a unit's sheet.
	txSignAssessor = tx{"Penilai", "Assessor"}
	txSignOfficer  = tx{"Petugas unit yang dinilai", "Officer of the unit assessed"}
	txSignName     = tx{"Nama dan tanda tangan", "Name and signature"}
	txSignNameRole = tx{"Nama, jabatan dan tanda tangan", "Name, position and signature"}
	txSignDate     = tx{"Tanggal:", "Date:"}
	txTypePrompt   = tx{"Pilih jenis unit dari daftar.", "Pick the unit type from the list."}
	txTypeError    = tx{"Jenis unit ini tidak ada di daftar rubrik.", "This unit type is not in the rubric's list."}
)

// Instructions sheet.
var (
	txInstrTitle   = tx{"Petunjuk Pengisian Formulir", "How to Fill in the Form"}
	txAboutRubric  = tx{"Tentang rubrik", "About the rubric"}
	txRubricID     = tx{"ID rubrik", "Rubric id"}
	txRubricVer    = tx{"Versi", "Version"}
	txRubricHash   = tx{"Hash (SHA-256)", "Hash (SHA-256)"}
	txRubricKind   = tx{"Jenis rubrik", "Kind"}
	txRubricScale  = tx{"Skala nilai", "Score scale"}
	txRubricMaker  = tx{"Dibuat dengan", "Made with"}
	txStepsHeading = tx{"Cara mengisi", "How to fill in"}
	txTypesHeading = tx{"Jenis jawaban", "Answer types"}
	txBandsHeading = tx{"Pita nilai", "Score bands"}
	txBandRange    = tx{"Rentang nilai", "Score range"}
	txBandGrade    = tx{"Kategori", "Grade"}
	txBandLabel    = tx{"Predikat", "Rating"}
	txBandZone     = tx{"Zona", "Zone"}
	txUnitTypes    = tx{"Jenis unit (tulis salah satu di Jenis Unit)", "Unit types (write one of them under Unit Type)"}
	txUnitTypeLine = tx{"%s (kode: %s)", "%s (code: %s)"}
	txItemsHeading = tx{"Butir survei (lembar Responden)", "Survey items (Responden sheet)"}
	txItem         = tx{"Butir", "Item"}
	txQuestion     = tx{"Pertanyaan", "Question"}
	txScale        = tx{"Skala", "Scale"}
	txSheetsHead   = tx{"Lembar unit", "Unit sheets"}
	txSheet        = tx{"Lembar", "Sheet"}
	txUnit         = tx{"Unit", "Unit"}
)

// The steps, in order; which apply depends on the rubric's kind.
var (
	stepOneSheet = tx{
		"Setiap unit yang dinilai punya satu lembar sendiri; nama lembar adalah kode unit.",
		"Every unit assessed has a sheet of its own, named after the unit code."}
	stepBlankSheet = tx{
		"Lembar %s adalah formulir kosong untuk satu unit. Untuk unit lain, salin lembar itu (klik kanan tab › Pindahkan atau Salin › Buat salinan) dan isi Kode Unit-nya; setiap unit memerlukan kode sendiri.",
		"Sheet %s is a blank form for one unit. For another unit, copy the sheet (right-click the tab › Move or Copy › Create a copy) and fill in its Unit Code; every unit needs a code of its own."}
	stepHeader = tx{
		"Di bagian atas lembar, isi Kode Unit (wajib), Nama Unit, Jenis Unit, Instansi, Tahun, Penilai dan Tanggal. Jangan mengubah Rubrik dan Versi Rubrik.",
		"At the top of the sheet fill in the Unit Code (required), Unit Name, Unit Type, Region, Year, Assessor and Date. Do not change Rubric and Rubric Version."}
	stepAnswer = tx{
		"Tulis jawaban hanya di kolom Jawaban (sel berwarna kuning), dengan memilih dari daftar pilihan (tanda panah di sel). Arti tiap pilihan ada di kolom Panduan.",
		"Write answers only in the Answer column (the yellow cells), picking from the drop-down list (the arrow in the cell). The Guidance column says what each choice means."}
	stepNA = tx{
		"N/A (tidak berlaku) hanya boleh dipilih bila ada di daftar pilihan indikator itu.",
		"N/A (not applicable) may be chosen only where it is in that indicator's list."}
	stepEmpty = tx{
		"Kosongkan jawaban bila indikator belum dinilai. Jawaban kosong membuat unit berstatus \"belum lengkap\" dan tidak pernah dihitung nol. Jangan menulis \"-\".",
		"Leave the answer empty if the indicator has not been assessed. An empty answer makes the unit \"incomplete\"; it is never counted as zero. Do not write \"-\"."}
	stepKeep = tx{
		"Jangan mengubah kolom Kode, jangan mengganti judul kolom (No, Kode, Indikator, Panduan, Jawaban, Catatan, Bukti) dan label di bagian atas lembar, dan jangan menghapus lembar yang tersembunyi.",
		"Do not change the Code column, do not rename the column headers (No, Code, Indicator text, Guidance, Answer, Note, Evidence) or the labels at the top of the sheet, and do not delete the hidden sheets."}
	stepNotes = tx{
		"Tulis catatan di kolom Catatan dan nama berkas bukti (foto, dokumen) di kolom Bukti. Indikator bertanda \"Wajib bukti\" di kolom Panduan memerlukan bukti.",
		"Write notes in the Note column and the file names of the evidence (photos, documents) in the Evidence column. Indicators marked \"Evidence required\" in the Guidance column need evidence."}
	stepGrey = tx{
		"Baris abu-abu tidak berlaku untuk jenis unit lembar itu: biarkan kosong.",
		"Grey rows do not apply to the sheet's unit type: leave them empty."}
	stepSurvey = tx{
		"Lembar Responden memuat jawaban survei: satu baris per responden (kuesioner), satu kolom per butir survei. Tulis nilai skala tiap butir; kosongkan bila responden tidak menjawab. Jangan mengubah Kode Unit dan nomor Responden; tambahkan baris di bawah bila responden lebih banyak.",
		"The Responden sheet holds the survey answers: one row per respondent (questionnaire), one column per survey item. Write each item's scale value; leave it empty if the respondent did not answer. Do not change the Unit Code and Respondent number; add rows below for more respondents."}
	stepSurveyLong = tx{
		"Lembar Responden memuat jawaban survei: satu baris per responden dan butir. Tulis nilai skala di kolom Jawaban; kosongkan bila responden tidak menjawab. Jangan mengubah Kode Unit, nomor Responden dan Kode Indikator.",
		"The Responden sheet holds the survey answers: one row per respondent and item. Write the scale value in the Answer column; leave it empty if the respondent did not answer. Do not change the Unit Code, Respondent number and Indicator Code."}
	stepSurveyUnits = tx{
		"Isi Kode Unit (dan Nama Unit, Jenis Unit) di setiap baris lembar Responden yang dipakai, dan hapus baris yang tidak dipakai. Setiap unit memerlukan kode sendiri.",
		"Fill in the Unit Code (and Unit Name, Unit Type) on every row of the Responden sheet you use, and delete the rows you do not use. Every unit needs a code of its own."}
	stepSave = tx{
		"Simpan sebagai buku kerja Excel (.xlsx), bukan .xls atau .csv, lalu serahkan kepada koordinator penilaian untuk diolah.",
		"Save as an Excel workbook (.xlsx), not .xls or .csv, and hand it in to the assessment coordinator to be processed."}
)

// What each answer type accepts.
var (
	typeCheck = tx{
		"Ya / Tidak",
		"Ya / Tidak (yes / no)"}
	typeCheckHelp = tx{
		"Pilih Ya bila terpenuhi, Tidak bila tidak terpenuhi. Juga diterima bila diketik: Y, Ada, Sesuai, 1 (terpenuhi) dan T, Tidak Ada, 0 (tidak terpenuhi).",
		"Pick Ya when the indicator is met, Tidak when it is not. Also accepted when typed: Y, Yes, Ada, Sesuai, 1 (met) and T, No, Tidak Ada, 0 (not met)."}
	typeLevels     = tx{"Tingkat", "Levels"}
	typeLevelsHelp = tx{
		"Pilih angka tingkat (mis. 0 sampai 3). Arti setiap tingkat tertulis di kolom Panduan.",
		"Pick the level number (e.g. 0 to 3). The Guidance column says what each level means."}
	typeChoice     = tx{"Pilihan", "Choice"}
	typeChoiceHelp = tx{
		"Pilih salah satu pilihan di daftar; kolom Panduan menyebut bobot nilai setiap pilihan.",
		"Pick one of the options in the list; the Guidance column gives the share of the score each option earns."}
	typeNumber     = tx{"Angka", "Number"}
	typeNumberHelp = tx{
		"Tulis angka di dalam rentang yang tertulis di kolom Panduan. Koma desimal boleh (0,5).",
		"Write a number within the range given in the Guidance column. A decimal comma is fine (0,5)."}
	typeSurvey     = tx{"Survei", "Survey"}
	typeSurveyHelp = tx{
		"Di lembar Responden: nilai skala (mis. 1 sampai 4) dari setiap responden; nilai unit adalah rata-rata responden yang menjawab.",
		"On the Responden sheet: each respondent's scale value (e.g. 1 to 4); the unit's value is the mean over the respondents who answered."}
)

// kindNames describes a rubric's kind.
var kindNames = map[string]tx{
	"observation": {"observasi", "observation"},
	"survey":      {"survei", "survey"},
	"mixed":       {"observasi dan survei", "observation and survey"},
}
