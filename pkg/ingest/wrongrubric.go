package ingest

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// A workbook read against the wrong rubric (2019 forms scored with
// --rubric ombudsman-2023) is one mistake, not two hundred: a workbook
// whose Rubrik header names another rubric is refused in one line
// whatever else its sheets hold, and one whose indicator codes are
// mostly unknown to the rubric gets one line saying which built-in they
// belong to, instead of an "unknown code, did you mean …" per cell.

// checkBook returns the problems to report for a workbook read against
// r, and whether nothing from it may be scored.
func checkBook(f *sheet.File, r *rubric.Rubric, force bool) (msg.Problems, bool) {
	f.Problems = withoutOwnSheets(f)
	if f.Rubric != "" && !sameRubric(f.Rubric, r) {
		p := msg.Problem{File: f.Input.Path, Sheet: sheetOf(f.RubricAt), Cell: f.RubricAt.Cell(),
			Key: msg.IngestWorkbookRubric, Args: []any{f.Rubric, r.Ref()}, Hint: msg.HintForceRubric, HintArgs: []any{f.Rubric}}
		if !force {
			// Checked first: what the sheets say against the wrong rubric
			// is noise.
			return msg.Problems{p}, true
		}
		p.Severity, p.Hint, p.HintArgs = msg.Notice, "", nil
		ps := append(msg.Problems{p}, unknownCodes(f, r)...)
		return ps, ps.HasErrors()
	}
	ps := unknownCodes(f, r)
	bad := ps.HasErrors()
	if !bad && f.RubricHash != "" && f.RubricHash != r.Hash() && (f.Rubric == "" || sameRubric(f.Rubric, r)) {
		// A form made from an edited copy of this rubric (the same id): its
		// answers read, the scores this rubric's; said, never silent.
		ps.Add(msg.Problem{Severity: msg.Notice, File: f.Input.Path,
			Key: msg.IngestFormRubricChanged, Args: []any{r.Ref(), rubric.ShortHash(f.RubricHash), rubric.ShortHash(r.Hash())}, Hint: msg.HintFormRubricChanged})
	}
	if !bad && f.RubricVersion != "" && f.RubricVersion != r.Version && f.Rubric != "" {
		ps.Add(msg.Problem{Severity: msg.Notice, File: f.Input.Path, Sheet: sheetOf(f.RubricAt),
			Key: msg.IngestRubricVersion, Args: []any{f.RubricVersion, r.Ref(), r.Version}})
	}
	return ps, bad
}

// unknownCodes returns the file's problems, with its unknown indicator
// codes summed up in one line when they are most of its codes (and at
// least five: a few typos keep their "did you mean"): which
// built-in rubric holds them, if one does.
func unknownCodes(f *sheet.File, r *rubric.Rubric) msg.Problems {
	var unknown []string // distinct, in the order met
	seen := map[string]bool{}
	for _, p := range f.Problems {
		if (p.Key == msg.SheetUnknownIndicator || p.Key == msg.SheetWideUnknownCode) && len(p.Args) > 0 {
			c, _ := p.Args[0].(string)
			if k := rubric.CodeKey(c); k != "" && !seen[k] {
				seen[k] = true
				unknown = append(unknown, c)
			}
		}
	}
	known := map[string]bool{}
	inds := r.Indicators()
	for _, fr := range f.Fragments {
		for i := range fr.Unit.Indicators {
			if src := fr.Unit.Indicators[i].Source; i < len(inds) && src.Sheet != nil && src.Col > 0 {
				known[rubric.CodeKey(inds[i].Code)] = true
			}
		}
	}
	if len(unknown) < 5 || len(unknown) <= len(known) {
		return f.Problems
	}
	out := make(msg.Problems, 0, len(f.Problems))
	for _, p := range f.Problems {
		if p.Key != msg.SheetUnknownIndicator && p.Key != msg.SheetWideUnknownCode {
			out = append(out, p)
		}
	}
	total := len(unknown) + len(known)
	all := append([]string{}, unknown...)
	for k := range known {
		all = append(all, k)
	}
	best, matched := bestBuiltin(all, r)
	p := msg.Problem{File: f.Input.Path}
	if best != "" && matched*5 >= total*4 {
		p.Key, p.Args = msg.IngestRubricSeems, []any{len(unknown), total, r.Ref(), best, matched, total}
		p.Hint, p.HintArgs = msg.HintRubricSeems, []any{best}
	} else {
		examples := unknown[:min(3, len(unknown))]
		p.Key, p.Args = msg.IngestCodesUnknown, []any{len(unknown), total, r.Ref(), strings.Join(examples, ", ")}
		p.Hint = msg.HintCodesUnknown
	}
	return append(msg.Problems{p}, out...)
}

// bestBuiltin returns the built-in rubric other than r holding most of
// codes, and how many it holds.
func bestBuiltin(codes []string, r *rubric.Rubric) (string, int) {
	all, err := rubric.Builtins()
	if err != nil {
		return "", 0
	}
	best, most := "", 0
	for _, b := range all {
		if strings.EqualFold(b.ID, r.ID) {
			continue
		}
		n := 0
		for _, c := range codes {
			if _, ok := b.Indicator(c); ok {
				n++
			}
		}
		if n > most {
			best, most = b.ID, n
		}
	}
	return best, most
}
