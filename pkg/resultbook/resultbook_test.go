package resultbook_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/resultbook"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func jsonOf(t testing.TB, res *results.Results) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := results.WriteJSON(&b, res); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// writeFile writes res's workbook to path.
func writeFile(path string, res *results.Results, o resultbook.Options) error {
	var b bytes.Buffer
	if err := resultbook.Write(&b, res, o); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

func write(t testing.TB, res *results.Results, lang msg.Lang) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "hasil.xlsx")
	if err := writeFile(path, res, resultbook.Options{Lang: lang}); err != nil {
		t.Fatal(err)
	}
	return path
}

func open(t testing.TB, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// zipPart returns one part of the workbook package.
func zipPart(t testing.TB, path, name string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			var b bytes.Buffer
			if _, err := b.ReadFrom(rc); err != nil {
				t.Fatal(err)
			}
			return b.String()
		}
	}
	t.Fatalf("%s has no part %s", path, name)
	return ""
}

// sheetPart maps a sheet name to its part, as the workbook's relations say.
func sheetPart(t testing.TB, path, sheet string) string {
	t.Helper()
	wb := zipPart(t, path, "xl/workbook.xml")
	m := regexp.MustCompile(`<sheet name="` + regexp.QuoteMeta(sheet) + `" sheetId="\d+"(?: state="\w+")? r:id="(rId\d+)"`).FindStringSubmatch(wb)
	if m == nil {
		t.Fatalf("no sheet %s in %s", sheet, wb)
	}
	rels := zipPart(t, path, "xl/_rels/workbook.xml.rels")
	m2 := regexp.MustCompile(`Id="` + m[1] + `"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="` + m[1] + `"`).FindStringSubmatch(rels)
	if m2 == nil {
		t.Fatalf("no relation %s", m[1])
	}
	target := m2[1] + m2[2]
	return "xl/" + strings.TrimPrefix(target, "/xl/")
}

// TestRoundTrip: writing and reading back gives the same results model,
// for contoh and every built-in rubric, in both languages.
func TestRoundTrip(t *testing.T) {
	rbs := rubrics(t)
	names := make([]string, 0, len(rbs))
	for n := range rbs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		rb := rbs[name]
		t.Run(name, func(t *testing.T) {
			res := synth(t, rb, 24)
			c := cover(res)
			na, scoped, survey := allows(rb)
			if c.complete == 0 || c.incomplete == 0 || (na && c.na == 0) || (scoped && c.notApplicable == 0) || (survey && c.survey == 0) {
				t.Fatalf("fixture does not cover the rubric's states: %+v", c)
			}
			want := jsonOf(t, res)
			for _, lang := range []msg.Lang{msg.ID, msg.EN} {
				path := write(t, res, lang)
				back, err := resultbook.Read(path)
				if err != nil {
					t.Fatalf("%s: %v", lang, err)
				}
				if got := jsonOf(t, back); !bytes.Equal(got, want) {
					t.Fatalf("%s: results differ after the round trip", lang)
				}
				if lang == msg.ID {
					checkSummaryLayout(t, path, rb, len(res.Units))
				}
			}
		})
	}
}

