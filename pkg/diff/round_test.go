package diff_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/example"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

var exampleDir = filepath.Join("..", "..", "testdata", "example")

// Provisional units are flagged on their side; a round's self-assessments
// compare with its verified results, the sides named so.
func TestRoundDiff(t *testing.T) {
	res, err := example.LoadRound(exampleDir, true)
	if err != nil {
		t.Fatal(err)
	}
	_, book := example.Files(2023)
	old := ingest.Load([]string{filepath.Join(exampleDir, book)}, ingest.Options{}).Results
	rep := diff.Compare(old, res, diff.Options{})
	flagged := map[string][]diff.Flag{}
	for _, u := range rep.Units {
		flagged[u.Code] = u.Flags
	}
	has := func(code string, f diff.Flag) bool {
		for _, g := range flagged[code] {
			if g == f {
				return true
			}
		}
		return false
	}
	if !has("PKM-HARAPAN", diff.Provisional) || has("DINKES", diff.Provisional) || !has("KEC-HARAPAN", diff.Provisional) {
		t.Errorf("flags %v", flagged)
	}
	// The other way round: the provisional side is OLD.
	back := diff.Compare(res, old, diff.Options{})
	for _, u := range back.Units {
		if u.Code == "PKM-HARAPAN" && (len(u.Flags) == 0 || !strings.Contains(flagText(u.Flags), "old_provisional")) {
			t.Errorf("old side: %v", u.Flags)
		}
	}

	self, verified, ok := diff.SelfVsVerified(res)
	if !ok || len(self.Units) != 12 {
		t.Fatalf("self vs verified: %v %d", ok, len(self.Units))
	}
	sv := diff.Compare(self, verified, diff.Options{SelfVsVerified: true})
	if u := sv.Units[0]; u.Code != "DESA-SIDOMULYO" || u.Status != diff.Regressed || u.Delta == nil || *u.Delta != -45.33 {
		t.Errorf("first unit %+v", u)
	}
	var b bytes.Buffer
	(diff.Table{}).Write(&b, sv, diff.RenderOptions{Lang: msg.ID})
	for _, want := range []string{"Mandiri: Kabupaten Contoh, 2024 · ombudsman-2019", "Verifikasi: Kabupaten Contoh, 2024 · ombudsman-2019", "diturunkan", "MANDIRI", "VERIFIKASI",
		"nilai wilayah: mandiri"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	(diff.JSON{}).Write(&b, sv, diff.RenderOptions{})
	if !strings.Contains(b.String(), `"sides": "self_vs_verified"`) {
		t.Error("JSON lacks its sides")
	}
	b.Reset()
	(diff.JSON{}).Write(&b, rep, diff.RenderOptions{})
	if strings.Contains(b.String(), `"sides"`) || !strings.Contains(b.String(), `"provisional"`) {
		t.Error("a comparison of two runs: sides written, or no provisional flag")
	}
}

func flagText(fs []diff.Flag) string {
	var s []string
	for _, f := range fs {
		s = append(s, string(f))
	}
	return strings.Join(s, ",")
}
