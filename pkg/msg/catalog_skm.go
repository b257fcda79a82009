package msg

// Words of the SKM survey: the respondents sheet's characteristics as the
// reader reports them, the SKM report (package skmreport) and its
// command, kepatuhan skm. Labels and headings start with a capital
// letter, as printed; sheet names are at most 31 characters.

// Message keys: reading respondents.
const (
	ResultsSurveyCount      Key = "results.survey-count"
	SheetRespondentNoAnswer Key = "sheet.respondent-no-answer"
	SheetTraitUnlisted      Key = "sheet.trait-unlisted"
	SheetTraitUnlistedMore  Key = "sheet.trait-unlisted-more"
	SheetTraitConflict      Key = "sheet.trait-conflict"
	SheetTraitsNoRespondent Key = "sheet.traits-no-respondent"
	HintRespondentNoAnswer  Key = "hint.respondent-no-answer"
	HintTraitOccupation     Key = "hint.trait-occupation"
	HintTraitAge            Key = "hint.trait-age"
	HintTraitsRespondent    Key = "hint.traits-respondent"
	FormUnitsBadPopulation  Key = "form.units-bad-population"
	HintFormPopulation      Key = "hint.form-population"
)

func init() {
	catalog[ResultsSurveyCount] = entry{"unit %s: survei %s: jumlah %d di bawah nol", "unit %s: survey %s: count %d below zero"}
	catalog[SheetRespondentNoAnswer] = entry{"baris responden ini tidak menjawab satu unsur pun; tidak dihitung sebagai responden", "this respondent row answers no item; it is not counted as a respondent"}
	catalog[SheetTraitUnlisted] = entry{"%s %q tidak ada dalam daftar; dihitung sebagai di luar daftar", "%s %q is not in the list; counted as outside the list"}
	catalog[SheetTraitUnlistedMore] = entry{"%s %q tidak ada dalam daftar (di sini dan %d sel lain); dihitung sebagai di luar daftar", "%s %q is not in the list (here and in %d other cells); counted as outside the list"}
	catalog[SheetTraitConflict] = entry{"responden %s: %s %q berbeda dengan %q di %s; yang dipakai yang pertama", "respondent %s: %s %q differs from %q at %s; the first is used"}
	catalog[SheetTraitsNoRespondent] = entry{"karakteristik responden tidak dapat dihitung per orang: lembar ini tidak punya kolom responden", "respondent characteristics cannot be counted per person: this sheet has no respondent column"}
	catalog[HintRespondentNoAnswer] = entry{"isi jawabannya, atau kosongkan baris ini", "fill in the answers, or clear this row"}
	catalog[HintTraitOccupation] = entry{"yang diterima: %s; pekerjaan lain ditulis Lainnya (boleh dengan keterangan, mis. \"Lainnya: petani\")", "accepted: %s; any other occupation is written Lainnya (with a note if wanted, e.g. \"Lainnya: farmer\")"}
	catalog[HintTraitAge] = entry{"tulis umur dalam tahun (10–120) atau kelompok umur: %s", "write the age in years (10–120) or an age band: %s"}
	catalog[HintTraitsRespondent] = entry{"tambahkan kolom Responden yang memberi nomor setiap responden pada setiap barisnya", "add a Responden column numbering each respondent on each of their rows"}
	catalog[FormUnitsBadPopulation] = entry{"populasi %q bukan bilangan bulat positif", "population %q is not a positive whole number"}
	catalog[HintFormPopulation] = entry{"tulis jumlah pengguna layanan dalam periode survei, mis. 1200", "write the number of service users in the survey period, e.g. 1200"}
}
