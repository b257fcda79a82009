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
)

func init() {
	for k, e := range map[Key]entry{
		ReportSourceDocumentSite: {"salinan tidak resmi di situs berbagi dokumen (%s)", "an unofficial copy on a document-sharing site (%s)"},
		ReportSourceCodeSite:     {"berkas di situs berbagi kode (%s)", "a file on a code-sharing site (%s)"},

		CardResidual:        {"Selisih pembulatan", "Rounding difference"},
		CardFormulaEach:     {"Nilai dan setiap sumbangan dibulatkan %d desimal", "The score and each contribution are rounded to %d decimals"},
		CardFormulaResidual: {"Nilai dan setiap sumbangan dibulatkan %d desimal; yang tidak tertampung oleh sumbangan yang dibulatkan dicantumkan sebagai selisih pembulatan", "The score and each contribution are rounded to %d decimals; what the rounded contributions leave out is shown as the rounding difference"},
	} {
		catalog[k] = e
	}
}
