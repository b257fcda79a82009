// Package rubric decodes, validates and serves assessment rubrics: the
// YAML files that say what is assessed (a tree of weighted groups with
// indicators at the leaves), how each answer counts, how the total maps to
// the published scale, and which band, grade and zone a score falls in.
//
// The built-in rubrics live beside this file as YAML and are embedded in
// the binary. A district writes its own in the same format; see the
// README's "Rubric format" section and FORMAT.md in this folder.
//
// This package only describes rubrics. The rules that turn answers into
// scores are in package score.
package rubric

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SchemaV1 is the value of the `schema` key every rubric file starts with.
const SchemaV1 = "kepatuhan/rubric/v1"

// Text is a piece of text in Bahasa Indonesia and English.
type Text struct {
	ID string `json:"id" yaml:"id"`
	EN string `json:"en,omitempty" yaml:"en,omitempty"`
}

// In returns the text in lang ("id" or "en"), falling back to Indonesian.
func (t Text) In(lang string) string {
	if lang == "en" && t.EN != "" {
		return t.EN
	}
	return t.ID
}

// IsZero reports whether both languages are empty.
func (t Text) IsZero() bool { return t.ID == "" && t.EN == "" }

// Note is a text of a rubric's sources and provenance, in Bahasa
// Indonesia and English like Text. It was a plain string before it became
// bilingual, and it is still written as one when it has no English: the
// canonical form, and so the hash, of a rubric whose notes are plain
// strings stays what it was.
type Note Text

// In returns the note in lang ("id" or "en"), falling back to Indonesian.
func (n Note) In(lang string) string { return Text(n).In(lang) }

// IsZero reports whether both languages are empty.
func (n Note) IsZero() bool { return Text(n).IsZero() }

// MarshalJSON writes a note without English as a plain string.
func (n Note) MarshalJSON() ([]byte, error) {
	if n.EN == "" {
		return json.Marshal(n.ID)
	}
	return json.Marshal(Text(n))
}

// Kind says how a rubric's indicators are answered.
type Kind string

// Rubric kinds.
const (
	// Observation: every indicator is answered once per unit.
	Observation Kind = "observation"
	// Survey: every indicator is answered by many respondents per unit.
	Survey Kind = "survey"
	// Mixed: some indicators are observed, some surveyed.
	Mixed Kind = "mixed"
)

// AnswerType is the kind of answer an indicator takes.
type AnswerType string

// Answer types.
const (
	Check  AnswerType = "check"  // met / not met
	Levels AnswerType = "levels" // an integer scale, each level described
	Choice AnswerType = "choice" // labelled options worth points
	Number AnswerType = "number" // a measured value scored by a rule
	Surv   AnswerType = "survey" // many respondents, each an integer on a scale
)

// Zone is a colour zone: hijau, kuning, merah, or none ("").
type Zone string

// Zones.
const (
	Hijau  Zone = "hijau"
	Kuning Zone = "kuning"
	Merah  Zone = "merah"
	NoZone Zone = ""
)

// Rubric is a decoded, validated rubric.
type Rubric struct {
	Schema      string `json:"schema"`
	ID          string `json:"id"`
	Version     string `json:"version"`
	Variant     string `json:"variant,omitempty"` // the variant applied, if any
	Title       Text   `json:"title"`
	Description Text   `json:"description,omitzero"`
	Kind        Kind   `json:"kind"`

	Sources    []Source `json:"sources,omitempty"`
	Provenance []Fact   `json:"provenance,omitempty"`

	Scale     Scale             `json:"scale"`
	Bands     []Band            `json:"bands"` // ascending by Min
	Zones     map[Zone]ZoneInfo `json:"zones"`
	UnitTypes []UnitType        `json:"unit_types,omitempty"`
	Rollup    Rollup            `json:"rollup"`
	Targets   []Target          `json:"targets,omitempty"`
	// WithoutEvidence is the default rule for an answer given without
	// its required evidence (evidence.go); "" means warn.
	WithoutEvidence EvidenceRule `json:"without_evidence,omitempty"`

	// The tree: top-level groups, or (for a flat rubric) indicators.
	Groups   []*Group     `json:"groups,omitempty"`
	Items    []*Indicator `json:"indicators,omitempty"`
	Variants []Variant    `json:"variants,omitempty"`

	// Derived by prepare; not serialised.
	root       *Group
	indicators []*Indicator
	groups     []*Group
	byCode     map[string]*Indicator
	groupBy    map[string]*Group
	hash       string
	file       string
	source     []byte
}

