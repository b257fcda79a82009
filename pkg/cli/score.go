package cli

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/kepatuhan/kepatuhan/pkg/card"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/output"
	"github.com/kepatuhan/kepatuhan/pkg/resultbook"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/spf13/cobra"
)

// scoreOptions are the inputs of `kepatuhan score`.
type scoreOptions struct {
	IO           IO
	Lang         msg.Lang
	Inputs       []string
	Rubric       string
	ForceRubric  bool
	MixedPeriods bool   // --mixed-periods: units of several years in one run
	Format       string // table, json, csv; "" = from -o's extension, else table
	Output       string // -o: write the format here instead of stdout
	PDF          string // --pdf DIR: one report card per unit
	XLSX         string // --xlsx FILE: the results workbook
	Jobs         int
	Engine       string
	// Phone exports (phone.go): --latest, --include-rejected, --units.
	Latest, IncludeRejected bool
	Units                   string
	// Bukti is the evidence folder (--bukti DIR, evidence.go).
	Bukti string
	// The round (round.go): --koreksi, --final, --config.
	Round roundFlags
}

func newScoreCmd(io IO, lang msg.Lang) *cobra.Command {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	o := scoreOptions{IO: io}
	cmd := &cobra.Command{
		Use:     t(msg.UseScore),
		Short:   t(msg.HelpScoreShort),
		Long:    t(msg.HelpScoreLong),
		Example: t(msg.HelpScoreExample),
		Args:    minArgs(lang, 1),
		RunE: func(cmd *cobra.Command, a []string) error {
			l, err := langFlag(cmd)
			if err != nil {
				return err
			}
			o.Lang, o.Inputs = l, a
			return runScore(o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Rubric, "rubric", "", t(msg.FlagRubric))
	f.BoolVar(&o.ForceRubric, "force-rubric", false, t(msg.FlagForceRubric))
	f.BoolVar(&o.MixedPeriods, "mixed-periods", false, t(msg.FlagMixedPeriods))
	f.StringVar(&o.Format, "format", "", t(msg.FlagFormat, strings.Join(output.Formats.Names(), ", ")))
	f.StringVarP(&o.Output, "output", "o", "", t(msg.FlagOutput))
	f.StringVar(&o.PDF, "pdf", "", t(msg.FlagPDF))
	f.StringVar(&o.XLSX, "xlsx", "", t(msg.FlagXLSX))
	f.IntVarP(&o.Jobs, "jobs", "j", 0, t(msg.FlagJobs))
	f.BoolVar(&o.Latest, "latest", false, t(msg.FlagLatest))
	f.BoolVar(&o.IncludeRejected, "include-rejected", false, t(msg.FlagIncludeRejected))
	f.StringVar(&o.Units, "units", "", t(msg.FlagScoreUnits))
	f.StringVar(&o.Bukti, "bukti", "", t(msg.FlagBukti))
	o.Round.add(f, lang, false)
	f.StringVar(&o.Engine, "engine", "", "fast|excelize")
	f.MarkHidden("engine")
	return cmd
}

func runScore(o scoreOptions) error {
	spec, err := pickFormat(o.Lang, output.Formats, o.Format, o.Output, "table")
	if err != nil {
		return err
	}
	if err := checkJobs(o.Lang, o.Jobs); err != nil {
		return err
	}
	if o.Format == "" {
		if err := checkTableName(o.IO, o.Lang, o.Output); err != nil {
			return err
		}
	}
	if err := checkOutputs(o.IO, o.Lang, append(append(o.Inputs[:len(o.Inputs):len(o.Inputs)], o.Units), o.Round.inputs()...), outFile(o.Output), outFile(o.XLSX), outFolder(o.PDF)); err != nil {
		return err
	}
	corrections, err := o.Round.readCorrections(o.IO, o.Lang)
	if err != nil {
		return err
	}
	cfg, err := o.Round.issuer(o.IO, o.Lang, "", o.PDF != "")
	if err != nil {
		return err
	}
	prog := newProgress(o.IO, o.Lang)
	out := ingest.Load(o.Inputs, ingest.Options{
		Rubric: o.Rubric, ForceRubric: o.ForceRubric, MixedPeriods: o.MixedPeriods, Engine: o.Engine, Jobs: o.Jobs,
		Progress: prog.update,
		Latest:   o.Latest, IncludeRejected: o.IncludeRejected, UnitsFile: o.Units, UnitList: unitList(o.Units),
		Evidence: o.Bukti,
	})
	prog.done()
	printProblems(o.IO.Err, o.Lang, out.Problems)
	res := out.Results
	if res == nil {
		return invalid(o.IO, o.Lang, out)
	}
	fmtr, format := spec.Format, spec.Name
	oo := output.Options{Lang: o.Lang, Color: o.IO.Color && o.Output == ""}
	if out.Invalid() {
		// Nothing is printed or written: a table of the units that could
		// be scored, with a region score, would be read as the results.
		return invalid(o.IO, o.Lang, out)
	}
	if err := o.Round.applyCorrections(o.IO, o.Lang, res, corrections); err != nil {
		return err
	}
	if err := o.Round.refuseProvisional(o.IO, o.Lang, res); err != nil {
		return err
	}
	if err := checkCardNames(o, res); err != nil {
		return err
	}
	// The -o output is rendered while the workbook and cards are made,
	// and written after them; results JSON made for -o is the workbook's
	// too.
	// Without a workbook to share it, the results JSON goes straight to
	// its file: a national round's is tens of megabytes.
	stream := o.Output != "" && format == "json" && o.XLSX == ""
	var rendered func() ([]byte, error)
	if o.Output != "" && !stream {
		rendered = sync.OnceValues(func() ([]byte, error) {
			var buf bytes.Buffer
			if format == "json" {
				buf.Grow(results.JSONSize(res))
			}
			err := fmtr.Write(&buf, res, oo)
			return buf.Bytes(), err
		})
		go rendered()
	}
	var resultsJSON func() ([]byte, error)
	if format == "json" {
		resultsJSON = rendered
	}
	if err := writeOutputs(o, res, resultsJSON, cfg); err != nil {
		return err
	}
	if stream {
		if err := writeFile(o.IO, o.Lang, o.Output, func(w io.Writer) error { return fmtr.Write(w, res, oo) }); err != nil {
			return err
		}
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.ScoreWrote, o.Output, len(res.Units)))
	} else if o.Output != "" {
		data, err := rendered()
		if err != nil {
			return err
		}
		if err := writeBytes(o.IO, o.Lang, o.Output, data); err != nil {
			return err
		}
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.ScoreWrote, o.Output, len(res.Units)))
	} else if err := fmtr.Write(o.IO.Out, res, oo); err != nil {
		return err
	}
	if len(out.Incomplete()) > 0 {
		return statusError{ExitIncomplete}
	}
	return nil
}

