package evidence

import (
	"archive/zip"
	"io"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Picture is a picture placed in a workbook over or in a cell: evidence
// of the answer on that row.
type Picture struct {
	File, Sheet string
	Row, Col    int    // the cell it is anchored at (1-based)
	Part        string // its part in the workbook, "xl/media/image1.png"
	Info        Info
}

// Options tune Gather.
type Options struct {
	Folder   *Folder   // the evidence folder; nil when none was given
	Pictures []Picture // the pictures of the workbooks read
	Jobs     int       // files read at once; 0 means the number of CPUs
}

// maxMedia is the most a picture inside a zip (a workbook, an export)
// may inflate to.
const maxMedia = 512 << 20

// Gather gives every answer of units that has no evidence yet (units read
// from workbooks and exports, not from results files) its evidence items:
// the references of its evidence cell, the pictures on its row, the media
// of an ODK export, and the folder's files named after it. Files are read
// once each, several at once. It returns what is worth saying: a
// reference not found, outside the folder, or not an image where a photo
// is meant — an error where the indicator requires evidence, a notice
// otherwise — and photos that cannot be shown.
func Gather(r *rubric.Rubric, units []results.Unit, o Options) msg.Problems {
	g := &gatherer{o: o, files: map[string]*fileJob{}, zips: map[string]*zipIndex{}}
	defer g.closeZips()
	pics := map[picKey][]Picture{}
	for _, p := range o.Pictures {
		k := picKey{p.File, p.Sheet, p.Row}
		pics[k] = append(pics[k], p)
	}
	inds := r.Indicators()
	for ui := range units {
		u := &units[ui]
		for i, ind := range inds {
			ir := &u.Indicators[i]
			if ir.Proof() != nil {
				continue
			}
			g.answer(ui, u, ind, ir, pics)
		}
	}
	g.run()
	return g.finish(inds, units)
}

type picKey struct {
	file, sheet string
	row         int
}

type gatherer struct {
	o     Options
	files map[string]*fileJob // folder-relative path or "zip\x00file\x00part" → its reading
	order []*fileJob
	zips  map[string]*zipIndex
	refs  []pending // items waiting for their file's reading
	probs msg.Problems
}

type fileJob struct {
	open func() (io.ReadCloser, error)
	info Info
	err  error
}

type pending struct {
	unit, ind int
	item      int // index in the answer's items
	job       *fileJob
	named     rubric.EvidenceKind // the kind the reference's name gives
}

type zipIndex struct {
	zr    *zip.ReadCloser
	media map[string]*zip.File // key(name) → entry under media/
}

func (g *gatherer) job(k string, open func() (io.ReadCloser, error)) *fileJob {
	if j, ok := g.files[k]; ok {
		return j
	}
	j := &fileJob{open: open}
	g.files[k] = j
	g.order = append(g.order, j)
	return j
}

// answer collects one answer's items.
func (g *gatherer) answer(ui int, u *results.Unit, ind *rubric.Indicator, ir *results.IndicatorResult, pics map[picKey][]Picture) {
	var items []results.EvidenceItem
	var waits []pending
	ii := ind.Index()
	add := func(it results.EvidenceItem, j *fileJob) {
		if j != nil {
			waits = append(waits, pending{ui, ii, len(items), j, it.Kind})
		}
		items = append(items, it)
	}
	found := map[string]bool{}
	if ir.Remark() != nil && ir.Remark().Evidence != "" {
		at := ir.Remark().EvidenceAt
		if at.Sheet == nil {
			at = ir.Source
		}
		for _, ref := range Refs(ir.Remark().Evidence) {
			it := results.EvidenceItem{Kind: KindOf(ref), Ref: ref, Source: at}
			switch {
			case it.Kind == rubric.Link:
				it.Status = results.Linked
				add(it, nil)
				continue
			case at.Sheet != nil && strings.EqualFold(path.Ext(at.Sheet.File), ".zip"):
				if zf := g.zipMedia(at.Sheet.File, ref); zf != nil {
					it.Ref, it.Embedded, it.Status = zf.Name, true, results.Found
					add(it, g.job("zip\x00"+at.Sheet.File+"\x00"+zf.Name, zf.Open))
					continue
				}
			}
			if g.o.Folder == nil {
				add(it, nil) // Unchecked
				continue
			}
			rel, prob := g.o.Folder.Lookup(u.Code, ref)
			if rel == "" {
				it.Status, it.Problem = results.Absent, prob
				g.problem(ind, at, missingKey(prob), ref, g.o.Folder.Dir, u.Code)
				add(it, nil)
				continue
			}
			found[rel] = true
			it.Path, it.Status = rel, results.Found
			add(it, g.job(rel, g.folderOpen(rel)))
		}
	}
	for _, p := range pics[picKey{sourceFile(ir.Source), sourceSheet(ir.Source), int(ir.Source.Row)}] {
		sh := ir.Source.Sheet
		it := results.EvidenceItem{Kind: p.Info.Kind(), Ref: p.Part, Embedded: true, Status: results.Found,
			Source: results.Place{Sheet: sh, Row: int32(p.Row), Col: int32(p.Col)},
			SHA256: p.Info.SHA256, Size: p.Info.Size, Width: p.Info.Width, Height: p.Info.Height, Problem: p.Info.Problem}
		if p.Info.Format == "" {
			it.Kind = rubric.Photo // a picture Excel shows, in a format not read here (EMF, SVG)
			it.Problem = results.ProblemFormat
		}
		g.photoProblem(&it, ind.Code)
		items = append(items, it)
	}
	if g.o.Folder != nil {
		for _, rel := range g.o.Folder.Named(u.Code, ind.Code) {
			if found[rel] {
				continue
			}
			found[rel] = true
			add(results.EvidenceItem{Kind: KindOf(rel), Ref: rel, Path: rel, Status: results.Found}, g.job(rel, g.folderOpen(rel)))
		}
	}
	if len(items) == 0 {
		return
	}
	ir.SetProof(&results.Proof{Items: items})
	g.refs = append(g.refs, waits...)
}

func (g *gatherer) folderOpen(rel string) func() (io.ReadCloser, error) {
	return func() (io.ReadCloser, error) { return g.o.Folder.Open(rel) }
}

func missingKey(prob string) msg.Key {
	switch prob {
	case results.ProblemOutside:
		return msg.EvidenceOutside
	case results.ProblemAmbiguous:
		return msg.EvidenceAmbiguous
	case results.ProblemUnreadable:
		return msg.EvidenceUnreadable
	}
	return msg.EvidenceMissing
}

// problem reports an item at its place: an error where the rubric
// requires an item of the reference's kind, a notice otherwise.
func (g *gatherer) problem(ind *rubric.Indicator, at results.Place, key msg.Key, ref, dir, unit string) {
	p := msg.Problem{Severity: msg.Notice, Key: key, Args: []any{ref, dir}, File: sourceFile(at), Sheet: sourceSheet(at), Cell: at.Cell()}
	if requires(ind, KindOf(ref)) && key != msg.EvidenceNotImage {
		p.Severity = msg.Error
	}
	if key == msg.EvidenceMissing {
		p.Hint, p.HintArgs = msg.HintEvidenceLayout, []any{dir, unit, ind.Code}
	}
	g.probs.Add(p)
}

func sourceFile(p results.Place) string {
	if p.Sheet == nil {
		return ""
	}
	return p.Sheet.File
}

func sourceSheet(p results.Place) string {
	if p.Sheet == nil {
		return ""
	}
	return p.Sheet.Sheet
}

// zipMedia finds media/NAME in an export's zip (ODK Central's
// submissions.csv.zip with media).
func (g *gatherer) zipMedia(file, name string) *zip.File {
	zi, ok := g.zips[file]
	if !ok {
		zr, err := zip.OpenReader(file)
		if err == nil {
			zi = &zipIndex{zr: zr, media: map[string]*zip.File{}}
			for _, f := range zr.File {
				if strings.HasPrefix(strings.ToLower(f.Name), "media/") && !strings.HasSuffix(f.Name, "/") {
					zi.media[key(path.Base(f.Name))] = f
				}
			}
		}
		g.zips[file] = zi
	}
	if zi == nil {
		return nil
	}
	return zi.media[key(path.Base(strings.ReplaceAll(name, `\`, "/")))]
}

func (g *gatherer) closeZips() {
	for _, zi := range g.zips {
		if zi != nil {
			zi.zr.Close()
		}
	}
}

// run reads every file once, several at once.
func (g *gatherer) run() {
	jobs := g.o.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	var wg sync.WaitGroup
	next := make(chan *fileJob)
	for range min(jobs, max(len(g.order), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				rc, err := j.open()
				if err != nil {
					j.err = err
					continue
				}
				j.info, j.err = Inspect(io.LimitReader(rc, maxMedia))
				rc.Close()
			}
		}()
	}
	for _, j := range g.order {
		next <- j
	}
	close(next)
	wg.Wait()
}

// finish fills the items with what reading their files told, and says
// what is wrong with them.
func (g *gatherer) finish(inds []*rubric.Indicator, units []results.Unit) msg.Problems {
	for _, w := range g.refs {
		ind := inds[w.ind]
		it := &units[w.unit].Indicators[w.ind].Proof().Items[w.item]
		if w.job.err != nil {
			it.Status, it.Problem, it.Path = results.Absent, results.ProblemUnreadable, ""
			g.problem(ind, it.Source, msg.EvidenceUnreadable, it.Ref, w.job.err.Error(), units[w.unit].Code)
			continue
		}
		in := w.job.info
		it.SHA256, it.Size, it.Width, it.Height, it.Problem = in.SHA256, in.Size, in.Width, in.Height, in.Problem
		it.Kind = in.Kind()
		if w.named == rubric.Photo && in.Format == "" {
			it.Problem = results.ProblemNotImage
			g.problem(ind, it.Source, msg.EvidenceNotImage, it.Ref, ind.Code, "")
			continue
		}
		g.photoProblem(it, ind.Code)
	}
	return g.probs
}

// photoProblem says why a photo cannot be shown on the card (a notice:
// the file is still evidence, listed with its hash).
func (g *gatherer) photoProblem(it *results.EvidenceItem, code string) {
	var p msg.Problem
	switch it.Problem {
	case results.ProblemHEIC:
		p = msg.Problem{Key: msg.EvidenceHEIC, Args: []any{it.Ref}, Hint: msg.HintEvidenceHEIC}
	case results.ProblemTooLarge:
		p = msg.Problem{Key: msg.EvidenceTooLarge, Args: []any{it.Ref, it.Width, it.Height, MaxPixels / 1_000_000}, Hint: msg.HintEvidenceTooLarge}
	case results.ProblemFormat:
		p = msg.Problem{Key: msg.EvidenceFormat, Args: []any{it.Ref}, Hint: msg.HintEvidenceConvert}
	case results.ProblemUndecodable:
		p = msg.Problem{Key: msg.EvidenceUndecodable, Args: []any{it.Ref}, Hint: msg.HintEvidenceConvert}
	default:
		return
	}
	p.Severity, p.File, p.Sheet, p.Cell = msg.Notice, sourceFile(it.Source), sourceSheet(it.Source), it.Source.Cell()
	if it.Source.Sheet == nil && g.o.Folder != nil {
		p.File = filepath.Join(g.o.Folder.Dir, filepath.FromSlash(it.Path))
	}
	g.probs.Add(p)
}

// requires reports whether the indicator requires an item of kind k.
func requires(ind *rubric.Indicator, k rubric.EvidenceKind) bool {
	for _, it := range ind.EvidenceItems() {
		if it.Required && (it.Kind == rubric.AnyKind || it.Kind == k) {
			return true
		}
	}
	return false
}
