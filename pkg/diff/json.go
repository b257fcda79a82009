package diff

import (
	"encoding/json"
	"io"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// JSON writes the versioned diff JSON (kepatuhan/diff/v1, documented
// field by field in SCHEMA.md). It does not depend on the language: every
// text a person reads is given in both, {"id": …, "en": …}.
type JSON struct{}

type jsonDiff struct {
	Schema        string            `json:"schema"`
	Tool          string            `json:"tool"`
	Old           jsonSide          `json:"old"`
	New           jsonSide          `json:"new"`
	Comparability jsonComparability `json:"comparability"`
	Jump          *float64          `json:"jump"`
	Decimals      int               `json:"decimals"`
	Summary       jsonSummary       `json:"summary"`
	Units         []jsonUnit        `json:"units"`
	Matrix        jsonMatrix        `json:"matrix"`
	Indicators    []jsonIndicator   `json:"indicators"`
	Region        jsonRegion        `json:"region"`

	// Sides is "self_vs_verified" when OLD is a round's self-assessments
	// and NEW its verified results (round.go); absent otherwise.
	Sides string `json:"sides,omitempty"`
}

type jsonSide struct {
	Rubric jsonRubric  `json:"rubric"`
	Inputs []jsonInput `json:"inputs"`
	// Region and Period are the one region and period the run's units
	// give ("" when none, or several: Regions and Periods then list them).
	Region   string   `json:"region"`
	Period   string   `json:"period"`
	Regions  []string `json:"regions,omitempty"`
	Periods  []string `json:"periods,omitempty"`
	Units    int      `json:"units"`
	Complete int      `json:"complete"`
}

type jsonRubric struct {
	ID      string       `json:"id"`
	Variant string       `json:"variant,omitempty"`
	Version string       `json:"version"`
	Title   rubric.Text  `json:"title"`
	Hash    string       `json:"hash"`
	Scale   rubric.Scale `json:"scale"`
	Zones   bool         `json:"zones"`
}

type jsonInput struct {
	Path   string `json:"path"`
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
}

type jsonComparability struct {
	SameRubric  bool       `json:"same_rubric"`
	SameID      bool       `json:"same_id"`
	SameVersion bool       `json:"same_version"`
	SameHash    bool       `json:"same_hash"`
	SameScale   bool       `json:"same_scale"`
	Zones       bool       `json:"zones_compared"`
	ZoneBounds  bool       `json:"same_zone_bounds"`
	Indicators  jsonLinCnt `json:"indicators"`
	Notes       []jsonNote `json:"notes"`
}

type jsonLinCnt struct {
	Matched        int `json:"matched"`
	ByReplaces     int `json:"by_replaces"`
	OnlyNew        int `json:"only_new"`
	OnlyOld        int `json:"only_old"`
	WeightsChanged int `json:"weights_changed"`
	TypesChanged   int `json:"types_changed"`
}

type jsonNote struct {
	Level string      `json:"level"`
	Code  string      `json:"code"`
	Text  rubric.Text `json:"text"`
}

type jsonSummary struct {
	Units         int `json:"units"`
	Regressed     int `json:"regressed"`
	Improved      int `json:"improved"`
	Unchanged     int `json:"unchanged"`
	NotComparable int `json:"not_comparable"`
	Added         int `json:"added"`
	Removed       int `json:"removed"`
	Jumps         int `json:"jumps"`
	ZoneLeaps     int `json:"zone_leaps"`
}

type jsonUnit struct {
	Code      string               `json:"code"`
	Name      string               `json:"name"`
	Type      string               `json:"type"`
	Status    string               `json:"status"`
	Reason    string               `json:"reason"`
	Old       *jsonUnitSide        `json:"old"`
	New       *jsonUnitSide        `json:"new"`
	Delta     *float64             `json:"delta"`
	ZoneSteps int                  `json:"zone_steps"`
	Flags     []string             `json:"flags"`
	Flips     []jsonFlip           `json:"flips"`
	Evidence  []jsonEvidenceChange `json:"evidence_changes,omitempty"` // json_evidence.go
}

type jsonUnitSide struct {
	Status string       `json:"status"`
	Score  *float64     `json:"score"`
	Grade  string       `json:"grade"`
	Zone   string       `json:"zone"`
	Band   *rubric.Text `json:"band"`
	Type   string       `json:"type"`
}

type jsonFlip struct {
	Indicator string   `json:"indicator"`
	Old       []string `json:"old"`
	From      string   `json:"from"`
	To        string   `json:"to"`
	Direction string   `json:"direction"`
}

type jsonMatrix struct {
	Categories []string `json:"categories"`
	Counts     [][]int  `json:"counts"`
}

type jsonIndicator struct {
	Code          *string     `json:"code"`
	Old           []string    `json:"old"`
	Match         string      `json:"match"`
	Text          rubric.Text `json:"text"`
	OldShare      *float64    `json:"old_share"`
	NewShare      *float64    `json:"new_share"`
	OldType       string      `json:"old_type"`
	NewType       string      `json:"new_type"`
	WeightChanged bool        `json:"weight_changed"`
	TypeChanged   bool        `json:"type_changed"`
	Compared      int         `json:"compared"`
	Down          int         `json:"down"`
	Up            int         `json:"up"`
	DownUnits     []string    `json:"down_units"`
	UpUnits       []string    `json:"up_units"`
}

type jsonRegion struct {
	Old   jsonRegionSide `json:"old"`
	New   jsonRegionSide `json:"new"`
	Delta *float64       `json:"delta"`
}

type jsonRegionSide struct {
	Score *float64 `json:"score"`
	Grade string   `json:"grade"`
	Zone  string   `json:"zone"`
	Units int      `json:"units"`
}

// Write implements Format.
func (JSON) Write(w io.Writer, r *Report, _ RenderOptions) error {
	c := &r.Comparability
	j := jsonDiff{
		Schema: Schema,
		Tool:   r.Tool,
		Sides:  sidesJSON(r),
		Old:    sideJSON(r.Old),
		New:    sideJSON(r.New),
		Comparability: jsonComparability{
			SameRubric: c.SameRubric(), SameID: c.SameRef, SameVersion: c.SameVersion, SameHash: c.SameHash,
			SameScale: c.SameScale, Zones: c.Zones, ZoneBounds: c.ZoneBounds,
			Indicators: jsonLinCnt{c.Matched, c.ByReplaces, c.NewOnly, c.OldOnly, c.Weights, c.Types},
			Notes:      make([]jsonNote, len(c.Notes)),
		},
		Jump:     r.Jump,
		Decimals: r.Decimals,
		Summary: jsonSummary{Units: len(r.Units), Regressed: r.Count(Regressed), Improved: r.Count(Improved),
			Unchanged: r.Count(Unchanged), NotComparable: r.Count(NotComparable), Added: r.Count(Added),
			Removed: r.Count(Removed), Jumps: r.Flagged(Jump), ZoneLeaps: r.Flagged(ZoneLeap)},
		Units:      make([]jsonUnit, len(r.Units)),
		Indicators: make([]jsonIndicator, len(r.Indicators)),
		Region: jsonRegion{Old: regionJSON(r.Region.Old), New: regionJSON(r.Region.New),
			Delta: r.Region.Delta},
	}
	for i, n := range c.Notes {
		j.Comparability.Notes[i] = jsonNote{Level: n.Level.String(), Code: n.Code,
			Text: rubric.Text{ID: n.Text(msg.ID), EN: n.Text(msg.EN)}}
	}
	for i := range r.Units {
		u := &r.Units[i]
		ju := jsonUnit{Code: u.Code, Name: u.Name, Type: u.Type, Status: u.Status.String(), Reason: string(u.Reason),
			Old: unitSideJSON(u.Old), New: unitSideJSON(u.New), Delta: u.Delta, ZoneSteps: u.ZoneSteps,
			Flags: make([]string, len(u.Flags)), Flips: make([]jsonFlip, len(u.Flips))}
		for k, f := range u.Flags {
			ju.Flags[k] = string(f)
		}
		for k, f := range u.Flips {
			dir := "up"
			if f.Down() {
				dir = "down"
			}
			ju.Flips[k] = jsonFlip{Indicator: f.Indicator, Old: f.OldCodes, From: f.From.String(), To: f.To.String(), Direction: dir}
		}
		ju.Evidence = evidenceChangesJSON(u.Evidence)
		j.Units[i] = ju
	}
	for _, cat := range Categories() {
		j.Matrix.Categories = append(j.Matrix.Categories, cat.String())
		j.Matrix.Counts = append(j.Matrix.Counts, append([]int(nil), r.Matrix[cat][:]...))
	}
	for i := range r.Indicators {
		d := &r.Indicators[i]
		ji := jsonIndicator{Old: nonNil(d.OldCodes), Match: string(d.Match), Text: d.Text, OldType: d.OldType,
			NewType: d.NewType, WeightChanged: d.WeightChanged, TypeChanged: d.TypeChanged, Compared: d.Compared,
			Down: d.Down, Up: d.Up, DownUnits: nonNil(d.DownUnits), UpUnits: nonNil(d.UpUnits)}
		if d.Code != "" {
			code, s := d.Code, d.NewShare
			ji.Code, ji.NewShare = &code, &s
		}
		if len(d.OldCodes) > 0 {
			s := d.OldShare
			ji.OldShare = &s
		}
		j.Indicators[i] = ji
	}
	b, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func sideJSON(s Side) jsonSide {
	r := s.Rubric
	js := jsonSide{
		Rubric: jsonRubric{ID: r.ID, Variant: r.Variant, Version: r.Version, Title: r.Title, Hash: r.Hash(),
			Scale: r.Scale, Zones: hasZones(r)},
		Inputs:   make([]jsonInput, len(s.Inputs)),
		Region:   one(s.Regions),
		Period:   one(s.Periods),
		Regions:  several(s.Regions),
		Periods:  several(s.Periods),
		Units:    s.Units,
		Complete: s.Complete,
	}
	for i, in := range s.Inputs {
		js.Inputs[i] = jsonInput(in)
	}
	return js
}

func unitSideJSON(s *UnitSide) *jsonUnitSide {
	if s == nil {
		return nil
	}
	j := &jsonUnitSide{Status: s.Status.String(), Score: s.Score, Grade: s.Grade, Zone: string(s.Zone), Type: s.Type}
	if s.Score != nil {
		label := s.Label
		j.Band = &label
	}
	return j
}

func regionJSON(rs score.RegionScore) jsonRegionSide {
	j := jsonRegionSide{Score: rs.Score, Units: rs.Units}
	if rs.Band != nil {
		j.Grade, j.Zone = rs.Band.Grade, string(rs.Band.Zone)
	}
	return j
}

// one is the value of a list of one, "" otherwise; several, a list of more
// than one, nil otherwise.
func one(v []string) string {
	if len(v) == 1 {
		return v[0]
	}
	return ""
}

func several(v []string) []string {
	if len(v) > 1 {
		return v
	}
	return nil
}
