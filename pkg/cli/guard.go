package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/card"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/oserr"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// An output a command is about to write: a file, or a folder of files
// (--pdf), which is created when missing.
type outPath struct {
	path   string
	folder bool
}

// outFile and outFolder name outputs; an empty path is no output.
func outFile(path string) outPath   { return outPath{path: path} }
func outFolder(path string) outPath { return outPath{path: path, folder: true} }

// checkOutputs runs before a command reads anything. Every output must be
// writable — its folder exists, is a folder, and accepts new files —, none
// may be one of the inputs (a file named, or a workbook or results file
// inside a folder named), which writing it would destroy, and no two may
// be the same file, where one would replace the other. A long run must
// not end in a message about its -o path, and an input is never
// overwritten. It prints the problems it finds and returns the error that
// ends the command with exit status 2 (wrong usage; 1 when the computer
// is out of resources), or nil. Then it tidies the output folders of what
// an earlier run that was killed left there (atomicfile.Clean), with a
// note of what it did.
func checkOutputs(o IO, lang msg.Lang, inputs []string, outs ...outPath) error {
	var (
		ps       msg.Problems
		ok       []outPath
		resource bool
	)
	for _, out := range outs {
		if out.path == "" {
			continue
		}
		if out.folder && looksLikeFile(out.path) {
			base := strings.TrimSuffix(out.path, filepath.Ext(out.path))
			ps.Add(msg.Problem{Key: msg.OutputFolderIsFile, Args: []any{out.path}, Hint: msg.HintOutputPDFFolder,
				HintArgs: []any{base + string(filepath.Separator)}})
			continue
		}
		if reason, hint, bad := unwritable(lang, out); bad {
			ps.Add(msg.Problem{Key: msg.OutputCannotWrite, Args: []any{out.path, reason}, Hint: hint})
			resource = resource || reason.Resource()
			continue
		}
		if !out.folder && isInput(out.path, inputs) {
			ps.Add(msg.Problem{Key: msg.OutputIsInput, Args: []any{out.path}, Hint: msg.HintOutputOtherName})
			continue
		}
		for _, prev := range ok {
			if sameFile(prev.path, out.path) {
				ps.Add(msg.Problem{Key: msg.OutputSameFile, Args: []any{prev.path, out.path}, Hint: msg.HintOutputSameFile})
			}
		}
		ok = append(ok, out)
	}
	if len(ps) > 0 {
		printProblems(o.Err, lang, ps)
		if resource {
			return statusError{ExitUnexpected}
		}
		return statusError{ExitUsage}
	}
	cleanLeftovers(o, lang, ok)
	return nil
}

// looksLikeFile reports whether a folder output (--pdf) is named like a
// document (rapor.pdf) and is not an existing folder: it would be made a
// folder named rapor.pdf holding the cards.
func looksLikeFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf", ".xlsx", ".xlsm", ".xls", ".json", ".csv", ".zip", ".docx", ".ods":
		fi, err := os.Stat(path)
		return err != nil || !fi.IsDir()
	}
	return false
}

// sameFile reports whether the outputs a and b are the same file: the
// same file when both exist (a hard link, another case of the name on a
// disk that ignores case), else the same path once the folders' links
// are resolved (ignoring case where the system's disks usually do).
func sameFile(a, b string) bool {
	fa, ea := os.Stat(a)
	fb, eb := os.Stat(b)
	if ea == nil && eb == nil {
		return os.SameFile(fa, fb)
	}
	if ea == nil || eb == nil {
		return false
	}
	ra, rb := resolved(a), resolved(b)
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return strings.EqualFold(ra, rb)
	}
	return ra == rb
}

// resolved is path made absolute, with the links of its folder resolved
// where the folder exists.
func resolved(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = filepath.Clean(path)
	}
	for dir, rest := abs, ""; ; {
		if d, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(d, rest)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return abs
		}
		rest = filepath.Join(filepath.Base(dir), rest)
		dir = parent
	}
}