// Source is a legal or methodological source a rubric cites.
type Source struct {
	Title Note   `json:"title"`
	URL   string `json:"url,omitempty"`
	Note  Note   `json:"note,omitzero"`
}

// FactStatus says how sure a value in the rubric is.
type FactStatus string

// Fact statuses.
const (
	Published  FactStatus = "published"  // stated by the source
	Local      FactStatus = "local"      // a choice made by whoever wrote the rubric
	Unverified FactStatus = "unverified" // believed, not checked in a primary source
)

// Fact records where one value (or set of values) of the rubric comes from.
type Fact struct {
	Item   Note       `json:"item"`
	Status FactStatus `json:"status"`
	Source Note       `json:"source,omitzero"`
	Note   Note       `json:"note,omitzero"`
}

// Rule says how the weighted total becomes a score on the scale.
type Rule string

// Scale rules.
const (
	// Linear: score = min + F × (max − min), F the weighted mean of the
	// indicators' fractions, N/A weights renormalised away.
	Linear Rule = "linear"
	// WeightedSum: score = factor × Σ weight × value over the indicators,
	// weights as printed (not renormalised), value in the answer's own
	// units (a survey mean, a level). This is how SKM's regulation prints
	// IKM = Σ NRR × 0.11.
	WeightedSum Rule = "weighted-sum"
)

// Rounding modes.
const (
	HalfAwayFromZero = "half-away-from-zero"
	HalfEven         = "half-even"
)

// Scale is the published scale of the total and how it is rounded.
type Scale struct {
	Min      float64 `json:"min"`
	Max      float64 `json:"max"`
	Rule     Rule    `json:"rule"`
	Factor   float64 `json:"factor,omitempty"` // weighted-sum only
	Decimals int     `json:"decimals"`
	Rounding string  `json:"rounding"`
}

// Band is one interval of the scale: [Min, next band's Min), the last
// one closed at the scale's maximum. Bands compare the rounded score.
type Band struct {
	Min   float64 `json:"min"`
	Max   float64 `json:"max"` // inclusive upper bound on the rounded score (derived when not written)
	Grade string  `json:"grade,omitempty"`
	Label Text    `json:"label"`
	Zone  Zone    `json:"zone,omitempty"`
}

// ZoneInfo is how a zone is named and coloured.
type ZoneInfo struct {
	Label Text   `json:"label"`
	Color string `json:"color"` // #RRGGBB
}

// UnitType is a kind of public-service unit the rubric knows.
type UnitType struct {
	ID    string `json:"id"`
	Label Text   `json:"label"`
}

// Rollup says how unit scores combine into the region's score.
type Rollup struct {
	Rule    string             `json:"rule"` // "mean" or "weighted-mean"
	Weights map[string]float64 `json:"weights,omitempty"`
}

// Rollup rules.
const (
	RollupMean         = "mean"
	RollupWeightedMean = "weighted-mean"
)

// Target is a goal the annual report compares the region against.
type Target struct {
	Label Text     `json:"label"`
	Kind  string   `json:"kind"`           // "region-score" or "zone-share"
	Zone  Zone     `json:"zone,omitempty"` // zone-share only
	Min   *float64 `json:"min,omitempty"`
	Max   *float64 `json:"max,omitempty"`
}

// Target kinds.
const (
	TargetRegionScore = "region-score"
	TargetZoneShare   = "zone-share"
)

// Group is a weighted node of the rubric tree. A group holds either
// subgroups or indicators.
type Group struct {
	Code       string       `json:"code,omitempty"`
	Name       Text         `json:"name"`
	Weight     float64      `json:"weight"`
	Groups     []*Group     `json:"groups,omitempty"`
	Indicators []*Indicator `json:"indicators,omitempty"`

	parent *Group
	depth  int
	index  int // in AllGroups; -1 for the root
}

// Index is the group's position in Rubric.AllGroups (and in a unit's
// Groups); -1 for the root.
func (g *Group) Index() int { return g.index }

// Parent returns the enclosing group, nil for the root.
func (g *Group) Parent() *Group { return g.parent }

