package msg

// Message keys: phone forms (package xlsform) and their checker.
const (
	XFNoSheet         Key = "xlsform.no-sheet"
	XFSheetCase       Key = "xlsform.sheet-case"
	XFNoColumn        Key = "xlsform.no-column"
	XFUnknownType     Key = "xlsform.unknown-type"
	XFNoName          Key = "xlsform.no-name"
	XFBadName         Key = "xlsform.bad-name"
	XFDuplicateName   Key = "xlsform.duplicate-name"
	XFNoLabel         Key = "xlsform.no-label"
	XFHintLang        Key = "xlsform.hint-lang"
	XFNoCalculation   Key = "xlsform.no-calculation"
	XFNoList          Key = "xlsform.no-list"
	XFEmptyList       Key = "xlsform.empty-list"
	XFChoiceNoList    Key = "xlsform.choice-no-list"
	XFChoiceNoName    Key = "xlsform.choice-no-name"
	XFDuplicateChoice Key = "xlsform.duplicate-choice"
	XFChoiceSpace     Key = "xlsform.choice-space"
	XFChoiceNoLabel   Key = "xlsform.choice-no-label"
	XFUnclosed        Key = "xlsform.unclosed"
	XFUnopened        Key = "xlsform.unopened"
	XFMismatch        Key = "xlsform.mismatch"
	XFBadRef          Key = "xlsform.bad-ref"
	XFBadRequired     Key = "xlsform.bad-required"
	XFBadParameter    Key = "xlsform.bad-parameter"
	XFNoSetting       Key = "xlsform.no-setting"
	XFDefaultLang     Key = "xlsform.default-lang"
	HintXFSheetNames  Key = "hint.xlsform-sheet-names"
	HintXFNames       Key = "hint.xlsform-names"
	HintXFTypes       Key = "hint.xlsform-types"
	HintXFSelect      Key = "hint.xlsform-select"
)

// Message keys: reading KoboToolbox and ODK Central exports (package
// submissions).
const (
	PhoneNoUnitColumn      Key = "phone.no-unit-column"
	PhoneNoUnit            Key = "phone.no-unit"
	PhoneUnitNotInList     Key = "phone.unit-not-in-list"
	PhoneUnitTypeConflict  Key = "phone.unit-type-conflict"
	PhoneChoiceUnknown     Key = "phone.choice-unknown"
	PhoneFormVersion       Key = "phone.form-version"
	PhoneFormVersionForced Key = "phone.form-version-forced"
	PhoneNoStamp           Key = "phone.no-stamp"
	PhoneZipNoMain         Key = "phone.zip-no-main"
	PhoneZipManyMain       Key = "phone.zip-many-main"
	PhoneZipBad            Key = "phone.zip-bad"
	PhoneCSVBad            Key = "phone.csv-bad"
	PhoneRepeatNoParent    Key = "phone.repeat-no-parent"
	PhoneRepeatNoParentCol Key = "phone.repeat-no-parent-column"
	PhoneRepeatsDropped    Key = "phone.repeats-dropped"
	PhoneLabelLanguage     Key = "phone.label-language"
	PhoneRevisit           Key = "phone.revisit"
	PhoneRevisitUndecided  Key = "phone.revisit-undecided"
	PhoneRevisitKept       Key = "phone.revisit-kept"
	PhoneRevisitSame       Key = "phone.revisit-same"
	PhoneRejectedLeftOut   Key = "phone.rejected-left-out"
	PhoneRejectedIncluded  Key = "phone.rejected-included"
	PhoneNotApprovedOut    Key = "phone.not-approved-left-out"
	PhoneNotApprovedIn     Key = "phone.not-approved-included"
	PhoneUnknownReview     Key = "phone.unknown-review"
	PhoneDuplicateID       Key = "phone.duplicate-id"
	PhoneMissingColumns    Key = "phone.missing-columns"
	PhoneNoSubmissions     Key = "phone.no-submissions"
	PhoneBadValue          Key = "phone.bad-value"
	HintPhoneLatest        Key = "hint.phone-latest"
	HintPhoneTimes         Key = "hint.phone-times"
	HintPhoneIncludeFlag   Key = "hint.phone-include-flag"
	HintPhoneReview        Key = "hint.phone-review"
	HintPhoneNewForm       Key = "hint.phone-new-form"
	HintPhoneExportXML     Key = "hint.phone-export-xml"
	HintPhoneZip           Key = "hint.phone-zip"
	HintPhoneExportXLSX    Key = "hint.phone-export-xlsx"
	HintPhoneUnitColumn    Key = "hint.phone-unit-column"
	HintPhoneWholeExport   Key = "hint.phone-whole-export"
	HintPhoneUnitList      Key = "hint.phone-unit-list"
)

