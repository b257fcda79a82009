package msg

// Words of the verification round: the issuing office's configuration
// (package issuer), the strict reading of small YAML files (package
// yamlfile), self-assessment and verification answers, corrections,
// provisional results, the berita acara, and the signature blocks and
// letterhead every official document shares.

// Message keys: small YAML files and the issuer's configuration.
const (
	YAMLManyDocs         Key = "yaml.many-docs"
	YAMLAlias            Key = "yaml.alias"
	IssuerEmpty          Key = "issuer.empty"
	IssuerNotFound       Key = "issuer.not-found"
	IssuerCannotRead     Key = "issuer.cannot-read"
	IssuerEmptyValue     Key = "issuer.empty-value"
	IssuerDuplicateUnit  Key = "issuer.duplicate-unit"
	IssuerNIPNotDigits   Key = "issuer.nip-not-digits"
	IssuerNIPLength      Key = "issuer.nip-length"
	IssuerNIPBirth       Key = "issuer.nip-birth"
	IssuerNIPAppointed   Key = "issuer.nip-appointed"
	IssuerLogoMissing    Key = "issuer.logo-missing"
	IssuerLogoUnreadable Key = "issuer.logo-unreadable"
	IssuerLogoNotImage   Key = "issuer.logo-not-image"
	IssuerLogoTooLarge   Key = "issuer.logo-too-large"
	HintIssuerFile       Key = "hint.issuer-file"
	HintIssuerLogo       Key = "hint.issuer-logo"
	HintNIP              Key = "hint.nip"

	// A round in results files (package results).
	ResultsVerifyState         Key = "results.verify-state"
	ResultsSelfBand            Key = "results.self-band"
	ResultsCorrectionIndicator Key = "results.correction-indicator"

	// Reading a round's sheets (package sheet).
	SheetRoundAndPlain   Key = "sheet.round-and-plain"
	SheetVerifyNoteAlone Key = "sheet.verify-note-alone"
	SheetStageNotWide    Key = "sheet.stage-not-wide"
	SheetStageMissing    Key = "sheet.stage-missing"
	SheetStageUnknown    Key = "sheet.stage-unknown"
	SheetSurveyInRound   Key = "sheet.survey-in-round"
	HintRoundColumns     Key = "hint.round-columns"
	IngestRoundJoined    Key = "ingest.round-joined"

	// Corrections (package correction).
	CorrectionEmpty            Key = "correction.empty"
	CorrectionNone             Key = "correction.none"
	CorrectionNoColumn         Key = "correction.no-column"
	CorrectionEmptyCell        Key = "correction.empty-cell"
	CorrectionUnknownUnit      Key = "correction.unknown-unit"
	CorrectionUnknownIndicator Key = "correction.unknown-indicator"
	CorrectionCollision        Key = "correction.collision"
	CorrectionSurvey           Key = "correction.survey"
	CorrectionNotForType       Key = "correction.not-for-type"
	CorrectionBadDate          Key = "correction.bad-date"
	CorrectionBeforeAssessment Key = "correction.before-assessment"
	CorrectionAlreadyApplied   Key = "correction.already-applied"
	HintCorrectionColumns      Key = "hint.correction-columns"
	HintCorrectionUnits        Key = "hint.correction-units"

	// Signature blocks and letterheads (package pdfdoc).
	SignNIP      Key = "sign.nip"
	SignFillName Key = "sign.fill-name"
	SignFillNIP  Key = "sign.fill-nip"
	SignKnown    Key = "sign.known"
	SignPlaceAt  Key = "sign.place-at"
)

