package form

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// typesYAML exercises every observed answer type: levels with
// descriptions, a number with a unit, a choice list too long to type into
// a validation (and with a comma in a label), N/A, evidence, a unit-type
// scope and nested groups.
const typesYAML = `
schema: kepatuhan/rubric/v1
id: uji-jenis
version: "2"
title: {id: Rubrik uji jenis jawaban, en: Answer-type test rubric}
kind: observation
scale: {min: 0, max: 100, decimals: 2}
bands:
  - {min: 0, label: {id: Rendah, en: Low}, zone: merah}
  - {min: 50, grade: A, label: {id: Tinggi, en: High}, zone: hijau}
unit_types:
  - {id: opd, label: {id: Perangkat Daerah, en: Regional agency}}
  - {id: puskesmas, label: {id: Puskesmas, en: Health centre}}
groups:
  - code: A
    name: {id: Kelompok A, en: Group A}
    weight: 1
    groups:
      - code: A1
        name: {id: Subkelompok A1, en: Subgroup A1}
        weight: 1
        indicators:
          - code: A1-01
            text: {id: Tingkat penerapan standar, en: How far the standard is applied}
            type: levels
            evidence: true
            levels:
              min: 0
              max: 3
              descriptions:
                0: {id: Belum ada penerapan, en: Not applied}
                1: {id: Diterapkan sebagian kecil, en: Applied a little}
                2: {id: Diterapkan sebagian besar, en: Mostly applied}
                3: {id: Diterapkan seluruhnya, en: Fully applied}
          - code: A1-02
            text: Persentase loket yang buka tepat waktu
            type: number
            number: {min: 0, max: 100, unit: "%", rule: linear, zero_at: 0, full_at: 100}
  - code: B
    name: {id: Kelompok B, en: Group B}
    weight: 1
    indicators:
      - code: B-01
        text: Kelengkapan sarana bagi pengguna berkebutuhan khusus
        type: choice
        choices:
          - {label: "Ada, lengkap dan berfungsi baik", points: 1}
          - {label: Ada dan sebagian besar berfungsi, points: 0.9}
          - {label: Ada dan setengahnya berfungsi, points: 0.8}
          - {label: Ada tetapi sebagian kecil berfungsi, points: 0.7}
          - {label: Ada tetapi rusak dan belum diperbaiki, points: 0.6}
          - {label: Ada tetapi tidak dapat diakses, points: 0.5}
          - {label: Sedang dibangun atau direnovasi, points: 0.4}
          - {label: Direncanakan dalam anggaran tahun ini, points: 0.3}
          - {label: Direncanakan tanpa anggaran, points: 0.2}
          - {label: Belum direncanakan sama sekali, points: 0}
      - code: B-02
        text: Ruang laktasi tersedia
        type: check
        na: true
        applies_to: [puskesmas]
`

const surveyYAML = `
schema: kepatuhan/rubric/v1
id: uji-survei
version: "1"
title: {id: Survei uji, en: Test survey}
kind: survey
scale: {min: 25, max: 100, decimals: 2}
bands:
  - {min: 25, grade: C, label: {id: Kurang, en: Poor}}
  - {min: 75, grade: A, label: {id: Baik, en: Good}}
unit_types:
  - {id: opd, label: {id: Perangkat Daerah, en: Regional agency}}
indicators:
  - code: U1
    text: {id: Kesesuaian persyaratan dengan jenis pelayanan, en: How well the requirements fit the service}
    type: survey
    survey: {min: 1, max: 4, labels: {1: {id: Tidak sesuai, en: Unfit}, 4: {id: Sangat sesuai, en: Very fit}}}
  - code: U2
    text: Kecepatan pelayanan
    type: survey
    survey: {min: 1, max: 4}
  - code: U3
    text: Kepuasan secara umum
    type: survey
    survey: {min: 1, max: 5}
`

const mixedYAML = `
schema: kepatuhan/rubric/v1
id: uji-campur
version: "2024.1"
title: Rubrik uji campuran
kind: mixed
scale: {min: 0, max: 100, decimals: 2}
bands:
  - {min: 0, grade: E, label: Rendah, zone: merah}
  - {min: 60, grade: A, label: Tinggi, zone: hijau}
groups:
  - code: IN
    name: Input
    weight: 1
    indicators:
      - code: IN-01
        text: Kompetensi pelaksana
        type: levels
        levels: {min: 0, max: 3, descriptions: {0: Tidak tahu, 1: Sedikit, 2: Banyak, 3: Semua}}
      - {code: IN-02, text: Ruang tunggu tersedia, type: check}
  - code: OU
    name: Output
    weight: 1
    indicators:
      - {code: OU-01, text: Pengguna tidak mengalami penundaan, type: survey, survey: {min: 1, max: 4}}
      - {code: OU-02, text: Pengguna tidak dimintai imbalan, type: survey, survey: {min: 1, max: 4}}
`

var dinkes = Unit{Code: "DINKES", Name: "Dinas Kesehatan", Type: "opd", Region: "Kabupaten Langkat",
	Period: "2024", Assessor: "Siti Aminah", Date: "12/08/2024"}

