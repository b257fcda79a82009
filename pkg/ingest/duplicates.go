package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Two harmless things in a year's folder refused the whole batch with
// "unit DINKES answered in two places with different answers": a copy of
// a file (hasil.json and "hasil (1).json"), and the blank form the
// assessors' forms were made from. They are told for what they are: the
// same file twice (by SHA-256) is read once, and a unit's blank sheet —
// no answer at all — gives way to the unit's answers elsewhere.

// copies remembers the SHA-256 of the files read, to read a copy once.
type copies map[string]string // SHA-256 → the first file with it

// seen reports whether a file with sum was read already, and if so adds
// the notice naming both files.
func (c copies) seen(path, sum string, out *Outcome) bool {
	if sum == "" {
		return false
	}
	if first, ok := c[sum]; ok {
		out.Problems.Add(msg.Problem{Severity: msg.Notice, File: path, Key: msg.IngestSameContent,
			Args: []any{first, sum[:12]}})
		return true
	}
	c[sum] = path
	return false
}

// fileSum is the SHA-256 of the file at path, hex; "" when it cannot be
// read (reading it reports why).
func fileSum(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// blankPart reports whether a fragment holds no answer at all in its
// part (observations or survey responses): a blank form's sheet.
func blankPart(r *rubric.Rubric, u *results.Unit, survey bool) bool {
	for i, ind := range r.Indicators() {
		if (ind.Type == rubric.Surv) != survey || i >= len(u.Indicators) {
			continue
		}
		ir := &u.Indicators[i]
		if ir.Status != results.Missing || strings.TrimSpace(ir.Answer) != "" || ir.Respondents > 0 || roundAnswered(ir) {
			return false
		}
	}
	return true
}

// blanks collects the blank sheets that gave way, by file, for one
// notice per file.
type blanks struct {
	order []string            // files, in the order met
	units map[string][]string // file → unit codes
}

func (b *blanks) add(file, code string) {
	if b.units == nil {
		b.units = map[string][]string{}
	}
	if _, ok := b.units[file]; !ok {
		b.order = append(b.order, file)
	}
	b.units[file] = append(b.units[file], code)
}

// notices says, per file, which units' blank sheets were passed over.
func (b *blanks) notices(out *Outcome) {
	for _, f := range b.order {
		out.Problems.Add(msg.Problem{Severity: msg.Notice, File: f, Key: msg.IngestBlankForm,
			Args: []any{len(b.units[f]), nameList(b.units[f])}, Hint: msg.HintBlankForm})
	}
}

// blankOf returns the file of a fragment's place ("" if none).
func blankOf(fr *sheet.Fragment) string {
	if fr.Where.Sheet == nil {
		return ""
	}
	return fr.Where.Sheet.File
}
