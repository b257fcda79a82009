package cli

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/output"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Shell completion. `kepatuhan completion SHELL` prints cobra's script
// for bash, zsh, fish or PowerShell; the script asks the binary itself
// (the hidden __complete command) for the choices at each Tab, so the
// descriptions come in the language of that moment (--lang on the line,
// else KEPATUHAN_LANG). Choices: commands, flags, rubric ids and
// variants, --format, --lang and --layout values, input files by
// extension, folders for --pdf.

// shells are the shells a completion script is written for.
var shells = []string{"bash", "zsh", "fish", "powershell"}

func newCompletionCmd(io IO, lang msg.Lang) *cobra.Command {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	return &cobra.Command{
		Use:       t(msg.UseCompletion),
		Short:     t(msg.HelpCompletionShort),
		Long:      t(msg.HelpCompletionLong),
		Example:   t(msg.HelpCompletionExample),
		Args:      exactArgs(lang, 1),
		ValidArgs: shells,
		RunE: func(c *cobra.Command, a []string) error {
			root := c.Root()
			switch strings.ToLower(a[0]) {
			case "bash":
				return root.GenBashCompletionV2(io.Out, true)
			case "zsh":
				return root.GenZshCompletion(io.Out)
			case "fish":
				return root.GenFishCompletion(io.Out, true)
			case "powershell", "pwsh":
				return root.GenPowerShellCompletionWithDesc(io.Out)
			}
			return usage(t(msg.CLIUnknownShell, a[0]), t(msg.HintValidValues, strings.Join(shells, ", ")))
		},
	}
}

// inputExts are the extensions of the files score, report and diff read:
// workbooks, results JSON, phone exports (Kobo CSV, ODK .csv.zip).
var inputExts = []string{"xlsx", "xlsm", "json", "csv", "zip"}

// addCompletions registers what Tab offers for the arguments and flags of
// every command under root. Flags are matched by name, so a new command's
// --rubric or --format is completed too.
func addCompletions(root *cobra.Command, lang msg.Lang) {
	formats := map[string][]string{
		"score": output.Formats.Names(),
		"diff":  diff.Formats.Names(),
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		switch c.CommandPath() {
		case "kepatuhan score", "kepatuhan report", "kepatuhan skm", "kepatuhan diff":
			c.ValidArgsFunction = files(inputExts...)
		case "kepatuhan rubric show", "kepatuhan rubric export":
			c.ValidArgsFunction = func(_ *cobra.Command, a []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
				if len(a) > 0 {
					return nil, cobra.ShellCompDirectiveNoFileComp
				}
				return rubricChoices(lang, prefix)
			}
		case "kepatuhan rubric validate":
			c.ValidArgsFunction = files("yaml", "yml")
		}
		visit := func(f *pflag.Flag) {
			var fn cobra.CompletionFunc
			switch f.Name {
			case "rubric", "old-rubric", "new-rubric":
				fn = func(_ *cobra.Command, _ []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
					return rubricChoices(lang, prefix)
				}
			case "format":
				fn = fixed(formatChoices(lang, formats[c.Name()]))
			case "lang":
				fn = fixed([]cobra.Completion{
					cobra.CompletionWithDesc("id", msg.T(lang, msg.CompLangID)),
					cobra.CompletionWithDesc("en", msg.T(lang, msg.CompLangEN)),
				})
			case "layout":
				fn = fixed([]cobra.Completion{
					cobra.CompletionWithDesc("wide", msg.T(lang, msg.CompLayoutWide)),
					cobra.CompletionWithDesc("long", msg.T(lang, msg.CompLayoutLong)),
				})
			case "units":
				fn = files("csv", "xlsx")
			case "previous":
				fn = files(inputExts...)
			case "pdf":
				fn = func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
					return nil, cobra.ShellCompDirectiveFilterDirs
				}
			}
			if fn != nil {
				if _, ok := c.GetFlagCompletionFunc(f.Name); !ok {
					_ = c.RegisterFlagCompletionFunc(f.Name, fn)
				}
			}
		}
		c.PersistentFlags().VisitAll(visit)
		c.Flags().VisitAll(visit)
		for _, s := range c.Commands() {
			walk(s)
		}
	}
	walk(root)
}

// files completes file names with one of exts (and folders).
func files(exts ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return exts, cobra.ShellCompDirectiveFilterFileExt
	}
}

// fixed offers a fixed list of values, and no file names.
func fixed(choices []cobra.Completion) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var out []cobra.Completion
		for _, c := range choices {
			if strings.HasPrefix(c, prefix) {
				out = append(out, c)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// formatChoices describes the formats of a command's registry.
func formatChoices(lang msg.Lang, names []string) []cobra.Completion {
	desc := map[string]msg.Key{"table": msg.CompFormatTable, "json": msg.CompFormatJSON, "csv": msg.CompFormatCSV,
		"xlsx": msg.CompFormatXLSX, "pdf": msg.CompFormatPDF}
	var out []cobra.Completion
	for _, n := range names {
		if k, ok := desc[n]; ok {
			out = append(out, cobra.CompletionWithDesc(n, msg.T(lang, k)))
		} else {
			out = append(out, n)
		}
	}
	return out
}

// rubricChoices offers the built-in rubrics and their variants, each
// with its title; a value that looks like a path completes .yaml files.
func rubricChoices(lang msg.Lang, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
	yaml := []cobra.Completion{"yaml", "yml"}
	if strings.ContainsAny(prefix, `/\.~`) {
		return yaml, cobra.ShellCompDirectiveFilterFileExt
	}
	all, err := rubric.Builtins()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var out []cobra.Completion
	add := func(ref, title string) {
		if strings.HasPrefix(strings.ToLower(ref), strings.ToLower(prefix)) {
			out = append(out, cobra.CompletionWithDesc(ref, title))
		}
	}
	for _, r := range all {
		add(r.ID, r.Title.In(string(lang)))
		for _, v := range r.Variants {
			add(r.ID+"@"+v.ID, v.Title.In(string(lang)))
		}
	}
	if len(out) == 0 {
		return yaml, cobra.ShellCompDirectiveFilterFileExt
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}
