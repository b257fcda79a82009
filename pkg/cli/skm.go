package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/card"
	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/output"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/skmreport"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// skmOptions are the inputs of `kepatuhan skm`.
type skmOptions struct {
	IO          IO
	Lang        msg.Lang
	Inputs      []string
	Rubric      string
	ForceRubric bool
	Output      string   // -o: the combined report (or the one unit's), .pdf or .xlsx
	PDF         string   // --pdf DIR: one report per unit
	Unit        []string // --unit CODE: only these units
	Weights     string   // --weights 1/9|0.11; "" the rubric's own
	NRRDecimals int      // --nrr-decimals: -1 leaves NRRs unrounded
	Population  int      // --population N: every unit's without one in --units
	Units       string   // --units FILE: the unit list, with Populasi
	Previous    []string // --previous FILE: an earlier period's results
	Region      string
	Period      string
	Date        string
	Jobs        int
	Config      string // --config: the issuer's configuration (who signs)
	Place       string // --place: where the reports are signed
}

// defaultSKMRubric is the rubric skm reads with when the inputs name none.
const defaultSKMRubric = "skm-2017"

func newSKMCmd(io IO, lang msg.Lang) *cobra.Command {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	o := skmOptions{IO: io}
	cmd := &cobra.Command{
		Use:     t(msg.UseSKM),
		Short:   t(msg.HelpSKMShort),
		Long:    t(msg.HelpSKMLong),
		Example: t(msg.HelpSKMExample),
		Args:    minArgs(lang, 1),
		RunE: func(cmd *cobra.Command, a []string) error {
			l, err := langFlag(cmd)
			if err != nil {
				return err
			}
			o.Lang, o.Inputs = l, a
			return runSKM(o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.Output, "output", "o", "", t(msg.FlagSKMOutput))
	f.StringVar(&o.PDF, "pdf", "", t(msg.FlagSKMPDF))
	f.StringSliceVar(&o.Unit, "unit", nil, t(msg.FlagSKMUnit))
	f.StringVar(&o.Weights, "weights", "", t(msg.FlagSKMWeights))
	f.IntVar(&o.NRRDecimals, "nrr-decimals", -1, t(msg.FlagSKMNRRDecimals))
	f.IntVar(&o.Population, "population", 0, t(msg.FlagSKMPopulation))
	f.StringVar(&o.Units, "units", "", t(msg.FlagSKMUnits))
	f.StringArrayVar(&o.Previous, "previous", nil, t(msg.FlagSKMPrevious))
	f.StringVar(&o.Rubric, "rubric", "", t(msg.FlagRubric))
	f.BoolVar(&o.ForceRubric, "force-rubric", false, t(msg.FlagForceRubric))
	f.StringVar(&o.Region, "region", "", t(msg.FlagReportRegion))
	f.StringVar(&o.Period, "period", "", t(msg.FlagReportPeriod))
	f.StringVar(&o.Date, "date", "", t(msg.FlagSKMDate))
	f.IntVarP(&o.Jobs, "jobs", "j", 0, t(msg.FlagJobs))
	f.StringVar(&o.Config, "config", "", t(msg.FlagConfig))
	f.StringVar(&o.Place, "place", "", t(msg.FlagPlace))
	return cmd
}

// skmFormats are the SKM report's formats, chosen by -o's extension.
var skmFormats = output.Registry[string]{
	{Name: "pdf", Exts: []string{".pdf"}, Binary: true, Format: "pdf"},
	{Name: "xlsx", Exts: []string{".xlsx"}, Binary: true, Format: "xlsx"},
}

// skmUsage makes a usage error (exit 2) of a message, with the hint to
// see the command's help.
func skmUsage(lang msg.Lang, k msg.Key, args ...any) error {
	return usage(msg.T(lang, k, args...), msg.T(lang, msg.HintSeeHelp, "kepatuhan skm"))
}

// checkSKMFlags refuses flags that cannot work, before anything is read.
func checkSKMFlags(o skmOptions) (format string, err error) {
	if o.Output == "" && o.PDF == "" {
		return "", skmUsage(o.Lang, msg.SKMNeedOutput)
	}
	if o.Output != "" {
		spec, ok := skmFormats.ForPath(o.Output)
		if !ok {
			return "", skmUsage(o.Lang, msg.ReportBadFormat, o.Output)
		}
		format = spec.Format
	}
	if _, ok := parseWeights(o.Weights); !ok {
		return "", skmUsage(o.Lang, msg.SKMBadWeights, o.Weights)
	}
	if o.NRRDecimals < -1 || o.NRRDecimals > 6 {
		return "", skmUsage(o.Lang, msg.SKMBadNRRDecimals, o.NRRDecimals)
	}
	if o.Population < 0 {
		return "", skmUsage(o.Lang, msg.SKMBadPopulation, o.Population)
	}
	if o.Date != "" && !skmreport.ParseDate(o.Date) {
		return "", skmUsage(o.Lang, msg.ReportBadDate, o.Date)
	}
	return format, checkJobs(o.Lang, o.Jobs)
}

// parseWeights reads --weights: "" (the rubric's own), 1/9 (every unsur
// alike, exactly) or 0.11 (as printed, also 0,11).
func parseWeights(s string) (w *score.SKMWeights, ok bool) {
	switch strings.ReplaceAll(strings.TrimSpace(s), ",", ".") {
	case "":
		return nil, true
	case "1/9", "1/n", "exact":
		v := score.SKMExact
		return &v, true
	case "0.11", "printed":
		v := score.SKMPrinted
		return &v, true
	}
	return nil, false
}

func runSKM(o skmOptions) error {
	format, err := checkSKMFlags(o)
	if err != nil {
		return err
	}
	inputs := append(append(o.Inputs[:len(o.Inputs):len(o.Inputs)], o.Previous...), o.Units, o.Config)
	if err := checkOutputs(o.IO, o.Lang, inputs, outFile(o.Output), outFolder(o.PDF)); err != nil {
		return err
	}
	// Who signs: read before the answers, so that a broken configuration
	// stops the command before anything is read or written.
	rf := roundFlags{Config: o.Config, Place: o.Place}
	issued, err := rf.issuer(o.IO, o.Lang, o.Region, true)
	if err != nil {
		return err
	}
	if o.Rubric != "" {
		// A rubric given that is no SKM rubric is refused before reading.
		r, err := rubric.Load(o.Rubric)
		if err != nil {
			return err
		}
		if _, ok := score.SKMFactor(r); !ok {
			return skmUsage(o.Lang, msg.SKMNotSKM, r.Ref())
		}
	}
	var units []form.Unit
	if o.Units != "" {
		if units, err = form.ReadUnits(o.Units, nil); err != nil {
			return err
		}
	}
	prog := newProgress(o.IO, o.Lang)
	out := ingest.Load(o.Inputs, ingest.Options{
		Rubric: o.Rubric, ForceRubric: o.ForceRubric, DefaultRubric: defaultSKMRubric, Jobs: o.Jobs,
		Progress: prog.update, UnitsFile: o.Units, UnitList: unitList(o.Units),
	})
	prog.done()
	printProblems(o.IO.Err, o.Lang, out.Problems)
	res := out.Results
	if res == nil || out.Invalid() {
		return invalid(o.IO, o.Lang, out)
	}
	if err := skmRubric(o, res.Rubric); err != nil {
		return err
	}
	if len(o.Unit) > 0 {
		if res, err = pickUnits(o, res); err != nil {
			return err
		}
	}
	if len(res.Units) == 0 {
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s: %s\n", msg.T(o.Lang, msg.CLIError), msg.T(o.Lang, msg.ReportNoUnits))
		return invalidError{}
	}
	var previous []*results.Results
	for _, p := range o.Previous {
		po := ingest.Load([]string{p}, ingest.Options{DefaultRubric: defaultSKMRubric, Jobs: o.Jobs})
		printProblems(o.IO.Err, o.Lang, po.Problems)
		if po.Results == nil || po.Invalid() {
			return invalid(o.IO, o.Lang, po)
		}
		if _, ok := score.SKMFactor(po.Results.Rubric); !ok || len(po.Results.Rubric.Indicators()) != len(res.Rubric.Indicators()) {
			printProblems(o.IO.Err, o.Lang, msg.Problems{{File: p, Key: msg.SKMPreviousRubric, Args: []any{po.Results.Rubric.Ref(), res.Rubric.Ref()}}})
			return invalidError{}
		}
		previous = append(previous, po.Results)
	}
	weights := score.SKMDefaultWeights(res.Rubric)
	if w, _ := parseWeights(o.Weights); w != nil {
		weights = *w
	}
	// The unit list gives each unit's population, and the region and
	// period when the flags do not (a respondents sheet holds neither).
	pops := map[string]int{}
	region, period := o.Region, o.Period
	for _, u := range units {
		if u.Population > 0 {
			pops[rubric.CodeKey(u.Code)] = u.Population
		}
	}
	if region == "" {
		region = results.Naming(o.Lang, results.Distinct(units, func(u *form.Unit) string { return u.Region }), msg.DocRegions)
	}
	if period == "" {
		period = results.Naming(o.Lang, results.Distinct(units, func(u *form.Unit) string { return u.Period }), msg.DocPeriods)
	}
	rp, probs := skmreport.Build(res, skmreport.Options{
		Lang: o.Lang, Convention: score.SKMConvention{Weights: weights, NRRDecimals: o.NRRDecimals},
		Populations: pops, Population: o.Population, Previous: previous,
		Region: region, Period: period, Date: o.Date, Signers: signers(issued),
	})
	if len(probs) > 0 {
		printProblems(o.IO.Err, o.Lang, probs)
		if probs.HasErrors() {
			fmt.Fprintf(o.IO.Err, "kepatuhan: %s: %s\n", msg.T(o.Lang, msg.CLIError), msg.T(o.Lang, msg.SKMNothingWritten))
			return invalidError{}
		}
	}
	writingGC()
	if o.PDF != "" {
		if err := writeSKMSet(o, rp); err != nil {
			return err
		}
	}
	if o.Output != "" {
		var data []byte
		switch {
		case format == "xlsx":
			data, err = rp.XLSX()
		case len(rp.Units) == 1:
			data, err = rp.UnitPDF(0)
		default:
			data, err = rp.CombinedPDF()
		}
		if err != nil {
			return err
		}
		if err := writeBytes(o.IO, o.Lang, o.Output, data); err != nil {
			return err
		}
		key := msg.SKMWroteCombined
		if len(rp.Units) == 1 {
			key = msg.SKMWroteUnit
		}
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, key, o.Output, len(rp.Units)))
	}
	return skmNotices(o, rp)
}

