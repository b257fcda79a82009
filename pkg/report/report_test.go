package report_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/report"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The model, checked against numbers worked out in the test.
func TestBuildModel(t *testing.T) {
	for _, ref := range []string{"ombudsman-2019", "ombudsman-2023", "pekppp-2023", "skm-2017"} {
		t.Run(ref, func(t *testing.T) {
			res := synth(t, loadRubric(t, ref), 60)
			rp := report.Build(res, report.Options{})

			// Counts.
			complete := 0
			for i := range res.Units {
				if res.Units[i].Status == results.Complete {
					complete++
				}
			}
			if rp.Total != 60 || rp.Complete != complete || rp.Incomplete != 60-complete {
				t.Errorf("counts %d/%d/%d, want 60/%d/%d", rp.Total, rp.Complete, rp.Incomplete, complete, 60-complete)
			}
			if complete == 60 || complete == 0 {
				t.Fatalf("the fixture should mix complete and incomplete units (%d complete)", complete)
			}

			// The region's score: the plain mean (every built-in rolls up
			// by mean), rounded like a score.
			r := res.Rubric
			want := score.Round(wantRegionMean(res), r.Scale.Decimals, r.Scale.Rounding)
			if rp.Score.Score == nil || *rp.Score.Score != want {
				t.Errorf("region score %v, want %v", rp.Score.Score, want)
			}

			// Ranking.
			wr := wantRanking(res)
			if len(rp.Ranking) != len(wr) {
				t.Fatalf("%d ranked, want %d", len(rp.Ranking), len(wr))
			}
			ties := 0
			for i, rk := range rp.Ranking {
				u := &rp.Units[rk.Unit]
				if u.Code != wr[i].code || rk.Rank != wr[i].rank || rk.Score != wr[i].score {
					t.Fatalf("ranking %d: %s rank %d score %v, want %+v", i, u.Code, rk.Rank, rk.Score, wr[i])
				}
				if rk.Tie {
					ties++
				}
			}
			if ref == "ombudsman-2019" && ties == 0 {
				t.Error("the fixture should have tied scores")
			}

			// Categories: zones, or bands for SKM.
			zones := wantZones(res)
			sum := 0
			for _, c := range rp.Categories {
				sum += c.Count
				if rp.Zoned && c.Count != zones[c.Zone] {
					t.Errorf("zone %s: %d, want %d", c.Zone, c.Count, zones[c.Zone])
				}
				if math.Abs(c.Share-float64(c.Count)/float64(complete)) > 1e-12 {
					t.Errorf("%s share %v", c.Label, c.Share)
				}
			}
			if sum != complete {
				t.Errorf("categories hold %d units, want %d", sum, complete)
			}
			if rp.Zoned != (ref != "skm-2017") {
				t.Errorf("zoned %v", rp.Zoned)
			}
			if !rp.Zoned {
				if len(rp.Categories) != len(r.Bands) || !strings.HasPrefix(rp.Categories[0].Label, "A · ") {
					t.Errorf("SKM categories %+v", rp.Categories)
				}
			}

			// Histogram: every complete unit in the bin holding its score.
			h := rp.Histogram
			total := 0
			for _, b := range h.Bins {
				total += b.Total
			}
			if total != complete || len(h.Bins) < 10 || len(h.Bins) > 20 {
				t.Errorf("histogram: %d bins, %d units", len(h.Bins), total)
			}
			for i := range res.Units {
				if s := res.Units[i].Score; s != nil {
					b := h.Bins[h.BinOf(*s)]
					if *s < b.Lo || *s > b.Hi || *s == b.Hi && b.Hi != r.Scale.Max {
						t.Errorf("score %v in bin [%v, %v)", *s, b.Lo, b.Hi)
					}
				}
			}

			// The agenda.
			wa := wantAgenda(res, report.DefaultTop)
			if rp.Top != len(wa) {
				t.Fatalf("agenda of %d, want %d", rp.Top, len(wa))
			}
			for i, f := range wa {
				ir := rp.Indicators[i]
				if ir.Indicator.Code != f.code || ir.Failing != f.failing || ir.NotMet != f.notMet || ir.Partial != f.partial || ir.Assessed != f.answered ||
					math.Abs(ir.Shortfall-f.shortfall) > 1e-9 || math.Abs(ir.Mean-f.mean) > 1e-9 {
					t.Errorf("agenda %d: %s %d/%d (%d not met, %d partly), want %+v", i+1, ir.Indicator.Code, ir.Failing, ir.Assessed, ir.NotMet, ir.Partial, f)
				}
				if len(ir.Units) != f.failing {
					t.Errorf("%s lists %d units, want %d", f.code, len(ir.Units), f.failing)
				}
			}
			if len(rp.Indicators) != len(r.Indicators()) {
				t.Errorf("%d indicator rows", len(rp.Indicators))
			}

			// Group means, worked out for every group.
			for gi, g := range r.AllGroups() {
				sum, n := 0.0, 0
				for i := range res.Units {
					gs := res.Units[i].Groups[gi]
					if gs.Applicable && gs.Complete {
						sum += gs.Fraction
						n++
					}
				}
				row := rp.Groups[gi]
				if row.Group != g || row.Units != n || n > 0 && math.Abs(row.Mean-sum/float64(n)) > 1e-12 {
					t.Errorf("group %s: %d units mean %v, want %d and %v", g.Code, row.Units, row.Mean, n, sum/float64(n))
				}
			}
			if len(r.AllGroups()) > 0 {
				w := rp.Groups[rp.Weakest]
				for _, g := range rp.Groups {
					if g.Group.Depth() == 1 && g.Units > 0 && g.Mean < w.Mean {
						t.Errorf("weakest is %s (%v) but %s is %v", w.Group.Code, w.Mean, g.Group.Code, g.Mean)
					}
				}
			} else if rp.Weakest != -1 {
				t.Errorf("a flat rubric has no weakest group")
			}

			// Types: every unit once; each type's mean worked out.
			n := 0
			for _, tr := range rp.Types {
				n += tr.Units
				sum, c := 0.0, 0
				for i := range res.Units {
					if u := &res.Units[i]; strings.EqualFold(u.Type, tr.ID) && u.Score != nil {
						sum += *u.Score
						c++
					}
				}
				if tr.Complete != c || c > 0 && *tr.Score != score.Round(sum/float64(c), r.Scale.Decimals, r.Scale.Rounding) {
					t.Errorf("type %s: %d complete, mean %v", tr.ID, tr.Complete, tr.Score)
				}
			}
			if n != 60 {
				t.Errorf("types hold %d units", n)
			}

			// Issues: every incomplete unit and every unit with N/A.
			for i := range res.Units {
				u := &res.Units[i]
				listed := slices.ContainsFunc(rp.Issues, func(is report.Issue) bool { return is.Unit == i })
				if want := u.Status == results.Incomplete || u.Counts.NA > 0; listed != want {
					t.Errorf("%s listed %v, want %v", u.Code, listed, want)
				}
			}

			// The structure's shares add up to one at each level.
			top := 0.0
			for _, tr := range rp.Tree {
				if tr.Depth == 1 {
					top += tr.Share
				}
			}
			if math.Abs(top-1) > 1e-9 {
				t.Errorf("top-level shares add up to %v", top)
			}
		})
	}
}

