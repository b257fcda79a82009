package msg

// Words of reliability: outputs that cannot be written or would overwrite
// an input, files that are not workbooks (said plainly, whatever they
// are), inputs that leave nothing to score, sheets whose data would
// otherwise be dropped without a word.

// Message keys: outputs.
const (
	OutputCannotWrite    Key = "output.cannot-write"
	OutputNoFolder       Key = "output.no-folder"
	OutputNotFolder      Key = "output.not-folder"
	OutputIsFolder       Key = "output.is-folder"
	OutputNoPermission   Key = "output.no-permission"
	OutputDiskFull       Key = "output.disk-full"
	OutputReadOnlyFS     Key = "output.read-only-fs"
	OutputIsInput        Key = "output.is-input"
	OutputTableAs        Key = "output.table-as"
	HintOutputFolder     Key = "hint.output-folder"
	HintOutputNotFolder  Key = "hint.output-not-folder"
	HintOutputPermission Key = "hint.output-permission"
	HintOutputSpace      Key = "hint.output-space"
	HintOutputOtherName  Key = "hint.output-other-name"
	HintOutputXLSX       Key = "hint.output-xlsx"
	HintOutputPDF        Key = "hint.output-pdf"
	ScoreInvalidUnits    Key = "score.invalid-units"
)

// Message keys: inputs.
const (
	FileNotRegular   Key = "file.not-regular"
	FileNotZip       Key = "file.not-zip"
	FileText         Key = "file.text"
	FileXML          Key = "file.xml"
	FileExcelXML     Key = "file.excel-xml"
	FilePDF          Key = "file.pdf"
	FileImage        Key = "file.image"
	FileArchive      Key = "file.archive"
	FileWord         Key = "file.word"
	FilePowerPoint   Key = "file.powerpoint"
	FileXLSB         Key = "file.xlsb"
	HintAskOriginal  Key = "hint.ask-original"
	HintExtract      Key = "hint.extract"
	HintNotRegular   Key = "hint.not-regular"
	IngestNoInputs   Key = "ingest.no-inputs"
	HintNoInputs     Key = "hint.no-inputs"
	SheetNoDataRows  Key = "sheet.no-data-rows"
	HintNoDataRows   Key = "hint.no-data-rows"
	SheetAnswerAside Key = "sheet.answer-aside"
	HintAnswerAside  Key = "hint.answer-aside"
)