func TestContohFormLayout(t *testing.T) {
	r := contoh(t)
	units := []Unit{dinkes, {Code: "PKM-01", Name: "Puskesmas Stabat"}}
	f := open(t, writeForm(t, r, units, Options{}))

	if got, want := f.GetSheetList(), []string{"Petunjuk", "DINKES", "PKM-01", "Daftar", "_kepatuhan"}; !slices.Equal(got, want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	for _, s := range []struct {
		name    string
		visible bool
	}{{"Petunjuk", true}, {"DINKES", true}, {"PKM-01", true}, {"Daftar", false}, {"_kepatuhan", false}} {
		if v, _ := f.GetSheetVisible(s.name); v != s.visible {
			t.Errorf("sheet %s visible=%v, want %v", s.name, v, s.visible)
		}
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("active sheet %d, want the instructions", f.GetActiveSheetIndex())
	}

	// The header block: label in A, value in B, rows 2–10.
	block := [][2]string{
		{"Kode Unit", "DINKES"}, {"Nama Unit", "Dinas Kesehatan"}, {"Jenis Unit", "opd"},
		{"Instansi", "Kabupaten Langkat"}, {"Tahun", "2024"}, {"Penilai", "Siti Aminah"},
		{"Tanggal", "12/08/2024"}, {"Rubrik", "contoh"}, {"Versi Rubrik", "1"},
	}
	for i, kv := range block {
		row := strconv.Itoa(2 + i)
		if got := get(t, f, "DINKES", "A"+row); got != kv[0] {
			t.Errorf("A%s = %q, want %q", row, got, kv[0])
		}
		if got := get(t, f, "DINKES", "B"+row); got != kv[1] {
			t.Errorf("B%s = %q, want %q", row, got, kv[1])
		}
		// Nothing right of a value (B, merged over C): a reader takes the
		// next non-empty cell.
		for _, c := range "DEFG" {
			if v := get(t, f, "DINKES", string(c)+row); v != "" {
				t.Errorf("%c%s = %q: the header block must be empty right of its value", c, row, v)
			}
		}
	}
	merges, _ := f.GetMergeCells("DINKES")
	merged := map[string]bool{}
	for _, m := range merges {
		merged[m.GetStartAxis()+":"+m.GetEndAxis()] = true
	}
	for i := 2; i <= 10; i++ {
		if r := strconv.Itoa(i); !merged["B"+r+":C"+r] {
			t.Errorf("B%s:C%s is not merged", r, r)
		}
	}
	if typ, _ := f.GetCellType("DINKES", "B6"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("Tahun is stored as %v, want a number", typ)
	}
	if got := get(t, f, "PKM-01", "B4"); got != "" {
		t.Errorf("PKM-01 has no type but B4 = %q", got)
	}
	if got := get(t, f, "PKM-01", "B9"); got != "contoh" {
		t.Errorf("PKM-01 Rubrik = %q", got)
	}
	if title := get(t, f, "DINKES", "A1"); !strings.Contains(title, r.Title.ID) {
		t.Errorf("title row %q lacks the rubric title", title)
	}
	if get(t, f, "DINKES", "A11") != "" {
		t.Error("row 11 must be blank")
	}

	// The table header, then sections and indicators in rubric order.
	head := []string{"No", "Kode", "Indikator", "Panduan", "Jawaban", "Catatan", "Bukti"}
	for i, h := range head {
		ref, _ := excelize.CoordinatesToCellName(i+1, 12)
		if got := get(t, f, "DINKES", ref); got != h {
			t.Errorf("%s = %q, want %q", ref, got, h)
		}
	}
	type line struct{ a, code string }
	want := []line{{"SP — Standar Pelayanan", ""}, {"1", "SP-01"}, {"2", "SP-02"}, {"3", "SP-03"}, {"4", "SP-04"},
		{"SR — Sarana Prasarana", ""}, {"5", "SR-01"}, {"6", "SR-02"}, {"7", "SR-03"}}
	rows, err := f.GetRows("DINKES")
	if err != nil {
		t.Fatal(err)
	}
	// The table, a gap, the signature lines.
	if len(rows) != 12+len(want)+2 {
		t.Fatalf("%d rows, want %d", len(rows), 12+len(want)+2)
	}
	sign := strconv.Itoa(12 + len(want) + 2)
	if a, b, d, f6 := get(t, f, "DINKES", "A"+sign), get(t, f, "DINKES", "B"+sign), get(t, f, "DINKES", "D"+sign), get(t, f, "DINKES", "F"+sign); a != "" || b != "" ||
		!strings.HasPrefix(d, "Penilai,") || !strings.Contains(d, "Nama dan tanda tangan") || !strings.Contains(d, "Tanggal:") ||
		!strings.HasPrefix(f6, "Petugas unit yang dinilai,") || !strings.Contains(f6, "Nama, jabatan dan tanda tangan") {
		t.Errorf("signature row %s: A %q B %q D %q F %q", sign, a, b, d, f6)
	}
	if dim, _ := f.GetSheetDimension("DINKES"); dim != "A1:G"+sign {
		t.Errorf("dimension %s: the signatures are outside it", dim)
	}
	for i, w := range want {
		row := 13 + i
		r := strconv.Itoa(row)
		if got := get(t, f, "DINKES", "A"+r); got != w.a {
			t.Errorf("A%d = %q, want %q", row, got, w.a)
		}
		if got := get(t, f, "DINKES", "B"+r); got != w.code {
			t.Errorf("B%d = %q, want %q", row, got, w.code)
		}
		if w.code == "" {
			continue
		}
		ind, _ := contoh(t).Indicator(w.code)
		if got := get(t, f, "DINKES", "C"+r); got != ind.Text.ID {
			t.Errorf("C%d = %q, want %q", row, got, ind.Text.ID)
		}
		if got := get(t, f, "DINKES", "E"+r); got != "" {
			t.Errorf("answer E%d is prefilled with %q", row, got)
		}
		dv := validation(t, f, "DINKES", "E"+r)
		if got, want := listOf(t, f, dv), score.Accepted(ind); !slices.Equal(got, want) {
			t.Errorf("%s drop-down %v, want %v", w.code, got, want)
		}
		if dv.ErrorStyle == nil || *dv.ErrorStyle != "stop" || dv.Prompt == nil || *dv.Prompt == "" {
			t.Errorf("%s: validation without a stop alert or an input message", w.code)
		}
	}
	if g := get(t, f, "DINKES", "D20"); !strings.Contains(g, "Lengkap = 100% nilai") || !strings.Contains(g, "Sebagian = 50% nilai") {
		t.Errorf("choice guidance %q", g)
	}
	if g := get(t, f, "DINKES", "D21"); !strings.Contains(g, "N/A") {
		t.Errorf("N/A guidance %q", g)
	}

	// Print-ready.
	for _, sh := range []string{"DINKES", "PKM-01", "Petunjuk"} {
		pl, err := f.GetPageLayout(sh)
		if err != nil {
			t.Fatal(err)
		}
		// Short instructions print on one page (they left a second
		// nearly blank).
		tall := 0
		if sh == "Petunjuk" {
			tall = 1
		}
		if *pl.Size != 9 || *pl.Orientation != "portrait" || *pl.FitToWidth != 1 || *pl.FitToHeight != tall {
			t.Errorf("%s page: size %d %s fit %dx%d, want A4 (9) portrait 1 wide", sh, *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
		}
		sp, err := f.GetSheetProps(sh)
		if err != nil || sp.FitToPage == nil || !*sp.FitToPage {
			t.Errorf("%s: fit-to-page is off", sh)
		}
		hf, err := f.GetHeaderFooter(sh)
		if err != nil || hf == nil || !strings.Contains(hf.OddFooter, "&P") || !strings.Contains(hf.OddFooter, "contoh") {
			t.Errorf("%s footer %+v: want page numbers and the rubric id", sh, hf)
		}
	}
	titles := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = dn.RefersTo
		}
	}
	if titles["DINKES"] != "'DINKES'!$1:$12" || titles["PKM-01"] != "'PKM-01'!$1:$12" {
		t.Errorf("print titles %v, want rows 1–12 of each form sheet", titles)
	}
	panes, err := f.GetPanes("DINKES")
	if err != nil || !panes.Freeze || panes.YSplit != 12 || panes.TopLeftCell != "A13" {
		t.Errorf("panes %+v: want frozen below row 12", panes)
	}
	if wd, _ := f.GetColWidth("DINKES", "C"); wd < 20 {
		t.Errorf("indicator column %v wide", wd)
	}

	// The rubric recorded in the hidden sheet and the properties.
	meta := map[string]string{}
	for i := 1; i <= 4; i++ {
		meta[get(t, f, "_kepatuhan", "A"+strconv.Itoa(i))] = get(t, f, "_kepatuhan", "B"+strconv.Itoa(i))
	}
	if meta["rubric"] != "contoh" || meta["version"] != "1" || meta["hash"] != r.Hash() || meta["tool"] != stamp.Tool() {
		t.Errorf("_kepatuhan = %v", meta)
	}
	if rows, _ := f.GetRows("_kepatuhan"); len(rows) != 4 {
		t.Errorf("_kepatuhan holds %d rows, want 4", len(rows))
	}
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Subject != "contoh 1" || !strings.Contains(props.Keywords, "rubric=contoh") || !strings.Contains(props.Title, r.Title.ID) {
		t.Errorf("props %+v", props)
	}
	if props.Created != "2000-01-01T00:00:00Z" || props.Modified != props.Created {
		t.Errorf("props times %s %s, want pkg/stamp's fixed time", props.Created, props.Modified)
	}
}

