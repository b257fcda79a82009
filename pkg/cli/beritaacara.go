package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/beritaacara"
	"github.com/kepatuhan/kepatuhan/pkg/card"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	annual "github.com/kepatuhan/kepatuhan/pkg/report"
)

// baOptions are the inputs of `kepatuhan berita-acara`.
type baOptions struct {
	IO          IO
	Lang        msg.Lang
	Inputs      []string
	Rubric      string
	ForceRubric bool
	// MixedPeriods: --mixed-periods, units of several years in one run
	MixedPeriods bool
	Output       string // -o: the folder
	Date         string // YYYY-MM-DD; "" = SOURCE_DATE_EPOCH, else the data's
	Jobs         int
	Round        roundFlags
}

func newBeritaAcaraCmd(io IO, lang msg.Lang) *cobra.Command {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	o := baOptions{IO: io}
	cmd := &cobra.Command{
		Use:     t(msg.UseBeritaAcara),
		Short:   t(msg.HelpBAShort),
		Long:    t(msg.HelpBALong),
		Example: t(msg.HelpBAExample),
		Args:    minArgs(lang, 1),
		RunE: func(cmd *cobra.Command, a []string) error {
			l, err := langFlag(cmd)
			if err != nil {
				return err
			}
			o.Lang, o.Inputs = l, a
			return runBeritaAcara(o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Rubric, "rubric", "", t(msg.FlagRubric))
	f.BoolVar(&o.ForceRubric, "force-rubric", false, t(msg.FlagForceRubric))
	f.BoolVar(&o.MixedPeriods, "mixed-periods", false, t(msg.FlagMixedPeriods))
	f.StringVarP(&o.Output, "output", "o", "", t(msg.FlagBAOutput))
	f.StringVar(&o.Date, "date", "", t(msg.FlagBADate))
	f.IntVarP(&o.Jobs, "jobs", "j", 0, t(msg.FlagJobs))
	o.Round.add(f, lang, true)
	return cmd
}

func runBeritaAcara(o baOptions) error {
	if o.Output == "" {
		return &usageError{fmt.Errorf("%s", msg.T(o.Lang, msg.BANeedOutput))}
	}
	if err := checkJobs(o.Lang, o.Jobs); err != nil {
		return err
	}
	if o.Date != "" {
		if _, ok := annual.ParseDate(o.Date); !ok {
			return &usageError{fmt.Errorf("%s", msg.T(o.Lang, msg.ReportBadDate, o.Date))}
		}
	}
	if err := checkOutputs(o.IO, o.Lang, append(o.Inputs[:len(o.Inputs):len(o.Inputs)], o.Round.inputs()...), outFolder(o.Output)); err != nil {
		return err
	}
	corrections, err := o.Round.readCorrections(o.IO, o.Lang)
	if err != nil {
		return err
	}
	cfg, err := o.Round.issuer(o.IO, o.Lang, "", true)
	if err != nil {
		return err
	}
	if cfg == nil {
		printProblems(o.IO.Err, o.Lang, msg.Problems{{Severity: msg.Notice, Key: msg.BANoConfig}})
	}
	prog := newProgress(o.IO, o.Lang)
	out := ingest.Load(o.Inputs, ingest.Options{Rubric: o.Rubric, ForceRubric: o.ForceRubric, MixedPeriods: o.MixedPeriods, Jobs: o.Jobs, Progress: prog.update})
	prog.done()
	printProblems(o.IO.Err, o.Lang, out.Problems)
	res := out.Results
	if res == nil || out.Invalid() {
		return invalid(o.IO, o.Lang, out)
	}
	if len(res.Units) == 0 {
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s: %s\n", msg.T(o.Lang, msg.CLIError), msg.T(o.Lang, msg.ReportNoUnits))
		return invalidError{}
	}
	if err := o.Round.applyCorrections(o.IO, o.Lang, res, corrections); err != nil {
		return err
	}
	if err := o.Round.refuseProvisional(o.IO, o.Lang, res); err != nil {
		return err
	}
	bo := beritaacara.Options{Lang: o.Lang, Issuer: cfg, Date: o.Date}
	names := card.FileNames(res.Units)
	roundName := beritaacara.RoundFile
	for _, n := range names {
		if strings.EqualFold(n, roundName) {
			roundName = strings.TrimSuffix(roundName, ".pdf") + "-2.pdf"
		}
	}
	set, err := atomicfile.NewSet(o.Output)
	if err != nil {
		return writeFailed(o.IO, o.Lang, o.Output, err)
	}
	add := func(name string, data []byte, err error) error {
		if err == nil {
			err = set.Add(name, data)
		}
		if err != nil {
			set.Abort()
			return cardsFailed(o.IO, o.Lang, filepath.Join(o.Output, name), err, false)
		}
		return nil
	}
	data, err := beritaacara.Round(res, bo)
	if err := add(roundName, data, err); err != nil {
		return err
	}
	for i := range res.Units {
		data, err := beritaacara.Unit(res, &res.Units[i], bo)
		if err := add(names[i], data, err); err != nil {
			return err
		}
	}
	if err := set.Commit(); err != nil {
		return cardsFailed(o.IO, o.Lang, o.Output, err, false)
	}
	prov := len(res.Provisional())
	fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.BAWrote, len(res.Units)+1, o.Output, prov))
	if len(out.Incomplete()) > 0 {
		return statusError{ExitIncomplete}
	}
	return nil
}