// checkSummaryLayout: the grade column (Kategori, as the cards and the
// report call the grade) is there when the rubric has grades, the band's
// label is the Predikat; the zone column, with the zone colours, only
// when the rubric has zones — a rubric without has no grey "Tanpa zona"
// on every row, and its units are counted per band.
func checkSummaryLayout(t *testing.T, path string, rb *rubric.Rubric, units int) {
	t.Helper()
	f := open(t, path)
	rows, err := f.GetRows("Ringkasan")
	if err != nil {
		t.Fatal(err)
	}
	grades, zoned := false, false
	for _, b := range rb.Bands {
		grades = grades || b.Grade != ""
		zoned = zoned || b.Zone != rubric.NoZone
	}
	head := "|" + strings.Join(rows[0], "|") + "|"
	if has := strings.Contains(head, "|Kategori|"); has != grades {
		t.Fatalf("grade column %v, rubric grades %v", has, grades)
	}
	if !strings.Contains(head, "|Predikat|") {
		t.Fatalf("no Predikat column: %s", head)
	}
	if has := strings.Contains(head, "|Zona|"); has != zoned {
		t.Fatalf("zone column %v, rubric zones %v", has, zoned)
	}
	sheets := strings.Join(f.GetSheetList(), "|")
	if !zoned {
		if text := sheetText(t, f, "Ringkasan"); strings.Contains(text, "Tanpa zona") {
			t.Fatalf("a rubric without zones shows Tanpa zona:\n%s", text)
		}
		cats, err := f.GetRows("Kategori")
		if err != nil || !strings.HasPrefix(sheets, "Ringkasan|Kategori|") {
			t.Fatalf("sheets %s: %v", sheets, err)
		}
		// One row per band, best first, with the complete units in it.
		for i := range rb.Bands {
			b := rb.Bands[len(rb.Bands)-1-i]
			n := 0
			for _, r := range rows[1:] {
				if strings.Contains("|"+strings.Join(r, "|")+"|", "|"+b.Label.ID+"|") {
					n++
				}
			}
			if r := cats[1+i]; !strings.HasSuffix(r[0], b.Label.ID) || r[1] != strconv.Itoa(n) {
				t.Fatalf("band %s: row %q, want %d units", b.Label.ID, r, n)
			}
		}
		return
	}
	if !strings.HasPrefix(sheets, "Ringkasan|Zona|") {
		t.Fatalf("sheets %s", sheets)
	}
	col := results.ColumnName(colIndex(t, rows[0], "Zona") + 1)
	cfs, err := f.GetConditionalFormats("Ringkasan")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := cfs[col+"2:"+col+strconv.Itoa(units+1)]; !ok {
		t.Fatalf("no zone colours on column %s: %v", col, cfs)
	}
}

// TestTrickyText: texts with XML specials, _xHHHH_ escapes, astral
// characters and non-XML characters come back unchanged.
func TestTrickyText(t *testing.T) {
	res := synth(t, contoh(t), 3)
	for i, s := range tricky {
		u := &res.Units[i%len(res.Units)]
		u.Name += s
		u.Indicators[i%len(u.Indicators)].SetRemark(&results.Remark{Note: s, Evidence: s})
	}
	res.Inputs[0].Path = tricky[1]
	path := write(t, res, msg.ID)
	back, err := resultbook.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(jsonOf(t, back), jsonOf(t, res)) {
		t.Fatal("tricky texts changed on the way")
	}
	// Visible cells show formula-like text as text, not as a formula.
	if part := zipPart(t, path, sheetPart(t, path, "Ringkasan")); strings.Contains(part, "<f>") {
		t.Fatal("a name became a formula")
	}
}