// Instructions a little longer than a page print on one; a long unit
// list goes on over pages at full size.
func TestInstructionsPages(t *testing.T) {
	for _, c := range []struct {
		units int
		tall  int
	}{{12, 1}, {80, 0}} {
		units := make([]Unit, c.units)
		for i := range units {
			units[i] = Unit{Code: "UNIT-" + strconv.Itoa(i+1), Name: "Unit pelayanan nomor " + strconv.Itoa(i+1)}
		}
		f := open(t, writeForm(t, contoh(t), units, Options{}))
		pl, err := f.GetPageLayout(SheetInstructions)
		if err != nil {
			t.Fatal(err)
		}
		if *pl.Size != 9 || *pl.FitToWidth != 1 || *pl.FitToHeight != c.tall {
			t.Errorf("%d units: size %d fit %dx%d, want A4 1 wide %d tall", c.units, *pl.Size, *pl.FitToWidth, *pl.FitToHeight, c.tall)
		}
	}
}

func TestInstructionsSheet(t *testing.T) {
	r := contoh(t)
	f := open(t, writeForm(t, r, []Unit{dinkes, {Code: "PKM-01"}}, Options{}))
	rows, err := f.GetRows("Petunjuk")
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, row := range rows {
		all = append(all, strings.Join(row, " | "))
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{
		"Petunjuk Pengisian Formulir", r.Title.ID, r.Hash(), "contoh", "0–100",
		"Kosongkan jawaban bila indikator belum dinilai", "belum lengkap", "N/A (tidak berlaku)",
		"Jangan mengubah kolom Kode", "kolom Catatan", "kolom Bukti",
		// Rentang | Predikat (over the grade's room: the rubric has no
		// grades) | Zona, the best band first.
		"Rentang nilai | Predikat |  | Zona",
		"81,00 – 100,00 | Kepatuhan Tinggi |  | Zona Hijau\n51,00 – 80,99 | Kepatuhan Sedang |  | Zona Kuning\n0,00 – 50,99 | Kepatuhan Rendah |  | Zona Merah",
		"Ya / Tidak", "Pilihan",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("instructions lack %q", want)
		}
	}
	if strings.Contains(text, "Baris abu-abu") {
		t.Error("instructions mention grey rows, but contoh scopes no indicator")
	}
	// The index links each unit sheet.
	found := 0
	for i, row := range rows {
		if len(row) > 0 && (row[0] == "DINKES" || row[0] == "PKM-01") {
			ok, target, err := f.GetCellHyperLink("Petunjuk", "A"+strconv.Itoa(i+1))
			if err != nil || !ok || target != "'"+row[0]+"'!A1" {
				t.Errorf("link of %s: %v %q %v", row[0], ok, target, err)
			}
			found++
		}
	}
	if found != 2 {
		t.Errorf("%d sheets indexed, want 2", found)
	}
}

