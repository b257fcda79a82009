package msg

// Words of writing outputs and of the operating system's errors: why a
// file could not be read or written, said the same way by every command,
// and what the output guarantees of package atomicfile mean for a person
// (a set of report cards replaced whole or not at all, leftovers of a
// killed run tidied).

// A Phrase is a message argument that is itself worded in a language
// (such as why a file could not be read): T renders it in the language of
// the message that holds it.
type Phrase interface {
	In(Lang) string
}

// phrases returns args with every Phrase rendered in lang (args itself
// when there is none).
func phrases(lang Lang, args []any) []any {
	var out []any
	for i, a := range args {
		p, ok := a.(Phrase)
		if !ok {
			continue
		}
		if out == nil {
			out = append([]any(nil), args...)
		}
		out[i] = p.In(lang)
	}
	if out == nil {
		return args
	}
	return out
}

// Message keys: why a file operation failed (package oserr).
const (
	OSPermission   Key = "os.permission"
	OSTooManyFiles Key = "os.too-many-files"
	OSIsFolder     Key = "os.is-folder"
	OSNotFound     Key = "os.not-found"
	HintTooMany    Key = "hint.too-many-files"
	HintFolderName Key = "hint.folder-in-the-way"
)

// Message keys: outputs.
const (
	OutputSameFile     Key = "output.same-file"
	HintOutputSameFile Key = "hint.output-same-file"
	OutputCardsKept    Key = "output.cards-kept"
	OutputCardsMixed   Key = "output.cards-mixed"
	OutputCleaned      Key = "output.cleaned"
	OutputCompleted    Key = "output.completed"
	CLISystemFailed    Key = "cli.system-failed"
	CLIBadJobs         Key = "cli.bad-jobs"
	CLIBadFormat       Key = "cli.bad-format"
)

func init() {
	for k, e := range map[Key]entry{
		OSPermission:   {"tidak ada izin", "permission denied"},
		OSTooManyFiles: {"terlalu banyak berkas terbuka sekaligus (batas sistem)", "too many files are open at once (the system's limit)"},
		OSIsFolder:     {"sudah ada folder dengan nama itu", "a folder of that name is in the way"},
		OSNotFound:     {"tidak ada", "it does not exist"},
		HintTooMany:    {"tutup program lain lalu ulangi, atau jalankan dengan lebih sedikit pekerjaan sekaligus (-j 1); berkas masukan tidak bermasalah", "close other programs and try again, or run fewer jobs at once (-j 1); the input files are not at fault"},
		HintFolderName: {"pindahkan atau ganti nama folder itu, atau tulis ke folder lain", "move or rename that folder, or write to another folder"},

		OutputSameFile:     {"%s dan %s menunjuk berkas yang sama; yang satu akan menimpa yang lain", "%s and %s name the same file; one would overwrite the other"},
		HintOutputSameFile: {"beri setiap keluaran nama sendiri", "give each output a name of its own"},
		OutputCardsKept:    {"tidak ada rapor yang diganti: %s masih berisi rapor sebelumnya", "no report card was replaced: %s still holds the previous cards"},
		OutputCardsMixed:   {"sebagian rapor di %s sudah diganti dan tidak dapat dikembalikan; jalankan perintah ini lagi untuk menyelesaikannya", "some report cards in %s were replaced and could not be put back; run the command again to complete them"},
		OutputCleaned:      {"%s: dihapus %d berkas sementara yang ditinggalkan kepatuhan yang terhenti (%s)", "%s: removed %d temporary files left by an interrupted kepatuhan run (%s)"},
		OutputCompleted:    {"%s: diselesaikan penggantian %d rapor yang terhenti di tengah jalan", "%s: completed the replacement of %d report cards that an interrupted run had begun"},
		CLISystemFailed:    {"komputer kehabisan sumber daya saat membaca masukan; tidak ada berkas keluaran yang ditulis", "the computer ran out of resources while reading the inputs; no output file written"},
		CLIBadJobs:         {"-j %d: jumlah pekerjaan sekaligus harus 0 (sebanyak inti prosesor) atau lebih", "-j %d: the number of jobs at once must be 0 (one per processor core) or more"},
		CLIBadFormat:       {"--format %q: %s", "--format %q: %s"},
	} {
		catalog[k] = e
	}
}
