package results_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
)

// roundSample is sample with its first unit made a verification round
// (the unit claimed SP-03 and SR-02 fully; SR-03 is not yet verified) and
// one correction on the second.
func roundSample(t *testing.T) *results.Results {
	res := sample(t)
	rb := res.Rubric
	u := &res.Units[0]
	u.Round = &results.UnitRound{Verification: true}
	for i := range u.Indicators {
		ir := &u.Indicators[i]
		ro := &results.IndicatorRound{Self: results.Answer{Text: ir.Answer, Value: ir.Value, Status: ir.Status, Source: ir.Source}}
		ro.Verifier = ro.Self
		ro.Verifier.Source.Col = 9
		switch rb.Indicators()[i].Code {
		case "SP-03":
			ro.Self = results.Answer{Text: "Ya", Value: 1, Status: results.Answered}
			ro.Note = "papan tidak ditemukan saat kunjungan"
		case "SR-02":
			ro.Self = results.Answer{Text: "Lengkap", Value: 1, Status: results.Answered}
		case "SR-03":
			ro.Verifier = results.Answer{}
		}
		ir.SetRound(ro)
	}
	score.Verify(rb, u)
	v := &res.Units[1]
	v.Round = &results.UnitRound{Corrections: []results.Correction{{Indicator: "SP-02",
		Before: results.Answer{Text: "Tidak", Status: results.Answered}, After: results.Answer{Text: "Ya", Value: 1, Status: results.Answered},
		Reason: "bukti SOP diserahkan saat klarifikasi", By: "Tim Verifikasi", Date: "2024-10-02", Ref: "800/123/Org/2024", Where: "koreksi.yaml:3"}}}
	score.Verify(rb, v)
	return res
}

// A round and its corrections survive the JSON exactly; results without
// one are written as before (no "round" key at all).
func TestJSONRound(t *testing.T) {
	res := roundSample(t)
	var a bytes.Buffer
	if err := results.WriteJSON(&a, res); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"provisional":1`, `"verification":true`, `"self_score":100`, `"gap":-28.33`,
		`"state":"corrected"`, `"note":"papan tidak ditemukan saat kunjungan"`, `"unverified":1`,
		`"original":{`, `"ref":"800/123/Org/2024"`, `"by":"Tim Verifikasi"`, `"reason":"bukti SOP diserahkan saat klarifikasi"`} {
		if !strings.Contains(a.String(), want) {
			t.Errorf("missing %s", want)
		}
	}
	back, err := results.ReadJSON(bytes.NewReader(a.Bytes()), "a.json")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	results.WriteJSON(&b, back)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("round trip differs:\n%s\n---\n%s", a.String(), b.String())
	}
	u := back.Units[0]
	if !u.Provisional() || u.Indicators[2].Round().Self.Text != "Ya" || u.Indicators[2].Round().Verifier.Source.Cell() == "" {
		t.Errorf("read back: %+v", u.Indicators[2].Round())
	}
	if c := back.Units[1].Corrections(); len(c) != 1 || c[0].Before.Text != "Tidak" || back.Units[1].Indicators[1].Status != results.Met {
		t.Errorf("corrections read back: %+v", c)
	}
	// Scoring the read-back units again gives the same file.
	for i := range back.Units {
		score.Verify(back.Rubric, &back.Units[i])
	}
	var c bytes.Buffer
	results.WriteJSON(&c, back)
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("verifying read-back units changed them")
	}

	var plain bytes.Buffer
	results.WriteJSON(&plain, sample(t))
	if strings.Contains(plain.String(), `"round"`) || strings.Contains(plain.String(), "provisional") {
		t.Error("a single pass wrote round keys")
	}
	edited := strings.Replace(a.String(), `"self_zone":"hijau"`, `"self_zone":"merah"`, 1)
	if _, err := results.ReadJSON(strings.NewReader(edited), "a.json"); err == nil || !strings.Contains(err.Error(), "nilai mandiri") {
		t.Errorf("a self score outside its band: %v", err)
	}
}