const weighted = `schema: kepatuhan/rubric/v1
id: uji-bobot
version: "1"
title: {id: Rubrik uji bobot jenis unit, en: Unit-type weights test rubric}
scale: {min: 0, max: 100, decimals: 2}
bands:
  - {min: 0, label: {id: Rendah, en: Low}, zone: merah}
  - {min: 51, label: {id: Sedang, en: Medium}, zone: kuning}
  - {min: 81, label: {id: Tinggi, en: High}, zone: hijau}
unit_types:
  - {id: opd, label: {id: OPD, en: Agency}}
  - {id: desa, label: {id: Desa, en: Village}}
rollup: {rule: weighted-mean, weights: {opd: 3}}
targets:
  - {label: {id: Nilai minimal 70, en: Score at least 70}, kind: region-score, min: 70}
  - {label: {id: Separuh unit hijau, en: Half the units green}, kind: zone-share, zone: hijau, min: 0.5}
  - {label: {id: Paling banyak 10% merah, en: At most 10% red}, kind: zone-share, zone: merah, max: 0.1}
indicators:
  - {code: A, text: Satu, type: check}
  - {code: B, text: Dua, type: check}
  - {code: C, text: Tiga, type: check, na: true}
  - {code: D, text: Empat, type: check}
`

// The region's score by a weighted roll-up and the targets, worked out
// by hand.
func TestWeightedRollupAndTargets(t *testing.T) {
	r := parseRubric(t, weighted)
	res := &results.Results{Tool: "t", Rubric: r}
	add := func(code, typ string, answers ...string) {
		u := score.NewUnit(r, code)
		u.Type = typ
		for i, a := range answers {
			ir := &u.Indicators[i]
			if a == "" {
				continue
			}
			p, prob := score.ParseAnswer(r.Indicators()[i], a)
			if prob != nil {
				t.Fatal(prob)
			}
			ir.Answer, ir.Value, ir.Status = a, p.Value, results.Answered
			if p.NA {
				ir.Status = results.NA
			}
		}
		score.Unit(r, &u)
		res.Units = append(res.Units, u)
	}
	add("O1", "opd", "Ya", "Ya", "Ya", "Ya")         // 100
	add("D1", "desa", "Ya", "Tidak", "N/A", "Tidak") // 33.33
	add("D2", "desa", "Ya", "Ya", "Tidak", "Ya")     // 75
	add("D3", "desa", "Ya", "", "Ya", "Ya")          // incomplete
	rp := report.Build(res, report.Options{Lang: msg.EN})
	// (3 × 100 + 33.33 + 75) / 5 = 81.666 → 81.67, green.
	if rp.Score.Score == nil || *rp.Score.Score != 81.67 || rp.Score.Band.Zone != rubric.Hijau {
		t.Fatalf("region %v %v", rp.Score.Score, rp.Score.Band)
	}
	if !strings.Contains(rp.RollupText(), "Agency 3") || !strings.Contains(rp.RollupText(), "Village 1") {
		t.Errorf("rollup text %q", rp.RollupText())
	}
	// Targets: 81.67 ≥ 70 met; green 1 of 3 = 33% < 50% not met; red 1
	// of 3 (D1 33.33) > 10% not met.
	want := []struct {
		status int
		actual float64
	}{{report.TargetMet, 81.67}, {report.TargetNotMet, 1.0 / 3}, {report.TargetNotMet, 1.0 / 3}}
	for i, w := range want {
		tr := rp.Targets[i]
		if tr.Status != w.status || math.Abs(tr.Actual-w.actual) > 1e-9 {
			t.Errorf("target %d %q: status %d actual %v, want %+v", i, tr.Label, tr.Status, tr.Actual, w)
		}
	}
	// The desa type's mean is the plain mean of its complete units.
	for _, tr := range rp.Types {
		if tr.ID == "desa" && (tr.Units != 3 || tr.Complete != 2 || *tr.Score != 54.17) {
			t.Errorf("desa %+v %v", tr, *tr.Score)
		}
	}
	// Ranking: O1, D2, D1; D3 is not ranked but listed as incomplete.
	var codes []string
	for _, rk := range rp.Ranking {
		codes = append(codes, rp.Units[rk.Unit].Code)
	}
	if strings.Join(codes, " ") != "O1 D2 D1" {
		t.Errorf("ranking %v", codes)
	}
	if len(rp.Issues) != 2 || rp.Units[rp.Issues[0].Unit].Code != "D1" || rp.Codes(rp.Issues[0].NA) != "C" ||
		rp.Units[rp.Issues[1].Unit].Code != "D3" || rp.Codes(rp.Issues[1].Missing) != "B" {
		t.Errorf("issues %+v", rp.Issues)
	}
	// The agenda counts D3's answers too: D fails at D1 only; B at D1.
	if rp.Top != 3 || rp.Indicators[0].Indicator.Code != "B" || rp.Indicators[1].Indicator.Code != "C" || rp.Indicators[2].Indicator.Code != "D" {
		var got []string
		for _, ir := range rp.Indicators[:rp.Top] {
			got = append(got, ir.Indicator.Code)
		}
		t.Errorf("agenda %v", got)
	}
}

