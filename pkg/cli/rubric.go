package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	annual "github.com/kepatuhan/kepatuhan/pkg/report"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
	"github.com/spf13/cobra"
)

func newRubricCmd(io IO, lang msg.Lang) *cobra.Command {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	cmd := &cobra.Command{
		Use:   "rubric",
		Short: t(msg.HelpRubricShort),
		Long:  t(msg.HelpRubricLong),
		Args:  noArgs(lang),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(
		&cobra.Command{
			Use: "list", Short: t(msg.HelpRubricListShort), Long: t(msg.HelpRubricListLong),
			Args: noArgs(lang),
			RunE: func(cmd *cobra.Command, _ []string) error {
				l, err := langFlag(cmd)
				if err != nil {
					return err
				}
				return runRubricList(rubricOptions{IO: io, Lang: l})
			},
		},
		&cobra.Command{
			Use: t(msg.UseRubricShow), Short: t(msg.HelpRubricShowShort), Long: t(msg.HelpRubricShowLong),
			Args: exactArgs(lang, 1),
			RunE: func(cmd *cobra.Command, a []string) error {
				l, err := langFlag(cmd)
				if err != nil {
					return err
				}
				return runRubricShow(rubricOptions{IO: io, Lang: l, Refs: a})
			},
		},
		&cobra.Command{
			Use: t(msg.UseRubricValidate), Short: t(msg.HelpRubricValidateShort), Long: t(msg.HelpRubricValidateLong),
			Args: minArgs(lang, 1),
			RunE: func(cmd *cobra.Command, a []string) error {
				l, err := langFlag(cmd)
				if err != nil {
					return err
				}
				return runRubricValidate(rubricOptions{IO: io, Lang: l, Refs: a})
			},
		},
	)
	export := &cobra.Command{
		Use: t(msg.UseRubricExport), Short: t(msg.HelpRubricExportShort), Long: t(msg.HelpRubricExportLong),
		Args: exactArgs(lang, 1),
	}
	var out string
	export.Flags().StringVarP(&out, "output", "o", "", t(msg.FlagOutput))
	export.RunE = func(cmd *cobra.Command, a []string) error {
		l, err := langFlag(cmd)
		if err != nil {
			return err
		}
		return runRubricExport(rubricOptions{IO: io, Lang: l, Refs: a, Output: out})
	}
	cmd.AddCommand(export)
	return cmd
}

// rubricOptions are the inputs of the rubric subcommands.
type rubricOptions struct {
	IO     IO
	Lang   msg.Lang
	Refs   []string // rubric ids or files
	Output string   // export: a file instead of standard output
}

func runRubricList(o rubricOptions) error {
	all, err := rubric.Builtins()
	if err != nil {
		return err
	}
	t := func(k msg.Key, args ...any) string { return msg.T(o.Lang, k, args...) }
	tw := tabwriter.NewWriter(o.IO.Out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", t(msg.ListID), t(msg.ListVersion), t(msg.ListScale),
		t(msg.ListKind), t(msg.ListIndicators), t(msg.ListTitle))
	for _, r := range all {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", r.ID, r.Version, scaleText(r, o.Lang),
			annual.KindText(o.Lang, r.Kind), len(r.Indicators()), r.Title.In(string(o.Lang)))
		for _, v := range r.Variants {
			fmt.Fprintf(tw, "%s@%s\t\t\t\t\t%s\n", r.ID, v.ID, v.Title.In(string(o.Lang)))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(o.IO.Out, "\n%s\n", t(msg.ListDefault, rubric.DefaultID))
	return nil
}

func scaleText(r *rubric.Rubric, lang msg.Lang) string {
	return locale.Trimmed(lang, r.Scale.Min, 4) + "–" + locale.Trimmed(lang, r.Scale.Max, 4)
}

func runRubricShow(o rubricOptions) error {
	r, err := rubric.Load(o.Refs[0])
	if err != nil {
		return err
	}
	showRubric(o.IO.Out, r, o.Lang)
	if p, ok := r.ModifiedNotice(); ok {
		printProblems(o.IO.Err, o.Lang, msg.Problems{p})
	}
	return nil
}

// showRubric prints a readable summary: identity, sources, scale, bands,
// unit types, the tree with weights and each part's share of the total,
// variants and provenance. Every text of the rubric goes through
// locale.Clip: a rubric file cannot send escape codes to the terminal.
func showRubric(w io.Writer, r *rubric.Rubric, lang msg.Lang) {
	l := string(lang)
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	safe := func(s string) string { return locale.Clip(s, 0) }
	text := func(x rubric.Text) string { return safe(x.In(l)) }
	// Weights and the scale as written, at most four decimals; bounds
	// with the scale's decimals.
	weight := func(x float64) string { return locale.Trimmed(lang, x, 4) }
	dec := r.Scale.Decimals
	bound := weight
	if dec > 0 {
		bound = func(x float64) string { return locale.Plain(lang, x, dec) }
	}
	share := func(s float64) string { return locale.Plain(lang, score.Round(s*100, 2, rubric.HalfAwayFromZero), 2) }
	fmt.Fprintf(w, "%s — %s\n", safe(r.Ref()), text(r.Title))
	fmt.Fprintf(w, "%s\n", t(msg.ShowIdentity, safe(r.VersionText(l)), annual.KindText(lang, r.Kind), r.Hash()))
	if d := r.Description.In(l); d != "" {
		lines := strings.Split(d, "\n")
		for i := range lines {
			lines[i] = safe(lines[i])
		}
		fmt.Fprintf(w, "\n%s\n", strings.Join(lines, "\n"))
	}
	if len(r.Sources) > 0 {
		fmt.Fprintf(w, "\n%s\n", t(msg.ShowSources))
		for _, s := range r.Sources {
			line := "  - " + safe(s.Title.In(l))
			if s.URL != "" {
				line += " <" + safe(s.URL) + ">"
			}
			fmt.Fprintln(w, line)
		}
	}
	fmt.Fprintf(w, "\n%s\n", t(msg.ShowScale, weight(r.Scale.Min), weight(r.Scale.Max), string(r.Scale.Rule), dec, r.Scale.Rounding))
	if r.Scale.Rule == rubric.WeightedSum {
		fmt.Fprintf(w, "%s\n", t(msg.ShowFactor, weight(r.Scale.Factor)))
	}
	fmt.Fprintf(w, "\n%s\n", t(msg.ShowBands))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i := len(r.Bands) - 1; i >= 0; i-- {
		b := r.Bands[i]
		fmt.Fprintf(tw, "  %s–%s\t%s\t%s\t%s\n", bound(b.Min), bound(b.Max), safe(b.Grade), text(b.Label), b.Zone)
	}
	tw.Flush()
	if len(r.UnitTypes) > 0 {
		fmt.Fprintf(w, "\n%s\n", t(msg.ShowUnitTypes))
		for _, u := range r.UnitTypes {
			fmt.Fprintf(w, "  %-12s %s\n", safe(u.ID), text(u.Label))
		}
	}
	fmt.Fprintf(w, "\n%s\n", t(msg.ShowTree))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	var walk func(g *rubric.Group, part float64, depth int)
	walk = func(g *rubric.Group, part float64, depth int) {
		var den float64
		for _, c := range g.Groups {
			den += c.Weight
		}
		for _, ind := range g.Indicators {
			den += ind.Weight
		}
		pad := strings.Repeat("  ", depth)
		for _, c := range g.Groups {
			s := part * c.Weight / den
			fmt.Fprintf(tw, "%s%s\t%s\t%s\t%s%%\n", pad, safe(c.Code), text(c.Name), t(msg.ShowWeight, weight(c.Weight)), share(s))
			walk(c, s, depth+1)
		}
		for _, ind := range g.Indicators {
			s := part * ind.Weight / den
			extra := string(ind.Type)
			switch {
			case ind.Levels != nil:
				extra += fmt.Sprintf(" %d–%d", ind.Levels.Min, ind.Levels.Max)
			case ind.Survey != nil:
				extra += fmt.Sprintf(" %d–%d", ind.Survey.Min, ind.Survey.Max)
			}
			if ind.NA {
				extra += ", N/A"
			}
			if len(ind.AppliesTo) > 0 {
				extra += ", " + safe(strings.Join(ind.AppliesTo, "/"))
			}
			fmt.Fprintf(tw, "%s%s\t%s\t%s\t%s%%\n", pad, safe(ind.Code), locale.Clip(ind.Text.In(l), 60),
				t(msg.ShowWeight, weight(ind.Weight))+" · "+extra, share(s))
		}
	}
	walk(r.Root(), 1, 1)
	tw.Flush()
	if r.Scale.Rule == rubric.WeightedSum {
		fmt.Fprintf(w, "%s\n", t(msg.ShowSharesWeightedSum))
	}
	if len(r.Variants) > 0 {
		fmt.Fprintf(w, "\n%s\n", t(msg.ShowVariants))
		for _, v := range r.Variants {
			fmt.Fprintf(w, "  %s@%s — %s\n", safe(r.ID), safe(v.ID), text(v.Title))
		}
	}
	if len(r.Provenance) > 0 {
		fmt.Fprintf(w, "\n%s\n", t(msg.ShowProvenance))
		for _, f := range r.Provenance {
			line := fmt.Sprintf("  [%s] %s", safe(string(f.Status)), safe(f.Item.In(l)))
			if src := f.Source.In(l); src != "" {
				line += " — " + safe(src)
			}
			fmt.Fprintln(w, line)
		}
	}
}

func runRubricValidate(o rubricOptions) error {
	bad := false
	for _, ref := range o.Refs {
		r, err := rubric.Load(ref)
		if err != nil {
			bad = true
			if ps, ok := err.(msg.Problems); ok {
				printProblems(o.IO.Err, o.Lang, ps)
			} else {
				fmt.Fprintf(o.IO.Err, "kepatuhan: %s: %s: %v\n", msg.T(o.Lang, msg.CLIError), ref, err)
			}
			continue
		}
		fmt.Fprintln(o.IO.Out, msg.T(o.Lang, msg.ValidateOK, ref, r.Ref(), r.VersionText(string(o.Lang)), len(r.Indicators()), r.Hash()[:12]))
		if p, ok := r.ModifiedNotice(); ok {
			printProblems(o.IO.Err, o.Lang, msg.Problems{p})
		}
	}
	if bad {
		return invalidError{}
	}
	return nil
}

func runRubricExport(o rubricOptions) error {
	if err := checkOutputs(o.IO, o.Lang, o.Refs, outFile(o.Output)); err != nil {
		return err
	}
	r, err := rubric.Load(o.Refs[0])
	if err != nil {
		return err
	}
	src := r.Source()
	if r.Variant != "" {
		// A variant has no file of its own: export its canonical form.
		src = r.Canonical()
	}
	if o.Output == "" {
		_, err := o.IO.Out.Write(src)
		return err
	}
	if err := writeBytes(o.IO, o.Lang, o.Output, src); err != nil {
		return err
	}
	fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.RubricExportWrote, o.Output, r.Ref(), r.Version, o.Output))
	return nil
}
