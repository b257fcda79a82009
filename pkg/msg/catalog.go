package msg

// Every message a person reads. Each entry: Bahasa Indonesia first, then
// English, with the same verbs in the same order (a test checks this).
// Messages start lower-case and carry no final full stop, like Go errors;
// the command line adds "kepatuhan: kesalahan:" / "kepatuhan: error:".

// Message keys: rubric files.
const (
	RubricEmpty                 Key = "rubric.empty"
	RubricNotYAML               Key = "rubric.not-yaml"
	RubricManyDocs              Key = "rubric.many-docs"
	RubricWantMap               Key = "rubric.want-map"
	RubricWantList              Key = "rubric.want-list"
	RubricWantText              Key = "rubric.want-text"
	RubricWantNumber            Key = "rubric.want-number"
	RubricWantInt               Key = "rubric.want-int"
	RubricWantBool              Key = "rubric.want-bool"
	RubricUnknownKey            Key = "rubric.unknown-key"
	RubricDuplicateKey          Key = "rubric.duplicate-key"
	RubricMissingKey            Key = "rubric.missing-key"
	RubricNoMerge               Key = "rubric.no-merge"
	RubricBadValue              Key = "rubric.bad-value"
	RubricBadCode               Key = "rubric.bad-code"
	RubricDuplicateCode         Key = "rubric.duplicate-code"
	RubricScaleOrder            Key = "rubric.scale-order"
	RubricFactorNeeded          Key = "rubric.factor-needed"
	RubricFactorOnlyWeightedSum Key = "rubric.factor-only-weighted-sum"
	RubricNoBands               Key = "rubric.no-bands"
	RubricBandOutside           Key = "rubric.band-outside"
	RubricBandPrecision         Key = "rubric.band-precision"
	RubricBandGap               Key = "rubric.band-gap"
	RubricBandOverlap           Key = "rubric.band-overlap"
	RubricBandSameMin           Key = "rubric.band-same-min"
	RubricBandMaxBelowMin       Key = "rubric.band-max-below-min"
	RubricBandTop               Key = "rubric.band-top"
	RubricWeightNotPositive     Key = "rubric.weight-not-positive"
	RubricGroupsAndIndicators   Key = "rubric.groups-and-indicators"
	RubricEmptyGroup            Key = "rubric.empty-group"
	RubricEmptyList             Key = "rubric.empty-list"
	RubricReplacesSelf          Key = "rubric.replaces-self"
	RubricBlockNotForType       Key = "rubric.block-not-for-type"
	RubricBlockNeeded           Key = "rubric.block-needed"
	RubricSurveyInObservation   Key = "rubric.survey-in-observation"
	RubricObservationInSurvey   Key = "rubric.observation-in-survey"
	RubricLevelOutside          Key = "rubric.level-outside"
	RubricLevelUndescribed      Key = "rubric.level-undescribed"
	RubricDuplicateChoice       Key = "rubric.duplicate-choice"
	RubricFewChoices            Key = "rubric.few-choices"
	RubricNoFullChoice          Key = "rubric.no-full-choice"
	RubricThresholdOrder        Key = "rubric.threshold-order"
	RubricThresholdStart        Key = "rubric.threshold-start"
	RubricUnknownUnitType       Key = "rubric.unknown-unit-type"
	RubricVariantUnknownCode    Key = "rubric.variant-unknown-code"
	RubricWeightedSumNA         Key = "rubric.weighted-sum-na"
	RubricWeightedSumScoped     Key = "rubric.weighted-sum-scoped"
	RubricRollupWeightsUnused   Key = "rubric.rollup-weights-unused"
	RubricTargetBound           Key = "rubric.target-bound"
	RubricUnknownVariant        Key = "rubric.unknown-variant"
	RubricUnknownBuiltin        Key = "rubric.unknown-builtin"
	RubricNoSuchFile            Key = "rubric.no-such-file"
	RubricCannotRead            Key = "rubric.cannot-read"
)

// Message keys: answers in observation workbooks.
const (
	AnswerDash         Key = "answer.dash"
	AnswerNANotAllowed Key = "answer.na-not-allowed"
	AnswerNotAccepted  Key = "answer.not-accepted"
	AnswerOutOfRange   Key = "answer.out-of-range"
	AnswerNotInteger   Key = "answer.not-integer"
	HintDash           Key = "hint.dash"
	HintAccepted       Key = "hint.accepted"
)

// Message keys: reading observation workbooks.
const (
	FileNotFound                  Key = "file.not-found"
	FileUnreadable                Key = "file.unreadable"
	FileIsDir                     Key = "file.is-dir"
	FileEmpty                     Key = "file.empty"
	FileLegacyXLS                 Key = "file.legacy-xls"
	FileEncrypted                 Key = "file.encrypted"
	FileCSV                       Key = "file.csv"
	FileHTML                      Key = "file.html"
	FileODS                       Key = "file.ods"
	FileNotWorkbook               Key = "file.not-workbook"
	FileCorrupt                   Key = "file.corrupt"
	FileTooLarge                  Key = "file.too-large"
	SheetNoObservations           Key = "sheet.no-observations"
	SheetSkipped                  Key = "sheet.skipped"
	SheetHeaderNearMiss           Key = "sheet.header-near-miss"
	SheetFormNoUnit               Key = "sheet.form-no-unit"
	SheetUnknownIndicator         Key = "sheet.unknown-indicator"
	SheetWideUnknownCode          Key = "sheet.wide-unknown-code"
	SheetDuplicateColumn          Key = "sheet.duplicate-column"
	SheetDuplicateIndicator       Key = "sheet.duplicate-indicator"
	SheetDuplicateUnit            Key = "sheet.duplicate-unit"
	SheetDuplicateUnitSame        Key = "sheet.duplicate-unit-same"
	SheetDuplicateRespondent      Key = "sheet.duplicate-respondent"
	SheetMissingUnitCode          Key = "sheet.missing-unit-code"
	SheetMissingIndicatorCode     Key = "sheet.missing-indicator-code"
	SheetFormulaNoCache           Key = "sheet.formula-no-cache"
	SheetCellError                Key = "sheet.cell-error"
	SheetSurveyInForm             Key = "sheet.survey-in-form"
	SheetObservationInRespondents Key = "sheet.observation-in-respondents"
	SheetConflictMeta             Key = "sheet.conflict-meta"
	SheetUnknownUnitType          Key = "sheet.unknown-unit-type"
	SheetBadDate                  Key = "sheet.bad-date"
	HintFileUnreadable            Key = "hint.file-unreadable"
	HintFileEmpty                 Key = "hint.file-empty"
	HintSaveAsXLSX                Key = "hint.save-as-xlsx"
	HintFileEncrypted             Key = "hint.file-encrypted"
	HintFileCorrupt               Key = "hint.file-corrupt"
	HintFileTooLarge              Key = "hint.file-too-large"
	HintLayouts                   Key = "hint.layouts"
	HintFormNoUnit                Key = "hint.form-no-unit"
	HintRubricCodes               Key = "hint.rubric-codes"
	HintRecalculate               Key = "hint.recalculate"
	HintCellError                 Key = "hint.cell-error"
	HintSurveySheet               Key = "hint.survey-sheet"
	HintSeparateSheets            Key = "hint.separate-sheets"
	HintConflictMeta              Key = "hint.conflict-meta"
	HintDateFormats               Key = "hint.date-formats"
)

