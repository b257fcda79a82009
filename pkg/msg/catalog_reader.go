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
)

func init() {
	for k, e := range map[Key]entry{
		SheetInvisibleCode:   {"kode %q di sel ini berisi karakter tak terlihat (%s); kode dibaca tanpa karakter itu", "the code %q in this cell holds invisible characters (%s); the code is read without them"},
		SheetDuplicateHeader: {"judul kolom %q mengulang judul di %s: keduanya dibaca sebagai %s", "column header %q repeats the header in %s: both read as %s"},
		HintDuplicateHeader:  {"sisakan satu kolom %s: hapus atau ganti judul kolom yang lain (juga bila kolom itu tersembunyi)", "keep one %s column: delete the other or rename its header (also when that column is hidden)"},
		HintErrorValue:       {"nilai galat bukan kode, nama atau jawaban: perbaiki rumusnya, atau tulis nilainya langsung", "an error value is never a code, a name or an answer: fix the formula, or type the value directly"},
		HintInvisibleCode:    {"ketik ulang kodenya: karakter itu biasanya terbawa dari salinan teks web, PDF atau pesan", "retype the code: such characters usually come with text copied from the web, a PDF or a message"},
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

// Message keys: folders and periods.
const (
	IngestSkippedFolder  Key = "ingest.skipped-folder"
	HintSkippedFolder    Key = "hint.skipped-folder"
	IngestSkippedResults Key = "ingest.skipped-results"
	HintSkippedResults   Key = "hint.skipped-results"
	IngestSkippedFiles   Key = "ingest.skipped-files"
	IngestMixedPeriods   Key = "ingest.mixed-periods"
	HintMixedPeriods     Key = "hint.mixed-periods"
)

func init() {
	for k, e := range map[Key]entry{
		IngestSkippedFolder:  {"subfolder tidak dibaca: folder masukan dibaca satu tingkat saja", "subfolder not read: an input folder is read one level deep only"},
		HintSkippedFolder:    {"bila buku kerja di dalamnya ikut dinilai, sebut subfolder itu juga", "if the workbooks in it are to be scored too, name the subfolder as well"},
		IngestSkippedResults: {"berkas hasil di dalam folder tidak dibaca", "a results file inside a folder is not read"},
		HintSkippedResults:   {"berkas hasil dibaca hanya bila disebut sendiri; sebut berkasnya bila memang mau dipakai", "results files are read only when named; name the file if it is meant to be used"},
		IngestSkippedFiles:   {"%d berkas yang bukan buku kerja .xlsx dilewati: %s", "%d files that are not .xlsx workbooks skipped: %s"},
		IngestMixedPeriods:   {"unit %s untuk tahun %s, tetapi unit %s untuk tahun %s (%s): satu penilaian hanya untuk satu tahun", "unit %s is for year %s, but unit %s is for year %s (%s): one run scores one year"},
		HintMixedPeriods:     {"nilai setiap tahun terpisah (perbandingan antartahun: kepatuhan diff), atau perbaiki Tahun yang salah", "score each year on its own (to compare years: kepatuhan diff), or correct the wrong Tahun"},
	} {
		catalog[k] = e
	}
}
