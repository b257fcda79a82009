package msg

// Words of `kepatuhan diff` (package diff and its command): what is and
// is not comparable between two runs, the table, the workbook, the PDF
// and the command's help. Column headings and labels start with a capital
// letter (the terminal table upper-cases them); messages start lower-case.

// Message keys: comparability notes.
const (
	DiffNoteSameRubric      Key = "diff.note.same-rubric"
	DiffNoteEditedRubric    Key = "diff.note.edited-rubric"
	DiffNoteVersion         Key = "diff.note.version"
	DiffNoteDifferentRubric Key = "diff.note.different-rubric"
	DiffNoteScores          Key = "diff.note.scores"
	DiffNoteScoresMethod    Key = "diff.note.scores-method"
	DiffNoteNoScores        Key = "diff.note.no-scores"
	DiffNoteZones           Key = "diff.note.zones"
	DiffNoteZoneBounds      Key = "diff.note.zone-bounds"
	DiffNoteNoZones         Key = "diff.note.no-zones"
	DiffNoteIndicators      Key = "diff.note.indicators"
	DiffNoteNoIndicators    Key = "diff.note.no-indicators"
	DiffNoteWeights         Key = "diff.note.weights"
	DiffNoteTypes           Key = "diff.note.types"
)

// Message keys: headings, columns and words of the outputs.
const (
	DiffTitle         Key = "diff.title"
	DiffOld           Key = "diff.old"
	DiffNew           Key = "diff.new"
	DiffSideLine      Key = "diff.side-line"
	DiffComparability Key = "diff.comparability"
	DiffUnitsTitle    Key = "diff.units-title"
	DiffNoUnits       Key = "diff.no-units"

	DiffColStatus     Key = "diff.col.status"
	DiffColReason     Key = "diff.col.reason"
	DiffColCode       Key = "diff.col.code"
	DiffColName       Key = "diff.col.name"
	DiffColType       Key = "diff.col.type"
	DiffColOld        Key = "diff.col.old"
	DiffColNew        Key = "diff.col.new"
	DiffColOldScore   Key = "diff.col.old-score"
	DiffColNewScore   Key = "diff.col.new-score"
	DiffColOldGrade   Key = "diff.col.old-grade"
	DiffColNewGrade   Key = "diff.col.new-grade"
	DiffColOldZone    Key = "diff.col.old-zone"
	DiffColNewZone    Key = "diff.col.new-zone"
	DiffColDelta      Key = "diff.col.delta"
	DiffColZone       Key = "diff.col.zone"
	DiffColIndicators Key = "diff.col.indicators"
	DiffColFlags      Key = "diff.col.flags"
	DiffColIndicator  Key = "diff.col.indicator"
	DiffColOldCodes   Key = "diff.col.old-codes"
	DiffColMatch      Key = "diff.col.match"
	DiffColText       Key = "diff.col.text"
	DiffColOldShare   Key = "diff.col.old-share"
	DiffColNewShare   Key = "diff.col.new-share"
	DiffColOldType    Key = "diff.col.old-type"
	DiffColNewType    Key = "diff.col.new-type"
	DiffColCompared   Key = "diff.col.compared"
	DiffColDown       Key = "diff.col.down"
	DiffColUp         Key = "diff.col.up"
	DiffColDownUnits  Key = "diff.col.down-units"
	DiffColUpUnits    Key = "diff.col.up-units"
	DiffColFrom       Key = "diff.col.from"
	DiffColTo         Key = "diff.col.to"
	DiffColDirection  Key = "diff.col.direction"
	DiffColIndDown    Key = "diff.col.ind-down"
	DiffColIndUp      Key = "diff.col.ind-up"

	DiffStatusRegressed     Key = "diff.status.regressed"
	DiffStatusImproved      Key = "diff.status.improved"
	DiffStatusUnchanged     Key = "diff.status.unchanged"
	DiffStatusNotComparable Key = "diff.status.not-comparable"
	DiffStatusAdded         Key = "diff.status.added"
	DiffStatusRemoved       Key = "diff.status.removed"

	DiffReasonZoneDown         Key = "diff.reason.zone-down"
	DiffReasonBecameIncomplete Key = "diff.reason.became-incomplete"
	DiffReasonScoreDown        Key = "diff.reason.score-down"
	DiffReasonZoneUp           Key = "diff.reason.zone-up"
	DiffReasonScoreUp          Key = "diff.reason.score-up"
	DiffReasonSameScore        Key = "diff.reason.same-score"
	DiffReasonSameZone         Key = "diff.reason.same-zone"
	DiffReasonOldIncomplete    Key = "diff.reason.old-incomplete"
	DiffReasonBothIncomplete   Key = "diff.reason.both-incomplete"
	DiffReasonNoCommonMeasure  Key = "diff.reason.no-common-measure"
	DiffReasonOnlyNew          Key = "diff.reason.only-new"
	DiffReasonOnlyOld          Key = "diff.reason.only-old"

	DiffFlagJump        Key = "diff.flag.jump"
	DiffFlagZoneLeap    Key = "diff.flag.zone-leap"
	DiffFlagTypeChanged Key = "diff.flag.type-changed"

	DiffIncomplete    Key = "diff.incomplete"
	DiffSummary       Key = "diff.summary"
	DiffLegendJump    Key = "diff.legend.jump"
	DiffLegendLeap    Key = "diff.legend.zone-leap"
	DiffLegendType    Key = "diff.legend.type-changed"
	DiffLegendBecame  Key = "diff.legend.became-incomplete"
	DiffMatrixTitle   Key = "diff.matrix.title"
	DiffMatrixOldNew  Key = "diff.matrix.old-new"
	DiffCatNoZone     Key = "diff.cat.no-zone"
	DiffCatIncomplete Key = "diff.cat.incomplete"
	DiffCatAbsent     Key = "diff.cat.absent"
	DiffRegionTitle   Key = "diff.region.title"
	DiffRegionLine    Key = "diff.region.line"
	DiffRegionSide    Key = "diff.region.side"
	DiffRegionNone    Key = "diff.region.none"
	DiffNotSubtracted Key = "diff.not-subtracted"

	DiffIndTitle      Key = "diff.ind.title"
	DiffIndNone       Key = "diff.ind.none"
	DiffIndMore       Key = "diff.ind.more"
	DiffIndOnlyNew    Key = "diff.ind.only-new"
	DiffIndOnlyOld    Key = "diff.ind.only-old"
	DiffIndChanged    Key = "diff.ind.changed"
	DiffIndWeight     Key = "diff.ind.weight"
	DiffIndType       Key = "diff.ind.type"
	DiffIndMet        Key = "diff.ind.met"
	DiffIndPartial    Key = "diff.ind.partial"
	DiffIndNotMet     Key = "diff.ind.not-met"
	DiffMatchSame     Key = "diff.match.same"
	DiffMatchRenamed  Key = "diff.match.renamed"
	DiffMatchMerged   Key = "diff.match.merged"
	DiffMatchSplit    Key = "diff.match.split"
	DiffMatchAdded    Key = "diff.match.added"
	DiffMatchRemoved  Key = "diff.match.removed"
	DiffDirectionDown Key = "diff.direction.down"
	DiffDirectionUp   Key = "diff.direction.up"
	DiffFlipsTitle    Key = "diff.flips.title"
	DiffNoFlips       Key = "diff.flips.none"

	DiffSheetSummary    Key = "diff.sheet.summary"
	DiffSheetUnits      Key = "diff.sheet.units"
	DiffSheetIndicators Key = "diff.sheet.indicators"
	DiffSheetFlips      Key = "diff.sheet.flips"
	DiffLabelRubric     Key = "diff.label.rubric"
	DiffLabelTitle      Key = "diff.label.title"
	DiffLabelVersion    Key = "diff.label.version"
	DiffLabelHash       Key = "diff.label.hash"
	DiffLabelScale      Key = "diff.label.scale"
	DiffLabelInputs     Key = "diff.label.inputs"
	DiffLabelUnits      Key = "diff.label.units"
	DiffLabelTool       Key = "diff.label.tool"
	DiffLabelJump       Key = "diff.label.jump"
	DiffLabelCount      Key = "diff.label.count"
	DiffLabelRegion     Key = "diff.label.region"
	DiffLabelRegionDiff Key = "diff.label.region-delta"
	DiffLabelNote       Key = "diff.label.note"
)

