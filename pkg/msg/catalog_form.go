package msg

// Message keys: blank field forms (package form) and the unit lists they
// are filled from.
const (
	FormUnitsNoSuchFile    Key = "form.units-no-such-file"
	FormUnitsCannotRead    Key = "form.units-cannot-read"
	FormUnitsLegacyXLS     Key = "form.units-legacy-xls"
	FormUnitsNotXLSX       Key = "form.units-not-xlsx"
	FormUnitsNoSheet       Key = "form.units-no-sheet"
	FormUnitsEmpty         Key = "form.units-empty"
	FormUnitsNoCodeColumn  Key = "form.units-no-code-column"
	FormUnitsTwoColumns    Key = "form.units-two-columns"
	FormUnitsEmptyCode     Key = "form.units-empty-code"
	FormUnitsDuplicateCode Key = "form.units-duplicate-code"
	FormUnitsUnknownType   Key = "form.units-unknown-type"
	FormUnitsSheetClash    Key = "form.units-sheet-clash"
	FormUnitsSheetReserved Key = "form.units-sheet-reserved"
	FormBadLayout          Key = "form.bad-layout"
	FormBadRespondents     Key = "form.bad-respondents"
	FormTooManyRows        Key = "form.too-many-rows"
	FormNoRubric           Key = "form.no-rubric"
	HintFormSaveAs         Key = "hint.form-save-as"
	HintFormCodeLabels     Key = "hint.form-code-labels"
	HintFormOneColumn      Key = "hint.form-one-column"
	HintFormFillCode       Key = "hint.form-fill-code"
	HintFormUniqueCode     Key = "hint.form-unique-code"
	HintFormSheetName      Key = "hint.form-sheet-name"
	HintFormRespondents    Key = "hint.form-respondents"
	HintFormFewerRows      Key = "hint.form-fewer-rows"
	HintFormReservedSheets Key = "hint.form-reserved-sheets"
)

func init() {
	catalog[FormUnitsNoSuchFile] = entry{"daftar unit tidak ditemukan (%s)", "unit list not found (%s)"}
	catalog[FormUnitsCannotRead] = entry{"daftar unit tidak dapat dibaca: %s", "cannot read the unit list: %s"}
	catalog[FormUnitsLegacyXLS] = entry{"daftar unit berformat Excel 97–2003 (.xls), yang tidak dapat dibaca", "the unit list is an Excel 97–2003 file (.xls), which cannot be read"}
	catalog[FormUnitsNotXLSX] = entry{"daftar unit bernama .xlsx tetapi isinya bukan buku kerja .xlsx", "the unit list is named .xlsx but does not hold an .xlsx workbook"}
	catalog[FormUnitsNoSheet] = entry{"buku kerja daftar unit tidak punya lembar yang tampak", "the unit list workbook has no visible sheet"}
	catalog[FormUnitsEmpty] = entry{"daftar unit tidak berisi satu unit pun", "the unit list holds no units"}
	catalog[FormUnitsNoCodeColumn] = entry{"daftar unit tidak punya kolom kode unit", "the unit list has no unit-code column"}
	catalog[FormUnitsTwoColumns] = entry{"kolom %s dan %s sama-sama berarti %s", "columns %s and %s both mean %s"}
	catalog[FormUnitsEmptyCode] = entry{"kode unit kosong", "the unit code is empty"}
	catalog[FormUnitsDuplicateCode] = entry{"kode unit %q sudah dipakai (%s)", "unit code %q is already used (%s)"}
	catalog[FormUnitsUnknownType] = entry{"jenis unit %q tidak dikenal rubrik %s", "unit type %q is not known to rubric %s"}
	catalog[FormUnitsSheetClash] = entry{"kode unit %q dan %q menjadi nama lembar yang sama %q", "unit codes %q and %q make the same sheet name %q"}
	catalog[FormUnitsSheetReserved] = entry{"kode unit %q menjadi nama lembar %q, yang dipakai formulir", "unit code %q makes the sheet name %q, which the form uses"}
	catalog[FormBadLayout] = entry{"tata letak lembar responden %q tidak dikenal", "respondents sheet layout %q is unknown"}
	catalog[FormBadRespondents] = entry{"jumlah responden %d tidak sah", "%d is not a valid number of respondents"}
	catalog[FormTooManyRows] = entry{"lembar responden akan berisi %d baris, melebihi batas %d baris", "the respondents sheet would hold %d rows, over the limit of %d rows"}
	catalog[FormNoRubric] = entry{"formulir memerlukan rubrik", "a form needs a rubric"}

	catalog[HintFormSaveAs] = entry{"buka berkas di Excel, LibreOffice atau WPS lalu simpan sebagai .xlsx atau .csv", "open the file in Excel, LibreOffice or WPS and save it as .xlsx or .csv"}
	catalog[HintFormCodeLabels] = entry{"beri judul kolom kode unit: %s", "give the unit-code column one of these headers: %s"}
	catalog[HintFormOneColumn] = entry{"hapus atau ganti judul salah satu kolom", "delete or rename one of the columns"}
	catalog[HintFormFillCode] = entry{"isi kode unit, atau hapus baris ini", "fill in the unit code, or delete this row"}
	catalog[HintFormUniqueCode] = entry{"setiap unit memerlukan kode sendiri; huruf besar dan kecil dianggap sama", "every unit needs its own code; upper and lower case count as the same"}
	catalog[HintFormSheetName] = entry{"nama lembar Excel paling panjang 31 karakter dan tanpa [ ] : * ? / \\; bedakan kode pada 31 karakter pertamanya", "Excel sheet names hold at most 31 characters and none of [ ] : * ? / \\; make the codes differ in their first 31 characters"}
	catalog[HintFormRespondents] = entry{"tulis bilangan bulat dari 1 sampai %d", "write a whole number from 1 to %d"}
	catalog[HintFormFewerRows] = entry{"kurangi jumlah responden atau unit, atau pakai tata letak wide", "use fewer respondents or units, or the wide layout"}
	catalog[HintFormReservedSheets] = entry{"nama lembar yang dipakai formulir: %s", "sheet names the form uses: %s"}
}