// The date, region and period: given, or from the data; never the clock.
func TestDateRegionPeriod(t *testing.T) {
	res := synth(t, loadRubric(t, "ombudsman-2019"), 30)
	res.Units[4].Region = "Kota Lain"
	res.Units[5].Period = ""
	t.Setenv("SOURCE_DATE_EPOCH", "")
	rp := report.Build(res, report.Options{})
	// One unit of 30 from another region: the report is of both, never
	// titled by the region most units give.
	if rp.Region != "Kabupaten Uji dan Kota Lain" || rp.Regions != 2 || rp.Period != "2025" {
		t.Errorf("region %q (%d) period %q", rp.Region, rp.Regions, rp.Period)
	}
	for i := range res.Units {
		res.Units[i].Region = fmt.Sprintf("Kabupaten %d", i%4)
	}
	if rp := report.Build(res, report.Options{}); rp.Region != "4 wilayah" || rp.Regions != 4 {
		t.Errorf("four regions: %q (%d)", rp.Region, rp.Regions)
	}
	if rp := report.Build(res, report.Options{Lang: msg.EN}); rp.Region != "4 regions" {
		t.Errorf("four regions in English: %q", rp.Region)
	}
	for i := range res.Units {
		res.Units[i].Region = "Kabupaten Uji"
	}
	if rp := report.Build(res, report.Options{}); rp.Region != "Kabupaten Uji" || rp.Regions != 1 {
		t.Errorf("one region: %q (%d)", rp.Region, rp.Regions)
	}
	latest := ""
	for i := range res.Units {
		latest = max(latest, res.Units[i].Date)
	}
	if rp.Date != latest || rp.DateKind != report.DateData || rp.DateText() != "data per 28 Agustus 2025 (tanggal penilaian terakhir)" {
		t.Errorf("date %q kind %d text %q, want %s from the data", rp.Date, rp.DateKind, rp.DateText(), latest)
	}
	// The default title is the rubric's, whatever the rubric.
	if rp.Title != "Laporan Hasil Penilaian Kepatuhan Standar Pelayanan Publik" {
		t.Errorf("title %q", rp.Title)
	}
	for id, want := range map[string]string{
		"skm-2017":        "Laporan Hasil Survei Kepuasan Masyarakat",
		"ombudsman-2025":  "Laporan Hasil Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik",
		"pekppp-ipp-2023": "Laporan Hasil Indeks Pelayanan Publik PEKPPP — evaluator (F-02) dan pengguna layanan (F-03)",
	} {
		if got := report.DefaultTitle(msg.ID, loadRubric(t, id)); got != want {
			t.Errorf("%s: title %q, want %q", id, got, want)
		}
	}
	if got := report.DefaultTitle(msg.EN, loadRubric(t, "skm-2017")); got != "Report: Citizen satisfaction survey" {
		t.Errorf("skm-2017 in English: title %q", got)
	}

	t.Setenv("SOURCE_DATE_EPOCH", "1735603200") // 2024-12-31
	rp = report.Build(res, report.Options{Lang: msg.EN, Region: "Kabupaten Langkat", Period: "2024/2025", Title: "Laporan Khusus"})
	if rp.Date != "2024-12-31" || rp.DateKind != report.DateEpoch || rp.DateText() != "31 December 2024" {
		t.Errorf("date %q kind %d text %q", rp.Date, rp.DateKind, rp.DateText())
	}
	if rp.Region != "Kabupaten Langkat" || rp.Period != "2024/2025" || rp.Title != "Laporan Khusus" {
		t.Errorf("overrides: %q %q %q", rp.Region, rp.Period, rp.Title)
	}
	rp = report.Build(res, report.Options{Date: "2025-01-15"})
	if rp.Date != "2025-01-15" || rp.DateKind != report.DateGiven || rp.DateText() != "15 Januari 2025" {
		t.Errorf("given date %q kind %d", rp.Date, rp.DateKind)
	}

	// Without dates anywhere: no date at all.
	t.Setenv("SOURCE_DATE_EPOCH", "")
	for i := range res.Units {
		res.Units[i].Date = ""
	}
	if rp := report.Build(res, report.Options{}); rp.DateKind != report.DateNone || rp.DateText() != "" {
		t.Errorf("no dates: %q %d", rp.Date, rp.DateKind)
	}
	if _, ok := report.ParseDate("2024-13-01"); ok {
		t.Error("month 13 accepted")
	}
}

// No complete unit: no region score, no ranking, nothing in the zones;
// the report is still built.
func TestNothingComplete(t *testing.T) {
	res := synth(t, loadRubric(t, "ombudsman-2019"), 8)
	var only []results.Unit
	for _, u := range res.Units {
		if u.Status == results.Incomplete {
			only = append(only, u)
		}
	}
	res.Units = only
	rp := report.Build(res, report.Options{})
	if rp.Score.Score != nil || len(rp.Ranking) != 0 || rp.Complete != 0 {
		t.Errorf("score %v ranking %d complete %d", rp.Score.Score, len(rp.Ranking), rp.Complete)
	}
	for _, tr := range rp.Types {
		if tr.Score != nil {
			t.Errorf("type %s has a mean", tr.ID)
		}
	}
	if _, err := rp.PDF(); err != nil {
		t.Fatal(err)
	}
	if _, err := rp.XLSX(); err != nil {
		t.Fatal(err)
	}
}
