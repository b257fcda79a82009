package msg

// Words the documents gained when they were made fit to sign (issue 13):
// the annual report's sources, the cards' rounding residual, the
// comparison's region, period and appendix, the workbooks' and forms'
// new labels. Kept apart so that the other catalogs stay as they were.

// Message keys.
const (
	ReportSourceDocumentSite Key = "report.source.document-site"
	ReportSourceCodeSite     Key = "report.source.code-site"
)

func init() {
	for k, e := range map[Key]entry{
		ReportSourceDocumentSite: {"salinan tidak resmi di situs berbagi dokumen (%s)", "an unofficial copy on a document-sharing site (%s)"},
		ReportSourceCodeSite:     {"berkas di situs berbagi kode (%s)", "a file on a code-sharing site (%s)"},
	} {
		catalog[k] = e
	}
}
