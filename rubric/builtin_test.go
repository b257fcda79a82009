package rubric

import (
	"bytes"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var builtinIDs = []string{"ombudsman-2019", "ombudsman-2023", "pekppp-2023", "skm-2017"}

func mustBuiltin(t *testing.T, ref string) *Rubric {
	t.Helper()
	r, err := Builtin(ref)
	if err != nil {
		t.Fatalf("Builtin(%q): %v", ref, err)
	}
	return r
}

func TestBuiltinsList(t *testing.T) {
	rs, err := Builtins()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, builtinIDs) {
		t.Fatalf("built-ins %v, want %v", ids, builtinIDs)
	}
	if r := mustBuiltin(t, DefaultID); r.ID != "ombudsman-2019" {
		t.Fatalf("default rubric %s", r.ID)
	}
	for _, id := range builtinIDs {
		if !IsBuiltin(id) || mustBuiltin(t, id).File() != "builtin:"+id {
			t.Errorf("%s: not served as a built-in", id)
		}
	}
}

// Every text a report shows exists in both languages, and every rubric
// says where its values come from.
func TestBuiltinsBilingualAndSourced(t *testing.T) {
	both := func(t *testing.T, what string, x Text) {
		t.Helper()
		if strings.TrimSpace(x.ID) == "" || strings.TrimSpace(x.EN) == "" {
			t.Errorf("%s: want Indonesian and English, got %+v", what, x)
		}
	}
	for _, id := range builtinIDs {
		t.Run(id, func(t *testing.T) {
			r := mustBuiltin(t, id)
			both(t, "title", r.Title)
			both(t, "description", r.Description)
			if len(r.Sources) == 0 {
				t.Error("no sources")
			}
			status := map[FactStatus]int{}
			for _, f := range r.Provenance {
				status[f.Status]++
				if f.Status == Published && f.Source == "" && f.Note == "" {
					t.Errorf("published fact %q names no source", f.Item)
				}
			}
			if status[Published] == 0 || status[Local] == 0 {
				t.Errorf("provenance should mark both published facts and local choices: %v", status)
			}
			for _, b := range r.Bands {
				both(t, "band "+b.Grade, b.Label)
			}
			for _, ut := range r.UnitTypes {
				both(t, "unit type "+ut.ID, ut.Label)
			}
			for _, g := range r.AllGroups() {
				both(t, "group "+g.Code, g.Name)
			}
			for _, ind := range r.Indicators() {
				both(t, ind.Code+" text", ind.Text)
				both(t, ind.Code+" finding", ind.Finding)
				both(t, ind.Code+" recommendation", ind.Recommendation)
				if ind.Levels != nil {
					for lv := ind.Levels.Min; lv <= ind.Levels.Max; lv++ {
						both(t, ind.Code+" level", ind.Levels.Descriptions[lv])
					}
				}
				if ind.Survey != nil {
					for v := ind.Survey.Min; v <= ind.Survey.Max; v++ {
						both(t, ind.Code+" survey label", ind.Survey.Labels[v])
					}
				}
			}
		})
	}
}

// `rubric export` prints the embedded file: it must validate unchanged,
// and the canonical form must read back to the same rubric.
func TestBuiltinsRoundTrip(t *testing.T) {
	for _, id := range builtinIDs {
		t.Run(id, func(t *testing.T) {
			r := mustBuiltin(t, id)
			embedded, err := builtinFS.ReadFile("builtin/" + id + ".yaml")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(r.Source(), embedded) {
				t.Fatal("Source() is not the embedded file")
			}
			fromSource, err := Parse("export.yaml", r.Source())
			if err != nil {
				t.Fatalf("exported file does not validate: %v", err)
			}
			if fromSource.Hash() != r.Hash() {
				t.Fatal("exported file parses to a different rubric")
			}
			fromJSON, err := Parse("canonical.json", r.Canonical())
			if err != nil {
				t.Fatalf("canonical form does not validate: %v", err)
			}
			if fromJSON.Hash() != r.Hash() || !bytes.Equal(fromJSON.Canonical(), r.Canonical()) {
				t.Fatal("canonical form parses to a different rubric")
			}
		})
	}
}