// Message keys: choosing the rubric and combining inputs.
const (
	IngestResultsRubric     Key = "ingest.results-rubric"
	IngestWorkbookRubric    Key = "ingest.workbook-rubric"
	IngestRubricVersion     Key = "ingest.rubric-version"
	IngestFormRubricChanged Key = "ingest.form-rubric-changed"
	HintFormRubricChanged   Key = "hint.form-rubric-changed"
	IngestNotForType        Key = "ingest.not-for-type"
	IngestSameFileTwice     Key = "ingest.same-file-twice"
	IngestLockFile          Key = "ingest.lock-file"
	IngestEmptyFolder       Key = "ingest.empty-folder"
	IngestBadResults        Key = "ingest.bad-results"
	IngestDefaultRubric     Key = "ingest.default-rubric"
	IngestRubricNotBuiltin  Key = "ingest.rubric-not-builtin"
	IngestManyRubrics       Key = "ingest.many-rubrics"
	IngestDuplicateUnit     Key = "ingest.duplicate-unit"
	IngestDuplicateUnitSame Key = "ingest.duplicate-unit-same"
	HintForceRubric         Key = "hint.force-rubric"
	HintEmptyFolder         Key = "hint.empty-folder"
	HintPassRubric          Key = "hint.pass-rubric"
	HintPickRubric          Key = "hint.pick-rubric"
	HintDuplicateUnit       Key = "hint.duplicate-unit"
)

// Message keys: the terminal table.
const (
	TableCode            Key = "table.code"
	TableName            Key = "table.name"
	TableType            Key = "table.type"
	TableScore           Key = "table.score"
	TableGrade           Key = "table.grade"
	TableZone            Key = "table.zone"
	TableMet             Key = "table.met"
	TablePartial         Key = "table.partial"
	TableNotMet          Key = "table.not-met"
	TableNA              Key = "table.na"
	TableMissing         Key = "table.missing"
	TableIncomplete      Key = "table.incomplete"
	TableUnits           Key = "table.units"
	TableNoZone          Key = "table.no-zone"
	TableIncompleteCount Key = "table.incomplete-count"
	TableRegion          Key = "table.region"
	TableRegionNoZone    Key = "table.region-no-zone"
	TableMissingHead     Key = "table.missing-head"
	TableMore            Key = "table.more"
	TableNothingApplies  Key = "table.nothing-applies"
)

// Message keys: the command line and its help.
const (
	CLIError                Key = "cli.error"
	CLIHint                 Key = "cli.hint"
	CLINotice               Key = "cli.notice"
	CLIMoreProblems         Key = "cli.more-problems"
	HintBug                 Key = "hint.bug"
	HintHelp                Key = "hint.help"
	FlagLang                Key = "flag.lang"
	FlagOutput              Key = "flag.output"
	FlagRubric              Key = "flag.rubric"
	FlagForceRubric         Key = "flag.force-rubric"
	FlagMixedPeriods        Key = "flag.mixed-periods"
	FlagFormat              Key = "flag.format"
	FlagPDF                 Key = "flag.pdf"
	FlagXLSX                Key = "flag.xlsx"
	FlagJobs                Key = "flag.jobs"
	FlagHelp                Key = "flag.help"
	HelpRootShort           Key = "help.root.short"
	HelpRootLong            Key = "help.root.long"
	HelpRubricShort         Key = "help.rubric.short"
	HelpRubricLong          Key = "help.rubric.long"
	HelpRubricListShort     Key = "help.rubric-list.short"
	HelpRubricListLong      Key = "help.rubric-list.long"
	HelpRubricShowShort     Key = "help.rubric-show.short"
	HelpRubricShowLong      Key = "help.rubric-show.long"
	HelpRubricValidateShort Key = "help.rubric-validate.short"
	HelpRubricValidateLong  Key = "help.rubric-validate.long"
	HelpRubricExportShort   Key = "help.rubric-export.short"
	HelpRubricExportLong    Key = "help.rubric-export.long"
	HelpScoreShort          Key = "help.score.short"
	HelpScoreLong           Key = "help.score.long"
	HelpScoreExample        Key = "help.score.example"
	ListID                  Key = "list.id"
	ListVersion             Key = "list.version"
	ListScale               Key = "list.scale"
	ListKind                Key = "list.kind"
	ListIndicators          Key = "list.indicators"
	ListTitle               Key = "list.title"
	ListDefault             Key = "list.default"
	KindObservation         Key = "kind.observation"
	KindSurvey              Key = "kind.survey"
	KindMixed               Key = "kind.mixed"
	ShowIdentity            Key = "show.identity"
	ShowSources             Key = "show.sources"
	ShowScale               Key = "show.scale"
	ShowFactor              Key = "show.factor"
	ShowBands               Key = "show.bands"
	ShowUnitTypes           Key = "show.unit-types"
	ShowTree                Key = "show.tree"
	ShowWeight              Key = "show.weight"
	ShowSharesWeightedSum   Key = "show.shares-weighted-sum"
	ShowVariants            Key = "show.variants"
	ShowProvenance          Key = "show.provenance"
	ValidateOK              Key = "validate.ok"
	ScoreInvalid            Key = "score.invalid"
	ScoreWrote              Key = "score.wrote"
	ProgressFiles           Key = "progress.files"
	FlagUnits               Key = "flag.units"
	FlagLayout              Key = "flag.layout"
	FlagRespondents         Key = "flag.respondents"
	HelpFormShort           Key = "help.form.short"
	HelpFormLong            Key = "help.form.long"
	HelpFormExample         Key = "help.form.example"
	FormNeedOutput          Key = "form.need-output"
	FormWrote               Key = "form.wrote"
	ScoreWroteCards         Key = "score.wrote-cards"
	ScoreWroteBook          Key = "score.wrote-book"
)

// Message keys: hints shared by several messages.
const (
	HintDidYouMean         Key = "hint.did-you-mean"
	HintValidKeys          Key = "hint.valid-keys"
	HintValidValues        Key = "hint.valid-values"
	HintWrite              Key = "hint.write"
	HintRubricID           Key = "hint.rubric-id"
	HintCode               Key = "hint.code"
	HintRange              Key = "hint.range"
	HintDecimalPoint       Key = "hint.decimal-point"
	HintTrueFalse          Key = "hint.true-false"
	HintNoMerge            Key = "hint.no-merge"
	HintFactor             Key = "hint.factor"
	HintBandCover          Key = "hint.band-cover"
	HintBandMax            Key = "hint.band-max"
	HintColor              Key = "hint.color"
	HintShare              Key = "hint.share"
	HintGroupsOrIndicators Key = "hint.groups-or-indicators"
	HintSeeFormat          Key = "hint.see-format"
	HintKindSurvey         Key = "hint.kind-survey"
	HintPoints             Key = "hint.points"
	HintLinear             Key = "hint.linear"
	HintThresholdStart     Key = "hint.threshold-start"
	HintDeclareUnitTypes   Key = "hint.declare-unit-types"
	HintWeightedSum        Key = "hint.weighted-sum"
	HintNoVariants         Key = "hint.no-variants"
	HintBuiltins           Key = "hint.builtins"
	HintRubricRef          Key = "hint.rubric-ref"
)

