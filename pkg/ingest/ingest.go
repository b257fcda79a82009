// Package ingest turns what a user names on the command line — observation
// workbooks, folders of them, results JSON files — into one scored results
// model. It picks the rubric (the user's, else the one the workbooks name,
// else the default), reads files concurrently with a bounded pool while
// keeping their order, applies the contract's identity and conflict rules
// across sheets and files, and scores every unit.
package ingest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/oserr"
	"github.com/kepatuhan/kepatuhan/pkg/resultbook"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Options tune a run.
type Options struct {
	// Rubric is the --rubric value: a built-in id (optionally @variant) or
	// a file; "" lets the workbooks decide.
	Rubric string
	// ForceRubric scores workbooks that name another rubric anyway.
	ForceRubric bool
	// DefaultRubric is the rubric when neither Rubric nor the inputs name
	// one; "" is rubric.DefaultID (skm uses skm-2017).
	DefaultRubric string
	// Engine selects the workbook cell reader (see package workbook).
	Engine string
	// Jobs bounds how many files are read at once; 0 means the number of
	// CPUs.
	Jobs int
	// MixedPeriods accepts units of different periods (Tahun) in one
	// run; otherwise they are an error naming both.
	MixedPeriods bool
	// Progress, when set, is called after each file is read.
	Progress func(done, total int)
	// Phone exports (see phone.go): Latest keeps a unit's most recent
	// submission, IncludeRejected scores rejected ones; UnitList, when
	// set, reads the unit list the phone form offered (UnitsFile) against
	// the run's rubric.
	Latest, IncludeRejected bool
	UnitList                func(r *rubric.Rubric) ([]xlsform.Unit, error)
	UnitsFile               string
	// Evidence is the evidence folder (--bukti DIR) file references are
	// resolved in; "" when none (evidence.go).
	Evidence string
}

// Outcome is a run's results and everything worth telling the user.
type Outcome struct {
	Results  *results.Results // nil when no rubric could be chosen
	Problems msg.Problems     // errors and notices, in input order
	// Rejected lists the inputs that had errors: nothing from them is in
	// Results.
	Rejected []string
}

// Invalid reports whether any input was invalid (exit status 3).
func (o *Outcome) Invalid() bool { return o.Problems.HasErrors() }

// Incomplete lists the incomplete units.
func (o *Outcome) Incomplete() []*results.Unit {
	if o.Results == nil {
		return nil
	}
	var out []*results.Unit
	for i := range o.Results.Units {
		if o.Results.Units[i].Status == results.Incomplete {
			out = append(out, &o.Results.Units[i])
		}
	}
	return out
}