func init() {
	for k, e := range map[Key]entry{
		OutputCannotWrite:    {"tidak dapat menulis %s: %s", "cannot write %s: %s"},
		OutputNoFolder:       {"folder %s tidak ada", "folder %s does not exist"},
		OutputNotFolder:      {"%s adalah berkas, bukan folder", "%s is a file, not a folder"},
		OutputIsFolder:       {"itu sebuah folder", "it is a folder"},
		OutputNoPermission:   {"tidak ada izin menulis di folder %s", "no permission to write in folder %s"},
		OutputDiskFull:       {"disk penuh", "the disk is full"},
		OutputReadOnlyFS:     {"disk ini hanya dapat dibaca", "the disk is read-only"},
		OutputIsInput:        {"berkas keluaran %s juga berkas masukan; berkas masukan tidak pernah ditimpa", "the output file %s is also an input; inputs are never overwritten"},
		OutputTableAs:        {"-o %s: tabel teks tidak dapat ditulis sebagai %s", "-o %s: a text table cannot be written as %s"},
		HintOutputFolder:     {"buat foldernya dulu, atau pilih tempat lain", "create the folder first, or choose another place"},
		HintOutputNotFolder:  {"pilih tempat lain, di dalam sebuah folder", "choose another place, inside a folder"},
		HintOutputPermission: {"pilih folder yang dapat Anda tulisi, atau periksa izin folder itu", "choose a folder you can write in, or check that folder's permissions"},
		HintOutputSpace:      {"kosongkan ruang disk, atau pilih disk lain; berkas lama tetap utuh", "free some disk space, or choose another disk; the previous file is intact"},
		HintOutputOtherName:  {"pilih nama lain untuk berkas keluaran", "choose another name for the output file"},
		HintOutputXLSX:       {"pakai --xlsx %s untuk buku kerja hasil, atau -o dengan .json, .csv atau .txt", "use --xlsx %s for the results workbook, or -o with .json, .csv or .txt"},
		HintOutputPDF:        {"pakai --pdf FOLDER untuk rapor PDF, atau -o dengan .json, .csv atau .txt", "use --pdf FOLDER for PDF report cards, or -o with .json, .csv or .txt"},
		ScoreInvalidUnits:    {"masukan tidak sah (%d unit bertentangan); tidak ada berkas keluaran yang ditulis", "invalid input (%d conflicting units); no output file written"},

		FileNotRegular:   {"berkas tidak dapat dibaca: bukan berkas biasa (pipa bernama, soket atau perangkat)", "cannot read the file: not a regular file (a named pipe, socket or device)"},
		FileNotZip:       {"isi berkas tidak dikenali; ini bukan buku kerja .xlsx (bukan arsip zip)", "the content is not recognised; this is not an .xlsx workbook (not a zip archive)"},
		FileText:         {"berkas ini teks biasa, bukan buku kerja .xlsx", "this file is plain text, not an .xlsx workbook"},
		FileXML:          {"berkas ini XML, bukan buku kerja .xlsx", "this file is XML, not an .xlsx workbook"},
		FileExcelXML:     {"berkas ini lembar kerja XML Excel 2003, bukan .xlsx", "this file is an Excel 2003 XML spreadsheet, not .xlsx"},
		FilePDF:          {"berkas ini dokumen PDF, bukan buku kerja .xlsx", "this file is a PDF document, not an .xlsx workbook"},
		FileImage:        {"berkas ini gambar (foto atau pindaian), bukan buku kerja .xlsx", "this file is an image (a photo or scan), not an .xlsx workbook"},
		FileArchive:      {"berkas ini arsip terkompresi (RAR, 7-Zip atau gzip), bukan buku kerja .xlsx", "this file is a compressed archive (RAR, 7-Zip or gzip), not an .xlsx workbook"},
		FileWord:         {"berkas ini dokumen Word, bukan buku kerja Excel", "this file is a Word document, not an Excel workbook"},
		FilePowerPoint:   {"berkas ini presentasi PowerPoint, bukan buku kerja Excel", "this file is a PowerPoint presentation, not an Excel workbook"},
		FileXLSB:         {"berkas ini buku kerja biner Excel (.xlsb), bukan .xlsx", "this file is an Excel binary workbook (.xlsb), not .xlsx"},
		HintAskOriginal:  {"minta berkas .xlsx aslinya dari penilai; isinya tidak dapat dibaca dari berkas ini", "ask the assessor for the original .xlsx file; its content cannot be read from this file"},
		HintExtract:      {"ekstrak arsipnya, lalu sebut buku kerja di dalamnya (atau foldernya)", "extract the archive, then name the workbooks inside it (or their folder)"},
		HintNotRegular:   {"sebut berkas buku kerja biasa, atau salin isinya ke sebuah berkas", "name an ordinary workbook file, or copy the content into a file"},
		IngestNoInputs:   {"tidak ada buku kerja untuk dinilai", "no workbook to score"},
		HintNoInputs:     {"sebut berkas .xlsx atau folder yang berisi buku kerja", "name .xlsx files, or folders holding workbooks"},
		SheetNoDataRows:  {"lembar %q punya baris judul tetapi tidak ada baris data", "sheet %q has a header row but no data rows"},
		HintNoDataRows:   {"isi baris di bawah judul (satu baris per jawaban atau per unit), atau hapus lembar ini", "fill the rows under the header (a row per answer or per unit), or delete this sheet"},
		SheetAnswerAside: {"jawaban %s ada di kolom tanpa judul, bukan di kolom Jawaban (%s)", "the answer to %s is in a column without a header, not in the Jawaban column (%s)"},
		HintAnswerAside:  {"pindahkan jawabannya ke kolom Jawaban; bila judul Jawaban digabung (merge) atas beberapa kolom, isi kolom pertamanya", "move the answer into the Jawaban column; when the Jawaban header is merged over several columns, fill its first column"},
	} {
		catalog[k] = e
	}
}

// Message keys: rubric files.
const RubricAliasBomb Key = "rubric.alias-bomb"

func init() {
	catalog[RubricAliasBomb] = entry{
		"alias YAML di sini menguraikan rubrik menjadi lebih dari %d simpul; tulis nilainya langsung",
		"the YAML aliases here expand the rubric to over %d nodes; write the values out",
	}
}
