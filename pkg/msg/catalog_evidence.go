package msg

// Words about evidence (bukti dukung): the rubric's evidence lists, the
// references read from workbooks and exports, the evidence folder
// (--bukti), photos, and how cards, the results workbook, the report and
// the comparison show them.

// Message keys: evidence.
const (
	RubricEvidenceShape     Key = "rubric.evidence-shape"
	RubricEvidenceRuleAlone Key = "rubric.evidence-rule-alone"
	RubricEvidenceSurvey    Key = "rubric.evidence-survey"
	HintEvidenceRuleAlone   Key = "hint.evidence-rule-alone"
)

func init() {
	for k, e := range map[Key]entry{
		RubricEvidenceShape:     {"evidence harus true, false, atau daftar bukti (kind, description, required)", "evidence must be true, false, or a list of items (kind, description, required)"},
		RubricEvidenceRuleAlone: {"without_evidence di %s tidak berlaku: indikator ini tidak mewajibkan bukti", "without_evidence in %s has no effect: the indicator requires no evidence"},
		RubricEvidenceSurvey:    {"%s adalah butir survei: responden tidak menyerahkan bukti dukung", "%s is a survey item: respondents hand in no evidence"},
		HintEvidenceRuleAlone:   {"tambahkan evidence (true, atau daftar dengan required: true), atau hapus without_evidence", "add evidence (true, or a list with required: true), or remove without_evidence"},
	} {
		catalog[k] = e
	}
}

// Message keys: evidence references and files.
const (
	EvidenceMissing      Key = "evidence.missing"
	EvidenceOutside      Key = "evidence.outside"
	EvidenceAmbiguous    Key = "evidence.ambiguous"
	EvidenceUnreadable   Key = "evidence.unreadable"
	EvidenceNotImage     Key = "evidence.not-image"
	EvidenceHEIC         Key = "evidence.heic"
	EvidenceTooLarge     Key = "evidence.too-large"
	EvidenceFormat       Key = "evidence.format"
	EvidenceUndecodable  Key = "evidence.undecodable"
	HintEvidenceLayout   Key = "hint.evidence-layout"
	HintEvidenceHEIC     Key = "hint.evidence-heic"
	HintEvidenceTooLarge Key = "hint.evidence-too-large"
	HintEvidenceConvert  Key = "hint.evidence-convert"
)

func init() {
	for k, e := range map[Key]entry{
		EvidenceMissing:      {"berkas bukti %q tidak ada di folder bukti %s", "evidence file %q is not in the evidence folder %s"},
		EvidenceOutside:      {"rujukan bukti %q menunjuk ke luar folder bukti %s: tidak dibaca", "evidence reference %q leads outside the evidence folder %s: not read"},
		EvidenceAmbiguous:    {"rujukan bukti %q cocok dengan lebih dari satu berkas di folder bukti %s", "evidence reference %q matches more than one file in the evidence folder %s"},
		EvidenceUnreadable:   {"berkas bukti %q tidak dapat dibaca: %s", "evidence file %q cannot be read: %s"},
		EvidenceNotImage:     {"berkas bukti %q bernama seperti foto tetapi bukan gambar (indikator %s)", "evidence file %q is named as a photo but is not an image (indicator %s)"},
		EvidenceHEIC:         {"foto bukti %q berformat HEIC/HEIF (iPhone), yang tidak dapat ditampilkan di rapor; berkasnya tetap tercatat sebagai bukti", "evidence photo %q is HEIC/HEIF (iPhone), which cannot be shown on the card; the file is still listed as evidence"},
		EvidenceTooLarge:     {"foto bukti %q berukuran %d×%d piksel, lebih dari %d megapiksel: tidak ditampilkan di rapor; berkasnya tetap tercatat sebagai bukti", "evidence photo %q is %d×%d pixels, over %d megapixels: not shown on the card; the file is still listed as evidence"},
		EvidenceFormat:       {"gambar bukti %q berformat yang tidak dapat ditampilkan di rapor; berkasnya tetap tercatat sebagai bukti", "evidence picture %q is in a format the card cannot show; the file is still listed as evidence"},
		EvidenceUndecodable:  {"foto bukti %q rusak atau terpotong dan tidak dapat ditampilkan; berkasnya tetap tercatat sebagai bukti", "evidence photo %q is damaged or cut short and cannot be shown; the file is still listed as evidence"},
		HintEvidenceLayout:   {"letakkan berkas di %s/%s/ atau beri nama berawalan %[2]s_%[3]s; huruf besar-kecil tidak dibedakan", "put the file in %s/%s/ or name it starting with %[2]s_%[3]s; case does not matter"},
		HintEvidenceHEIC:     {"ubah ke JPEG: di iPhone, Pengaturan › Kamera › Format › Paling Kompatibel untuk foto berikutnya; foto yang ada dapat dibagikan lewat Mail atau diekspor dari aplikasi Foto di Mac/Windows sebagai JPEG", "convert it to JPEG: on the iPhone, Settings › Camera › Formats › Most Compatible for the next photos; existing ones can be shared by Mail or exported from the Photos app on a Mac or Windows as JPEG"},
		HintEvidenceTooLarge: {"perkecil fotonya (mis. 4000 piksel sisi terpanjang) lalu simpan sebagai JPEG", "make it smaller (e.g. 4000 pixels on the long side) and save it as JPEG"},
		HintEvidenceConvert:  {"buka berkasnya dan simpan ulang sebagai JPEG atau PNG", "open the file and save it again as JPEG or PNG"},
	} {
		catalog[k] = e
	}
}

