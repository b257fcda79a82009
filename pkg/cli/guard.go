package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
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
// writable — its folder exists, is a folder, and accepts new files — and
// none may be one of the inputs (a file named, or a workbook or results
// file inside a folder named), which writing it would destroy. A long run
// must not end in a message about its -o path, and an input is never
// overwritten. It prints the problems it finds and returns the error that
// ends the command with exit status 2 (wrong usage), or nil.
func checkOutputs(o IO, lang msg.Lang, inputs []string, outs ...outPath) error {
	var ps msg.Problems
	for _, out := range outs {
		if out.path == "" {
			continue
		}
		if reason, hint, bad := unwritable(lang, out); bad {
			ps.Add(msg.Problem{Key: msg.OutputCannotWrite, Args: []any{out.path, reason}, Hint: hint})
			continue
		}
		if !out.folder && isInput(out.path, inputs) {
			ps.Add(msg.Problem{Key: msg.OutputIsInput, Args: []any{out.path}, Hint: msg.HintOutputOtherName})
		}
	}
	if len(ps) == 0 {
		return nil
	}
	printProblems(o.Err, lang, ps)
	return statusError{ExitUsage}
}

// unwritable says, in lang, why out cannot be written, if it cannot.
func unwritable(lang msg.Lang, out outPath) (reason string, hint msg.Key, bad bool) {
	t := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
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
			return osReason(lang, err), msg.HintOutputPermission, true
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
	probe, err := os.CreateTemp(dir, ".kepatuhan-uji-*")
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return t(msg.OutputNoPermission, dir), msg.HintOutputPermission, true
		}
		return osReason(lang, err), msg.HintOutputPermission, true
	}
	probe.Close()
	os.Remove(probe.Name())
	return "", "", false
}

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
// inputs: a file named, or a file a folder named holds that score would
// read (an .xlsx, .xlsm or .json file, not hidden, not a lock file, not
// in a hidden folder — as package ingest walks folders).
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
		found := false
		filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil || found {
				return nil
			}
			name := d.Name()
			if d.IsDir() {
				if p != in && strings.HasPrefix(name, ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") {
				return nil
			}
			switch strings.ToLower(filepath.Ext(name)) {
			case ".xlsx", ".xlsm", ".json":
				if pi, err := os.Stat(p); err == nil && os.SameFile(fi, pi) {
					found = true
					return filepath.SkipAll
				}
			}
			return nil
		})
		if found {
			return true
		}
	}
	return false
}

// osReason words an operating-system error for a person.
func osReason(lang msg.Lang, err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return msg.T(lang, msg.OutputDiskFull)
	case errors.Is(err, syscall.EROFS):
		return msg.T(lang, msg.OutputReadOnlyFS)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// writeFailed reports an output that could not be written after the
// checks passed (a full disk, a folder made read-only meanwhile, …): the
// output's own name, not a temporary one, and what to do. The previous
// file at path, if any, is intact (package atomicfile). It returns the
// error that ends the command with exit status 1.
func writeFailed(o IO, lang msg.Lang, path string, err error) error {
	hint := msg.HintOutputPermission
	switch {
	case errors.Is(err, syscall.ENOSPC):
		hint = msg.HintOutputSpace
	case errors.Is(err, fs.ErrNotExist):
		hint = msg.HintOutputFolder
	case errors.Is(err, atomicfile.ErrInjected):
		hint = ""
	}
	printProblems(o.Err, lang, msg.Problems{{Key: msg.OutputCannotWrite, Args: []any{path, osReason(lang, err)}, Hint: hint}})
	return statusError{ExitUnexpected}
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
// many files were rejected, or — when no file as a whole was, only units
// found in two places with different answers — how many conflicts.
func invalidText(lang msg.Lang, outs ...*ingest.Outcome) string {
	rejected, errs := 0, 0
	for _, out := range outs {
		rejected += len(out.Rejected)
		errs += len(out.Problems.Errors())
	}
	if rejected > 0 || errs == 0 {
		return msg.T(lang, msg.ScoreInvalid, rejected)
	}
	return msg.T(lang, msg.ScoreInvalidUnits, errs)
}
