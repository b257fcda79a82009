package report_test

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/report"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func renderXLSX(t testing.TB, res *results.Results, o report.Options) ([]byte, *excelize.File) {
	t.Helper()
	data, err := report.Build(res, o).XLSX()
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return data, f
}

func rows(t testing.TB, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rs, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// cellAt is row r's column c (from 0), "" when the row is shorter.
func cellAt(rs [][]string, r, c int) string {
	if r >= len(rs) || c >= len(rs[r]) {
		return ""
	}
	return rs[r][c]
}

// checkBook reads a report workbook back and checks its tables against
// the results, worked out in the test.
func checkBook(t *testing.T, f *excelize.File, res *results.Results, lang msg.Lang) {
	t.Helper()
	tr := func(k msg.Key) string { return msg.T(lang, k) }
	want := []string{tr(msg.ReportSheetSummary), tr(msg.ReportSheetRanking), tr(msg.ReportSheetAverages), tr(msg.ReportSheetIndicators),
		tr(msg.ReportSheetIssues), tr(msg.ReportSheetMethod), tr(msg.ReportSheetAppendix)}
	if report.Build(res, report.Options{}).Evidence.Any {
		want = append(want, tr(msg.ReportSheetEvidence)) // the evidence completeness, when there is some
	}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets %q, want %q", got, want)
	}

	// The ranking: order, rank and score.
	rank := rows(t, f, want[1])
	wr := wantRanking(res)
	if len(rank) != len(wr)+1 {
		t.Fatalf("ranking has %d rows, want %d", len(rank)-1, len(wr))
	}
	for i, w := range wr {
		row := rank[i+1]
		s, _ := strconv.ParseFloat(row[4], 64)
		if row[1] != w.code || row[0] != strconv.Itoa(w.rank) || s != w.score {
			t.Fatalf("ranking row %d: %q, want %+v", i+2, row[:5], w)
		}
	}

	// Units per zone on the summary.
	sum := rows(t, f, want[0])
	zones := wantZones(res)
	r := res.Rubric
	for _, z := range []rubric.Zone{rubric.Hijau, rubric.Kuning, rubric.Merah} {
		label := r.ZoneInfo(z).Label.In(string(lang))
		found := false
		for i := range sum {
			if cellAt(sum, i, 0) == label {
				found = true
				if cellAt(sum, i, 1) != strconv.Itoa(zones[z]) {
					t.Errorf("summary: %s %s units, want %d", label, cellAt(sum, i, 1), zones[z])
				}
				break
			}
		}
		if !found {
			t.Errorf("summary: no row for %s", label)
		}
	}

	// The indicators, the agenda first.
	inds := rows(t, f, want[3])
	if len(inds) != len(r.Indicators())+1 {
		t.Errorf("indicators sheet has %d rows", len(inds)-1)
	}
	for i, w := range wantAgenda(res, report.DefaultTop) {
		row := inds[i+1]
		if row[0] != strconv.Itoa(i+1) || row[1] != w.code || row[4] != strconv.Itoa(w.answered) || row[5] != strconv.Itoa(w.failing) ||
			row[7] != strconv.Itoa(w.notMet) || row[8] != strconv.Itoa(w.partial) {
			t.Errorf("indicators row %d: %q, want %+v", i+2, row[:9], w)
		}
	}

	// The appendix: every unit once, by code.
	app := rows(t, f, want[6])
	var codes []string
	for _, row := range app[1:] {
		codes = append(codes, row[0])
	}
	var all []string
	for i := range res.Units {
		all = append(all, res.Units[i].Code)
	}
	slices.Sort(all)
	if !slices.Equal(codes, all) {
		t.Errorf("appendix codes %v, want %v", codes, all)
	}

	// Table sheets: the header frozen and a filter.
	for _, s := range []string{want[1], want[3], want[4], want[6]} {
		panes, err := f.GetPanes(s)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: panes %+v %v", s, panes, err)
		}
	}
}

func TestExampleXLSX(t *testing.T) {
	res := example(t)
	data, f := renderXLSX(t, res, report.Options{})
	checkBook(t, f, res, msg.ID)

	// Two native charts on the summary, one series per zone (plus the
	// incomplete units in the first), the value axis from 0.
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	charts := map[string]string{}
	filter := false
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/charts/chart") || strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			rc, _ := zf.Open()
			var b bytes.Buffer
			b.ReadFrom(rc)
			rc.Close()
			if strings.HasPrefix(zf.Name, "xl/charts/") {
				charts[zf.Name] = b.String()
			} else if strings.Contains(b.String(), "<autoFilter") {
				filter = true
			}
		}
	}
	if len(charts) != 2 {
		t.Fatalf("%d charts", len(charts))
	}
	for name, c := range charts {
		if !strings.Contains(c, `<min val="0"`) {
			t.Errorf("%s: the value axis does not start at 0", name)
		}
		for _, color := range []string{"2E7D32", "F9A825", "C62828"} {
			if !strings.Contains(c, color) {
				t.Errorf("%s: no series in %s", name, color)
			}
		}
	}
	if !filter {
		t.Error("no autofilter")
	}

	// The zone cells in the rubric's colours.
	rank := rows(t, f, "Peringkat")
	for i := 1; i < len(rank); i++ {
		zone := rank[i][len(rank[i])-1]
		id, _ := f.GetCellStyle("Peringkat", "G"+strconv.Itoa(i+1))
		st, err := f.GetStyle(id)
		if err != nil || len(st.Fill.Color) == 0 {
			t.Fatalf("row %d: zone %s without fill", i+1, zone)
		}
		wantColor := map[string]string{"Zona Hijau": "2E7D32", "Zona Kuning": "F9A825", "Zona Merah": "C62828"}[zone]
		if !strings.EqualFold(strings.TrimPrefix(st.Fill.Color[0], "#"), wantColor) {
			t.Errorf("row %d: %s filled %s", i+1, zone, st.Fill.Color[0])
		}
	}

	// Document properties from stamp, not the clock.
	props, err := f.GetDocProps()
	if err != nil || props.Created != "2000-01-01T00:00:00Z" || props.Creator != res.Tool {
		t.Errorf("doc props %+v %v", props, err)
	}
}

