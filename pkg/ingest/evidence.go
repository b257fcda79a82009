package ingest

import (
	"bytes"
	"slices"

	"github.com/kepatuhan/kepatuhan/pkg/evidence"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/oserr"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/submissions"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// gatherEvidence gives the units' answers their evidence (package
// evidence): references resolved in the evidence folder (Options.Evidence),
// the pictures placed in the workbooks read, the media of ODK exports. A
// file with an error in its evidence (a required file not found) is
// invalid, as for any other error in it.
func gatherEvidence(o Options, r *rubric.Rubric, books []string, units []results.Unit, out *Outcome) {
	probs := gatherProblems(o, r, books, units)
	for _, p := range probs {
		if p.Severity == msg.Error && p.File != "" && !slices.Contains(out.Rejected, p.File) {
			out.Rejected = append(out.Rejected, p.File)
		}
	}
	out.Problems = append(out.Problems, probs...)
}

func gatherProblems(o Options, r *rubric.Rubric, books []string, units []results.Unit) msg.Problems {
	var probs msg.Problems
	var folder *evidence.Folder
	if o.Evidence != "" {
		f, err := evidence.OpenFolder(o.Evidence)
		if err != nil {
			reason := oserr.Of(err)
			probs.Add(msg.Problem{File: o.Evidence, Key: msg.EvidenceFolder, Args: []any{reason}, Hint: reason.ReadHint()})
			return probs
		}
		defer f.Close()
		folder = f
	}
	var pics []evidence.Picture
	for _, list := range each(books, o.Jobs, func(p string) []evidence.Picture { return pictures(p, o.Engine) }) {
		pics = append(pics, list...)
	}
	return append(probs, evidence.Gather(r, units, evidence.Options{Folder: folder, Pictures: pics, Jobs: o.Jobs})...)
}

// pictures reads the pictures placed in a workbook (none for an export
// or a file that is no workbook: their readers said what they are).
func pictures(path string, engine string) []evidence.Picture {
	if submissions.Sniff(path) != submissions.Workbook {
		return nil
	}
	ps, err := workbook.Pictures(path, workbook.Options{Engine: engine})
	if err != nil {
		return nil
	}
	out := make([]evidence.Picture, 0, len(ps))
	for _, p := range ps {
		in, err := evidence.Inspect(bytes.NewReader(p.Data))
		if err != nil {
			continue
		}
		out = append(out, evidence.Picture{File: path, Sheet: p.Sheet, Row: p.Row, Col: p.Col, Part: p.Part, Info: in})
	}
	return out
}
