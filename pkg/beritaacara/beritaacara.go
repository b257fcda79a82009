// Package beritaacara writes the berita acara (official minutes) of a
// verification round: one A4 PDF per unit, which the unit's head and the
// verifier sign, and one for the whole round.
//
// A unit's berita acara holds the letterhead of the issuing office (kop:
// logo, government, office, address; package issuer), a number line to
// fill in, the day, date and place, the unit and its assessment, the
// self-assessed and the verified score with the category and zone, how
// many indicators the verifier agreed, corrected or has not verified, the
// corrections made after clarification or objection, the shortfalls with
// the rubric's findings and recommendations, a follow-up plan table (RTL,
// rencana tindak lanjut) to fill in, the statement that the result is
// provisional until verification and validation are finished — or final
// —, and the signature blocks: the unit's head, the verifier, and the
// superior who acknowledges ("Mengetahui"). The round's berita acara
// lists every unit with its scores and status, and is signed by the
// verifier and acknowledged.
//
// Everything is in Bahasa Indonesia, or English with Lang msg.EN; no
// command-line words appear. The date is Options.Date, else
// SOURCE_DATE_EPOCH's, else the latest date in the data (the unit's
// assessment or its latest correction; for the round, the latest of
// all), never the clock: the same results give the same bytes.
package beritaacara

import (
	"fmt"
	"strings"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/issuer"
	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/pdfdoc"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// Options say how the documents are written.
type Options struct {
	Lang   msg.Lang       // msg.ID (default) or msg.EN
	Issuer *issuer.Config // the issuing office; nil: names left to fill in by hand
	// Date is the documents' date (YYYY-MM-DD); "" for SOURCE_DATE_EPOCH's,
	// else the data's latest.
	Date string
}

// RoundFile is the file name of the whole round's berita acara.
const RoundFile = "berita-acara-rekapitulasi.pdf"

// Unit renders the berita acara of one unit of res.
func Unit(res *results.Results, u *results.Unit, o Options) ([]byte, error) {
	return render(res, o, func(d *doc) { d.unit(u) }, titleFor(o.Lang, u.Name, u.Code))
}

// Round renders the berita acara of the whole round.
func Round(res *results.Results, o Options) ([]byte, error) {
	return render(res, o, func(d *doc) { d.round() }, msg.T(lang(o.Lang), msg.BARoundTitle))
}

func lang(l msg.Lang) msg.Lang {
	if l == msg.EN {
		return msg.EN
	}
	return msg.ID
}

func titleFor(l msg.Lang, name, code string) string {
	if strings.TrimSpace(name) == "" {
		name = code
	}
	return msg.T(lang(l), msg.BADocTitle, locale.Truncate(name, 200))
}

// render draws a document with the 8-bit fonts, and again with the
// Unicode fonts if some text needed them.
func render(res *results.Results, o Options, body func(*doc), title string) ([]byte, error) {
	data, lost, err := draw(res, o, body, title, false)
	if err == nil && lost {
		data, _, err = draw(res, o, body, title, true)
	}
	return data, err
}

func draw(res *results.Results, o Options, body func(*doc), title string, unicode bool) (data []byte, lost bool, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("berita acara: rendering failed: %v", p)
		}
	}()
	if res == nil || res.Rubric == nil {
		return nil, false, fmt.Errorf("berita acara: results without a rubric")
	}
	l := lang(o.Lang)
	tool := res.Tool
	if tool == "" {
		tool = stamp.Tool()
	}
	pd := pdfdoc.New(l, pdfdoc.Options{Unicode: unicode, Title: title, Creator: tool})
	d := &doc{res: res, o: o, lang: l, tool: tool}
	d.Flow = pdfdoc.NewFlow(pd, d.footer())
	body(d)
	data, err = pd.Bytes()
	return data, pd.Lost(), err
}

// doc draws one berita acara.
type doc struct {
	*pdfdoc.Flow
	res  *results.Results
	o    Options
	lang msg.Lang
	tool string
}

func (d *doc) t(k msg.Key, args ...any) string { return msg.T(d.lang, k, args...) }

// footer: the rubric and the tool, and that the document was made by it.
func (d *doc) footer() []string {
	r := d.res.Rubric
	hash := rubric.ShortHash(r.Hash())
	return []string{msg.T(d.lang, msg.CardFooterRubric, r.Ref(), r.Version, hash) + " · " + d.tool}
}

// date is the document's date (ISO) for the units given: Options.Date,
// else SOURCE_DATE_EPOCH's, else the latest assessment or correction
// date among them.
func (d *doc) date(units ...*results.Unit) string {
	if s := strings.TrimSpace(d.o.Date); s != "" {
		return s
	}
	if t, set := stamp.Time(); set {
		return t.UTC().Format("2006-01-02")
	}
	latest := ""
	for _, u := range units {
		if isDate(u.Date) && u.Date > latest {
			latest = u.Date
		}
		for _, c := range u.Corrections() {
			if isDate(c.Date) && c.Date > latest {
				latest = c.Date
			}
		}
	}
	return latest
}

func isDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// dayName is the weekday of an ISO date in words, "" if not a date.
func (d *doc) dayName(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return ""
	}
	return d.t(weekdays[t.Weekday()])
}

var weekdays = [7]msg.Key{msg.BASunday, msg.BAMonday, msg.BATuesday, msg.BAWednesday, msg.BAThursday, msg.BAFriday, msg.BASaturday}

// place is where the document is signed: the configuration's, else the
// region's.
func (d *doc) place(region string) string {
	if c := d.o.Issuer; c != nil && c.Place != "" {
		return c.Place
	}
	return region
}

// region is the configuration's region, else the unit's; for the round's
// recapitulation (u nil), what its units give (results.Naming: all of
// them, named or counted, never one for all).
func (d *doc) region(u *results.Unit) string {
	if c := d.o.Issuer; c != nil && c.Region != "" {
		return c.Region
	}
	if u != nil {
		return u.Region
	}
	return results.Naming(d.lang, results.Distinct(d.res.Units, func(u *results.Unit) string { return u.Region }), msg.DocRegions)
}
