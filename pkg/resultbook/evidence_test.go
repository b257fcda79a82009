package resultbook_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/resultbook"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The Bukti sheet lists every evidence item, and an answer without any;
// the workbook reads back with each answer's evidence as it was.
func TestEvidenceSheet(t *testing.T) {
	rb := contoh(t)
	res := synth(t, rb, 3)
	// Read from a folder of the laptop's: the sheet names the file alone.
	sh := &results.Sheet{File: "/data/2024/penilaian.xlsx", Sheet: "U1"}
	res.Units[0].Indicators[0].SetProof(&results.Proof{Required: 1, Present: 1, Items: []results.EvidenceItem{
		{Kind: rubric.Photo, Ref: "papan.jpg", Path: "U1/papan.jpg", SHA256: strings.Repeat("ab", 32), Size: 2048,
			Status: results.Found, Source: results.Place{Sheet: sh, Row: 14, Col: 7}, Width: 480, Height: 360, Slot: 1},
		{Kind: rubric.Document, Ref: "sk.pdf", Status: results.Absent, Source: results.Place{Sheet: sh, Row: 14, Col: 7}},
		{Kind: rubric.Photo, Ref: "xl/media/image1.jpeg", Embedded: true, SHA256: strings.Repeat("cd", 32), Size: 100,
			Status: results.Found, Problem: results.ProblemUndecodable, Source: results.Place{Sheet: sh, Row: 15, Col: 7}},
	}})
	res.Units[1].Indicators[1].SetProof(&results.Proof{Required: 1, Flag: results.Without})
	path := write(t, res, msg.ID)
	f := open(t, path)
	rows, err := f.GetRows("Bukti")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 {
		t.Fatalf("%d rows: %q", len(rows), rows)
	}
	if got := strings.Join(rows[1], "|"); !strings.Contains(got, "papan.jpg|U1/papan.jpg|ada||2048|"+strings.Repeat("ab", 32)+"|penilaian.xlsx › U1 › G14") || strings.Contains(got, "/data/") {
		t.Errorf("row of the photo: %s", got)
	}
	// In the workbook's language, as the card says them: no state or
	// problem in the results JSON's words, no part of the file's zip.
	if got := strings.Join(rows[2], "|"); !strings.Contains(got, "sk.pdf||tidak ada|") {
		t.Errorf("row of the missing document: %s", got)
	}
	if got := strings.Join(rows[3], "|"); !strings.Contains(got, "gambar di sel G15||ada|rusak, tidak ditampilkan|100|") {
		t.Errorf("row of the picture in the workbook: %s", got)
	}
	if got := strings.Join(rows[4], "|"); !strings.Contains(got, "tanpa bukti wajib") {
		t.Errorf("row of the answer without evidence: %s", got)
	}
	back, err := resultbook.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range [][2]int{{0, 0}, {1, 1}} {
		a, b := res.Units[k[0]].Indicators[k[1]].Proof(), back.Units[k[0]].Indicators[k[1]].Proof()
		if b == nil || len(a.Items) != len(b.Items) || a.Required != b.Required || a.Flag != b.Flag {
			t.Fatalf("read back %+v, want %+v", b, a)
		}
		for i := range a.Items {
			x, y := a.Items[i], b.Items[i]
			if x.Source.String() != y.Source.String() {
				t.Errorf("source %s, want %s", y.Source, x.Source)
			}
			x.Source, y.Source = results.Place{}, results.Place{}
			if !reflect.DeepEqual(x, y) {
				t.Errorf("item back %+v, want %+v", y, x)
			}
		}
	}
}
