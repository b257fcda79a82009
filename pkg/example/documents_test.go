package example_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/card"
	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/evidence"
	"github.com/kepatuhan/kepatuhan/pkg/example"
	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/report"
	"github.com/kepatuhan/kepatuhan/pkg/resultbook"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// commandWords are words of the command line and of the rubric format,
// which a document for a Bupati or an auditor must not carry: flags, the
// commands, the environment, the YAML keys, the rounding modes' names.
var commandWords = []string{
	"--", "kepatuhan score", "kepatuhan report", "kepatuhan diff", "kepatuhan form", "kepatuhan rubric",
	"SOURCE_DATE_EPOCH", "KEPATUHAN_LANG", "replaces", "applies_to", "unit_types", "targets:", "rollup", "roll-up",
	"half-away-from-zero", "half-even", "kunci ", diff.Schema, results.Schema,
}

// Every document made from the example district — the cards, the annual
// report (PDF and workbook), the results workbook, the comparison of the
// two years (PDF and workbook) and the blank forms — in both languages:
// its text (pdftotext for a PDF, every visible sheet's cells for a
// workbook) holds no command-line word, and every sheet of every
// workbook prints on A4. The district is read with its evidence folders,
// as score --bukti reads it, so that what evidence adds is checked too:
// the cards' photos and evidence appendix, the report's evidence
// completeness (PDF and sheet), the results workbook's Bukti sheet and
// the comparison's evidence changed or gone.
func TestDocumentsHaveNoCommandWords(t *testing.T) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not on PATH")
	}
	root := filepath.Join("..", "..", "testdata", "example")
	load := func(year int) *results.Results {
		_, wb := example.Files(year)
		out := ingest.Load([]string{filepath.Join(root, wb)}, ingest.Options{Jobs: 1, Evidence: filepath.Join(root, example.EvidenceDir(year))})
		if out.Results == nil {
			t.Fatalf("%d: %v", year, out.Problems)
		}
		return out.Results
	}
	old, nw := load(2023), load(2024)
	dir := t.TempDir()
	pdfText := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(pdftotext, path, "-").Output()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return string(out)
	}
	var sheets []string // the last workbook's visible sheets
	bookText := func(name string, data []byte) string {
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		defer f.Close()
		var b strings.Builder
		sheets = sheets[:0]
		for _, sheet := range f.GetSheetList() {
			if v, _ := f.GetSheetVisible(sheet); !v {
				continue // the machine's: the results JSON, the drop-downs' lists
			}
			sheets = append(sheets, sheet)
			// Every sheet prints on A4: without a size, Excel and
			// LibreOffice print on US Letter (the results workbook did).
			if pl, err := f.GetPageLayout(sheet); err != nil || pl.Size == nil || *pl.Size != 9 {
				t.Errorf("%s › %s: not A4 (%v)", name, sheet, err)
			}
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatalf("%s › %s: %v", name, sheet, err)
			}
			for _, r := range rows {
				b.WriteString(strings.Join(r, " | ") + "\n")
			}
		}
		return b.String()
	}
	check := func(name, text string) {
		t.Helper()
		if strings.TrimSpace(text) == "" {
			t.Errorf("%s: no text", name)
		}
		for _, w := range commandWords {
			if i := strings.Index(text, w); i >= 0 {
				t.Errorf("%s has %q: …%s…", name, w, text[max(0, i-60):min(len(text), i+60)])
			}
		}
	}
	r, err := rubric.Builtin("ombudsman-2019")
	if err != nil {
		t.Fatal(err)
	}
	unitList, _ := example.Files(2024)
	units, err := form.ReadUnits(filepath.Join(root, unitList), r)
	if err != nil {
		t.Fatal(err)
	}
	// has says that a document shows what evidence adds to it.
	has := func(name, text, want string) {
		t.Helper()
		if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
			t.Errorf("%s does not show %q", name, want)
		}
	}
	hasSheet := func(name, want string) {
		t.Helper()
		if !slices.Contains(sheets, want) {
			t.Errorf("%s has no sheet %q: %v", name, want, sheets)
		}
	}
	words := map[msg.Lang]struct{ appendix, completeness, sheet, changed string }{
		msg.ID: {"Lampiran: daftar bukti dukung", "Lampiran: kelengkapan bukti dukung", "Bukti", "Bukti yang berubah atau hilang"},
		msg.EN: {"Appendix: the evidence", "Appendix: evidence completeness", "Evidence", "Evidence changed or gone"},
	}
	photos := evidence.NewPhotos(filepath.Join(root, example.EvidenceDir(2024)), "")
	defer photos.Close()
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		l := string(lang)
		ws := words[lang]
		appendices := 0
		err := card.RenderAll(nw, card.Options{Lang: lang, Jobs: 1, Photos: photos}, func(i int, data []byte) error {
			text := pdfText("card.pdf", data)
			check("card "+nw.Units[i].Code+" "+l, text)
			if strings.Contains(strings.Join(strings.Fields(text), " "), ws.appendix) {
				appendices++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if appendices == 0 {
			t.Errorf("no card in %s has an evidence appendix", l)
		}
		rp := report.Build(nw, report.Options{Lang: lang})
		pdf, err := rp.PDF()
		if err != nil {
			t.Fatal(err)
		}
		text := pdfText("report.pdf", pdf)
		check("report PDF "+l, text)
		has("report PDF "+l, text, ws.completeness)
		xlsx, err := rp.XLSX()
		if err != nil {
			t.Fatal(err)
		}
		check("report workbook "+l, bookText("report.xlsx", xlsx))
		hasSheet("report workbook "+l, ws.sheet)
		var buf bytes.Buffer
		if err := resultbook.Write(&buf, nw, resultbook.Options{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		check("results workbook "+l, bookText("hasil.xlsx", buf.Bytes()))
		hasSheet("results workbook "+l, ws.sheet)
		rep := diff.Compare(old, nw, diff.Options{})
		for _, format := range []string{"pdf", "xlsx"} {
			spec, _ := diff.Formats.Lookup(format)
			var out bytes.Buffer
			if err := spec.Format.Write(&out, rep, diff.RenderOptions{Lang: lang}); err != nil {
				t.Fatal(err)
			}
			if format == "pdf" {
				text := pdfText("diff.pdf", out.Bytes())
				check("comparison PDF "+l, text)
				has("comparison PDF "+l, text, ws.changed)
			} else {
				check("comparison workbook "+l, bookText("diff.xlsx", out.Bytes()))
			}
		}
		buf.Reset()
		if err := form.Write(&buf, r, units, form.Options{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		check("form "+l, bookText("form.xlsx", buf.Bytes()))
	}
}
