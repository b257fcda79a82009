// Package resultbook writes the results workbook (.xlsx) that a district's
// Bagian Organisasi files and sends on, and reads it back for kepatuhan
// report and kepatuhan diff.
//
// The workbook has visible sheets for people (names in Indonesian, or in
// English with Options.Lang msg.EN) and one hidden sheet for the machine:
//
//   - Ringkasan / Summary: one row per unit, in results order: code, name,
//     type, region, period, score (in the rubric's decimals), grade (when
//     the rubric has grades), category, zone, status, and the counts of
//     met, partly met, not met, N/A, not-for-the-type and missing
//     indicators. Zone cells are coloured by conditional formatting in
//     the rubric's zone colours; incomplete units say so in grey.
//   - Zona / Zones: units per zone and incomplete units, as plain numbers,
//     and a native column chart of them with one series per zone, so that
//     each bar has its zone's colour (column charts ignore per-point
//     colours). A sheet of its own: on the Summary sheet a filter would
//     hide the rows the chart reads.
//   - Rincian / Details: one row per unit × indicator (streamed).
//   - Temuan / Findings: every indicator not met or partly met, then also
//     every missing indicator of an incomplete unit (the Status column
//     tells which: an incomplete unit cannot be scored until they are
//     answered), by unit in results order, then in rubric order. N/A and
//     not-for-the-type indicators are not findings.
//   - Metadata: rubric, version, title, hash, scale, rounding, bands, the
//     input files with their SHA-256 and size, the tool, the generation
//     time (shown only when SOURCE_DATE_EPOCH set it), the language, and a
//     note that the numbers are read back from the hidden sheet.
//   - _kepatuhan_hasil (hidden): the results JSON exactly as results.WriteJSON
//     writes it, in chunks under Excel's 32,767-character cell limit, with
//     its length and SHA-256 (see hidden.go for the layout).
//
// Table sheets have their header in row 1, frozen, with an autofilter,
// columns fitted to their content, and print landscape one page wide.
//
// Read recovers the results model from the hidden sheet alone, exactly:
// it checks the SHA-256, then results.ReadJSON re-validates the embedded
// rubric against its hash. The visible sheets are never read, so edits to
// them change nothing. Read accepts the workbook after Excel or
// LibreOffice saved it again.
//
// Output is deterministic: the same results and language give the same
// bytes (document times come from package stamp; zip entries and content
// types are written in a fixed order). Write renders to an io.Writer; the
// command line writes the file (package atomicfile).
package resultbook

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/stamp"
	"github.com/kepatuhan/kepatuhan/pkg/xlsxzip"
)

// HiddenSheet is the name of the sheet that holds the results JSON.
const HiddenSheet = "_kepatuhan_hasil"

// Format identifies the layout of the hidden sheet; it is cell A1 there.
const Format = "kepatuhan/resultbook/v1"

// chunkUnits is the most UTF-16 code units one chunk cell holds: under
// Excel's limit of 32,767 characters per cell, with room to spare.
const chunkUnits = 32000

// Options control how the workbook is written.
type Options struct {
	// Lang is the language of sheet names, headers and labels; Indonesian
	// unless msg.EN.
	Lang msg.Lang
	// JSON, when set, returns res's results JSON as results.WriteJSON
	// writes it, for a caller that makes it anyway (score -o x.json):
	// the workbook then uses it instead of making it again.
	JSON func() ([]byte, error)
}

// Write writes res as a results workbook to w.
func Write(w io.Writer, res *results.Results, o Options) error {
	b, data, err := build(res, o)
	if err != nil {
		return err
	}
	part, err := sheetPart(data, HiddenSheet)
	if err != nil {
		return err
	}
	replace := map[string]xlsxzip.Rewrite{
		part: func(_ *zip.File, w io.Writer) error { return b.hiddenXML(w) },
	}
	for sheet, rows := range b.rows {
		part, err := sheetPart(data, sheet)
		if err != nil {
			return err
		}
		replace[part] = func(src *zip.File, w io.Writer) error { return spliceRows(src, w, rows) }
	}
	return xlsxzip.Canonical(data, w, replace)
}