// TestLargeJSONChunks: a payload far over one cell's limit is split into
// many chunks, each within Excel's 32,767 characters, and read back.
func TestLargeJSONChunks(t *testing.T) {
	res := synth(t, contoh(t), 400)
	path := write(t, res, msg.ID)
	f := open(t, path)
	n, err := f.GetCellValue(resultbook.HiddenSheet, "B4")
	if err != nil {
		t.Fatal(err)
	}
	chunks, _ := strconv.Atoi(n)
	if chunks < 5 {
		t.Fatalf("want several chunks, got %q", n)
	}
	rows, err := f.GetRows(resultbook.HiddenSheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4+chunks {
		t.Fatalf("%d rows for %d chunks", len(rows), chunks)
	}
	for i, r := range rows[4:] {
		if units := len(utf16Units(r[0])); units == 0 || units > 32767 {
			t.Fatalf("chunk %d has %d UTF-16 units", i+1, units)
		}
	}
	vis, err := f.GetSheetVisible(resultbook.HiddenSheet)
	if err != nil || vis {
		t.Fatalf("hidden sheet visible=%v err=%v", vis, err)
	}
	back, err := resultbook.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(jsonOf(t, back), jsonOf(t, res)) {
		t.Fatal("round trip differs")
	}
}

func utf16Units(s string) []uint16 {
	var out []uint16
	for _, r := range s {
		if r > 0xFFFF {
			out = append(out, 0, 0)
		} else {
			out = append(out, 0)
		}
	}
	return out
}

// colIndex finds a header in row 1.
func colIndex(t testing.TB, header []string, name string) int {
	t.Helper()
	for i, h := range header {
		if h == name {
			return i
		}
	}
	t.Fatalf("no column %q in %q", name, header)
	return -1
}

// TestSummarySheet checks the visible Summary: values, conditional
// formats in the zone colours, autofilter, frozen header.
func TestSummarySheet(t *testing.T) {
	rb := contoh(t)
	res := synth(t, rb, 30)
	path := write(t, res, msg.ID)
	f := open(t, path)
	if got, want := f.GetSheetList(), []string{"Ringkasan", "Zona", "Rincian", "Temuan", "Bukti", "Metadata", resultbook.HiddenSheet}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	rows, err := f.GetRows("Ringkasan")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(res.Units)+1 {
		t.Fatalf("%d rows for %d units", len(rows), len(res.Units))
	}
	h := rows[0]
	code, scoreCol, zone, status := colIndex(t, h, "Kode unit"), colIndex(t, h, "Nilai"), colIndex(t, h, "Zona"), colIndex(t, h, "Status")
	met, missing := colIndex(t, h, "Terpenuhi"), colIndex(t, h, "Belum diisi")
	for i := range res.Units {
		u, r := &res.Units[i], rows[i+1]
		for len(r) < len(h) {
			r = append(r, "")
		}
		if r[code] != u.Code {
			t.Fatalf("row %d code %q, want %q", i+2, r[code], u.Code)
		}
		if u.Score != nil {
			got, err := strconv.ParseFloat(r[scoreCol], 64)
			if err != nil || got != *u.Score {
				t.Fatalf("%s score %q, want %v", u.Code, r[scoreCol], *u.Score)
			}
			if want := rb.ZoneInfo(u.Zone()).Label.ID; r[zone] != want || r[status] != "Lengkap" {
				t.Fatalf("%s zone %q status %q, want %q", u.Code, r[zone], r[status], want)
			}
		} else if r[scoreCol] != "" || r[zone] != "Belum lengkap" || r[status] != "Belum lengkap" {
			t.Fatalf("%s incomplete: score %q zone %q status %q", u.Code, r[scoreCol], r[zone], r[status])
		}
		if r[met] != strconv.Itoa(u.Counts.Met) || r[missing] != strconv.Itoa(u.Counts.Missing) {
			t.Fatalf("%s counts %q %q, want %+v", u.Code, r[met], r[missing], u.Counts)
		}
	}
	// The score cell shows the rubric's decimals.
	ref, _ := excelize.CoordinatesToCellName(scoreCol+1, 2)
	sid, err := f.GetCellStyle("Ringkasan", ref)
	if err != nil {
		t.Fatal(err)
	}
	style, err := f.GetStyle(sid)
	if err != nil || style.CustomNumFmt == nil || *style.CustomNumFmt != "0.00" {
		t.Fatalf("score format %+v", style)
	}

	// Conditional formats: one rule per zone, filled in the zone's colour,
	// and one for incomplete units.
	cfs, err := f.GetConditionalFormats("Ringkasan")
	if err != nil {
		t.Fatal(err)
	}
	zoneRef := results.ColumnName(zone+1) + "2:" + results.ColumnName(zone+1) + strconv.Itoa(len(res.Units)+1)
	rules, ok := cfs[zoneRef]
	if !ok {
		t.Fatalf("no conditional format on %s: %v", zoneRef, cfs)
	}
	colors := map[string]string{}
	for _, r := range rules {
		st, err := f.GetConditionalStyle(*r.Format)
		if err != nil {
			t.Fatal(err)
		}
		colors[r.Value] = strings.ToUpper(strings.TrimPrefix(st.Fill.Color[0], "#"))
	}
	for _, z := range []rubric.Zone{rubric.Hijau, rubric.Kuning, rubric.Merah} {
		zi := rb.ZoneInfo(z)
		if got := colors[`"`+zi.Label.ID+`"`]; got != strings.TrimPrefix(zi.Color, "#") {
			t.Fatalf("zone %s: rule colour %q, want %s (rules %v)", z, got, zi.Color, colors)
		}
	}
	if _, ok := colors[`"Belum lengkap"`]; !ok || len(rules) != 4 {
		t.Fatalf("rules %v", colors)
	}

	// Frozen header (and code column), autofilter over the table.
	panes, err := f.GetPanes("Ringkasan")
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 1 {
		t.Fatalf("panes %+v %v", panes, err)
	}
	part := zipPart(t, path, sheetPart(t, path, "Ringkasan"))
	last := results.ColumnName(len(h)) + strconv.Itoa(len(res.Units)+1)
	if !autoFilter(part, "A1:"+last) {
		t.Fatalf("no autofilter A1:%s", last)
	}
	if !strings.Contains(part, `<dimension ref="A1:`+last+`"`) {
		t.Fatal("sheet dimension not set")
	}
	// Columns are fitted: the name column is wider than the N/A column.
	wName, _ := f.GetColWidth("Ringkasan", "B")
	wNA, _ := f.GetColWidth("Ringkasan", results.ColumnName(colIndex(t, h, "N/A")+1))
	if wName <= wNA || wName > 45 {
		t.Fatalf("widths: name %v, N/A %v", wName, wNA)
	}
}

// TestZonesChart checks the units-per-zone table and its chart: one
// series per zone (and incomplete) in the zone colours, axis from 0.
func TestZonesChart(t *testing.T) {
	rb := contoh(t)
	res := synth(t, rb, 30)
	path := write(t, res, msg.ID)
	f := open(t, path)
	rows, err := f.GetRows("Zona")
	if err != nil {
		t.Fatal(err)
	}
	sum := res.Summarize()
	want := [][2]string{
		{"Zona Hijau", strconv.Itoa(sum.Zones[rubric.Hijau])},
		{"Zona Kuning", strconv.Itoa(sum.Zones[rubric.Kuning])},
		{"Zona Merah", strconv.Itoa(sum.Zones[rubric.Merah])},
		{"Belum lengkap", strconv.Itoa(sum.Incomplete)},
		{"Jumlah", strconv.Itoa(sum.Units)},
	}
	// The table, a blank row, the note on what the shares are of.
	if len(rows) != len(want)+3 || rows[len(rows)-1][0] != msg.T(msg.ID, msg.ReportShareNote) {
		t.Fatalf("zone rows %q", rows)
	}
	for i, w := range want {
		if rows[i+1][0] != w[0] || rows[i+1][1] != w[1] {
			t.Fatalf("row %d: %q, want %q", i+2, rows[i+1], w)
		}
	}
	// Shares of the complete units, as the annual report gives them
	// (they counted the incomplete units: 41,7% against the report's
	// 45,5%); the incomplete units and the total have none.
	for i, z := range []rubric.Zone{rubric.Hijau, rubric.Kuning, rubric.Merah} {
		v, _ := f.GetCellValue("Zona", "C"+strconv.Itoa(i+2), excelize.Options{RawCellValue: true})
		got, err := strconv.ParseFloat(v, 64)
		if want := float64(sum.Zones[z]) / float64(sum.Complete); err != nil || math.Abs(got-want) > 1e-12 {
			t.Fatalf("share of %s %q, want %v", z, v, want)
		}
	}
	if len(rows[4]) > 2 || len(rows[5]) > 2 {
		t.Fatalf("incomplete and total rows have a share: %q %q", rows[4], rows[5])
	}
	chart := zipPart(t, path, "xl/charts/chart1.xml")
	el := func(name string) *regexp.Regexp { return regexp.MustCompile(`<(?:\w+:)?` + name + `\b[^>]*>`) }
	sers := regexp.MustCompile(`(?s)<(?:\w+:)?ser>.*?</(?:\w+:)?ser>`).FindAllString(chart, -1)
	if len(sers) != 4 {
		t.Fatalf("%d series, want 4", len(sers))
	}
	colors := []string{rb.ZoneInfo(rubric.Hijau).Color, rb.ZoneInfo(rubric.Kuning).Color, rb.ZoneInfo(rubric.Merah).Color, "#BDBDBD"}
	for i, ser := range sers {
		c := strings.TrimPrefix(colors[i], "#")
		if !strings.Contains(ser, `srgbClr val="`+c+`"`) {
			t.Fatalf("series %d lacks colour %s", i+1, c)
		}
		if want := "&#39;Zona&#39;!$B$" + strconv.Itoa(i+2); !strings.Contains(ser, want) && !strings.Contains(ser, strings.ReplaceAll(want, "&#39;", "'")) {
			t.Fatalf("series %d does not point at %s", i+1, want)
		}
	}
	if !el("barDir").MatchString(chart) || !strings.Contains(chart, `barDir val="col"`) {
		t.Fatal("want a column chart")
	}
	valAx := regexp.MustCompile(`(?s)<(?:\w+:)?valAx>.*?</(?:\w+:)?valAx>`).FindString(chart)
	if !regexp.MustCompile(`<(?:\w+:)?min val="0"`).MatchString(valAx) {
		t.Fatalf("value axis does not start at 0: %s", valAx)
	}
}

// TestDetailsAndFindings checks the row counts and a few values of the
// Details and Findings sheets.
func TestDetailsAndFindings(t *testing.T) {
	rb := contoh(t)
	res := synth(t, rb, 20)
	path := write(t, res, msg.EN)
	f := open(t, path)
	if got := f.GetSheetList(); strings.Join(got[:6], "|") != "Summary|Zones|Details|Findings|Evidence|Metadata" {
		t.Fatalf("English sheets %q", got)
	}
	rows, err := f.GetRows("Details")
	if err != nil {
		t.Fatal(err)
	}
	inds := rb.Indicators()
	if len(rows) != len(res.Units)*len(inds)+1 {
		t.Fatalf("%d detail rows, want %d", len(rows), len(res.Units)*len(inds)+1)
	}
	h := rows[0]
	status, points, text := colIndex(t, h, "Status"), colIndex(t, h, "Points"), colIndex(t, h, "Indicator")
	for ui := range res.Units {
		u := &res.Units[ui]
		for j, ind := range inds {
			r := rows[1+ui*len(inds)+j]
			for len(r) < len(h) {
				r = append(r, "")
			}
			ir := &u.Indicators[j]
			if r[0] != u.Code || r[1] != ind.Code || r[text] != ind.Text.EN {
				t.Fatalf("row %q", r)
			}
			wantStatus := map[results.IndicatorStatus]string{results.Met: "Met", results.Partial: "Partly met",
				results.NotMet: "Not met", results.NA: "N/A", results.NotApplicable: "Not for this unit type", results.Missing: "Missing"}[ir.Status]
			if r[status] != wantStatus {
				t.Fatalf("%s %s status %q, want %q", u.Code, ind.Code, r[status], wantStatus)
			}
			if ir.Status.Scored() {
				got, err := strconv.ParseFloat(r[points], 64)
				if err != nil || math.Abs(got-ir.Points) > 1e-12*math.Max(1, ir.Points) {
					t.Fatalf("%s %s points %q, want %v", u.Code, ind.Code, r[points], ir.Points)
				}
			} else if r[points] != "" {
				t.Fatalf("%s %s unscored but points %q", u.Code, ind.Code, r[points])
			}
		}
	}
	panes, err := f.GetPanes("Details")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Fatalf("details panes %+v", panes)
	}
	if part := zipPart(t, path, sheetPart(t, path, "Details")); !autoFilter(part, "A1:"+results.ColumnName(len(h))+strconv.Itoa(len(rows))) {
		t.Fatal("details: no autofilter")
	}

	frows, err := f.GetRows("Findings")
	if err != nil {
		t.Fatal(err)
	}
	var findings, missing int
	for i := range res.Units {
		c := res.Units[i].Counts
		findings += c.NotMet + c.Partial
		missing += c.Missing
	}
	if findings == 0 || missing == 0 {
		t.Fatal("fixture has no findings or no missing items")
	}
	if len(frows) != findings+missing+1 {
		t.Fatalf("%d finding rows, want %d not met/partly met + %d missing + header", len(frows)-1, findings, missing)
	}
	fs := colIndex(t, frows[0], "Status")
	counted := map[string]int{}
	prevUnit, prevInd := -1, -1
	for _, r := range frows[1:] {
		counted[r[fs]]++
		ui := unitIndex(res, r[0])
		ind, _ := rb.Indicator(r[2])
		if ui < prevUnit || (ui == prevUnit && ind.Index() <= prevInd) {
			t.Fatalf("findings out of order at %q", r)
		}
		prevUnit, prevInd = ui, ind.Index()
	}
	if counted["Not met"]+counted["Partly met"] != findings || counted["Missing"] != missing {
		t.Fatalf("finding statuses %v", counted)
	}
}