// Message keys: the evidence folder.
const (
	EvidenceFolder Key = "evidence.folder"
)

func init() {
	catalog[EvidenceFolder] = entry{"folder bukti tidak dapat dibuka: %s", "cannot open the evidence folder: %s"}
}

// Message keys: evidence on report cards.
const (
	CardEvFlag          Key = "card.ev.flag"
	CardEvWithoutWhy    Key = "card.ev.without-why"
	CardEvUnprovenWhy   Key = "card.ev.unproven-why"
	CardEvWithoutList   Key = "card.ev.without-list"
	CardEvWithoutIntro  Key = "card.ev.without-intro"
	CardEvPicture       Key = "card.ev.picture"
	CardEvPhoto         Key = "card.ev.photo"
	CardEvDocument      Key = "card.ev.document"
	CardEvLink          Key = "card.ev.link"
	CardEvAny           Key = "card.ev.any"
	CardEvFound         Key = "card.ev.found"
	CardEvMissing       Key = "card.ev.missing"
	CardEvLinked        Key = "card.ev.linked"
	CardEvUnchecked     Key = "card.ev.unchecked"
	CardEvPhotos        Key = "card.ev.photos"
	CardEvAppendix      Key = "card.ev.appendix"
	CardEvAppendixIntro Key = "card.ev.appendix-intro"
	CardEvColRef        Key = "card.ev.col-ref"
	CardEvColKind       Key = "card.ev.col-kind"
	CardEvColStatus     Key = "card.ev.col-status"
	CardEvColSize       Key = "card.ev.col-size"
	CardEvAnswered      Key = "card.ev.answered"
	CardEvCount         Key = "card.ev.count"
	CardEvCell          Key = "card.ev.cell"
	CardEvLacking       Key = "card.ev.lacking"
	CardEvFile          Key = "card.ev.file"

	CardEvProblemOutside     Key = "card.ev.problem.outside"
	CardEvProblemAmbiguous   Key = "card.ev.problem.ambiguous"
	CardEvProblemUnreadable  Key = "card.ev.problem.unreadable"
	CardEvProblemNotImage    Key = "card.ev.problem.not_image"
	CardEvProblemHEIC        Key = "card.ev.problem.heic"
	CardEvProblemUndecodable Key = "card.ev.problem.undecodable"
	CardEvProblemTooLarge    Key = "card.ev.problem.too_large"
	CardEvProblemFormat      Key = "card.ev.problem.format"
)