// Depth is 0 for the root, 1 for top-level groups, and so on.
func (g *Group) Depth() int { return g.depth }

// IsRoot reports whether g is the rubric's root.
func (g *Group) IsRoot() bool { return g.parent == nil }

// Indicator is a leaf of the rubric tree: one thing an assessor answers.
type Indicator struct {
	Code            string       `json:"code"`
	Text            Text         `json:"text"`
	Weight          float64      `json:"weight"`
	Type            AnswerType   `json:"type"`
	NA              bool         `json:"na,omitempty"`
	AppliesTo       []string     `json:"applies_to,omitempty"`
	Evidence        bool         `json:"-"` // derived: some evidence item is required (evidence.go)
	Need            EvidenceNeed `json:"evidence,omitzero"`
	WithoutEvidence EvidenceRule `json:"without_evidence,omitempty"`
	Finding         Text         `json:"finding,omitzero"`
	Recommendation  Text         `json:"recommendation,omitzero"`
	Replaces        []string     `json:"replaces,omitempty"`

	Levels  *LevelScale  `json:"levels,omitempty"`
	Choices []Option     `json:"choices,omitempty"`
	Number  *NumberRule  `json:"number,omitempty"`
	Survey  *SurveyScale `json:"survey,omitempty"`

	index int
	group *Group
	rule  EvidenceRule // WithoutEvidence, else the rubric's
}

// Index is the indicator's position in document order.
func (ind *Indicator) Index() int { return ind.index }

// Group is the group directly holding the indicator.
func (ind *Indicator) Group() *Group { return ind.group }

// AppliesToType reports whether the indicator is assessed for a unit of
// type t (a unit-type id; "" means unknown, to which everything applies).
func (ind *Indicator) AppliesToType(t string) bool {
	if len(ind.AppliesTo) == 0 || t == "" {
		return true
	}
	for _, a := range ind.AppliesTo {
		if strings.EqualFold(a, t) {
			return true
		}
	}
	return false
}

// LevelScale is the integer scale of a "levels" indicator, with a
// description of each level.
type LevelScale struct {
	Min          int          `json:"min"`
	Max          int          `json:"max"`
	Descriptions map[int]Text `json:"descriptions,omitempty"`
}

// SurveyScale is the integer scale each respondent answers on, with an
// optional label per value (labels are accepted as answers too).
type SurveyScale struct {
	Min    int          `json:"min"`
	Max    int          `json:"max"`
	Labels map[int]Text `json:"labels,omitempty"`
}

// Option is one labelled choice and the fraction of the weight it earns.
type Option struct {
	Label   string   `json:"label"`
	Aliases []string `json:"aliases,omitempty"`
	Points  float64  `json:"points"`
}

// NumberRule scores a measured value.
type NumberRule struct {
	Min  float64 `json:"min"`
	Max  float64 `json:"max"`
	Unit string  `json:"unit,omitempty"`
	Rule string  `json:"rule"` // "linear" or "thresholds"
	// linear: ZeroAt earns 0, FullAt earns 1, straight line between, clamped.
	ZeroAt *float64 `json:"zero_at,omitempty"`
	FullAt *float64 `json:"full_at,omitempty"`
	// thresholds: the highest threshold whose Min ≤ value gives the fraction.
	Thresholds []Threshold `json:"thresholds,omitempty"`
}

// Threshold is one step of a thresholds rule.
type Threshold struct {
	Min      float64 `json:"min"`
	Fraction float64 `json:"fraction"`
}

// Variant is a named, documented alternative of a rubric (e.g. SKM's
// printed 0.11 weights), selected as ID@VARIANT.
type Variant struct {
	ID          string             `json:"id"`
	Title       Text               `json:"title"`
	Description Text               `json:"description,omitzero"`
	Scale       *Scale             `json:"scale,omitempty"`
	Weights     map[string]float64 `json:"weights,omitempty"`
}

// Indicators returns the indicators in document order.
func (r *Rubric) Indicators() []*Indicator { return r.indicators }

// AllGroups returns every group except the root, in document order
// (parents before children).
func (r *Rubric) AllGroups() []*Group { return r.groups }

// Root returns a group holding the rubric's top-level groups or
// indicators, with weight 1 and no code.
func (r *Rubric) Root() *Group { return r.root }