// cleanLeftovers tidies the folders of outs: temporary files and staging
// folders that an earlier run killed mid-write left behind are removed,
// an interrupted set of report cards is completed (atomicfile.Clean: only
// kepatuhan's own, of processes no longer running), each with a note.
func cleanLeftovers(o IO, lang msg.Lang, outs []outPath) {
	var ps msg.Problems
	done := map[string]bool{}
	for _, out := range outs {
		dir := filepath.Dir(out.path)
		if out.folder {
			dir = out.path
		}
		if key := resolved(dir); done[key] {
			continue
		} else {
			done[key] = true
		}
		c := atomicfile.Clean(dir)
		if c.Completed > 0 {
			ps.Add(msg.Problem{Severity: msg.Notice, Key: msg.OutputCompleted, Args: []any{dir, c.Completed}})
		}
		if len(c.Removed) > 0 {
			ps.Add(msg.Problem{Severity: msg.Notice, Key: msg.OutputCleaned, Args: []any{dir, len(c.Removed), strings.Join(c.Removed, ", ")}})
		}
	}
	printProblems(o.Err, lang, ps)
}

// checkCardNames refuses, once the units are known, an output file in the
// folder of report cards under the name of one of the cards (-o
// rapor/DINKES.pdf --pdf rapor): one would replace the other. It prints
// the problem and returns the error that ends the command with exit
// status 2, or nil.
func checkCardNames(o scoreOptions, res *results.Results) error {
	if o.PDF == "" {
		return nil
	}
	dir := resolved(o.PDF)
	var ps msg.Problems
	for _, name := range card.FileNames(res.Units) {
		for _, out := range []string{o.Output, o.XLSX} {
			if out == "" {
				continue
			}
			if cardPath := filepath.Join(o.PDF, name); sameFile(cardPath, out) ||
				filepath.Dir(resolved(out)) == dir && strings.EqualFold(filepath.Base(out), name) {
				ps.Add(msg.Problem{Key: msg.OutputSameFile, Args: []any{cardPath, out}, Hint: msg.HintOutputSameFile})
			}
		}
	}
	if len(ps) == 0 {
		return nil
	}
	printProblems(o.IO.Err, o.Lang, ps)
	return statusError{ExitUsage}
}

// unwritable says why out cannot be written, if it cannot.
func unwritable(lang msg.Lang, out outPath) (reason why, hint msg.Key, bad bool) {
	t := func(k msg.Key, args ...any) why { return why{text: msg.T(lang, k, args...)} }
	path := filepath.Clean(out.path)
	if fi, err := os.Stat(path); err == nil {
		switch {
		case out.folder && !fi.IsDir():
			return t(msg.OutputNotFolder, out.path), msg.HintOutputNotFolder, true
		case !out.folder && fi.IsDir():
			return t(msg.OutputIsFolder), msg.HintOutputOtherName, true
		}
	}
	// The folder the output goes in; for a folder of cards, the nearest
	// one that exists (the rest is created).
	dir := filepath.Dir(path)
	if out.folder {
		dir = path
	}
	for {
		fi, err := os.Stat(dir)
		if err == nil {
			if !fi.IsDir() {
				return t(msg.OutputNotFolder, dir), msg.HintOutputNotFolder, true
			}
			break
		}
		if !errors.Is(err, fs.ErrNotExist) && !isNotDir(err) {
			r := oserr.Of(err)
			return why{r: r}, r.WriteHint(), true
		}
		parent := filepath.Dir(dir)
		if !out.folder {
			// A file's own folder must exist: a typo in it is not
			// silently made into new folders.
			if fp, ok := fileAbove(dir); ok {
				return t(msg.OutputNotFolder, fp), msg.HintOutputNotFolder, true
			}
			return t(msg.OutputNoFolder, dir), msg.HintOutputFolder, true
		}
		if parent == dir {
			return t(msg.OutputNoFolder, dir), msg.HintOutputFolder, true
		}
		dir = parent
	}
	// The folder accepts new files: what atomicfile will do, tried.
	if err := atomicfile.Probe(dir); err != nil {
		r := oserr.Of(err)
		if r.Kind == oserr.Permission {
			return t(msg.OutputNoPermission, dir), msg.HintOutputPermission, true
		}
		return why{r: r}, r.WriteHint(), true
	}
	return why{}, "", false
}