// The unit types a district needs are declared, and each rubric declares
// the ones that make sense for it.
func TestBuiltinsUnitTypes(t *testing.T) {
	want := map[string][]string{
		"ombudsman-2019": {"opd", "puskesmas", "rsud", "kecamatan", "desa"},
		"ombudsman-2023": {"opd", "puskesmas", "rsud", "kecamatan", "desa"},
		"pekppp-2023":    {"opd", "puskesmas", "rsud", "kecamatan", "uptd", "satuan-pendidikan"},
		"skm-2017":       {"opd", "puskesmas", "rsud", "kecamatan", "desa"},
	}
	for id, types := range want {
		r := mustBuiltin(t, id)
		var got []string
		for _, ut := range r.UnitTypes {
			got = append(got, ut.ID)
		}
		if !slices.Equal(got, types) {
			t.Errorf("%s unit types %v, want %v", id, got, types)
		}
		if ut, ok := r.UnitType("Puskesmas"); !ok || ut.ID != "puskesmas" {
			t.Errorf("%s: label lookup failed", id)
		}
	}
}

func groupWeights(r *Rubric, depth int) map[string]float64 {
	out := map[string]float64{}
	for _, g := range r.AllGroups() {
		if g.Depth() == depth {
			out[g.Code] = g.Weight
		}
	}
	return out
}

func TestOmbudsman2019Structure(t *testing.T) {
	r := mustBuiltin(t, "ombudsman-2019")
	if r.Scale.Min != 0 || r.Scale.Max != 100 || r.Scale.Rule != Linear || r.Scale.Decimals != 2 {
		t.Fatalf("scale %+v", r.Scale)
	}
	// No letter grade was ever published for this method.
	for _, b := range r.Bands {
		if b.Grade != "" {
			t.Errorf("band %v has a grade %q", b.Min, b.Grade)
		}
	}
	// Equal indicator weights within a variable; each variable weighs its
	// number of indicators.
	for _, g := range r.AllGroups() {
		if len(g.Indicators) == 0 {
			t.Errorf("group %s holds no indicators", g.Code)
		}
		if g.Weight != float64(len(g.Indicators)) {
			t.Errorf("group %s weight %v, want %d", g.Code, g.Weight, len(g.Indicators))
		}
		for _, ind := range g.Indicators {
			if ind.Weight != 1 || ind.Type != Check {
				t.Errorf("%s: weight %v type %s, want 1 check", ind.Code, ind.Weight, ind.Type)
			}
		}
	}
	if ind, _ := r.Indicator("BK-04"); !ind.NA {
		t.Error("ruang laktasi should allow N/A")
	}
	if ind, _ := r.Indicator("PT-01"); ind.AppliesToType("desa") || !ind.AppliesToType("kecamatan") {
		t.Error("pelayanan terpadu should not apply to a desa")
	}
	sp, _ := r.GroupByCode("SP")
	if len(sp.Indicators) != 6 {
		t.Errorf("SP holds %d indicators, want the 6 service-delivery components", len(sp.Indicators))
	}
}

func TestOmbudsman2023Structure(t *testing.T) {
	r := mustBuiltin(t, "ombudsman-2023")
	if r.Kind != Mixed {
		t.Fatalf("kind %s", r.Kind)
	}
	dims := groupWeights(r, 1)
	want := map[string]float64{"INPUT": 21.85, "PROSES": 32.37, "OUTPUT": 24.24, "PENGADUAN": 21.54}
	if len(dims) != len(want) {
		t.Fatalf("dimensions %v", dims)
	}
	var sum float64
	for code, w := range want {
		if dims[code] != w {
			t.Errorf("%s weight %v, want %v", code, dims[code], w)
		}
		sum += w
	}
	if math.Abs(sum-100) > 1e-9 {
		t.Errorf("dimension weights add up to %v", sum)
	}
	// IN-01 is 12.22% of the Input dimension (the one published indicator
	// weight): its weight's share of the dimension, through its variable.
	in01, _ := r.Indicator("IN-01")
	input, _ := r.GroupByCode("INPUT")
	var varSum, indSum float64
	for _, g := range input.Groups {
		varSum += g.Weight
	}
	for _, ind := range in01.Group().Indicators {
		indSum += ind.Weight
	}
	share := in01.Group().Weight / varSum * in01.Weight / indSum
	if math.Abs(share-0.1222) > 1e-12 {
		t.Errorf("IN-01 share of Input %v, want 0.1222", share)
	}
	counts := map[AnswerType]int{}
	for _, ind := range r.Indicators() {
		counts[ind.Type]++
		switch ind.Type {
		case Levels:
			if ind.Levels.Min != 0 || ind.Levels.Max != 3 {
				t.Errorf("%s levels %d–%d, want 0–3", ind.Code, ind.Levels.Min, ind.Levels.Max)
			}
		case Surv:
			if ind.Group().Parent().Code != "OUTPUT" {
				t.Errorf("survey item %s outside Output", ind.Code)
			}
		}
	}
	// 15 Input + 12 Proses (maklumat in two) + 8 Pengaduan; 6 Output.
	if counts[Levels] != 35 || counts[Surv] != 6 {
		t.Errorf("indicator types %v", counts)
	}
}