// autoFilter reports whether a sheet's XML has an autofilter on ref
// (excelize writes it with absolute references).
func autoFilter(sheetXML, ref string) bool {
	abs := regexp.MustCompile(`([A-Z]+)(\d+)`).ReplaceAllString(ref, `$$$1$$$2`)
	return strings.Contains(sheetXML, `<autoFilter ref="`+ref+`"`) || strings.Contains(sheetXML, `<autoFilter ref="`+abs+`"`)
}

func unitIndex(res *results.Results, code string) int {
	for i := range res.Units {
		if res.Units[i].Code == code {
			return i
		}
	}
	return -1
}

// TestMetadata checks what the Metadata sheet says, with and without
// SOURCE_DATE_EPOCH.
func TestMetadata(t *testing.T) {
	rb := contoh(t)
	res := synth(t, rb, 5)
	t.Setenv("SOURCE_DATE_EPOCH", "")
	path := write(t, res, msg.ID)
	f := open(t, path)
	meta := sheetText(t, f, "Metadata")
	for _, want := range []string{rb.Hash(), "contoh", "kepatuhan test", "tidak dicatat", "Bahasa Indonesia (id)",
		strings.Repeat("ab", 32), "data/opd.xlsx", "12345", "Kepatuhan Tinggi", "lembar tersembunyi _kepatuhan", "2 desimal, setengah menjauhi nol"} {
		if !strings.Contains(meta, want) {
			t.Fatalf("Metadata lacks %q:\n%s", want, meta)
		}
	}
	if strings.Contains(meta, "2000") {
		t.Fatalf("Metadata shows the fixed placeholder date:\n%s", meta)
	}
	// No command-line words in the workbook (it named "kepatuhan report",
	// "SOURCE_DATE_EPOCH", "half-away-from-zero").
	for _, sheet := range f.GetSheetList() {
		if sheet == resultbook.HiddenSheet { // the results JSON, for the machine
			continue
		}
		text := sheetText(t, f, sheet)
		for _, bad := range []string{"kepatuhan report", "kepatuhan diff", "kepatuhan score", "SOURCE_DATE_EPOCH", "--", "half-away"} {
			if strings.Contains(text, bad) {
				t.Errorf("sheet %s has %q", sheet, bad)
			}
		}
	}
	props, err := f.GetDocProps()
	if err != nil || props.Created != "2000-01-01T00:00:00Z" || props.Modified != props.Created {
		t.Fatalf("doc props %+v", props)
	}

	t.Setenv("SOURCE_DATE_EPOCH", "1754006400") // 2025-08-01
	path = write(t, res, msg.EN)
	f = open(t, path)
	meta = sheetText(t, f, "Metadata")
	if !strings.Contains(meta, "2025-08-01 00:00:00 UTC") || !strings.Contains(meta, "English (en)") {
		t.Fatalf("Metadata:\n%s", meta)
	}
	if props, _ := f.GetDocProps(); props.Created != "2025-08-01T00:00:00Z" {
		t.Fatalf("created %q", props.Created)
	}
}

