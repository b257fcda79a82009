package submissions

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// reader reads one export.
type reader struct {
	r    *rubric.Rubric
	o    Options
	f    *sheet.File
	kind Kind

	plan  *xlsform.Plan            // a kepatuhan form's, else nil
	list  map[string]*xlsform.Unit // the unit list, by code key
	codes []string                 // the unit list's codes, for hints

	parsed map[parseKey]parseResult
	ids    map[string]results.Place // submission id → where first seen
	// observation visits by unit key, in order
	visits map[string]*visit
	order  []*visit
	// respondents pooled by unit key, in order
	surv      map[string]*sheet.Fragment
	survOrder []*sheet.Fragment
	survSeen  map[string]results.Place // unit key → its first respondent row
	// parents of repeat rows, by "i"+_index and "u"+id
	parents map[string]*parent
	stamps  map[string]bool // rubric stamps already reported
	// notes and photos of the row being read, by indicator index, and
	// the indicators that have some
	notes   []string
	photos  [][]Media
	touched []int
	// media of every visit read, in order (those of dropped visits are
	// left out at the end), and whose visit each is
	media   []Media
	mediaOf []*visit
	// units hands out the result slices of new units
	units unitSlab
	// parents: whether repeat tables will need their parent rows
	needParents bool
}

// visit is one unit's observation submission.
type visit struct {
	fr      *sheet.Fragment
	sub     submission
	dropped bool // replaced by a later submission (--latest)
}

// submission is how a message names a submission.
type submission struct {
	id   string
	time string // as the export writes it
	row  int
	at   results.Place // its unit cell
}

func (s submission) shownID() string {
	if s.id == "" {
		return "—"
	}
	return s.id
}

func (s submission) shownTime() string {
	if s.time == "" {
		return "—"
	}
	return s.time
}

// parent is a main row as repeat rows see it.
type parent struct {
	unit  string // the unit's key; "" when the row was left out or invalid
	visit *visit // its visit (observation forms)
}

type parseKey struct {
	ind  *rubric.Indicator
	f    *xlsform.Field
	text string
}

type parseResult struct {
	p      score.Parsed
	answer string // the answer text the value stands for
	prob   *msg.Problem
}

func newReader(path string, r *rubric.Rubric, o Options, kind Kind) *reader {
	x := &reader{
		r: r, o: o, kind: kind,
		f:      &sheet.File{Input: results.Input{Path: path, Name: filepath.Base(path)}},
		parsed: map[parseKey]parseResult{}, ids: map[string]results.Place{},
		visits: map[string]*visit{}, surv: map[string]*sheet.Fragment{}, survSeen: map[string]results.Place{},
		parents: map[string]*parent{}, stamps: map[string]bool{},
		notes: make([]string, len(r.Indicators())), photos: make([][]Media, len(r.Indicators())),
	}
	if o.Units != nil {
		x.list = map[string]*xlsform.Unit{}
		for i := range o.Units {
			u := &o.Units[i]
			x.list[rubric.CodeKey(u.Code)] = u
			x.list[rubric.CodeKey(xlsform.UnitChoice(u.Code))] = u
			x.codes = append(x.codes, u.Code)
		}
	}
	return x
}

// problem adds a problem located at row, col (1-based; row 0: the table)
// of t.
func (x *reader) problem(sev msg.Severity, t *table, row, col int, key msg.Key, args ...any) *msg.Problem {
	p := msg.Problem{Severity: sev, Key: key, Args: args, File: x.f.Input.Path}
	if t != nil {
		p.Sheet = t.name
		if row > 0 {
			p.Cell = t.place(row, col).Cell()
		}
	}
	x.f.Problems = append(x.f.Problems, p)
	return &x.f.Problems[len(x.f.Problems)-1]
}

func codeHint(p *msg.Problem, r *rubric.Rubric, t string) {
	codes := make([]string, 0, len(r.Indicators()))
	for _, ind := range r.Indicators() {
		codes = append(codes, ind.Code)
	}
	if near, ok := suggest.Nearest(t, codes); ok {
		p.Hint, p.HintArgs = msg.HintDidYouMean, []any{near}
	} else {
		p.Hint, p.HintArgs = msg.HintRubricCodes, []any{r.Ref()}
	}
}

