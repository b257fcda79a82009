package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
)

type reportRun struct {
	code     int
	out, err string
}

// runReportCmd runs `kepatuhan report args...` through Main, as a user
// would.
func runReportCmd(t *testing.T, args ...string) reportRun {
	t.Helper()
	code, out, errs := runMain(append([]string{"report"}, args...)...)
	return reportRun{code, out, errs}
}

// runMain runs kepatuhan with args through Main, as the binary does, and
// returns the exit status and what was printed.
func runMain(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = Main(args, IO{In: strings.NewReader(""), Out: &out, Err: &errb})
	return code, out.String(), errb.String()
}

const reportBook = `
sheet Data
1: Kode Unit | Nama Unit | Wilayah | Periode | SP-01 | SP-02 | SP-03 | SP-04 | SR-01 | SR-02 | SR-03
2: A | Unit A | Kota Uji | 2025 | Ya | Ya | Ya | Ya | Ya | Lengkap | Ya
3: B | Unit B | Kota Uji | 2025 | Ya | Tidak | Ya | Tidak | Ya | Tidak Ada | Tidak
4: C | Unit C | Kota Uji | 2025 | Ya | Ya | Ya | Tidak | Ya | Sebagian | N/A
`

func TestReportCommand(t *testing.T) {
	example, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example", "penilaian-2024.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	contoh, err := filepath.Abs(filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	t.Setenv("SOURCE_DATE_EPOCH", "")
	if err := fixture.Write("lengkap.xlsx", reportBook); err != nil {
		t.Fatal(err)
	}
	if err := fixture.Write("bad.xlsx", strings.Replace(reportBook, "| Ya | Ya | Ya | Ya | Ya | Lengkap", "| Mungkin | Ya | Ya | Ya | Ya | Lengkap", 1)); err != nil {
		t.Fatal(err)
	}

	// Every unit complete: exit 0, the PDF written.
	r := runReportCmd(t, "--rubric", contoh, "lengkap.xlsx", "-o", "laporan.pdf")
	if r.code != ExitOK || !strings.Contains(r.err, "ditulis: laporan.pdf (3 unit, 3 lengkap)") {
		t.Fatalf("exit %d\n%s", r.code, r.err)
	}
	if data, _ := os.ReadFile("laporan.pdf"); !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatal("no PDF")
	}

	// The example has an incomplete unit: the report is written, exit 4.
	r = runReportCmd(t, example, "-o", "laporan.xlsx", "--region", "Kabupaten Contoh Raya", "--date", "2024-12-31")
	if r.code != ExitIncomplete || !strings.Contains(r.err, "unit belum lengkap: 1;") {
		t.Fatalf("exit %d\n%s", r.code, r.err)
	}
	f, err := excelize.OpenFile("laporan.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	title, _ := f.GetCellValue("Ringkasan", "A2")
	date, _ := f.GetCellValue("Ringkasan", "A4")
	f.Close()
	if title != "Kabupaten Contoh Raya · 2024" || date != "Tanggal laporan: 31 Desember 2024" {
		t.Errorf("summary head %q %q", title, date)
	}

	// English.
	r = runReportCmd(t, "--lang", "en", "--rubric", contoh, "lengkap.xlsx", "-o", "report.xlsx")
	if r.code != ExitOK || !strings.Contains(r.err, "wrote report.xlsx (3 units, 3 complete)") {
		t.Fatalf("exit %d\n%s", r.code, r.err)
	}

	// Invalid input: exit 3, nothing written.
	r = runReportCmd(t, "--rubric", contoh, "bad.xlsx", "-o", "bad.pdf")
	if r.code != ExitInvalid || !strings.Contains(r.err, `jawaban "Mungkin" tidak diterima`) {
		t.Fatalf("exit %d\n%s", r.code, r.err)
	}
	if _, err := os.Stat("bad.pdf"); err == nil {
		t.Error("an invalid input wrote a report")
	}

	// Usage: no -o, another extension, a bad date.
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"lengkap.xlsx"}, "-o LAPORAN.pdf"},
		{[]string{"lengkap.xlsx", "-o", "laporan.docx"}, `-o "laporan.docx": laporan ditulis sebagai .pdf atau .xlsx`},
		{[]string{"lengkap.xlsx", "-o", "l.pdf", "--date", "31-12-2024"}, `--date "31-12-2024"`},
		{nil, "memerlukan paling sedikit 1 argumen"},
	} {
		r = runReportCmd(t, c.args...)
		if r.code != ExitUsage || !strings.Contains(r.err, c.want) {
			t.Errorf("%v: exit %d, want 2 and %q\n%s", c.args, r.code, c.want, r.err)
		}
	}
	if es, _ := os.ReadDir("."); len(es) != 5 {
		var names []string
		for _, e := range es {
			names = append(names, e.Name())
		}
		t.Errorf("files %v", names)
	}

	// The help names the exit statuses.
	r = runReportCmd(t, "--help")
	if !strings.Contains(r.out, "STATUS KELUAR") || !strings.Contains(r.out, "4  laporan ditulis, tetapi ada unit yang belum lengkap") {
		t.Errorf("help:\n%s", r.out)
	}
}