// Load reads and scores the inputs named by args.
func Load(args []string, o Options) *Outcome {
	out := &Outcome{}
	files, inFolder := expand(args, &out.Problems)
	if len(files) == 0 {
		if !out.Problems.HasErrors() {
			// Only lock files, or files named twice: say so, or the run
			// would end invalid without a word.
			out.Problems.Add(msg.Problem{Key: msg.IngestNoInputs, Hint: msg.HintNoInputs})
		}
		return out
	}
	var resultFiles, books []string
	for i, is := range each(files, o.Jobs, isResults) {
		switch {
		case is && inFolder[files[i]]:
			// A results workbook left in a folder by an earlier run.
			out.Problems.Add(msg.Problem{Severity: msg.Notice, File: files[i], Key: msg.IngestSkippedResults, Hint: msg.HintSkippedResults})
		case is:
			resultFiles = append(resultFiles, files[i])
		default:
			books = append(books, files[i])
		}
	}
	if len(resultFiles)+len(books) == 0 {
		out.Problems.Add(msg.Problem{Key: msg.IngestNoInputs, Hint: msg.HintNoInputs})
		return out
	}
	read := copies{}
	prior := readResults(resultFiles, out, read)
	if len(books) == 0 && len(prior) == 0 {
		// Every input was a results file, and each was refused: there is
		// nothing to choose a rubric for (a note about the default rubric
		// would only confuse).
		return out
	}
	r := chooseRubric(o, books, prior, out)
	if r == nil {
		return out
	}
	if p, ok := r.ModifiedNotice(); ok {
		out.Problems.Add(p)
	}
	units, ok := loadUnits(o, r, out)
	if !ok {
		return out
	}
	res := &results.Results{Tool: stamp.Tool(), Rubric: r}
	m := newMerger(r, out)
	// Results files first: their units were scored with this rubric.
	var answers answerMemo
	for _, p := range prior {
		if p.res.Rubric.Hash() != r.Hash() {
			out.Problems.Add(msg.Problem{File: p.path, Key: msg.IngestResultsRubric,
				Args: []any{p.res.Rubric.Ref(), p.res.Rubric.Version, r.Ref(), r.Version}})
			out.Rejected = append(out.Rejected, p.path)
			continue
		}
		res.Inputs = append(res.Inputs, p.res.Inputs...)
		for i := range p.res.Units {
			rescore(r, &p.res.Units[i], p.path, &out.Problems, &answers)
			m.addScored(&p.res.Units[i], p.path)
		}
	}
	readBooks(books, r, o, units, func(f *sheet.File) {
		if read.seen(f.Input.Path, f.Input.SHA256, out) {
			return
		}
		ps, bad := checkBook(f, r, o.ForceRubric)
		out.Problems = append(out.Problems, ps...)
		if bad {
			out.Rejected = append(out.Rejected, f.Input.Path)
			return
		}
		res.Inputs = append(res.Inputs, f.Input)
		for i := range f.Fragments {
			m.add(f.Fragments[i])
		}
	})
	if !o.MixedPeriods {
		m.checkPeriods()
	}
	res.Units = m.units()
	gatherEvidence(o, r, books, res.Units, out) // evidence.go
	for i := range res.Units {
		u := &res.Units[i]
		score.Verify(r, u)
		for j, ind := range r.Indicators() {
			ir := &u.Indicators[j]
			if ir.Status == results.NotApplicable && ir.Answer != "" {
				out.Problems.Add(msg.Problem{Severity: msg.Notice, File: fileOf(ir.Source), Sheet: sheetOf(ir.Source),
					Cell: ir.Source.Cell(), Key: msg.IngestNotForType, Args: []any{ind.Code, u.Code, u.Type}})
			}
		}
	}
	out.Results = res
	return out
}

func sheetOf(p results.Place) string {
	if p.Sheet == nil {
		return ""
	}
	return p.Sheet.Sheet
}

func fileOf(p results.Place) string {
	if p.Sheet == nil {
		return ""
	}
	return p.Sheet.File
}

// expand turns arguments into the files to read: files as given,
// folders as Folder says (the workbooks directly inside, in name order).
// Excel's "~$" lock files are skipped. It also returns the files that
// came from folders.
func expand(args []string, probs *msg.Problems) (files []string, inFolder map[string]bool) {
	seen := map[string]bool{}
	inFolder = map[string]bool{}
	addFile := func(p string) bool {
		abs, err := filepath.Abs(p)
		if err != nil {
			abs = p
		}
		if seen[abs] {
			probs.Add(msg.Problem{Severity: msg.Notice, File: p, Key: msg.IngestSameFileTwice})
			return false
		}
		seen[abs] = true
		files = append(files, p)
		return true
	}
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			key := msg.FileUnreadable
			if errors.Is(err, fs.ErrNotExist) {
				key = msg.FileNotFound
			}
			probs.Add(msg.Problem{File: a, Key: key, Args: argsFor(key, err)})
			continue
		}
		if !fi.IsDir() {
			if isLockFile(filepath.Base(a)) {
				probs.Add(msg.Problem{Severity: msg.Notice, File: a, Key: msg.IngestLockFile})
				continue
			}
			if !fi.Mode().IsRegular() {
				probs.Add(notRegular(a))
				continue
			}
			addFile(a)
			continue
		}
		found, skipped, err := Folder(a)
		if err != nil {
			r := oserr.Of(err)
			probs.Add(msg.Problem{File: a, Key: msg.FileUnreadable, Args: []any{r}, Hint: r.ReadHint()})
			continue
		}
		*probs = append(*probs, skipped...)
		if len(found) == 0 {
			probs.Add(msg.Problem{File: a, Key: msg.IngestEmptyFolder, Hint: msg.HintEmptyFolder})
			continue
		}
		for _, f := range found {
			if f.Err != nil {
				probs.Add(*f.Err)
				continue
			}
			if addFile(f.Path) {
				inFolder[f.Path] = true
			}
		}
	}
	return files, inFolder
}

