package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/kepatuhan/kepatuhan/pkg/correction"
	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// What the commands that issue a round's results share (score, report,
// berita-acara): corrections applied on top (--koreksi), the refusal of
// provisional results (--final, exit status 6), and the issuing office's
// configuration (--config, --place; package issuer) for letterheads and
// signature blocks.

// roundFlags are those flags' values.
type roundFlags struct {
	Corrections string // --koreksi FILE
	Final       bool   // --final
	Config      string // --config FILE
	Place       string // --place
}

// add defines the flags; withPlace adds --place (the documents that are
// dated and signed at a place).
func (rf *roundFlags) add(f *pflag.FlagSet, lang msg.Lang, withPlace bool) {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
	f.StringVar(&rf.Corrections, "koreksi", "", t(msg.FlagCorrections))
	f.BoolVar(&rf.Final, "final", false, t(msg.FlagFinal))
	f.StringVar(&rf.Config, "config", "", t(msg.FlagConfig))
	if withPlace {
		f.StringVar(&rf.Place, "place", "", t(msg.FlagPlace))
	}
}

// inputs are the files the flags name, for checkOutputs: none of them may
// be overwritten.
func (rf *roundFlags) inputs() []string {
	var out []string
	for _, p := range []string{rf.Corrections, rf.Config} {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// readCorrections reads --koreksi's file before anything else is read: a
// file that cannot be read or has problems ends the command (exit status
// 3), nothing written.
func (rf *roundFlags) readCorrections(o IO, lang msg.Lang) ([]correction.Entry, error) {
	if rf.Corrections == "" {
		return nil, nil
	}
	entries, err := correction.Read(rf.Corrections)
	if err != nil {
		return nil, inputProblems(o, lang, err, msg.CLICorrectionsInvalid)
	}
	return entries, nil
}

// applyCorrections applies the corrections to res; refused corrections
// end the command (exit status 3), nothing written.
func (rf *roundFlags) applyCorrections(o IO, lang msg.Lang, res *results.Results, entries []correction.Entry) error {
	if len(entries) == 0 {
		return nil
	}
	ps := correction.Apply(res, entries)
	printProblems(o.Err, lang, ps)
	if ps.HasErrors() {
		fmt.Fprintf(o.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIError), msg.T(lang, msg.CLICorrectionsInvalid))
		return invalidError{}
	}
	fmt.Fprintf(o.Err, "kepatuhan: %s\n", msg.T(lang, msg.CLICorrectionsApplied, len(entries)-len(ps), rf.Corrections))
	return nil
}

// refuseProvisional ends a --final run whose results are provisional: the
// units not yet verified are named, nothing is written, exit status 6.
func (rf *roundFlags) refuseProvisional(o IO, lang msg.Lang, res *results.Results) error {
	if !rf.Final {
		return nil
	}
	prov := res.Provisional()
	if len(prov) == 0 {
		return nil
	}
	var codes []string
	for i, u := range prov {
		if i == 10 {
			codes = append(codes, msg.T(lang, msg.TableMore, len(prov)-10))
			break
		}
		codes = append(codes, locale.Clip(u.Code, 40)+" ("+msg.T(lang, msg.CLIUnverifiedCount, u.Round.Unverified)+")")
	}
	fmt.Fprintf(o.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIError), msg.T(lang, msg.CLIProvisionalRefused, len(prov), strings.Join(codes, ", ")))
	fmt.Fprintf(o.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIHint), msg.T(lang, msg.HintProvisional))
	return statusError{ExitProvisional}
}

// issuer finds the issuing office's configuration: --config, else
// $KEPATUHAN_CONFIG, else kepatuhan.yaml in the working folder; region is
// a --region flag's value where the command has one. Problems end the
// command (exit status 3), nothing written. need: the command's outputs
// use it; without, a configuration is read only when named (so that a
// broken kepatuhan.yaml lying in the folder does not stop a table).
func (rf *roundFlags) issuer(o IO, lang msg.Lang, region string, need bool) (*issuer.Config, error) {
	if !need && rf.Config == "" {
		return nil, nil
	}
	c, err := issuer.Resolve(issuer.Options{Config: rf.Config, Region: region, Place: rf.Place})
	if err != nil {
		return nil, inputProblems(o, lang, err, msg.CLIConfigInvalid)
	}
	return c, nil
}

// inputProblems prints the problems of a file the flags name and returns
// the error that ends the command with exit status 3.
func inputProblems(o IO, lang msg.Lang, err error, what msg.Key) error {
	var ps msg.Problems
	if pe, ok := err.(msg.Problems); ok {
		ps = pe
	} else {
		ps = msg.Problems{{Key: msg.IngestBadResults, Args: []any{err.Error()}}}
	}
	printProblems(o.Err, lang, ps)
	fmt.Fprintf(o.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIError), msg.T(lang, what))
	return invalidError{}
}

// diffArgs takes diff's arguments (checked by its Args): OLD and NEW,
// or with --self-vs-verified one input (a round's results).
func diffArgs(o *diffOptions, a []string) error {
	o.Old = a[0]
	if !o.SelfVsVerified {
		o.New = a[1]
	}
	return nil
}

// runSelfVsVerified compares one round's self-assessments (OLD) with its
// verified results (NEW).
func runSelfVsVerified(o diffOptions, f diff.Format, jump float64) error {
	prog := newProgress(o.IO, o.Lang)
	out := ingest.Load([]string{o.Old}, ingest.Options{Rubric: o.Rubric, Engine: o.Engine, Jobs: o.Jobs, Progress: prog.update})
	prog.done()
	printProblems(o.IO.Err, o.Lang, out.Problems)
	if out.Results == nil || out.Invalid() {
		return invalid(o.IO, o.Lang, out)
	}
	self, verified, ok := diff.SelfVsVerified(out.Results)
	if !ok {
		fmt.Fprintf(o.IO.Err, "kepatuhan: %s: %s\n", msg.T(o.Lang, msg.CLIError), msg.T(o.Lang, msg.DiffNoRound, o.Old))
		return invalidError{}
	}
	return writeDiff(o, f, diff.Compare(self, verified, diff.Options{Jump: jump, SelfVsVerified: true}))
}
