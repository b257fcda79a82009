package msg

// Words of the annual report (package report) and of its command,
// kepatuhan report. Labels and headings start with a capital letter, as
// printed; sheet names are at most 31 characters and avoid []:*?/\.

// Message keys: the annual report.
const (
	ReportDefaultTitle         Key = "report.default-title"
	ReportKicker               Key = "report.kicker"
	ReportPeriodOf             Key = "report.period-of"
	ReportRubric               Key = "report.rubric"
	ReportRubricRef            Key = "report.rubric-ref"
	ReportDate                 Key = "report.date"
	ReportDateData             Key = "report.date-data"
	ReportDataAsOf             Key = "report.data-as-of"
	ReportRegionScore          Key = "report.region-score"
	ReportScaleOf              Key = "report.scale-of"
	ReportGrade                Key = "report.grade"
	ReportNoRegionScore        Key = "report.no-region-score"
	ReportUnitsAssessed        Key = "report.units-assessed"
	ReportUnitsComplete        Key = "report.units-complete"
	ReportUnitsIncomplete      Key = "report.units-incomplete"
	ReportScoreIs              Key = "report.score-is"
	ReportRollupMean           Key = "report.rollup-mean"
	ReportRollupWeighted       Key = "report.rollup-weighted"
	ReportContents             Key = "report.contents"
	ReportSecSummary           Key = "report.sec-summary"
	ReportTheRegion            Key = "report.the-region"
	ReportSumScore             Key = "report.sum-score"
	ReportSumNoScore           Key = "report.sum-no-score"
	ReportSumUnits             Key = "report.sum-units"
	ReportSumCategory          Key = "report.sum-category"
	ReportSumWeakest           Key = "report.sum-weakest"
	ReportSumTopIndicator      Key = "report.sum-top-indicator"
	ReportSumIncomplete        Key = "report.sum-incomplete"
	ReportUnitsPerType         Key = "report.units-per-type"
	ReportColType              Key = "report.col.type"
	ReportColAssessed          Key = "report.col.assessed"
	ReportColComplete          Key = "report.col.complete"
	ReportColIncomplete        Key = "report.col.incomplete"
	ReportTotal                Key = "report.total"
	ReportUnitsPerZone         Key = "report.units-per-zone"
	ReportUnitsPerCategory     Key = "report.units-per-category"
	ReportColUnits             Key = "report.col.units"
	ReportColShare             Key = "report.col.share"
	ReportIncompleteBar        Key = "report.incomplete-bar"
	ReportShareNote            Key = "report.share-note"
	ReportTargets              Key = "report.targets"
	ReportNoTargets            Key = "report.no-targets"
	ReportColTarget            Key = "report.col.target"
	ReportColGoal              Key = "report.col.goal"
	ReportColActual            Key = "report.col.actual"
	ReportColStatus            Key = "report.col.status"
	ReportTargetMet            Key = "report.target-met"
	ReportTargetNotMet         Key = "report.target-not-met"
	ReportTargetUnknown        Key = "report.target-unknown"
	ReportSecDistribution      Key = "report.sec-distribution"
	ReportSecDistributionShort Key = "report.distribution"
	ReportNoScores             Key = "report.no-scores"
	ReportHistogramNote        Key = "report.histogram-note"
	ReportColGrade             Key = "report.col.grade"
	ReportColLabel             Key = "report.col.label"
	ReportColZone              Key = "report.col.zone"
	ReportIncompleteShort      Key = "report.incomplete-short"
	ReportSecRanking           Key = "report.sec-ranking"
	ReportRankingNote          Key = "report.ranking-note"
	ReportColRank              Key = "report.col.rank"
	ReportColCode              Key = "report.col.code"
	ReportColName              Key = "report.col.name"
	ReportColScore             Key = "report.col.score"
	ReportSecAverages          Key = "report.sec-averages"
	ReportByType               Key = "report.by-type"
	ReportColMean              Key = "report.col.mean"
	ReportColMin               Key = "report.col.min"
	ReportColMax               Key = "report.col.max"
	ReportColMeanClass         Key = "report.col.mean-class"
	ReportRegionRow            Key = "report.region-row"
	ReportTypeMeanNote         Key = "report.type-mean-note"
	ReportByGroup              Key = "report.by-group"
	ReportFlatRubric           Key = "report.flat-rubric"
	ReportGroupNote            Key = "report.group-note"
	ReportColGroup             Key = "report.col.group"
	ReportColShareWeight       Key = "report.col.share-weight"
	ReportColAchievement       Key = "report.col.achievement"
	ReportWeakestMark          Key = "report.weakest-mark"
	ReportSecAgenda            Key = "report.sec-agenda"
	ReportAgendaNote           Key = "report.agenda-note"
	ReportNoFailing            Key = "report.no-failing"
	ReportAgendaGroup          Key = "report.agenda-group"
	ReportAgendaStats          Key = "report.agenda-stats"
	ReportNoRecommendation     Key = "report.no-recommendation"
	ReportRecommendation       Key = "report.recommendation"
	ReportAgendaUnits          Key = "report.agenda-units"
	ReportNotMet               Key = "report.not-met"
	ReportPartial              Key = "report.partial"
	ReportAndMore              Key = "report.and-more"
	ReportSecIssues            Key = "report.sec-issues"
	ReportColItems             Key = "report.col.items"
	ReportIncompleteList       Key = "report.incomplete-list"
	ReportNoIncomplete         Key = "report.no-incomplete"
	ReportIncompleteNote       Key = "report.incomplete-note"
	ReportNAList               Key = "report.na-list"
	ReportNoNA                 Key = "report.no-na"
	ReportNANote               Key = "report.na-note"
	ReportSecMethod            Key = "report.sec-method"
	ReportScaleLinear          Key = "report.scale-linear"
	ReportScaleSum             Key = "report.scale-sum"
	ReportRoundHalfUp          Key = "report.round-half-up"
	ReportRoundHalfEven        Key = "report.round-half-even"
	ReportRoundingText         Key = "report.rounding-text"
	ReportMethodID             Key = "report.method.id"
	ReportMethodVersion        Key = "report.method.version"
	ReportMethodVersionLabel   Key = "report.method.version-label"
	ReportMethodKind           Key = "report.method.kind"
	ReportMethodHash           Key = "report.method.hash"
	ReportMethodScale          Key = "report.method.scale"
	ReportMethodRounding       Key = "report.method.rounding"
	ReportMethodRollup         Key = "report.method.rollup"
	ReportMethodIndicators     Key = "report.method.indicators"
	ReportMethodTool           Key = "report.method.tool"
	ReportMethodInputs         Key = "report.method.inputs"
	ReportMethodInput          Key = "report.method.input"
	ReportMethodHow            Key = "report.method.how"
	ReportHowLinear            Key = "report.how-linear"
	ReportHowSum               Key = "report.how-sum"
	ReportBands                Key = "report.bands"
	ReportColRange             Key = "report.col.range"
	ReportColFrom              Key = "report.col.from"
	ReportBandsNote            Key = "report.bands-note"
	ReportStructure            Key = "report.structure"
	ReportColIndicators        Key = "report.col.indicators"
	ReportColWeight            Key = "report.col.weight"
	ReportStructureNote        Key = "report.structure-note"
	ReportStructureNoteSum     Key = "report.structure-note-sum"
	ReportSources              Key = "report.sources"
	ReportNoSources            Key = "report.no-sources"
	ReportProvenance           Key = "report.provenance"
	ReportProvenanceNote       Key = "report.provenance-note"
	ReportColItem              Key = "report.col.item"
	ReportColSourceNote        Key = "report.col.source-note"
	ReportFactPublished        Key = "report.fact-published"
	ReportFactLocal            Key = "report.fact-local"
	ReportFactUnverified       Key = "report.fact-unverified"
	ReportDecisions            Key = "report.decisions"
	ReportDecRegion            Key = "report.dec.region"
	ReportDecRanking           Key = "report.dec.ranking"
	ReportDecTypes             Key = "report.dec.types"
	ReportDecGroups            Key = "report.dec.groups"
	ReportDecAgenda            Key = "report.dec.agenda"
	ReportDecIssues            Key = "report.dec.issues"
	ReportDecDate              Key = "report.dec.date"
	ReportSecAppendix          Key = "report.sec-appendix"
	ReportAppendixNote         Key = "report.appendix-note"
	ReportColMet               Key = "report.col.met"
	ReportColPartial           Key = "report.col.partial"
	ReportColNotMet            Key = "report.col.not-met"
	ReportColNA                Key = "report.col.na"
	ReportColNotApplicable     Key = "report.col.not-applicable"
	ReportColMissing           Key = "report.col.missing"
	ReportColMetLong           Key = "report.col.met-long"
	ReportColPartialLong       Key = "report.col.partial-long"
	ReportColNotMetLong        Key = "report.col.not-met-long"
	ReportColNALong            Key = "report.col.na-long"
	ReportColNotApplicableLong Key = "report.col.not-applicable-long"
	ReportColMissingLong       Key = "report.col.missing-long"
	ReportColAssessedUnits     Key = "report.col.assessed-units"
	ReportColFailing           Key = "report.col.failing"
	ReportColFailingShare      Key = "report.col.failing-share"
	ReportColShortfall         Key = "report.col.shortfall"
	ReportColFailingUnits      Key = "report.col.failing-units"
	ReportColIndicator         Key = "report.col.indicator"
	ReportColLevel             Key = "report.col.level"
	ReportColNote              Key = "report.col.note"
	ReportColMissingCount      Key = "report.col.missing-count"
	ReportColMissingItems      Key = "report.col.missing-items"
	ReportColNACount           Key = "report.col.na-count"
	ReportColNAItems           Key = "report.col.na-items"
	ReportColRegion            Key = "report.col.region"
	ReportColPeriod            Key = "report.col.period"
	ReportColAssessor          Key = "report.col.assessor"
	ReportColDate              Key = "report.col.date"
	ReportStatusComplete       Key = "report.status-complete"
	ReportIssuesNote           Key = "report.issues-note"
	ReportNoIssues             Key = "report.no-issues"
	ReportFailingOf            Key = "report.failing-of"
	ReportWeakestGroup         Key = "report.weakest-group"
	ReportTopIndicator         Key = "report.top-indicator"
	ReportNoZone               Key = "report.no-zone"
	ReportTypeUnknown          Key = "report.type-unknown"
	ReportFooterRubric         Key = "report.footer-rubric"
	ReportSheetSummary         Key = "report.sheet.summary"
	ReportSheetRanking         Key = "report.sheet.ranking"
	ReportSheetAverages        Key = "report.sheet.averages"
	ReportSheetIndicators      Key = "report.sheet.indicators"
	ReportSheetIssues          Key = "report.sheet.issues"
	ReportSheetMethod          Key = "report.sheet.method"
	ReportSheetAppendix        Key = "report.sheet.appendix"
	HelpReportShort            Key = "help.report.short"
	HelpReportLong             Key = "help.report.long"
	HelpReportExample          Key = "help.report.example"
	FlagReportTitle            Key = "flag.report-title"
	FlagReportRegion           Key = "flag.report-region"
	FlagReportPeriod           Key = "flag.report-period"
	FlagReportDate             Key = "flag.report-date"
	FlagReportOutput           Key = "flag.report-output"
	ReportNeedOutput           Key = "report.need-output"
	ReportBadFormat            Key = "report.bad-format"
	ReportBadDate              Key = "report.bad-date"
	ReportWrote                Key = "report.wrote"
	ReportNoUnits              Key = "report.no-units"
	ReportIncompleteNotice     Key = "report.incomplete-notice"
	ReportRegionsNotice        Key = "report.regions-notice"
	HintReportRegion           Key = "hint.report-region"
)