// Indicator finds an indicator by code, ignoring case and surrounding
// space.
func (r *Rubric) Indicator(code string) (*Indicator, bool) {
	ind, ok := r.byCode[CodeKey(code)]
	return ind, ok
}

// GroupByCode finds a group by code, ignoring case.
func (r *Rubric) GroupByCode(code string) (*Group, bool) {
	g, ok := r.groupBy[CodeKey(code)]
	return g, ok
}

// Hash is the SHA-256 of the rubric's canonical JSON form: two files that
// say the same thing, however formatted, have the same hash.
func (r *Rubric) Hash() string { return r.hash }

// ShortHash is a hash as documents and messages show it: its first 12
// hex digits (all of it when shorter).
func ShortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// File is where the rubric was read from ("builtin:ID" for built-ins).
func (r *Rubric) File() string { return r.file }

// Ref is the rubric's full name: ID, or ID@VARIANT.
func (r *Rubric) Ref() string {
	if r.Variant != "" {
		return r.ID + "@" + r.Variant
	}
	return r.ID
}

// UnitType finds a unit type by id or label (either language), ignoring
// case and surrounding space.
func (r *Rubric) UnitType(s string) (UnitType, bool) {
	k := strings.ToLower(strings.TrimSpace(s))
	for _, t := range r.UnitTypes {
		if strings.ToLower(t.ID) == k || strings.ToLower(t.Label.ID) == k || (t.Label.EN != "" && strings.ToLower(t.Label.EN) == k) {
			return t, true
		}
	}
	return UnitType{}, false
}

// BandFor returns the band a rounded score falls in.
func (r *Rubric) BandFor(rounded float64) Band {
	for i := len(r.Bands) - 1; i >= 0; i-- {
		if rounded >= r.Bands[i].Min {
			return r.Bands[i]
		}
	}
	return r.Bands[0]
}

// ZoneInfo returns how zone z is named and coloured.
func (r *Rubric) ZoneInfo(z Zone) ZoneInfo {
	if zi, ok := r.Zones[z]; ok {
		return zi
	}
	return ZoneInfo{Color: "#9E9E9E", Label: Text{ID: "Tanpa zona", EN: "No zone"}}
}

// DefaultZones are the zone names and colours used when a rubric does not
// set its own.
var DefaultZones = map[Zone]ZoneInfo{
	Hijau:  {Label: Text{ID: "Zona Hijau", EN: "Green zone"}, Color: "#2E7D32"},
	Kuning: {Label: Text{ID: "Zona Kuning", EN: "Yellow zone"}, Color: "#F9A825"},
	Merah:  {Label: Text{ID: "Zona Merah", EN: "Red zone"}, Color: "#C62828"},
}

// CodeKey is the one normal form of a unit or indicator code: every
// place that reads, looks up, compares or shows a code (workbook sheets,
// the rubric, results JSON and workbooks read back, diffs across years)
// goes through it, so that codes that look the same are the same.
//
// Invisible characters are removed wherever they are: the format
// characters (Unicode category Cf — zero-width space, zero-width joiner
// and non-joiner, word joiner, soft hyphen, byte-order mark, the
// left-to-right and right-to-left marks and the other bidirectional
// controls) and control characters other than spaces. Spaces of every
// kind (non-breaking, ideographic U+3000, tabs, line ends) are trimmed
// at both ends and become a plain space inside. Letters are upper case.
// HasInvisible tells whether a code held invisible characters.
func CodeKey(s string) string {
	if plainCode(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending: written before the next character
	for _, r := range s {
		switch {
		case invisible(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// plainCode reports whether s is visible ASCII without a space at either
// end, which CodeKey only upper-cases: nearly every code.
func plainCode(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c >= 0x7F {
			return false
		}
	}
	return true
}

// HasInvisible reports whether s holds a character that CodeKey removes
// as invisible.
func HasInvisible(s string) bool {
	if plainCode(s) {
		return false
	}
	return strings.IndexFunc(s, invisible) >= 0
}

// invisible reports whether r is a character that shows as nothing: a
// format character (category Cf), or a control character that is not a
// space.
func invisible(r rune) bool {
	if r < utf8.RuneSelf {
		return r < ' ' && !unicode.IsSpace(r) || r == 0x7F
	}
	return unicode.Is(unicode.Cf, r) || unicode.IsControl(r) && !unicode.IsSpace(r)
}