// contractLabels are the header names of the observation-workbook
// contract (every field, both languages), folded.
func contractLabels() map[string]bool {
	m := map[string]bool{}
	for _, ls := range fieldLabels {
		for _, l := range ls {
			m[foldLabel(l)] = true
		}
	}
	for _, l := range []string{"Rubrik", "Rubric", "Kode Indikator", "Kode", "Indicator", "Indicator Code", "Code",
		"Jawaban", "Nilai", "Answer", "Value", "Hasil", "Catatan", "Keterangan", "Note", "Notes", "Bukti", "Evidence", "Lampiran"} {
		m[foldLabel(l)] = true
	}
	return m
}

// The instructions must not look like an observation sheet to a reader:
// no cell of it is a contract header name.
func TestInstructionsAreNotALayout(t *testing.T) {
	labels := contractLabels()
	for _, lang := range []msg.Lang{msg.ID, msg.EN} {
		for _, r := range []*rubric.Rubric{contoh(t), parse(t, typesYAML), parse(t, surveyYAML), parse(t, mixedYAML)} {
			f := open(t, writeForm(t, r, []Unit{dinkes}, Options{Lang: lang}))
			rows, _ := f.GetRows("Petunjuk")
			for i, row := range rows {
				for j, c := range row {
					if labels[foldLabel(c)] {
						ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
						t.Errorf("%s %s: Petunjuk!%s = %q is a contract header", r.ID, lang, ref, c)
					}
				}
			}
		}
	}
}

// readerFold folds a header the way the observation-workbook reader
// does: brackets dropped, case, spaces and : * _ - . ignored, a leading
// number dropped.
func readerFold(s string) string {
	if i := strings.IndexAny(s, "(["); i > 0 {
		s = s[:i]
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ', r == 0xA0, r == '\t', r == '\n', r == ':', r == '*', r == '_', r == '-', r == '.':
			continue
		}
		b.WriteString(strings.ToLower(string(r)))
	}
	return strings.TrimLeft(b.String(), "0123456789")
}

// A reader reports a row holding two or more header-like cells (labels,
// near misses of labels, indicator codes) before any table as a mistyped
// table header. No row of the instructions may look like that.
func TestInstructionsHaveNoHeaderLikeRows(t *testing.T) {
	var names []string
	for _, ls := range fieldLabels {
		names = append(names, ls...)
	}
	names = append(names, "Rubrik", "Kode Indikator", "Jawaban", "Catatan", "Keterangan", "Bukti", "Indicator Code",
		"Answer", "Value", "Note", "Evidence", "Responden", "Respondent", "Rubric")
	folded := map[string]bool{}
	for _, n := range names {
		folded[readerFold(n)] = true
	}
	headerLike := func(r *rubric.Rubric, c string) bool {
		if c == "" || len(c) > 40 {
			return false
		}
		if folded[readerFold(c)] {
			return true
		}
		if _, ok := r.Indicator(c); ok {
			return true
		}
		_, near := suggest.Nearest(c, names)
		return near
	}
	rs := []*rubric.Rubric{contoh(t), parse(t, typesYAML), parse(t, surveyYAML), parse(t, mixedYAML)}
	if bs, err := rubric.Builtins(); err == nil {
		rs = append(rs, bs...)
	}
	for _, r := range rs {
		for _, lang := range []msg.Lang{msg.ID, msg.EN} {
			units := []Unit{dinkes, {Code: "PKM-01", Name: "Puskesmas"}}
			if len(r.UnitTypes) == 0 {
				units[0].Type = ""
			} else {
				units[0].Type = r.UnitTypes[0].ID
			}
			f := open(t, writeForm(t, r, units, Options{Lang: lang, Respondents: 1}))
			rows, _ := f.GetRows("Petunjuk")
			for i, row := range rows {
				var like []string
				for _, c := range row {
					if headerLike(r, c) {
						like = append(like, c)
					}
				}
				if len(like) >= 2 {
					t.Errorf("%s %s: Petunjuk row %d looks like a table header: %q", r.ID, lang, i+1, like)
				}
			}
		}
	}
}