func TestPEKPPPStructure(t *testing.T) {
	r := mustBuiltin(t, "pekppp-2023")
	if r.Scale.Min != 0 || r.Scale.Max != 5 || r.Scale.Rule != Linear {
		t.Fatalf("scale %+v", r.Scale)
	}
	// Aspect weights (PermenPAN-RB 29/2022) and indicator weights, in the
	// order of F-02 (brayenid/pekppp-guide prisma/seed.ts).
	want := []struct {
		code    string
		weight  float64
		weights []float64
	}{
		{"KEBIJAKAN", 24, []float64{17, 14, 7, 14, 10, 17, 7, 7, 7}},
		{"SDM", 25, []float64{10, 20, 20, 20, 30}},
		{"SARPRAS", 18, []float64{15, 23, 20, 20, 11, 11}},
		{"SIPP", 11, []float64{30, 20, 20, 30}},
		{"KONSULTASI", 10, []float64{20, 25, 25, 30}},
		{"INOVASI", 12, []float64{50, 50}},
	}
	n := 0
	for i, a := range want {
		g := r.Groups[i]
		if g.Code != a.code || g.Weight != a.weight || len(g.Indicators) != len(a.weights) {
			t.Fatalf("aspect %d: %s %v with %d indicators, want %s %v with %d", i, g.Code, g.Weight, len(g.Indicators), a.code, a.weight, len(a.weights))
		}
		for j, ind := range g.Indicators {
			n++
			if !strings.HasPrefix(ind.Code, strconv.Itoa(n)+".") {
				t.Errorf("indicator %d has code %s", n, ind.Code)
			}
			if ind.Weight != a.weights[j] {
				t.Errorf("%s weight %v, want %v", ind.Code, ind.Weight, a.weights[j])
			}
			if ind.Type != Levels || ind.Levels.Min != 0 || ind.Levels.Max != 5 || !ind.Evidence {
				t.Errorf("%s: want levels 0–5 with evidence", ind.Code)
			}
		}
	}
	if n != 30 {
		t.Fatalf("%d indicators, want 30", n)
	}
}

func TestSKMStructure(t *testing.T) {
	r := mustBuiltin(t, "skm-2017")
	if r.Kind != Survey || len(r.Items) != 9 || len(r.Groups) != 0 {
		t.Fatalf("kind %s, %d unsur", r.Kind, len(r.Items))
	}
	for i, ind := range r.Items {
		if ind.Code != "U"+strconv.Itoa(i+1) || ind.Type != Surv || ind.Weight != 1 ||
			ind.Survey.Min != 1 || ind.Survey.Max != 4 || ind.NA || len(ind.AppliesTo) > 0 {
			t.Errorf("unsur %d: %+v", i+1, ind)
		}
	}
	if r.Scale.Min != 25 || r.Scale.Max != 100 || r.Scale.Rule != Linear {
		t.Fatalf("scale %+v", r.Scale)
	}
	v := mustBuiltin(t, "skm-2017@bobot-0.11")
	if v.Ref() != "skm-2017@bobot-0.11" || v.Hash() == r.Hash() {
		t.Fatalf("variant %s hash %s", v.Ref(), v.Hash())
	}
	want := Scale{Min: 25, Max: 100, Rule: WeightedSum, Factor: 25, Decimals: 2, Rounding: HalfAwayFromZero}
	if v.Scale != want {
		t.Fatalf("variant scale %+v, want %+v", v.Scale, want)
	}
	for _, ind := range v.Indicators() {
		if ind.Weight != 0.11 {
			t.Errorf("variant %s weight %v", ind.Code, ind.Weight)
		}
	}
	if back, err := Parse("variant.json", v.Canonical()); err != nil || back.Hash() != v.Hash() || back.Ref() != v.Ref() {
		t.Fatalf("the variant's canonical form does not read back: %v", err)
	}
	// The base rubric is untouched by applying the variant.
	if r.Items[0].Weight != 1 || r.Scale.Rule != Linear {
		t.Fatal("applying a variant changed the base rubric")
	}
}

