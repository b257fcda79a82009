package msg

// Words the documents gained when they were made fit to sign (issue 13):
// the annual report's sources, the cards' rounding residual, the
// comparison's region, period and appendix, the workbooks' and forms'
// new labels. Kept apart so that the other catalogs stay as they were.

// Message keys.
const (
	ReportSourceDocumentSite Key = "report.source.document-site"
	ReportSourceCodeSite     Key = "report.source.code-site"

	CardResidual        Key = "card.residual"
	CardFormulaEach     Key = "card.formula-each"
	CardFormulaResidual Key = "card.formula-residual"

	DiffSideRubric    Key = "diff.side-rubric"
	DiffAppendixTitle Key = "diff.appendix-title"
	DiffAppendixNote  Key = "diff.appendix-note"
	DiffAppendixFile  Key = "diff.appendix-file"

	DiffTypeCheck  Key = "diff.type.check"
	DiffTypeLevels Key = "diff.type.levels"
	DiffTypeChoice Key = "diff.type.choice"
	DiffTypeNumber Key = "diff.type.number"
	DiffTypeSurvey Key = "diff.type.survey"

	DiffColOldLabel Key = "diff.col.old-label"
	DiffColNewLabel Key = "diff.col.new-label"
	DiffLabelArea   Key = "diff.label.area"
	DiffLabelPeriod Key = "diff.label.period"

	// A document's region or period when its units give several
	// (results.Naming).
	DocAnd     Key = "doc.and"
	DocRegions Key = "doc.regions"
	DocPeriods Key = "doc.periods"

	BookSheetCategories      Key = "book.sheet.categories"
	BookColCategory          Key = "book.col.category"
	BookChartTitleCategories Key = "book.chart-title-categories"
)

func init() {
	for k, e := range map[Key]entry{
		ReportSourceDocumentSite: {"salinan tidak resmi di situs berbagi dokumen (%s)", "an unofficial copy on a document-sharing site (%s)"},
		ReportSourceCodeSite:     {"berkas di situs berbagi kode (%s)", "a file on a code-sharing site (%s)"},

		CardResidual:        {"Selisih pembulatan", "Rounding difference"},
		CardFormulaEach:     {"Nilai dan setiap sumbangan dibulatkan %d desimal", "The score and each contribution are rounded to %d decimals"},
		CardFormulaResidual: {"Nilai dan setiap sumbangan dibulatkan %d desimal; yang tidak tertampung oleh sumbangan yang dibulatkan dicantumkan sebagai selisih pembulatan", "The score and each contribution are rounded to %d decimals; what the rounded contributions leave out is shown as the rounding difference"},

		DiffSideRubric:    {"rubrik %s versi %s · berkas: %d · unit: %d", "rubric %s version %s · files: %d · units: %d"},
		DiffAppendixTitle: {"Lampiran: rubrik dan berkas", "Appendix: rubrics and files"},
		DiffAppendixNote:  {"Rubrik yang dipakai untuk menilai setiap tahun dan berkas yang dibaca, dengan sidik SHA-256-nya: berkas yang sama persis menghasilkan sidik yang sama, sehingga pemeriksa dapat memastikan bahwa perbandingan ini dibuat dari berkas yang diserahkan.", "The rubric each year was scored with and the files read, with their SHA-256 fingerprints: exactly the same file gives the same fingerprint, so an auditor can check that this comparison was made from the files handed in."},
		DiffAppendixFile:  {"Berkas", "File"},

		DiffTypeCheck:  {"ya/tidak", "yes/no"},
		DiffTypeLevels: {"berjenjang", "levels"},
		DiffTypeChoice: {"pilihan", "choice"},
		DiffTypeNumber: {"angka", "number"},
		DiffTypeSurvey: {"survei", "survey"},

		DiffColOldLabel: {"Predikat lama", "Old rating"},
		DiffColNewLabel: {"Predikat baru", "New rating"},
		DiffLabelArea:   {"Wilayah", "Region"},
		DiffLabelPeriod: {"Periode", "Period"},

		DocAnd:     {"dan", "and"},
		DocRegions: {"%s wilayah", "%s regions"},
		DocPeriods: {"%s periode", "%s periods"},

		BookSheetCategories:      {"Kategori", "Categories"},
		BookColCategory:          {"Kategori", "Category"},
		BookChartTitleCategories: {"Jumlah unit per kategori", "Units per category"},
	} {
		catalog[k] = e
	}
}
