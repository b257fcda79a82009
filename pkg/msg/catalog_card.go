package msg

// Words of the report cards (package card) and of the PDF basics they
// share with other PDF outputs (package pdfdoc): month names and "page x
// of y". Labels and headings start with a capital letter, as printed.

// Message keys: report cards.
const (
	CardTitle         Key = "card.title"
	CardDocTitle      Key = "card.doc-title"
	CardCode          Key = "card.code"
	CardCodeShort     Key = "card.code-short"
	CardType          Key = "card.type"
	CardRegion        Key = "card.region"
	CardPeriod        Key = "card.period"
	CardAssessor      Key = "card.assessor"
	CardDate          Key = "card.date"
	CardScore         Key = "card.score"
	CardOutOf         Key = "card.out-of"
	CardScale         Key = "card.scale"
	CardGrade         Key = "card.grade"
	CardBands         Key = "card.bands"
	CardThisUnit      Key = "card.this-unit"
	CardIncomplete    Key = "card.incomplete"
	CardIncompleteWhy Key = "card.incomplete-why"
	CardNoScore       Key = "card.no-score"

	CardMet           Key = "card.met"
	CardPartial       Key = "card.partial"
	CardNotMet        Key = "card.not-met"
	CardNA            Key = "card.na"
	CardNotApplicable Key = "card.not-applicable"
	CardMissing       Key = "card.missing"

	CardByComponent    Key = "card.by-component"
	CardByIndicator    Key = "card.by-indicator"
	CardComponent      Key = "card.component"
	CardIndicator      Key = "card.indicator"
	CardAchievement    Key = "card.achievement"
	CardWeight         Key = "card.weight"
	CardWeightShare    Key = "card.weight-share"
	CardContribution   Key = "card.contribution"
	CardBase           Key = "card.base"
	CardTotal          Key = "card.total"
	CardGroupPending   Key = "card.group-pending"
	CardFormulaLinear  Key = "card.formula-linear"
	CardFormulaBase    Key = "card.formula-base"
	CardFormulaWeights Key = "card.formula-weights"
	CardFormulaPending Key = "card.formula-pending"
	CardWordComponent  Key = "card.word-component"
	CardWordIndicator  Key = "card.word-indicator"

	CardFindings       Key = "card.findings"
	CardNoFindings     Key = "card.no-findings"
	CardFinding        Key = "card.finding"
	CardRecommendation Key = "card.recommendation"
	CardNote           Key = "card.note"
	CardEvidence       Key = "card.evidence"
	CardAnswer         Key = "card.answer"
	CardSource         Key = "card.source"
	CardPointsOf       Key = "card.points-of"
	CardSurveyMean     Key = "card.survey-mean"
	CardRespondents    Key = "card.respondents"
	CardTruncated      Key = "card.truncated"

	CardNAList            Key = "card.na-list"
	CardNotApplicableList Key = "card.not-applicable-list"
	CardMissingList       Key = "card.missing-list"
	CardMissingHint       Key = "card.missing-hint"
	CardMissingIn         Key = "card.missing-in"
	CardAllIndicators     Key = "card.all-indicators"
	CardContinued         Key = "card.continued"
	CardStatus            Key = "card.status"
	CardPoints            Key = "card.points"
	CardValue             Key = "card.value"
	CardNoSource          Key = "card.no-source"

	CardFooterRubric Key = "card.footer-rubric"
	CardFooterInput  Key = "card.footer-input"
	CardFooterNoFile Key = "card.footer-no-file"
	CardPageOf       Key = "card.page-of"

	CardMonth1  Key = "card.month.1"
	CardMonth2  Key = "card.month.2"
	CardMonth3  Key = "card.month.3"
	CardMonth4  Key = "card.month.4"
	CardMonth5  Key = "card.month.5"
	CardMonth6  Key = "card.month.6"
	CardMonth7  Key = "card.month.7"
	CardMonth8  Key = "card.month.8"
	CardMonth9  Key = "card.month.9"
	CardMonth10 Key = "card.month.10"
	CardMonth11 Key = "card.month.11"
	CardMonth12 Key = "card.month.12"
)

