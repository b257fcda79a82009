package rubric

import (
	"bytes"
	"math"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var builtinIDs = []string{"ombudsman-2019", "ombudsman-2023", "ombudsman-2025", "pekppp-2023", "pekppp-ipp-2023", "skm-2017"}

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
			// The annual report's methodology prints the sources' notes
			// and the provenance in the report's language.
			for _, s := range r.Sources {
				if !s.Note.IsZero() {
					both(t, "source note of "+s.Title.ID, Text(s.Note))
				}
			}
			status := map[FactStatus]int{}
			for _, f := range r.Provenance {
				status[f.Status]++
				if f.Status == Published && f.Source.IsZero() && f.Note.IsZero() {
					t.Errorf("published fact %q names no source", f.Item.ID)
				}
				both(t, "provenance item", Text(f.Item))
				if !f.Source.IsZero() {
					both(t, "provenance source of "+f.Item.ID, Text(f.Source))
				}
				if !f.Note.IsZero() {
					both(t, "provenance note of "+f.Item.ID, Text(f.Note))
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
				for _, it := range ind.Need.Items {
					both(t, ind.Code+" evidence", it.Description)
				}
				if ind.Levels != nil {
					for lv := ind.Levels.Min; lv <= ind.Levels.Max; lv++ {
						both(t, ind.Code+" level", ind.Levels.Descriptions[lv])
					}
				}
				// Survey labels are optional (PEKPPP's F-03 prints the
				// numbers only); given, every value has one in both
				// languages.
				if ind.Survey != nil && len(ind.Survey.Labels) > 0 {
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
		"ombudsman-2019":  {"opd", "puskesmas", "rsud", "kecamatan", "desa"},
		"ombudsman-2023":  {"opd", "puskesmas", "rsud", "kecamatan", "desa"},
		"ombudsman-2025":  {"opd", "puskesmas", "rsud", "satuan-pendidikan", "kecamatan", "desa"},
		"pekppp-2023":     {"opd", "puskesmas", "rsud", "kecamatan", "uptd", "satuan-pendidikan"},
		"pekppp-ipp-2023": {"opd", "puskesmas", "rsud", "kecamatan", "uptd", "satuan-pendidikan"},
		"skm-2017":        {"opd", "puskesmas", "rsud", "kecamatan", "desa"},
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
		// Ombudsman 2025: opinions without zones, the grade the category of
		// service quality. Every published 2025 result found (Lampung,
		// Maluku Utara, Gorontalo, Depok; 2026-02) with the category or
		// opinion the news gave it, then the edges.
		"ombudsman-2025": {
			{92.36, "Sangat Baik", NoZone}, {88.49, "Sangat Baik", NoZone},
			{87.85, "Baik", NoZone}, {84.43, "Baik", NoZone}, {84.34, "Baik", NoZone},
			{84.14, "Baik", NoZone}, {84.09, "Baik", NoZone}, {83.51, "Baik", NoZone},
			{82.97, "Baik", NoZone}, {82.00, "Baik", NoZone}, {81.10, "Baik", NoZone},
			{80.51, "Baik", NoZone}, {80.21, "Baik", NoZone}, {80.01, "Baik", NoZone},
			{78.86, "Baik", NoZone}, {78.19, "Baik", NoZone},
			{76.82, "Cukup", NoZone}, {76.04, "Cukup", NoZone}, {75.57, "Cukup", NoZone},
			{74.54, "Cukup", NoZone}, {69.63, "Cukup", NoZone}, {65.98, "Cukup", NoZone},
			{62.57, "Cukup", NoZone}, {57.61, "Cukup", NoZone},
			{53.38, "Kurang", NoZone},
			{100, "Sangat Baik", NoZone}, {88.00, "Sangat Baik", NoZone}, {87.99, "Baik", NoZone},
			{78.00, "Baik", NoZone}, {77.99, "Cukup", NoZone}, {54.00, "Cukup", NoZone},
			{53.99, "Kurang", NoZone}, {32.00, "Kurang", NoZone}, {31.99, "Sangat Kurang", NoZone},
			{0, "Sangat Kurang", NoZone},
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
		// PEKPPP categories, every boundary (the IPP of F-02 and F-03
		// has the same ones, below).
		"pekppp-2023": {
			{0, "F", Merah}, {1.00, "F", Merah}, {1.01, "E", Merah}, {1.50, "E", Merah},
			{1.51, "D", Merah}, {2.00, "D", Merah}, {2.01, "C-", Kuning}, {2.50, "C-", Kuning},
			{2.51, "C", Kuning}, {3.00, "C", Kuning}, {3.01, "B-", Kuning}, {3.50, "B-", Kuning},
			{3.51, "B", Hijau}, {4.00, "B", Hijau}, {4.01, "A-", Hijau}, {4.50, "A-", Hijau},
			{4.51, "A", Hijau}, {5, "A", Hijau},
		},
	}
	cases["pekppp-ipp-2023"] = cases["pekppp-2023"]
	labels := map[string]string{ // a few labels as published
		"ombudsman-2023/A": "Kualitas Tertinggi", "ombudsman-2023/E": "Kualitas Terendah",
		"ombudsman-2019/" + string(Merah): "Kepatuhan Rendah", "ombudsman-2019/" + string(Hijau): "Kepatuhan Tinggi",
		"pekppp-2023/A": "Pelayanan Prima", "pekppp-2023/F": "Gagal", "pekppp-2023/B-": "Baik dengan catatan",
		"skm-2017/A": "Sangat baik", "skm-2017/D": "Tidak baik",
		// 2025: 88.49 opini tertinggi, 78.86 kategori tinggi, 65.98
		// Kualitas Sedang, 53.38 Kualitas Rendah.
		"ombudsman-2025/Sangat Baik": "Kualitas Tertinggi", "ombudsman-2025/Baik": "Kualitas Tinggi",
		"ombudsman-2025/Cukup": "Kualitas Sedang", "ombudsman-2025/Kurang": "Kualitas Rendah",
		"pekppp-ipp-2023/A": "Pelayanan Prima", "pekppp-ipp-2023/B-": "Baik dengan catatan",
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

// The 2025 model: four dimensions weighing 70 together (split as the
// 2022–2024 weights were) and public trust 30; no zones; the indicators
// carried over from 2023 unchanged, the rest new or replacing 2023 codes.
func TestOmbudsman2025Structure(t *testing.T) {
	r := mustBuiltin(t, "ombudsman-2025")
	o23 := mustBuiltin(t, "ombudsman-2023")
	if r.Kind != Mixed || r.Scale.Min != 0 || r.Scale.Max != 100 || r.Scale.Rule != Linear || r.Rollup.Rule != RollupMean {
		t.Fatalf("kind %s scale %+v rollup %+v", r.Kind, r.Scale, r.Rollup)
	}
	var codes []string
	var dims float64
	o23dims := groupWeights(o23, 1)
	for _, g := range r.Groups {
		codes = append(codes, g.Code)
		if g.Code == "KEPERCAYAAN" {
			continue
		}
		dims += g.Weight
		// 70 × the 2022–2024 dimension weight (a percentage).
		if want := 0.7 * o23dims[g.Code]; math.Abs(g.Weight-want) > 1e-9 {
			t.Errorf("%s weight %v, want 0.7 × %v = %v", g.Code, g.Weight, o23dims[g.Code], want)
		}
	}
	if want := []string{"INPUT", "PROSES", "OUTPUT", "PENGADUAN", "KEPERCAYAAN"}; !slices.Equal(codes, want) {
		t.Fatalf("top-level groups %v, want %v", codes, want)
	}
	if trust, _ := r.GroupByCode("KEPERCAYAAN"); math.Abs(dims-70) > 1e-9 || trust.Weight != 30 {
		t.Errorf("dimensions weigh %v and trust %v, want 70 and 30", dims, trust.Weight)
	}
	for _, b := range r.Bands {
		if b.Zone != NoZone || b.Grade == "" {
			t.Errorf("band %v: zone %q grade %q, want no zone and a grade", b.Min, b.Zone, b.Grade)
		}
	}
	carried, replacing := 0, 0
	for _, ind := range r.Indicators() {
		top := ind.Group()
		for top.Depth() > 1 {
			top = top.Parent()
		}
		if ind.Type == Surv {
			if g := ind.Group().Code; g != "PERSEPSI-PENGGUNA" && g != "KEPERCAYAAN" {
				t.Errorf("survey item %s in %s", ind.Code, g)
			}
		} else if top.Code == "KEPERCAYAAN" {
			t.Errorf("%s: the trust survey holds survey items only", ind.Code)
		}
		// A code the 2023 model has is the same indicator: same text,
		// type and levels.
		if old, ok := o23.Indicator(ind.Code); ok {
			carried++
			if old.Text != ind.Text || old.Type != ind.Type || !sameLevels(old.Levels, ind.Levels) ||
				old.Finding != ind.Finding || old.Recommendation != ind.Recommendation {
				t.Errorf("%s is not the 2023 indicator of that code", ind.Code)
			}
		}
		for _, c := range ind.Replaces {
			old, ok := o23.Indicator(c)
			if !ok {
				if _, ok := mustBuiltin(t, "ombudsman-2019").Indicator(c); !ok {
					t.Errorf("%s replaces %s, which no earlier Ombudsman model has", ind.Code, c)
				}
				continue
			}
			replacing++
			if old.Type != ind.Type || old.Text != ind.Text || !reflect.DeepEqual(old.Survey, ind.Survey) {
				t.Errorf("%s replaces %s but asks something else", ind.Code, c)
			}
		}
	}
	// IN-01…07, IN-10, IN-13, IN-14, PR-01…07 (PR-06 in two), PD-01…08;
	// PM-01…06 replace OU-01…06.
	if carried != 26 || replacing != 6 {
		t.Errorf("%d indicators carried over and %d replacing 2023 codes, want 26 and 6", carried, replacing)
	}
	for _, code := range []string{"OS-01", "OS-02"} {
		ind, _ := r.Indicator(code)
		if ind == nil || ind.Type != Number || !ind.NA {
			t.Errorf("%s: want a number indicator allowing N/A", code)
		}
	}
}

func sameLevels(a, b *LevelScale) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Min != b.Min || a.Max != b.Max || len(a.Descriptions) != len(b.Descriptions) {
		return false
	}
	for k, v := range a.Descriptions {
		if b.Descriptions[k] != v {
			return false
		}
	}
	return true
}

// The IPP rubric: F-02 is exactly pekppp-2023 (a test, since the file
// repeats it), F-03 the form's 14 items 0–5 of equal weight, combined
// 75/25, or 50/50 in the variant.
func TestPEKPPPIPPStructure(t *testing.T) {
	r := mustBuiltin(t, "pekppp-ipp-2023")
	f02 := mustBuiltin(t, "pekppp-2023")
	if r.Kind != Mixed || r.Scale != f02.Scale || !slices.Equal(r.Bands, f02.Bands) || !slices.Equal(r.UnitTypes, f02.UnitTypes) {
		t.Fatalf("kind %s, or scale, bands or unit types differ from pekppp-2023", r.Kind)
	}
	if len(r.Groups) != 2 || r.Groups[0].Code != "F-02" || r.Groups[0].Weight != 75 || r.Groups[1].Code != "F-03" || r.Groups[1].Weight != 25 {
		t.Fatalf("top-level groups %+v, want F-02 75 and F-03 25", r.Groups)
	}
	aspects := r.Groups[0].Groups
	if len(aspects) != len(f02.Groups) {
		t.Fatalf("F-02 has %d aspects, want %d", len(aspects), len(f02.Groups))
	}
	for i, g := range aspects {
		w := f02.Groups[i]
		if g.Code != w.Code || g.Name != w.Name || g.Weight != w.Weight || len(g.Indicators) != len(w.Indicators) || len(g.Groups) != 0 {
			t.Fatalf("F-02 aspect %s differs from pekppp-2023's %s", g.Code, w.Code)
		}
		for j, ind := range g.Indicators {
			o := w.Indicators[j]
			if ind.Code != o.Code || ind.Text != o.Text || ind.Weight != o.Weight || ind.Type != o.Type ||
				ind.NA != o.NA || ind.Evidence != o.Evidence || !sameLevels(ind.Levels, o.Levels) ||
				ind.Finding != o.Finding || ind.Recommendation != o.Recommendation {
				t.Errorf("F-02 %s differs from pekppp-2023", ind.Code)
			}
		}
	}
	n := 0
	for _, g := range r.Groups[1].Groups {
		if g.Weight != float64(len(g.Indicators)) {
			t.Errorf("%s weighs %v for %d items", g.Code, g.Weight, len(g.Indicators))
		}
		for _, ind := range g.Indicators {
			n++
			if !strings.HasPrefix(ind.Code, "F03-") || ind.Type != Surv || ind.Weight != 1 ||
				ind.Survey.Min != 0 || ind.Survey.Max != 5 || len(ind.Survey.Labels) != 0 || ind.NA {
				t.Errorf("F-03 %s: want a survey item 0–5 of weight 1, without labels", ind.Code)
			}
		}
	}
	if n != 14 {
		t.Errorf("F-03 has %d items, want 14", n)
	}
	v := mustBuiltin(t, "pekppp-ipp-2023@bobot-50-50")
	if v.Hash() == r.Hash() || v.Scale != r.Scale || v.Groups[0].Weight != 50 || v.Groups[1].Weight != 50 {
		t.Fatalf("variant: F-02 %v, F-03 %v", v.Groups[0].Weight, v.Groups[1].Weight)
	}
	if r.Groups[0].Weight != 75 {
		t.Fatal("applying the variant changed the base rubric")
	}
}

// Every built-in (and variant) is in the README's `rubric list` and in
// the tables of the README and FORMAT.md.
func TestBuiltinsDocumented(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	format, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range builtinIDs {
		if !bytes.Contains(readme, []byte("\n"+id+" ")) {
			t.Errorf("README's rubric list lacks %s", id)
		}
		for name, doc := range map[string][]byte{"README.md": readme, "FORMAT.md": format} {
			if !bytes.Contains(doc, []byte("| `"+id+"`")) {
				t.Errorf("%s's table of built-ins lacks %s", name, id)
			}
		}
		for _, v := range mustBuiltin(t, id).Variants {
			if !bytes.Contains(readme, []byte("\n"+id+"@"+v.ID+" ")) {
				t.Errorf("README's rubric list lacks %s@%s", id, v.ID)
			}
		}
	}
}
