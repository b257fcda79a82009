package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
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
		Args:  args(cobra.NoArgs),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(
		&cobra.Command{
			Use: "list", Short: t(msg.HelpRubricListShort), Long: t(msg.HelpRubricListLong),
			Args: args(cobra.NoArgs),
			RunE: func(cmd *cobra.Command, _ []string) error {
				l, err := langFlag(cmd)
				if err != nil {
					return err
				}
				return runRubricList(rubricOptions{IO: io, Lang: l})
			},
		},
		&cobra.Command{
			Use: "show ID|FILE", Short: t(msg.HelpRubricShowShort), Long: t(msg.HelpRubricShowLong),
			Args: args(cobra.ExactArgs(1)),
			RunE: func(cmd *cobra.Command, a []string) error {
				l, err := langFlag(cmd)
				if err != nil {
					return err
				}
				return runRubricShow(rubricOptions{IO: io, Lang: l, Refs: a})
			},
		},
		&cobra.Command{
			Use: "validate FILE...", Short: t(msg.HelpRubricValidateShort), Long: t(msg.HelpRubricValidateLong),
			Args: args(cobra.MinimumNArgs(1)),
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
		Use: "export ID", Short: t(msg.HelpRubricExportShort), Long: t(msg.HelpRubricExportLong),
		Args: args(cobra.ExactArgs(1)),
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
			kindText(r.Kind, o.Lang), len(r.Indicators()), r.Title.In(string(o.Lang)))
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
	return num(r.Scale.Min, 0, lang) + "–" + num(r.Scale.Max, 0, lang)
}

func kindText(k rubric.Kind, lang msg.Lang) string {
	switch k {
	case rubric.Survey:
		return msg.T(lang, msg.KindSurvey)
	case rubric.Mixed:
		return msg.T(lang, msg.KindMixed)
	}
	return msg.T(lang, msg.KindObservation)
}

// num formats a number for people: a decimal comma in Indonesian, and
// at least min decimals (dropping trailing zeros beyond them).
func num(x float64, decimals int, lang msg.Lang) string {
	s := fmt.Sprintf("%.*f", decimals, x)
	if decimals == 0 {
		s = strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.4f", x), "0"), ".")
	}
	if lang == msg.ID {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s
}

func runRubricShow(o rubricOptions) error {
	r, err := rubric.Load(o.Refs[0])
	if err != nil {
		return err
	}
	showRubric(o.IO.Out, r, o.Lang)
	return nil
}

// showRubric prints a readable summary: identity, sources, scale, bands,
// unit types, the tree with weights and each part's share of the total,
// variants and provenance.
func showRubric(w io.Writer, r *rubric.Rubric, lang msg.Lang) {
	l := string(lang)
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	dec := r.Scale.Decimals
	fmt.Fprintf(w, "%s — %s\n", r.Ref(), r.Title.In(l))
	fmt.Fprintf(w, "%s\n", t(msg.ShowIdentity, r.Version, kindText(r.Kind, lang), r.Hash()))
	if d := r.Description.In(l); d != "" {
		fmt.Fprintf(w, "\n%s\n", d)
	}
	if len(r.Sources) > 0 {
		fmt.Fprintf(w, "\n%s\n", t(msg.ShowSources))
		for _, s := range r.Sources {
			line := "  - " + s.Title
			if s.URL != "" {
				line += " <" + s.URL + ">"
			}
			fmt.Fprintln(w, line)
		}
	}
	fmt.Fprintf(w, "\n%s\n", t(msg.ShowScale, num(r.Scale.Min, 0, lang), num(r.Scale.Max, 0, lang), string(r.Scale.Rule), dec, r.Scale.Rounding))
	if r.Scale.Rule == rubric.WeightedSum {
		fmt.Fprintf(w, "%s\n", t(msg.ShowFactor, num(r.Scale.Factor, 0, lang)))
	}
	fmt.Fprintf(w, "\n%s\n", t(msg.ShowBands))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i := len(r.Bands) - 1; i >= 0; i-- {
		b := r.Bands[i]
		fmt.Fprintf(tw, "  %s–%s\t%s\t%s\t%s\n", num(b.Min, dec, lang), num(b.Max, dec, lang), b.Grade, b.Label.In(l), b.Zone)
	}
	tw.Flush()
	if len(r.UnitTypes) > 0 {
		fmt.Fprintf(w, "\n%s\n", t(msg.ShowUnitTypes))
		for _, u := range r.UnitTypes {
			fmt.Fprintf(w, "  %-12s %s\n", u.ID, u.Label.In(l))
		}
	}
	fmt.Fprintf(w, "\n%s\n", t(msg.ShowTree))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	span := 100.0
	var walk func(g *rubric.Group, share float64, depth int)
	walk = func(g *rubric.Group, share float64, depth int) {
		var den float64
		for _, c := range g.Groups {
			den += c.Weight
		}
		for _, ind := range g.Indicators {
			den += ind.Weight
		}
		pad := strings.Repeat("  ", depth)
		for _, c := range g.Groups {
			s := share * c.Weight / den
			fmt.Fprintf(tw, "%s%s\t%s\t%s\t%s%%\n", pad, c.Code, c.Name.In(l), t(msg.ShowWeight, num(c.Weight, 0, lang)), num(score.Round(s*span, 2, rubric.HalfAwayFromZero), 2, lang))
			walk(c, s, depth+1)
		}
		for _, ind := range g.Indicators {
			s := share * ind.Weight / den
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
				extra += ", " + strings.Join(ind.AppliesTo, "/")
			}
			fmt.Fprintf(tw, "%s%s\t%s\t%s\t%s%%\n", pad, ind.Code, clipText(ind.Text.In(l), 60),
				t(msg.ShowWeight, num(ind.Weight, 0, lang))+" · "+extra, num(score.Round(s*span, 2, rubric.HalfAwayFromZero), 2, lang))
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
			fmt.Fprintf(w, "  %s@%s — %s\n", r.ID, v.ID, v.Title.In(l))
		}
	}
	if len(r.Provenance) > 0 {
		fmt.Fprintf(w, "\n%s\n", t(msg.ShowProvenance))
		for _, f := range r.Provenance {
			line := fmt.Sprintf("  [%s] %s", f.Status, f.Item)
			if f.Source != "" {
				line += " — " + f.Source
			}
			fmt.Fprintln(w, line)
		}
	}
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
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
		fmt.Fprintln(o.IO.Out, msg.T(o.Lang, msg.ValidateOK, ref, r.Ref(), r.Version, len(r.Indicators()), r.Hash()[:12]))
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
	return writeBytes(o.IO, o.Lang, o.Output, src)
}
