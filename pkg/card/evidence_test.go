package card

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/evidence"
	fx "github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

const evidenceCardRubric = `schema: kepatuhan/rubric/v1
id: bukti-kartu
version: "1"
title: Bukti
scale: {min: 0, max: 100}
bands:
  - {min: 0, label: {id: Rendah, en: Low}, zone: merah}
  - {min: 51, label: {id: Tinggi, en: High}, zone: hijau}
indicators:
  - {code: A, text: Maklumat dipampang, type: check, without_evidence: unproven,
     evidence: [{kind: photo, description: Foto maklumat}, {kind: document, description: SK maklumat}]}
  - {code: B, text: Papan persyaratan, type: check, evidence: [{kind: photo, description: Foto papan persyaratan}]}
  - {code: C, text: Ruang tunggu, type: check, evidence: [{kind: photo, description: Foto ruang tunggu, required: false}]}
`

// A card with 20 phone photos: each embedded (upright, downscaled), the
// file under 3 MB; the unproven finding says "tidak terbukti" and what
// is missing; the answer without its evidence is listed; the appendix
// lists every item with its SHA-256 and where it was read, whole.
func TestEvidenceCard(t *testing.T) {
	r, err := rubric.Parse("bukti.yaml", []byte(evidenceCardRubric))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	sh := &results.Sheet{File: "penilaian.xlsx", Sheet: "DINKES"}
	if err := os.Mkdir(filepath.Join(dir, "DINKES"), 0o755); err != nil {
		t.Fatal(err)
	}
	u := score.NewUnit(r, "DINKES")
	u.Name, u.Period = "Dinas Kesehatan", "2024"
	for i := range u.Indicators {
		u.Indicators[i].Status, u.Indicators[i].Value, u.Indicators[i].Answer = results.Answered, 1, "Ya"
		u.Indicators[i].Source = results.Place{Sheet: sh, Row: int32(10 + i), Col: 5}
	}
	var items []results.EvidenceItem
	for k := range 20 {
		name := fmt.Sprintf("foto-%02d.jpg", k+1)
		orient := 0
		if k == 0 {
			orient = 6
		}
		data := fx.Photo(1280, 960, k+1, orient)
		if err := os.WriteFile(filepath.Join(dir, "DINKES", name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		in, _ := evidence.Inspect(bytes.NewReader(data))
		items = append(items, results.EvidenceItem{Kind: rubric.Photo, Ref: name, Path: "DINKES/" + name, Status: results.Found,
			SHA256: in.SHA256, Size: in.Size, Width: in.Width, Height: in.Height, Source: results.Place{Sheet: sh, Row: 12, Col: 7}})
	}
	u.Indicators[0].SetProof(&results.Proof{Items: []results.EvidenceItem{items[0]}}) // A: the SK is missing
	u.Indicators[2].SetProof(&results.Proof{Items: items[1:]})                        // C: 19 photos
	score.Unit(r, &u)                                                                 // B: nothing
	if u.Indicators[0].Status != results.NotMet || u.Indicators[1].EvidenceFlag() != results.Without {
		t.Fatalf("scored %v %v", u.Indicators[0].Status, u.Indicators[1].EvidenceFlag())
	}
	res := &results.Results{Tool: "kepatuhan test", Rubric: r, Units: []results.Unit{u}}
	ph := evidence.NewPhotos(dir, "")
	defer ph.Close()
	data, err := Render(res, &res.Units[0], Options{Lang: msg.ID, Photos: ph})
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(data, []byte("/Subtype /Image")); n != 20 {
		t.Errorf("%d photos embedded, want 20", n)
	}
	t.Logf("a card of 20 photos: %d bytes", len(data))
	if len(data) > 3<<20 {
		t.Errorf("a card of 20 photos is %d bytes", len(data))
	}
	again, err := Render(res, &res.Units[0], Options{Lang: msg.ID, Photos: ph})
	if err != nil || !bytes.Equal(again, data) {
		t.Errorf("the card with photos is not the same bytes twice (%v)", err)
	}
	if len(ph.Problems()) > 0 {
		t.Errorf("problems: %v", ph.Problems())
	}
	path := filepath.Join(t.TempDir(), "DINKES.pdf")
	os.WriteFile(path, data, 0o644)
	text := squash(pdftotext(t, path))
	mustContain(t, "card", text, "TIDAK TERBUKTI, dinilai tidak terpenuhi: ada 1 dari 2 bukti wajib; belum ada: SK maklumat",
		"Dijawab tanpa bukti wajib (1)", "Papan persyaratan (jawaban: Ya). Ada 0 dari 1 bukti wajib; belum ada: Foto papan persyaratan",
		"Foto bukti (20)", "Lampiran: daftar bukti dukung (20)", items[5].SHA256[:32], items[5].SHA256[32:],
		"foto-01.jpg — foto, ada")
	// Where an item was read is whole, on as many lines as it takes
	// (pdftotext reads the hash column's second line in between).
	if !regexp.MustCompile(`berkas DINKES/foto-06\.jpg · lembar DINKES sel( [0-9a-f]{32})? G12 `).MatchString(text) {
		t.Error("the appendix cuts where foto-06.jpg was read")
	}
	// Without photos the card still lists the evidence, and embeds none.
	plain, err := Render(res, &res.Units[0], Options{Lang: msg.ID})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte("/Subtype /Image")) {
		t.Error("photos embedded without Options.Photos")
	}
	if !strings.Contains(string(data), "/Subtype /Image") {
		t.Error("no image")
	}
}
