package evidence

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

const gatherRubric = `schema: kepatuhan/rubric/v1
id: g
version: "1"
title: G
scale: {min: 0, max: 100}
bands: [{min: 0, label: R}]
indicators:
  - {code: A, text: A, type: check, evidence: [{kind: photo, description: Foto}, {kind: document, description: SK}]}
  - {code: B, text: B, type: check}
  - {code: C, text: C, type: check, evidence: true}
`

func TestGather(t *testing.T) {
	rb, err := rubric.Parse("g.yaml", []byte(gatherRubric))
	if err != nil {
		t.Fatal(err)
	}
	photo := fixture.Photo(64, 48, 1, 0)
	dir, f := folder(t, map[string][]byte{
		"DINKES/maklumat.jpg": photo,
		"DINKES/sk.pdf":       []byte("%PDF-1.4 sk"),
		"DINKES/palsu.jpg":    []byte("%PDF-1.4 not a photo"),
		"DINKES_B_papan.jpg":  photo, // named after the unit and indicator
		"iphone.heic":         heifHead,
	})
	_ = dir
	sh := &results.Sheet{File: "penilaian.xlsx", Sheet: "DINKES"}
	u := score.NewUnit(rb, "DINKES")
	set := func(i int, ev string, row int32) {
		u.Indicators[i].Status, u.Indicators[i].Value = results.Answered, 1
		u.Indicators[i].Source = results.Place{Sheet: sh, Row: row, Col: 5}
		if ev != "" {
			u.Indicators[i].SetRemark(&results.Remark{Evidence: ev, EvidenceAt: results.Place{Sheet: sh, Row: row, Col: 7}})
		}
	}
	set(0, "maklumat.jpg; SK.PDF\nhttps://dinkes.contoh.go.id", 10)
	set(1, "hilang.pdf; palsu.jpg; iphone.heic", 11)
	set(2, "../rahasia.jpg", 12)
	units := []results.Unit{u}
	pics := []Picture{{File: "penilaian.xlsx", Sheet: "DINKES", Row: 10, Col: 8, Part: "xl/media/image1.png",
		Info: Info{SHA256: "ab", Size: 3, Format: "png", Width: 5, Height: 5}}}
	probs := Gather(rb, units, Options{Folder: f, Pictures: pics})
	a := units[0].Indicators[0].Proof()
	if a == nil || len(a.Items) != 4 {
		t.Fatalf("A: %+v", a)
	}
	if it := a.Items[0]; it.Status != results.Found || it.Path != "DINKES/maklumat.jpg" || it.Kind != rubric.Photo ||
		it.Width != 64 || it.SHA256 == "" || it.Source.String() != "penilaian.xlsx › DINKES › G10" {
		t.Errorf("A's photo: %+v", it)
	}
	if it := a.Items[1]; it.Status != results.Found || it.Kind != rubric.Document || it.Path != "DINKES/sk.pdf" {
		t.Errorf("A's SK: %+v", it)
	}
	if it := a.Items[2]; it.Status != results.Linked || it.Kind != rubric.Link {
		t.Errorf("A's link: %+v", it)
	}
	if it := a.Items[3]; !it.Embedded || it.Ref != "xl/media/image1.png" || it.Source.Cell() != "H10" {
		t.Errorf("A's picture: %+v", it)
	}
	b := units[0].Indicators[1].Proof()
	if b == nil || len(b.Items) != 4 {
		t.Fatalf("B: %+v", b)
	}
	if b.Items[0].Status != results.Absent || b.Items[1].Problem != results.ProblemNotImage || b.Items[1].Kind != rubric.Document ||
		b.Items[2].Problem != results.ProblemHEIC || b.Items[3].Path != "DINKES_B_papan.jpg" || b.Items[3].Source.Sheet != nil {
		t.Errorf("B: %+v", b.Items)
	}
	c := units[0].Indicators[2].Proof()
	if c == nil || c.Items[0].Status != results.Absent || c.Items[0].Problem != results.ProblemOutside {
		t.Fatalf("C: %+v", c)
	}
	// Messages: the missing file of B is a notice (B requires nothing);
	// the reference of C leading outside is an error (C requires
	// evidence); the non-image and the HEIC are notices.
	want := map[msg.Key]msg.Severity{msg.EvidenceMissing: msg.Notice, msg.EvidenceNotImage: msg.Notice,
		msg.EvidenceHEIC: msg.Notice, msg.EvidenceOutside: msg.Error}
	for _, p := range probs {
		sev, ok := want[p.Key]
		if !ok || sev != p.Severity {
			t.Errorf("unexpected %v %s", p.Severity, p.Text(msg.EN))
		}
		delete(want, p.Key)
	}
	if len(want) > 0 {
		t.Errorf("missing problems %v; got %v", want, probs)
	}
	for _, p := range probs {
		if p.Key == msg.EvidenceOutside && p.Cell != "G12" {
			t.Errorf("outside at %s", p.Where())
		}
	}
	// Scoring then fills A's items: both required present.
	score.Unit(rb, &units[0])
	if a.Required != 2 || a.Present != 2 || a.Flag != results.NoFlag {
		t.Errorf("A scored: %+v", a)
	}
}

// Without an evidence folder, file references are listed unchecked and
// nothing is said; an ODK export's zip holds its photos under media/.
func TestGatherNoFolderAndZipMedia(t *testing.T) {
	rb, _ := rubric.Parse("g.yaml", []byte(gatherRubric))
	zpath := filepath.Join(t.TempDir(), "submissions.csv.zip")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("media/1700000000.jpg")
	w.Write(fixture.Photo(32, 24, 5, 0))
	zw.Close()
	os.WriteFile(zpath, buf.Bytes(), 0o644)
	sh := &results.Sheet{File: zpath, Sheet: "submissions.csv"}
	u := score.NewUnit(rb, "DINKES")
	u.Indicators[0].SetRemark(&results.Remark{Evidence: "1700000000.jpg; sk.pdf", EvidenceAt: results.Place{Sheet: sh, Row: 2, Col: 9}})
	units := []results.Unit{u}
	if probs := Gather(rb, units, Options{}); len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	items := units[0].Indicators[0].Proof().Items
	if !items[0].Embedded || items[0].Ref != "media/1700000000.jpg" || items[0].Status != results.Found || items[0].Width != 32 {
		t.Errorf("zip media: %+v", items[0])
	}
	if items[1].Status != results.Unchecked || items[1].Kind != rubric.Document {
		t.Errorf("unchecked: %+v", items[1])
	}
	// The card can show the zip's photo.
	p := NewPhotos("", "")
	if _, ok := p.Thumb(&items[0]); !ok {
		t.Errorf("zip photo not shown: %v", p.Problems())
	}
}