func isLockFile(name string) bool { return strings.HasPrefix(name, "~$") }

// notRegular is the problem of an input that is not a regular file.
func notRegular(path string) msg.Problem {
	return msg.Problem{File: path, Key: msg.FileNotRegular, Hint: msg.HintNotRegular}
}

func argsFor(key msg.Key, err error) []any {
	if key == msg.FileNotFound {
		return nil
	}
	return []any{oserr.Of(err)}
}

type priorResults struct {
	path string
	res  *results.Results
}

// isResults reports whether a file holds results already scored: results
// JSON, or a results workbook written by score --xlsx.
func isResults(path string) bool {
	if strings.EqualFold(filepath.Ext(path), ".json") {
		return true
	}
	ok, err := resultbook.IsResultBook(path)
	return err == nil && ok
}

// readResults reads results files (JSON or results workbooks) given as
// inputs.
func readResults(paths []string, out *Outcome, read copies) []priorResults {
	var prior []priorResults
	for _, p := range paths {
		// The file's sum (a file given twice is read once) is taken while
		// it is read: a national round's results file is 271 MB, whose
		// SHA-256 took a fifth of a second before reading could start.
		sum := make(chan string, 1)
		go func() { sum <- fileSum(p) }()
		res, err := readResultsFile(p)
		if read.seen(p, <-sum, out) {
			continue
		}
		if err != nil {
			out.Problems = append(out.Problems, resultsProblems(p, err)...)
			out.Rejected = append(out.Rejected, p)
			continue
		}
		if !strings.EqualFold(filepath.Ext(p), ".json") {
			// Edits to the visible sheets are not read: say so.
			out.Problems = append(out.Problems, resultbook.Edits(p, res)...)
		}
		prior = append(prior, priorResults{p, res})
	}
	return prior
}