func TestAnswerTypes(t *testing.T) {
	r := parse(t, typesYAML)
	units := []Unit{dinkes, {Code: "PKM-01", Name: "Puskesmas", Type: "Puskesmas"}} // a label, resolved to its id
	f := open(t, writeForm(t, r, units, Options{}))

	// The type by its label (the id "opd" meant nothing on a printed
	// form); the reader takes either.
	if got := get(t, f, "PKM-01", "B4"); got != "Puskesmas" {
		t.Errorf("PKM-01 type %q, want the label Puskesmas", got)
	}
	if got := get(t, f, "DINKES", "B4"); got != "Perangkat Daerah" {
		t.Errorf("DINKES type %q, want the label Perangkat Daerah", got)
	}
	// Nested sections, then the indicators.
	want := []struct{ a, code string }{
		{"A — Kelompok A", ""}, {"A1 — Subkelompok A1", ""}, {"1", "A1-01"}, {"2", "A1-02"},
		{"B — Kelompok B", ""}, {"3", "B-01"}, {"4", "B-02"},
	}
	for i, w := range want {
		r := strconv.Itoa(13 + i)
		if a, b := get(t, f, "DINKES", "A"+r), get(t, f, "DINKES", "B"+r); a != w.a || b != w.code {
			t.Errorf("row %s = %q %q, want %q %q", r, a, b, w.a, w.code)
		}
	}
	// Levels: the integers, descriptions in the guidance, evidence marked.
	dv := validation(t, f, "DINKES", "E15")
	if got := listOf(t, f, dv); !slices.Equal(got, []string{"0", "1", "2", "3"}) {
		t.Errorf("levels list %v", got)
	}
	g := get(t, f, "DINKES", "D15")
	for _, s := range []string{"0 = Belum ada penerapan", "3 = Diterapkan seluruhnya", "Wajib bukti"} {
		if !strings.Contains(g, s) {
			t.Errorf("levels guidance %q lacks %q", g, s)
		}
	}
	if fill := fillOf(t, f, "DINKES", "G15"); fill != colorEvidence {
		t.Errorf("evidence cell fill %q, want %q", fill, colorEvidence)
	}
	if fill := fillOf(t, f, "DINKES", "G16"); fill != "" {
		t.Errorf("Bukti of an indicator without required evidence is filled %q", fill)
	}
	// Number: a decimal range with its unit in the input message.
	dv = validation(t, f, "DINKES", "E16")
	if dv.Type != "decimal" || dv.Operator != "between" || dv.Formula1 != "0" || dv.Formula2 != "100" {
		t.Errorf("number validation %s %s %s–%s", dv.Type, dv.Operator, dv.Formula1, dv.Formula2)
	}
	if dv.Prompt == nil || !strings.Contains(*dv.Prompt, "0 sampai 100 %") {
		t.Errorf("number prompt %v", dv.Prompt)
	}
	// Choice: a list longer than 255 characters, through the Daftar sheet.
	dv = validation(t, f, "DINKES", "E18")
	got := listOf(t, f, dv)
	ind, _ := r.Indicator("B-01")
	if !slices.Equal(got, score.Accepted(ind)) || len(strings.Join(got, ",")) <= 255 {
		t.Errorf("choice list %v (%d chars)", got, len(strings.Join(got, ",")))
	}
	// B-02 applies to puskesmas only: grey and marked for the OPD, plain
	// for the puskesmas; its answer cell keeps its drop-down.
	if g := get(t, f, "DINKES", "D19"); !strings.Contains(g, "Tidak berlaku untuk Perangkat Daerah") {
		t.Errorf("excluded guidance %q", g)
	}
	if fill := fillOf(t, f, "DINKES", "C19"); fill != colorExcluded {
		t.Errorf("excluded row fill %q", fill)
	}
	if got := listOf(t, f, validation(t, f, "DINKES", "E19")); !slices.Equal(got, []string{"Ya", "Tidak", "N/A"}) {
		t.Errorf("check+N/A list %v", got)
	}
	if g := get(t, f, "PKM-01", "D19"); strings.Contains(g, "Tidak berlaku") || !strings.Contains(g, "N/A") {
		t.Errorf("puskesmas guidance %q", g)
	}
	if fill := fillOf(t, f, "PKM-01", "C19"); fill != "" {
		t.Errorf("applicable row filled %q", fill)
	}
	// The unit-type cell offers the rubric's unit types.
	if got := listOf(t, f, validation(t, f, "DINKES", "B4")); !slices.Equal(got, []string{"Perangkat Daerah", "Puskesmas"}) {
		t.Errorf("unit types list %v", got)
	}
	// Every list lives on Daftar under a workbook-level name.
	for _, dn := range f.GetDefinedName() {
		if strings.HasPrefix(dn.Name, "Daftar_") && !strings.HasPrefix(dn.RefersTo, "Daftar!$") {
			t.Errorf("list %s refers to %s", dn.Name, dn.RefersTo)
		}
	}
	// A blank form still says which indicators are scoped.
	blank := open(t, writeForm(t, r, nil, Options{}))
	if g := get(t, blank, "Unit-1", "D19"); !strings.Contains(g, "Hanya untuk jenis unit: Puskesmas") {
		t.Errorf("blank form guidance %q", g)
	}
}

// fillOf returns a cell's solid fill colour ("" for none).
func fillOf(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Fill.Type != "pattern" || len(st.Fill.Color) == 0 {
		return ""
	}
	return strings.TrimPrefix(strings.ToUpper(st.Fill.Color[0]), "#")
}

