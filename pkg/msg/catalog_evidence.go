package msg

// Words about evidence (bukti dukung): the rubric's evidence lists, the
// references read from workbooks and exports, the evidence folder
// (--bukti), photos, and how cards, the results workbook, the report and
// the comparison show them.

// Message keys: evidence.
const (
	RubricEvidenceShape     Key = "rubric.evidence-shape"
	RubricEvidenceRuleAlone Key = "rubric.evidence-rule-alone"
	RubricEvidenceSurvey    Key = "rubric.evidence-survey"
	HintEvidenceRuleAlone   Key = "hint.evidence-rule-alone"
)

func init() {
	for k, e := range map[Key]entry{
		RubricEvidenceShape:     {"evidence harus true, false, atau daftar bukti (kind, description, required)", "evidence must be true, false, or a list of items (kind, description, required)"},
		RubricEvidenceRuleAlone: {"without_evidence di %s tidak berlaku: indikator ini tidak mewajibkan bukti", "without_evidence in %s has no effect: the indicator requires no evidence"},
		RubricEvidenceSurvey:    {"%s adalah butir survei: responden tidak menyerahkan bukti dukung", "%s is a survey item: respondents hand in no evidence"},
		HintEvidenceRuleAlone:   {"tambahkan evidence (true, atau daftar dengan required: true), atau hapus without_evidence", "add evidence (true, or a list with required: true), or remove without_evidence"},
	} {
		catalog[k] = e
	}
}