// writeOutputs writes the results workbook, then the report cards. The
// workbook is made while the cards are rendered and staged (it is mostly
// one goroutine's work, the cards use every core); the cards are moved
// into place only once it is written, so nothing of them is left after a
// failed workbook. resultsJSON, when set, returns the results JSON
// already made.
func writeOutputs(o scoreOptions, res *results.Results, resultsJSON func() ([]byte, error), cfg *issuer.Config) error {
	if o.XLSX != "" || o.PDF != "" {
		writingGC()
	}
	bookDone := make(chan error, 1)
	if o.XLSX != "" {
		go func() {
			bookDone <- writeFile(o.IO, o.Lang, o.XLSX, func(w io.Writer) error {
				return resultbook.Write(w, res, resultbook.Options{Lang: o.Lang, JSON: resultsJSON})
			})
		}()
	} else {
		bookDone <- nil
	}
	book := sync.OnceValue(func() error { return <-bookDone })
	cards := 0
	if o.PDF != "" {
		photos := cardPhotos(o) // evidence.go
		defer photos.Close()
		n, err := writeCards(o.IO, o.Lang, o.PDF, res, card.Options{Lang: o.Lang, Jobs: o.Jobs, Photos: photos, Issuer: cfg}, book)
		printProblems(o.IO.Err, o.Lang, photos.Problems())
		if err != nil {
			return err
		}
		cards = n
	}
	if err := book(); err != nil {
		return err
	}
	if o.XLSX != "" {
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.ScoreWroteBook, o.XLSX))
	}
	if o.PDF != "" {
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.ScoreWroteCards, cards, o.PDF))
	}
	return nil
}
