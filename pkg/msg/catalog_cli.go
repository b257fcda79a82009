package msg

// Message keys: the command line's own words — help layout, usage lines,
// mistakes in flags and arguments (which cobra and pflag would word in
// English), the help and version flags, shell completion.
const (
	HelpUsage       Key = "help.usage"
	HelpExamples    Key = "help.examples"
	HelpCommands    Key = "help.commands"
	HelpFlags       Key = "help.flags"
	HelpGlobalFlags Key = "help.global-flags"
	HelpMore        Key = "help.more"
	HelpFlagsWord   Key = "help.flags-word"
	HelpCommandWord Key = "help.command-word"
	HelpDefault     Key = "help.default"
	HelpValText     Key = "help.val-text"
	HelpValNumber   Key = "help.val-number"
	HelpValFile     Key = "help.val-file"
	HelpValFolder   Key = "help.val-folder"
	HelpValRubric   Key = "help.val-rubric"
	HelpValLang     Key = "help.val-lang"
	HelpHelpShort   Key = "help.help.short"
	HelpHelpLong    Key = "help.help.long"
	FlagVersion     Key = "flag.version"

	UseScore          Key = "use.score"
	UseForm           Key = "use.form"
	UseReport         Key = "use.report"
	UseDiff           Key = "use.diff"
	UseRubricShow     Key = "use.rubric-show"
	UseRubricValidate Key = "use.rubric-validate"
	UseRubricExport   Key = "use.rubric-export"
	UseHelp           Key = "use.help"
	UseCompletion     Key = "use.completion"

	CLIUnknownCommand    Key = "cli.unknown-command"
	CLIUnknownSubcommand Key = "cli.unknown-subcommand"
	CLINoArgs            Key = "cli.no-args"
	CLIExactArgs         Key = "cli.exact-args"
	CLIMinArgs           Key = "cli.min-args"
	CLIOneArg            Key = "cli.one-arg"
	CLIMinOneArg         Key = "cli.min-one-arg"
	CLIUnknownFlag       Key = "cli.unknown-flag"
	CLIFlagNeedsValue    Key = "cli.flag-needs-value"
	CLIFlagBadValue      Key = "cli.flag-bad-value"
	CLIFlagSyntax        Key = "cli.flag-syntax"
	CLIWantInt           Key = "cli.want-int"
	CLIWantNumber        Key = "cli.want-number"
	CLIWantBool          Key = "cli.want-bool"
	CLIUnknownShell      Key = "cli.unknown-shell"
	HintSeeHelp          Key = "hint.see-help"
	CLIInvalidErrors     Key = "cli.invalid-errors"
	OutputFolderIsFile   Key = "output.folder-is-file"
	HintOutputPDFFolder  Key = "hint.output-pdf-folder"

	HelpCompletionShort   Key = "help.completion.short"
	HelpCompletionLong    Key = "help.completion.long"
	HelpCompletionExample Key = "help.completion.example"
	CompLangID            Key = "comp.lang-id"
	CompLangEN            Key = "comp.lang-en"
	CompLayoutWide        Key = "comp.layout-wide"
	CompLayoutLong        Key = "comp.layout-long"
	CompFormatTable       Key = "comp.format-table"
	CompFormatJSON        Key = "comp.format-json"
	CompFormatCSV         Key = "comp.format-csv"
	CompFormatXLSX        Key = "comp.format-xlsx"
	CompFormatPDF         Key = "comp.format-pdf"
)

// Message keys: a rubric file that reuses a built-in's id and version
// with other content (package rubric), and what rubric export wrote.
const (
	RubricModifiedBuiltin Key = "rubric.modified-builtin"
	RubricVersionModified Key = "rubric.version-modified"
	HintRubricOwnID       Key = "hint.rubric-own-id"
	RubricExportWrote     Key = "rubric.export-wrote"
	TableRubricModified   Key = "table.rubric-modified"
	RubricInVariant       Key = "rubric.in-variant"
)

// Message keys: a unit list's headers (package form).
const (
	FormUnitsUnknownHeader Key = "form.units-unknown-header"
	HintFormHeaders        Key = "hint.form-headers"
	HintFormHeaderNear     Key = "hint.form-header-near"
)

// Message keys: a results workbook whose visible summary sheet a person
// edited (package resultbook).
const (
	BookSummaryEdited     Key = "book.summary-edited"
	BookSummaryRowAdded   Key = "book.summary-row-added"
	BookSummaryRowRemoved Key = "book.summary-row-removed"
	HintBookSummaryEdited Key = "hint.book-summary-edited"
)