func init() {
	for k, e := range map[Key]entry{
		CardEvFlag:          {"Tanpa bukti", "No evidence"},
		CardEvWithoutWhy:    {"dijawab tanpa bukti wajib: ada %d dari %d", "answered without the required evidence: %d of %d present"},
		CardEvUnprovenWhy:   {"TIDAK TERBUKTI, dinilai tidak terpenuhi: ada %d dari %d bukti wajib", "UNPROVEN, scored as not met: %d of %d required items present"},
		CardEvWithoutList:   {"Dijawab tanpa bukti wajib (%d)", "Answered without the required evidence (%d)"},
		CardEvWithoutIntro:  {"Jawaban ini tetap dinilai, tetapi bukti dukung yang diwajibkan rubrik belum ada.", "These answers are scored, but the evidence the rubric requires is not there."},
		CardEvPicture:       {"gambar di sel %s", "picture in cell %s"},
		CardEvPhoto:         {"foto", "photo"},
		CardEvDocument:      {"dokumen", "document"},
		CardEvLink:          {"tautan", "link"},
		CardEvAny:           {"bukti", "evidence"},
		CardEvFound:         {"ada", "found"},
		CardEvMissing:       {"tidak ada", "missing"},
		CardEvLinked:        {"tautan, tidak dibuka", "link, not opened"},
		CardEvUnchecked:     {"belum diperiksa", "not checked"},
		CardEvPhotos:        {"Foto bukti (%d)", "Evidence photos (%d)"},
		CardEvAppendix:      {"Lampiran: daftar bukti dukung (%d)", "Appendix: the evidence (%d)"},
		CardEvAppendixIntro: {"Setiap berkas tercatat dengan sidik SHA-256-nya: berkas yang diperiksa harus menghasilkan sidik yang sama.", "Every file is listed with its SHA-256 fingerprint: a file being checked must give the same fingerprint."},
		CardEvColRef:        {"Rujukan · sumber", "Reference · source"},
		CardEvColKind:       {"Jenis", "Kind"},
		CardEvColStatus:     {"Keadaan", "State"},
		CardEvColSize:       {"Ukuran", "Size"},
		CardEvAnswered:      {"jawaban: %s", "answer: %s"},
		CardEvCount:         {"Ada %d dari %d bukti wajib", "%d of %d required items present"},
		CardEvCell:          {"lembar %s sel %s", "sheet %s cell %s"},
		CardEvLacking:       {"belum ada: %s", "missing: %s"},
		CardEvFile:          {"berkas %s", "file %s"},

		CardEvProblemOutside:     {"di luar folder bukti", "outside the evidence folder"},
		CardEvProblemAmbiguous:   {"nama cocok dengan beberapa berkas", "the name matches several files"},
		CardEvProblemUnreadable:  {"tidak terbaca", "unreadable"},
		CardEvProblemNotImage:    {"bukan gambar", "not an image"},
		CardEvProblemHEIC:        {"HEIC, tidak ditampilkan", "HEIC, not shown"},
		CardEvProblemUndecodable: {"rusak, tidak ditampilkan", "damaged, not shown"},
		CardEvProblemTooLarge:    {"terlalu besar untuk ditampilkan", "too large to show"},
		CardEvProblemFormat:      {"format tidak ditampilkan", "format not shown"},
	} {
		catalog[k] = e
	}
}

// Message keys: the command line.
const (
	FlagBukti Key = "flag.bukti"
)

func init() {
	catalog[FlagBukti] = entry{"folder bukti dukung (foto, dokumen): rujukan di kolom Bukti dicari di sini, di FOLDER/KODE-UNIT/ lebih dulu; berkas bernama KODEUNIT_KODEINDIKATOR… juga dihitung", "the evidence folder (photos, documents): references in the Evidence column are looked up here, in FOLDER/UNIT-CODE/ first; files named UNITCODE_INDICATORCODE… count too"}
}

// Message keys: evidence in a results file.
const (
	ResultsEvidenceValue Key = "results.evidence-value"
	ResultsEvidenceCount Key = "results.evidence-count"
)

func init() {
	catalog[ResultsEvidenceValue] = entry{"berkas hasil tidak sah: unit %s, indikator %s: bukti dengan %s %q yang tidak dikenal", "invalid results file: unit %s, indicator %s: evidence with the unknown %s %q"}
	catalog[ResultsEvidenceCount] = entry{"berkas hasil tidak sah: unit %s, indikator %s: %d dari %d bukti wajib ada", "invalid results file: unit %s, indicator %s: %d of %d required items present"}
}

// Message keys: the results workbook's evidence sheet.
const (
	BookSheetEvidence Key = "book.sheet.evidence"
	BookEvRequired    Key = "book.ev.required"
	BookEvPresent     Key = "book.ev.present"
	BookEvFlag        Key = "book.ev.flag"
	BookEvKind        Key = "book.ev.kind"
	BookEvRef         Key = "book.ev.ref"
	BookEvPath        Key = "book.ev.path"
	BookEvState       Key = "book.ev.state"
	BookEvProblem     Key = "book.ev.problem"
	BookEvSize        Key = "book.ev.size"
	BookEvWithout     Key = "book.ev.without"
	BookEvUnproven    Key = "book.ev.unproven"
)

