package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// diffOptions are the inputs of `kepatuhan diff`.
type diffOptions struct {
	IO        IO
	Lang      msg.Lang
	Old, New  string // the two arguments: a file or a folder each
	Rubric    string // --rubric: both sides
	OldRubric string // --old-rubric: the OLD side (default: Rubric)
	NewRubric string // --new-rubric: the NEW side (default: Rubric)
	Format    string // table, json, csv, xlsx, pdf; "" = from -o's extension, else table
	Output    string // -o: write here instead of stdout
	Jump      string // --jump N, in points of the scale; "" = the default
	Jobs      int
	Engine    string
	// SelfVsVerified compares one round's self-assessments with its
	// verified results (round.go): one input, Old.
	SelfVsVerified bool
}

func newDiffCmd(io IO, lang msg.Lang) *cobra.Command {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	o := diffOptions{IO: io}
	cmd := &cobra.Command{
		Use:     t(msg.UseDiff),
		Short:   t(msg.HelpDiffShort),
		Long:    t(msg.HelpDiffLong),
		Example: t(msg.HelpDiffExample),
		// Two runs, or one round's results with --self-vs-verified.
		Args: func(c *cobra.Command, a []string) error {
			if o.SelfVsVerified {
				if len(a) != 1 {
					return usage(msg.T(lang, msg.DiffSelfVsVerifiedArgs), seeHelp(c, lang))
				}
				return nil
			}
			return exactArgs(lang, 2)(c, a)
		},
		RunE: func(cmd *cobra.Command, a []string) error {
			l, err := langFlag(cmd)
			if err != nil {
				return err
			}
			o.Lang = l
			if err := diffArgs(&o, a); err != nil {
				return err
			}
			return runDiff(o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Rubric, "rubric", "", t(msg.FlagDiffRubric))
	f.StringVar(&o.OldRubric, "old-rubric", "", t(msg.FlagOldRubric))
	f.StringVar(&o.NewRubric, "new-rubric", "", t(msg.FlagNewRubric))
	f.StringVar(&o.Format, "format", "", t(msg.FlagFormat, strings.Join(diff.Formats.Names(), ", ")))
	f.StringVarP(&o.Output, "output", "o", "", t(msg.FlagOutput))
	f.StringVar(&o.Jump, "jump", "", t(msg.FlagJump))
	f.IntVarP(&o.Jobs, "jobs", "j", 0, t(msg.FlagJobs))
	f.BoolVar(&o.SelfVsVerified, "self-vs-verified", false, t(msg.FlagSelfVsVerified))
	f.StringVar(&o.Engine, "engine", "", "fast|excelize")
	f.MarkHidden("engine")
	return cmd
}

func runDiff(o diffOptions) error {
	spec, err := pickFormat(o.Lang, diff.Formats, o.Format, o.Output, "table")
	if err != nil {
		return err
	}
	if err := checkJobs(o.Lang, o.Jobs); err != nil {
		return err
	}
	var jump float64
	if o.Jump != "" {
		v, err := strconv.ParseFloat(strings.Replace(strings.TrimSpace(o.Jump), ",", ".", 1), 64)
		if err != nil || !(v > 0) || v > 1e12 {
			return &usageError{errors.New(msg.T(o.Lang, msg.DiffBadJump, strconv.Quote(o.Jump)))}
		}
		jump = v
	}
	if err := checkOutputs(o.IO, o.Lang, []string{o.Old, o.New}, outFile(o.Output)); err != nil {
		return err
	}
	if o.SelfVsVerified {
		return runSelfVsVerified(o, spec.Format, jump)
	}
	load := func(arg, ref string, prog *progress) *ingest.Outcome {
		if ref == "" {
			ref = o.Rubric
		}
		opts := ingest.Options{Rubric: ref, Engine: o.Engine, Jobs: o.Jobs}
		if prog != nil {
			opts.Progress = prog.update
			defer prog.done()
		}
		return ingest.Load([]string{arg}, opts)
	}
	var old, nw *ingest.Outcome
	if resultsFile(o.Old) && resultsFile(o.New) {
		// Two results files are read at once (a national round's are 271
		// MB each), their problems said after, in order.
		done := make(chan struct{})
		go func() {
			defer close(done)
			old = load(o.Old, o.OldRubric, nil)
		}()
		nw = load(o.New, o.NewRubric, nil)
		<-done
		printProblems(o.IO.Err, o.Lang, old.Problems)
		printProblems(o.IO.Err, o.Lang, nw.Problems)
	} else {
		old = load(o.Old, o.OldRubric, newProgress(o.IO, o.Lang))
		printProblems(o.IO.Err, o.Lang, old.Problems)
		nw = load(o.New, o.NewRubric, newProgress(o.IO, o.Lang))
		printProblems(o.IO.Err, o.Lang, nw.Problems)
	}
	if old.Results == nil || nw.Results == nil || old.Invalid() || nw.Invalid() {
		// Nothing is compared, nothing written: a comparison with part of
		// a year missing would mislead.
		return invalid(o.IO, o.Lang, old, nw)
	}
	rep := diff.Compare(old.Results, nw.Results, diff.Options{Jump: jump})
	return writeDiff(o, spec.Format, rep)
}

// resultsFile reports whether arg names a results JSON file (not a
// folder).
func resultsFile(arg string) bool {
	fi, err := os.Stat(arg)
	return err == nil && fi.Mode().IsRegular() && strings.EqualFold(filepath.Ext(arg), ".json")
}

// writeDiff writes a comparison as the format asks; exit status 5 when a
// unit regressed.
func writeDiff(o diffOptions, f diff.Format, rep *diff.Report) error {
	ro := diff.RenderOptions{Lang: o.Lang, Color: o.IO.Color && o.Output == ""}
	if o.Output != "" {
		var buf bytes.Buffer
		if err := f.Write(&buf, rep, ro); err != nil {
			return err
		}
		if err := writeBytes(o.IO, o.Lang, o.Output, buf.Bytes()); err != nil {
			return err
		}
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s\n", msg.T(o.Lang, msg.DiffWrote, o.Output, len(rep.Units), rep.Count(diff.Regressed)))
	} else if err := f.Write(o.IO.Out, rep, ro); err != nil {
		return err
	}
	if rep.Regressed() {
		return statusError{ExitRegression}
	}
	return nil
}
