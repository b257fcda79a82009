package output_test

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/example"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/output"
)

var exampleDir = filepath.Join("..", "..", "testdata", "example")

// The table and the CSV mark provisional units and give the self-assessed
// score and the gap; a single pass shows none of it.
func TestRoundTableCSV(t *testing.T) {
	res, err := example.LoadRound(exampleDir, false)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := (output.Table{}).Write(&b, res, output.Options{Lang: msg.ID}); err != nil {
		t.Fatal(err)
	}
	table := b.String()
	for _, re := range []string{
		`(?m)^KODE .* MANDIRI +SELISIH +VERIFIKASI$`,
		`(?m)^PKM-HARAPAN .* 50,00 .* 88,46 +-38,46 +SEMENTARA \(4 belum diverifikasi\)$`,
		`(?m)^DINSOS .* 73,08 .* 76,92 +-3,84 +SEMENTARA \(1 belum diverifikasi\)$`,
		`(?m)^DINKES .* 100,00 .* 96,15 +\+3,85 +final$`,
		`(?m)^KEC-HARAPAN .* — +SEMENTARA \(2 belum diverifikasi\)$`,
		`sementara 3`,
	} {
		if !regexp.MustCompile(re).MatchString(table) {
			t.Errorf("table lacks %s:\n%s", re, table)
		}
	}
	b.Reset()
	(output.Table{}).Write(&b, res, output.Options{Lang: msg.EN})
	if !strings.Contains(b.String(), "PROVISIONAL (4 not yet verified)") {
		t.Errorf("English table:\n%s", b.String())
	}
	b.Reset()
	if err := (output.CSV{}).Write(&b, res, output.Options{}); err != nil {
		t.Fatal(err)
	}
	csv := b.String()
	for _, re := range []string{
		`(?m)^code,.*,files,provisional,self_score,gap,agreed,corrected_by_verifier,unverified,corrections$`,
		`(?m)^PKM-HARAPAN,.*,true,88.46,-38.46,12,10,4,0$`,
		`(?m)^DINKES,.*,false,96.15,3.85,25,1,0,0$`,
	} {
		if !regexp.MustCompile(re).MatchString(csv) {
			t.Errorf("CSV lacks %s:\n%s", re, csv)
		}
	}

	_, book := example.Files(2024)
	single := ingest.Load([]string{filepath.Join(exampleDir, book)}, ingest.Options{}).Results
	b.Reset()
	(output.Table{}).Write(&b, single, output.Options{})
	if strings.Contains(b.String(), "MANDIRI") || strings.Contains(b.String(), "sementara") {
		t.Errorf("a single pass shows round columns:\n%s", b.String())
	}
	b.Reset()
	(output.CSV{}).Write(&b, single, output.Options{})
	if strings.Contains(b.String(), "provisional") {
		t.Error("a single pass's CSV has round columns")
	}
}