func sheetText(t testing.TB, f *excelize.File, sheet string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, " | "))
		b.WriteByte('\n')
	}
	return b.String()
}

// TestDeterministic: the same results give the same bytes, every time.
func TestDeterministic(t *testing.T) {
	res := synth(t, contoh(t), 40)
	dir := t.TempDir()
	var first []byte
	for i := 0; i < 4; i++ {
		p := filepath.Join(dir, "b"+strconv.Itoa(i)+".xlsx")
		if err := writeFile(p, res, resultbook.Options{}); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = data
			continue
		}
		if !bytes.Equal(data, first) {
			t.Fatalf("write %d differs from the first", i)
		}
	}
}

// rewrite copies the workbook at src to dst, passing each part through
// edit.
func rewrite(t testing.TB, src, dst string, edit func(name string, data []byte) []byte) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(edit(f.Name, b.Bytes()))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func problemKey(err error) msg.Key {
	var ps msg.Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		return ps[0].Key
	}
	return ""
}

// TestCorruptHiddenSheet: an edited chunk fails the checksum; a missing
// chunk or header is reported as damage; both in plain words.
func TestCorruptHiddenSheet(t *testing.T) {
	res := synth(t, contoh(t), 6)
	path := write(t, res, msg.ID)
	hidden := sheetPart(t, path, resultbook.HiddenSheet)
	dir := t.TempDir()

	edited := filepath.Join(dir, "edited.xlsx")
	rewrite(t, path, edited, func(name string, data []byte) []byte {
		if name == hidden {
			return bytes.Replace(data, []byte(`U-0001`), []byte(`U-0009`), 1)
		}
		return data
	})
	_, err := resultbook.Read(edited)
	if problemKey(err) != msg.BookChecksum {
		t.Fatalf("want a checksum problem, got %v", err)
	}
	var ps msg.Problems
	errors.As(err, &ps)
	if text := ps[0].Text(msg.ID); !strings.Contains(text, "tidak cocok") || !strings.Contains(text, resultbook.HiddenSheet) {
		t.Fatalf("message %q", text)
	}
	if text := ps[0].Text(msg.EN); !strings.Contains(text, "do not match the recorded SHA-256") {
		t.Fatalf("message %q", text)
	}

	dropped := filepath.Join(dir, "dropped.xlsx")
	rewrite(t, path, dropped, func(name string, data []byte) []byte {
		if name == hidden {
			return regexp.MustCompile(`(?s)<row r="5"[^>]*>.*?</row>`).ReplaceAll(data, nil)
		}
		return data
	})
	if _, err := resultbook.Read(dropped); problemKey(err) != msg.BookDamaged {
		t.Fatalf("want damage, got %v", err)
	}

	format := filepath.Join(dir, "format.xlsx")
	rewrite(t, path, format, func(name string, data []byte) []byte {
		if name == hidden {
			return bytes.Replace(data, []byte(resultbook.Format), []byte("kepatuhan/resultbook/v9"), 1)
		}
		return data
	})
	if _, err := resultbook.Read(format); problemKey(err) != msg.BookUnknownFormat {
		t.Fatalf("want unknown format, got %v", err)
	}
}

