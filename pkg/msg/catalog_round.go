package msg

// Words of the verification round: the issuing office's configuration
// (package issuer), the strict reading of small YAML files (package
// yamlfile), self-assessment and verification answers, corrections,
// provisional results, the berita acara, and the signature blocks and
// letterhead every official document shares.

// Message keys: small YAML files and the issuer's configuration.
const (
	YAMLManyDocs         Key = "yaml.many-docs"
	YAMLAlias            Key = "yaml.alias"
	IssuerEmpty          Key = "issuer.empty"
	IssuerNotFound       Key = "issuer.not-found"
	IssuerCannotRead     Key = "issuer.cannot-read"
	IssuerEmptyValue     Key = "issuer.empty-value"
	IssuerDuplicateUnit  Key = "issuer.duplicate-unit"
	IssuerNIPNotDigits   Key = "issuer.nip-not-digits"
	IssuerNIPLength      Key = "issuer.nip-length"
	IssuerNIPBirth       Key = "issuer.nip-birth"
	IssuerNIPAppointed   Key = "issuer.nip-appointed"
	IssuerLogoMissing    Key = "issuer.logo-missing"
	IssuerLogoUnreadable Key = "issuer.logo-unreadable"
	IssuerLogoNotImage   Key = "issuer.logo-not-image"
	IssuerLogoTooLarge   Key = "issuer.logo-too-large"
	HintIssuerFile       Key = "hint.issuer-file"
	HintIssuerLogo       Key = "hint.issuer-logo"
	HintNIP              Key = "hint.nip"

	// A round in results files (package results).
	ResultsVerifyState         Key = "results.verify-state"
	ResultsSelfBand            Key = "results.self-band"
	ResultsCorrectionIndicator Key = "results.correction-indicator"

	// Reading a round's sheets (package sheet).
	SheetRoundAndPlain   Key = "sheet.round-and-plain"
	SheetVerifyNoteAlone Key = "sheet.verify-note-alone"
	SheetStageNotWide    Key = "sheet.stage-not-wide"
	SheetStageMissing    Key = "sheet.stage-missing"
	SheetStageUnknown    Key = "sheet.stage-unknown"
	SheetSurveyInRound   Key = "sheet.survey-in-round"
	HintRoundColumns     Key = "hint.round-columns"
	IngestRoundJoined    Key = "ingest.round-joined"

	// Corrections (package correction).
	CorrectionEmpty            Key = "correction.empty"
	CorrectionNone             Key = "correction.none"
	CorrectionNoColumn         Key = "correction.no-column"
	CorrectionEmptyCell        Key = "correction.empty-cell"
	CorrectionUnknownUnit      Key = "correction.unknown-unit"
	CorrectionUnknownIndicator Key = "correction.unknown-indicator"
	CorrectionCollision        Key = "correction.collision"
	CorrectionSurvey           Key = "correction.survey"
	CorrectionNotForType       Key = "correction.not-for-type"
	CorrectionBadDate          Key = "correction.bad-date"
	CorrectionBeforeAssessment Key = "correction.before-assessment"
	CorrectionAlreadyApplied   Key = "correction.already-applied"
	HintCorrectionColumns      Key = "hint.correction-columns"
	HintCorrectionUnits        Key = "hint.correction-units"

	// The round in the score table (package output).
	TableSelf             Key = "table.self"
	TableGap              Key = "table.gap"
	TableVerification     Key = "table.verification"
	TableProvisional      Key = "table.provisional"
	TableFinal            Key = "table.final"
	TableCorrected        Key = "table.corrected"
	TableProvisionalCount Key = "table.provisional-count"

	// The command line (package cli).
	FlagCorrections       Key = "flag.corrections"
	FlagFinal             Key = "flag.final"
	FlagConfig            Key = "flag.config"
	FlagPlace             Key = "flag.place"
	CLICorrectionsInvalid Key = "cli.corrections-invalid"
	CLICorrectionsApplied Key = "cli.corrections-applied"
	CLIConfigInvalid      Key = "cli.config-invalid"
	CLIProvisionalRefused Key = "cli.provisional-refused"
	CLIUnverifiedCount    Key = "cli.unverified-count"
	HintProvisional       Key = "hint.provisional"

	// The round on report cards (package card).
	CardProvisional         Key = "card.provisional"
	CardProvisionalWhy      Key = "card.provisional-why"
	CardProvisionalWord     Key = "card.provisional-word"
	CardRoundHeading        Key = "card.round-heading"
	CardSelfScore           Key = "card.self-score"
	CardSelfIncomplete      Key = "card.self-incomplete"
	CardVerifiedScore       Key = "card.verified-score"
	CardGap                 Key = "card.gap"
	CardGapOver             Key = "card.gap-over"
	CardGapUnder            Key = "card.gap-under"
	CardRoundCounts         Key = "card.round-counts"
	CardCorrectedByVerifier Key = "card.corrected-by-verifier"
	CardColUnitAnswer       Key = "card.col-unit-answer"
	CardColVerifierAnswer   Key = "card.col-verifier-answer"
	CardColVerifierNote     Key = "card.col-verifier-note"
	CardUnverifiedList      Key = "card.unverified-list"
	CardUnverifiedMark      Key = "card.unverified-mark"
	CardCorrections         Key = "card.corrections"
	CardCorrectionLine      Key = "card.correction-line"
	CardCorrectionBy        Key = "card.correction-by"
	CardCorrectionRef       Key = "card.correction-ref"
	CardCorrectionReason    Key = "card.correction-reason"

	// The round's forms (package form).
	FormBadStage     Key = "form.bad-stage"
	FormNeedSelf     Key = "form.need-self"
	FormStageXLSForm Key = "form.stage-xlsform"
	FormNoSelfFor    Key = "form.no-self-for"
	FormWroteVerify  Key = "form.wrote-verify"
	FlagStage        Key = "flag.stage"

	// The round in the results workbook (package resultbook).
	BookSheetVerification Key = "book.sheet.verification"
	BookSheetCorrections  Key = "book.sheet.corrections"
	BookColSelfScore      Key = "book.col.self-score"
	BookColGap            Key = "book.col.gap"
	BookColVerification   Key = "book.col.verification"
	BookColSelfAnswer     Key = "book.col.self-answer"
	BookColVerifierAnswer Key = "book.col.verifier-answer"
	BookColState          Key = "book.col.state"
	BookColVerifyNote     Key = "book.col.verify-note"
	BookColFinalAnswer    Key = "book.col.final-answer"
	BookColBefore         Key = "book.col.before"
	BookColAfter          Key = "book.col.after"
	BookColReason         Key = "book.col.reason"
	BookColBy             Key = "book.col.by"
	BookColDate           Key = "book.col.date"
	BookColRef            Key = "book.col.ref"
	BookFinal             Key = "book.final"
	BookStateAgreed       Key = "book.state.agreed"
	BookStateCorrected    Key = "book.state.corrected"
	BookStateUnverified   Key = "book.state.unverified"

	// The round in the annual report (package report).
	ReportSecAccuracy       Key = "report.sec-accuracy"
	ReportAccuracyNote      Key = "report.accuracy-note"
	ReportColNo             Key = "report.col.no"
	ReportColSelf           Key = "report.col.self"
	ReportColVerified       Key = "report.col.verified"
	ReportColGap            Key = "report.col.gap"
	ReportColOverclaimed    Key = "report.col.overclaimed"
	ReportCorrectionsNote   Key = "report.corrections-note"
	ReportProvisionalMark   Key = "report.provisional-mark"
	ReportProvisionalTitle  Key = "report.provisional-title"
	ReportCoverProvisional  Key = "report.cover-provisional"
	ReportSheetAccuracy     Key = "report.sheet.accuracy"
	ReportStatusProvisional Key = "report.status-provisional"

	// The round in comparisons (package diff).
	DiffSelf                 Key = "diff.self"
	DiffVerified             Key = "diff.verified"
	DiffColSelf              Key = "diff.col.self"
	DiffColVerified          Key = "diff.col.verified"
	DiffColSelfScore         Key = "diff.col.self-score"
	DiffColVerifiedScore     Key = "diff.col.verified-score"
	DiffColSelfGrade         Key = "diff.col.self-grade"
	DiffColVerifiedGrade     Key = "diff.col.verified-grade"
	DiffColSelfZone          Key = "diff.col.self-zone"
	DiffColVerifiedZone      Key = "diff.col.verified-zone"
	DiffMatrixSelfVerified   Key = "diff.matrix.self-verified"
	DiffStatusLowered        Key = "diff.status.lowered"
	DiffStatusRaised         Key = "diff.status.raised"
	DiffFlagProvisional      Key = "diff.flag.provisional"
	DiffFlagOldProvisional   Key = "diff.flag.old-provisional"
	DiffLegendProvisional    Key = "diff.legend.provisional"
	DiffLegendSelfVsVerified Key = "diff.legend.self-vs-verified"
	DiffNoRound              Key = "diff.no-round"
	DiffRegionLineSelf       Key = "diff.region-line-self"
	DiffReasonSelfIncomplete Key = "diff.reason.self-incomplete"
	DiffSummarySelf          Key = "diff.summary-self"
	DiffSelfVsVerifiedArgs   Key = "diff.self-vs-verified-args"
	FlagSelfVsVerified       Key = "flag.self-vs-verified"

	// The berita acara (package beritaacara).
	BADocTitle          Key = "ba.doc-title"
	BARoundTitle        Key = "ba.round-title"
	BAKicker            Key = "ba.kicker"
	BAHeading           Key = "ba.heading"
	BATitleUnit         Key = "ba.title-unit"
	BATitleRound        Key = "ba.title-round"
	BANumber            Key = "ba.number"
	BAWhen              Key = "ba.when"
	BANoDate            Key = "ba.no-date"
	BAOpeningUnit       Key = "ba.opening-unit"
	BAOpeningSingle     Key = "ba.opening-single"
	BAOpeningRound      Key = "ba.opening-round"
	BAUnitName          Key = "ba.unit-name"
	BAUnitCode          Key = "ba.unit-code"
	BAUnitType          Key = "ba.unit-type"
	BARegion            Key = "ba.region"
	BAPeriod            Key = "ba.period"
	BAAssessor          Key = "ba.assessor"
	BAAssessedOn        Key = "ba.assessed-on"
	BAVerifiedOn        Key = "ba.verified-on"
	BAInstrument        Key = "ba.instrument"
	BAResult            Key = "ba.result"
	BASelfScore         Key = "ba.self-score"
	BANoSelfScore       Key = "ba.no-self-score"
	BAScore             Key = "ba.score"
	BAVerifiedScore     Key = "ba.verified-score"
	BANoScore           Key = "ba.no-score"
	BACategory          Key = "ba.category"
	BAZone              Key = "ba.zone"
	BAGap               Key = "ba.gap"
	BAVerification      Key = "ba.verification"
	BACorrections       Key = "ba.corrections"
	BAIncompleteTitle   Key = "ba.incomplete-title"
	BAIncompleteText    Key = "ba.incomplete-text"
	BAProvisionalText   Key = "ba.provisional-text"
	BAFinalTitle        Key = "ba.final-title"
	BAFinalText         Key = "ba.final-text"
	BAFinalSingle       Key = "ba.final-single"
	BAShortfalls        Key = "ba.shortfalls"
	BANoShortfalls      Key = "ba.no-shortfalls"
	BAColNo             Key = "ba.col.no"
	BAColIndicator      Key = "ba.col.indicator"
	BAColStatus         Key = "ba.col.status"
	BAColRecommendation Key = "ba.col.recommendation"
	BAFollowUp          Key = "ba.follow-up"
	BAFollowUpNote      Key = "ba.follow-up-note"
	BAColIndicatorCode  Key = "ba.col.indicator-code"
	BAColPlan           Key = "ba.col.plan"
	BAColResponsible    Key = "ba.col.responsible"
	BAColDeadline       Key = "ba.col.deadline"
	BAClosing           Key = "ba.closing"
	BAUnitSide          Key = "ba.unit-side"
	BAVerifierSide      Key = "ba.verifier-side"
	BAHeadOf            Key = "ba.head-of"
	BAColUnit           Key = "ba.col.unit"
	BAStatusFinal       Key = "ba.status-final"
	BAStatusProvisional Key = "ba.status-provisional"
	BAStatusIncomplete  Key = "ba.status-incomplete"
	BARoundCounts       Key = "ba.round-counts"
	BARegionScore       Key = "ba.region-score"
	BARoundProvisional  Key = "ba.round-provisional"
	BARoundFinal        Key = "ba.round-final"
	BASunday            Key = "ba.sunday"
	BAMonday            Key = "ba.monday"
	BATuesday           Key = "ba.tuesday"
	BAWednesday         Key = "ba.wednesday"
	BAThursday          Key = "ba.thursday"
	BAFriday            Key = "ba.friday"
	BASaturday          Key = "ba.saturday"

	// The berita-acara command (package cli).
	UseBeritaAcara Key = "use.berita-acara"
	HelpBAShort    Key = "help.ba.short"
	HelpBALong     Key = "help.ba.long"
	HelpBAExample  Key = "help.ba.example"
	FlagBAOutput   Key = "flag.ba-output"
	FlagBADate     Key = "flag.ba-date"
	BANeedOutput   Key = "ba.need-output"
	BANoConfig     Key = "ba.no-config"
	BAWrote        Key = "ba.wrote"

	// Signature blocks and letterheads (package pdfdoc).
	SignNIP      Key = "sign.nip"
	SignFillName Key = "sign.fill-name"
	SignFillNIP  Key = "sign.fill-nip"
	SignKnown    Key = "sign.known"
	SignPlaceAt  Key = "sign.place-at"
)

