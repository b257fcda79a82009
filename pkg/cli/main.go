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
	if err != nil && strings.HasPrefix(err.Error(), "unknown command ") {
		err = &usageError{err} // cobra's error for a mistyped command name
	}
	if err != nil {
		report(io, lang, err)
	}
	return exitCode(err)
}

// detectLang finds --lang before the commands are built, so that help
// texts are in the right language too.
func detectLang(args []string) msg.Lang {
	val := os.Getenv("KEPATUHAN_LANG")
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
		fmt.Fprintf(io.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIError), ue.err)
		fmt.Fprintf(io.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIHint), msg.T(lang, msg.HintHelp))
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
	root.PersistentFlags().String("lang", string(lang), t(msg.FlagLang))
	root.PersistentFlags().BoolP("help", "h", false, t(msg.FlagHelp))
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return &usageError{err} })
	root.SetVersionTemplate("kepatuhan {{.Version}}\n")
	if lang == msg.ID {
		root.SetUsageTemplate(usageTemplateID)
	}
	root.SetHelpCommand(&cobra.Command{Hidden: true, Use: "help", Run: func(c *cobra.Command, args []string) {
		target, _, err := c.Root().Find(args)
		if err != nil || target == nil {
			target = c.Root()
		}
		target.Help()
	}})
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(newRubricCmd(io, lang), newScoreCmd(io, lang), newFormCmd(io, lang), newReportCmd(io, lang), newDiffCmd(io, lang))
	for _, c := range root.Commands() {
		c.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return &usageError{err} })
	}
	return root
}

// args wraps cobra's argument validators so their errors are usage
// errors (exit 2).
func args(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		if err := v(cmd, a); err != nil {
			return &usageError{err}
		}
		return nil
	}
}

// langFlag reads the --lang flag; an unknown language is a usage error.
func langFlag(cmd *cobra.Command) (msg.Lang, error) {
	v, _ := cmd.Flags().GetString("lang")
	l, ok := msg.ParseLang(v)
	if !ok {
		return l, &usageError{fmt.Errorf("--lang %q: %s", v, msg.T(msg.ID, msg.HintValidValues, "id, en"))}
	}
	return l, nil
}

func version() string { return stamp.Version }

const usageTemplateID = `Penggunaan:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [perintah]{{end}}{{if gt (len .Aliases) 0}}

Alias:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Contoh:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Perintah:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Opsi:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Opsi umum:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

Pakai "{{.CommandPath}} [perintah] --help" untuk keterangan sebuah perintah.{{end}}
`