// TestVisibleEditsIgnored: changing numbers on the visible sheets does not
// change what Read returns.
func TestVisibleEditsIgnored(t *testing.T) {
	res := synth(t, contoh(t), 6)
	path := write(t, res, msg.ID)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellValue("Ringkasan", "F2", 1.5)
	f.SetCellValue("Ringkasan", "A2", "DIUBAH")
	f.SetCellValue("Rincian", "E2", "Tidak")
	edited := filepath.Join(t.TempDir(), "edited.xlsx")
	if err := f.SaveAs(edited); err != nil {
		t.Fatal(err)
	}
	f.Close()
	back, err := resultbook.Read(edited)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(jsonOf(t, back), jsonOf(t, res)) {
		t.Fatal("visible edits leaked into the results")
	}
}

// TestSharedStrings: the hidden sheet read back when its strings are in
// the shared-string table, as Excel writes them on saving (with phonetic
// runs, which are not part of the text).
func TestSharedStrings(t *testing.T) {
	res := synth(t, contoh(t), 60)
	path := write(t, res, msg.ID)
	hidden := sheetPart(t, path, resultbook.HiddenSheet)
	old := zipPart(t, path, "xl/sharedStrings.xml")
	base := strings.Count(old, "<si>")
	var sst []string
	inline := regexp.MustCompile(`(?s)<c([^>]*?) t="inlineStr"><is><t([^>]*)>(.*?)</t></is></c>`)
	hiddenXML := inline.ReplaceAllStringFunc(zipPart(t, path, hidden), func(m string) string {
		sub := inline.FindStringSubmatch(m)
		sst = append(sst, `<si><r><t`+sub[2]+`>`+sub[3]+`</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh></si>`)
		return `<c` + sub[1] + ` t="s"><v>` + strconv.Itoa(base+len(sst)-1) + `</v></c>`
	})
	if len(sst) < 5 {
		t.Fatalf("only %d strings moved", len(sst))
	}
	dst := filepath.Join(t.TempDir(), "sst.xlsx")
	rewrite(t, path, dst, func(name string, data []byte) []byte {
		switch name {
		case hidden:
			return []byte(hiddenXML)
		case "xl/sharedStrings.xml":
			return []byte(strings.Replace(old, "</sst>", strings.Join(sst, "")+"</sst>", 1))
		}
		return data
	})
	back, err := resultbook.Read(dst)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(jsonOf(t, back), jsonOf(t, res)) {
		t.Fatal("round trip through shared strings differs")
	}
}

