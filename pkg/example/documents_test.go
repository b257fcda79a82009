package example_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/beritaacara"
	"github.com/kepatuhan/kepatuhan/pkg/card"
	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/evidence"
	"github.com/kepatuhan/kepatuhan/pkg/example"
	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/issuer"
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
	"kepatuhan berita-acara", "kepatuhan.yaml", "SOURCE_DATE_EPOCH", "KEPATUHAN_LANG", "KEPATUHAN_CONFIG",
	"self_vs_verified", "unit_heads", "acknowledged:", "replaces", "applies_to", "unit_types", "targets:", "rollup", "roll-up",
	"half-away-from-zero", "half-even", "kunci ", diff.Schema, results.Schema,
}

// Every document made from the example district — the cards, the annual
// report (PDF and workbook), the results workbook, the comparison of the
// two years (PDF and workbook) and the blank forms — in both languages:
// its text (pdftotext for a PDF, every visible sheet's cells for a
// workbook) holds no command-line word, and every page of every PDF and
// every sheet of every workbook prints on A4. The district is read with its evidence folders,
// as score --bukti reads it, so that what evidence adds is checked too:
// the cards' photos and evidence appendix, the report's evidence
// completeness (PDF and sheet), the results workbook's Bukti sheet and
// the comparison's evidence changed or gone.
func TestDocumentsHaveNoCommandWords(t *testing.T) {
	c := newDocChecker(t)
	root := c.root
	load := func(year int) *results.Results {
		_, wb := example.Files(year)
		out := ingest.Load([]string{filepath.Join(root, wb)}, ingest.Options{Jobs: 1, Evidence: filepath.Join(root, example.EvidenceDir(year))})
		if out.Results == nil {
			t.Fatalf("%d: %v", year, out.Problems)
		}
		return out.Results
	}
	old, nw := load(2023), load(2024)
	pdfText, bookText, check := c.pdfText, c.bookText, c.check
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
		if !slices.Contains(c.sheets, want) {
			t.Errorf("%s has no sheet %q: %v", name, want, c.sheets)
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

// docChecker reads a document's text and checks it: no command-line
// word, and A4 paper (every page of a PDF, every visible sheet of a
// workbook).
type docChecker struct {
	t                  *testing.T
	root, dir          string
	pdftotext, pdfinfo string
	sheets             []string // the last workbook's visible sheets
}

func newDocChecker(t *testing.T) *docChecker {
	t.Helper()
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not on PATH")
	}
	pdfinfo, _ := exec.LookPath("pdfinfo")
	return &docChecker{t: t, root: filepath.Join("..", "..", "testdata", "example"), dir: t.TempDir(),
		pdftotext: pdftotext, pdfinfo: pdfinfo}
}

// pdfText is a PDF's text; every page must be A4 (595 × 842 points).
func (c *docChecker) pdfText(name string, data []byte) string {
	t := c.t
	t.Helper()
	path := filepath.Join(c.dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(c.pdftotext, path, "-").Output()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if c.pdfinfo != "" {
		info, err := exec.Command(c.pdfinfo, "-f", "1", "-l", "999", path).Output()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, line := range strings.Split(string(info), "\n") {
			if strings.HasPrefix(line, "Page") && strings.Contains(line, " size:") && !strings.Contains(line, "(A4)") {
				t.Errorf("%s: not A4: %s", name, line)
			}
		}
	}
	return string(out)
}

// bookText is the text of a workbook's visible sheets; each must print
// on A4.
func (c *docChecker) bookText(name string, data []byte) string {
	t := c.t
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	defer f.Close()
	var b strings.Builder
	c.sheets = c.sheets[:0]
	for _, sheet := range f.GetSheetList() {
		if v, _ := f.GetSheetVisible(sheet); !v {
			continue // the machine's: the results JSON, the drop-downs' lists
		}
		c.sheets = append(c.sheets, sheet)
		// Every sheet prints on A4: without a size, Excel and
		// LibreOffice print on US Letter (the results workbook did).
		if pl, err := f.GetPageLayout(sheet); err != nil || pl.Size == nil || *pl.Size != 9 {
			t.Errorf("%s › %s: not A4 (%v)", name, sheet, err)
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatalf("%s › %s: %v", name, sheet, err)
		}
		b.WriteString("[" + sheet + "]\n")
		for _, r := range rows {
			b.WriteString(strings.Join(r, " | ") + "\n")
		}
	}
	return b.String()
}

// check: the text is there and holds no command-line word.
func (c *docChecker) check(name, text string) {
	t := c.t
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

// The documents of the example's verification round, in both languages,
// before and after the corrections, signed by the example's issuer: the
// berita acara of every unit and of the round, the cards (provisional
// and final), the annual report with its accuracy table (PDF and
// workbook), the results workbook with its Verifikasi and Koreksi
// sheets, the comparison of self against verified, and the forms of both
// stages — no command-line word, A4, and the round's parts are there.
func TestRoundDocumentsHaveNoCommandWords(t *testing.T) {
	c := newDocChecker(t)
	_, _, _, config, _ := example.RoundFiles()
	iss, err := issuer.Load(filepath.Join(c.root, config))
	if err != nil {
		t.Fatal(err)
	}
	r, err := rubric.Builtin("ombudsman-2019")
	if err != nil {
		t.Fatal(err)
	}
	unitList, _ := example.Files(2024)
	units, err := form.ReadUnits(filepath.Join(c.root, unitList), r)
	if err != nil {
		t.Fatal(err)
	}
	self, _, _, _, _ := example.RoundFiles()
	selfOut := ingest.Load([]string{filepath.Join(c.root, self)}, ingest.Options{Jobs: 1})
	if selfOut.Invalid() || selfOut.Results == nil {
		t.Fatal(selfOut.Problems)
	}
	answers := map[string]*results.Unit{}
	for i := range selfOut.Results.Units {
		answers[rubric.CodeKey(selfOut.Results.Units[i].Code)] = &selfOut.Results.Units[i]
	}
	has := func(name, text string, wants ...string) {
		t.Helper()
		for _, w := range wants {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q", name, w)
			}
		}
	}
	for _, corrected := range []bool{false, true} {
		res, err := example.LoadRound(c.root, corrected)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []msg.Lang{msg.ID, msg.EN} {
			l := fmt.Sprintf("%s corrected=%v", lang, corrected)
			tr := func(k msg.Key, args ...any) string { return msg.T(lang, k, args...) }
			bo := beritaacara.Options{Lang: lang, Issuer: iss, Date: "2024-10-15"}
			for i := range res.Units {
				u := &res.Units[i]
				pdf, err := beritaacara.Unit(res, u, bo)
				if err != nil {
					t.Fatal(err)
				}
				c.check("berita acara "+u.Code+" "+l, c.pdfText("ba.pdf", pdf))
			}
			pdf, err := beritaacara.Round(res, bo)
			if err != nil {
				t.Fatal(err)
			}
			c.check("berita acara of the round "+l, c.pdfText("ba-round.pdf", pdf))

			err = card.RenderAll(res, card.Options{Lang: lang, Jobs: 1, Issuer: iss}, func(i int, data []byte) error {
				c.check("card "+res.Units[i].Code+" "+l, c.pdfText("card.pdf", data))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			rp := report.Build(res, report.Options{Lang: lang, Issuer: iss})
			if pdf, err = rp.PDF(); err != nil {
				t.Fatal(err)
			}
			text := c.pdfText("report.pdf", pdf)
			c.check("report PDF "+l, text)
			has("report PDF "+l, text, tr(msg.ReportSecAccuracy))
			xlsx, err := rp.XLSX()
			if err != nil {
				t.Fatal(err)
			}
			text = c.bookText("report.xlsx", xlsx)
			c.check("report workbook "+l, text)
			has("report workbook "+l, text, "["+tr(msg.ReportSheetAccuracy)+"]")
			var buf bytes.Buffer
			if err := resultbook.Write(&buf, res, resultbook.Options{Lang: lang}); err != nil {
				t.Fatal(err)
			}
			text = c.bookText("hasil.xlsx", buf.Bytes())
			c.check("results workbook "+l, text)
			has("results workbook "+l, text, "["+tr(msg.BookSheetVerification)+"]", "["+tr(msg.BookSheetCorrections)+"]")

			sv, vr, ok := diff.SelfVsVerified(res)
			if !ok {
				t.Fatal("no self against verified")
			}
			rep := diff.Compare(sv, vr, diff.Options{SelfVsVerified: true})
			for _, format := range []string{"pdf", "xlsx"} {
				spec, _ := diff.Formats.Lookup(format)
				var out bytes.Buffer
				if err := spec.Format.Write(&out, rep, diff.RenderOptions{Lang: lang}); err != nil {
					t.Fatal(err)
				}
				if format == "pdf" {
					c.check("self against verified PDF "+l, c.pdfText("diff.pdf", out.Bytes()))
				} else {
					c.check("self against verified workbook "+l, c.bookText("diff.xlsx", out.Bytes()))
				}
			}
			if corrected {
				continue // the forms do not depend on the corrections
			}
			for _, fo := range []form.Options{{Lang: lang, Stage: form.StageSelf}, {Lang: lang, Stage: form.StageVerify, Answers: answers}} {
				buf.Reset()
				if err := form.Write(&buf, r, units, fo); err != nil {
					t.Fatal(err)
				}
				c.check("form "+fo.Stage+" "+l, c.bookText("form.xlsx", buf.Bytes()))
			}
		}
	}
}