// Message keys: the command.
const (
	HelpDiffShort   Key = "help.diff.short"
	HelpDiffLong    Key = "help.diff.long"
	HelpDiffExample Key = "help.diff.example"
	FlagDiffRubric  Key = "flag.diff.rubric"
	FlagOldRubric   Key = "flag.diff.old-rubric"
	FlagNewRubric   Key = "flag.diff.new-rubric"
	FlagJump        Key = "flag.diff.jump"
	DiffWrote       Key = "diff.wrote"
	DiffInvalid     Key = "diff.invalid"
	DiffNeedsOutput Key = "diff.needs-output"
	DiffBadJump     Key = "diff.bad-jump"
)

func init() {
	for k, e := range map[Key]entry{
		DiffNoteSameRubric:      {"rubrik sama di kedua sisi: %s versi %s (hash %s)", "the same rubric on both sides: %s version %s (hash %s)"},
		DiffNoteEditedRubric:    {"rubrik %s versi %s diubah tanpa mengganti versinya (hash lama %s, baru %s): periksa apa yang berubah sebelum membandingkan", "rubric %s version %s was edited without a new version (old hash %s, new %s): check what changed before comparing"},
		DiffNoteVersion:         {"versi rubrik berbeda: %s %s → %s", "the rubric's versions differ: %s %s → %s"},
		DiffNoteDifferentRubric: {"rubrik berbeda: %s %s → %s %s; metode penilaiannya berubah", "different rubrics: %s %s → %s %s; the assessment method changed"},
		DiffNoteScores:          {"nilai dibandingkan: skalanya sama (%s)", "scores compared: the same scale (%s)"},
		DiffNoteScoresMethod:    {"selisih nilai juga memuat perubahan rubrik, bukan hanya perubahan unit", "score changes include the change of rubric, not only the units' change"},
		DiffNoteNoScores:        {"nilai tidak dikurangkan: skalanya berbeda (%s lawan %s)", "scores are not subtracted: the scales differ (%s vs %s)"},
		DiffNoteZones:           {"zona dibandingkan, batasnya sama: %s", "zones compared, with the same bounds: %s"},
		DiffNoteZoneBounds:      {"zona dibandingkan menurut namanya, tetapi batasnya berbeda (lama: %s; baru: %s): perpindahan zona bisa karena batasnya, bukan nilainya", "zones compared by name, but their bounds differ (old: %s; new: %s): a zone change may come from the bounds, not the score"},
		DiffNoteNoZones:         {"zona tidak dibandingkan: rubrik %s tidak memakai zona", "zones not compared: rubric %s has no zones"},
		DiffNoteIndicators:      {"indikator: %d cocok (%d lewat kode yang digantikan), %d hanya di rubrik baru, %d hanya di rubrik lama", "indicators: %d matched (%d through the codes they replace), %d only in the new rubric, %d only in the old"},
		DiffNoteNoIndicators:    {"tidak ada indikator yang cocok (%d hanya di rubrik baru, %d hanya di rubrik lama): indikator tidak dibandingkan", "no indicator matches (%d only in the new rubric, %d only in the old): indicators are not compared"},
		DiffNoteWeights:         {"bobot berubah (%d indikator): %s", "weights changed (indicators: %d): %s"},
		DiffNoteTypes:           {"jenis jawaban berubah (%d indikator): %s", "answer types changed (indicators: %d): %s"},

		DiffTitle:         {"Perbandingan hasil penilaian", "Comparison of assessment results"},
		DiffOld:           {"Lama", "Old"},
		DiffNew:           {"Baru", "New"},
		DiffSideLine:      {"%s: %s versi %s · hash %s · berkas: %d · unit: %d", "%s: %s version %s · hash %s · files: %d · units: %d"},
		DiffComparability: {"Keterbandingan", "Comparability"},
		DiffUnitsTitle:    {"Unit (yang turun lebih dulu)", "Units (regressions first)"},
		DiffNoUnits:       {"tidak ada unit", "no units"},

		DiffColStatus:     {"Status", "Status"},
		DiffColReason:     {"Alasan", "Reason"},
		DiffColCode:       {"Kode", "Code"},
		DiffColName:       {"Nama unit", "Unit name"},
		DiffColType:       {"Jenis", "Type"},
		DiffColOld:        {"Lama", "Old"},
		DiffColNew:        {"Baru", "New"},
		DiffColOldScore:   {"Nilai lama", "Old score"},
		DiffColNewScore:   {"Nilai baru", "New score"},
		DiffColOldGrade:   {"Kategori lama", "Old grade"},
		DiffColNewGrade:   {"Kategori baru", "New grade"},
		DiffColOldZone:    {"Zona lama", "Old zone"},
		DiffColNewZone:    {"Zona baru", "New zone"},
		DiffColDelta:      {"Selisih", "Change"},
		DiffColZone:       {"Zona", "Zone"},
		DiffColIndicators: {"Indikator ↓↑", "Indicators ↓↑"},
		DiffColFlags:      {"Tanda", "Flags"},
		DiffColIndicator:  {"Indikator", "Indicator"},
		DiffColOldCodes:   {"Kode lama", "Old code"},
		DiffColMatch:      {"Kecocokan", "Match"},
		DiffColText:       {"Uraian", "Text"},
		DiffColOldShare:   {"Bobot lama", "Old weight"},
		DiffColNewShare:   {"Bobot baru", "New weight"},
		DiffColOldType:    {"Jenis lama", "Old type"},
		DiffColNewType:    {"Jenis baru", "New type"},
		DiffColCompared:   {"Dibandingkan", "Compared"},
		DiffColDown:       {"Turun", "Down"},
		DiffColUp:         {"Naik", "Up"},
		DiffColDownUnits:  {"Unit yang turun", "Units down"},
		DiffColUpUnits:    {"Unit yang naik", "Units up"},
		DiffColFrom:       {"Dari", "From"},
		DiffColTo:         {"Menjadi", "To"},
		DiffColDirection:  {"Arah", "Direction"},
		DiffColIndDown:    {"Indikator turun", "Indicators down"},
		DiffColIndUp:      {"Indikator naik", "Indicators up"},

		DiffStatusRegressed:     {"turun", "regressed"},
		DiffStatusImproved:      {"naik", "improved"},
		DiffStatusUnchanged:     {"tetap", "unchanged"},
		DiffStatusNotComparable: {"tak terbanding", "not comparable"},
		DiffStatusAdded:         {"ditambah", "added"},
		DiffStatusRemoved:       {"dihapus", "removed"},

		DiffReasonZoneDown:         {"zona turun", "zone down"},
		DiffReasonBecameIncomplete: {"menjadi belum lengkap", "became incomplete"},
		DiffReasonScoreDown:        {"nilai turun", "score down"},
		DiffReasonZoneUp:           {"zona naik", "zone up"},
		DiffReasonScoreUp:          {"nilai naik", "score up"},
		DiffReasonSameScore:        {"nilai sama", "same score"},
		DiffReasonSameZone:         {"zona sama (skala berbeda)", "same zone (different scales)"},
		DiffReasonOldIncomplete:    {"belum lengkap di penilaian lama", "incomplete in the old run"},
		DiffReasonBothIncomplete:   {"belum lengkap di keduanya", "incomplete in both runs"},
		DiffReasonNoCommonMeasure:  {"skala berbeda dan tanpa zona", "different scales and no zones"},
		DiffReasonOnlyNew:          {"hanya di penilaian baru", "only in the new run"},
		DiffReasonOnlyOld:          {"hanya di penilaian lama", "only in the old run"},

		DiffFlagJump:        {"lonjakan", "jump"},
		DiffFlagZoneLeap:    {"lompat zona", "zone leap"},
		DiffFlagTypeChanged: {"jenis unit berubah", "unit type changed"},

		DiffIncomplete:    {"belum lengkap", "incomplete"},
		DiffSummary:       {"unit: %d · turun %d · naik %d · tetap %d · tak terbanding %d · ditambah %d · dihapus %d", "units: %d · regressed %d · improved %d · unchanged %d · not comparable %d · added %d · removed %d"},
		DiffLegendJump:    {"lonjakan: naik lebih dari %s poin skala; periksa bukti dukungnya", "jump: gained more than %s points of the scale; check the evidence"},
		DiffLegendLeap:    {"lompat zona: dari merah langsung ke hijau; periksa bukti dukungnya", "zone leap: from merah straight to hijau; check the evidence"},
		DiffLegendType:    {"jenis unit berubah: indikator yang berlaku bisa berbeda", "unit type changed: different indicators may apply"},
		DiffLegendBecame:  {"unit yang menjadi belum lengkap dihitung turun: nilainya tidak lagi terbit", "a unit that became incomplete counts as regressed: it no longer has a published score"},
		DiffMatrixTitle:   {"Perpindahan zona", "Zone transitions"},
		DiffMatrixOldNew:  {"lama ↓ / baru →", "old ↓ / new →"},
		DiffCatNoZone:     {"tanpa zona", "no zone"},
		DiffCatIncomplete: {"belum lengkap", "incomplete"},
		DiffCatAbsent:     {"tidak ada", "absent"},
		DiffRegionTitle:   {"Nilai wilayah", "Region score"},
		DiffRegionLine:    {"nilai wilayah: lama %s · baru %s · selisih %s", "region score: old %s · new %s · change %s"},
		DiffRegionSide:    {"%s (%s, n = %d)", "%s (%s, n = %d)"},
		DiffRegionNone:    {"tidak ada unit lengkap", "no complete unit"},
		DiffNotSubtracted: {"tidak dihitung (skala berbeda)", "not computed (different scales)"},

		DiffIndTitle:      {"Indikator yang berubah status (turun: ke arah tidak terpenuhi)", "Indicators that changed status (down: towards not met)"},
		DiffIndNone:       {"tidak ada indikator yang berubah status", "no indicator changed status"},
		DiffIndMore:       {"… %d lagi", "… %d more"},
		DiffIndOnlyNew:    {"indikator hanya di rubrik baru: %s", "indicators only in the new rubric: %s"},
		DiffIndOnlyOld:    {"indikator hanya di rubrik lama: %s", "indicators only in the old rubric: %s"},
		DiffIndChanged:    {"bobot atau jenis jawaban berubah:", "weight or answer type changed:"},
		DiffIndWeight:     {"bobot %s → %s", "weight %s → %s"},
		DiffIndType:       {"jenis %s → %s", "type %s → %s"},
		DiffIndMet:        {"terpenuhi", "met"},
		DiffIndPartial:    {"sebagian", "partly met"},
		DiffIndNotMet:     {"tidak terpenuhi", "not met"},
		DiffMatchSame:     {"sama", "same"},
		DiffMatchRenamed:  {"ganti kode", "renamed"},
		DiffMatchMerged:   {"gabungan", "merged"},
		DiffMatchSplit:    {"pecahan", "split"},
		DiffMatchAdded:    {"baru", "added"},
		DiffMatchRemoved:  {"dihapus", "removed"},
		DiffDirectionDown: {"turun", "down"},
		DiffDirectionUp:   {"naik", "up"},
		DiffFlipsTitle:    {"Perubahan indikator per unit", "Indicator changes by unit"},
		DiffNoFlips:       {"tidak ada perubahan indikator", "no indicator changes"},

		DiffSheetSummary:    {"Ringkasan", "Summary"},
		DiffSheetUnits:      {"Unit", "Units"},
		DiffSheetIndicators: {"Indikator", "Indicators"},
		DiffSheetFlips:      {"Perubahan", "Changes"},
		DiffLabelRubric:     {"Rubrik", "Rubric"},
		DiffLabelTitle:      {"Judul", "Title"},
		DiffLabelVersion:    {"Versi", "Version"},
		DiffLabelHash:       {"Hash rubrik", "Rubric hash"},
		DiffLabelScale:      {"Skala", "Scale"},
		DiffLabelInputs:     {"Berkas masukan (SHA-256)", "Input files (SHA-256)"},
		DiffLabelUnits:      {"Unit", "Units"},
		DiffLabelTool:       {"Dibuat dengan", "Made with"},
		DiffLabelJump:       {"Ambang lonjakan", "Jump threshold"},
		DiffLabelCount:      {"Jumlah", "Count"},
		DiffLabelRegion:     {"Nilai wilayah", "Region score"},
		DiffLabelRegionDiff: {"Selisih nilai wilayah", "Region score change"},
		DiffLabelNote:       {"Catatan", "Note"},

		HelpDiffShort: {"membandingkan dua penilaian: unit yang turun, naik, dan masuk zona merah", "compare two assessments: which units regressed, improved, or fell into the red zone"},
		HelpDiffLong: {"Membandingkan penilaian LAMA dengan yang BARU (misalnya tahun lalu dan tahun ini).\n" +
			"Setiap sisi adalah buku kerja observasi, berkas hasil JSON, atau folder berisi\n" +
			"keduanya; buku kerja dinilai dengan --rubric, atau --old-rubric / --new-rubric bila\n" +
			"rubrik tahunnya berbeda.\n\n" +
			"Unit dicocokkan menurut kodenya (huruf besar-kecil dan spasi diabaikan); indikator\n" +
			"menurut kodenya dan daftar replaces di rubrik baru. Di atas tabel, blok\n" +
			"keterbandingan mengatakan apa yang dapat dan tidak dapat dibandingkan: rubrik atau\n" +
			"versi yang berbeda, rubrik yang diubah tanpa ganti versi, bobot atau jenis jawaban\n" +
			"yang berubah. Nilai pada skala yang berbeda (misalnya 0–100 dan indeks 0–5) tidak\n" +
			"pernah dikurangkan; zona dan indikator tetap dibandingkan.\n\n" +
			"Unit yang turun dicetak lebih dulu: zona turun (merah < kuning < hijau), lalu unit\n" +
			"yang menjadi belum lengkap, lalu penurunan nilai terbesar; kemudian yang naik, yang\n" +
			"tetap, yang tak terbanding, yang ditambah dan yang dihapus. Lalu matriks perpindahan\n" +
			"zona, nilai wilayah, dan indikator yang berubah status. Tanda \"lonjakan\": naik\n" +
			"lebih dari --jump poin skala (bawaan: 30 persen rentang skala, yaitu 30 pada 0–100\n" +
			"dan 1,5 pada 0–5); \"lompat zona\": dari merah langsung ke hijau.\n\n" +
			"Keluaran: tabel, --format json (skema kepatuhan/diff/v1) atau csv; -o BERKAS, dengan\n" +
			"format dari ekstensinya: .json, .csv, .xlsx (buku kerja) atau .pdf.\n\n" +
			"--self-vs-verified HASIL: membandingkan penilaian mandiri unit dengan hasil verifikasinya,\n" +
			"dari satu masukan; \"diturunkan\" berarti verifikator menilai lebih rendah (status 5).\n" +
			"Unit yang hasilnya masih sementara diberi tanda \"sementara\".\n\n" +
			"STATUS KELUAR\n" +
			"  0  selesai; tidak ada unit yang turun\n" +
			"  1  kesalahan tak terduga\n" +
			"  2  penggunaan salah (opsi atau argumen)\n" +
			"  3  masukan tidak sah: tidak ada berkas keluaran yang ditulis\n" +
			"  5  selesai; sedikitnya satu unit turun",
			"Compares an OLD assessment with a NEW one (last year's and this year's, say). Each\n" +
				"side is an observation workbook, a results JSON file, or a folder of them;\n" +
				"workbooks are scored with --rubric, or --old-rubric / --new-rubric when the\n" +
				"years' rubrics differ.\n\n" +
				"Units match by code (case and spaces ignored); indicators by code and the new\n" +
				"rubric's replaces lists. Above the table, a comparability block says what is and\n" +
				"is not comparable: different rubrics or versions, a rubric edited without a new\n" +
				"version, changed weights or answer types. Scores on different scales (say 0–100\n" +
				"and the 0–5 index) are never subtracted; zones and indicators still compare.\n\n" +
				"Regressions are printed first: zone drops (merah < kuning < hijau), then units\n" +
				"that became incomplete, then the largest score drops; then improvements,\n" +
				"unchanged, not comparable, added and removed units. Then the zone transition\n" +
				"matrix, the region's score, and the indicators that changed status. Flag \"jump\":\n" +
				"gained more than --jump points of the scale (default: 30 percent of the scale's\n" +
				"range, that is 30 on 0–100 and 1.5 on 0–5); \"zone leap\": merah straight to hijau.\n\n" +
				"Output: a table, --format json (schema kepatuhan/diff/v1) or csv; -o FILE, with\n" +
				"the format from its extension: .json, .csv, .xlsx (a workbook) or .pdf.\n\n" +
				"--self-vs-verified RESULTS: compares the units' self-assessments with their verified\n" +
				"results, from one input; \"lowered\" means the verifier scored lower (status 5).\n" +
				"Units whose results are still provisional are flagged \"provisional\".\n\n" +
				"EXIT STATUS\n" +
				"  0  done; no unit regressed\n" +
				"  1  unexpected error\n" +
				"  2  wrong usage (flags or arguments)\n" +
				"  3  invalid input: no output file is written\n" +
				"  5  done; at least one unit regressed"},
		HelpDiffExample: {"  kepatuhan diff hasil-2024.json hasil-2025.json\n" +
			"  kepatuhan diff penilaian-2024/ penilaian-2025/ --rubric ombudsman-2023 -o perbandingan.xlsx\n" +
			"  kepatuhan diff 2022.xlsx 2023.xlsx --old-rubric ombudsman-2019 --new-rubric ombudsman-2023 -o perbandingan.pdf",
			"  kepatuhan diff results-2024.json results-2025.json --lang en\n" +
				"  kepatuhan diff assessments-2024/ assessments-2025/ --rubric ombudsman-2023 -o diff.xlsx\n" +
				"  kepatuhan diff 2022.xlsx 2023.xlsx --old-rubric ombudsman-2019 --new-rubric ombudsman-2023 -o diff.pdf"},
		FlagDiffRubric: {"rubrik kedua sisi: id bawaan, ID@VARIAN, atau berkas .yaml", "rubric of both sides: a built-in id, ID@VARIANT, or a .yaml file"},
		FlagOldRubric:  {"rubrik sisi LAMA bila tahunnya berbeda (bawaan: --rubric)", "rubric of the OLD side when the years differ (default: --rubric)"},
		FlagNewRubric:  {"rubrik sisi BARU bila tahunnya berbeda (bawaan: --rubric)", "rubric of the NEW side when the years differ (default: --rubric)"},
		FlagJump:       {"tandai unit yang naik lebih dari `N` poin skala (bawaan: 30 persen rentang skala)", "flag units that gain more than `N` points of the scale (default: 30 percent of the scale's range)"},
		DiffWrote:      {"ditulis: %s (unit: %d, turun: %d)", "wrote %s (units: %d, regressed: %d)"},
		DiffInvalid:    {"masukan tidak sah (%d berkas ditolak); tidak ada berkas keluaran yang ditulis", "invalid input (%d files rejected); no output file written"},
		DiffNeedsOutput: {"format %s ditulis ke berkas: tambahkan -o BERKAS",
			"format %s is written to a file: add -o FILE"},
		DiffBadJump: {"--jump %s: harus angka lebih dari 0", "--jump %s: must be a number above 0"},
	} {
		catalog[k] = e
	}
}