// TestIsResultBook tells results workbooks from other files.
func TestIsResultBook(t *testing.T) {
	path := write(t, synth(t, contoh(t), 2), msg.ID)
	if ok, err := resultbook.IsResultBook(path); !ok || err != nil {
		t.Fatalf("ours: %v %v", ok, err)
	}
	dir := t.TempDir()
	plain := filepath.Join(dir, "biasa.xlsx")
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", "Kode")
	if err := f.SaveAs(plain); err != nil {
		t.Fatal(err)
	}
	if ok, err := resultbook.IsResultBook(plain); ok || err != nil {
		t.Fatalf("ordinary workbook: %v %v", ok, err)
	}
	if _, err := resultbook.Read(plain); problemKey(err) != msg.BookNotResultBook {
		t.Fatalf("reading an ordinary workbook: %v", err)
	}
	csv := filepath.Join(dir, "data.xlsx")
	os.WriteFile(csv, []byte("kode;nilai\nA;1\n"), 0o644)
	if ok, err := resultbook.IsResultBook(csv); ok || err != nil {
		t.Fatalf("csv: %v %v", ok, err)
	}
	if _, err := resultbook.Read(csv); problemKey(err) != msg.BookNotXLSX {
		t.Fatalf("reading a csv: %v", err)
	}
	if _, err := resultbook.IsResultBook(filepath.Join(dir, "tidak-ada.xlsx")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
	for _, s := range []string{"form-openpyxl.xlsx", "long-libreoffice.xlsx"} {
		if ok, err := resultbook.IsResultBook("../../testdata/samples/" + s); ok || err != nil {
			t.Fatalf("%s: %v %v", s, ok, err)
		}
	}
}

// TestEmpty: a run with no units still gives a valid workbook.
func TestEmpty(t *testing.T) {
	res := synth(t, contoh(t), 0)
	path := write(t, res, msg.ID)
	back, err := resultbook.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(jsonOf(t, back), jsonOf(t, res)) {
		t.Fatal("empty round trip differs")
	}
}

// TestGivenJSON: a workbook written with the results JSON given by the
// caller is the workbook written without it, byte for byte; an error
// from the caller's JSON is Write's, and leaves no file.
func TestGivenJSON(t *testing.T) {
	res := synth(t, contoh(t), 30)
	plain := write(t, res, msg.ID)
	given := filepath.Join(t.TempDir(), "given.xlsx")
	js := jsonOf(t, res)
	if err := writeFile(given, res, resultbook.Options{JSON: func() ([]byte, error) { return js, nil }}); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(plain)
	b, _ := os.ReadFile(given)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Fatalf("the workbook differs with the JSON given (%d and %d bytes)", len(a), len(b))
	}
	failed := filepath.Join(t.TempDir(), "failed.xlsx")
	boom := errors.New("the JSON could not be made")
	if err := writeFile(failed, res, resultbook.Options{JSON: func() ([]byte, error) { return nil, boom }}); !errors.Is(err, boom) {
		t.Fatalf("err %v, want %v", err, boom)
	}
	if _, err := os.Stat(failed); !os.IsNotExist(err) {
		t.Fatalf("a workbook was written though its JSON failed (%v)", err)
	}
}