// Message keys: copies and blank forms among the inputs (package
// ingest).
const (
	IngestSameContent   Key = "ingest.same-content"
	IngestFolderNotRead Key = "ingest.folder-not-read"
	IngestBlankForm     Key = "ingest.blank-form"
	HintBlankForm       Key = "hint.blank-form"
)

// Message keys: a workbook read against the wrong rubric (package
// ingest).
const (
	IngestRubricSeems  Key = "ingest.rubric-seems"
	HintRubricSeems    Key = "hint.rubric-seems"
	IngestCodesUnknown Key = "ingest.codes-unknown"
	HintCodesUnknown   Key = "hint.codes-unknown"
)

func init() {
	for k, e := range map[Key]entry{
		HelpUsage:       {"Penggunaan:", "Usage:"},
		HelpExamples:    {"Contoh:", "Examples:"},
		HelpCommands:    {"Perintah:", "Commands:"},
		HelpFlags:       {"Opsi:", "Flags:"},
		HelpGlobalFlags: {"Opsi umum:", "Global flags:"},
		HelpMore:        {"Pakai \"%s PERINTAH --help\" untuk keterangan sebuah perintah.", "Use \"%s COMMAND --help\" for more about a command."},
		HelpFlagsWord:   {"[opsi]", "[flags]"},
		HelpCommandWord: {"PERINTAH", "COMMAND"},
		HelpDefault:     {"(bawaan: %s)", "(default: %s)"},
		HelpValText:     {"TEKS", "TEXT"},
		HelpValNumber:   {"ANGKA", "NUMBER"},
		HelpValFile:     {"BERKAS", "FILE"},
		HelpValFolder:   {"FOLDER", "FOLDER"},
		HelpValRubric:   {"ID|BERKAS", "ID|FILE"},
		HelpValLang:     {"id|en", "id|en"},
		HelpHelpShort:   {"bantuan tentang sebuah perintah", "help about a command"},
		HelpHelpLong:    {"Menampilkan bantuan sebuah perintah: kepatuhan help score sama dengan\nkepatuhan score --help.", "Shows the help of a command: kepatuhan help score is kepatuhan score --help."},
		FlagVersion:     {"versi kepatuhan", "the version of kepatuhan"},

		UseScore:          {"score BERKAS|FOLDER...", "score FILE|FOLDER..."},
		UseForm:           {"form --rubric ID|BERKAS [--units DAFTAR] [--tahap mandiri | --tahap verifikasi MANDIRI...] -o FORMULIR.xlsx", "form --rubric ID|FILE [--units LIST] [--tahap mandiri | --tahap verifikasi SELF...] -o FORM.xlsx"},
		UseReport:         {"report BERKAS|FOLDER... -o LAPORAN.pdf|LAPORAN.xlsx", "report FILE|FOLDER... -o REPORT.pdf|REPORT.xlsx"},
		UseDiff:           {"diff LAMA BARU", "diff OLD NEW"},
		UseRubricShow:     {"show ID|BERKAS", "show ID|FILE"},
		UseRubricValidate: {"validate BERKAS...", "validate FILE..."},
		UseRubricExport:   {"export ID", "export ID"},
		UseHelp:           {"help [PERINTAH]", "help [COMMAND]"},
		UseCompletion:     {"completion bash|zsh|fish|powershell", "completion bash|zsh|fish|powershell"},

		CLIUnknownCommand:    {"perintah %q tidak dikenal", "unknown command %q"},
		CLIUnknownSubcommand: {"%s tidak mengenal perintah %q", "%s has no command %q"},
		CLINoArgs:            {"%s tidak menerima argumen, tetapi diberi %q", "%s takes no arguments, but was given %q"},
		CLIExactArgs:         {"%s memerlukan %d argumen (%s), tetapi diberi %d", "%s needs %d arguments (%s), but was given %d"},
		CLIMinArgs:           {"%s memerlukan paling sedikit %d argumen (%s), tetapi diberi %d", "%s needs at least %d arguments (%s), but was given %d"},
		CLIOneArg:            {"%s memerlukan 1 argumen (%s), tetapi diberi %d", "%s needs 1 argument (%s), but was given %d"},
		CLIMinOneArg:         {"%s memerlukan paling sedikit 1 argumen (%s), tetapi diberi %d", "%s needs at least 1 argument (%s), but was given %d"},
		CLIUnknownFlag:       {"opsi %s tidak dikenal", "unknown flag %s"},
		CLIFlagNeedsValue:    {"opsi %s memerlukan nilai", "flag %s needs a value"},
		CLIFlagBadValue:      {"nilai %q tidak sah untuk %s: %s", "%q is not a valid value for %s: %s"},
		CLIFlagSyntax:        {"penulisan opsi salah: %s", "bad flag syntax: %s"},
		CLIWantInt:           {"harus bilangan bulat", "it must be a whole number"},
		CLIWantNumber:        {"harus angka", "it must be a number"},
		CLIWantBool:          {"harus true atau false", "it must be true or false"},
		CLIUnknownShell:      {"shell %q tidak dikenal", "unknown shell %q"},
		HintSeeHelp:          {"lihat %s --help", "see %s --help"},
		OutputFolderIsFile:   {"--pdf %s: --pdf menerima sebuah folder (satu rapor PDF per unit di dalamnya), bukan nama berkas", "--pdf %s: --pdf takes a folder (one PDF report card per unit inside it), not a file name"},
		HintOutputPDFFolder:  {"sebut foldernya, misalnya --pdf %s", "name the folder, for example --pdf %s"},
		CLIInvalidErrors:     {"masukan tidak sah (%d kesalahan); tidak ada berkas keluaran yang ditulis", "invalid input (errors: %d); no output file written"},

		HelpCompletionShort: {"skrip pelengkapan otomatis (Tab) untuk bash, zsh, fish atau PowerShell", "shell completion (Tab) scripts for bash, zsh, fish or PowerShell"},
		HelpCompletionLong: {"Mencetak skrip pelengkapan otomatis untuk shell: tekan Tab untuk melengkapi\n" +
			"perintah, opsi, id rubrik (--rubric), nilai --format dan --lang, serta nama\n" +
			"berkas masukan (.xlsx, .json, ekspor ponsel). Keterangan setiap pilihan\n" +
			"mengikuti bahasa pesan (--lang atau KEPATUHAN_LANG).\n\n" +
			"Memasang:\n" +
			"  bash        kepatuhan completion bash > ~/.local/share/bash-completion/completions/kepatuhan\n" +
			"  zsh         kepatuhan completion zsh > \"${fpath[1]}/_kepatuhan\"\n" +
			"  fish        kepatuhan completion fish > ~/.config/fish/completions/kepatuhan.fish\n" +
			"  PowerShell  kepatuhan completion powershell | Out-String | Invoke-Expression\n" +
			"              (tambahkan baris itu ke $PROFILE agar berlaku di setiap jendela)\n\n" +
			"STATUS KELUAR\n  0  skrip dicetak\n  1  kesalahan tak terduga\n  2  penggunaan salah (shell tidak dikenal)",
			"Prints a completion script for a shell: press Tab to complete commands,\n" +
				"flags, rubric ids (--rubric), the values of --format and --lang, and input\n" +
				"file names (.xlsx, .json, phone exports). Each choice is described in the\n" +
				"language of the messages (--lang or KEPATUHAN_LANG).\n\n" +
				"Installing:\n" +
				"  bash        kepatuhan completion bash > ~/.local/share/bash-completion/completions/kepatuhan\n" +
				"  zsh         kepatuhan completion zsh > \"${fpath[1]}/_kepatuhan\"\n" +
				"  fish        kepatuhan completion fish > ~/.config/fish/completions/kepatuhan.fish\n" +
				"  PowerShell  kepatuhan completion powershell | Out-String | Invoke-Expression\n" +
				"              (add that line to $PROFILE for every window)\n\n" +
				"EXIT STATUS\n  0  the script was printed\n  1  unexpected error\n  2  wrong usage (an unknown shell)"},
		HelpCompletionExample: {"  kepatuhan completion bash > ~/.local/share/bash-completion/completions/kepatuhan\n  kepatuhan completion powershell | Out-String | Invoke-Expression",
			"  kepatuhan completion bash > ~/.local/share/bash-completion/completions/kepatuhan\n  kepatuhan completion powershell | Out-String | Invoke-Expression"},
		RubricModifiedBuiltin: {"rubrik ini memakai id %s dan versi %s milik rubrik bawaan, tetapi isinya berbeda (hash %s, bawaan %s): setiap keluaran menandainya \"diubah\"",
			"this rubric uses the id %s and version %s of a built-in rubric, but says something else (hash %s, built-in %s): every output marks it \"modified\""},
		RubricVersionModified: {"%s (diubah)", "%s (modified)"},
		HintRubricOwnID:       {"beri rubrik Anda id sendiri (misalnya kabupaten-anda-2025) dan versinya, agar tidak tertukar dengan rubrik bawaan", "give your rubric an id of its own (for example your-district-2025) and a version, so that it is not taken for the built-in"},
		RubricExportWrote:     {"ditulis: %s (rubrik %s versi %s); ubah id-nya sebelum mengubah isinya, lalu periksa dengan kepatuhan rubric validate %s", "written: %s (rubric %s version %s); change its id before changing its content, then check it with kepatuhan rubric validate %s"},
		TableRubricModified:   {"rubrik %s versi %s diubah dari rubrik bawaan (hash %s)", "rubric %s version %s is modified from the built-in (hash %s)"},
		IngestRubricSeems: {"%d dari %d kode indikator di buku kerja ini tidak ada di rubrik %s: buku kerja ini tampaknya untuk rubrik %s (%d dari %d kodenya ada di sana)",
			"%d of the %d indicator codes in this workbook are not in rubric %s: the workbook seems to be for rubric %s (%d of its %d codes are there)"},
		HintRubricSeems: {"nilai dengan --rubric %s", "score it with --rubric %s"},
		IngestCodesUnknown: {"%d dari %d kode indikator di buku kerja ini tidak ada di rubrik %s (di antaranya %s): buku kerja ini tampaknya bukan untuk rubrik itu",
			"%d of the %d indicator codes in this workbook are not in rubric %s (among them %s): the workbook does not seem to be for that rubric"},
		HintCodesUnknown:       {"lihat rubrik bawaan dengan kepatuhan rubric list, atau sebut berkas rubrik Anda dengan --rubric", "see the built-in rubrics with kepatuhan rubric list, or name your rubric file with --rubric"},
		FormUnitsUnknownHeader: {"judul kolom %q tidak dikenal di daftar unit", "column header %q is not known in a unit list"},
		HintFormHeaders:        {"judul yang dikenal: %s; ganti judulnya, atau hapus kolom itu", "known headers: %s; rename the column, or delete it"},
		HintFormHeaderNear:     {"maksud Anda %q? judul yang dikenal: %s", "did you mean %q? known headers: %s"},
		BookSummaryEdited: {"%s unit %s diubah di lembar ini menjadi %q; yang dipakai data hasil yang tersimpan: %q",
			"the %s of unit %s was changed in this sheet to %q; the stored results are used: %q"},
		BookSummaryRowAdded: {"unit %q ditambahkan di lembar %s tetapi tidak ada di data hasil yang tersimpan; tidak dipakai",
			"unit %q was added to sheet %s but is not in the stored results; it is not used"},
		BookSummaryRowRemoved: {"unit %s dihapus dari lembar %s tetapi ada di data hasil yang tersimpan; tetap dipakai",
			"unit %s was removed from sheet %s but is in the stored results; it is still used"},
		HintBookSummaryEdited: {"lembar yang tampak hanya untuk dibaca; perbaiki jawabannya di buku kerja observasi lalu jalankan kepatuhan score lagi",
			"the visible sheets are for reading only; correct the answers in the observation workbook and run kepatuhan score again"},
		IngestFolderNotRead: {"%s: dilewati, unitnya tidak dinilai", "%s: skipped, its units are not scored"},
		IngestSameContent:   {"berkas ini sama persis dengan %s (SHA-256 %s…); dibaca sekali", "this file is the same as %s (SHA-256 %s…); read once"},
		IngestBlankForm: {"formulir kosong: %d unit tanpa satu jawaban pun di sini (%s) dilewati, karena dinilai di berkas lain",
			"a blank form: %d units without a single answer here (%s) passed over, as they are assessed in another file"},
		HintBlankForm:   {"formulir kosong tidak perlu ada di folder penilaian; pindahkan agar tidak tertukar", "a blank form need not be in the assessment folder; move it away so that it is not mistaken"},
		RubricInVariant: {"%s (dengan varian %s, baris %d)", "%s (with variant %s, line %d)"},
		CompLangID:      {"bahasa Indonesia", "Indonesian"},
		CompLangEN:      {"bahasa Inggris", "English"},
		CompLayoutWide:  {"satu baris per responden", "one row per respondent"},
		CompLayoutLong:  {"satu baris per jawaban", "one row per answer"},
		CompFormatTable: {"tabel untuk dibaca di layar", "a table to read on screen"},
		CompFormatJSON:  {"hasil lengkap, dibaca ulang oleh report dan diff", "the whole results, read back by report and diff"},
		CompFormatCSV:   {"satu baris per unit, untuk lembar kerja", "one row per unit, for a spreadsheet"},
		CompFormatXLSX:  {"buku kerja Excel (perlu -o)", "an Excel workbook (needs -o)"},
		CompFormatPDF:   {"dokumen PDF (perlu -o)", "a PDF document (needs -o)"},
	} {
		catalog[k] = e
	}
}