func init() {
	for k, e := range map[Key]entry{
		YAMLManyDocs:         {"berkas hanya boleh berisi satu dokumen YAML", "the file holds exactly one YAML document"},
		YAMLAlias:            {"alias YAML (*nama) tidak didukung di berkas ini", "YAML aliases (*name) are not supported in this file"},
		IssuerEmpty:          {"berkas konfigurasi kosong", "the configuration file is empty"},
		IssuerNotFound:       {"berkas konfigurasi tidak ditemukan", "the configuration file was not found"},
		IssuerCannotRead:     {"berkas konfigurasi tidak dapat dibaca: %s", "cannot read the configuration file: %s"},
		IssuerEmptyValue:     {"%s tidak boleh kosong", "%s must not be empty"},
		IssuerDuplicateUnit:  {"kepala unit %s ditulis dua kali", "the head of unit %s is written twice"},
		IssuerNIPNotDigits:   {"NIP %q hanya boleh berisi angka (spasi dan titik boleh)", "NIP %q may hold only digits (spaces and dots are fine)"},
		IssuerNIPLength:      {"NIP %q harus 18 angka, bukan %d", "NIP %q must be 18 digits, not %d"},
		IssuerNIPBirth:       {"NIP %q: 8 angka pertama (%s) bukan tanggal lahir yang sah (tttt bb hh)", "NIP %q: the first 8 digits (%s) are not a valid birth date (yyyy mm dd)"},
		IssuerNIPAppointed:   {"NIP %q: tahun pengangkatan %s tidak masuk akal untuk kelahiran tahun %s", "NIP %q: appointment year %s is impossible for someone born in %s"},
		IssuerLogoMissing:    {"berkas logo %q tidak ditemukan (dicari di %s)", "logo file %q not found (looked for %s)"},
		IssuerLogoUnreadable: {"berkas logo %q tidak dapat dibaca: %s", "cannot read logo file %q: %s"},
		IssuerLogoNotImage:   {"berkas logo %q bukan gambar PNG atau JPEG", "logo file %q is not a PNG or JPEG image"},
		IssuerLogoTooLarge:   {"berkas logo %q terlalu besar (%d MB; paling besar %d MB)", "logo file %q is too large (%d MB; at most %d MB)"},
		HintIssuerFile:       {"periksa --config atau KEPATUHAN_CONFIG; tanpa keduanya dipakai kepatuhan.yaml di folder kerja bila ada", "check --config or KEPATUHAN_CONFIG; without either, kepatuhan.yaml in the working folder is used if there is one"},
		HintIssuerLogo:       {"logo dicari relatif terhadap folder berkas konfigurasi; simpan sebagai .png atau .jpg", "the logo is looked for relative to the configuration file's folder; save it as .png or .jpg"},
		HintNIP:              {"NIP berisi 18 angka: tanggal lahir (8), TMT CPNS (6), jenis kelamin (1), nomor urut (3); kosongkan bila penandatangan bukan ASN", "an NIP is 18 digits: birth date (8), appointment as candidate (6), sex (1), sequence (3); leave it out for a signatory who is not a civil servant"},

		ResultsVerifyState:         {"berkas hasil tidak sah: unit %s, indikator %s berstatus verifikasi %q yang tidak dikenal", "invalid results file: unit %s, indicator %s has the unknown verification state %q"},
		ResultsSelfBand:            {"berkas hasil tidak sah: nilai mandiri %[2]s unit %[1]s masuk kategori %[3]s, bukan %[4]s seperti tertulis", "invalid results file: unit %s's self-assessed score %s is in band %s, not %s as written"},
		ResultsCorrectionIndicator: {"berkas hasil tidak sah: koreksi unit %s menyebut indikator %q yang tidak ada di rubrik", "invalid results file: a correction of unit %s names indicator %q, which is not in the rubric"},
		SheetRoundAndPlain:         {"kolom Jawaban dan kolom %s tidak dapat dipakai bersama: jawaban mana yang dinilai?", "an Answer column and a %s column cannot be used together: which answer is scored?"},
		SheetVerifyNoteAlone:       {"kolom Catatan Verifikasi tanpa kolom Jawaban Verifikator", "a Catatan Verifikasi (verification note) column without a Jawaban Verifikator (verifier's answer) column"},
		SheetStageNotWide:          {"kolom Tahap hanya dipakai di lembar satu baris per unit dengan satu kolom per indikator", "a Tahap (stage) column is used only in a sheet of one row per unit with a column per indicator"},
		SheetStageMissing:          {"baris unit %s tidak menyebut Tahap (mandiri atau verifikasi)", "the row of unit %s does not say its Tahap (stage: mandiri or verifikasi)"},
		SheetStageUnknown:          {"tahap %s tidak dikenal (baris unit %s)", "unknown stage %s (row of unit %s)"},
		SheetSurveyInRound:         {"%s dijawab responden, bukan dinilai unit lalu diverifikasi: isi di lembar responden dengan kolom Jawaban", "%s is answered by respondents, not assessed by the unit and then verified: fill it in a respondents sheet with an Answer column"},
		HintRoundColumns:           {"penilaian satu tahap: kolom Jawaban; putaran verifikasi: kolom Jawaban Unit dan Jawaban Verifikator (dengan Catatan Verifikasi), atau di lembar satu baris per unit, kolom Tahap (mandiri/verifikasi)", "a single-pass assessment: an Answer (Jawaban) column; a verification round: Jawaban Unit and Jawaban Verifikator columns (with Catatan Verifikasi), or, in a sheet of one row per unit, a Tahap column (mandiri/verifikasi)"},
		IngestRoundJoined:          {"unit %s: penilaian mandiri di %s dan jawaban verifikator di %s digabung", "unit %s: the self-assessment in %s and the verifier's answers in %s are joined"},

		CorrectionEmpty:            {"berkas koreksi kosong", "the corrections file is empty"},
		CorrectionNone:             {"berkas koreksi tidak berisi satu koreksi pun", "the corrections file holds no correction"},
		CorrectionNoColumn:         {"kolom %s tidak ada di baris judul koreksi", "the corrections' header row has no %s column"},
		CorrectionEmptyCell:        {"koreksi tanpa %s", "a correction without %s"},
		CorrectionUnknownUnit:      {"unit %q tidak ada dalam putaran ini", "unit %q is not in this round"},
		CorrectionUnknownIndicator: {"indikator %q tidak ada di rubrik %s", "indicator %q is not in rubric %s"},
		CorrectionCollision:        {"koreksi kedua untuk unit %s indikator %s (yang pertama di %s): mana yang berlaku?", "a second correction of unit %s, indicator %s (the first at %s): which one stands?"},
		CorrectionSurvey:           {"%s dijawab responden; jawaban survei tidak dikoreksi satu per satu", "%s is answered by respondents; survey answers are not corrected one by one"},
		CorrectionNotForType:       {"%s tidak dinilai untuk unit %s (jenis %s)", "%s is not assessed for unit %s (type %s)"},
		CorrectionBadDate:          {"tanggal koreksi %q tidak terbaca", "the correction's date %q cannot be read"},
		CorrectionBeforeAssessment: {"koreksi bertanggal %s, sebelum penilaian unit %s (%s)", "the correction is dated %s, before unit %s was assessed (%s)"},
		CorrectionAlreadyApplied:   {"koreksi unit %s indikator %s sudah tercatat; tidak dicatat dua kali", "the correction of unit %s, indicator %s is already recorded; it is not recorded twice"},
		HintCorrectionColumns:      {"kolom: Kode Unit, Kode Indikator, Jawaban Baru, Alasan, Oleh, Tanggal, Rujukan (nomor surat, boleh kosong)", "columns: Kode Unit (unit), Kode Indikator (indicator), Jawaban Baru (new answer), Alasan (reason), Oleh (by), Tanggal (date), Rujukan (reference, may be empty)"},
		HintCorrectionUnits:        {"koreksi hanya untuk unit yang dinilai dalam putaran ini; periksa kode unitnya", "corrections are only for units assessed in this round; check the unit code"},

		TableSelf:             {"MANDIRI", "SELF"},
		TableGap:              {"SELISIH", "GAP"},
		TableVerification:     {"VERIFIKASI", "VERIFICATION"},
		TableProvisional:      {"SEMENTARA (%d belum diverifikasi)", "PROVISIONAL (%d not yet verified)"},
		TableFinal:            {"final", "final"},
		TableCorrected:        {"%d koreksi", "%d corrections"},
		TableProvisionalCount: {"sementara %d", "provisional %d"},

		FlagCorrections:       {"terapkan koreksi setelah klarifikasi atau keberatan dari BERKAS (.yaml atau .xlsx) di atas hasil", "apply corrections made after clarification or objection, from FILE (.yaml or .xlsx), on top of the results"},
		FlagFinal:             {"hasil final: tolak (status 6, tidak ada berkas ditulis) bila ada unit yang masih sementara", "final results: refuse (status 6, nothing written) when some unit is still provisional"},
		FlagConfig:            {"konfigurasi penerbit (kop, tempat, penanda tangan); bawaan: $KEPATUHAN_CONFIG, lalu kepatuhan.yaml di folder kerja", "the issuer's configuration (letterhead, place, signatories); default: $KEPATUHAN_CONFIG, then kepatuhan.yaml in the working folder"},
		FlagPlace:             {"tempat penandatanganan (di atas konfigurasi dan $KEPATUHAN_PLACE)", "the place of signing (over the configuration and $KEPATUHAN_PLACE)"},
		CLICorrectionsInvalid: {"koreksi tidak diterapkan; tidak ada berkas yang ditulis", "corrections not applied; no file was written"},
		CLICorrectionsApplied: {"%d koreksi diterapkan dari %s", "%d corrections applied from %s"},
		CLIConfigInvalid:      {"konfigurasi penerbit tidak sah; tidak ada berkas yang ditulis", "the issuer's configuration is invalid; no file was written"},
		CLIProvisionalRefused: {"--final: %d unit masih sementara (verifikasi belum selesai): %s; tidak ada berkas yang ditulis", "--final: %d units are still provisional (verification not finished): %s; no file was written"},
		CLIUnverifiedCount:    {"%d belum diverifikasi", "%d not verified"},
		HintProvisional:       {"lengkapi Jawaban Verifikator untuk indikator itu, atau terapkan koreksi (--koreksi); tanpa --final hasil ditulis dengan tanda SEMENTARA", "fill in the Jawaban Verifikator of those indicators, or apply corrections (--koreksi); without --final the results are written marked PROVISIONAL"},

		CardProvisional:         {"HASIL SEMENTARA", "PROVISIONAL RESULT"},
		CardProvisionalWhy:      {"%d dari %d indikator belum diverifikasi. Hasil bersifat sementara sampai verifikasi dan validasi selesai; nilai dapat berubah.", "%d of %d indicators are not yet verified. The result is provisional until verification and validation are finished; the score may change."},
		CardProvisionalWord:     {"sementara", "provisional"},
		CardRoundHeading:        {"Penilaian mandiri dan verifikasi", "Self-assessment and verification"},
		CardSelfScore:           {"Nilai penilaian mandiri unit", "The unit's self-assessed score"},
		CardSelfIncomplete:      {"– (penilaian mandiri belum lengkap)", "– (self-assessment incomplete)"},
		CardVerifiedScore:       {"Nilai hasil verifikasi", "The verified score"},
		CardGap:                 {"Selisih (verifikasi − mandiri)", "Gap (verified − self)"},
		CardGapOver:             {"penilaian mandiri terlalu tinggi", "the self-assessment overstated"},
		CardGapUnder:            {"penilaian mandiri terlalu rendah", "the self-assessment understated"},
		CardRoundCounts:         {"%d indikator disetujui verifikator · %d dikoreksi verifikator · %d belum diverifikasi", "%d indicators agreed by the verifier · %d corrected by the verifier · %d not yet verified"},
		CardCorrectedByVerifier: {"Jawaban yang dikoreksi verifikator (%d)", "Answers corrected by the verifier (%d)"},
		CardColUnitAnswer:       {"Jawaban unit", "Unit's answer"},
		CardColVerifierAnswer:   {"Jawaban verifikator", "Verifier's answer"},
		CardColVerifierNote:     {"Catatan verifikasi", "Verification note"},
		CardUnverifiedList:      {"Belum diverifikasi: %s", "Not yet verified: %s"},
		CardUnverifiedMark:      {"belum diverifikasi", "not yet verified"},
		CardCorrections:         {"Koreksi setelah klarifikasi atau keberatan (%d)", "Corrections after clarification or objection (%d)"},
		CardCorrectionLine:      {"%s dikoreksi setelah klarifikasi dari %s menjadi %s", "%s corrected after clarification from %s to %s"},
		CardCorrectionBy:        {"oleh %s", "by %s"},
		CardCorrectionRef:       {"rujukan %s", "reference %s"},
		CardCorrectionReason:    {"Alasan: %s", "Reason: %s"},

		FormBadStage:     {"tahap %q tidak dikenal", "unknown stage %q"},
		FormNeedSelf:     {"formulir verifikasi dibuat dari penilaian mandiri unit yang sudah diisi: sebutkan berkas atau foldernya", "the verifier's form is made from the units' filled self-assessments: name the files or folders"},
		FormStageXLSForm: {"--tahap tidak dipakai bersama --xlsform", "--tahap cannot be used with --xlsform"},
		FormNoSelfFor:    {"tanpa penilaian mandiri (kolom Jawaban Unit dibiarkan kosong): %s", "no self-assessment (the Jawaban Unit column is left empty): %s"},
		FormWroteVerify:  {"ditulis: %s (formulir verifikasi, rubrik %s versi %s, %d lembar unit)", "wrote %s (the verifier's form, rubric %s version %s, %d unit sheets)"},
		FlagStage:        {"tahap putaran verifikasi: mandiri (unit menilai diri) atau verifikasi (formulir verifikator, dibuat dari penilaian mandiri yang disebut sebagai argumen)", "stage of a verification round: mandiri (the unit assesses itself) or verifikasi (the verifier's form, made from the self-assessments named as arguments)"},

		BookSheetVerification: {"Verifikasi", "Verification"},
		BookSheetCorrections:  {"Koreksi", "Corrections"},
		BookColSelfScore:      {"Nilai Mandiri", "Self Score"},
		BookColGap:            {"Selisih", "Gap"},
		BookColVerification:   {"Status Verifikasi", "Verification"},
		BookColSelfAnswer:     {"Jawaban Unit", "Unit Answer"},
		BookColVerifierAnswer: {"Jawaban Verifikator", "Verifier Answer"},
		BookColState:          {"Hasil Verifikasi", "Verification State"},
		BookColVerifyNote:     {"Catatan Verifikasi", "Verification Note"},
		BookColFinalAnswer:    {"Jawaban Akhir", "Final Answer"},
		BookColBefore:         {"Jawaban Semula", "Original Answer"},
		BookColAfter:          {"Jawaban Koreksi", "Corrected Answer"},
		BookColReason:         {"Alasan", "Reason"},
		BookColBy:             {"Oleh", "By"},
		BookColDate:           {"Tanggal", "Date"},
		BookColRef:            {"Rujukan", "Reference"},
		BookFinal:             {"final", "final"},
		BookStateAgreed:       {"disetujui", "agreed"},
		BookStateCorrected:    {"dikoreksi verifikator", "corrected by the verifier"},
		BookStateUnverified:   {"belum diverifikasi", "not yet verified"},

		ReportSecAccuracy:       {"Ketepatan penilaian mandiri", "Accuracy of the self-assessments"},
		ReportAccuracyNote:      {"%s unit dinilai dalam putaran verifikasi; %s punya nilai mandiri dan nilai hasil verifikasi. %s unit menilai dirinya lebih tinggi dari hasil verifikasi, %s lebih rendah, %s tepat sama; rata-rata selisih (verifikasi − mandiri) %s poin. Urutan: yang paling melebihkan lebih dulu — sasaran pertama pembinaan tentang bukti dukung dan penilaian mandiri yang jujur. Kolom terakhir menghitung indikator yang diakui unit lebih baik daripada hasil akhirnya.", "%s units were assessed in the verification round; %s have both a self-assessed and a verified score. %s units rated themselves higher than verified, %s lower, %s exactly the same; the mean gap (verified − self) is %s points. Order: the most overstated first — the first to coach on evidence and honest self-assessment. The last column counts the indicators the unit claimed better than their final answer."},
		ReportColNo:             {"No", "No"},
		ReportColSelf:           {"Mandiri", "Self"},
		ReportColVerified:       {"Verifikasi", "Verified"},
		ReportColGap:            {"Selisih", "Gap"},
		ReportColOverclaimed:    {"Indikator dilebihkan", "Indicators overclaimed"},
		ReportCorrectionsNote:   {"Setelah verifikasi, %s jawaban dikoreksi atas klarifikasi atau keberatan unit; setiap koreksi tercatat pada rapor unitnya.", "After verification, %s answers were corrected on the units' clarification or objection; each correction is recorded on its unit's card."},
		ReportProvisionalMark:   {"hasil sementara: sebagian indikator unit ini belum diverifikasi; nilainya dapat berubah.", "provisional result: some of this unit's indicators are not yet verified; its score may change."},
		ReportProvisionalTitle:  {"HASIL SEMENTARA", "PROVISIONAL RESULTS"},
		ReportCoverProvisional:  {"Verifikasi belum selesai untuk %s unit (%s). Nilainya ditandai * dan dapat berubah; hasil bersifat sementara sampai proses validasi selesai.", "Verification is not finished for %s units (%s). Their scores are marked * and may change; the results are provisional until validation is finished."},
		ReportSheetAccuracy:     {"Ketepatan Mandiri", "Self-Assessment"},
		ReportStatusProvisional: {"lengkap · sementara", "complete · provisional"},

		DiffSelf:                 {"Mandiri", "Self"},
		DiffVerified:             {"Verifikasi", "Verified"},
		DiffColSelf:              {"Mandiri", "Self"},
		DiffColVerified:          {"Verifikasi", "Verified"},
		DiffColSelfScore:         {"Nilai mandiri", "Self score"},
		DiffColVerifiedScore:     {"Nilai verifikasi", "Verified score"},
		DiffColSelfGrade:         {"Kategori mandiri", "Self grade"},
		DiffColVerifiedGrade:     {"Kategori verifikasi", "Verified grade"},
		DiffColSelfZone:          {"Zona mandiri", "Self zone"},
		DiffColVerifiedZone:      {"Zona verifikasi", "Verified zone"},
		DiffMatrixSelfVerified:   {"mandiri ↓ / verifikasi →", "self ↓ / verified →"},
		DiffStatusLowered:        {"diturunkan", "lowered"},
		DiffStatusRaised:         {"dinaikkan", "raised"},
		DiffFlagProvisional:      {"sementara", "provisional"},
		DiffFlagOldProvisional:   {"lama sementara", "old provisional"},
		DiffLegendProvisional:    {"sementara: verifikasi unit ini belum selesai; nilainya dapat berubah.", "provisional: this unit's verification is not finished; its score may change."},
		DiffLegendSelfVsVerified: {"Perbandingan penilaian mandiri unit dengan hasil verifikasi: \"diturunkan\" berarti verifikator menilai lebih rendah daripada unit menilai dirinya.", "The units' self-assessments against the verified results: \"lowered\" means the verifier scored the unit lower than it scored itself."},
		DiffRegionLineSelf:       {"nilai wilayah: mandiri %s · verifikasi %s · selisih %s", "region score: self %s · verified %s · change %s"},
		DiffReasonSelfIncomplete: {"penilaian mandiri belum lengkap", "the self-assessment is incomplete"},
		DiffSummarySelf:          {"unit: %d · diturunkan %d · dinaikkan %d · tetap %d · tak terbanding %d · ditambah %d · dihapus %d", "units: %d · lowered %d · raised %d · unchanged %d · not comparable %d · added %d · removed %d"},
		DiffNoRound:              {"tidak ada unit yang dinilai dalam putaran verifikasi (kolom Jawaban Unit dan Jawaban Verifikator) di %s", "no unit was assessed in a verification round (Jawaban Unit and Jawaban Verifikator columns) in %s"},
		DiffSelfVsVerifiedArgs:   {"--self-vs-verified membandingkan satu hasil dengan dirinya: sebutkan satu masukan saja", "--self-vs-verified compares one set of results with itself: name one input only"},
		FlagSelfVsVerified:       {"bandingkan penilaian mandiri unit dengan hasil verifikasinya, dari SATU masukan (putaran verifikasi)", "compare the units' self-assessments with their verified results, from ONE input (a verification round)"},

		BADocTitle:          {"Berita acara hasil penilaian — %s", "Official minutes of the assessment — %s"},
		BARoundTitle:        {"Rekapitulasi hasil verifikasi", "Summary of the verification"},
		BAKicker:            {"Berita acara", "Official minutes"},
		BAHeading:           {"BERITA ACARA", "OFFICIAL MINUTES"},
		BATitleUnit:         {"HASIL VERIFIKASI PENILAIAN KEPATUHAN UNIT PELAYANAN PUBLIK", "RESULT OF THE VERIFIED COMPLIANCE ASSESSMENT OF A PUBLIC SERVICE UNIT"},
		BATitleRound:        {"REKAPITULASI HASIL VERIFIKASI PENILAIAN KEPATUHAN", "SUMMARY OF THE VERIFIED COMPLIANCE ASSESSMENT"},
		BANumber:            {"Nomor: ……………………………………", "Number: ……………………………………"},
		BAWhen:              {"%s, tanggal %s", "%s, %s"},
		BANoDate:            {"…………, tanggal ……………………", "…………, ……………………"},
		BAOpeningUnit:       {"Pada hari ini %s, bertempat di %s, telah dilakukan verifikasi atas penilaian mandiri unit pelayanan publik berikut, dengan hasil sebagaimana tercantum di bawah ini.", "On %s, at %s, the self-assessment of the public service unit below was verified, with the result set out below."},
		BAOpeningSingle:     {"Pada hari ini %s, bertempat di %s, telah dilakukan penilaian kepatuhan unit pelayanan publik berikut, dengan hasil sebagaimana tercantum di bawah ini.", "On %s, at %s, the compliance of the public service unit below was assessed, with the result set out below."},
		BAOpeningRound:      {"Pada hari ini %s, bertempat di %s, telah dilakukan verifikasi atas penilaian mandiri %s unit pelayanan publik %s, dengan hasil sebagai berikut.", "On %s, at %s, the self-assessments of %s public service units of %s were verified, with the results below."},
		BAUnitName:          {"Nama unit pelayanan", "Service unit"},
		BAUnitCode:          {"Kode unit", "Unit code"},
		BAUnitType:          {"Jenis unit", "Unit type"},
		BARegion:            {"Instansi/wilayah", "Government/region"},
		BAPeriod:            {"Periode penilaian", "Assessment period"},
		BAAssessor:          {"Penilai/verifikator", "Assessor/verifier"},
		BAAssessedOn:        {"Tanggal penilaian", "Assessed on"},
		BAVerifiedOn:        {"Tanggal verifikasi", "Verified on"},
		BAInstrument:        {"Instrumen penilaian", "Assessment instrument"},
		BAResult:            {"Hasil penilaian", "Result"},
		BASelfScore:         {"Nilai penilaian mandiri unit", "The unit's self-assessed score"},
		BANoSelfScore:       {"– (penilaian mandiri belum lengkap)", "– (self-assessment incomplete)"},
		BAScore:             {"Nilai", "Score"},
		BAVerifiedScore:     {"Nilai hasil verifikasi", "Verified score"},
		BANoScore:           {"belum dapat dinilai (%d indikator belum dijawab)", "not yet scored (%d indicators unanswered)"},
		BACategory:          {"Kategori", "Category"},
		BAZone:              {"Zona", "Zone"},
		BAGap:               {"Selisih (verifikasi − mandiri)", "Gap (verified − self)"},
		BAVerification:      {"Verifikasi", "Verification"},
		BACorrections:       {"Koreksi setelah klarifikasi", "Corrections after clarification"},
		BAIncompleteTitle:   {"BELUM DAPAT DINILAI", "NOT YET SCORED"},
		BAIncompleteText:    {"%d indikator belum dijawab, sehingga unit belum diberi nilai, kategori dan zona. Hasil akan ditetapkan setelah seluruh indikator dinilai dan diverifikasi.", "%d indicators are unanswered, so the unit has no score, category or zone yet. The result will be set once every indicator is assessed and verified."},
		BAProvisionalText:   {"Hasil ini bersifat sementara: %d indikator belum diverifikasi. Nilai, kategori dan zona dapat berubah setelah proses verifikasi dan validasi selesai.", "This result is provisional: %d indicators are not yet verified. The score, category and zone may change once verification and validation are finished."},
		BAFinalTitle:        {"HASIL FINAL", "FINAL RESULT"},
		BAFinalText:         {"Seluruh indikator telah diverifikasi; hasil ini bersifat final.", "Every indicator has been verified; this result is final."},
		BAFinalSingle:       {"Hasil ini merupakan hasil akhir penilaian.", "This is the final result of the assessment."},
		BAShortfalls:        {"Kekurangan dan rekomendasi (%d)", "Shortfalls and recommendations (%d)"},
		BANoShortfalls:      {"Tidak ada indikator yang tidak atau belum sepenuhnya terpenuhi.", "No indicator is unmet or only partly met."},
		BAColNo:             {"No", "No"},
		BAColIndicator:      {"Indikator", "Indicator"},
		BAColStatus:         {"Status", "Status"},
		BAColRecommendation: {"Rekomendasi", "Recommendation"},
		BAFollowUp:          {"Rencana tindak lanjut (RTL)", "Follow-up plan (RTL)"},
		BAFollowUpNote:      {"Diisi oleh unit pelayanan: untuk setiap kekurangan, langkah perbaikan, penanggung jawab dan target waktu penyelesaiannya.", "To be filled in by the service unit: for each shortfall, the remedy, who is responsible and when it will be done."},
		BAColIndicatorCode:  {"Indikator", "Indicator"},
		BAColPlan:           {"Rencana tindak lanjut", "Follow-up action"},
		BAColResponsible:    {"Penanggung jawab", "Responsible"},
		BAColDeadline:       {"Target waktu", "Deadline"},
		BAClosing:           {"Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.", "These minutes are drawn up truthfully, to be used as appropriate."},
		BAUnitSide:          {"Pihak unit pelayanan,", "For the service unit,"},
		BAVerifierSide:      {"Verifikator,", "Verifier,"},
		BAHeadOf:            {"Kepala %s", "Head of %s"},
		BAColUnit:           {"Unit pelayanan", "Service unit"},
		BAStatusFinal:       {"final", "final"},
		BAStatusProvisional: {"sementara", "provisional"},
		BAStatusIncomplete:  {"belum lengkap", "incomplete"},
		BARoundCounts:       {"Hasil final: %d unit; sementara: %d unit; belum lengkap: %d unit.", "Final: %d units; provisional: %d units; incomplete: %d units."},
		BARegionScore:       {"Nilai daerah (rata-rata %d unit lengkap): %s — %s.", "Region score (mean of %d complete units): %s — %s."},
		BARoundProvisional:  {"Verifikasi %d unit belum selesai. Hasil unit tersebut, dan nilai daerah, bersifat sementara dan dapat berubah setelah proses verifikasi dan validasi selesai.", "The verification of %d units is not finished. Their results, and the region's score, are provisional and may change once verification and validation are finished."},
		BARoundFinal:        {"Verifikasi seluruh unit telah selesai; hasil ini bersifat final.", "Every unit's verification is finished; these results are final."},
		BASunday:            {"Minggu", "Sunday"},
		BAMonday:            {"Senin", "Monday"},
		BATuesday:           {"Selasa", "Tuesday"},
		BAWednesday:         {"Rabu", "Wednesday"},
		BAThursday:          {"Kamis", "Thursday"},
		BAFriday:            {"Jumat", "Friday"},
		BASaturday:          {"Sabtu", "Saturday"},

		UseBeritaAcara: {"berita-acara BERKAS|FOLDER... -o FOLDER", "berita-acara FILE|FOLDER... -o FOLDER"},
		HelpBAShort:    {"menulis berita acara hasil verifikasi: satu PDF per unit dan satu rekapitulasi", "writes the official minutes of a verification: a PDF per unit and a summary"},
		HelpBALong:     {"Menulis berita acara hasil verifikasi penilaian kepatuhan ke FOLDER (-o): satu PDF A4 per\nunit (berkas KODE.pdf) yang ditandatangani kepala unit dan verifikator, dan satu rekapitulasi\nseluruh putaran (berita-acara-rekapitulasi.pdf). Isinya: kop (logo, pemerintah, instansi,\nalamat), nomor untuk diisi, hari, tanggal dan tempat, identitas unit, nilai penilaian mandiri\ndan nilai hasil verifikasi dengan kategori dan zona, koreksi setelah klarifikasi, kekurangan\ndengan rekomendasi, tabel rencana tindak lanjut (RTL) untuk diisi, pernyataan hasil\nsementara atau final, dan blok tanda tangan (kepala unit, verifikator, \"Mengetahui\").\n\nMasukan: buku kerja verifikasi (kolom Jawaban Unit dan Jawaban Verifikator), berkas hasil\nJSON atau buku kerja hasil. Kop, tempat dan penanda tangan dari kepatuhan.yaml (--config,\n$KEPATUHAN_CONFIG, atau di folder kerja); tanpa konfigurasi, nama dan NIP dibiarkan untuk\ndiisi tangan. Tanggal: --date, atau SOURCE_DATE_EPOCH, atau tanggal terakhir di data.\nBerkas-berkas ditulis sebagai satu set: semuanya, atau tidak satu pun.\n\nSTATUS KELUAR\n  0  berita acara ditulis\n  1  kesalahan tak terduga\n  2  penggunaan salah (opsi atau argumen)\n  3  masukan, koreksi atau konfigurasi tidak sah: semua masalah dicetak, tidak ada berkas ditulis\n  4  ditulis, tetapi ada unit yang belum lengkap\n  6  --final: ada unit yang masih sementara (verifikasi belum selesai); tidak ada berkas ditulis", "Writes the official minutes (berita acara) of a verified compliance assessment into FOLDER\n(-o): one A4 PDF per unit (file CODE.pdf) for the unit's head and the verifier to sign, and\none summary of the whole round (berita-acara-rekapitulasi.pdf). They hold: the letterhead\n(logo, government, office, address), a number to fill in, the day, date and place, the unit,\nthe self-assessed and the verified score with category and zone, corrections after\nclarification, the shortfalls with recommendations, a follow-up plan (RTL) table to fill in,\nthe statement that the result is provisional or final, and the signature blocks (the unit's\nhead, the verifier, \"Mengetahui\").\n\nInputs: verification workbooks (Jawaban Unit and Jawaban Verifikator columns), results JSON\nor results workbooks. Letterhead, place and signatories come from kepatuhan.yaml (--config,\n$KEPATUHAN_CONFIG, or the working folder); without one, names and NIPs are left to fill in by\nhand. Date: --date, else SOURCE_DATE_EPOCH, else the latest date in the data. The files are\nwritten as one set: all of them, or none.\n\nEXIT STATUS\n  0  minutes written\n  1  unexpected error\n  2  wrong usage (flags or arguments)\n  3  invalid input, corrections or configuration: every problem is printed, no file is written\n  4  written, but some units are incomplete\n  6  --final: some unit is still provisional (verification not finished); no file is written"},
		HelpBAExample:  {"  kepatuhan berita-acara verifikasi-2024.xlsx --koreksi koreksi-2024.yaml -o berita-acara/\n  kepatuhan berita-acara hasil-2024.json --config kepatuhan.yaml --final -o berita-acara/", "  kepatuhan berita-acara verifikasi-2024.xlsx --koreksi koreksi-2024.yaml -o minutes/ --lang en\n  kepatuhan berita-acara hasil-2024.json --config kepatuhan.yaml --final -o minutes/"},
		FlagBAOutput:   {"FOLDER tempat berita acara ditulis (dibuat bila belum ada)", "the FOLDER to write the minutes into (created when missing)"},
		FlagBADate:     {"tanggal berita acara (TTTT-BB-HH)", "the minutes' date (YYYY-MM-DD)"},
		BANeedOutput:   {"sebutkan folder keluaran dengan -o FOLDER", "name the output folder with -o FOLDER"},
		BANoConfig:     {"tanpa konfigurasi penerbit (kepatuhan.yaml): kop hanya memuat nama daerah, nama dan NIP penanda tangan dibiarkan untuk diisi tangan", "no issuer configuration (kepatuhan.yaml): the letterhead holds only the region, and the signatories' names and NIPs are left to fill in by hand"},
		BAWrote:        {"ditulis: %d berita acara di %s (%d unit masih sementara)", "wrote %d minutes into %s (%d units still provisional)"},

		SignNIP:      {"NIP. %s", "NIP %s"},
		SignFillName: {"(…………………………………………)", "(…………………………………………)"},
		SignFillNIP:  {"NIP. ……………………………", "NIP ……………………………"},
		SignKnown:    {"Mengetahui,", "Acknowledged by,"},
		SignPlaceAt:  {"%s, %s", "%s, %s"},
	} {
		catalog[k] = e
	}
}
