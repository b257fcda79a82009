// Package cli is kepatuhan's command line. Commands are thin: each is an
// Options struct filled from flags and a run function (which tests call
// directly) that calls a package and prints. Exit statuses are mapped in
// one place (exit.go); every message comes from package msg, in Bahasa
// Indonesia unless --lang en (or KEPATUHAN_LANG=en) says otherwise.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/spf13/cobra"
)

// IO is where a command reads and writes.
type IO struct {
	In       io.Reader
	Out, Err io.Writer
	// ErrTTY: standard error is a terminal (a progress bar may be shown).
	ErrTTY bool
	// Color: standard output is a terminal that shows ANSI colours.
	Color bool
}

// StdIO is the process's standard streams.
func StdIO() IO {
	out := isTerminal(os.Stdout)
	return IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		ErrTTY: isTerminal(os.Stderr), Color: out && colorOK(os.Stdout)}
}

// Main runs kepatuhan with args and returns the exit status.
func Main(args []string, io IO) (code int) {
	defer profile()()
	defer batchGC()()
	lang := detectLang(args)
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(io.Err, "kepatuhan: %s: %v\n%s", msg.T(lang, msg.CLIError), r, debug.Stack())
			fmt.Fprintf(io.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIHint), msg.T(lang, msg.HintBug))
			code = ExitUnexpected
		}
	}()
	root := newRoot(io, lang)
	root.SetArgs(args)
	err := root.Execute()
	if err != nil {
		report(io, lang, err)
	}
	return exitCode(err)
}

// detectLang finds --lang before the commands are built, so that help
// texts are in the right language too.
func detectLang(args []string) msg.Lang {
	val := os.Getenv("KEPATUHAN_LANG")
	if len(args) > 0 && strings.HasPrefix(args[0], "__complete") {
		// Shell completion: the last word is the one being completed
		// ("--lang" with an empty value), not a choice.
		args = args[:len(args)-1]
	}
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			val = v
		} else if a == "--lang" && i+1 < len(args) {
			val = args[i+1]
		}
	}
	l, _ := msg.ParseLang(val)
	return l
}

// report prints an error that ended a command. Input problems were
// printed as they were found; only the rest is printed here.
func report(io IO, lang msg.Lang, err error) {
	var (
		ue *usageError
		se statusError
		ps msg.Problems
	)
	switch {
	case errors.As(err, &se), errors.Is(err, invalidError{}):
		return
	case errors.As(err, &ps):
		printProblems(io.Err, lang, ps)
	case errors.As(err, &ue):
		hint := msg.T(lang, msg.HintHelp)
		var h hinted
		if errors.As(ue.err, &h) {
			hint = h.hint
		}
		fmt.Fprintf(io.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIError), locale.OneLine(ue.err.Error()))
		fmt.Fprintf(io.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIHint), locale.OneLine(hint))
	default:
		fmt.Fprintf(io.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIError), err)
	}
}

// maxShown bounds how many problems are printed; the rest are counted.
const maxShown = 200

// printProblems prints problems age-style: one lower-case line each,
// "kepatuhan: kesalahan: file › sheet › cell: …" then "kepatuhan:
// petunjuk: …" for its hint. Notices say "catatan".
func printProblems(w io.Writer, lang msg.Lang, ps msg.Problems) {
	shown := 0
	for _, p := range ps {
		if shown == maxShown {
			fmt.Fprintf(w, "kepatuhan: %s\n", msg.T(lang, msg.CLIMoreProblems, len(ps)-shown))
			return
		}
		label := msg.CLIError
		if p.Severity == msg.Notice {
			label = msg.CLINotice
		}
		fmt.Fprintf(w, "kepatuhan: %s: %s\n", msg.T(lang, label), locale.OneLine(p.Text(lang)))
		if h := p.HintText(lang); h != "" {
			fmt.Fprintf(w, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIHint), locale.OneLine(h))
		}
		shown++
	}
}

func newRoot(io IO, lang msg.Lang) *cobra.Command {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	root := &cobra.Command{
		Use:           "kepatuhan",
		Short:         t(msg.HelpRootShort),
		Long:          t(msg.HelpRootLong),
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	root.SetIn(io.In)
	root.PersistentFlags().String("lang", "", t(msg.FlagLang))
	root.PersistentFlags().BoolP("help", "h", false, t(msg.FlagHelp))
	root.SetVersionTemplate("kepatuhan {{.Version}}\n")
	localize(root, lang)
	root.CompletionOptions.DisableDefaultCmd = true // ours is localized: completion.go
	root.AddCommand(newRubricCmd(io, lang), newScoreCmd(io, lang), newFormCmd(io, lang), newReportCmd(io, lang),
		newSKMCmd(io, lang), newDiffCmd(io, lang), newBeritaAcaraCmd(io, lang), newCompletionCmd(io, lang))
	addCompletions(root, lang)
	return root
}

// langFlag reads the --lang flag; an unknown language is a usage error.
func langFlag(cmd *cobra.Command) (msg.Lang, error) {
	v, _ := cmd.Flags().GetString("lang")
	if !cmd.Flags().Changed("lang") {
		// KEPATUHAN_LANG, read leniently as detectLang does.
		l, _ := msg.ParseLang(os.Getenv("KEPATUHAN_LANG"))
		return l, nil
	}
	l, ok := msg.ParseLang(v)
	if !ok {
		return l, &usageError{fmt.Errorf("--lang %q: %s", v, msg.T(msg.ID, msg.HintValidValues, "id, en"))}
	}
	return l, nil
}

func version() string { return stamp.Version }