func init() {
	for k, e := range map[Key]entry{
		BookSheetEvidence: {"Bukti", "Evidence"},
		BookEvRequired:    {"Bukti wajib", "Required"},
		BookEvPresent:     {"Bukti ada", "Present"},
		BookEvFlag:        {"Tanda", "Flag"},
		BookEvKind:        {"Jenis bukti", "Kind"},
		BookEvRef:         {"Rujukan", "Reference"},
		BookEvPath:        {"Berkas di folder bukti", "File in the evidence folder"},
		BookEvState:       {"Keadaan", "State"},
		BookEvProblem:     {"Masalah", "Problem"},
		BookEvSize:        {"Ukuran (bita)", "Size (bytes)"},
		BookEvWithout:     {"tanpa bukti wajib", "without required evidence"},
		BookEvUnproven:    {"tidak terbukti", "unproven"},
	} {
		catalog[k] = e
	}
}

// Message keys: the annual report's evidence completeness.
const (
	ReportSecEvidence     Key = "report.sec.evidence"
	ReportSheetEvidence   Key = "report.sheet.evidence"
	ReportEvidenceNote    Key = "report.evidence.note"
	ReportEvidenceNone    Key = "report.evidence.none"
	ReportEvidenceTotal   Key = "report.evidence.total"
	ReportEvidenceLacking Key = "report.evidence.lacking"
	ReportEvidenceColumns Key = "report.evidence.columns"
	ReportColEvRequired   Key = "report.col.ev-required"
	ReportColEvPresent    Key = "report.col.ev-present"
	ReportColEvShare      Key = "report.col.ev-share"
	ReportColEvWithout    Key = "report.col.ev-without"
	ReportColEvAbsent     Key = "report.col.ev-absent"
	ReportColEvLacking    Key = "report.col.ev-lacking"
)

func init() {
	for k, e := range map[Key]entry{
		ReportSecEvidence:     {"Lampiran: kelengkapan bukti dukung", "Appendix: evidence completeness"},
		ReportSheetEvidence:   {"Bukti", "Evidence"},
		ReportEvidenceNote:    {"Bukti wajib adalah bukti yang diminta rubrik untuk setiap jawaban yang memperoleh nilai; jawaban tanpa nilai tidak memerlukan bukti. Kelengkapan = bukti wajib yang ada dibagi bukti wajib yang diminta.", "Required evidence is what the rubric asks for each answer that earns part of its weight; an answer that earns nothing needs none. Completeness = required items present over required items asked for."},
		ReportEvidenceNone:    {"Tidak ada jawaban yang memerlukan bukti wajib.", "No answer needs required evidence."},
		ReportEvidenceTotal:   {"Seluruh wilayah: %s dari %s bukti wajib ada (%s).", "The whole region: %s of %s required items present (%s)."},
		ReportEvidenceLacking: {"%d unit dengan bukti paling kurang", "The %d units lacking most"},
		ReportEvidenceColumns: {"Tanpa bukti: jawaban yang memperoleh nilai tanpa bukti wajib (tetap dinilai, atau tidak terbukti menurut rubrik). Tidak ditemukan: rujukan berkas yang tidak ada di folder bukti.", "Without: answers earning part of their weight without the required evidence (scored, or unproven, as the rubric says). Not found: file references not in the evidence folder."},
		ReportColEvRequired:   {"Wajib", "Required"},
		ReportColEvPresent:    {"Ada", "Present"},
		ReportColEvShare:      {"Lengkap", "Complete"},
		ReportColEvWithout:    {"Tanpa bukti", "Without"},
		ReportColEvAbsent:     {"Tidak ditemukan", "Not found"},
		ReportColEvLacking:    {"Paling kurang", "Lacking most"},
	} {
		catalog[k] = e
	}
}

// Message keys: evidence between the years (diff).
const (
	DiffEvTitle   Key = "diff.ev.title"
	DiffEvNote    Key = "diff.ev.note"
	DiffEvChanged Key = "diff.ev.changed"
	DiffEvGone    Key = "diff.ev.gone"
)

func init() {
	for k, e := range map[Key]entry{
		DiffEvTitle:   {"Bukti yang berubah atau hilang, untuk indikator yang tetap terpenuhi (%d unit)", "Evidence changed or gone, for indicators still met (%d units)"},
		DiffEvNote:    {"Berkas bukti tahun lalu yang kini isinya lain (sidik SHA-256 berbeda) atau tidak ada lagi: periksa bahwa unit masih memiliki yang dulu ditunjukkannya.", "Files of last year's evidence whose content differs now (another SHA-256) or that are gone: check that the unit still has what it showed."},
		DiffEvChanged: {"%s berubah (SHA-256 %s → %s)", "%s changed (SHA-256 %s → %s)"},
		DiffEvGone:    {"%s tidak ada lagi (SHA-256 %s)", "%s is gone (SHA-256 %s)"},
	} {
		catalog[k] = e
	}
}
