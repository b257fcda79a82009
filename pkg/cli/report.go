package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/output"
	annual "github.com/kepatuhan/kepatuhan/pkg/report"
)

// reportOptions are the inputs of `kepatuhan report`.
type reportOptions struct {
	IO           IO
	Lang         msg.Lang
	Inputs       []string
	Rubric       string
	ForceRubric  bool
	MixedPeriods bool // --mixed-periods: units of several years in one run
	Title        string
	Region       string
	Period       string
	Date         string // YYYY-MM-DD; "" = SOURCE_DATE_EPOCH, else the latest assessment date
	Output       string // -o: the report, .pdf or .xlsx
	Jobs         int
	// The round (round.go): --koreksi, --final, --config, --place.
	Round roundFlags
}

func newReportCmd(io IO, lang msg.Lang) *cobra.Command {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	o := reportOptions{IO: io}
	cmd := &cobra.Command{
		Use:     t(msg.UseReport),
		Short:   t(msg.HelpReportShort),
		Long:    t(msg.HelpReportLong),
		Example: t(msg.HelpReportExample),
		Args:    minArgs(lang, 1),
		RunE: func(cmd *cobra.Command, a []string) error {
			l, err := langFlag(cmd)
			if err != nil {
				return err
			}
			o.Lang, o.Inputs = l, a
			return runReport(o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Rubric, "rubric", "", t(msg.FlagRubric))
	f.BoolVar(&o.ForceRubric, "force-rubric", false, t(msg.FlagForceRubric))
	f.BoolVar(&o.MixedPeriods, "mixed-periods", false, t(msg.FlagMixedPeriods))
	f.StringVar(&o.Title, "title", "", t(msg.FlagReportTitle))
	f.StringVar(&o.Region, "region", "", t(msg.FlagReportRegion))
	f.StringVar(&o.Period, "period", "", t(msg.FlagReportPeriod))
	f.StringVar(&o.Date, "date", "", t(msg.FlagReportDate))
	f.StringVarP(&o.Output, "output", "o", "", t(msg.FlagReportOutput))
	f.IntVarP(&o.Jobs, "jobs", "j", 0, t(msg.FlagJobs))
	o.Round.add(f, lang, true)
	return cmd
}

// reportFormats are the formats of the annual report, chosen by -o's
// extension.
var reportFormats = output.Registry[func(*annual.Report) ([]byte, error)]{
	{Name: "pdf", Exts: []string{".pdf"}, Binary: true, Format: (*annual.Report).PDF},
	{Name: "xlsx", Exts: []string{".xlsx"}, Binary: true, Format: (*annual.Report).XLSX},
}

// reportFormat is the format -o's extension chooses.
func reportFormat(o reportOptions) (func(*annual.Report) ([]byte, error), error) {
	if o.Output == "" {
		return nil, &usageError{fmt.Errorf("%s", msg.T(o.Lang, msg.ReportNeedOutput))}
	}
	spec, ok := reportFormats.ForPath(o.Output)
	if !ok {
		return nil, &usageError{fmt.Errorf("%s", msg.T(o.Lang, msg.ReportBadFormat, o.Output))}
	}
	return spec.Format, nil
}

func runReport(o reportOptions) error {
	render, err := reportFormat(o)
	if err != nil {
		return err
	}
	if err := checkJobs(o.Lang, o.Jobs); err != nil {
		return err
	}
	if o.Date != "" {
		if _, ok := annual.ParseDate(o.Date); !ok {
			return &usageError{fmt.Errorf("%s", msg.T(o.Lang, msg.ReportBadDate, o.Date))}
		}
	}
	if err := checkOutputs(o.IO, o.Lang, append(o.Inputs[:len(o.Inputs):len(o.Inputs)], o.Round.inputs()...), outFile(o.Output)); err != nil {
		return err
	}
	corrections, err := o.Round.readCorrections(o.IO, o.Lang)
	if err != nil {
		return err
	}
	cfg, err := o.Round.issuer(o.IO, o.Lang, o.Region, true)
	if err != nil {
		return err
	}
	prog := newProgress(o.IO, o.Lang)
	out := ingest.Load(o.Inputs, ingest.Options{
		Rubric: o.Rubric, ForceRubric: o.ForceRubric, MixedPeriods: o.MixedPeriods, Jobs: o.Jobs, Progress: prog.update,
	})
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
	region := o.Region
	if region == "" && cfg != nil {
		region = cfg.Region
	}
	rp := annual.Build(res, annual.Options{Lang: o.Lang, Title: o.Title, Region: region, Period: o.Period, Date: o.Date, Issuer: cfg})
	// What is said after writing is taken now: the report and its units
	// are not used after render, which may let them go while it finishes
	// the document (pdfdoc.Render).
	total, complete, incomplete, regions, named := rp.Total, rp.Complete, rp.Incomplete, rp.Regions, rp.Region
	data, err := render(rp)
	if err != nil {
		return err
	}
	if err := writeBytes(o.IO, o.Lang, o.Output, data); err != nil {
		return err
	}
	fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.ReportWrote, o.Output, total, complete))
	if region == "" && regions > 1 {
		// Named for all its regions ("500 wilayah"), not one of them: the
		// user may want a name for the whole.
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s: %s\n", msg.T(o.Lang, msg.CLINotice),
			msg.T(o.Lang, msg.ReportRegionsNotice, locale.Int(o.Lang, regions), locale.OneLine(named)))
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s: %s\n", msg.T(o.Lang, msg.CLIHint), msg.T(o.Lang, msg.HintReportRegion))
	}
	if incomplete > 0 {
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s: %s\n", msg.T(o.Lang, msg.CLINotice), msg.T(o.Lang, msg.ReportIncompleteNotice, incomplete))
		return statusError{ExitIncomplete}
	}
	return nil
}
