package cli

import (
	"fmt"
	"io"

	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
	"github.com/spf13/cobra"
)

// formOptions are the inputs of `kepatuhan form`.
type formOptions struct {
	IO          IO
	Lang        msg.Lang
	Rubric      string
	Units       string // a CSV or .xlsx unit list; "" for one blank form
	Output      string
	Layout      string // respondents sheet: wide or long
	Respondents int
	XLSForm     bool // a phone form instead (phone.go)
	// A verification round's forms (form_round.go): --tahap, and the
	// self-assessments the verifier's form is made from.
	Stage     string
	Inputs    []string
	RubricSet bool
}

func newFormCmd(io IO, lang msg.Lang) *cobra.Command {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	o := formOptions{IO: io}
	cmd := &cobra.Command{
		Use:     t(msg.UseForm),
		Short:   t(msg.HelpFormShort),
		Long:    t(msg.HelpFormLong),
		Example: t(msg.HelpFormExample),
		// The verifier's form is made from the self-assessments named as
		// arguments (form_round.go); the other forms take none.
		Args: func(c *cobra.Command, a []string) error {
			if st, ok := form.ParseStage(o.Stage); ok && st == form.StageVerify {
				return nil
			}
			return noArgs(lang)(c, a)
		},
		RunE: func(cmd *cobra.Command, a []string) error {
			l, err := langFlag(cmd)
			if err != nil {
				return err
			}
			o.Lang = l
			if err := checkStage(&o, a); err != nil {
				return err
			}
			o.RubricSet = cmd.Flags().Changed("rubric")
			if o.Output == "" {
				return &usageError{fmt.Errorf("%s", t(msg.FormNeedOutput))}
			}
			if o.XLSForm {
				return runXLSForm(cmd, o)
			}
			if o.Stage == form.StageVerify {
				return runVerifierForm(o)
			}
			return runForm(o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Rubric, "rubric", rubric.DefaultID, t(msg.FlagRubric))
	f.StringVar(&o.Units, "units", "", t(msg.FlagUnits))
	f.StringVarP(&o.Output, "output", "o", "", t(msg.FlagOutput))
	f.StringVar(&o.Layout, "layout", form.LayoutWide, t(msg.FlagLayout))
	f.IntVar(&o.Respondents, "respondents", form.DefaultRespondents, t(msg.FlagRespondents))
	f.BoolVar(&o.XLSForm, "xlsform", false, t(msg.FlagXLSForm))
	f.StringVar(&o.Stage, "tahap", "", t(msg.FlagStage))
	return cmd
}

func runForm(o formOptions) error {
	if err := checkOutputs(o.IO, o.Lang, []string{o.Units, o.Rubric}, outFile(o.Output)); err != nil {
		return err
	}
	r, err := rubric.Load(o.Rubric)
	if err != nil {
		return err
	}
	if p, ok := r.ModifiedNotice(); ok {
		printProblems(o.IO.Err, o.Lang, msg.Problems{p})
	}
	var units []form.Unit
	if o.Units != "" {
		if units, err = form.ReadUnits(o.Units, r); err != nil {
			return err
		}
	}
	fo := form.Options{Lang: o.Lang, Layout: o.Layout, Respondents: o.Respondents, Stage: o.Stage}
	if err := writeFile(o.IO, o.Lang, o.Output, func(w io.Writer) error { return form.Write(w, r, units, fo) }); err != nil {
		return err
	}
	n := len(units)
	if n == 0 {
		n = 1
	}
	fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.FormWrote, o.Output, r.Ref(), r.VersionText(string(o.Lang)), n))
	return nil
}
