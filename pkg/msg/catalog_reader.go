package msg

// Words of the readers: what a folder input holds that is not read,
// codes and cells that would otherwise give a silent wrong result
// (invisible characters, duplicated headers, error values, hidden rows),
// units of different periods, damaged parts of a workbook, results files
// that disagree with themselves, rubric numbers out of bounds.

// Message keys: codes and cells.
const (
	SheetInvisibleCode   Key = "sheet.invisible-code"
	HintInvisibleCode    Key = "hint.invisible-code"
	SheetDuplicateHeader Key = "sheet.duplicate-header"
	HintDuplicateHeader  Key = "hint.duplicate-header"
	HintErrorValue       Key = "hint.error-value"
	SheetHiddenAnswers   Key = "sheet.hidden-answers"
	HintHiddenAnswers    Key = "hint.hidden-answers"
	SheetMergedEmpty     Key = "sheet.merged-empty"
	HintMergedEmpty      Key = "hint.merged-empty"
	SheetMistypedYear    Key = "sheet.mistyped-year"
)

func init() {
	for k, e := range map[Key]entry{
		SheetInvisibleCode:   {"kode %q di sel ini berisi karakter tak terlihat (%s); kode dibaca tanpa karakter itu", "the code %q in this cell holds invisible characters (%s); the code is read without them"},
		SheetDuplicateHeader: {"judul kolom %q mengulang judul di %s: keduanya dibaca sebagai %s", "column header %q repeats the header in %s: both read as %s"},
		HintDuplicateHeader:  {"sisakan satu kolom %s: hapus atau ganti judul kolom yang lain (juga bila kolom itu tersembunyi)", "keep one %s column: delete the other or rename its header (also when that column is hidden)"},
		HintErrorValue:       {"nilai galat bukan kode, nama atau jawaban: perbaiki rumusnya, atau tulis nilainya langsung", "an error value is never a code, a name or an answer: fix the formula, or type the value directly"},
		HintInvisibleCode:    {"ketik ulang kodenya: karakter itu biasanya terbawa dari salinan teks web, PDF atau pesan", "retype the code: such characters usually come with text copied from the web, a PDF or a message"},
		SheetHiddenAnswers:   {"%d jawaban di lembar ini ada di baris atau kolom tersembunyi (yang pertama di sel ini); jawaban itu ikut dinilai", "%d answers in this sheet are in hidden rows or columns (the first in this cell); they are scored"},
		HintHiddenAnswers:    {"tampilkan baris dan kolom tersembunyi (Unhide), lalu periksa jawaban itu; hapus yang bukan jawaban akhir", "unhide the rows and columns and check those answers; delete any that are not final"},
		SheetMergedEmpty:     {"sel jawaban ini kosong: sel ini bagian dari sel gabungan %s, yang isinya hanya milik %s", "this answer cell is empty: it is part of the merged cells %s, whose value belongs to %s only"},
		SheetMistypedYear:    {"Tahun %q memuat huruf (O atau l) di tempat angka; dibaca apa adanya, sebagai tahun lain", "Tahun %q holds a letter (O or l) where a digit belongs; it is read as it is, as another year"},
		HintMergedEmpty:      {"isi jawaban di sel ini sendiri, atau pisahkan sel gabungan (Unmerge) lalu isi setiap sel", "type the answer in this cell itself, or unmerge the cells and fill each one"},
	} {
		catalog[k] = e
	}
}

// Message keys: rubric numbers.
const (
	RubricNumberRange            Key = "rubric.number-range"
	HintNumberRange              Key = "hint.number-range"
	RubricWeightTooSmall         Key = "rubric.weight-too-small"
	HintWeightTooSmall           Key = "hint.weight-too-small"
	RubricScaleTooLarge          Key = "rubric.scale-too-large"
	HintScaleTooLarge            Key = "hint.scale-too-large"
	RubricScaleTooNarrow         Key = "rubric.scale-too-narrow"
	RubricWeightedSumOver        Key = "rubric.weighted-sum-over"
	RubricVariantWeightedSumOver Key = "rubric.variant-weighted-sum-over"
	HintWeightedSumOver          Key = "hint.weighted-sum-over"
)

