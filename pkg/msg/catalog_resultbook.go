package msg

// Words of the results workbook (package resultbook): sheet names, column
// headers, cell values and the errors of reading one back. Sheet names
// stay within Excel's 31 characters and avoid : \ / ? * [ ].

// Message keys: results workbook sheets.
const (
	BookSheetSummary  Key = "book.sheet.summary"
	BookSheetZones    Key = "book.sheet.zones"
	BookSheetDetails  Key = "book.sheet.details"
	BookSheetFindings Key = "book.sheet.findings"
	BookSheetMetadata Key = "book.sheet.metadata"
)

// Message keys: results workbook column headers.
const (
	BookColUnitCode       Key = "book.col.unit-code"
	BookColUnitName       Key = "book.col.unit-name"
	BookColUnitType       Key = "book.col.unit-type"
	BookColRegion         Key = "book.col.region"
	BookColPeriod         Key = "book.col.period"
	BookColScore          Key = "book.col.score"
	BookColGrade          Key = "book.col.grade"
	BookColBand           Key = "book.col.band"
	BookColZone           Key = "book.col.zone"
	BookColStatus         Key = "book.col.status"
	BookColMet            Key = "book.col.met"
	BookColPartial        Key = "book.col.partial"
	BookColNotMet         Key = "book.col.not-met"
	BookColNA             Key = "book.col.na"
	BookColNotApplicable  Key = "book.col.not-applicable"
	BookColMissing        Key = "book.col.missing"
	BookColIndicator      Key = "book.col.indicator"
	BookColGroup          Key = "book.col.group"
	BookColIndicatorText  Key = "book.col.indicator-text"
	BookColAnswer         Key = "book.col.answer"
	BookColValue          Key = "book.col.value"
	BookColRespondents    Key = "book.col.respondents"
	BookColFraction       Key = "book.col.fraction"
	BookColPoints         Key = "book.col.points"
	BookColMax            Key = "book.col.max"
	BookColNote           Key = "book.col.note"
	BookColEvidence       Key = "book.col.evidence"
	BookColSource         Key = "book.col.source"
	BookColFinding        Key = "book.col.finding"
	BookColRecommendation Key = "book.col.recommendation"
	BookColUnits          Key = "book.col.units"
	BookColShare          Key = "book.col.share"
	BookColMin            Key = "book.col.min"
	BookColMaxScore       Key = "book.col.max-score"
	BookColFile           Key = "book.col.file"
	BookColPath           Key = "book.col.path"
	BookColSHA256         Key = "book.col.sha256"
	BookColSize           Key = "book.col.size"
)

// Message keys: results workbook cell values and Metadata labels.
const (
	BookComplete          Key = "book.complete"
	BookIncomplete        Key = "book.incomplete"
	BookStMet             Key = "book.st.met"
	BookStPartial         Key = "book.st.partial"
	BookStNotMet          Key = "book.st.not-met"
	BookStNA              Key = "book.st.na"
	BookStNotApplicable   Key = "book.st.not-applicable"
	BookStMissing         Key = "book.st.missing"
	BookFindingMissing    Key = "book.finding-missing"
	BookTotal             Key = "book.total"
	BookChartTitle        Key = "book.chart-title"
	BookChartCategory     Key = "book.chart-category"
	BookMetaTitle         Key = "book.meta.title"
	BookMetaNotice        Key = "book.meta.notice"
	BookMetaRubric        Key = "book.meta.rubric"
	BookMetaRubricVersion Key = "book.meta.rubric-version"
	BookMetaRubricTitle   Key = "book.meta.rubric-title"
	BookMetaRubricHash    Key = "book.meta.rubric-hash"
	BookMetaScale         Key = "book.meta.scale"
	BookMetaScaleLinear   Key = "book.meta.scale-linear"
	BookMetaScaleSum      Key = "book.meta.scale-sum"
	BookMetaRounding      Key = "book.meta.rounding"
	BookMetaRoundingText  Key = "book.meta.rounding-text"
	BookMetaUnits         Key = "book.meta.units"
	BookMetaUnitsText     Key = "book.meta.units-text"
	BookMetaTool          Key = "book.meta.tool"
	BookMetaTime          Key = "book.meta.time"
	BookMetaTimeUnset     Key = "book.meta.time-unset"
	BookMetaLang          Key = "book.meta.lang"
	BookMetaLangName      Key = "book.meta.lang-name"
	BookMetaData          Key = "book.meta.data"
	BookMetaDataText      Key = "book.meta.data-text"
	BookMetaBands         Key = "book.meta.bands"
	BookMetaInputs        Key = "book.meta.inputs"
	BookMetaNoInputs      Key = "book.meta.no-inputs"
	BookHiddenNote        Key = "book.hidden-note"
)