// Every published data point of the domain file falls in its band.
func TestBuiltinBandsPublishedDataPoints(t *testing.T) {
	type point struct {
		score float64
		grade string
		zone  Zone
	}
	cases := map[string][]point{
		// Ombudsman 2022–2024 opinions, published results and the edges.
		"ombudsman-2023": {
			{90.54, "A", Hijau}, {81.55, "B", Hijau}, {79.71, "B", Hijau},
			{76.65, "C", Kuning}, {74.74, "C", Kuning}, {58.99, "C", Kuning},
			{52.68, "D", Merah}, {51.15, "D", Merah}, {45.16, "D", Merah},
			{100, "A", Hijau}, {88.00, "A", Hijau}, {87.99, "B", Hijau},
			{78.00, "B", Hijau}, {77.99, "C", Kuning}, {54.00, "C", Kuning},
			{53.99, "D", Merah}, {32.00, "D", Merah}, {31.99, "E", Merah}, {0, "E", Merah},
		},
		// Ombudsman 2016–2019 zones: no grades.
		"ombudsman-2019": {
			{50, "", Merah}, {68.45, "", Kuning}, {80.99, "", Kuning}, {81, "", Hijau},
			{51, "", Kuning}, {50.99, "", Merah}, {0, "", Merah}, {100, "", Hijau},
		},
		// SKM mutu, interval edges of the NIK column; no zones.
		"skm-2017": {
			{25, "D", NoZone}, {64.99, "D", NoZone}, {65.00, "C", NoZone},
			{76.60, "C", NoZone}, {76.61, "B", NoZone}, {88.30, "B", NoZone},
			{88.31, "A", NoZone}, {100, "A", NoZone},
		},
		// PEKPPP categories, every boundary.
		"pekppp-2023": {
			{0, "F", Merah}, {1.00, "F", Merah}, {1.01, "E", Merah}, {1.50, "E", Merah},
			{1.51, "D", Merah}, {2.00, "D", Merah}, {2.01, "C-", Kuning}, {2.50, "C-", Kuning},
			{2.51, "C", Kuning}, {3.00, "C", Kuning}, {3.01, "B-", Kuning}, {3.50, "B-", Kuning},
			{3.51, "B", Hijau}, {4.00, "B", Hijau}, {4.01, "A-", Hijau}, {4.50, "A-", Hijau},
			{4.51, "A", Hijau}, {5, "A", Hijau},
		},
	}
	labels := map[string]string{ // a few labels as published
		"ombudsman-2023/A": "Kualitas Tertinggi", "ombudsman-2023/E": "Kualitas Terendah",
		"ombudsman-2019/" + string(Merah): "Kepatuhan Rendah", "ombudsman-2019/" + string(Hijau): "Kepatuhan Tinggi",
		"pekppp-2023/A": "Pelayanan Prima", "pekppp-2023/F": "Gagal", "pekppp-2023/B-": "Baik dengan catatan",
		"skm-2017/A": "Sangat baik", "skm-2017/D": "Tidak baik",
	}
	for id, points := range cases {
		r := mustBuiltin(t, id)
		for _, p := range points {
			b := r.BandFor(p.score)
			if b.Grade != p.grade || b.Zone != p.zone {
				t.Errorf("%s: %v → %q %q, want %q %q", id, p.score, b.Grade, b.Zone, p.grade, p.zone)
			}
			key := id + "/" + b.Grade
			if b.Grade == "" {
				key = id + "/" + string(b.Zone)
			}
			if want, ok := labels[key]; ok && b.Label.ID != want {
				t.Errorf("%s: %v labelled %q, want %q", id, p.score, b.Label.ID, want)
			}
		}
	}
}

// The district example of FORMAT.md validates and uses every answer type
// it promises.
func TestLangkatDesaExample(t *testing.T) {
	path := "../testdata/rubrics/langkat-desa-2025.yaml"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	if r.ID != "langkat-desa-2025" || len(r.Groups) != 2 {
		t.Fatalf("%s with %d groups", r.ID, len(r.Groups))
	}
	types := map[AnswerType]bool{}
	na := false
	for _, ind := range r.Indicators() {
		types[ind.Type] = true
		na = na || ind.NA
	}
	for _, at := range []AnswerType{Check, Choice, Levels, Number} {
		if !types[at] {
			t.Errorf("no %s indicator", at)
		}
	}
	if !na {
		t.Error("no indicator allows N/A")
	}
	// The example in FORMAT.md is this file, verbatim.
	doc, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(doc, data) {
		t.Error("FORMAT.md does not show testdata/rubrics/langkat-desa-2025.yaml as it is")
	}
}