func init() {
	for k, e := range map[Key]entry{
		CardTitle:         {"RAPOR KEPATUHAN PELAYANAN PUBLIK", "PUBLIC-SERVICE COMPLIANCE REPORT CARD"},
		CardDocTitle:      {"Rapor kepatuhan %s", "Compliance report card %s"},
		CardCode:          {"Kode unit", "Unit code"},
		CardCodeShort:     {"Kode", "Code"},
		CardType:          {"Jenis unit", "Unit type"},
		CardRegion:        {"Wilayah", "Region"},
		CardPeriod:        {"Periode", "Period"},
		CardAssessor:      {"Penilai", "Assessor"},
		CardDate:          {"Tanggal penilaian", "Assessment date"},
		CardScore:         {"NILAI", "SCORE"},
		CardOutOf:         {"dari %s", "out of %s"},
		CardScale:         {"skala %s–%s", "scale %s–%s"},
		CardGrade:         {"Kategori %s", "Grade %s"},
		CardBands:         {"Pita nilai", "Score bands"},
		CardThisUnit:      {"unit ini", "this unit"},
		CardIncomplete:    {"BELUM LENGKAP", "INCOMPLETE"},
		CardIncompleteWhy: {"%d dari %d indikator belum diisi: nilai, kategori dan zona belum dapat diberikan", "%d of %d indicators are not answered: no score, grade or zone can be given yet"},
		CardNoScore:       {"belum ada nilai", "no score yet"},

		CardMet:           {"Terpenuhi", "Met"},
		CardPartial:       {"Sebagian", "Partly met"},
		CardNotMet:        {"Tidak terpenuhi", "Not met"},
		CardNA:            {"N/A", "N/A"},
		CardNotApplicable: {"Tidak berlaku", "Not applicable"},
		CardMissing:       {"Belum diisi", "Not answered"},

		CardByComponent:    {"Nilai per komponen", "Score by component"},
		CardByIndicator:    {"Nilai per indikator", "Score by indicator"},
		CardComponent:      {"Komponen", "Component"},
		CardIndicator:      {"Indikator", "Indicator"},
		CardAchievement:    {"Capaian", "Achievement"},
		CardWeight:         {"Bobot", "Weight"},
		CardWeightShare:    {"Porsi bobot", "Weight share"},
		CardContribution:   {"Sumbangan", "Contribution"},
		CardBase:           {"Batas bawah skala", "Scale minimum"},
		CardTotal:          {"Nilai", "Score"},
		CardGroupPending:   {"belum lengkap", "incomplete"},
		CardFormulaLinear:  {"Sumbangan tiap %[1]s = porsi bobot × capaian × %[2]s (rentang skala). Nilai = jumlah sumbangan", "Each %[1]s contributes its weight share × achievement × %[2]s (the scale's range). Score = sum of the contributions"},
		CardFormulaBase:    {"Sumbangan tiap %[1]s = porsi bobot × capaian × %[2]s (rentang skala). Nilai = %[3]s (batas bawah skala) + jumlah sumbangan", "Each %[1]s contributes its weight share × achievement × %[2]s (the scale's range). Score = %[3]s (the scale's minimum) + sum of the contributions"},
		CardFormulaWeights: {"Sumbangan tiap %[1]s = %[2]s × bobot × nilai. Nilai = jumlah sumbangan", "Each %[1]s contributes %[2]s × weight × value. Score = sum of the contributions"},
		CardFormulaPending: {"Nilai dihitung setelah semua indikator yang berlaku diisi", "The score is computed once every applicable indicator is answered"},
		CardWordComponent:  {"komponen", "component"},
		CardWordIndicator:  {"indikator", "indicator"},

		CardFindings:       {"Temuan dan rekomendasi (%d)", "Findings and recommendations (%d)"},
		CardNoFindings:     {"Tidak ada temuan: semua indikator yang dinilai terpenuhi", "No findings: every assessed indicator is met"},
		CardFinding:        {"Temuan", "Finding"},
		CardRecommendation: {"Rekomendasi", "Recommendation"},
		CardNote:           {"Catatan penilai", "Assessor's note"},
		CardEvidence:       {"Bukti", "Evidence"},
		CardAnswer:         {"Jawaban", "Answer"},
		CardSource:         {"Sumber", "Source"},
		CardPointsOf:       {"%s dari %s poin", "%s of %s points"},
		CardSurveyMean:     {"rata-rata %s (skala %s–%s)", "mean %s (scale %s–%s)"},
		CardRespondents:    {"%s responden", "%s respondents"},
		CardTruncated:      {"(dipotong; aslinya %s karakter)", "(cut; %s characters in full)"},

		CardNAList:            {"Dijawab N/A, tidak dihitung (%d)", "Answered N/A, not counted (%d)"},
		CardNotApplicableList: {"Tidak berlaku untuk jenis unit %s (%d)", "Not applicable to unit type %s (%d)"},
		CardMissingList:       {"Belum diisi (%d)", "Not answered (%d)"},
		CardMissingHint:       {"Isi sel berikut lalu jalankan penilaian lagi", "Fill in these cells and run the scoring again"},
		CardMissingIn:         {"Isi sel berikut di %s lalu jalankan penilaian lagi", "Fill in these cells in %s and run the scoring again"},
		CardAllIndicators:     {"Rincian semua indikator", "Every indicator"},
		CardContinued:         {"lanjutan", "continued"},
		CardStatus:            {"Status", "Status"},
		CardPoints:            {"Poin", "Points"},
		CardValue:             {"Nilai", "Value"},
		CardNoSource:          {"sel tidak diketahui", "cell unknown"},

		CardFooterRubric: {"Rubrik %s versi %s, hash %s", "Rubric %s version %s, hash %s"},
		CardFooterInput:  {"%s (SHA-256 %s)", "%s (SHA-256 %s)"},
		CardFooterNoFile: {"berkas masukan tidak diketahui", "input file unknown"},
		CardPageOf:       {"halaman %d dari %s", "page %d of %s"},

		CardMonth1:  {"Januari", "January"},
		CardMonth2:  {"Februari", "February"},
		CardMonth3:  {"Maret", "March"},
		CardMonth4:  {"April", "April"},
		CardMonth5:  {"Mei", "May"},
		CardMonth6:  {"Juni", "June"},
		CardMonth7:  {"Juli", "July"},
		CardMonth8:  {"Agustus", "August"},
		CardMonth9:  {"September", "September"},
		CardMonth10: {"Oktober", "October"},
		CardMonth11: {"November", "November"},
		CardMonth12: {"Desember", "December"},
	} {
		catalog[k] = e
	}
}