// Message keys: the command line's phone-form flags and reports.
const (
	FlagXLSForm         Key = "flag.xlsform"
	FlagLatest          Key = "flag.latest"
	FlagIncludeRejected Key = "flag.include-rejected"
	FlagScoreUnits      Key = "flag.score-units"
	FormWroteXLSForm    Key = "form.wrote-xlsform"
	FormXLSFormOptions  Key = "form.xlsform-options"
)

func init() {
	for k, e := range map[Key]entry{
		XFNoSheet:         {"formulir tidak punya lembar %q", "the form has no sheet %q"},
		XFSheetCase:       {"lembar %q harus bernama %q", "sheet %q must be named %q"},
		XFNoColumn:        {"lembar %s tidak punya kolom %q", "sheet %s has no %q column"},
		XFUnknownType:     {"jenis pertanyaan %q tidak dikenal XLSForm", "question type %q is not an XLSForm type"},
		XFNoName:          {"baris %q tidak punya nama (name)", "the %q row has no name"},
		XFBadName:         {"nama %q tidak sah di XLSForm", "name %q is not a valid XLSForm name"},
		XFDuplicateName:   {"nama %q sudah dipakai (%s)", "name %q is already used (%s)"},
		XFNoLabel:         {"pertanyaan %q tidak punya label dalam %s", "question %q has no label in %s"},
		XFHintLang:        {"pertanyaan %q punya petunjuk (hint) dalam %s tetapi tidak dalam %s", "question %q has a hint in %s but not in %s"},
		XFNoCalculation:   {"%q bertipe calculate tetapi kolom calculation kosong", "%q is a calculate but its calculation is empty"},
		XFNoList:          {"daftar pilihan %q untuk %q tidak ada di lembar choices", "choice list %q of %q is not in the choices sheet"},
		XFEmptyList:       {"daftar pilihan %q untuk %q kosong", "choice list %q of %q holds no choices"},
		XFChoiceNoList:    {"pilihan %q tidak menyebut list_name", "choice %q names no list_name"},
		XFChoiceNoName:    {"sebuah pilihan di daftar %q tidak punya nama", "a choice of list %q has no name"},
		XFDuplicateChoice: {"pilihan %q muncul dua kali di daftar %q (juga di %s)", "choice %q appears twice in list %q (also at %s)"},
		XFChoiceSpace:     {"nama pilihan %q di daftar %q berisi spasi, padahal daftar itu dipakai select_multiple", "choice name %q of list %q holds a space, and a select_multiple uses the list"},
		XFChoiceNoLabel:   {"pilihan %q di daftar %q tidak punya label dalam %s", "choice %q of list %q has no label in %s"},
		XFUnclosed:        {"%s %q tidak pernah ditutup", "%s %q is never closed"},
		XFUnopened:        {"%s tanpa pembuka (begin) yang cocok", "%s without a matching begin"},
		XFMismatch:        {"%s menutup %q, yang dibuka dengan %s", "%s closes %q, which was opened as %s"},
		XFBadRef:          {"${%s} tidak menunjuk pertanyaan di formulir", "${%s} names no question of the form"},
		XFBadRequired:     {"isi required %q tidak sah: tulis yes atau no", "required %q is not valid: write yes or no"},
		XFBadParameter:    {"parameter %q tidak sah untuk pertanyaan %s", "parameter %q is not valid for a %s question"},
		XFNoSetting:       {"lembar settings tidak mengisi %s", "the settings sheet does not give %s"},
		XFDefaultLang:     {"default_language %q bukan bahasa label formulir (%s)", "default_language %q is not a language of the form's labels (%s)"},
		HintXFSheetNames:  {"lembar XLSForm bernama persis survey, choices dan settings (huruf kecil)", "an XLSForm's sheets are named exactly survey, choices and settings (lower case)"},
		HintXFNames:       {"nama diawali huruf atau _, lalu huruf, angka, -, _ atau ., dan tidak diawali xml", "a name starts with a letter or _, then holds letters, digits, -, _ and ., and does not start with xml"},
		HintXFTypes:       {"jenis yang dikenal: text, integer, decimal, date, select_one DAFTAR, select_multiple DAFTAR, image, geopoint, note, calculate, begin group, end group, begin repeat, end repeat, …", "known types: text, integer, decimal, date, select_one LIST, select_multiple LIST, image, geopoint, note, calculate, begin group, end group, begin repeat, end repeat, …"},
		HintXFSelect:      {"tulis select_one atau select_multiple lalu satu nama daftar pilihan", "write select_one or select_multiple and then one choice list name"},

		PhoneNoUnitColumn:      {"ekspor tidak punya kolom kode unit", "the export has no unit-code column"},
		PhoneNoUnit:            {"kiriman %s tidak menyebut unit", "submission %s names no unit"},
		PhoneUnitNotInList:     {"unit %q tidak ada di daftar unit %s", "unit %q is not in the unit list %s"},
		PhoneUnitTypeConflict:  {"unit %s berjenis %q di ekspor tetapi %q di daftar unit (%s)", "unit %s is of type %q in the export but %q in the unit list (%s)"},
		PhoneChoiceUnknown:     {"pilihan %q bukan jawaban %s di rubrik %s", "choice %q is not an answer of %s in rubric %s"},
		PhoneFormVersion:       {"kiriman %s dibuat dengan formulir rubrik %s versi %s (hash %s), bukan rubrik yang dipakai: %s versi %s (hash %s)", "submission %s was made with the form of rubric %s version %s (hash %s), not of the rubric in use: %s version %s (hash %s)"},
		PhoneFormVersionForced: {"kiriman %s dibuat dengan formulir rubrik %s versi %s (hash %s); tetap dinilai dengan %s versi %s (--force-rubric)", "submission %s was made with the form of rubric %s version %s (hash %s); scored with %s version %s anyway (--force-rubric)"},
		PhoneNoStamp:           {"kiriman %s tidak menyebut rubrik formulirnya (kolom %s kosong)", "submission %s does not say which rubric its form was made from (column %s is empty)"},
		PhoneZipNoMain:         {"zip tidak berisi CSV utama kiriman (CSV dengan kolom KEY tanpa PARENT_KEY)", "the zip holds no main CSV of submissions (a CSV with a KEY column and no PARENT_KEY)"},
		PhoneZipManyMain:       {"zip berisi lebih dari satu CSV utama kiriman: %s", "the zip holds more than one main CSV of submissions: %s"},
		PhoneZipBad:            {"zip tidak dapat dibaca: %s", "cannot read the zip: %s"},
		PhoneCSVBad:            {"CSV tidak dapat dibaca: %s", "cannot read the CSV: %s"},
		PhoneRepeatNoParent:    {"baris responden menunjuk kiriman induk %q yang tidak ada di ekspor", "the respondent row points to parent submission %q, which is not in the export"},
		PhoneRepeatNoParentCol: {"lembar responden tidak punya kolom induk (%s)", "the respondents sheet has no parent column (%s)"},
		PhoneRepeatsDropped:    {"ekspor tidak berisi jawaban responden (lembar %s); ekspor CSV KoboToolbox tidak memuat grup ulang", "the export holds no respondents' answers (sheet %s); KoboToolbox CSV exports leave repeat groups out"},
		PhoneLabelLanguage:     {"judul kolom adalah label dalam bahasa yang tidak ada di formulir (formulir memakai %s)", "the column headers are labels in a language the form does not have (the form has %s)"},
		PhoneRevisit:           {"unit %s dikirim dua kali: %s (dikirim %s, baris %d) dan %s (dikirim %s, baris %d)", "unit %s was submitted twice: %s (submitted %s, row %d) and %s (submitted %s, row %d)"},
		PhoneRevisitUndecided:  {"unit %s dikirim dua kali, %s (dikirim %s, baris %d) dan %s (dikirim %s, baris %d), dan waktu kirimnya tidak menunjukkan mana yang terbaru", "unit %s was submitted twice, %s (submitted %s, row %d) and %s (submitted %s, row %d), and the submission times do not tell which is the most recent"},
		PhoneRevisitKept:       {"unit %s dikirim dua kali: yang terbaru dipakai, %s (dikirim %s, baris %d); %s (dikirim %s, baris %d) ditinggalkan (--latest)", "unit %s was submitted twice: the most recent is used, %s (submitted %s, row %d); %s (submitted %s, row %d) is left out (--latest)"},
		PhoneRevisitSame:       {"unit %s dikirim dua kali dengan jawaban sama: %s (baris %d) dan %s (baris %d); dihitung sekali", "unit %s was submitted twice with the same answers: %s (row %d) and %s (row %d); counted once"},
		PhoneRejectedLeftOut:   {"kiriman %s ditinggalkan: ditolak di ODK Central (ReviewState %s)", "submission %s is left out: rejected in ODK Central (ReviewState %s)"},
		PhoneRejectedIncluded:  {"kiriman %s dinilai walaupun ditolak di ODK Central (--include-rejected)", "submission %s is scored although rejected in ODK Central (--include-rejected)"},
		PhoneNotApprovedOut:    {"kiriman %s ditinggalkan: tidak disetujui di KoboToolbox (%s)", "submission %s is left out: not approved in KoboToolbox (%s)"},
		PhoneNotApprovedIn:     {"kiriman %s dinilai walaupun tidak disetujui di KoboToolbox (--include-rejected)", "submission %s is scored although not approved in KoboToolbox (--include-rejected)"},
		PhoneUnknownReview:     {"status tinjauan %q pada kiriman %s tidak dikenal", "review status %q of submission %s is not known"},
		PhoneDuplicateID:       {"kiriman %s muncul dua kali (juga di %s)", "submission %s appears twice (also at %s)"},
		PhoneMissingColumns:    {"ekspor tidak punya kolom untuk %s", "the export has no column for %s"},
		PhoneNoSubmissions:     {"ekspor tidak berisi satu kiriman pun", "the export holds no submissions"},
		PhoneBadValue:          {"nilai %q pada %s tidak dapat dibaca", "value %q of %s cannot be read"},
		HintPhoneLatest:        {"pakai --latest untuk menilai kiriman terbaru saja, atau tolak salah satunya di KoboToolbox / ODK Central", "use --latest to score only the most recent submission, or reject one of them in KoboToolbox / ODK Central"},
		HintPhoneTimes:         {"tolak salah satu kiriman di KoboToolbox / ODK Central lalu ekspor lagi", "reject one of the submissions in KoboToolbox / ODK Central and export again"},
		HintPhoneIncludeFlag:   {"--include-rejected menilainya juga", "--include-rejected scores it too"},
		HintPhoneReview:        {"status yang dikenal: approved, not approved, on hold (KoboToolbox); approved, hasIssues, rejected, edited (ODK Central); atau kosong", "known statuses: approved, not approved, on hold (KoboToolbox); approved, hasIssues, rejected, edited (ODK Central); or empty"},
		HintPhoneNewForm:       {"nilai dengan rubrik tempat formulir dibuat (--rubric), atau buat formulir baru dengan kepatuhan form --xlsform lalu kumpulkan lagi", "score with the rubric the form was made from (--rubric), or make a new form with kepatuhan form --xlsform and collect again"},
		HintPhoneExportXML:     {"ekspor ulang dengan judul kolom nilai XML (XML values and headers), atau label Indonesia atau Inggris", "export again with XML values and headers, or labels in Indonesian or English"},
		HintPhoneZip:           {"unduh lagi submissions.csv.zip dari ODK Central, jangan diubah isinya", "download submissions.csv.zip from ODK Central again, without changing what it holds"},
		HintPhoneExportXLSX:    {"ekspor sebagai XLSX agar jawaban responden ikut", "export as XLSX so that the respondents' answers come along"},
		HintPhoneUnitColumn:    {"kolom unit berjudul Kode Unit (atau kode_unit, Unit Code)", "the unit column is headed Kode Unit (or kode_unit, Unit Code)"},
		HintPhoneWholeExport:   {"ekspor semua pertanyaan formulir", "export every question of the form"},
		HintPhoneUnitList:      {"perbaiki kiriman di KoboToolbox / ODK Central, atau tambahkan unit ke daftar unit", "correct the submission in KoboToolbox / ODK Central, or add the unit to the unit list"},

		FlagXLSForm:         {"tulis formulir ponsel (XLSForm untuk KoboToolbox / ODK Collect), bukan formulir Excel", "write a phone form (an XLSForm for KoboToolbox / ODK Collect) instead of an Excel form"},
		FlagLatest:          {"unit yang dikirim lebih dari sekali dari ponsel: nilai kiriman terbaru saja", "a unit submitted more than once from phones: score only the most recent submission"},
		FlagIncludeRejected: {"nilai juga kiriman ponsel yang ditolak / tidak disetujui peninjau", "score phone submissions that a reviewer rejected or did not approve too"},
		FlagScoreUnits:      {"daftar unit formulir ponsel (.csv atau .xlsx): kiriman untuk unit lain ditolak", "the phone form's unit list (.csv or .xlsx): submissions for other units are refused"},
		FormWroteXLSForm:    {"ditulis: %s (formulir ponsel XLSForm, rubrik %s versi %s, %d unit, form_id %s, versi %s)", "wrote %s (an XLSForm phone form, rubric %s version %s, %d units, form_id %s, version %s)"},
		FormXLSFormOptions:  {"--layout dan --respondents hanya untuk formulir Excel, bukan --xlsform", "--layout and --respondents are for Excel forms, not --xlsform"},
	} {
		catalog[k] = e
	}
}
