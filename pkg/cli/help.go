package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
)

// This file holds every word of the command line that cobra and pflag
// would otherwise print in English: the help and usage layout, flag
// value names and defaults, the help command and flags, and the
// mistakes in flags, arguments and command names — each in the chosen
// language, with a "did you mean" hint where a name was mistyped.

// localize installs the help layout, the help command, the version flag
// and the flag error wording on root (its commands inherit them).
func localize(root *cobra.Command, lang msg.Lang) {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { writeHelp(c.OutOrStdout(), c, lang) })
	root.SetUsageFunc(func(c *cobra.Command) error { writeUsage(c.OutOrStderr(), c, lang); return nil })
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return flagError(c, lang, err) })
	root.Flags().BoolP("version", "v", false, t(msg.FlagVersion))
	// The root runs only to print its help or to refuse an unknown
	// command; were it not runnable, cobra would print the help and exit
	// 0 for a mistyped command.
	root.Args = func(c *cobra.Command, a []string) error {
		if len(a) > 0 {
			return unknownCommand(c, lang, a[0])
		}
		return nil
	}
	root.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
	root.SetHelpCommand(&cobra.Command{
		Use:   t(msg.UseHelp),
		Short: t(msg.HelpHelpShort),
		Long:  t(msg.HelpHelpLong),
		RunE: func(c *cobra.Command, a []string) error {
			target, rest, err := c.Root().Find(a)
			if err != nil {
				return &usageError{err}
			}
			if len(rest) > 0 {
				return unknownCommand(target, lang, rest[0])
			}
			return target.Help()
		},
		ValidArgsFunction: func(c *cobra.Command, a []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			target, _, err := c.Root().Find(a)
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, s := range target.Commands() {
				if s.IsAvailableCommand() {
					out = append(out, cobra.CompletionWithDesc(s.Name(), s.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
	})
}

// hinted is an error with the hint printed under it.
type hinted struct {
	error
	hint string
}

func (h hinted) Unwrap() error { return h.error }

// usage returns a usage error (exit 2) with a hint.
func usage(text, hint string) error {
	return &usageError{hinted{errors.New(text), hint}}
}

// seeHelp is the hint that points at a command's help.
func seeHelp(c *cobra.Command, lang msg.Lang) string {
	return msg.T(lang, msg.HintSeeHelp, c.CommandPath())
}

// unknownCommand refuses name as a command of c, suggesting the nearest.
func unknownCommand(c *cobra.Command, lang msg.Lang, name string) error {
	var names []string
	for _, s := range c.Commands() {
		if s.IsAvailableCommand() {
			names = append(names, s.Name())
			names = append(names, s.Aliases...)
		}
	}
	text := msg.T(lang, msg.CLIUnknownCommand, name)
	if c.HasParent() {
		text = msg.T(lang, msg.CLIUnknownSubcommand, c.CommandPath(), name)
	}
	hint := seeHelp(c, lang)
	if s, ok := suggest.Nearest(name, names); ok {
		hint = msg.T(lang, msg.HintDidYouMean, s)
	}
	return usage(text, hint)
}

// argNames is what a command's usage line calls its arguments:
// "BERKAS|FOLDER..." for "score BERKAS|FOLDER...".
func argNames(c *cobra.Command) string {
	rest := strings.TrimSpace(strings.TrimPrefix(c.Use, c.Name()))
	var words []string
	for _, w := range strings.Fields(rest) {
		if strings.HasPrefix(w, "-") || strings.HasPrefix(w, "[") {
			break
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// noArgs refuses any argument; for a command with subcommands the
// argument is a mistyped subcommand.
func noArgs(lang msg.Lang) cobra.PositionalArgs {
	return func(c *cobra.Command, a []string) error {
		switch {
		case len(a) == 0:
			return nil
		case c.HasAvailableSubCommands():
			return unknownCommand(c, lang, a[0])
		}
		return usage(msg.T(lang, msg.CLINoArgs, c.CommandPath(), a[0]), seeHelp(c, lang))
	}
}

// exactArgs requires n arguments.
func exactArgs(lang msg.Lang, n int) cobra.PositionalArgs {
	return func(c *cobra.Command, a []string) error {
		if len(a) != n {
			text := msg.T(lang, msg.CLIExactArgs, c.CommandPath(), n, argNames(c), len(a))
			if n == 1 {
				text = msg.T(lang, msg.CLIOneArg, c.CommandPath(), argNames(c), len(a))
			}
			return usage(text, seeHelp(c, lang))
		}
		return nil
	}
}

// minArgs requires at least n arguments.
func minArgs(lang msg.Lang, n int) cobra.PositionalArgs {
	return func(c *cobra.Command, a []string) error {
		if len(a) < n {
			text := msg.T(lang, msg.CLIMinArgs, c.CommandPath(), n, argNames(c), len(a))
			if n == 1 {
				text = msg.T(lang, msg.CLIMinOneArg, c.CommandPath(), argNames(c), len(a))
			}
			return usage(text, seeHelp(c, lang))
		}
		return nil
	}
}

// flagError words pflag's errors: an unknown flag (with the nearest
// known one), a flag without its value, a value of the wrong kind.
func flagError(c *cobra.Command, lang msg.Lang, err error) error {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	var (
		ne *pflag.NotExistError
		vr *pflag.ValueRequiredError
		iv *pflag.InvalidValueError
		is *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &ne):
		// "kepatuhan scor --rubric x": the word before the flag was a
		// mistyped command, which is the mistake to tell.
		if !c.HasParent() && len(c.Flags().Args()) > 0 {
			return unknownCommand(c, lang, c.Flags().Args()[0])
		}
		name, shorts := ne.GetSpecifiedName(), ne.GetSpecifiedShortnames()
		shown := "--" + name
		if shorts != "" {
			shown = "-" + name
		}
		hint := seeHelp(c, lang)
		var names []string
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if !f.Hidden {
				names = append(names, f.Name)
			}
		})
		switch {
		case shorts != "" && len(shorts) > 1 && c.Flags().Lookup(shorts) != nil:
			// "-rubric" for "--rubric".
			hint = t(msg.HintDidYouMean, "--"+shorts)
		case shorts == "":
			if s, ok := suggest.Nearest(name, names); ok {
				hint = t(msg.HintDidYouMean, "--"+s)
			}
		}
		return usage(t(msg.CLIUnknownFlag, shown), hint)
	case errors.As(err, &vr):
		return usage(t(msg.CLIFlagNeedsValue, flagName(vr.GetFlag())), seeHelp(c, lang))
	case errors.As(err, &iv):
		reason := seeHelp(c, lang)
		switch iv.GetFlag().Value.Type() {
		case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "count":
			reason = t(msg.CLIWantInt)
		case "float32", "float64":
			reason = t(msg.CLIWantNumber)
		case "bool":
			reason = t(msg.CLIWantBool)
		}
		return usage(t(msg.CLIFlagBadValue, iv.GetValue(), flagName(iv.GetFlag()), reason), seeHelp(c, lang))
	case errors.As(err, &is):
		return usage(t(msg.CLIFlagSyntax, is.GetSpecifiedFlag()), seeHelp(c, lang))
	}
	return &usageError{err}
}

// flagName is how a flag is written on the command line: -o, --output.
func flagName(f *pflag.Flag) string {
	if f.Shorthand != "" {
		return "-" + f.Shorthand + ", --" + f.Name
	}
	return "--" + f.Name
}

// writeHelp prints a command's help: its description, then its usage.
func writeHelp(w io.Writer, c *cobra.Command, lang msg.Lang) {
	text := c.Long
	if text == "" {
		text = c.Short
	}
	if text = strings.TrimRightFunc(text, unicode.IsSpace); text != "" {
		fmt.Fprintf(w, "%s\n\n", text)
	}
	writeUsage(w, c, lang)
}

// writeUsage prints the usage line, examples, commands and flags.
func writeUsage(w io.Writer, c *cobra.Command, lang msg.Lang) {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	fmt.Fprintf(w, "%s\n  %s\n", t(msg.HelpUsage), useLine(c, lang))
	if c.Example != "" {
		fmt.Fprintf(w, "\n%s\n%s\n", t(msg.HelpExamples), strings.TrimRightFunc(c.Example, unicode.IsSpace))
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(w, "\n%s\n", t(msg.HelpCommands))
		var subs []*cobra.Command
		width := 0
		for _, s := range c.Commands() {
			// cobra counts its help command as unavailable.
			if s.IsAvailableCommand() || (s.Name() == "help" && !s.Hidden) {
				subs = append(subs, s)
				width = max(width, len(s.Name()))
			}
		}
		for _, s := range subs {
			fmt.Fprintf(w, "  %-*s  %s\n", width, s.Name(), s.Short)
		}
	}
	if fs := c.LocalFlags(); fs.HasAvailableFlags() {
		fmt.Fprintf(w, "\n%s\n%s", t(msg.HelpFlags), flagUsages(fs, lang))
	}
	if fs := c.InheritedFlags(); fs.HasAvailableFlags() {
		fmt.Fprintf(w, "\n%s\n%s", t(msg.HelpGlobalFlags), flagUsages(fs, lang))
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(w, "\n%s\n", t(msg.HelpMore, c.CommandPath()))
	}
}

// useLine is a command's usage line in lang: "kepatuhan score
// BERKAS|FOLDER... [opsi]", or "kepatuhan rubric PERINTAH [opsi]" for a
// command with subcommands.
func useLine(c *cobra.Command, lang msg.Lang) string {
	line := c.CommandPath()
	if c.HasAvailableSubCommands() {
		line += " " + msg.T(lang, msg.HelpCommandWord)
	} else if rest := strings.TrimSpace(strings.TrimPrefix(c.Use, c.Name())); rest != "" {
		line += " " + rest
	}
	if c.HasAvailableFlags() {
		line += " " + msg.T(lang, msg.HelpFlagsWord)
	}
	return line
}

// valueNames are the value names of flags whose kind says more than
// their type ("--output BERKAS" rather than "--output TEKS").
var valueNames = map[string]msg.Key{
	"output": msg.HelpValFile, "xlsx": msg.HelpValFile, "units": msg.HelpValFile,
	"pdf": msg.HelpValFolder, "bukti": msg.HelpValFolder,
	"rubric": msg.HelpValRubric, "old-rubric": msg.HelpValRubric, "new-rubric": msg.HelpValRubric,
	"lang": msg.HelpValLang,
}

// literalValues are value names that are the values themselves.
var literalValues = map[string]string{"format": "FORMAT", "layout": "wide|long"}

// flagUsages lists flags, one a line, aligned: "  -o, --output BERKAS
// tulis ke …". A value name written in backquotes in the description
// (`N`) is used as is; defaults are said in lang.
func flagUsages(fs *pflag.FlagSet, lang msg.Lang) string {
	type line struct{ left, right string }
	var lines []line
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		name, text := valueName(f, lang)
		if name != "" {
			left += " " + name
		}
		if d := f.DefValue; f.Value.Type() != "bool" && d != "" && d != "0" && d != "[]" {
			text += " " + msg.T(lang, msg.HelpDefault, d)
		}
		width = max(width, len([]rune(left)))
		lines = append(lines, line{left, text})
	})
	var b strings.Builder
	for _, l := range lines {
		pad := width - len([]rune(l.left)) + 3
		fmt.Fprintf(&b, "%s%s%s\n", l.left, strings.Repeat(" ", pad), l.right)
	}
	return b.String()
}

// valueName is the name of a flag's value and its description without
// the backquotes that named it.
func valueName(f *pflag.Flag, lang msg.Lang) (name, text string) {
	text = f.Usage
	if i := strings.Index(text, "`"); i >= 0 {
		if j := strings.Index(text[i+1:], "`"); j >= 0 {
			name = text[i+1 : i+1+j]
			return name, text[:i] + name + text[i+1+j+1:]
		}
	}
	if k, ok := valueNames[f.Name]; ok {
		return msg.T(lang, k), text
	}
	if v, ok := literalValues[f.Name]; ok {
		return v, text
	}
	switch f.Value.Type() {
	case "bool", "count":
		return "", text
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64":
		return "N", text
	case "float32", "float64":
		return msg.T(lang, msg.HelpValNumber), text
	}
	return msg.T(lang, msg.HelpValText), text
}