func init() {
	for k, e := range map[Key]entry{
		RubricNumberRange:            {"angka %s untuk %s di luar batas", "the number %s for %s is out of range"},
		HintNumberRange:              {"angka dalam rubrik berada antara -%s dan %s", "rubric numbers lie between -%s and %s"},
		RubricWeightTooSmall:         {"bobot %s sebesar %s terlalu kecil", "weight %[2]s of %[1]s is too small"},
		HintWeightTooSmall:           {"bobot paling kecil %s; bobot relatif terhadap saudaranya, jadi kalikan semuanya bila perlu", "the smallest weight is %s; weights are relative to their siblings, so multiply them all if needed"},
		RubricScaleTooLarge:          {"%s untuk %s terlalu besar untuk skala dengan %d desimal: nilai tidak lagi tepat", "%s for %s is too large for a scale of %d decimals: scores would no longer be exact"},
		HintScaleTooLarge:            {"batas skala paling jauh ±%s", "a scale reaches at most ±%s"},
		RubricScaleTooNarrow:         {"skala %s–%s lebih sempit dari satu langkah %d desimal", "the scale %s–%s is narrower than one step of %d decimals"},
		RubricWeightedSumOver:        {"nilai tertinggi yang mungkin (faktor × Σ bobot × nilai tertinggi) %s melebihi batas atas skala %s", "the highest possible score (factor × Σ weight × highest value) %s exceeds the scale's maximum %s"},
		RubricVariantWeightedSumOver: {"varian %s: nilai tertinggi yang mungkin (faktor × Σ bobot × nilai tertinggi) %s melebihi batas atas skala %s", "variant %s: the highest possible score (factor × Σ weight × highest value) %s exceeds the scale's maximum %s"},
		HintWeightedSumOver:          {"perkecil bobot atau faktor, atau naikkan max skala", "lower the weights or the factor, or raise the scale's max"},
	} {
		catalog[k] = e
	}
}

// Message keys: damaged files, and files over the limits, said in the
// user's language from what the reader found (the English detail of
// file.corrupt and file.too-large is left for what excelize itself
// reports).
const (
	FileDamagedZip            Key = "file.damaged-zip"
	FileDamagedPartMissing    Key = "file.damaged-part-missing"
	FileDamagedPartData       Key = "file.damaged-part-data"
	FileDamagedPartSize       Key = "file.damaged-part-size"
	FileDamagedChecksum       Key = "file.damaged-checksum"
	FileDamagedPartNames      Key = "file.damaged-part-names"
	FileDamagedXML            Key = "file.damaged-xml"
	FileDamagedSheetXML       Key = "file.damaged-sheet-xml"
	FileDamagedSheetXMLRow    Key = "file.damaged-sheet-xml-row"
	FileDamagedSheetNoName    Key = "file.damaged-sheet-no-name"
	FileDamagedSheetsSameName Key = "file.damaged-sheets-same-name"
	FileDamagedSheetNoPart    Key = "file.damaged-sheet-no-part"
	FileDamagedRowNumber      Key = "file.damaged-row-number"
	FileDamagedCellRef        Key = "file.damaged-cell-ref"
	FileDamagedCellType       Key = "file.damaged-cell-type"
	FileDamagedColumn         Key = "file.damaged-column"
	FileDamagedBool           Key = "file.damaged-bool"
	FileDamagedSharedString   Key = "file.damaged-shared-string"
	FileDamagedDuplicateCell  Key = "file.damaged-duplicate-cell"
	FileDamagedDuplicateRow   Key = "file.damaged-duplicate-row"
	FileTooLargePart          Key = "file.too-large-part"
	FileTooLargeTotal         Key = "file.too-large-total"
	FileTooLargeRatio         Key = "file.too-large-ratio"
	FileTooLargeDeclared      Key = "file.too-large-declared"
	FileTooLargeElement       Key = "file.too-large-element"
	FileTooLargeStrings       Key = "file.too-large-strings"
)