func init() {
	for k, e := range map[Key]entry{
		ReportDefaultTitle:         {"Laporan Hasil %s", "Report: %s"},
		ReportKicker:               {"LAPORAN TAHUNAN", "ANNUAL REPORT"},
		ReportPeriodOf:             {"Periode %s", "Period %s"},
		ReportRubric:               {"Instrumen penilaian", "Assessment instrument"},
		ReportRubricRef:            {"rubrik %s versi %s", "rubric %s version %s"},
		ReportDate:                 {"Tanggal laporan", "Report date"},
		ReportDateData:             {"Tanggal", "Date"},
		ReportDataAsOf:             {"data per %s (tanggal penilaian terakhir)", "data as of %s (the latest assessment date)"},
		ReportRegionScore:          {"Nilai daerah", "Region's score"},
		ReportScaleOf:              {"skala %s–%s", "scale %s–%s"},
		ReportGrade:                {"Kategori %s", "Grade %s"},
		ReportNoRegionScore:        {"Belum ada nilai daerah: tidak ada unit yang lengkap", "No score for the region: no unit is complete"},
		ReportUnitsAssessed:        {"Unit dinilai", "Units assessed"},
		ReportUnitsComplete:        {"Unit lengkap (dihitung)", "Complete units (counted)"},
		ReportUnitsIncomplete:      {"Unit belum lengkap", "Incomplete units"},
		ReportScoreIs:              {"Nilai daerah: %s.", "The region's score: %s."},
		ReportRollupMean:           {"rata-rata nilai unit yang lengkap (nilai yang sudah dibulatkan)", "the mean of the complete units' (rounded) scores"},
		ReportRollupWeighted:       {"rata-rata nilai unit yang lengkap, ditimbang menurut jenis unit (bobot: %s; jenis lain 1)", "the mean of the complete units' (rounded) scores, weighted by unit type (weights: %s; other types 1)"},
		ReportContents:             {"Daftar isi", "Contents"},
		ReportSecSummary:           {"1. Ringkasan eksekutif", "1. Executive summary"},
		ReportTheRegion:            {"Daerah", "The region"},
		ReportSumScore:             {"Nilai %s %s: %s, rata-rata %s unit yang lengkap.", "%s scores %s: %s, the mean of %s complete units."},
		ReportSumNoScore:           {"%s belum mempunyai nilai: tidak ada unit yang lengkap.", "%s has no score: no unit is complete."},
		ReportSumUnits:             {"%s unit dinilai: %s lengkap, %s belum lengkap (tidak dihitung dalam nilai daerah dan peringkat).", "%s units assessed: %s complete, %s incomplete (not counted in the region's score or the ranking)."},
		ReportSumCategory:          {"%s: %s unit (%s)", "%s: %s units (%s)"},
		ReportSumWeakest:           {"Aspek terlemah: %s, rata-rata capaian %s.", "The weakest part of the standard: %s, mean achievement %s."},
		ReportSumTopIndicator:      {"Teratas dalam agenda pembinaan: %s %s (%s dari %s unit tidak memenuhi penuh).", "First on the coaching agenda: %s %s (%s of %s units do not fully meet it)."},
		ReportSumIncomplete:        {"Unit belum lengkap (%s): %s.", "Incomplete units (%s): %s."},
		ReportUnitsPerType:         {"Unit dinilai per jenis unit", "Units assessed by unit type"},
		ReportColType:              {"Jenis unit", "Unit type"},
		ReportColAssessed:          {"Dinilai", "Assessed"},
		ReportColComplete:          {"Lengkap", "Complete"},
		ReportColIncomplete:        {"Belum lengkap", "Incomplete"},
		ReportTotal:                {"Jumlah", "Total"},
		ReportUnitsPerZone:         {"Unit per zona", "Units per zone"},
		ReportUnitsPerCategory:     {"Unit per kategori", "Units per grade"},
		ReportColUnits:             {"Unit", "Units"},
		ReportColShare:             {"Persen", "Share"},
		ReportIncompleteBar:        {"Belum lengkap", "Incomplete"},
		ReportShareNote:            {"Persen dari unit yang lengkap; unit yang belum lengkap tidak diberi zona atau kategori.", "Shares of the complete units; incomplete units get no zone or grade."},
		ReportTargets:              {"Target", "Targets"},
		ReportNoTargets:            {"Rubrik ini tidak menetapkan target daerah.", "This rubric sets no targets for the region."},
		ReportColTarget:            {"Target", "Target"},
		ReportColGoal:              {"Sasaran", "Goal"},
		ReportColActual:            {"Capaian", "Actual"},
		ReportColStatus:            {"Status", "Status"},
		ReportTargetMet:            {"Tercapai", "Met"},
		ReportTargetNotMet:         {"Tidak tercapai", "Not met"},
		ReportTargetUnknown:        {"Tidak dapat dinilai", "Cannot be judged"},
		ReportSecDistribution:      {"2. Sebaran nilai", "2. Distribution of the scores"},
		ReportSecDistributionShort: {"Sebaran nilai", "Distribution of the scores"},
		ReportNoScores:             {"Tidak ada unit yang lengkap: belum ada nilai untuk disebarkan.", "No unit is complete: there are no scores to show."},
		ReportHistogramNote:        {"Jumlah unit yang lengkap menurut nilai, dalam rentang selebar %s poin (batas bawah termasuk), diwarnai menurut pita nilai; %s unit.", "Complete units by score, in ranges %s points wide (lower bound included), coloured by band; %s units."},
		ReportColGrade:             {"Kategori", "Grade"},
		ReportColLabel:             {"Predikat", "Rating"},
		ReportColZone:              {"Zona", "Zone"},
		ReportIncompleteShort:      {"belum lengkap", "incomplete"},
		ReportSecRanking:           {"3. Peringkat unit", "3. Ranking of the units"},
		ReportRankingNote:          {"%s unit yang lengkap, menurut nilai dari yang tertinggi, lalu menurut kode; unit dengan nilai sama berbagi peringkat. Unit yang belum lengkap tidak diberi peringkat (lihat bagian 6).", "The %s complete units, by score from the highest, then by code; units with equal scores share a rank. Incomplete units are not ranked (see section 6)."},
		ReportColRank:              {"Peringkat", "Rank"},
		ReportColCode:              {"Kode", "Code"},
		ReportColName:              {"Nama unit", "Unit name"},
		ReportColScore:             {"Nilai", "Score"},
		ReportSecAverages:          {"4. Rata-rata per jenis unit dan per aspek", "4. Averages by unit type and by part of the standard"},
		ReportByType:               {"Rata-rata per jenis unit", "By unit type"},
		ReportColMean:              {"Rata-rata", "Mean"},
		ReportColMin:               {"Terendah", "Lowest"},
		ReportColMax:               {"Tertinggi", "Highest"},
		ReportColMeanClass:         {"Predikat rata-rata", "Rating of the mean"},
		ReportRegionRow:            {"Daerah", "Region"},
		ReportTypeMeanNote:         {"Rata-rata tiap jenis unit adalah rata-rata biasa nilai unitnya; nilai daerah memakai bobot jenis unit dari rubrik.", "Each type's mean is the plain mean of its units' scores; the region's score uses the rubric's unit-type weights."},
		ReportByGroup:              {"Rata-rata capaian per aspek", "Mean achievement by part of the standard"},
		ReportFlatRubric:           {"Rubrik ini tidak berkelompok: lihat indikatornya di bagian 5.", "This rubric has no groups: see its indicators in section 5."},
		ReportGroupNote:            {"Capaian = bagian bobot yang diperoleh (0–100%), dirata-ratakan atas unit yang aspeknya berlaku dan lengkap. Aspek dengan capaian terendah paling perlu dibina.", "Achievement = the share of the weight earned (0–100%), averaged over the units where the part applies and is complete. The part with the lowest achievement needs coaching most."},
		ReportColGroup:             {"Aspek", "Part of the standard"},
		ReportColShareWeight:       {"Porsi bobot", "Weight share"},
		ReportColAchievement:       {"Capaian rata-rata", "Mean achievement"},
		ReportWeakestMark:          {"(terlemah)", "(weakest)"},
		ReportSecAgenda:            {"5. Indikator yang paling sering tidak dipenuhi: agenda pembinaan", "5. Indicators most often not fully met: the coaching agenda"},
		ReportAgendaNote:           {"Indikator diurutkan menurut kekurangannya: unit yang tidak memenuhi indikator dihitung 1, unit yang memenuhinya sebagian dihitung sebesar bagian yang kurang (mis. level 3 pada skala 0–5 dihitung 0,4); lalu menurut jumlah unit yang sama sekali tidak memenuhinya. Pada daftar periksa ya/tidak, kekurangan sama dengan jumlah unit yang tidak memenuhi. Setiap unit yang menjawab indikator dihitung, termasuk unit yang belum lengkap. Rekomendasi dari rubrik.", "Indicators are ranked by their shortfall: a unit that does not meet an indicator counts 1, a unit that partly meets it counts the share it misses (e.g. level 3 on a 0–5 scale counts 0.4); then by how many units do not meet it at all. On a yes/no checklist the shortfall is the number of units not meeting the indicator. Every unit that answered the indicator counts, incomplete ones included. Recommendations from the rubric."},
		ReportNoFailing:            {"Setiap unit yang dinilai memenuhi semua indikator.", "Every assessed unit fully meets every indicator."},
		ReportAgendaGroup:          {"Aspek %s", "Part %s"},
		ReportAgendaStats:          {"%s dari %s unit tidak memenuhi penuh (%s): %s tidak terpenuhi, %s sebagian · kekurangan %s unit · capaian rata-rata %s", "%s of %s units do not fully meet it (%s): %s not met, %s partly met · shortfall %s units · mean achievement %s"},
		ReportNoRecommendation:     {"rubrik tidak memuat rekomendasi untuk indikator ini", "the rubric gives no recommendation for this indicator"},
		ReportRecommendation:       {"Rekomendasi", "Recommendation"},
		ReportAgendaUnits:          {"Unit", "Units"},
		ReportNotMet:               {"Tidak terpenuhi", "Not met"},
		ReportPartial:              {"Terpenuhi sebagian", "Partly met"},
		ReportAndMore:              {"dan %s lainnya", "and %s more"},
		ReportSecIssues:            {"6. Unit belum lengkap dan jawaban N/A", "6. Incomplete units and N/A answers"},
		ReportColItems:             {"Indikator", "Indicators"},
		ReportIncompleteList:       {"Unit belum lengkap (%d)", "Incomplete units (%d)"},
		ReportNoIncomplete:         {"Semua unit lengkap.", "Every unit is complete."},
		ReportIncompleteNote:       {"Indikator yang belum diisi, dengan sel tempat jawabannya seharusnya ditulis. Unit ini tidak diberi nilai dan tidak dihitung dalam nilai daerah; isi selnya lalu buat laporan lagi.", "The unanswered indicators, with the cell each answer belongs in. These units get no score and do not count in the region's score; fill in the cells and make the report again."},
		ReportNAList:               {"Unit dengan jawaban N/A (%d)", "Units with N/A answers (%d)"},
		ReportNoNA:                 {"Tidak ada jawaban N/A.", "No N/A answers."},
		ReportNANote:               {"Indikator yang dijawab N/A tidak dihitung: bobotnya dibagi ke indikator lain. Indikator yang tidak berlaku untuk jenis unit tidak dicantumkan di sini.", "Indicators answered N/A do not count: their weight goes to the others. Indicators that do not apply to a unit's type are not listed here."},
		ReportSecMethod:            {"7. Metodologi", "7. Methodology"},
		ReportScaleLinear:          {"%s–%s, linear: nilai = batas bawah + capaian tertimbang × rentang skala", "%s–%s, linear: score = minimum + weighted achievement × the scale's range"},
		ReportScaleSum:             {"%s–%s, jumlah tertimbang: nilai = %s × jumlah (bobot × nilai jawaban)", "%s–%s, weighted sum: score = %s × the sum of (weight × answer value)"},
		ReportRoundHalfUp:          {"setengah menjauhi nol", "half away from zero"},
		ReportRoundHalfEven:        {"setengah ke genap", "half to even"},
		ReportRoundingText:         {"%d desimal, %s, sekali di akhir; pita nilai dibandingkan dengan nilai yang sudah dibulatkan", "%d decimals, %s, once at the end; bands compare the rounded score"},
		ReportMethodID:             {"Rubrik", "Rubric"},
		ReportMethodVersion:        {"versi %s", "version %s"},
		ReportMethodVersionLabel:   {"Versi", "Version"},
		ReportMethodKind:           {"Jenis", "Kind"},
		ReportMethodHash:           {"Hash (SHA-256)", "Hash (SHA-256)"},
		ReportMethodScale:          {"Skala", "Scale"},
		ReportMethodRounding:       {"Pembulatan", "Rounding"},
		ReportMethodRollup:         {"Aturan nilai daerah", "The region's score"},
		ReportMethodIndicators:     {"Jumlah indikator", "Indicators"},
		ReportMethodTool:           {"Alat", "Tool"},
		ReportMethodInputs:         {"Berkas masukan", "Input files"},
		ReportMethodInput:          {"Berkas masukan", "Input file"},
		ReportMethodHow:            {"Cara menilai", "How units are scored"},
		ReportHowLinear:            {"Setiap jawaban memperoleh bagian 0–1 dari bobot indikatornya. Capaian sebuah kelompok adalah rata-rata tertimbang anak-anaknya yang berlaku; jawaban N/A dan indikator yang tidak berlaku untuk jenis unit keluar dari penyebut dan bobot lainnya disesuaikan. Nilai unit = batas bawah skala + capaian total × rentang skala, dibulatkan sekali. Unit dengan indikator berlaku yang belum dijawab tidak diberi nilai.", "Each answer earns a share from 0 to 1 of its indicator's weight. A group's achievement is the weighted mean of its applicable children; N/A answers and indicators that do not apply to the unit's type leave the denominator and the other weights renormalise. A unit's score = the scale's minimum + total achievement × the scale's range, rounded once. A unit with an applicable indicator unanswered gets no score."},
		ReportHowSum:               {"Nilai unit = faktor × jumlah (bobot tercetak × nilai jawaban dalam satuannya sendiri, mis. rata-rata survei), dibulatkan sekali; bobot tidak disesuaikan. Unit dengan indikator yang belum dijawab tidak diberi nilai.", "A unit's score = factor × the sum of (printed weight × answer value in its own units, e.g. a survey mean), rounded once; weights are not renormalised. A unit with an unanswered indicator gets no score."},
		ReportBands:                {"Pita nilai", "Score bands"},
		ReportColRange:             {"Rentang", "Range"},
		ReportColFrom:              {"Dari", "From"},
		ReportBandsNote:            {"Batas pita dibandingkan dengan nilai yang sudah dibulatkan.", "Bands compare the rounded score."},
		ReportStructure:            {"Struktur, bobot dan porsi", "Structure, weights and shares"},
		ReportColIndicators:        {"Indikator", "Indicators"},
		ReportColWeight:            {"Bobot", "Weight"},
		ReportStructureNote:        {"Porsi = bagian dari nilai total bila semua indikator berlaku (bobot dibanding bobot saudaranya, dikali porsi induknya).", "Share = the part of the total when every indicator applies (the weight over its siblings' weights, times its parent's share)."},
		ReportStructureNoteSum:     {"Aturan jumlah tertimbang: bobot dipakai apa adanya; porsi hanya membandingkannya.", "Weighted-sum rule: the weights are used as printed; the shares only compare them."},
		ReportSources:              {"Sumber", "Sources"},
		ReportNoSources:            {"Rubrik ini tidak menyebut sumber.", "This rubric cites no sources."},
		ReportProvenance:           {"Asal nilai", "Where the values come from"},
		ReportProvenanceNote:       {"diterbitkan = dinyatakan sumbernya; lokal = pilihan penyusun rubrik; belum diperiksa = diyakini, belum dicek di sumber primer.", "published = stated by the source; local = the rubric author's choice; unverified = believed, not checked in a primary source."},
		ReportColItem:              {"Butir", "Item"},
		ReportColSourceNote:        {"Sumber / catatan", "Source / note"},
		ReportFactPublished:        {"diterbitkan", "published"},
		ReportFactLocal:            {"lokal", "local"},
		ReportFactUnverified:       {"belum diperiksa", "unverified"},
		ReportDecisions:            {"Pilihan laporan ini", "Choices this report makes"},
		ReportDecRegion:            {"Nilai daerah dihitung dengan aturan nilai daerah rubrik atas unit yang lengkap saja, lalu dibulatkan dan diberi pita seperti nilai unit.", "The region's score follows the rubric's rule for it over complete units only, and is rounded and banded like a unit's."},
		ReportDecRanking:           {"Peringkat memuat unit yang lengkap, menurut nilai lalu kode; nilai sama berbagi peringkat (1, 2, 2, 4).", "The ranking holds the complete units, by score then code; equal scores share a rank (1, 2, 2, 4)."},
		ReportDecTypes:             {"Rata-rata jenis unit = rata-rata nilai unit lengkap jenis itu, dibulatkan seperti nilai.", "A unit type's mean = the mean of its complete units' scores, rounded like a score."},
		ReportDecGroups:            {"Capaian aspek = rata-rata capaian aspek itu atas unit yang aspeknya berlaku dan lengkap, termasuk aspek yang lengkap di unit yang belum lengkap.", "A part's achievement = its mean over the units where it applies and is complete, including complete parts of incomplete units."},
		ReportDecAgenda:            {"Agenda pembinaan: indikator diurutkan menurut kekurangan (tidak terpenuhi dihitung 1 unit, sebagian dihitung sebesar bagian yang kurang), lalu jumlah unit yang sama sekali tidak memenuhi, lalu urutan rubrik; sepuluh teratas dicantumkan dengan rekomendasi rubrik. Jawaban sebagian tidak dihitung sebagai kegagalan penuh, agar butir survei dan level tidak selalu menempati urutan teratas.", "The coaching agenda: indicators ranked by shortfall (not met counts 1 unit, partly met the share missed), then by how many units do not meet them at all, then in rubric order; the first ten are listed with the rubric's recommendation. Partial answers do not count as whole failures, so that survey and level items do not always come first."},
		ReportDecIssues:            {"Unit belum lengkap tidak diberi nilai dan tidak masuk peringkat, rata-rata jenis unit maupun zona; jawabannya yang sudah ada tetap dihitung di agenda pembinaan.", "Incomplete units get no score and are in no ranking, type mean or zone; the answers they have still count in the coaching agenda."},
		ReportDecDate:              {"Tanggal laporan: tanggal yang ditetapkan ketika laporan dibuat, atau tanggal penilaian terakhir (\"data per\"); tidak pernah jam komputer, sehingga data yang sama selalu menghasilkan berkas yang sama persis.", "The report's date: the date set when the report is made, else the latest assessment date (\"data as of\"); never the computer's clock, so the same data always gives exactly the same file."},
		ReportSecAppendix:          {"Lampiran: nilai setiap unit", "Appendix: every unit's score"},
		ReportAppendixNote:         {"Semua unit menurut kode. Ya = terpenuhi, Seb. = sebagian, Tdk = tidak terpenuhi, N/A = dijawab N/A, TB = tidak berlaku untuk jenis unit, Ksg = belum diisi.", "Every unit by code. Met, Part = partly met, Not = not met, N/A = answered N/A, NAp = not applicable to the unit type, Miss = not answered."},
		ReportColMet:               {"Ya", "Met"},
		ReportColPartial:           {"Seb.", "Part"},
		ReportColNotMet:            {"Tdk", "Not"},
		ReportColNA:                {"N/A", "N/A"},
		ReportColNotApplicable:     {"TB", "NAp"},
		ReportColMissing:           {"Ksg", "Miss"},
		ReportColMetLong:           {"Terpenuhi", "Met"},
		ReportColPartialLong:       {"Sebagian", "Partly met"},
		ReportColNotMetLong:        {"Tidak terpenuhi", "Not met"},
		ReportColNALong:            {"N/A", "N/A"},
		ReportColNotApplicableLong: {"Tidak berlaku", "Not applicable"},
		ReportColMissingLong:       {"Belum diisi", "Not answered"},
		ReportColAssessedUnits:     {"Unit menjawab", "Units answering"},
		ReportColFailing:           {"Tidak memenuhi", "Not fully met"},
		ReportColFailingShare:      {"Persen tidak memenuhi", "Share not fully met"},
		ReportColShortfall:         {"Kekurangan (unit)", "Shortfall (units)"},
		ReportColFailingUnits:      {"Unit yang tidak memenuhi", "Units not fully meeting it"},
		ReportColIndicator:         {"Indikator", "Indicator"},
		ReportColLevel:             {"Tingkat", "Level"},
		ReportColNote:              {"Catatan", "Note"},
		ReportColMissingCount:      {"Belum diisi", "Not answered"},
		ReportColMissingItems:      {"Indikator belum diisi (tempat)", "Unanswered indicators (where)"},
		ReportColNACount:           {"N/A", "N/A"},
		ReportColNAItems:           {"Indikator N/A", "N/A indicators"},
		ReportColRegion:            {"Wilayah", "Region"},
		ReportColPeriod:            {"Periode", "Period"},
		ReportColAssessor:          {"Penilai", "Assessor"},
		ReportColDate:              {"Tanggal penilaian", "Assessment date"},
		ReportStatusComplete:       {"lengkap", "complete"},
		ReportIssuesNote:           {"Daftar ini menunjukkan data yang perlu dilengkapi sebelum laporan berikutnya dan jawaban N/A yang perlu diperiksa kewajarannya.", "These lists show the data to complete before the next report and the N/A answers to check."},
		ReportNoIssues:             {"Semua unit lengkap dan tidak ada jawaban N/A.", "Every unit is complete and there are no N/A answers."},
		ReportFailingOf:            {"%d dari %d unit tidak memenuhi penuh", "%d of %d units do not fully meet it"},
		ReportWeakestGroup:         {"Aspek terlemah", "Weakest part"},
		ReportTopIndicator:         {"Indikator terlemah", "Weakest indicator"},
		ReportNoZone:               {"Tanpa zona", "No zone"},
		ReportTypeUnknown:          {"(jenis tidak disebut)", "(type not given)"},
		ReportFooterRubric:         {"Rubrik %s versi %s, hash %s", "Rubric %s version %s, hash %s"},
		ReportSheetSummary:         {"Ringkasan", "Summary"},
		ReportSheetRanking:         {"Peringkat", "Ranking"},
		ReportSheetAverages:        {"Rata-rata", "Averages"},
		ReportSheetIndicators:      {"Indikator", "Indicators"},
		ReportSheetIssues:          {"Belum Lengkap & NA", "Incomplete & NA"},
		ReportSheetMethod:          {"Metodologi", "Methodology"},
		ReportSheetAppendix:        {"Lampiran", "Appendix"},
		HelpReportShort:            {"menulis laporan tahunan hasil penilaian (PDF atau Excel)", "write the annual assessment report (PDF or Excel)"},
		HelpReportLong:             {"Menulis laporan tahunan hasil penilaian kepatuhan sebuah daerah, untuk Bupati,\nOmbudsman perwakilan dan publik, dari buku kerja observasi, berkas hasil JSON\natau buku kerja hasil (--xlsx dari kepatuhan score). Isinya: sampul; ringkasan\neksekutif (nilai daerah menurut aturan roll-up rubrik, unit per jenis dan per\nzona, target rubrik); grafik unit per zona dan sebaran nilai; peringkat unit;\nrata-rata per jenis unit dan per aspek; sepuluh indikator yang paling sering\ntidak dipenuhi dengan rekomendasi rubrik (agenda pembinaan); unit belum lengkap\ndan jawaban N/A; metodologi (rubrik, versi, hash, sumber, pita, bobot,\npembulatan); lampiran satu baris per unit. Putaran verifikasi: ketepatan penilaian\nmandiri unit (yang paling melebihkan lebih dulu), unit sementara bertanda *;\n--koreksi, --final dan --config (kop dan penanda tangan) seperti pada score.\n\nFormat menurut -o: .pdf (A4) atau .xlsx (lembar yang sama dengan grafik Excel).\nWilayah dan periode: nilai yang paling sering di data, atau --region/--period.\nTanggal: --date, atau SOURCE_DATE_EPOCH, atau tanggal penilaian terakhir (\"data\nper …\"); tidak pernah jam komputer, sehingga data yang sama menghasilkan berkas\nyang sama persis. Berkas ditulis utuh atau tidak sama sekali.\n\nSTATUS KELUAR\n  0  laporan ditulis; semua unit lengkap\n  1  kesalahan tak terduga\n  2  penggunaan salah (opsi atau argumen)\n  3  masukan tidak sah: semua masalah dicetak, tidak ada berkas yang ditulis\n  4  laporan ditulis, tetapi ada unit yang belum lengkap (dicantumkan di\n     laporan, tidak dihitung dalam nilai daerah)\n  6  --final: ada unit yang masih sementara (verifikasi belum selesai); tidak\n     ada berkas yang ditulis", "Writes a region's annual compliance report, for the Bupati, the Ombudsman's\nregional office and the public, from observation workbooks, results JSON files\nor results workbooks (--xlsx of kepatuhan score). It holds: a cover; an\nexecutive summary (the region's score by the rubric's roll-up rule, units per\ntype and per zone, the rubric's targets); charts of the units per zone and of\nthe scores; the ranking of the units; averages by unit type and by part of the\nstandard; the ten indicators most often not fully met with the rubric's\nrecommendations (the coaching agenda); incomplete units and N/A answers; the\nmethodology (rubric, version, hash, sources, bands, weights, rounding); an\nappendix with a line per unit. Verification rounds: the accuracy of the units'\nself-assessments (the most overstated first), provisional units marked *;\n--koreksi, --final and --config (letterhead and signatories) as for score.\n\nFormat from -o: .pdf (A4) or .xlsx (the same tables as sheets, with Excel\ncharts). Region and period: the most common value in the data, or\n--region/--period. Date: --date, else SOURCE_DATE_EPOCH, else the latest\nassessment date (\"data as of …\"); never the computer's clock, so the same data\ngives exactly the same file. Files are written whole or not at all.\n\nEXIT STATUS\n  0  report written; every unit complete\n  1  unexpected error\n  2  wrong usage (flags or arguments)\n  3  invalid input: every problem is printed, no file is written\n  4  report written, but some units are incomplete (listed in the report,\n     not counted in the region's score)\n  6  --final: some unit is still provisional (verification not finished); no\n     file is written"},
		HelpReportExample:          {"  kepatuhan report testdata/example/penilaian-2024.xlsx -o laporan-2024.pdf\n  kepatuhan report hasil-2024.json --region \"Kabupaten Contoh\" --period 2024 -o laporan-2024.xlsx\n  kepatuhan report penilaian/ --rubric ombudsman-2023 --date 2024-12-31 -o laporan.pdf", "  kepatuhan report testdata/example/penilaian-2024.xlsx -o report-2024.pdf --lang en\n  kepatuhan report results-2024.json --region \"Kabupaten Contoh\" --period 2024 -o report-2024.xlsx\n  kepatuhan report assessments/ --rubric ombudsman-2023 --date 2024-12-31 -o report.pdf"},
		FlagReportTitle:            {"judul laporan (bawaan: \"Laporan Hasil\" dan judul rubrik)", "the report's title (default: \"Report:\" and the rubric's title)"},
		FlagReportRegion:           {"nama daerah (bawaan: Wilayah yang paling sering di data)", "the region's name (default: the most common Wilayah in the data)"},
		FlagReportPeriod:           {"periode (bawaan: Periode yang paling sering di data)", "the period (default: the most common Periode in the data)"},
		FlagReportDate:             {"tanggal laporan TTTT-BB-HH (bawaan: SOURCE_DATE_EPOCH, atau tanggal penilaian terakhir)", "the report's date YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else the latest assessment date)"},
		FlagReportOutput:           {"berkas laporan, .pdf atau .xlsx (wajib)", "the report file, .pdf or .xlsx (required)"},
		ReportNeedOutput:           {"sebutkan berkas laporan dengan -o LAPORAN.pdf atau -o LAPORAN.xlsx", "name the report file with -o REPORT.pdf or -o REPORT.xlsx"},
		ReportBadFormat:            {"-o %q: laporan ditulis sebagai .pdf atau .xlsx", "-o %q: the report is written as .pdf or .xlsx"},
		ReportBadDate:              {"--date %q: tulis tanggal sebagai TTTT-BB-HH, mis. 2024-12-31", "--date %q: write the date as YYYY-MM-DD, e.g. 2024-12-31"},
		ReportWrote:                {"ditulis: %s (%d unit, %d lengkap)", "wrote %s (%d units, %d complete)"},
		ReportNoUnits:              {"tidak ada unit untuk dilaporkan; tidak ada berkas yang ditulis", "no units to report; no file written"},
		ReportRegionsNotice:        {"unit berasal dari %s wilayah; laporan menyebut daerahnya \"%s\"", "the units come from %s regions; the report calls its region \"%s\""},
		HintReportRegion:           {"beri nama daerah laporan dengan --region (misalnya --region \"Provinsi Jawa Tengah\")", "name the report's region with --region (for example --region \"Central Java Province\")"},
		ReportIncompleteNotice:     {"unit belum lengkap: %d; dicantumkan di laporan, tidak dihitung dalam nilai daerah", "incomplete units: %d; listed in the report, not counted in the region's score"},
	} {
		catalog[k] = e
	}
}