// skmRubric refuses a rubric that is no SKM, and the printed weights for
// other than nine unsur.
func skmRubric(o skmOptions, r *rubric.Rubric) error {
	if _, ok := score.SKMFactor(r); !ok {
		printProblems(o.IO.Err, o.Lang, msg.Problems{{Key: msg.SKMNotSKM, Args: []any{r.Ref()}, Hint: msg.HintSKMRubric}})
		return invalidError{}
	}
	if w, _ := parseWeights(o.Weights); w != nil && *w == score.SKMPrinted && len(r.Indicators()) != 9 {
		return skmUsage(o.Lang, msg.SKMPrintedNine, r.Ref(), len(r.Indicators()))
	}
	return nil
}

// pickUnits keeps the units --unit names, in the order given; a code
// the results do not hold is a usage error with the nearest one.
func pickUnits(o skmOptions, res *results.Results) (*results.Results, error) {
	byKey := map[string]int{}
	var codes []string
	for i := range res.Units {
		byKey[rubric.CodeKey(res.Units[i].Code)] = i
		codes = append(codes, res.Units[i].Code)
	}
	picked := *res
	picked.Units = nil
	seen := map[int]bool{}
	for _, c := range o.Unit {
		i, ok := byKey[rubric.CodeKey(c)]
		if !ok {
			hint := msg.T(o.Lang, msg.HintValidValues, strings.Join(codes, ", "))
			if near, ok := suggest.Nearest(c, codes); ok {
				hint = msg.T(o.Lang, msg.HintDidYouMean, near)
			}
			return nil, &usageError{fmt.Errorf("%s (%s)", msg.T(o.Lang, msg.SKMNoSuchUnit, c), hint)}
		}
		if !seen[i] {
			seen[i] = true
			picked.Units = append(picked.Units, res.Units[i])
		}
	}
	return &picked, nil
}