// Every sheet prints on A4 (without a size Excel and LibreOffice print
// on US Letter), landscape and one page wide for the tables, with their
// header row repeated on every page.
func TestPrintSetup(t *testing.T) {
	res := synth(t, contoh(t), 10)
	path := write(t, res, msg.ID)
	f := open(t, path)
	tables := map[string]bool{"Ringkasan": true, "Rincian": true, "Temuan": true, "Bukti": true}
	for _, sheet := range f.GetSheetList() {
		if sheet == resultbook.HiddenSheet {
			continue
		}
		part := zipPart(t, path, sheetPart(t, path, sheet))
		setup := regexp.MustCompile(`<pageSetup[^>]*>`).FindString(part)
		if !strings.Contains(setup, `paperSize="9"`) {
			t.Errorf("%s: not A4: %s", sheet, setup)
		}
		if tables[sheet] {
			if !strings.Contains(setup, `orientation="landscape"`) || !strings.Contains(setup, `fitToWidth="1"`) {
				t.Errorf("%s: %s", sheet, setup)
			}
			titles := false
			for _, dn := range f.GetDefinedName() {
				titles = titles || dn.Name == "_xlnm.Print_Titles" && dn.Scope == sheet
			}
			if !titles {
				t.Errorf("%s: no title row repeated", sheet)
			}
		}
	}
}
