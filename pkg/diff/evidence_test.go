package diff_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// For an indicator met in both years, a file of last year's evidence
// that changed (another SHA-256 under its name) or is gone (nothing of
// that name nor of that content) is noted; a renamed file of the same
// content is not; an indicator no longer met is a flip, not a note.
func TestEvidenceBetweenYears(t *testing.T) {
	r, err := rubric.Builtin("ombudsman-2019")
	if err != nil {
		t.Fatal(err)
	}
	mk := func() *results.Results {
		u := synth(t, r, "DINKES", "Dinas Kesehatan", 1)
		return &results.Results{Tool: "t", Rubric: r, Units: []results.Unit{u}}
	}
	old, nw := mk(), mk()
	item := func(path, sum string) results.EvidenceItem {
		return results.EvidenceItem{Kind: rubric.Photo, Ref: path, Path: path, SHA256: sum, Status: results.Found}
	}
	proof := func(items ...results.EvidenceItem) *results.Proof { return &results.Proof{Items: items} }
	ou, nu := &old.Units[0], &nw.Units[0]
	ou.Indicators[0].SetProof(proof(item("DINKES/a.jpg", "aa"), item("DINKES/b.jpg", "bb"), item("DINKES/c.jpg", "cc")))
	nu.Indicators[0].SetProof(proof(item("dinkes/A.JPG", "a2"), item("DINKES/c-baru.jpg", "cc")))
	ou.Indicators[1].SetProof(proof(item("DINKES/d.jpg", "dd")))
	nu.Indicators[1].Status = results.NotMet // no longer met: a flip
	rep := diff.Compare(old, nw, diff.Options{})
	got := rep.Units[0].Evidence
	want := []diff.EvidenceChange{
		{Indicator: "SP-01", Change: diff.EvidenceChanged, Ref: "DINKES/a.jpg", OldSHA256: "aa", NewSHA256: "a2"},
		{Indicator: "SP-01", Change: diff.EvidenceGone, Ref: "DINKES/b.jpg", OldSHA256: "bb"},
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("changes %+v, want %+v", got, want)
	}
	for _, f := range []diff.Format{diff.Table{}, diff.JSON{}, diff.PDF{}} {
		var b bytes.Buffer
		if err := f.Write(&b, rep, diff.RenderOptions{Lang: msg.ID}); err != nil {
			t.Fatal(err)
		}
		if _, ok := f.(diff.PDF); ok {
			continue // rendered without error; its text is the table's
		}
		for _, s := range []string{"DINKES/a.jpg", "DINKES/b.jpg"} {
			if !strings.Contains(b.String(), s) {
				t.Errorf("%T does not name %s", f, s)
			}
		}
	}
}