var catalog = map[Key]entry{
	RubricEmpty:                 {"berkas rubrik kosong", "the rubric file is empty"},
	RubricNotYAML:               {"bukan YAML yang sah: %s", "not valid YAML: %s"},
	RubricManyDocs:              {"berkas rubrik hanya boleh berisi satu dokumen YAML", "a rubric file holds exactly one YAML document"},
	RubricWantMap:               {"%s harus berupa pemetaan (kunci: nilai)", "%s must be a mapping (key: value)"},
	RubricWantList:              {"%s harus berupa daftar (baris diawali \"- \")", "%s must be a list (lines starting with \"- \")"},
	RubricWantText:              {"%s harus berupa teks", "%s must be text"},
	RubricWantNumber:            {"%s harus berupa angka", "%s must be a number"},
	RubricWantInt:               {"%s harus berupa bilangan bulat", "%s must be a whole number"},
	RubricWantBool:              {"%s harus true atau false", "%s must be true or false"},
	RubricUnknownKey:            {"kunci %q tidak dikenal di %s", "unknown key %q in %s"},
	RubricDuplicateKey:          {"kunci %q ditulis dua kali (sebelumnya di baris %d)", "key %q is written twice (first on line %d)"},
	RubricMissingKey:            {"kunci %q wajib ada di %s", "key %q is required in %s"},
	RubricNoMerge:               {"kunci gabungan YAML (<<) tidak didukung", "YAML merge keys (<<) are not supported"},
	RubricBadValue:              {"nilai %q tidak sah untuk %s", "%q is not a valid value for %s"},
	RubricBadCode:               {"kode %q tidak sah", "code %q is not valid"},
	RubricDuplicateCode:         {"kode %q sudah dipakai (di baris %d)", "code %q is already used (on line %d)"},
	RubricScaleOrder:            {"min (%v) harus lebih kecil dari max (%v)", "min (%v) must be less than max (%v)"},
	RubricFactorNeeded:          {"rule weighted-sum memerlukan factor lebih dari 0", "rule weighted-sum needs a factor greater than 0"},
	RubricFactorOnlyWeightedSum: {"factor hanya berlaku untuk rule weighted-sum", "factor applies only to rule weighted-sum"},
	RubricNoBands:               {"bands harus berisi paling sedikit satu pita", "bands must hold at least one band"},
	RubricBandOutside:           {"batas bawah pita %s di luar skala %s–%s", "band lower bound %s is outside the scale %s–%s"},
	RubricBandPrecision:         {"batas pita %s lebih teliti dari %d desimal skala", "band bound %s has more decimals than the scale's %d"},
	RubricBandGap:               {"celah antarpita: nilai %s sampai %s tidak masuk pita mana pun", "gap between bands: scores %s to %s fall in no band"},
	RubricBandOverlap:           {"pita tumpang tindih: max %s melewati min pita berikutnya %s", "bands overlap: max %s reaches past the next band's min %s"},
	RubricBandSameMin:           {"dua pita mulai di %s (lihat juga baris %d)", "two bands start at %s (see also line %d)"},
	RubricBandMaxBelowMin:       {"max pita %s lebih kecil dari min-nya %s", "band max %s is below its min %s"},
	RubricBandTop:               {"pita tertinggi berakhir di %s, bukan di max skala %s", "the top band ends at %s, not at the scale's max %s"},
	RubricWeightNotPositive:     {"bobot %s harus lebih dari 0, tertulis %s", "the weight of %s must be greater than 0, found %s"},
	RubricGroupsAndIndicators:   {"%s berisi groups dan indicators sekaligus", "%s holds both groups and indicators"},
	RubricEmptyGroup:            {"kelompok %s tidak berisi groups maupun indicators", "group %s holds neither groups nor indicators"},
	RubricEmptyList:             {"daftar %s kosong", "the %s list is empty"},
	RubricReplacesSelf:          {"indikator %s tidak dapat menggantikan dirinya sendiri", "indicator %s cannot replace itself"},
	RubricBlockNotForType:       {"blok %s tidak berlaku untuk tipe %s", "block %s does not apply to type %s"},
	RubricBlockNeeded:           {"%s bertipe %s memerlukan blok %s", "%s of type %s needs a %s block"},
	RubricSurveyInObservation:   {"%s bertipe survey, padahal rubrik berjenis observation", "%s is of type survey in a rubric of kind observation"},
	RubricObservationInSurvey:   {"%s bertipe %s, padahal rubrik berjenis survey", "%s is of type %s in a rubric of kind survey"},
	RubricLevelOutside:          {"deskripsi level %d di luar skala %d–%d", "level %d is described but outside the scale %d–%d"},
	RubricLevelUndescribed:      {"level %d indikator %s belum dideskripsikan", "level %d of indicator %s has no description"},
	RubricDuplicateChoice:       {"label pilihan %q dipakai dua kali (sebelumnya di baris %d)", "choice label %q is used twice (first on line %d)"},
	RubricFewChoices:            {"choices harus berisi paling sedikit dua pilihan", "choices must hold at least two options"},
	RubricNoFullChoice:          {"tidak ada pilihan dengan points 1 (bobot penuh)", "no choice has points 1 (the full weight)"},
	RubricThresholdOrder:        {"ambang %s harus lebih besar dari ambang sebelumnya", "threshold %s must be greater than the one before it"},
	RubricThresholdStart:        {"ambang pertama %s harus sama dengan min %s", "the first threshold %s must equal min %s"},
	RubricUnknownUnitType:       {"jenis unit %q di %s tidak ada di unit_types", "unit type %q in %s is not in unit_types"},
	RubricVariantUnknownCode:    {"varian %s menyebut kode %q yang tidak ada", "variant %s names code %q, which does not exist"},
	RubricWeightedSumNA:         {"rule weighted-sum tidak dapat menerima N/A", "rule weighted-sum cannot take N/A"},
	RubricWeightedSumScoped:     {"rule weighted-sum tidak dapat membatasi indikator per jenis unit", "rule weighted-sum cannot limit indicators to unit types"},
	RubricRollupWeightsUnused:   {"weights hanya berlaku untuk rule weighted-mean", "weights apply only to rule weighted-mean"},
	RubricTargetBound:           {"target memerlukan min atau max", "a target needs min or max"},
	RubricUnknownVariant:        {"varian %q tidak ada di rubrik %s", "rubric %[2]s has no variant %[1]q"},
	RubricUnknownBuiltin:        {"tidak ada rubrik bawaan %q", "there is no built-in rubric %q"},
	RubricNoSuchFile:            {"berkas rubrik tidak ditemukan (%s)", "rubric file not found (%s)"},
	RubricCannotRead:            {"berkas rubrik tidak dapat dibaca: %s", "cannot read the rubric file: %s"},

	AnswerDash:         {"jawaban \"-\" untuk %s bermakna ganda", "the answer \"-\" to %s is ambiguous"},
	AnswerNANotAllowed: {"jawaban %q: indikator %s tidak boleh N/A", "answer %q: indicator %s cannot be N/A"},
	AnswerNotAccepted:  {"jawaban %q tidak diterima untuk %s", "answer %q is not accepted for %s"},
	AnswerOutOfRange:   {"jawaban %q untuk %s di luar rentang %s–%s", "answer %q to %s is outside the range %s–%s"},
	AnswerNotInteger:   {"jawaban %q untuk %s harus bilangan bulat", "answer %q to %s must be a whole number"},
	HintDash:           {"tulis Tidak (tidak terpenuhi), N/A (tidak berlaku, bila diizinkan), atau kosongkan sel bila belum dinilai", "write Tidak (not met), N/A (not applicable, where allowed), or leave the cell empty if not yet assessed"},
	HintAccepted:       {"yang diterima: %s", "accepted: %s"},

	FileNotFound:                  {"berkas tidak ditemukan", "file not found"},
	FileUnreadable:                {"berkas tidak dapat dibaca: %s", "cannot read the file: %s"},
	FileIsDir:                     {"ini folder, bukan berkas", "this is a folder, not a file"},
	FileEmpty:                     {"berkas kosong (0 bita)", "the file is empty (0 bytes)"},
	FileLegacyXLS:                 {"berkas Excel 97–2003 (.xls) tidak didukung", "Excel 97–2003 (.xls) files are not supported"},
	FileEncrypted:                 {"berkas dilindungi kata sandi (terenkripsi)", "the file is password-protected (encrypted)"},
	FileCSV:                       {"berkas ini teks CSV, bukan buku kerja .xlsx", "this file is CSV text, not an .xlsx workbook"},
	FileHTML:                      {"berkas ini halaman HTML yang diberi nama lembar kerja, bukan .xlsx", "this file is an HTML page with a spreadsheet name, not .xlsx"},
	FileODS:                       {"berkas ini lembar kerja OpenDocument (.ods), bukan .xlsx", "this file is an OpenDocument spreadsheet (.ods), not .xlsx"},
	FileNotWorkbook:               {"berkas zip ini bukan buku kerja Excel", "this zip file is not an Excel workbook"},
	FileCorrupt:                   {"berkas rusak atau terpotong: %s", "the file is damaged or truncated: %s"},
	FileTooLarge:                  {"berkas melebihi batas ukuran saat diekstrak (%s); kemungkinan zip bomb", "the file exceeds the size limits when unpacked (%s); possibly a zip bomb"},
	SheetNoObservations:           {"tidak ada lembar yang berisi observasi", "no sheet holds observations"},
	SheetSkipped:                  {"lembar %q dilewati: bukan lembar observasi", "sheet %q skipped: not an observation sheet"},
	SheetHeaderNearMiss:           {"judul kolom %q tidak dikenal", "column header %q is not recognised"},
	SheetFormNoUnit:               {"tabel formulir tanpa Kode Unit di blok kepala di atasnya", "a form table with no Kode Unit in the header block above it"},
	SheetUnknownIndicator:         {"kode indikator %q tidak ada di rubrik %s", "indicator code %q is not in rubric %s"},
	SheetWideUnknownCode:          {"kolom %q tampak seperti kode indikator tetapi tidak ada di rubrik %s", "column %q looks like an indicator code but is not in rubric %s"},
	SheetDuplicateColumn:          {"indikator %s punya dua kolom (juga %s)", "indicator %s has two columns (also %s)"},
	SheetDuplicateIndicator:       {"indikator %s dijawab dua kali untuk unit %s (juga di %s)", "indicator %s is answered twice for unit %s (also in %s)"},
	SheetDuplicateUnit:            {"unit %s muncul dua kali dengan jawaban berbeda (juga di %s)", "unit %s appears twice with different answers (also at %s)"},
	SheetDuplicateUnitSame:        {"unit %s muncul dua kali dengan jawaban sama (juga di %s); dihitung sekali", "unit %s appears twice with the same answers (also at %s); counted once"},
	SheetDuplicateRespondent:      {"responden %s menjawab %s dua kali untuk unit %s (juga di %s)", "respondent %s answers %s twice for unit %s (also in %s)"},
	SheetMissingUnitCode:          {"baris berisi jawaban (%s) tetapi Kode Unit kosong", "the row holds an answer (%s) but no unit code"},
	SheetMissingIndicatorCode:     {"baris untuk unit %s tetapi Kode Indikator kosong", "the row is for unit %s but has no indicator code"},
	SheetFormulaNoCache:           {"rumus %s tidak punya nilai tersimpan", "formula %s has no stored value"},
	SheetCellError:                {"sel berisi nilai galat %s", "the cell holds the error value %s"},
	SheetSurveyInForm:             {"indikator survei %s tidak dapat dijawab di formulir unit", "survey indicator %s cannot be answered in a unit form"},
	SheetObservationInRespondents: {"indikator %s (observasi) berada di lembar responden", "indicator %s (an observation) is in a respondents sheet"},
	SheetConflictMeta:             {"%s unit %s berbeda: %q di sini, %q di %s", "%s of unit %s differs: %q here, %q at %s"},
	SheetUnknownUnitType:          {"jenis unit %q tidak dikenal rubrik %s", "unit type %q is not known to rubric %s"},
	SheetBadDate:                  {"tanggal %q tidak terbaca; disimpan apa adanya", "date %q cannot be read; kept as written"},
	HintFileUnreadable:            {"periksa izin berkas, atau salin berkas ke folder Anda sendiri", "check the file's permissions, or copy it to a folder of your own"},
	HintFileEmpty:                 {"salin ulang berkas dari sumbernya", "copy the file again from its source"},
	HintSaveAsXLSX:                {"buka berkas di Excel, LibreOffice atau WPS, lalu Simpan Sebagai \"Buku Kerja Excel (.xlsx)\"", "open the file in Excel, LibreOffice or WPS and Save As \"Excel Workbook (.xlsx)\""},
	HintFileEncrypted:             {"buka berkas dengan kata sandinya, hapus kata sandi (Excel: File › Info › Lindungi Buku Kerja), lalu simpan ulang sebagai .xlsx", "open the file with its password, remove the password (Excel: File › Info › Protect Workbook), and save it again as .xlsx"},
	HintFileCorrupt:               {"salin ulang berkas dari sumbernya, atau buka di Excel/LibreOffice agar diperbaiki lalu simpan ulang", "copy the file again from its source, or open it in Excel/LibreOffice to repair it and save it again"},
	HintFileTooLarge:              {"berkas observasi sungguhan jauh lebih kecil; periksa asal berkas ini", "real observation workbooks are far smaller; check where this file came from"},
	HintLayouts:                   {"lembar observasi perlu baris judul: Kode + Jawaban di bawah blok Kode Unit (formulir), Kode Unit + Kode Indikator + Jawaban (panjang), atau Kode Unit + satu kolom per kode indikator (lebar)", "an observation sheet needs a header row: Kode + Jawaban under a Kode Unit header block (form), Kode Unit + Kode Indikator + Jawaban (long), or Kode Unit + one column per indicator code (wide)"},
	HintFormNoUnit:                {"tulis \"Kode Unit\" di kolom A dan kodenya di kolom B, di atas tabel", "write \"Kode Unit\" in column A and the code in column B, above the table"},
	HintRubricCodes:               {"lihat kode yang sah dengan: kepatuhan rubric show %s", "see the valid codes with: kepatuhan rubric show %s"},
	HintRecalculate:               {"buka dan simpan berkas di Excel atau LibreOffice agar rumus dihitung dan nilainya tersimpan", "open and save the file in Excel or LibreOffice so the formula is computed and its value stored"},
	HintCellError:                 {"perbaiki rumusnya, atau tulis jawabannya langsung", "fix the formula, or type the answer directly"},
	HintSurveySheet:               {"isi jawaban responden di lembar Responden (satu baris per responden)", "enter respondents' answers in the Responden sheet (one row per respondent)"},
	HintSeparateSheets:            {"letakkan indikator observasi dan jawaban responden di lembar yang berbeda", "put observation indicators and respondents' answers in different sheets"},
	HintConflictMeta:              {"satu unit harus bernilai sama di semua barisnya", "a unit must have the same value on all its rows"},
	HintDateFormats:               {"tulis tanggal seperti 12/08/2024, 2024-08-12 atau 12 Agustus 2024, atau pakai sel tanggal", "write dates like 12/08/2024, 2024-08-12 or 12 Agustus 2024, or use a date cell"},

	IngestResultsRubric:     {"berkas hasil ini dinilai dengan rubrik %s versi %s, bukan %s versi %s", "this results file was scored with rubric %s version %s, not %s version %s"},
	IngestWorkbookRubric:    {"buku kerja ini untuk rubrik %s, tetapi penilaian memakai %s", "this workbook is for rubric %s, but the run uses %s"},
	IngestFormRubricChanged: {"formulir ini dibuat dari rubrik %s yang isinya berbeda dari rubrik yang dipakai menilainya (hash rubrik formulir %s, rubrik yang dipakai %s): bobot, pita nilai atau indikatornya mungkin berbeda", "this form was made from a rubric %s whose content differs from the rubric scoring it (the form's rubric hash %s, the rubric in use %s): its weights, bands or indicators may differ"},
	HintFormRubricChanged:   {"nilailah dengan rubrik tempat formulir dibuat: --rubric BERKAS.yaml", "score with the rubric the form was made from: --rubric FILE.yaml"},
	IngestRubricVersion:     {"buku kerja ini dibuat untuk versi %s; rubrik %s yang dipakai versi %s", "this workbook was made for version %s; rubric %s in use is version %s"},
	IngestNotForType:        {"indikator %s dijawab, tetapi tidak berlaku untuk unit %s (jenis %s); jawaban diabaikan", "indicator %s is answered but does not apply to unit %s (type %s); the answer is ignored"},
	IngestSameFileTwice:     {"berkas disebut dua kali; dibaca sekali", "the file is named twice; read once"},
	IngestLockFile:          {"berkas kunci Excel (~$) dilewati", "Excel lock file (~$) skipped"},
	IngestEmptyFolder:       {"folder tidak berisi buku kerja .xlsx", "the folder holds no .xlsx workbooks"},
	IngestBadResults:        {"berkas hasil tidak sah: %s", "invalid results file: %s"},
	IngestDefaultRubric:     {"buku kerja tidak menyebut rubrik; memakai rubrik bawaan %s versi %s", "the workbooks name no rubric; using the default rubric %s version %s"},
	IngestRubricNotBuiltin:  {"buku kerja menyebut rubrik %q yang bukan rubrik bawaan", "the workbook names rubric %q, which is not built in"},
	IngestManyRubrics:       {"buku kerja menyebut rubrik yang berbeda-beda: %s", "the workbooks name different rubrics: %s"},
	IngestDuplicateUnit:     {"unit %s dinilai di dua tempat dengan jawaban berbeda (juga di %s)", "unit %s is assessed in two places with different answers (also in %s)"},
	IngestDuplicateUnitSame: {"unit %s muncul lagi dengan jawaban yang sama (juga di %s); dihitung sekali", "unit %s appears again with the same answers (also in %s); counted once"},
	HintForceRubric:         {"pakai --rubric %s, atau --force-rubric untuk tetap menilai dengan rubrik yang dipilih", "use --rubric %s, or --force-rubric to score with the chosen rubric anyway"},
	HintEmptyFolder:         {"simpan buku kerja sebagai .xlsx di folder itu, atau sebut berkasnya langsung", "save the workbooks as .xlsx in that folder, or name the files directly"},
	HintPassRubric:          {"sebutkan berkas rubriknya: --rubric path/ke/%s.yaml", "name the rubric file: --rubric path/to/%s.yaml"},
	HintPickRubric:          {"nilai berkas-berkas itu terpisah, atau pilih satu rubrik dengan --rubric", "score those files separately, or choose one rubric with --rubric"},
	HintDuplicateUnit:       {"hapus salinan yang salah, atau gabungkan jawabannya dalam satu tempat", "remove the wrong copy, or bring the answers together in one place"},

	TableCode:            {"KODE", "CODE"},
	TableName:            {"NAMA UNIT", "UNIT NAME"},
	TableType:            {"JENIS", "TYPE"},
	TableScore:           {"NILAI", "SCORE"},
	TableGrade:           {"KATEGORI", "CATEGORY"},
	TableZone:            {"ZONA", "ZONE"},
	TableMet:             {"YA", "MET"},
	TablePartial:         {"SEBAGIAN", "PARTLY"},
	TableNotMet:          {"TIDAK", "NOT MET"},
	TableNA:              {"N/A", "N/A"},
	TableMissing:         {"KOSONG", "MISSING"},
	TableIncomplete:      {"belum lengkap", "incomplete"},
	TableUnits:           {"%d unit", "%d units"},
	TableNoZone:          {"tanpa zona %d", "no zone %d"},
	TableIncompleteCount: {"belum lengkap %d", "incomplete %d"},
	TableRegion:          {"nilai daerah (%d unit lengkap): %s — %s, zona %s", "region score (%d complete units): %s — %s, zone %s"},
	TableRegionNoZone:    {"nilai daerah (%d unit lengkap): %s — %s", "region score (%d complete units): %s — %s"},
	TableMissingHead:     {"Belum lengkap (indikator tanpa jawaban):", "Incomplete (unanswered indicators):"},
	TableMore:            {"dan %d lagi", "and %d more"},
	TableNothingApplies:  {"tidak ada indikator yang berlaku", "no indicator applies"},

	CLIError:                {"kesalahan", "error"},
	CLIHint:                 {"petunjuk", "hint"},
	CLINotice:               {"catatan", "note"},
	CLIMoreProblems:         {"dan %d masalah lagi tidak dicetak", "and %d more problems not printed"},
	HintBug:                 {"ini kesalahan kepatuhan sendiri; mohon laporkan beserta perintah dan berkasnya", "this is a bug in kepatuhan; please report it with the command and the files"},
	HintHelp:                {"lihat kepatuhan --help, atau kepatuhan PERINTAH --help", "see kepatuhan --help, or kepatuhan COMMAND --help"},
	FlagLang:                {"bahasa pesan dan laporan: id atau en (bawaan: id, atau KEPATUHAN_LANG)", "language of messages and reports: id or en (default: id, or KEPATUHAN_LANG)"},
	FlagOutput:              {"tulis ke BERKAS ini, bukan ke keluaran standar", "write to this FILE instead of standard output"},
	FlagRubric:              {"rubrik: id bawaan (lihat kepatuhan rubric list), ID@VARIAN, atau berkas .yaml", "rubric: a built-in id (see kepatuhan rubric list), ID@VARIANT, or a .yaml file"},
	FlagMixedPeriods:        {"terima unit dari beberapa tahun (Tahun) dalam satu penilaian", "accept units of several years (Tahun) in one run"},
	FlagForceRubric:         {"tetap nilai buku kerja yang menyebut rubrik lain dengan rubrik yang dipilih", "score workbooks that name another rubric with the chosen one anyway"},
	FlagFormat:              {"format keluaran: %s (bawaan: table, atau dari ekstensi -o)", "output format: %s (default: table, or from the -o extension)"},
	FlagPDF:                 {"tulis rapor PDF per unit ke FOLDER ini", "write a PDF report card per unit into this FOLDER"},
	FlagXLSX:                {"tulis buku kerja hasil ke BERKAS .xlsx ini", "write the results workbook to this .xlsx FILE"},
	FlagJobs:                {"jumlah berkas yang dibaca sekaligus (bawaan: jumlah CPU)", "how many files to read at once (default: the number of CPUs)"},
	HelpRootShort:           {"menilai kepatuhan standar pelayanan publik, tanpa internet", "scores public-service compliance assessments, offline"},
	HelpRootLong:            {"kepatuhan menilai kepatuhan unit pelayanan publik terhadap standar pelayanan\n(UU No. 25/2009): rubrik YAML berisi indikator, bobot dan pita nilai; formulir\nlapangan .xlsx; nilai, zona dan kategori per unit; rapor PDF; laporan tahunan;\nperbandingan antartahun; dan putaran verifikasi dengan berita acaranya. Semua\nberjalan di laptop, tanpa internet.\n\nMulai dengan:\n  kepatuhan rubric list                      rubrik bawaan\n  kepatuhan form --rubric ombudsman-2019 -o formulir.xlsx\n  kepatuhan score formulir-terisi.xlsx       nilai setiap unit\n\nPesan dan laporan berbahasa Indonesia; --lang en untuk bahasa Inggris.\n\nSTATUS KELUAR\n  0  selesai\n  1  kesalahan tak terduga (galat program, disk penuh, keluaran yang tak dapat ditulis)\n  2  penggunaan salah (perintah, opsi atau argumen)\n  3  masukan tidak sah (berkas, rubrik, koreksi, konfigurasi): tidak ada yang dinilai darinya, tidak ada berkas keluaran yang ditulis\n  4  score, report, berita-acara: dinilai, tetapi ada unit yang belum lengkap\n  5  diff: paling sedikit satu unit turun\n  6  score, report, berita-acara dengan --final: ada unit yang masih sementara (verifikasi belum selesai); tidak ada berkas yang ditulis", "kepatuhan scores public-service units' compliance with service standards\n(Law No. 25/2009): YAML rubrics of indicators, weights and bands; .xlsx field\nforms; per-unit scores, zones and categories; PDF report cards; the annual\nreport; year-over-year diffs; and verification rounds with their official\nminutes. Everything runs on a laptop, offline.\n\nStart with:\n  kepatuhan rubric list                      the built-in rubrics\n  kepatuhan form --rubric ombudsman-2019 -o form.xlsx\n  kepatuhan score filled-form.xlsx           score every unit\n\nMessages and reports are in Indonesian; --lang en for English.\n\nEXIT STATUS\n  0  done\n  1  unexpected error (a bug, a full disk, an output that could not be written)\n  2  wrong usage (command, flags or arguments)\n  3  invalid input (a file, a rubric, corrections, the configuration): nothing from it is scored, no output file is written\n  4  score, report, berita-acara: scored, but some units are incomplete\n  5  diff: at least one unit regressed\n  6  score, report, berita-acara with --final: some unit is still provisional (verification not finished); no file is written"},
	HelpRubricShort:         {"melihat, memeriksa dan mengekspor rubrik", "list, show, validate and export rubrics"},
	HelpRubricLong:          {"Rubrik adalah berkas YAML yang menyatakan apa yang dinilai dan bagaimana:\nkelompok berbobot, indikator, skala, pembulatan, pita nilai dan zona. Rubrik\nbawaan tertanam di program; daerah dapat menulis rubriknya sendiri, dimulai\ndari \"kepatuhan rubric export ID\".\n\nSTATUS KELUAR\n  0  berhasil\n  1  kesalahan tak terduga\n  2  penggunaan salah\n  3  rubrik tidak sah (semua masalahnya dicetak dengan baris:kolom)", "A rubric is a YAML file that says what is assessed and how: weighted groups,\nindicators, the scale, rounding, bands and zones. Built-in rubrics are embedded\nin the program; a district can write its own, starting from\n\"kepatuhan rubric export ID\".\n\nEXIT STATUS\n  0  success\n  1  unexpected error\n  2  wrong usage\n  3  invalid rubric (every problem is printed with line:column)"},
	HelpRubricListShort:     {"daftar rubrik bawaan", "list the built-in rubrics"},
	HelpRubricListLong:      {"Mendaftar rubrik bawaan beserta variannya.\n\nSTATUS KELUAR\n  0  berhasil\n  1  kesalahan tak terduga\n  2  penggunaan salah\n  3  rubrik tidak sah (semua masalahnya dicetak dengan baris:kolom)", "Lists the built-in rubrics and their variants.\n\nEXIT STATUS\n  0  success\n  1  unexpected error\n  2  wrong usage\n  3  invalid rubric (every problem is printed with line:column)"},
	HelpRubricShowShort:     {"ringkasan rubrik: kelompok, bobot, indikator, pita", "summary of a rubric: groups, weights, indicators, bands"},
	HelpRubricShowLong:      {"Menampilkan ringkasan rubrik bawaan (ID atau ID@VARIAN) atau berkas rubrik:\nsumber, skala, pita, jenis unit, pohon kelompok dan indikator dengan bobot\ndan bagiannya dari nilai total, serta asal setiap nilai.\n\nSTATUS KELUAR\n  0  berhasil\n  1  kesalahan tak terduga\n  2  penggunaan salah\n  3  rubrik tidak sah (semua masalahnya dicetak dengan baris:kolom)", "Shows a summary of a built-in rubric (ID or ID@VARIANT) or a rubric file:\nsources, scale, bands, unit types, the tree of groups and indicators with\ntheir weights and share of the total, and where each value comes from.\n\nEXIT STATUS\n  0  success\n  1  unexpected error\n  2  wrong usage\n  3  invalid rubric (every problem is printed with line:column)"},
	HelpRubricValidateShort: {"memeriksa berkas rubrik", "check rubric files"},
	HelpRubricValidateLong:  {"Memeriksa berkas rubrik dan mencetak SEMUA masalahnya, masing-masing dengan\nberkas:baris:kolom dan apa yang sah.\n\nSTATUS KELUAR\n  0  berhasil\n  1  kesalahan tak terduga\n  2  penggunaan salah\n  3  rubrik tidak sah (semua masalahnya dicetak dengan baris:kolom)", "Checks rubric files and prints ALL their problems, each with file:line:column\nand what would be valid.\n\nEXIT STATUS\n  0  success\n  1  unexpected error\n  2  wrong usage\n  3  invalid rubric (every problem is printed with line:column)"},
	HelpRubricExportShort:   {"mencetak YAML rubrik bawaan, titik awal rubrik daerah", "print a built-in rubric’s YAML, a starting point for your own"},
	HelpRubricExportLong:    {"Mencetak berkas YAML rubrik bawaan apa adanya (dengan komentar dan sumbernya).\nSimpan, ubah id-nya, sesuaikan, lalu periksa dengan kepatuhan rubric validate.\n\nSTATUS KELUAR\n  0  berhasil\n  1  kesalahan tak terduga\n  2  penggunaan salah\n  3  rubrik tidak sah (semua masalahnya dicetak dengan baris:kolom)", "Prints a built-in rubric’s YAML file as it is (with its comments and sources).\nSave it, change its id, adapt it, then check it with kepatuhan rubric validate.\n\nEXIT STATUS\n  0  success\n  1  unexpected error\n  2  wrong usage\n  3  invalid rubric (every problem is printed with line:column)"},
	HelpScoreShort:          {"menilai buku kerja observasi yang sudah diisi", "score filled observation workbooks"},
	HelpScoreLong:           {"Membaca buku kerja observasi (.xlsx dari Excel, LibreOffice, WPS, KoboToolbox,\nskrip…), ekspor formulir ponsel (KoboToolbox .xlsx/.csv, ODK Central\nsubmissions.csv.zip) atau folder berisinya, lalu menilai setiap unit dengan rubrik:\nnilai, kategori, zona, dan jumlah indikator terpenuhi / tidak / N/A / kosong.\nBerkas hasil JSON dari kepatuhan juga diterima.\n\nRubrik: --rubric, atau yang disebut buku kerja (label Rubrik), atau\nombudsman-2019. Semua masalah di sebuah berkas dicetak sekaligus, masing-masing\ndengan berkas › lembar › sel dan petunjuk. Unit dengan indikator tanpa jawaban\n\"belum lengkap\": tidak diberi nilai, dan sel yang kosong dicetak.\n\nKeluaran: tabel (berwarna di terminal), --format json (skema\nkepatuhan/results/v2, dibaca ulang oleh report dan diff) atau csv; -o BERKAS;\n--pdf FOLDER untuk rapor per unit; --xlsx BERKAS untuk buku kerja hasil. Berkas\nmasukan tidak pernah diubah; berkas keluaran ditulis utuh atau tidak sama sekali.\n\nPutaran verifikasi: kolom Jawaban Unit (penilaian mandiri) dan Jawaban Verifikator;\njawaban akhir adalah jawaban verifikator bila ada. Unit dengan indikator yang belum\ndiverifikasi bertanda SEMENTARA di setiap keluaran; --final menolaknya. --koreksi\nBERKAS menerapkan koreksi setelah klarifikasi atau keberatan (.yaml atau .xlsx),\nyang tercatat semuanya di hasil. --config: kop dan penanda tangan rapor.\n\nSTATUS KELUAR\n  0  selesai; semua unit dinilai\n  1  kesalahan tak terduga\n  2  penggunaan salah (opsi atau argumen)\n  3  masukan, koreksi atau konfigurasi tidak sah: tidak ada yang dinilai dari berkas itu, tidak ada hasil yang dicetak atau berkas keluaran yang ditulis\n  4  dinilai, tetapi ada unit yang belum lengkap\n  6  --final: ada unit yang masih sementara (verifikasi belum selesai); tidak ada berkas keluaran yang ditulis", "Reads observation workbooks (.xlsx from Excel, LibreOffice, WPS, KoboToolbox,\nscripts…), phone form exports (KoboToolbox .xlsx/.csv, ODK Central\nsubmissions.csv.zip) or folders of them, and scores every unit with the rubric: score,\ncategory, zone, and how many indicators are met / not met / N/A / missing.\nkepatuhan's results JSON files are accepted too.\n\nRubric: --rubric, else the one the workbook names (label Rubrik), else\nombudsman-2019. Every problem in a file is printed at once, each with\nfile › sheet › cell and a hint. A unit with unanswered indicators is\n\"incomplete\": it gets no score, and its empty cells are printed.\n\nOutput: a table (coloured on a terminal), --format json (schema\nkepatuhan/results/v2, read back by report and diff) or csv; -o FILE; --pdf\nFOLDER for a report card per unit; --xlsx FILE for the results workbook. Input\nfiles are never changed; output files are written whole or not at all.\n\nVerification round: Jawaban Unit (self-assessment) and Jawaban Verifikator columns;\nthe final answer is the verifier's where given. A unit with indicators not yet\nverified is marked PROVISIONAL (SEMENTARA) on every output; --final refuses it.\n--koreksi FILE applies corrections made after clarification or objection (.yaml or\n.xlsx), every one kept in the results. --config: the cards' letterhead and signatories.\n\nEXIT STATUS\n  0  done; every unit scored\n  1  unexpected error\n  2  wrong usage (flags or arguments)\n  3  invalid input, corrections or configuration: nothing from that file is scored, no result is printed and no output file is written\n  4  scored, but some units are incomplete\n  6  --final: some unit is still provisional (verification not finished); no output file is written"},
	HelpScoreExample:        {"  kepatuhan score testdata/example/penilaian-2024.xlsx\n  kepatuhan score folder-penilaian/ --rubric ombudsman-2023 --format json -o hasil.json\n  kepatuhan score penilaian.xlsx --pdf rapor/ --xlsx hasil.xlsx", "  kepatuhan score testdata/example/penilaian-2024.xlsx\n  kepatuhan score assessments/ --rubric ombudsman-2023 --format json -o results.json\n  kepatuhan score assessment.xlsx --pdf cards/ --xlsx results.xlsx --lang en"},
	ListID:                  {"ID", "ID"},
	ListVersion:             {"VERSI", "VERSION"},
	ListScale:               {"SKALA", "SCALE"},
	ListKind:                {"JENIS", "KIND"},
	ListIndicators:          {"INDIKATOR", "INDICATORS"},
	ListTitle:               {"JUDUL", "TITLE"},
	ListDefault:             {"Rubrik bawaan bila tidak disebut: %s. Pakai ID@VARIAN untuk varian.", "Default rubric when none is named: %s. Use ID@VARIANT for a variant."},
	KindObservation:         {"observasi", "observation"},
	KindSurvey:              {"survei", "survey"},
	KindMixed:               {"campuran", "mixed"},
	ShowIdentity:            {"versi %s · %s · hash %s", "version %s · %s · hash %s"},
	ShowSources:             {"Sumber:", "Sources:"},
	ShowScale:               {"Skala %s–%s, aturan %s, %d desimal, pembulatan %s", "Scale %s–%s, rule %s, %d decimals, rounding %s"},
	ShowFactor:              {"Faktor: %s × Σ bobot × nilai", "Factor: %s × Σ weight × value"},
	ShowBands:               {"Pita nilai (dibandingkan dengan nilai yang sudah dibulatkan):", "Bands (compared with the rounded score):"},
	ShowUnitTypes:           {"Jenis unit:", "Unit types:"},
	ShowTree:                {"Struktur (bobot; bagian dari nilai total bila semua indikator berlaku):", "Structure (weight; share of the total when every indicator applies):"},
	ShowWeight:              {"bobot %s", "weight %s"},
	ShowSharesWeightedSum:   {"(rule weighted-sum: bobot dipakai apa adanya, bagian di atas hanya perbandingan)", "(rule weighted-sum: weights are used as printed; the shares above only compare them)"},
	ShowVariants:            {"Varian:", "Variants:"},
	ShowProvenance:          {"Asal nilai (published = dari sumber; local = pilihan penyusun; unverified = belum diperiksa):", "Where the values come from (published = from the source; local = the author’s choice; unverified = not checked):"},
	ValidateOK:              {"ok: %s — rubrik %s versi %s, %d indikator, hash %s", "ok: %s — rubric %s version %s, %d indicators, hash %s"},
	ScoreInvalid:            {"masukan tidak sah (%d berkas ditolak); tidak ada berkas keluaran yang ditulis", "invalid input (%d files rejected); no output file written"},
	ScoreWrote:              {"ditulis: %s (%d unit)", "wrote %s (%d units)"},
	ProgressFiles:           {"%d/%d berkas", "%d/%d files"},

	FlagUnits:       {"daftar unit (.csv atau .xlsx) dengan kolom Kode Unit, Nama Unit, Jenis Unit, …; satu lembar formulir per unit", "unit list (.csv or .xlsx) with columns Kode Unit, Nama Unit, Jenis Unit, …; one form sheet per unit"},
	FlagLayout:      {"bentuk lembar Responden untuk rubrik survei: wide (satu baris per responden) atau long (satu baris per jawaban)", "layout of the Responden sheet for survey rubrics: wide (a row per respondent) or long (a row per answer)"},
	FlagRespondents: {"jumlah baris responden kosong per unit (rubrik survei)", "blank respondent rows per unit (survey rubrics)"},
	HelpFormShort:   {"menulis formulir lapangan kosong (.xlsx) dari rubrik", "write blank field forms (.xlsx) from a rubric"},
	HelpFormLong: {"Menulis buku kerja formulir observasi: lembar Petunjuk, satu lembar per unit\n(dari --units) dengan blok kepala terisi, satu baris per indikator dengan\ndaftar pilihan jawaban dan panduan tiap level, siap cetak A4. Rubrik survei\nmendapat lembar Responden. Rubrik dan versinya dicatat di formulir, sehingga\n\"kepatuhan score\" memakai rubrik yang sama.\n\nDengan --xlsform: formulir ponsel (XLSForm) untuk KoboToolbox dan ODK Collect,\nyang ekspornya dinilai dengan \"kepatuhan score\".\n\nPutaran verifikasi: --tahap mandiri menulis formulir penilaian mandiri (kolom\nJawaban Unit); --tahap verifikasi BERKAS... menulis formulir verifikator dari\npenilaian mandiri yang sudah diisi unit: jawaban, catatan dan bukti unit terkunci,\nkolom Jawaban Verifikator dan Catatan Verifikasi terbuka.\n\nSTATUS KELUAR\n  0  formulir ditulis\n  1  kesalahan tak terduga\n  2  penggunaan salah\n  3  rubrik atau daftar unit tidak sah (semua masalahnya dicetak)",
		"Writes an observation form workbook: a Petunjuk (instructions) sheet, one\nsheet per unit (from --units) with its header block filled, one row per\nindicator with a drop-down of the accepted answers and the guidance for each\nlevel, ready to print on A4. Survey rubrics get a Responden sheet. The rubric\nand its version are recorded in the form, so \"kepatuhan score\" uses the same.\n\nWith --xlsform: a phone form (XLSForm) for KoboToolbox and ODK Collect, whose\nexports \"kepatuhan score\" scores.\n\nVerification round: --tahap mandiri writes the self-assessment form (a Jawaban\nUnit column); --tahap verifikasi FILE... writes the verifier's form from the units'\nfilled self-assessments: their answers, notes and evidence locked, the Jawaban\nVerifikator and Catatan Verifikasi columns open.\n\nEXIT STATUS\n  0  form written\n  1  unexpected error\n  2  wrong usage\n  3  invalid rubric or unit list (every problem is printed)"},
	HelpFormExample: {"  kepatuhan form --rubric ombudsman-2019 --units unit.csv -o formulir-2025.xlsx\n  kepatuhan form --rubric skm-2017 --units unit.xlsx --respondents 50 -o skm.xlsx", "  kepatuhan form --rubric ombudsman-2019 --units units.csv -o form-2025.xlsx --lang en\n  kepatuhan form --rubric skm-2017 --units units.xlsx --respondents 50 -o skm.xlsx"},
	FlagHelp:        {"bantuan untuk perintah ini", "help for this command"},
	ScoreWroteCards: {"ditulis: %d rapor PDF di %s", "wrote %d PDF report cards in %s"},
	ScoreWroteBook:  {"ditulis: buku kerja hasil %s", "wrote the results workbook %s"},
	FormNeedOutput:  {"sebutkan berkas keluaran dengan -o FORMULIR.xlsx", "name the output file with -o FORM.xlsx"},
	FormWrote:       {"ditulis: %s (rubrik %s versi %s, %d lembar unit)", "wrote %s (rubric %s version %s, %d unit sheets)"},

	HintDidYouMean:         {"maksud Anda %q?", "did you mean %q?"},
	HintValidKeys:          {"kunci yang sah di sini: %s", "valid keys here: %s"},
	HintValidValues:        {"nilai yang sah: %s", "valid values: %s"},
	HintWrite:              {"tulis: %s", "write: %s"},
	HintRubricID:           {"pakai huruf kecil, angka, titik, garis bawah dan tanda hubung, mis. langkat-desa-2025", "use lower-case letters, digits, dots, underscores and dashes, e.g. langkat-desa-2025"},
	HintCode:               {"kode berisi huruf, angka dan . _ - / tanpa spasi, mis. SP-01", "a code holds letters, digits and . _ - / without spaces, e.g. SP-01"},
	HintRange:              {"nilai yang sah: %v sampai %v", "valid values: %v to %v"},
	HintDecimalPoint:       {"di YAML angka desimal memakai titik: 0.5, bukan 0,5", "YAML numbers use a decimal point: 0.5, not 0,5"},
	HintTrueFalse:          {"tulis true atau false", "write true or false"},
	HintNoMerge:            {"tulis ulang kuncinya, atau pakai anchor (&nama) dan alias (*nama) untuk seluruh nilai", "write the keys out, or use an anchor (&name) and alias (*name) for a whole value"},
	HintFactor:             {"mis. factor: 25 untuk SKM (IKM × 25)", "e.g. factor: 25 for SKM (IKM × 25)"},
	HintBandCover:          {"pita terendah harus mulai di min skala (%s)", "the lowest band must start at the scale's min (%s)"},
	HintBandMax:            {"max pita ini seharusnya %s, atau hapus max agar dihitung otomatis", "this band's max should be %s, or drop max to have it derived"},
	HintColor:              {"tulis warna sebagai #RRGGBB, mis. #2E7D32", "write a colour as #RRGGBB, e.g. #2E7D32"},
	HintShare:              {"pangsa ditulis sebagai pecahan 0 sampai 1, mis. 0.8 untuk 80%", "write a share as a fraction from 0 to 1, e.g. 0.8 for 80%"},
	HintGroupsOrIndicators: {"sebuah kelompok berisi groups (subkelompok) atau indicators, tidak keduanya", "a group holds either groups (subgroups) or indicators, not both"},
	HintSeeFormat:          {"lihat bagian \"Format rubrik\" di README", "see \"Rubric format\" in the README"},
	HintKindSurvey:         {"tulis kind: survey (semua indikator survei) atau kind: mixed", "write kind: survey (every indicator surveyed) or kind: mixed"},
	HintPoints:             {"nilai ditulis sebagai pecahan bobot: 0 sampai 1", "points are a fraction of the weight: 0 to 1"},
	HintLinear:             {"rule linear memerlukan zero_at (nilai yang memberi 0) dan full_at (nilai yang memberi bobot penuh), berbeda", "rule linear needs zero_at (the value worth 0) and full_at (the value worth the full weight), different"},
	HintThresholdStart:     {"ambang pertama menentukan nilai untuk %s ke atas", "the first threshold sets the fraction from %s up"},
	HintDeclareUnitTypes:   {"daftarkan jenis unit di unit_types", "declare the unit types under unit_types"},
	HintWeightedSum:        {"weighted-sum menjumlahkan bobot tercetak tanpa normalisasi ulang; pakai rule linear untuk N/A atau indikator per jenis unit", "weighted-sum adds the printed weights without renormalising; use rule linear for N/A or per-type indicators"},
	HintNoVariants:         {"rubrik ini tidak punya varian", "this rubric has no variants"},
	HintBuiltins:           {"rubrik bawaan: %s (lihat kepatuhan rubric list)", "built-in rubrics: %s (see kepatuhan rubric list)"},
	HintRubricRef:          {"--rubric menerima id rubrik bawaan (lihat kepatuhan rubric list) atau path berkas .yaml", "--rubric takes a built-in rubric id (see kepatuhan rubric list) or the path of a .yaml file"},
}