// build renders the workbook and returns the bytes excelize produced:
// zip entries in excelize's order and the hidden sheet empty, which
// xlsxzip.Canonical then fixes and fills.
func build(res *results.Results, o Options) (*book, []byte, error) {
	if res == nil || res.Rubric == nil {
		return nil, nil, fmt.Errorf("resultbook: results without a rubric")
	}
	lang := msg.ID
	if o.Lang == msg.EN {
		lang = msg.EN
	}
	// The JSON is made while the visible sheets are (it is needed only
	// for the Metadata sheet and the hidden sheet, both written last).
	done := make(chan error, 1)
	b := &book{res: res, lang: lang, jsonDone: done, rows: map[string]*tableRows{}}
	go func() {
		var js []byte
		var err error
		if o.JSON != nil {
			js, err = o.JSON()
		} else {
			var buf bytes.Buffer
			buf.Grow(results.JSONSize(res))
			err = results.WriteJSON(&buf, res)
			js = buf.Bytes()
		}
		b.payload = xmlSafe(js)
		sum := sha256.Sum256(b.payload)
		b.sum = hex.EncodeToString(sum[:])
		done <- err
	}()
	f := excelize.NewFile()
	defer f.Close()
	b.f = f
	err := b.write()
	if b.jsonDone != nil {
		if jerr := <-done; err == nil {
			err = jerr
		}
	}
	if err != nil {
		return nil, nil, err
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, nil, err
	}
	return b, buf.Bytes(), nil
}

// awaitJSON waits for the results JSON.
func (b *book) awaitJSON() error {
	err := <-b.jsonDone
	b.jsonDone = nil
	return err
}

// book is one workbook being written.
type book struct {
	f        *excelize.File
	res      *results.Results
	lang     msg.Lang
	payload  []byte // the results JSON as stored in the hidden sheet
	sum      string // its SHA-256, hex
	jsonDone chan error

	names  sheetNames
	styles styles
	rows   map[string]*tableRows // the data rows of each table sheet, by name
}

type sheetNames struct {
	summary, zones, details, findings, metadata string
	evidence                                    string // evidence.go
}

func (b *book) t(k msg.Key, args ...any) string { return msg.T(b.lang, k, args...) }

func (b *book) write() error {
	zones := msg.BookSheetZones
	if !b.zoned() {
		zones = msg.BookSheetCategories
	}
	b.names = sheetNames{
		summary:  b.t(msg.BookSheetSummary),
		zones:    b.t(zones),
		details:  b.t(msg.BookSheetDetails),
		findings: b.t(msg.BookSheetFindings),
		metadata: b.t(msg.BookSheetMetadata),
		evidence: b.t(msg.BookSheetEvidence),
	}
	f := b.f
	if err := f.SetSheetName("Sheet1", b.names.summary); err != nil {
		return err
	}
	sheets := append([]string{b.names.zones, b.names.details, b.names.findings, b.names.evidence}, b.roundSheets()...) // round.go
	for _, s := range append(sheets, b.names.metadata, HiddenSheet) {
		if _, err := f.NewSheet(s); err != nil {
			return err
		}
	}
	if err := b.newStyles(); err != nil {
		return err
	}
	// Both read every sheet: set them while the sheets are empty, before
	// any is streamed (a streamed sheet would be parsed back in full).
	f.SetActiveSheet(0)
	if err := f.SetSheetVisible(HiddenSheet, false); err != nil {
		return err
	}
	steps := []func() error{b.summary, b.zonesSheet, b.details, b.findings, b.evidenceSheet, b.roundSheetsWrite, b.awaitJSON, b.metadata}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	when := stamp.DocTime()
	return f.SetDocProps(&excelize.DocProperties{
		Created:        when,
		Modified:       when,
		Creator:        b.res.Tool,
		LastModifiedBy: b.res.Tool,
		Title:          b.t(msg.BookMetaTitle),
		Subject:        b.res.Rubric.Title.In(string(b.lang)),
		Identifier:     Format,
		Language:       string(b.lang),
	})
}
