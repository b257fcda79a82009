package resultbook_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/example"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/resultbook"
)

var exampleDir = filepath.Join("..", "..", "testdata", "example")

// A round's workbook: the Summary's self score, gap and verification
// status, the Verifikasi and Koreksi sheets; read back exactly; a single
// pass has none of it.
func TestRoundWorkbook(t *testing.T) {
	res, err := example.LoadRound(exampleDir, true)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := resultbook.Write(&b, res, resultbook.Options{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	for _, s := range []string{"Verifikasi", "Koreksi"} {
		if !slices.Contains(sheets, s) {
			t.Errorf("no sheet %s in %v", s, sheets)
		}
	}
	rows, _ := f.GetRows("Ringkasan")
	head := strings.Join(rows[0], "|")
	if !strings.HasSuffix(head, "Nilai Mandiri|Selisih|Status Verifikasi") {
		t.Errorf("summary header %s", head)
	}
	found := false
	for _, r := range rows {
		if r[0] == "PKM-HARAPAN" {
			found = true
			if r[len(r)-1] != "SEMENTARA (4 belum diverifikasi)" || r[len(r)-3] != "88.46" {
				t.Errorf("PKM-HARAPAN's row %v", r)
			}
		}
	}
	if !found {
		t.Error("no PKM-HARAPAN on the summary")
	}
	corr, _ := f.GetRows("Koreksi")
	if len(corr) != 4 || corr[1][2] != "SP-06" || corr[1][8] != "800/431/Org/2024" {
		t.Errorf("corrections sheet %v", corr)
	}
	ver, _ := f.GetRows("Verifikasi")
	states := map[string]int{}
	for _, r := range ver[1:] {
		states[r[6]]++
	}
	if states["belum diverifikasi"] != 7 || states["dikoreksi verifikator"] == 0 || states["disetujui"] == 0 {
		t.Errorf("verification states %v", states)
	}

	path := filepath.Join(t.TempDir(), "hasil.xlsx")
	os.WriteFile(path, b.Bytes(), 0o644)
	back, err := resultbook.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(back.Provisional()); n != 2 || len(back.Units[1].Corrections()) != 1 {
		t.Errorf("read back: %d provisional, corrections %v", n, back.Units[1].Corrections())
	}

	_, book := example.Files(2024)
	single := ingest.Load([]string{filepath.Join(exampleDir, book)}, ingest.Options{}).Results
	b.Reset()
	resultbook.Write(&b, single, resultbook.Options{})
	g, _ := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	defer g.Close()
	if slices.Contains(g.GetSheetList(), "Verifikasi") {
		t.Error("a single pass's workbook has a Verifikasi sheet")
	}
}