func init() {
	for k, e := range map[Key]entry{
		YAMLManyDocs:         {"berkas hanya boleh berisi satu dokumen YAML", "the file holds exactly one YAML document"},
		YAMLAlias:            {"alias YAML (*nama) tidak didukung di berkas ini", "YAML aliases (*name) are not supported in this file"},
		IssuerEmpty:          {"berkas konfigurasi kosong", "the configuration file is empty"},
		IssuerNotFound:       {"berkas konfigurasi tidak ditemukan", "the configuration file was not found"},
		IssuerCannotRead:     {"berkas konfigurasi tidak dapat dibaca: %s", "cannot read the configuration file: %s"},
		IssuerEmptyValue:     {"%s tidak boleh kosong", "%s must not be empty"},
		IssuerDuplicateUnit:  {"kepala unit %s ditulis dua kali", "the head of unit %s is written twice"},
		IssuerNIPNotDigits:   {"NIP %q hanya boleh berisi angka (spasi dan titik boleh)", "NIP %q may hold only digits (spaces and dots are fine)"},
		IssuerNIPLength:      {"NIP %q harus 18 angka, bukan %d", "NIP %q must be 18 digits, not %d"},
		IssuerNIPBirth:       {"NIP %q: 8 angka pertama (%s) bukan tanggal lahir yang sah (tttt bb hh)", "NIP %q: the first 8 digits (%s) are not a valid birth date (yyyy mm dd)"},
		IssuerNIPAppointed:   {"NIP %q: tahun pengangkatan %s tidak masuk akal untuk kelahiran tahun %s", "NIP %q: appointment year %s is impossible for someone born in %s"},
		IssuerLogoMissing:    {"berkas logo %q tidak ditemukan (dicari di %s)", "logo file %q not found (looked for %s)"},
		IssuerLogoUnreadable: {"berkas logo %q tidak dapat dibaca: %s", "cannot read logo file %q: %s"},
		IssuerLogoNotImage:   {"berkas logo %q bukan gambar PNG atau JPEG", "logo file %q is not a PNG or JPEG image"},
		IssuerLogoTooLarge:   {"berkas logo %q terlalu besar (%d MB; paling besar %d MB)", "logo file %q is too large (%d MB; at most %d MB)"},
		HintIssuerFile:       {"periksa --config atau KEPATUHAN_CONFIG; tanpa keduanya dipakai kepatuhan.yaml di folder kerja bila ada", "check --config or KEPATUHAN_CONFIG; without either, kepatuhan.yaml in the working folder is used if there is one"},
		HintIssuerLogo:       {"logo dicari relatif terhadap folder berkas konfigurasi; simpan sebagai .png atau .jpg", "the logo is looked for relative to the configuration file's folder; save it as .png or .jpg"},
		HintNIP:              {"NIP berisi 18 angka: tanggal lahir (8), TMT CPNS (6), jenis kelamin (1), nomor urut (3); kosongkan bila penandatangan bukan ASN", "an NIP is 18 digits: birth date (8), appointment as candidate (6), sex (1), sequence (3); leave it out for a signatory who is not a civil servant"},

		ResultsVerifyState:         {"berkas hasil tidak sah: unit %s, indikator %s berstatus verifikasi %q yang tidak dikenal", "invalid results file: unit %s, indicator %s has the unknown verification state %q"},
		ResultsSelfBand:            {"berkas hasil tidak sah: nilai mandiri %[2]s unit %[1]s masuk kategori %[3]s, bukan %[4]s seperti tertulis", "invalid results file: unit %s's self-assessed score %s is in band %s, not %s as written"},
		ResultsCorrectionIndicator: {"berkas hasil tidak sah: koreksi unit %s menyebut indikator %q yang tidak ada di rubrik", "invalid results file: a correction of unit %s names indicator %q, which is not in the rubric"},
		SheetRoundAndPlain:         {"kolom Jawaban dan kolom %s tidak dapat dipakai bersama: jawaban mana yang dinilai?", "an Answer column and a %s column cannot be used together: which answer is scored?"},
		SheetVerifyNoteAlone:       {"kolom Catatan Verifikasi tanpa kolom Jawaban Verifikator", "a Catatan Verifikasi (verification note) column without a Jawaban Verifikator (verifier's answer) column"},
		SheetStageNotWide:          {"kolom Tahap hanya dipakai di lembar satu baris per unit dengan satu kolom per indikator", "a Tahap (stage) column is used only in a sheet of one row per unit with a column per indicator"},
		SheetStageMissing:          {"baris unit %s tidak menyebut Tahap (mandiri atau verifikasi)", "the row of unit %s does not say its Tahap (stage: mandiri or verifikasi)"},
		SheetStageUnknown:          {"tahap %s tidak dikenal (baris unit %s)", "unknown stage %s (row of unit %s)"},
		SheetSurveyInRound:         {"%s dijawab responden, bukan dinilai unit lalu diverifikasi: isi di lembar responden dengan kolom Jawaban", "%s is answered by respondents, not assessed by the unit and then verified: fill it in a respondents sheet with an Answer column"},
		HintRoundColumns:           {"penilaian satu tahap: kolom Jawaban; putaran verifikasi: kolom Jawaban Unit dan Jawaban Verifikator (dengan Catatan Verifikasi), atau di lembar satu baris per unit, kolom Tahap (mandiri/verifikasi)", "a single-pass assessment: an Answer (Jawaban) column; a verification round: Jawaban Unit and Jawaban Verifikator columns (with Catatan Verifikasi), or, in a sheet of one row per unit, a Tahap column (mandiri/verifikasi)"},
		IngestRoundJoined:          {"unit %s: penilaian mandiri di %s dan jawaban verifikator di %s digabung", "unit %s: the self-assessment in %s and the verifier's answers in %s are joined"},

		CorrectionEmpty:            {"berkas koreksi kosong", "the corrections file is empty"},
		CorrectionNone:             {"berkas koreksi tidak berisi satu koreksi pun", "the corrections file holds no correction"},
		CorrectionNoColumn:         {"kolom %s tidak ada di baris judul koreksi", "the corrections' header row has no %s column"},
		CorrectionEmptyCell:        {"koreksi tanpa %s", "a correction without %s"},
		CorrectionUnknownUnit:      {"unit %q tidak ada dalam putaran ini", "unit %q is not in this round"},
		CorrectionUnknownIndicator: {"indikator %q tidak ada di rubrik %s", "indicator %q is not in rubric %s"},
		CorrectionCollision:        {"koreksi kedua untuk unit %s indikator %s (yang pertama di %s): mana yang berlaku?", "a second correction of unit %s, indicator %s (the first at %s): which one stands?"},
		CorrectionSurvey:           {"%s dijawab responden; jawaban survei tidak dikoreksi satu per satu", "%s is answered by respondents; survey answers are not corrected one by one"},
		CorrectionNotForType:       {"%s tidak dinilai untuk unit %s (jenis %s)", "%s is not assessed for unit %s (type %s)"},
		CorrectionBadDate:          {"tanggal koreksi %q tidak terbaca", "the correction's date %q cannot be read"},
		CorrectionBeforeAssessment: {"koreksi bertanggal %s, sebelum penilaian unit %s (%s)", "the correction is dated %s, before unit %s was assessed (%s)"},
		CorrectionAlreadyApplied:   {"koreksi unit %s indikator %s sudah tercatat; tidak dicatat dua kali", "the correction of unit %s, indicator %s is already recorded; it is not recorded twice"},
		HintCorrectionColumns:      {"kolom: Kode Unit, Kode Indikator, Jawaban Baru, Alasan, Oleh, Tanggal, Rujukan (nomor surat, boleh kosong)", "columns: Kode Unit (unit), Kode Indikator (indicator), Jawaban Baru (new answer), Alasan (reason), Oleh (by), Tanggal (date), Rujukan (reference, may be empty)"},
		HintCorrectionUnits:        {"koreksi hanya untuk unit yang dinilai dalam putaran ini; periksa kode unitnya", "corrections are only for units assessed in this round; check the unit code"},

		SignNIP:      {"NIP. %s", "NIP %s"},
		SignFillName: {"(…………………………………………)", "(…………………………………………)"},
		SignFillNIP:  {"NIP. ……………………………", "NIP ……………………………"},
		SignKnown:    {"Mengetahui,", "Acknowledged by,"},
		SignPlaceAt:  {"%s, %s", "%s, %s"},
	} {
		catalog[k] = e
	}
}