// signers names who signs each report from the issuer's configuration
// (kepatuhan.yaml): a unit's report its head (unit_heads), the combined
// one the official who issues the round's documents (the verifier). One
// not named, or no configuration, leaves blank lines to sign on.
func signers(c *issuer.Config) func(code string) *skmreport.Signer {
	if c == nil {
		return nil
	}
	return func(code string) *skmreport.Signer {
		s := c.Verifier
		if code != "" {
			s = c.UnitHead(code)
		}
		if s == nil {
			return nil
		}
		return &skmreport.Signer{Place: c.Place, Office: s.Position, Name: s.Name, Rank: s.Rank, NIP: s.FormattedNIP()}
	}
}

// writeSKMSet renders every unit's report and writes them into dir as a
// set (all or none), named after the unit codes as report cards are.
func writeSKMSet(o skmOptions, rp *skmreport.Report) error {
	set, err := atomicfile.NewSet(o.PDF)
	if err != nil {
		return writeFailed(o.IO, o.Lang, o.PDF, err)
	}
	us := make([]results.Unit, len(rp.Units))
	for i, u := range rp.Units {
		us[i].Code = u.Code
	}
	names := card.FileNames(us)
	data, err := rp.UnitPDFs(o.Jobs)
	if err != nil {
		set.Abort()
		return err
	}
	for i, d := range data {
		if err := set.Add(names[i], d); err != nil {
			set.Abort()
			return cardsFailed(o.IO, o.Lang, o.PDF, err, false)
		}
	}
	if err := set.Commit(); err != nil {
		return cardsFailed(o.IO, o.Lang, o.PDF, err, errors.Is(err, atomicfile.ErrNotRestored))
	}
	fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.SKMWroteSet, len(names), o.PDF))
	return nil
}

