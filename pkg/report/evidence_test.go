package report_test

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/report"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Evidence completeness: the share of required items present per unit
// and in all, the units lacking most first, a unit with nothing missing
// never named among them.
func TestEvidenceCompleteness(t *testing.T) {
	res := example(t)
	for i := range res.Units {
		for j := range res.Units[i].Indicators {
			res.Units[i].Indicators[j].SetProof(nil)
		}
	}
	set := func(u, ind, required, present int, flag results.EvidenceFlag, items ...results.EvidenceStatus) {
		p := &results.Proof{Required: required, Present: present, Flag: flag}
		for _, st := range items {
			p.Items = append(p.Items, results.EvidenceItem{Kind: rubric.Photo, Ref: "x.jpg", Status: st})
		}
		res.Units[u].Indicators[ind].SetProof(p)
	}
	set(0, 0, 2, 2, results.NoFlag, results.Found, results.Found)   // 100%
	set(1, 0, 2, 1, results.Without, results.Found, results.Absent) // 50%
	set(1, 1, 1, 0, results.Unproven)                               // … 1 of 3
	set(2, 0, 4, 2, results.Without, results.Found, results.Found)  // 50%, more missing
	set(3, 0, 0, 0, results.NoFlag, results.Unchecked)              // nothing required
	rp := report.Build(res, report.Options{})
	ev := rp.Evidence
	if !ev.Any || ev.Required != 9 || ev.Present != 5 {
		t.Fatalf("totals: %+v", ev)
	}
	var order []string
	for _, r := range ev.Units {
		order = append(order, res.Units[r.Unit].Code)
	}
	want := []string{res.Units[1].Code, res.Units[2].Code, res.Units[0].Code}
	if len(order) != 3 || order[0] != want[0] || order[1] != want[1] || order[2] != want[2] {
		t.Fatalf("order %v, want %v", order, want)
	}
	if ev.Lacking != 2 {
		t.Errorf("lacking %d, want 2 (the complete one is not named)", ev.Lacking)
	}
	if r := ev.Units[0]; r.Without != 1 || r.Unproven != 1 || r.Absent != 1 || r.Found != 1 {
		t.Errorf("first row %+v", r)
	}
	if _, err := rp.PDF(); err != nil {
		t.Fatal(err)
	}
}

// The example's report, scored with its evidence folder, has the
// evidence appendix naming the units lacking most.
func TestEvidencePDF(t *testing.T) {
	res := example(t)
	text := renderPDF(t, res, report.Options{})
	if !report.Build(res, report.Options{}).Evidence.Any {
		t.Skip("the example has no evidence")
	}
	ev := between(t, text, "Lampiran: kelengkapan bukti dukung", "Lampiran: nilai setiap unit")
	mustContain(t, "evidence", ev, "Seluruh wilayah:", "unit dengan bukti paling kurang", "Wajib", "Lengkap")
}