func TestEnglishXLSX(t *testing.T) {
	res := example(t)
	_, f := renderXLSX(t, res, report.Options{Lang: msg.EN})
	checkBook(t, f, res, msg.EN)
	sum := rows(t, f, "Summary")
	if sum[0][0] != "Report: Compliance with public-service standards" {
		t.Errorf("title %q", sum[0][0])
	}
}

func TestLargeXLSX(t *testing.T) {
	for _, ref := range []string{"ombudsman-2023", "skm-2017"} {
		res := synth(t, loadRubric(t, ref), 300)
		_, f := renderXLSX(t, res, report.Options{})
		if ref == "skm-2017" {
			// No zones: the ranking's last column is the grade, and the
			// summary counts units per grade.
			rank := rows(t, f, "Peringkat")
			if h := rank[0][len(rank[0])-1]; h != "Kategori" {
				t.Errorf("skm ranking's last column %q", h)
			}
			continue
		}
		checkBook(t, f, res, msg.ID)
	}
}

func TestXLSXDeterministic(t *testing.T) {
	res := synth(t, loadRubric(t, "ombudsman-2023"), 80)
	a, _ := renderXLSX(t, res, report.Options{})
	for range 3 {
		b, _ := renderXLSX(t, res, report.Options{})
		if !bytes.Equal(a, b) {
			t.Fatal("two renders differ")
		}
	}
}

// LibreOffice opens the workbook and prints it to PDF. Set REPORT_KEEP
// to a folder to keep the PDFs to look at.
func TestLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice is slow")
	}
	bin, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice is not installed")
	}
	for _, c := range []struct {
		name string
		res  *results.Results
		lang msg.Lang
	}{{"laporan-contoh", example(t), msg.ID}, {"report-skm", synth(t, loadRubric(t, "skm-2017"), 40), msg.EN}} {
		dir := t.TempDir()
		in := filepath.Join(dir, c.name+".xlsx")
		book, err := report.Build(c.res, report.Options{Lang: c.lang}).XLSX()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(in, book, 0o644); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
			"--headless", "--norestore", "--convert-to", "pdf", "--outdir", filepath.Join(dir, "out"), in)
		cmd.Env = append(os.Environ(), "HOME="+filepath.Join(dir, "home"))
		log, err := cmd.CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("soffice: %v\n%s", err, log)
		}
		out := filepath.Join(dir, "out", c.name+".pdf")
		data, err := os.ReadFile(out)
		if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
			t.Fatalf("soffice wrote no PDF (%v)\n%s", err, log)
		}
		text := pdftotext(t, data)
		mustContain(t, c.name, text, c.res.Units[0].Code)
		if keep := os.Getenv("REPORT_KEEP"); keep != "" {
			os.WriteFile(filepath.Join(keep, c.name+"-libreoffice.pdf"), data, 0o644)
		}
	}
}

func excelizeOpen(data []byte) (*excelize.File, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	_, err = f.GetRows("Lampiran")
	f.Close()
	return f, err
}

// The methodology's band table has a grade column only when the rubric has
// grades and a zone column only when it has zones (the Kategori column
// was empty on every row of ombudsman-2019), in the order the PDF has:
// Rentang | Kategori | Predikat | Zona.
func TestBandTableColumns(t *testing.T) {
	for _, c := range []struct {
		ref  string
		want string
	}{
		{"ombudsman-2019", "Rentang|Predikat|Zona"},
		{"ombudsman-2023", "Rentang|Kategori|Predikat|Zona"},
		{"ombudsman-2025", "Rentang|Kategori|Predikat"},
	} {
		_, f := renderXLSX(t, synth(t, loadRubric(t, c.ref), 12), report.Options{})
		found := false
		for _, r := range rows(t, f, "Metodologi") {
			if len(r) > 0 && r[0] == "Rentang" {
				found = true
				if got := strings.Join(r, "|"); got != c.want {
					t.Errorf("%s: band table header %q, want %q", c.ref, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no band table", c.ref)
		}
	}
}
