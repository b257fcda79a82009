package cli_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/cli"
	"github.com/kepatuhan/kepatuhan/pkg/exportfixture"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// runKP runs kepatuhan with args in the current folder.
func runKP(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = cli.Main(args, cli.IO{Out: &out, Err: &errb})
	return code, out.String(), errb.String()
}

// phoneSubmissions are submissions of an ombudsman-2019 phone form for
// units: every indicator "ya" but the unit's n-th, "tidak".
func phoneSubmissions(r *rubric.Rubric, units []string) []exportfixture.Submission {
	p := xlsform.NewPlan(r)
	var subs []exportfixture.Submission
	for i, u := range units {
		v := map[string]string{xlsform.NameRubric: r.Ref(), xlsform.NameVersion: r.Version, xlsform.NameHash: r.Hash(),
			xlsform.NameUnit: u, xlsform.NameAssessor: "Siti Aminah", xlsform.NameDate: "2025-08-12", xlsform.NameUnitType: "opd"}
		for j, ind := range r.Indicators() {
			v[p.Answer(ind).Name] = "ya"
			if j == i {
				v[p.Answer(ind).Name] = "tidak"
			}
		}
		subs = append(subs, exportfixture.Submission{ID: fmt.Sprintf("0000000%d-aaaa-4000-8000-000000000000", i+1),
			Time: time.Date(2025, 8, 12, 3+i, 0, 0, 0, time.UTC), Values: v})
	}
	return subs
}

// TestPhoneRoute walks the README's phone route: the phone form, then
// the exports scored, refused with located messages and nothing written
// when bad, and --latest.
func TestPhoneRoute(t *testing.T) {
	units, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example", "unit-2024.csv"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	t.Setenv("SOURCE_DATE_EPOCH", "")

	code, _, stderr := runKP(t, "form", "--xlsform", "--rubric", "ombudsman-2019", "--units", units, "-o", "formulir-hp.xlsx")
	if code != 0 || !strings.Contains(stderr, "formulir-hp.xlsx") || !strings.Contains(stderr, "form_id ombudsman-2019") {
		t.Fatalf("form --xlsform: %d %s", code, stderr)
	}
	f, err := xlsform.ReadFile("formulir-hp.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if ps := xlsform.Check(f, "formulir-hp.xlsx"); len(ps) > 0 {
		t.Fatal(ps)
	}
	first, _ := os.ReadFile("formulir-hp.xlsx")
	runKP(t, "form", "--xlsform", "--rubric", "ombudsman-2019", "--units", units, "-o", "lagi.xlsx")
	if again, _ := os.ReadFile("lagi.xlsx"); !bytes.Equal(first, again) {
		t.Error("the same phone form twice differs")
	}
	if code, _, stderr := runKP(t, "form", "--xlsform", "--respondents", "5", "-o", "x.xlsx"); code != 2 || !strings.Contains(stderr, "--xlsform") {
		t.Errorf("--respondents with --xlsform: %d %s", code, stderr)
	}

	r, err := rubric.Builtin("ombudsman-2019")
	if err != nil {
		t.Fatal(err)
	}
	subs := phoneSubmissions(r, []string{"DINKES", "DINSOS"})
	if err := os.Mkdir("ekspor", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := exportfixture.KoboXLSX(filepath.Join("ekspor", "kobo.xlsx"), f, subs[:1], exportfixture.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := exportfixture.ODKZip(filepath.Join("ekspor", "submissions.csv.zip"), f, subs[1:], exportfixture.Options{}); err != nil {
		t.Fatal(err)
	}
	// A CSV that is no export, in the same folder: not read, named in a
	// note (it could be a unit's answers saved the wrong way).
	if err := os.WriteFile(filepath.Join("ekspor", "catatan.csv"), []byte("a;b\n1;2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runKP(t, "score", "ekspor", "--units", units, "--lang", "en")
	if code != 0 || !strings.Contains(stdout, "DINKES") || !strings.Contains(stdout, "DINSOS") ||
		!strings.Contains(stderr, "note: "+filepath.Join("ekspor", "catatan.csv")+": this file is CSV text, not an .xlsx workbook: skipped") {
		t.Errorf("score: %d\n%s\n%s", code, stdout, stderr)
	}
	// An output that is one of the exports in the folder is refused.
	if code, _, stderr := runKP(t, "score", "ekspor", "--format", "csv", "-o", filepath.Join("ekspor", "kobo.xlsx")); code != 2 {
		t.Errorf("output onto an input: %d %s", code, stderr)
	}

	// A unit submitted twice: refused, located, nothing written.
	again := subs[0]
	again.ID = "00000009-aaaa-4000-8000-000000000000"
	again.Time = again.Time.Add(48 * time.Hour)
	again.Values = map[string]string{}
	for k, v := range subs[0].Values {
		again.Values[k] = v
	}
	again.Values["SP-02"] = "tidak"
	if err := exportfixture.KoboCSV("dua-kali.csv", f, []exportfixture.Submission{subs[0], again}, exportfixture.Options{}); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runKP(t, "score", "dua-kali.csv", "-o", "hasil.json", "--lang", "en")
	if code != 3 || !strings.Contains(stderr, "dua-kali.csv › ") || !strings.Contains(stderr, "unit DINKES was submitted twice") ||
		!strings.Contains(stderr, "--latest") {
		t.Errorf("twice: %d %s", code, stderr)
	}
	if _, err := os.Stat("hasil.json"); err == nil {
		t.Error("hasil.json written from an invalid export")
	}
	code, _, stderr = runKP(t, "score", "dua-kali.csv", "--latest", "-o", "hasil.json")
	if code != 0 || !strings.Contains(stderr, "yang terbaru dipakai") {
		t.Errorf("--latest: %d %s", code, stderr)
	}
	if data, err := os.ReadFile("hasil.json"); err != nil || !bytes.Contains(data, []byte(`"code":"DINKES"`)) {
		t.Errorf("hasil.json: %v %.200s", err, data)
	}
	// A unit not in the list.
	subs[1].Values[xlsform.NameUnit] = "DINSOSS"
	if err := exportfixture.ODKZip("salah-unit.csv.zip", f, subs[1:], exportfixture.Options{}); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runKP(t, "score", "salah-unit.csv.zip", "--units", units, "--lang", "en")
	if code != 3 || !strings.Contains(stderr, `salah-unit.csv.zip › ombudsman-2019.csv › `) || !strings.Contains(stderr, `did you mean "DINSOS"?`) {
		t.Errorf("unit not in list: %d %s", code, stderr)
	}
}