// Message keys: reading a results workbook back.
const (
	BookTooManyRows    Key = "book.too-many-rows"
	HintBookJSON       Key = "hint.book-json"
	BookNotXLSX        Key = "book.not-xlsx"
	BookNotResultBook  Key = "book.not-resultbook"
	BookUnknownFormat  Key = "book.unknown-format"
	BookDamaged        Key = "book.damaged"
	BookChecksum       Key = "book.checksum"
	BookBadResults     Key = "book.bad-results"
	HintBookRegenerate Key = "hint.book-regenerate"
	HintBookScoreXLSX  Key = "hint.book-score-xlsx"
)

func init() {
	for k, e := range map[Key]entry{
		BookSheetSummary:  {"Ringkasan", "Summary"},
		BookSheetZones:    {"Zona", "Zones"},
		BookSheetDetails:  {"Rincian", "Details"},
		BookSheetFindings: {"Temuan", "Findings"},
		BookSheetMetadata: {"Metadata", "Metadata"},

		BookColUnitCode:       {"Kode unit", "Unit code"},
		BookColUnitName:       {"Nama unit", "Unit name"},
		BookColUnitType:       {"Jenis unit", "Unit type"},
		BookColRegion:         {"Wilayah", "Region"},
		BookColPeriod:         {"Periode", "Period"},
		BookColScore:          {"Nilai", "Score"},
		BookColGrade:          {"Kategori", "Grade"},
		BookColBand:           {"Predikat", "Rating"},
		BookColZone:           {"Zona", "Zone"},
		BookColStatus:         {"Status", "Status"},
		BookColMet:            {"Terpenuhi", "Met"},
		BookColPartial:        {"Sebagian", "Partly met"},
		BookColNotMet:         {"Tidak terpenuhi", "Not met"},
		BookColNA:             {"N/A", "N/A"},
		BookColNotApplicable:  {"Bukan jenisnya", "Not for type"},
		BookColMissing:        {"Belum diisi", "Missing"},
		BookColIndicator:      {"Kode indikator", "Indicator code"},
		BookColGroup:          {"Kelompok", "Group"},
		BookColIndicatorText:  {"Indikator", "Indicator"},
		BookColAnswer:         {"Jawaban", "Answer"},
		BookColValue:          {"Nilai jawaban", "Answer value"},
		BookColRespondents:    {"Responden", "Respondents"},
		BookColFraction:       {"Capaian", "Earned"},
		BookColPoints:         {"Poin", "Points"},
		BookColMax:            {"Poin maks.", "Max points"},
		BookColNote:           {"Catatan", "Note"},
		BookColEvidence:       {"Bukti", "Evidence"},
		BookColSource:         {"Sumber", "Source"},
		BookColFinding:        {"Temuan", "Finding"},
		BookColRecommendation: {"Rekomendasi", "Recommendation"},
		BookColUnits:          {"Jumlah unit", "Units"},
		BookColShare:          {"Persentase", "Share"},
		BookColMin:            {"Dari nilai", "From score"},
		BookColMaxScore:       {"Sampai nilai", "To score"},
		BookColFile:           {"Berkas", "File"},
		BookColPath:           {"Lokasi berkas", "Path"},
		BookColSHA256:         {"SHA-256", "SHA-256"},
		BookColSize:           {"Ukuran (bita)", "Size (bytes)"},

		BookComplete:          {"Lengkap", "Complete"},
		BookIncomplete:        {"Belum lengkap", "Incomplete"},
		BookStMet:             {"Terpenuhi", "Met"},
		BookStPartial:         {"Terpenuhi sebagian", "Partly met"},
		BookStNotMet:          {"Tidak terpenuhi", "Not met"},
		BookStNA:              {"N/A", "N/A"},
		BookStNotApplicable:   {"Bukan untuk jenis unit ini", "Not for this unit type"},
		BookStMissing:         {"Belum diisi", "Missing"},
		BookFindingMissing:    {"Belum dinilai: unit ini belum dapat diberi nilai sampai indikator ini diisi", "Not assessed: the unit cannot be scored until this indicator is answered"},
		BookTotal:             {"Jumlah", "Total"},
		BookChartTitle:        {"Jumlah unit per zona", "Units per zone"},
		BookChartCategory:     {"Unit", "Units"},
		BookMetaTitle:         {"Buku hasil penilaian kepatuhan", "Compliance assessment results workbook"},
		BookMetaNotice:        {"Laporan tahunan dan perbandingan antartahun membaca ulang angka-angka di buku ini dari lembar tersembunyi %s, bukan dari lembar yang terlihat: perubahan pada lembar yang terlihat tidak ikut terbaca", "The annual report and the year-over-year comparison read the numbers in this workbook back from the hidden sheet %s, not from the visible sheets: edits to the visible sheets are not read"},
		BookMetaRubric:        {"Rubrik", "Rubric"},
		BookMetaRubricVersion: {"Versi rubrik", "Rubric version"},
		BookMetaRubricTitle:   {"Judul rubrik", "Rubric title"},
		BookMetaRubricHash:    {"Hash rubrik (SHA-256)", "Rubric hash (SHA-256)"},
		BookMetaScale:         {"Skala", "Scale"},
		BookMetaScaleLinear:   {"%s sampai %s, linear", "%s to %s, linear"},
		BookMetaScaleSum:      {"%s sampai %s, jumlah berbobot × %s", "%s to %s, weighted sum × %s"},
		BookMetaRounding:      {"Pembulatan", "Rounding"},
		BookMetaRoundingText:  {"%d desimal, %s", "%d decimals, %s"},
		BookMetaUnits:         {"Unit", "Units"},
		BookMetaUnitsText:     {"%d (%d lengkap, %d belum lengkap)", "%d (%d complete, %d incomplete)"},
		BookMetaTool:          {"Dibuat dengan", "Made with"},
		BookMetaTime:          {"Waktu pembuatan", "Generated"},
		BookMetaTimeUnset:     {"tidak dicatat", "not recorded"},
		BookMetaLang:          {"Bahasa", "Language"},
		BookMetaLangName:      {"Bahasa Indonesia (id)", "English (en)"},
		BookMetaData:          {"Data", "Data"},
		BookMetaDataText:      {"lembar tersembunyi %s: %d bita, SHA-256 %s", "hidden sheet %s: %d bytes, SHA-256 %s"},
		BookMetaBands:         {"Pita nilai", "Bands"},
		BookMetaInputs:        {"Berkas masukan", "Input files"},
		BookMetaNoInputs:      {"tidak ada", "none"},
		BookHiddenNote:        {"Lembar ini menyimpan hasil penilaian (%s) yang dibaca ulang untuk laporan tahunan dan perbandingan antartahun. Jangan diubah: isinya diperiksa dengan SHA-256.", "This sheet holds the assessment results (%s) that the annual report and the year-over-year comparison read back. Do not edit it: its contents are checked with SHA-256."},

		BookTooManyRows:    {"lembar %s memerlukan %d baris, lebih dari batas Excel %d baris", "sheet %s needs %d rows, more than Excel's limit of %d rows"},
		HintBookJSON:       {"simpan hasil sebanyak ini sebagai JSON (kepatuhan score --json), atau bagi unit ke beberapa buku", "save this many results as JSON (kepatuhan score --json), or split the units over several workbooks"},
		BookNotXLSX:        {"bukan berkas .xlsx yang dapat dibaca: %s", "not a readable .xlsx file: %s"},
		BookNotResultBook:  {"bukan buku hasil kepatuhan: tidak ada lembar tersembunyi %s", "not a kepatuhan results workbook: there is no hidden sheet %s"},
		BookUnknownFormat:  {"lembar %s memakai format %q, yang tidak dikenal (dikenal: %s)", "sheet %s uses format %q, which is not known (known: %s)"},
		BookDamaged:        {"lembar tersembunyi %s rusak: sel %s kosong atau tidak sah", "the hidden sheet %s is damaged: cell %s is empty or not valid"},
		BookChecksum:       {"isi lembar tersembunyi %s tidak cocok dengan SHA-256 yang tercatat (%s): lembar itu diubah atau rusak", "the contents of the hidden sheet %s do not match the recorded SHA-256 (%s): the sheet was edited or is damaged"},
		BookBadResults:     {"data hasil di lembar tersembunyi %s tidak sah: %s", "the results data in the hidden sheet %s is not valid: %s"},
		HintBookRegenerate: {"buat ulang buku hasil dengan kepatuhan score --xlsx dari lembar observasi aslinya", "make the results workbook again with kepatuhan score --xlsx from the original observation workbooks"},
		HintBookScoreXLSX:  {"buku hasil dibuat dengan kepatuhan score --xlsx", "a results workbook is made with kepatuhan score --xlsx"},
	} {
		catalog[k] = e
	}
}