// Read reads the export at path (a KoboCSV, ODKCSV or ODKZip, as Sniff
// says) against r. It never returns nil; problems are in File.Problems.
func Read(path string, kind Kind, r *rubric.Rubric, o Options) *Export {
	x := newReader(path, r, o, kind)
	hashed := startHash(path)
	var err error
	switch kind {
	case ODKZip:
		err = x.readZip(path)
	default:
		err = x.readCSV(path)
	}
	return x.finish(hashed, err)
}

// ReadBook reads a KoboToolbox xlsx export the caller has opened (and
// closes afterwards).
func ReadBook(path string, book workbook.Book, r *rubric.Rubric, o Options) *Export {
	x := newReader(path, r, o, Workbook)
	hashed := startHash(path)
	return x.finish(hashed, x.readBook(path, book))
}

func (x *reader) finish(hashed func() (string, int64, error), err error) *Export {
	if err != nil {
		x.f.Problems.Add(readProblem(x.f.Input.Path, err))
	}
	sum, n, herr := hashed()
	if herr != nil {
		x.f = &sheet.File{Input: x.f.Input}
		x.f.Problems.Add(readProblem(x.f.Input.Path, herr))
		return &Export{File: x.f, Kind: x.kind}
	}
	x.f.Input.SHA256, x.f.Input.Size = sum, n
	e := &Export{File: x.f, Kind: x.kind}
	x.f.Fragments = make([]*sheet.Fragment, 0, len(x.order)+len(x.survOrder))
	for _, v := range x.order {
		x.f.Fragments = append(x.f.Fragments, v.fr)
	}
	x.f.Fragments = append(x.f.Fragments, x.survOrder...)
	e.Media = x.media[:0]
	for i, m := range x.media {
		if !x.mediaOf[i].dropped {
			e.Media = append(e.Media, m)
		}
	}
	return e
}

// readProblem words an error reading an export.
func readProblem(path string, err error) msg.Problem {
	var ps *msg.Problem
	if errors.As(err, &ps) {
		return *ps
	}
	var oe *workbook.OpenError
	if errors.As(err, &oe) || errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission) {
		return sheet.OpenProblem(path, err)
	}
	var ce *csvError
	if errors.As(err, &ce) {
		p := msg.Problem{File: path, Sheet: ce.entry, Key: msg.PhoneCSVBad, Args: []any{ce.err.Error()}}
		return p
	}
	return msg.Problem{File: path, Key: msg.FileCorrupt, Args: []any{err.Error()}, Hint: msg.HintFileCorrupt}
}

// csvError is a CSV that could not be parsed.
type csvError struct {
	entry string
	err   error
}

func (e *csvError) Error() string { return e.err.Error() }

// startHash starts hashing the file and returns the wait for its SHA-256
// and size.
func startHash(path string) func() (string, int64, error) {
	type result struct {
		sum string
		n   int64
		err error
	}
	ch := make(chan result, 1)
	go func() {
		fh, err := os.Open(path)
		if err != nil {
			ch <- result{err: err}
			return
		}
		defer fh.Close()
		h := sha256.New()
		n, err := io.Copy(h, fh)
		ch <- result{hex.EncodeToString(h.Sum(nil)), n, err}
	}()
	return func() (string, int64, error) {
		r := <-ch
		return r.sum, r.n, r.err
	}
}

// readCSV reads a Kobo CSV or an ODK main CSV.
func (x *reader) readCSV(path string) error {
	data, err := readCSVFile(path)
	if err != nil {
		return err
	}
	t, err := csvTable(data, path, "")
	if err != nil {
		return &csvError{err: err}
	}
	return x.readTables(t, nil)
}

// readBook reads a Kobo workbook: the first visible sheet holds the
// submissions, later ones with a parent column the repeat groups' rows.
func (x *reader) readBook(path string, book workbook.Book) error {
	var main *table
	var repeats []*table
	for _, s := range book.Sheets() {
		if !s.Visible {
			continue
		}
		t, err := sheetTable(book, path, s.Name)
		if err != nil {
			return err
		}
		if main == nil {
			main = t
			continue
		}
		if has(t.header, "_parent_index") || has(t.header, "_submission__uuid") {
			repeats = append(repeats, t)
		}
	}
	if main == nil {
		return nil
	}
	return x.readTables(main, repeats)
}

// readCSVFile reads a CSV export whole: at most maxEntry bytes, as an
// export's CSVs inside a zip.
func readCSVFile(path string) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, maxEntry+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxEntry {
		return nil, &msg.Problem{File: path, Key: msg.FileTooLarge, Args: []any{"CSV > 1 GiB"}, Hint: msg.HintFileTooLarge}
	}
	return data, nil
}
