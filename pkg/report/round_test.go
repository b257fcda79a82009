package report_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	kpexample "github.com/kepatuhan/kepatuhan/pkg/example"
	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/report"
)

var exampleDir = filepath.Join("..", "..", "testdata", "example")

// The annual report of a round: the accuracy of the self-assessments, the
// most overstated first; provisional scores marked; signed when
// configured.
func TestRoundReport(t *testing.T) {
	res, err := kpexample.LoadRound(exampleDir, true)
	if err != nil {
		t.Fatal(err)
	}
	_, _, _, config, _ := kpexample.RoundFiles()
	cfg, err := issuer.Load(filepath.Join(exampleDir, config))
	if err != nil {
		t.Fatal(err)
	}
	rp := report.Build(res, report.Options{Issuer: cfg})
	ro := rp.Round
	if ro == nil || ro.Units != 12 || len(ro.Accuracy) != 11 || ro.Corrections != 3 {
		t.Fatalf("round %+v", ro)
	}
	first := ro.Accuracy[0]
	if rp.Units[first.Unit].Code != "DESA-SIDOMULYO" || first.Gap != -45.33 || first.Overclaimed != 11 {
		t.Errorf("the most overstated: %s %v %d", rp.Units[first.Unit].Code, first.Gap, first.Overclaimed)
	}
	for i := 1; i < len(ro.Accuracy); i++ {
		if ro.Accuracy[i].Gap < ro.Accuracy[i-1].Gap {
			t.Errorf("accuracy not ordered by gap at %d", i)
		}
	}
	if ro.Over != 6 || ro.Under != 3 || ro.Exact != 2 {
		t.Errorf("over %d under %d exact %d", ro.Over, ro.Under, ro.Exact)
	}
	var prov []string
	for _, i := range ro.Provisional {
		prov = append(prov, rp.Units[i].Code)
	}
	if strings.Join(prov, ",") != "PKM-HARAPAN,KEC-HARAPAN" {
		t.Errorf("provisional %v", prov)
	}

	data, err := rp.PDF()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		path := filepath.Join(t.TempDir(), "r.pdf")
		os.WriteFile(path, data, 0o644)
		out, _ := exec.Command("pdftotext", path, "-").Output()
		text := strings.Join(strings.Fields(string(out)), " ")
		for _, want := range []string{"HASIL SEMENTARA", "Verifikasi belum selesai untuk 2 unit (PKM-HARAPAN, KEC-HARAPAN)",
			"Ketepatan penilaian mandiri", "50,00 *", "* hasil sementara", "Mengetahui,", "Ir. Sri Wahyuni, M.M.",
			"3 jawaban dikoreksi atas klarifikasi"} {
			if !strings.Contains(text, want) {
				t.Errorf("the report lacks %q", want)
			}
		}
	}
	x, err := rp.XLSX()
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(x))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if !slices.Contains(f.GetSheetList(), "Ketepatan Mandiri") {
		t.Errorf("sheets %v", f.GetSheetList())
	}
	rows, _ := f.GetRows("Ketepatan Mandiri")
	if len(rows) != 12 || rows[1][1] != "DESA-SIDOMULYO" {
		t.Errorf("accuracy sheet %v", rows[:2])
	}
}