func init() {
	const (
		rusak = "berkas rusak atau terpotong: "
		bad   = "the file is damaged or truncated: "
		besar = "berkas melebihi batas ukuran saat diekstrak ("
		large = "the file exceeds the size limits when unpacked ("
		bom   = "); kemungkinan zip bomb"
		bomb  = "); possibly a zip bomb"
	)
	for k, e := range map[Key]entry{
		FileDamagedZip:            {rusak + "arsip zip-nya tidak utuh", bad + "its zip archive is incomplete or broken"},
		FileDamagedPartMissing:    {rusak + "bagian %s tidak ada", bad + "part %s is missing"},
		FileDamagedPartData:       {rusak + "data terkompresi bagian %s tidak terbaca", bad + "the compressed data of part %s cannot be read"},
		FileDamagedPartSize:       {rusak + "ukuran bagian %s tidak sama dengan yang tertulis di zip", bad + "part %s is not the size the zip declares"},
		FileDamagedChecksum:       {rusak + "bagian %s tidak lolos checksum", bad + "part %s fails its checksum"},
		FileDamagedPartNames:      {rusak + "dua bagian bernama %s dan %s, hanya beda huruf besar-kecil: Excel dan aplikasi lain membaca salah satunya saja", bad + "two parts are named %s and %s, which differ only in case: Excel and other tools each read one or the other"},
		FileDamagedXML:            {rusak + "XML bagian %s rusak", bad + "the XML of part %s is malformed"},
		FileDamagedSheetXML:       {rusak + "XML lembar ini rusak", bad + "this sheet's XML is malformed"},
		FileDamagedSheetXMLRow:    {rusak + "XML lembar ini rusak di sekitar baris %d", bad + "this sheet's XML is malformed near row %d"},
		FileDamagedSheetNoName:    {rusak + "lembar ke-%d tidak bernama", bad + "sheet %d has no name"},
		FileDamagedSheetsSameName: {rusak + "dua lembar bernama %q", bad + "two sheets are named %q"},
		FileDamagedSheetNoPart:    {rusak + "isi lembar %q tidak ada di dalam berkas", bad + "the content of sheet %q is missing from the file"},
		FileDamagedRowNumber:      {rusak + "nomor baris %q tidak sah", bad + "row number %q is not valid"},
		FileDamagedCellRef:        {rusak + "referensi sel %q di baris %d tidak sah", bad + "cell reference %q in row %d is not valid"},
		FileDamagedCellType:       {rusak + "sel berjenis %q yang tidak dikenal", bad + "a cell of unknown type %q"},
		FileDamagedColumn:         {rusak + "sel di baris %d melewati kolom terakhir (XFD)", bad + "a cell in row %d lies beyond the last column (XFD)"},
		FileDamagedBool:           {rusak + "sel boolean berisi %q", bad + "a boolean cell holds %q"},
		FileDamagedSharedString:   {rusak + "sel merujuk teks bersama nomor %s, padahal berkas hanya punya %d", bad + "the cell refers to shared string number %s, but the file has only %d"},
		FileDamagedDuplicateCell:  {rusak + "sel ini tertulis dua kali di XML lembar; aplikasi berbeda membaca isi yang berbeda", bad + "this cell is written twice in the sheet's XML; tools differ on which one they read"},
		FileDamagedDuplicateRow:   {rusak + "baris %d tertulis dua kali di XML lembar; aplikasi berbeda membaca isi yang berbeda", bad + "row %d is written twice in the sheet's XML; tools differ on which one they read"},
		FileTooLargePart:          {besar + "bagian %s lebih dari batas %d byte" + bom, large + "part %s is over the limit of %d bytes" + bomb},
		FileTooLargeTotal:         {besar + "seluruh bagian lebih dari %d byte" + bom, large + "the parts come to over %d bytes in all" + bomb},
		FileTooLargeRatio:         {besar + "bagian %s terkompresi lebih dari %d:1" + bom, large + "part %s is compressed more than %d:1" + bomb},
		FileTooLargeDeclared:      {besar + "bagian %s mengembang melebihi %d byte yang tertulis di zip" + bom, large + "part %s inflates beyond the %d bytes the zip declares" + bomb},
		FileTooLargeElement:       {besar + "satu elemen XML lebih dari %d byte" + bom, large + "an XML element is over %d bytes" + bomb},
		FileTooLargeStrings:       {besar + "teks bersama (shared strings) memerlukan lebih dari %d MB memori" + bom, large + "the shared strings need over %d MB of memory" + bomb},
	} {
		catalog[k] = e
	}
}

