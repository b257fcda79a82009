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
	HintShare:              {"pangsa ditulis sebagai pecahan 0 sampai 1, mis. 0.8 untuk 80%%", "write a share as a fraction from 0 to 1, e.g. 0.8 for 80%%"},
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
