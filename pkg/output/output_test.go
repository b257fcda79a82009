package output_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/diff"
	"github.com/kepatuhan/kepatuhan/pkg/output"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// A format is found by its name in any case and by a file's extension in
// any case; the names are listed sorted.
func TestRegistry(t *testing.T) {
	for _, name := range []string{"json", "JSON", " Json ", "jSoN"} {
		if s, ok := output.Formats.Lookup(name); !ok || s.Name != "json" {
			t.Errorf("Lookup(%q) = %v, %v", name, s.Name, ok)
		}
	}
	if _, ok := output.Formats.Lookup("xml"); ok {
		t.Error("xml found")
	}
	for path, want := range map[string]string{"hasil.CSV": "csv", "a/b.json": "json", "x.Json": "json"} {
		if s, ok := output.Formats.ForPath(path); !ok || s.Name != want {
			t.Errorf("ForPath(%q) = %q, %v", path, s.Name, ok)
		}
	}
	for _, path := range []string{"hasil.txt", "hasil", "hasil.xlsx", ""} {
		if s, ok := output.Formats.ForPath(path); ok {
			t.Errorf("ForPath(%q) = %q", path, s.Name)
		}
	}
	if got := output.Formats.Names(); !slices.Equal(got, []string{"csv", "json", "table"}) {
		t.Errorf("Names = %v", got)
	}
	if s, ok := diff.Formats.ForPath("banding.PDF"); !ok || s.Name != "pdf" || !s.Binary {
		t.Errorf("diff ForPath = %+v", s)
	}
}

// Every registry's names are lower case and distinct, and an extension
// chooses one format at most.
func TestRegistriesWellFormed(t *testing.T) {
	check := func(t *testing.T, names []string, exts [][]string) {
		seen := map[string]bool{}
		for i, n := range names {
			if n != strings.ToLower(n) || n == "" || seen[n] {
				t.Errorf("format name %q", n)
			}
			seen[n] = true
			for _, e := range exts[i] {
				if e != strings.ToLower(e) || !strings.HasPrefix(e, ".") || seen[e] {
					t.Errorf("%s: extension %q", n, e)
				}
				seen[e] = true
			}
		}
	}
	var names []string
	var exts [][]string
	for _, s := range output.Formats {
		names, exts = append(names, s.Name), append(exts, s.Exts)
	}
	check(t, names, exts)
	names, exts = nil, nil
	for _, s := range diff.Formats {
		names, exts = append(names, s.Name), append(exts, s.Exts)
	}
	check(t, names, exts)
}

// CSVText: a cell that would start a formula in a spreadsheet is made
// text with an apostrophe, control characters go (line breaks become
// spaces), the rest is unchanged.
func TestCSVText(t *testing.T) {
	for in, want := range map[string]string{
		"Dinas Kesehatan":                "Dinas Kesehatan",
		"=HYPERLINK(\"http://x\",\"a\")": "'=HYPERLINK(\"http://x\",\"a\")",
		"+62 812":                        "'+62 812",
		"-2+3":                           "'-2+3",
		"-3.5":                           "'-3.5",
		"@SUM(A1)":                       "'@SUM(A1)",
		"  =1+1":                         "'  =1+1",
		"\t=1+1":                         "' =1+1",
		"\r\n@x":                         "'  @x",
		"＝1+1":                           "'＝1+1",
		"a=b":                            "a=b",
		"DIN\x1b[31mKES":                 "DIN[31mKES",
		"baris\nbaru":                    "baris baru",
		"nul\x00\x7f\u0085":              "nul",
		"bad \xff utf8":                  "bad \uFFFD utf8",
		"":                               "",
		"PKM-01":                         "PKM-01",
	} {
		if got := output.CSVText(in); got != want {
			t.Errorf("CSVText(%q) = %q, want %q", in, got, want)
		}
	}
}

// The CSV of score wrote a unit's name "=cmd|..." and control characters
// as they were (formula injection when opened in Excel). Text cells are
// neutralised; numbers stay numbers.
func TestCSVNeutralised(t *testing.T) {
	r, err := rubric.Load("ombudsman-2019")
	if err != nil {
		t.Fatal(err)
	}
	u := score.NewUnit(r, "=1+1")
	u.Name = "@SUM(1+1)*cmd|' /C calc'!A0"
	u.Region = "-Kabupaten\nContoh"
	u.Assessor = "+62\x07"
	for i := range u.Indicators {
		u.Indicators[i].Status, u.Indicators[i].Value = results.Answered, score.MaxValue(r.Indicators()[i])
	}
	score.Unit(r, &u)
	var b bytes.Buffer
	if err := (output.CSV{}).Write(&b, &results.Results{Rubric: r, Units: []results.Unit{u}}, output.Options{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	row := rows[1]
	for i, want := range map[int]string{0: "'=1+1", 1: "'@SUM(1+1)*cmd|' /C calc'!A0", 3: "'-Kabupaten Contoh", 5: "'+62", 8: "100.00"} {
		if row[i] != want {
			t.Errorf("column %s: %q, want %q", rows[0][i], row[i], want)
		}
	}
	for _, cell := range row {
		if strings.IndexFunc(cell, func(r rune) bool { return r < 0x20 }) >= 0 {
			t.Errorf("a control character in %q", cell)
		}
	}
}

// The same in the CSV of diff: the text cells, not the numbers (a
// negative delta stays -100.00).
func TestDiffCSVNeutralised(t *testing.T) {
	r, err := rubric.Load("ombudsman-2019")
	if err != nil {
		t.Fatal(err)
	}
	side := func(v float64) *results.Results {
		u := score.NewUnit(r, "-DINKES")
		u.Name = "=1+1\r\nx"
		for i := range u.Indicators {
			u.Indicators[i].Status, u.Indicators[i].Value = results.Answered, v*score.MaxValue(r.Indicators()[i])
		}
		score.Unit(r, &u)
		return &results.Results{Rubric: r, Units: []results.Unit{u}}
	}
	rep := diff.Compare(side(1), side(0), diff.Options{})
	var b bytes.Buffer
	if err := (diff.CSV{}).Write(&b, rep, diff.RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := func(name string) string { return rows[1][slices.Index(rows[0], name)] }
	if col("code") != "'-DINKES" || col("name") != "'=1+1  x" || col("delta") != "-100.00" {
		t.Errorf("code %q, name %q, delta %q", col("code"), col("name"), col("delta"))
	}
}
