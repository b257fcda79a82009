package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// `kepatuhan form --tahap mandiri|verifikasi`: the forms of a
// verification round. The self-assessment form is the single-pass form
// with the unit's answer column; the verifier's form is made from the
// units' filled self-assessments, named as arguments (files or folders,
// as score takes them), which it shows read-only beside the verifier's
// columns.

// checkStage checks --tahap and the arguments it takes: the verifier's
// form needs the self-assessments (the other forms take none: their Args
// refuse any).
func checkStage(o *formOptions, a []string) error {
	st, ok := form.ParseStage(o.Stage)
	if !ok {
		return &usageError{fmt.Errorf("--tahap %q: %s", o.Stage, msg.T(o.Lang, msg.HintValidValues, form.StageSelf+", "+form.StageVerify))}
	}
	o.Stage, o.Inputs = st, a
	switch {
	case st == form.StageVerify && len(a) == 0:
		return &usageError{fmt.Errorf("%s", msg.T(o.Lang, msg.FormNeedSelf))}
	case o.XLSForm && st != "":
		return &usageError{fmt.Errorf("%s", msg.T(o.Lang, msg.FormStageXLSForm))}
	}
	return nil
}

// runVerifierForm writes the verifier's form from the units' filled
// self-assessments.
func runVerifierForm(o formOptions) error {
	if err := checkOutputs(o.IO, o.Lang, append(o.Inputs[:len(o.Inputs):len(o.Inputs)], o.Units), outFile(o.Output)); err != nil {
		return err
	}
	rub := ""
	if o.RubricSet {
		rub = o.Rubric
	}
	out := ingest.Load(o.Inputs, ingest.Options{Rubric: rub})
	printProblems(o.IO.Err, o.Lang, out.Problems)
	res := out.Results
	if res == nil || out.Invalid() {
		return invalid(o.IO, o.Lang, out)
	}
	r := res.Rubric
	answers := map[string]*results.Unit{}
	for i := range res.Units {
		answers[rubric.CodeKey(res.Units[i].Code)] = &res.Units[i]
	}
	var units []form.Unit
	if o.Units != "" {
		var err error
		if units, err = form.ReadUnits(o.Units, r); err != nil {
			return err
		}
		var missing []string
		for _, u := range units {
			if answers[rubric.CodeKey(u.Code)] == nil {
				missing = append(missing, u.Code)
			}
		}
		if len(missing) > 0 {
			printProblems(o.IO.Err, o.Lang, msg.Problems{{Severity: msg.Notice, Key: msg.FormNoSelfFor, Args: []any{joinSome(o.Lang, missing, 10)}}})
		}
	} else {
		for _, u := range res.Units {
			units = append(units, form.Unit{Code: u.Code, Name: u.Name, Type: u.Type, Region: u.Region, Period: u.Period})
		}
	}
	for i := range units {
		units[i].Assessor, units[i].Date = "", ""
	}
	fo := form.Options{Lang: o.Lang, Layout: o.Layout, Respondents: o.Respondents, Stage: form.StageVerify, Answers: answers}
	if err := writeFile(o.IO, o.Lang, o.Output, func(w io.Writer) error { return form.Write(w, r, units, fo) }); err != nil {
		return err
	}
	fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.FormWroteVerify, o.Output, r.Ref(), r.Version, len(units)))
	return nil
}

// joinSome joins up to n items, then "and N more".
func joinSome(lang msg.Lang, items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:n], ", ") + " " + msg.T(lang, msg.TableMore, len(items)-n)
}