func TestBlankForm(t *testing.T) {
	f := open(t, writeForm(t, contoh(t), nil, Options{}))
	if got, want := f.GetSheetList(), []string{"Petunjuk", "Unit-1", "Daftar", "_kepatuhan"}; !slices.Equal(got, want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	for i := 2; i <= 8; i++ {
		if v := get(t, f, "Unit-1", "B"+strconv.Itoa(i)); v != "" {
			t.Errorf("B%d = %q in a blank form", i, v)
		}
		if fill := fillOf(t, f, "Unit-1", "B"+strconv.Itoa(i)); fill != colorInput {
			t.Errorf("B%d is not marked for input (%q)", i, fill)
		}
	}
	if get(t, f, "Unit-1", "B9") != "contoh" || get(t, f, "Unit-1", "B10") != "1" {
		t.Error("a blank form still names its rubric")
	}
	rows, _ := f.GetRows("Petunjuk")
	found := false
	for _, row := range rows {
		if len(row) > 0 && strings.Contains(row[0], "Lembar Unit-1 adalah formulir kosong") {
			found = true
		}
	}
	if !found {
		t.Error("instructions do not explain the blank sheet")
	}
}

func TestEnglishLabels(t *testing.T) {
	f := open(t, writeForm(t, contoh(t), []Unit{dinkes}, Options{Lang: msg.EN}))
	for i, want := range []string{"Unit Code", "Unit Name", "Unit Type", "Region", "Year", "Assessor", "Date", "Rubric", "Rubric Version"} {
		if got := get(t, f, "DINKES", "A"+strconv.Itoa(2+i)); got != want {
			t.Errorf("A%d = %q, want %q", 2+i, got, want)
		}
	}
	labels := contractLabels()
	head := []string{"No", "Code", "Indicator text", "Guidance", "Answer", "Note", "Evidence"}
	for i, want := range head {
		ref, _ := excelize.CoordinatesToCellName(i+1, 12)
		if got := get(t, f, "DINKES", ref); got != want {
			t.Errorf("%s = %q, want %q", ref, got, want)
		}
	}
	// Only the code, answer, note and evidence headers are contract
	// headers: "Indicator" alone would be read as the code column.
	for _, h := range []string{"No", "Indicator text", "Guidance"} {
		if labels[foldLabel(h)] {
			t.Errorf("%q is a contract header", h)
		}
	}
	if got := get(t, f, "DINKES", "C14"); got != "Service requirements are published" {
		t.Errorf("indicator text %q, want English", got)
	}
	if get(t, f, "Petunjuk", "A1") != "How to Fill in the Form" {
		t.Errorf("instructions title %q", get(t, f, "Petunjuk", "A1"))
	}
}

func TestSurveyWide(t *testing.T) {
	r := parse(t, surveyYAML)
	units := []Unit{dinkes, {Code: "PKM-01", Name: "Puskesmas Stabat"}}
	f := open(t, writeForm(t, r, units, Options{Respondents: 3}))
	if got, want := f.GetSheetList(), []string{"Petunjuk", "Responden", "Daftar", "_kepatuhan"}; !slices.Equal(got, want) {
		t.Fatalf("sheets %v, want %v (no form sheets for a survey)", got, want)
	}
	rows, err := f.GetRows("Responden")
	if err != nil {
		t.Fatal(err)
	}
	// A survey rubric (an SKM) asks each respondent's date,
	// characteristics and suggestion too.
	if want := []string{"Kode Unit", "Nama Unit", "Jenis Unit", "Responden", "Tanggal", "Jenis Kelamin", "Umur",
		"Pendidikan", "Pekerjaan", "Jenis Layanan", "U1", "U2", "U3", "Saran"}; !slices.Equal(rows[0], want) {
		t.Fatalf("header %v, want %v", rows[0], want)
	}
	if len(rows) != 1+2*3 {
		t.Fatalf("%d rows, want the header and 6 respondents", len(rows))
	}
	for i, row := range rows[1:] {
		code, name, resp := "DINKES", "Dinas Kesehatan", strconv.Itoa(i%3+1)
		if i >= 3 {
			code, name = "PKM-01", "Puskesmas Stabat"
		}
		if row[0] != code || row[1] != name || row[3] != resp {
			t.Errorf("row %d = %v", i+2, row)
		}
		if len(row) > 4 {
			t.Errorf("row %d has answers prefilled: %v", i+2, row)
		}
		for c, want := range [][]string{{"1", "2", "3", "4"}, {"1", "2", "3", "4"}, {"1", "2", "3", "4", "5"}} {
			ref, _ := excelize.CoordinatesToCellName(11+c, i+2)
			if got := listOf(t, f, validation(t, f, "Responden", ref)); !slices.Equal(got, want) {
				t.Errorf("%s list %v, want %v", ref, got, want)
			}
		}
		// The regulation's lists as drop-downs: sex and education
		// refuse anything else, occupation warns (Lainnya: …), age is a
		// whole number that warns (a band may be typed).
		for col, want := range map[string][]string{"F": {"L", "P"}, "H": {"SD", "SMP", "SMA", "D1-D3", "D4-S1", "S2", "S3"},
			"I": {"PNS", "TNI", "POLRI", "Swasta", "Wirausaha", "Lainnya"}} {
			dv := validation(t, f, "Responden", col+strconv.Itoa(i+2))
			if got := listOf(t, f, dv); !slices.Equal(got, want) {
				t.Errorf("%s%d list %v, want %v", col, i+2, got, want)
			}
			if style := map[string]string{"F": "stop", "H": "stop", "I": "warning"}[col]; dv.ErrorStyle == nil || *dv.ErrorStyle != style {
				t.Errorf("%s error style %v, want %s", col, dv.ErrorStyle, style)
			}
		}
		if dv := validation(t, f, "Responden", "G"+strconv.Itoa(i+2)); dv.Type != "whole" || dv.Formula1 != "10" || dv.Formula2 != "120" {
			t.Errorf("age validation %+v", dv)
		}
	}
	if rows[1][2] != "opd" {
		t.Errorf("unit type %q", rows[1][2])
	}
	comments, err := f.GetComments("Responden")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, c := range comments {
		texts[c.Cell] = commentText(c)
	}
	if !strings.Contains(texts["K1"], "Kesesuaian persyaratan") || !strings.Contains(texts["K1"], "4 = Sangat sesuai") {
		t.Errorf("U1 comment %q", texts["K1"])
	}
	if !strings.Contains(texts["M1"], "1–5") {
		t.Errorf("U3 comment %q", texts["M1"])
	}
	panes, _ := f.GetPanes("Responden")
	if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 4 {
		t.Errorf("panes %+v", panes)
	}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.Scope == "Responden" && dn.RefersTo != "'Responden'!$1:$1" {
			t.Errorf("print titles %s", dn.RefersTo)
		}
	}
}

