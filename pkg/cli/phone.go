package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The phone route: `form --xlsform` writes the phone form (package
// xlsform); `score` reads KoboToolbox and ODK Central exports of it
// (package submissions, through ingest), with --latest,
// --include-rejected and --units.

// runXLSForm writes the phone form of `form --xlsform`.
func runXLSForm(cmd *cobra.Command, o formOptions) error {
	if cmd.Flags().Changed("layout") || cmd.Flags().Changed("respondents") {
		return &usageError{errors.New(msg.T(o.Lang, msg.FormXLSFormOptions))}
	}
	if err := checkOutputs(o.IO, o.Lang, []string{o.Units, o.Rubric}, outFile(o.Output)); err != nil {
		return err
	}
	r, err := rubric.Load(o.Rubric)
	if err != nil {
		return err
	}
	var units []xlsform.Unit
	if o.Units != "" {
		if units, err = readUnits(o.Units, r); err != nil {
			return err
		}
	}
	if err := writeFile(o.IO, o.Lang, o.Output, func(w io.Writer) error { return xlsform.Write(w, r, units) }); err != nil {
		return err
	}
	fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.FormWroteXLSForm, o.Output, r.Ref(), r.Version, len(units),
		xlsform.FormID(r), xlsform.Version(r, units)))
	return nil
}

// readUnits reads a unit list for a phone form (or its exports).
func readUnits(path string, r *rubric.Rubric) ([]xlsform.Unit, error) {
	us, err := form.ReadUnits(path, r)
	if err != nil {
		return nil, err
	}
	out := make([]xlsform.Unit, len(us))
	for i, u := range us {
		out[i] = xlsform.Unit{Code: u.Code, Name: u.Name, Type: u.Type, Region: u.Region, Period: u.Period}
	}
	return out, nil
}

// unitList is score's --units: the unit list read against the run's
// rubric, once it is known; nil without the flag.
func unitList(path string) func(r *rubric.Rubric) ([]xlsform.Unit, error) {
	if path == "" {
		return nil
	}
	return func(r *rubric.Rubric) ([]xlsform.Unit, error) { return readUnits(path, r) }
}
