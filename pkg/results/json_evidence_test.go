package results_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// An indicator's evidence goes into the JSON and comes back the same;
// a file written without it (every file before evidence) reads with none.
func TestJSONEvidenceRoundTrip(t *testing.T) {
	res := sample(t)
	sh := &results.Sheet{File: "long.xlsx", Sheet: "Rekap"}
	proof := &results.Proof{Required: 2, Present: 1, Flag: results.Unproven, Items: []results.EvidenceItem{
		{Kind: rubric.Photo, Ref: "maklumat.jpg", Path: "DISDUK/maklumat.jpg", SHA256: strings.Repeat("cd", 32), Size: 1234,
			Status: results.Found, Source: results.Place{Sheet: sh, Row: 4, Col: 7}, Width: 640, Height: 480, Slot: 1},
		{Kind: rubric.Photo, Ref: "xl/media/image1.png", Embedded: true, Status: results.Found, Problem: results.ProblemHEIC,
			Source: results.Place{Sheet: sh, Row: 4, Col: 5}},
		{Kind: rubric.Document, Ref: "sk.pdf", Status: results.Absent, Source: results.Place{Sheet: sh, Row: 4, Col: 7}},
		{Kind: rubric.Link, Ref: "https://contoh.go.id", Status: results.Linked},
	}}
	res.Units[0].Indicators[2].SetProof(proof)
	var a bytes.Buffer
	if err := results.WriteJSON(&a, res); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"proof":{`, `"flag":"unproven"`, `"status":"missing"`, `"embedded":true`, `"problem":"heic"`, `"slot":1`} {
		if !strings.Contains(a.String(), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	back, err := results.ReadJSON(bytes.NewReader(a.Bytes()), "a.json")
	if err != nil {
		t.Fatal(err)
	}
	got := back.Units[0].Indicators[2].Proof()
	if got == nil || !reflect.DeepEqual(got.Items[0].Source.String(), proof.Items[0].Source.String()) {
		t.Fatalf("proof back: %+v", got)
	}
	for i := range got.Items {
		got.Items[i].Source, proof.Items[i].Source = results.Place{}, results.Place{}
	}
	if !reflect.DeepEqual(got, proof) {
		t.Errorf("proof back:\n %+v\nwant\n %+v", got, proof)
	}
	if back.Units[0].Indicators[0].Proof() != nil {
		t.Errorf("an indicator without evidence got some")
	}
	// A bad status, kind or count is refused, not guessed.
	for _, bad := range []struct{ from, to string }{
		{`"status":"missing"`, `"status":"lost"`},
		{`"kind":"document"`, `"kind":"scan"`},
		{`"present":1`, `"present":3`},
		{`"flag":"unproven"`, `"flag":"maybe"`},
	} {
		b := strings.Replace(a.String(), bad.from, bad.to, 1)
		if _, err := results.ReadJSON(strings.NewReader(b), "b.json"); err == nil {
			t.Errorf("%s read", bad.to)
		}
	}
}