// Message keys: results files read back.
const (
	ResultsNotJSON         Key = "results.not-json"
	ResultsWantNumber      Key = "results.want-number"
	ResultsWantText        Key = "results.want-text"
	ResultsWantBool        Key = "results.want-bool"
	ResultsWantList        Key = "results.want-list"
	ResultsWantObject      Key = "results.want-object"
	ResultsSchema          Key = "results.schema"
	ResultsRubricHash      Key = "results.rubric-hash"
	ResultsBadCell         Key = "results.bad-cell"
	ResultsBadPlace        Key = "results.bad-place"
	ResultsUnitStatus      Key = "results.unit-status"
	ResultsUnitScoreStatus Key = "results.unit-score-status"
	ResultsUnitBand        Key = "results.unit-band"
	ResultsUnitShape       Key = "results.unit-shape"
	ResultsUnitGroup       Key = "results.unit-group"
	ResultsUnitIndicator   Key = "results.unit-indicator"
	ResultsIndicatorStatus Key = "results.indicator-status"
	HintResultsEdited      Key = "hint.results-edited"
	ResultsTruncated       Key = "results.truncated"
	HintResultsOnly        Key = "hint.results-only"
	IngestRescored         Key = "ingest.rescored"
	IngestRescoredAnswer   Key = "ingest.rescored-answer"
	IngestRescoredAnswerNA Key = "ingest.rescored-answer-na"
	HintRescored           Key = "hint.rescored"
)

func init() {
	for k, e := range map[Key]entry{
		ResultsNotJSON:         {"berkas hasil tidak sah: JSON-nya rusak di sini", "invalid results file: the JSON is malformed here"},
		ResultsWantNumber:      {"berkas hasil tidak sah: %s harus berupa angka, tertulis %s", "invalid results file: %s must be a number, found %s"},
		ResultsWantText:        {"berkas hasil tidak sah: %s harus berupa teks dalam tanda petik, tertulis %s", "invalid results file: %s must be text in quotes, found %s"},
		ResultsWantBool:        {"berkas hasil tidak sah: %s harus true atau false, tertulis %s", "invalid results file: %s must be true or false, found %s"},
		ResultsWantList:        {"berkas hasil tidak sah: %s harus berupa daftar [ … ], tertulis %s", "invalid results file: %s must be a list [ … ], found %s"},
		ResultsWantObject:      {"berkas hasil tidak sah: %s harus berupa objek { … }, tertulis %s", "invalid results file: %s must be an object { … }, found %s"},
		ResultsSchema:          {"berkas ini bukan berkas hasil kepatuhan: schema %q, seharusnya %q", "this is not a kepatuhan results file: schema %q, want %q"},
		ResultsRubricHash:      {"rubrik di dalam berkas hasil tidak cocok dengan hash-nya %s: berkas telah diubah", "the rubric inside the results file does not match its hash %s: the file was edited"},
		ResultsBadCell:         {"berkas hasil tidak sah: referensi sel %q", "invalid results file: cell reference %q"},
		ResultsBadPlace:        {"berkas hasil tidak sah: unit %s: tempat %s tidak menunjuk ke sebuah berkas masukan", "invalid results file: unit %s: the place %s names no input file"},
		ResultsUnitStatus:      {"berkas hasil tidak sah: unit %s berstatus %q yang tidak dikenal", "invalid results file: unit %s has the unknown status %q"},
		ResultsUnitScoreStatus: {"berkas hasil tidak sah: nilai unit %s tidak sesuai dengan statusnya %q", "invalid results file: the score of unit %s does not go with its status %q"},
		ResultsUnitBand:        {"berkas hasil tidak sah: nilai %[2]s unit %[1]s masuk kategori %[3]s, bukan %[4]s seperti tertulis", "invalid results file: unit %s's score %s is in band %s, not %s as written"},
		ResultsUnitShape:       {"berkas hasil tidak sah: unit %s punya %d kelompok dan %d indikator; rubriknya %d dan %d", "invalid results file: unit %s has %d groups and %d indicators; the rubric has %d and %d"},
		ResultsUnitGroup:       {"berkas hasil tidak sah: kelompok ke-%[2]d unit %[1]s adalah %[3]q, rubrik menyebut %[4]q", "invalid results file: unit %s's group %d is %q, the rubric says %q"},
		ResultsUnitIndicator:   {"berkas hasil tidak sah: indikator ke-%[2]d unit %[1]s adalah %[3]q, rubrik menyebut %[4]q", "invalid results file: unit %s's indicator %d is %q, the rubric says %q"},
		ResultsIndicatorStatus: {"berkas hasil tidak sah: unit %s, indikator %s berstatus %q yang tidak dikenal", "invalid results file: unit %s, indicator %s has the unknown status %q"},
		ResultsTruncated:       {"berkas hasil tidak sah: JSON-nya terpotong di sini", "invalid results file: the JSON is cut short here"},
		HintResultsOnly:        {"sebut hanya berkas hasil JSON yang ditulis kepatuhan score -o", "name only results JSON written by kepatuhan score -o"},
		HintResultsEdited:      {"berkas hasil ditulis oleh kepatuhan score dan tidak untuk diubah; tulis ulang dari buku kerja observasinya", "results files are written by kepatuhan score and are not to be edited; write it again from the observation workbooks"},
		IngestRescored:         {"unit %s: nilai tersimpan %s tidak sesuai dengan jawabannya sendiri, yang memberi %s; yang dipakai nilai dari jawaban", "unit %s: the stored score %s does not follow from its own answers, which give %s; the answers are scored"},
		IngestRescoredAnswer:   {"unit %s, indikator %s: nilai tersimpan %s tidak sesuai dengan jawaban %q (%s); yang dipakai jawabannya", "unit %s, indicator %s: the stored value %s does not match the answer %q (%s); the answer is scored"},
		IngestRescoredAnswerNA: {"unit %s, indikator %s: status tersimpan tidak sesuai dengan jawaban %q; yang dipakai jawabannya", "unit %s, indicator %s: the stored status does not match the answer %q; the answer is scored"},
		HintRescored:           {"berkas hasil ini telah diubah di luar kepatuhan; periksa angkanya dengan buku kerja observasinya", "this results file was changed outside kepatuhan; check its figures against the observation workbooks"},
	} {
		catalog[k] = e
	}
}