func readResultsFile(path string) (*results.Results, error) {
	if !strings.EqualFold(filepath.Ext(path), ".json") {
		return resultbook.Read(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer f.Close()
	return results.ReadJSON(f, path)
}

// resultsProblems turns a results-file error into problems.
func resultsProblems(path string, err error) msg.Problems {
	var (
		ps msg.Problems
		pe *fs.PathError
	)
	switch {
	case errors.As(err, &ps):
		return ps
	case errors.Is(err, fs.ErrNotExist):
		return msg.Problems{{File: path, Key: msg.FileNotFound}}
	case errors.As(err, &pe):
		r := oserr.Of(err)
		return msg.Problems{{File: path, Key: msg.FileUnreadable, Args: []any{r}, Hint: r.ReadHint()}}
	}
	return msg.Problems{{File: path, Key: msg.IngestBadResults, Args: []any{err.Error()}}}
}

// chooseRubric picks the run's rubric: --rubric, else the one the inputs
// name (all must agree), else the default.
func chooseRubric(o Options, books []string, prior []priorResults, out *Outcome) *rubric.Rubric {
	if o.Rubric != "" {
		r, err := rubric.Load(o.Rubric)
		if err != nil {
			out.Problems = append(out.Problems, resultsProblems(o.Rubric, err)...)
			return nil
		}
		return r
	}
	named := map[string][]string{} // rubric ref → files naming it
	var order []string
	note := func(ref, file string) {
		k := strings.ToLower(ref)
		if _, ok := named[k]; !ok {
			order = append(order, ref)
		}
		named[k] = append(named[k], file)
	}
	// Peeked with the pool that reads them: one after another, a
	// national round's 500 workbooks took a second before any was read.
	type peeked struct {
		ref string
		err error
	}
	for i, p := range each(books, o.Jobs, func(b string) peeked {
		ref, err := peekFile(b, o)
		return peeked{ref, err}
	}) {
		if p.err == nil && p.ref != "" {
			note(p.ref, books[i])
		}
	}
	for _, p := range prior {
		note(p.res.Rubric.Ref(), p.path)
	}
	switch len(order) {
	case 0:
		id := rubric.DefaultID
		if o.DefaultRubric != "" {
			id = o.DefaultRubric
		}
		r, err := rubric.Builtin(id)
		if err != nil {
			out.Problems = append(out.Problems, resultsProblems(id, err)...)
			return nil
		}
		out.Problems.Add(msg.Problem{Severity: msg.Notice, Key: msg.IngestDefaultRubric, Args: []any{r.Ref(), r.Version}})
		return r
	case 1:
		ref := order[0]
		for _, p := range prior {
			if strings.EqualFold(p.res.Rubric.Ref(), ref) {
				return p.res.Rubric
			}
		}
		if !rubric.IsBuiltin(ref) {
			out.Problems.Add(msg.Problem{File: named[strings.ToLower(ref)][0], Key: msg.IngestRubricNotBuiltin,
				Args: []any{ref}, Hint: msg.HintPassRubric, HintArgs: []any{ref}})
			return nil
		}
		r, err := rubric.Builtin(ref)
		if err != nil {
			out.Problems = append(out.Problems, resultsProblems(ref, err)...)
			return nil
		}
		return r
	}
	var list []string
	for _, ref := range order {
		list = append(list, ref+" ("+strings.Join(named[strings.ToLower(ref)], ", ")+")")
	}
	out.Problems.Add(msg.Problem{Key: msg.IngestManyRubrics, Args: []any{strings.Join(list, "; ")}, Hint: msg.HintPickRubric})
	return nil
}

// sameRubric reports whether a workbook's rubric reference names r.
func sameRubric(ref string, r *rubric.Rubric) bool {
	ref = strings.TrimSpace(ref)
	return strings.EqualFold(ref, r.Ref()) || (r.Variant == "" && strings.EqualFold(ref, r.ID))
}

// each applies fn to every path with a pool of jobs goroutines (0: the
// number of CPUs) and returns the results in path order.
func each[T any](paths []string, jobs int, fn func(string) T) []T {
	out := make([]T, len(paths))
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	if jobs = min(jobs, len(paths)); jobs <= 1 {
		for i, p := range paths {
			out[i] = fn(p)
		}
		return out
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(paths); i = int(next.Add(1) - 1) {
				out[i] = fn(paths[i])
			}
		}()
	}
	wg.Wait()
	return out
}

// readBooks reads workbooks with a bounded pool and hands each to merge
// in input order, as soon as it and every file before it are read. A
// file merged is dropped: what merging does not keep (a unit's survey
// responses, read into a fragment of their own, a copy of a unit) is
// garbage at once instead of living until the last file is read — a
// national round's 500 workbooks held 110 MB of survey fragments at the
// end.
func readBooks(paths []string, r *rubric.Rubric, o Options, units []xlsform.Unit, merge func(*sheet.File)) {
	jobs := o.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	out := make([]*sheet.File, len(paths))
	ready := make(chan int, len(paths))
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	next := make(chan int)
	for w := 0; w < min(jobs, len(paths)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = readFile(paths[i], r, o, units)
				if o.Progress != nil {
					mu.Lock()
					done++
					o.Progress(done, len(paths))
					mu.Unlock()
				}
				ready <- i
			}
		}()
	}
	go func() {
		for i := range paths {
			next <- i
		}
		close(next)
	}()
	have := make([]bool, len(paths))
	n := 0
	for range paths {
		have[<-ready] = true
		for n < len(paths) && have[n] {
			f := out[n]
			out[n] = nil
			merge(f)
			n++
		}
	}
	wg.Wait()
}
