package report

import (
	"net/url"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/palette"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Methodology is what the report says of its method, in its language:
// the rubric and how it scores, the bands, the sources and provenance of
// its values, and the decisions the report makes. Build makes it once;
// each format lays it out its own way (the PDF's methodology section,
// the workbook's methodology sheet). The rubric's structure with its
// weights is Report.Tree.
type Methodology struct {
	Title      string // the rubric's
	Ref        string // id, or id@variant
	Version    string
	Kind       string // the rubric's kind in words
	Hash       string
	Scale      string // the scale and its rule in words
	Rounding   string // the decimals and the rounding rule in words
	Rollup     string // how units roll up to the region's score
	Indicators int
	How        string // how a unit's score is computed, in words
	Tool       string
	Inputs     []results.Input
	Bands      []BandRow // the highest first
	// StructureNote says what the shares of Report.Tree are.
	StructureNote string
	Sources       []SourceRow
	Provenance    []Fact
	Decisions     []string
}

// BandRow is one band as the methodology lists it.
type BandRow struct {
	Band  rubric.Band
	Range string // "51,00–80,99"
	Label string
	Zone  string // the zone's name, or "no zone"
	Color palette.Color
}

// SourceRow is one of the rubric's sources, in the report's language.
type SourceRow struct {
	Title string
	URL   string
	// Copy says, when URL is on a site where anyone may upload documents
	// (Scribd, 123dok, SlideShare) or code (GitHub), that the link is a
	// copy kept there and not the publisher's: "salinan tidak resmi di
	// situs berbagi dokumen (123dok.com)". Empty for other sites.
	Copy string
	Note string
}

// Fact is one entry of the rubric's provenance.
type Fact struct {
	Item   string
	Status rubric.FactStatus
	State  string // the status in words
	Source string
	Note   string
}

// KindText names a rubric's kind in words: the methodology and `rubric
// list` and `rubric show` say it the same.
func KindText(lang msg.Lang, k rubric.Kind) string {
	switch k {
	case rubric.Survey:
		return msg.T(lang, msg.KindSurvey)
	case rubric.Mixed:
		return msg.T(lang, msg.KindMixed)
	}
	return msg.T(lang, msg.KindObservation)
}

// FactStatus names a provenance status in words.
func FactStatus(lang msg.Lang, s rubric.FactStatus) string {
	switch s {
	case rubric.Published:
		return msg.T(lang, msg.ReportFactPublished)
	case rubric.Local:
		return msg.T(lang, msg.ReportFactLocal)
	case rubric.Unverified:
		return msg.T(lang, msg.ReportFactUnverified)
	}
	return string(s)
}

// Sites where anyone may upload a document or code: a source found there
// is a copy, which the methodology says.
var (
	documentSites = []string{"scribd.com", "123dok.com", "slideshare.net", "docplayer.info", "docplayer.net",
		"dokumen.tips", "idoc.pub", "pdfcoffee.com", "academia.edu", "documents.pub", "fdokumen.com", "studocu.com"}
	codeSites = []string{"github.com", "gitlab.com", "bitbucket.org"}
)

// SharedCopy says what a source's link is when it points at a document-
// or code-sharing site ("salinan tidak resmi di situs berbagi dokumen
// (123dok.com)"); "" for any other link.
func SharedCopy(lang msg.Lang, link string) string {
	host := link
	if u, err := url.Parse(strings.TrimSpace(link)); err == nil && u.Host != "" {
		host = u.Hostname()
	} else {
		return ""
	}
	host = strings.ToLower(strings.TrimPrefix(host, "www."))
	on := func(sites []string) string {
		for _, s := range sites {
			if host == s || strings.HasSuffix(host, "."+s) {
				return s
			}
		}
		return ""
	}
	if s := on(documentSites); s != "" {
		return msg.T(lang, msg.ReportSourceDocumentSite, s)
	}
	if s := on(codeSites); s != "" {
		return msg.T(lang, msg.ReportSourceCodeSite, s)
	}
	return ""
}

// methodology builds rp.Method.
func (rp *Report) methodology() {
	r := rp.Rubric
	lang := string(rp.Lang)
	m := &rp.Method
	m.Title, m.Ref, m.Version, m.Hash = r.Title.In(lang), r.Ref(), r.VersionText(lang), r.Hash()
	m.Kind = KindText(rp.Lang, r.Kind)
	m.Scale = rp.t(msg.ReportScaleLinear, rp.Num(r.Scale.Min), rp.Num(r.Scale.Max))
	how, note := msg.ReportHowLinear, msg.ReportStructureNote
	if r.Scale.Rule == rubric.WeightedSum {
		m.Scale = rp.t(msg.ReportScaleSum, rp.Num(r.Scale.Min), rp.Num(r.Scale.Max), rp.Weight(r.Scale.Factor))
		how, note = msg.ReportHowSum, msg.ReportStructureNoteSum
	}
	rounding := rp.t(msg.ReportRoundHalfUp)
	if r.Scale.Rounding == rubric.HalfEven {
		rounding = rp.t(msg.ReportRoundHalfEven)
	}
	m.Rounding = rp.t(msg.ReportRoundingText, r.Scale.Decimals, rounding)
	m.Rollup = rp.RollupText()
	m.Indicators = len(r.Indicators())
	m.How, m.StructureNote = rp.t(how), rp.t(note)
	m.Tool, m.Inputs = rp.Tool, rp.Inputs
	for i := len(r.Bands) - 1; i >= 0; i-- {
		b := r.Bands[i]
		zone := rp.t(msg.ReportNoZone)
		if b.Zone != rubric.NoZone {
			zone = r.ZoneInfo(b.Zone).Label.In(lang)
		}
		m.Bands = append(m.Bands, BandRow{Band: b, Range: rp.BandRange(i), Label: b.Label.In(lang), Zone: zone,
			Color: rp.BandColor(b)})
	}
	for _, s := range r.Sources {
		m.Sources = append(m.Sources, SourceRow{Title: s.Title.In(lang), URL: s.URL, Copy: SharedCopy(rp.Lang, s.URL),
			Note: s.Note.In(lang)})
	}
	for _, f := range r.Provenance {
		m.Provenance = append(m.Provenance, Fact{Item: f.Item.In(lang), Status: f.Status, State: FactStatus(rp.Lang, f.Status),
			Source: f.Source.In(lang), Note: f.Note.In(lang)})
	}
	for _, k := range []msg.Key{msg.ReportDecRegion, msg.ReportDecRanking, msg.ReportDecTypes, msg.ReportDecGroups,
		msg.ReportDecAgenda, msg.ReportDecIssues, msg.ReportDecDate} {
		m.Decisions = append(m.Decisions, rp.t(k))
	}
}