func TestSurveyLong(t *testing.T) {
	r := parse(t, surveyYAML)
	f := open(t, writeForm(t, r, []Unit{dinkes, {Code: "PKM-01"}}, Options{Respondents: 2, Layout: "LONG", Lang: msg.EN}))
	rows, err := f.GetRows("Responden")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Unit Code", "Unit Name", "Unit Type", "Respondent", "Date", "Sex", "Age", "Education", "Occupation",
		"Service Used", "Indicator Code", "Answer", "Suggestion"}; !slices.Equal(rows[0], want) {
		t.Fatalf("header %v, want %v", rows[0], want)
	}
	if len(rows) != 1+2*2*3 {
		t.Fatalf("%d rows, want 12 and the header", len(rows))
	}
	n := 1
	for _, u := range []string{"DINKES", "PKM-01"} {
		for resp := 1; resp <= 2; resp++ {
			for _, item := range []string{"U1", "U2", "U3"} {
				row := rows[n]
				n++
				if row[0] != u || row[3] != strconv.Itoa(resp) || row[10] != item || len(row) > 11 {
					t.Errorf("row %d = %v, want %s respondent %d item %s", n, row, u, resp, item)
				}
				want := []string{"1", "2", "3", "4"}
				if item == "U3" {
					want = append(want, "5")
				}
				if got := listOf(t, f, validation(t, f, "Responden", "L"+strconv.Itoa(n))); !slices.Equal(got, want) {
					t.Errorf("L%d list %v, want %v", n, got, want)
				}
			}
		}
	}
}

func TestMixedRubric(t *testing.T) {
	r := parse(t, mixedYAML)
	f := open(t, writeForm(t, r, []Unit{dinkes}, Options{Respondents: 2}))
	if got, want := f.GetSheetList(), []string{"Petunjuk", "DINKES", "Responden", "Daftar", "_kepatuhan"}; !slices.Equal(got, want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	rows, _ := f.GetRows("DINKES")
	var codes []string
	for i := 13; i <= len(rows); i++ {
		codes = append(codes, get(t, f, "DINKES", "B"+strconv.Itoa(i)))
	}
	if want := []string{"", "IN-01", "IN-02", "", ""}; !slices.Equal(codes, want) { // then the gap and the signatures
		t.Errorf("form codes %v, want %v (the survey-only group leaves no section)", codes, want)
	}
	if get(t, f, "DINKES", "B9") != "uji-campur" || get(t, f, "DINKES", "B10") != "2024.1" {
		t.Error("rubric or version missing from the header block")
	}
	resp, _ := f.GetRows("Responden")
	if want := []string{"Kode Unit", "Nama Unit", "Jenis Unit", "Responden", "OU-01", "OU-02"}; !slices.Equal(resp[0], want) {
		t.Errorf("respondents header %v, want %v", resp[0], want)
	}
	if len(resp) != 3 || resp[1][0] != "DINKES" {
		t.Errorf("respondent rows %v", resp[1:])
	}
}

func TestDeterministic(t *testing.T) {
	for _, r := range []*rubric.Rubric{contoh(t), parse(t, typesYAML), parse(t, surveyYAML), parse(t, mixedYAML)} {
		units := []Unit{dinkes, {Code: "PKM-01", Name: "Puskesmas"}, {Code: "DESA/07"}}
		a, b := writeForm(t, r, units, Options{Respondents: 4}), writeForm(t, r, units, Options{Respondents: 4})
		da, _ := os.ReadFile(a)
		db, _ := os.ReadFile(b)
		if !bytes.Equal(da, db) {
			t.Errorf("%s: two writes differ", r.ID)
		}
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	f := open(t, writeForm(t, contoh(t), nil, Options{}))
	props, _ := f.GetDocProps()
	if want := time.Unix(1700000000, 0).UTC().Format(time.RFC3339); props.Created != want || props.Modified != want {
		t.Errorf("created %s modified %s, want %s from SOURCE_DATE_EPOCH", props.Created, props.Modified, want)
	}
}

func TestOptionErrors(t *testing.T) {
	r := parse(t, surveyYAML)
	cases := []struct {
		o    Options
		key  msg.Key
		many bool
	}{
		{Options{Layout: "tall"}, msg.FormBadLayout, false},
		{Options{Respondents: -1}, msg.FormBadRespondents, false},
		{Options{Respondents: MaxRespondents + 1}, msg.FormBadRespondents, false},
		{Options{Respondents: MaxRespondents, Layout: LayoutLong}, msg.FormTooManyRows, true},
	}
	for _, c := range cases {
		var units []Unit
		if c.many {
			for i := range 4 {
				units = append(units, Unit{Code: "U" + strconv.Itoa(i)})
			}
		}
		err := saveForm(filepath.Join(t.TempDir(), "x.xlsx"), r, units, c.o)
		assertProblem(t, err, c.key)
	}
	assertProblem(t, saveForm(filepath.Join(t.TempDir(), "x.xlsx"), nil, nil, Options{}), msg.FormNoRubric)
}

// assertProblem checks that err is a msg.Problems whose first problem has
// key, and returns it.
func assertProblem(t *testing.T, err error, key msg.Key) msg.Problem {
	t.Helper()
	var ps msg.Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		t.Fatalf("err %v, want problem %s", err, key)
	}
	if ps[0].Key != key {
		t.Fatalf("problem %s (%s), want %s", ps[0].Key, ps[0].Error(), key)
	}
	if strings.Contains(ps[0].Text(msg.ID), string(key)) || strings.Contains(ps[0].Text(msg.EN), string(key)) {
		t.Errorf("%s has no catalog text", key)
	}
	return ps[0]
}

func TestUnitErrorsInWrite(t *testing.T) {
	r := parse(t, typesYAML)
	cases := []struct {
		name  string
		units []Unit
		key   msg.Key
		hint  string
	}{
		{"empty code", []Unit{{Code: " "}}, msg.FormUnitsEmptyCode, ""},
		{"duplicate", []Unit{{Code: "DINKES"}, {Code: " dinkes "}}, msg.FormUnitsDuplicateCode, ""},
		{"unknown type", []Unit{{Code: "A", Type: "puskesmaz"}}, msg.FormUnitsUnknownType, `"puskesmas"`},
		{"sheet clash", []Unit{{Code: "A/B"}, {Code: "A:B"}}, msg.FormUnitsSheetClash, ""},
		{"long codes", []Unit{{Code: strings.Repeat("X", 31) + "1"}, {Code: strings.Repeat("X", 31) + "2"}}, msg.FormUnitsSheetClash, ""},
		{"reserved", []Unit{{Code: "petunjuk"}}, msg.FormUnitsSheetReserved, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := assertProblem(t, saveForm(filepath.Join(t.TempDir(), "x.xlsx"), r, c.units, Options{}), c.key)
			if c.hint != "" && !strings.Contains(p.HintText(msg.ID), c.hint) {
				t.Errorf("hint %q lacks %s", p.HintText(msg.ID), c.hint)
			}
		})
	}
	// Sheet names do not matter for a survey: no form sheets.
	if err := saveForm(filepath.Join(t.TempDir(), "x.xlsx"), parse(t, surveyYAML), []Unit{{Code: "A/B"}, {Code: "A:B"}}, Options{}); err != nil {
		t.Errorf("survey with clashing sheet names: %v", err)
	}
}