// why is why an output cannot be written: a sentence of its own, or an
// operating-system reason (a msg.Phrase either way).
type why struct {
	text string
	r    oserr.Reason
}

func (w why) In(lang msg.Lang) string {
	if w.text != "" {
		return w.text
	}
	return w.r.In(lang)
}

// Resource reports whether the reason is the computer's (oserr).
func (w why) Resource() bool { return w.text == "" && w.r.Resource() }

// fileAbove returns the nearest path above (or at) dir that exists and
// is not a folder: the file a path runs into.
func fileAbove(dir string) (string, bool) {
	for {
		fi, err := os.Stat(dir)
		if err == nil {
			return dir, !fi.IsDir()
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

func isNotDir(err error) bool { return errors.Is(err, syscall.ENOTDIR) }

// isInput reports whether the file at path exists and is one of the
// inputs: a file named, or a workbook or phone export a folder named gives
// to read (as package ingest reads folders: ingest.Folder).
func isInput(path string, inputs []string) bool {
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	for _, in := range inputs {
		ii, err := os.Stat(in)
		if err != nil {
			continue
		}
		if !ii.IsDir() {
			if os.SameFile(fi, ii) {
				return true
			}
			continue
		}
		files, _, err := ingest.Folder(in)
		if err != nil {
			continue
		}
		for _, f := range files {
			if pi, err := os.Stat(f.Path); err == nil && os.SameFile(fi, pi) {
				return true
			}
		}
	}
	return false
}

// checkTableName refuses -o with a workbook's or a PDF's name when the
// format follows the name: the text table written under it would be
// taken for a workbook (and read as an input next time) or a document.
func checkTableName(o IO, lang msg.Lang, path string) error {
	p := msg.Problem{Key: msg.OutputTableAs, Args: []any{path, strings.ToLower(filepath.Ext(path))}}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm", ".xls":
		p.Hint, p.HintArgs = msg.HintOutputXLSX, []any{path}
	case ".pdf":
		p.Hint = msg.HintOutputPDF
	default:
		return nil
	}
	printProblems(o.Err, lang, msg.Problems{p})
	return statusError{ExitUsage}
}

// invalidText is the last line of a run refused for invalid input: how
// many files were rejected; when no file as a whole was, how many units
// were found in two places with different answers — or, when other
// errors stand too (an input not found), how many errors.
func invalidText(lang msg.Lang, outs ...*ingest.Outcome) string {
	rejected, errs, conflicts := 0, 0, 0
	for _, out := range outs {
		rejected += len(out.Rejected)
		for _, p := range out.Problems.Errors() {
			errs++
			if p.Key == msg.IngestDuplicateUnit || p.Key == msg.SheetConflictMeta {
				conflicts++
			}
		}
	}
	switch {
	case rejected > 0 || errs == 0:
		return msg.T(lang, msg.ScoreInvalid, rejected)
	case conflicts == errs:
		return msg.T(lang, msg.ScoreInvalidUnits, errs)
	}
	return msg.T(lang, msg.CLIInvalidErrors, errs)
}

// invalid ends a run whose inputs could not all be read or scored: the
// last line says so, and the exit status is 3 — or 1 when a file could not
// be read for a reason that is the computer's and not the input's (out
// of file handles, oserr.Resource).
func invalid(o IO, lang msg.Lang, outs ...*ingest.Outcome) error {
	var ps msg.Problems
	for _, out := range outs {
		ps = append(ps, out.Problems...)
	}
	if oserr.Resource(ps) {
		fmt.Fprintf(o.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIError), msg.T(lang, msg.CLISystemFailed))
		return statusError{ExitUnexpected}
	}
	fmt.Fprintf(o.Err, "kepatuhan: %s: %s\n", msg.T(lang, msg.CLIError), invalidText(lang, outs...))
	return invalidError{}
}