// skmNotices says what the reports flag: units whose sample falls short
// of the Krejcie–Morgan table, units without a population, incomplete
// units (exit status 4, as score and report).
func skmNotices(o skmOptions, rp *skmreport.Report) error {
	var short, unknown, incomplete []string
	for _, u := range rp.Units {
		switch {
		case !u.Complete:
			incomplete = append(incomplete, u.Code)
		case u.Population == 0:
			unknown = append(unknown, u.Code)
		case !u.Enough:
			short = append(short, fmt.Sprintf("%s (%d/%d)", u.Code, u.Respondents, u.Required))
		}
	}
	var ps msg.Problems
	if len(short) > 0 {
		ps.Add(msg.Problem{Severity: msg.Notice, Key: msg.SKMShortUnits, Args: []any{len(short), strings.Join(short, ", ")}})
	}
	if len(unknown) > 0 {
		ps.Add(msg.Problem{Severity: msg.Notice, Key: msg.SKMUnknownUnits, Args: []any{len(unknown), strings.Join(unknown, ", ")},
			Hint: msg.HintSKMPopulation})
	}
	if len(incomplete) > 0 {
		ps.Add(msg.Problem{Severity: msg.Notice, Key: msg.SKMIncompleteUnits, Args: []any{len(incomplete), strings.Join(incomplete, ", ")}})
	}
	printProblems(o.IO.Err, o.Lang, ps)
	if len(incomplete) > 0 {
		return statusError{ExitIncomplete}
	}
	return nil
}