// Message keys: folders and periods.
const (
	IngestSkippedFolder  Key = "ingest.skipped-folder"
	HintSkippedFolder    Key = "hint.skipped-folder"
	IngestSkippedResults Key = "ingest.skipped-results"
	HintSkippedResults   Key = "hint.skipped-results"
	IngestMixedPeriods   Key = "ingest.mixed-periods"
	HintMixedPeriods     Key = "hint.mixed-periods"
)

func init() {
	for k, e := range map[Key]entry{
		IngestSkippedFolder:  {"subfolder tidak dibaca: folder masukan dibaca satu tingkat saja", "subfolder not read: an input folder is read one level deep only"},
		HintSkippedFolder:    {"bila buku kerja di dalamnya ikut dinilai, sebut subfolder itu juga", "if the workbooks in it are to be scored too, name the subfolder as well"},
		IngestSkippedResults: {"berkas hasil di dalam folder tidak dibaca", "a results file inside a folder is not read"},
		HintSkippedResults:   {"berkas hasil dibaca hanya bila disebut sendiri; sebut berkasnya bila memang mau dipakai", "results files are read only when named; name the file if it is meant to be used"},
		IngestMixedPeriods:   {"unit %s untuk tahun %s, tetapi unit %s untuk tahun %s (%s): satu penilaian hanya untuk satu tahun", "unit %s is for year %s, but unit %s is for year %s (%s): one run scores one year"},
		HintMixedPeriods:     {"nilai setiap tahun terpisah (perbandingan antartahun: kepatuhan diff), perbaiki Tahun yang salah, atau pakai --mixed-periods bila memang disengaja", "score each year on its own (to compare years: kepatuhan diff), correct the wrong Tahun, or use --mixed-periods if it is meant"},
	} {
		catalog[k] = e
	}
}