func TestSheetName(t *testing.T) {
	cases := map[string]string{
		"DINKES":                               "DINKES",
		" PKM-01 ":                             "PKM-01",
		"A/B":                                  "A-B",
		`x[1]:*?\y`:                            "x-1-----y",
		"'quoted'":                             "quoted",
		"Dinas Kependudukan dan Catatan Sipil": "Dinas Kependudukan dan Catatan",
		"''":                                   "Unit",
		"tab\there":                            "tab-here",
		"😀" + strings.Repeat("a", 30):          "😀" + strings.Repeat("a", 29),
	}
	for in, want := range cases {
		if got := SheetName(in); got != want {
			t.Errorf("SheetName(%q) = %q, want %q", in, got, want)
		}
		if utf16Len(SheetName(in)) > 31 {
			t.Errorf("SheetName(%q) is over 31 UTF-16 units", in)
		}
	}
}

func TestFooter(t *testing.T) {
	for in, want := range map[string]string{"DINKES": "&8DINKES", "101": "&8 101", "A&B": "&8A&&B"} {
		if got := footerSmall(in); got != want {
			t.Errorf("footerSmall(%q) = %q, want %q", in, got, want)
		}
	}
	f := open(t, writeForm(t, contoh(t), []Unit{{Code: "101"}}, Options{}))
	hf, _ := f.GetHeaderFooter("101")
	if !strings.Contains(hf.OddFooter, "&C&8 101&R") {
		t.Errorf("footer %q", hf.OddFooter)
	}
}

func TestBlankSurveyAsksForUnitCodes(t *testing.T) {
	f := open(t, writeForm(t, parse(t, surveyYAML), nil, Options{Respondents: 2}))
	rows, _ := f.GetRows("Responden")
	if len(rows) != 3 || rows[1][0] != "" || rows[1][3] != "1" || rows[2][3] != "2" {
		t.Errorf("blank respondents sheet %v", rows)
	}
	all, _ := f.GetRows("Petunjuk")
	found := false
	for _, row := range all {
		found = found || (len(row) > 0 && strings.Contains(row[0], "Isi Kode Unit (dan Nama Unit, Jenis Unit) di setiap baris"))
	}
	if !found {
		t.Error("the instructions do not ask for the unit codes")
	}
}

func TestTruncUTF16(t *testing.T) {
	if got := truncUTF16("abcdef", 4); got != "abc…" {
		t.Errorf("got %q", got)
	}
	if got := truncUTF16("abc", 3); got != "abc" {
		t.Errorf("got %q", got)
	}
	if got := truncUTF16("a😀bc", 3); got != "a…" {
		t.Errorf("got %q", got)
	}
}
