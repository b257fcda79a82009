// Package submissions reads what phones sent in: the exports of
// KoboToolbox (xlsx, or CSV without repeat groups) and of ODK Central
// (submissions.csv.zip, or its main CSV alone), into the same unscored
// fragments that package sheet reads from observation workbooks — the
// pivot every output consumes.
//
// An export of a form written by `kepatuhan form --xlsform` is read
// through the form's plan (package xlsform), rebuilt from the rubric in
// use: every column is known by its XML path (groups joined by "/" in
// Kobo, "-" in ODK Central), its name, or its label in either of the
// form's languages; every choice maps back to the answer it stands for;
// the rubric stamp each submission carries (kp_rubrik, kp_versi,
// kp_hash) must be the rubric in use. An export of any other form is read
// by the wide-layout rules of the observation-workbook contract: a unit
// column, one column per indicator code, the last part of a group path.
//
// Either way: submissions a reviewer rejected (ODK Central's ReviewState
// rejected, Kobo's "not approved") are left out with a notice unless
// Options.IncludeRejected; a unit submitted twice is an error naming both
// submissions unless Options.Latest keeps the most recent; respondents (a
// survey rubric's submissions, or the rows of a mixed rubric's repeat
// sheet, joined to their submission by _parent_index or PARENT_KEY) are
// pooled per unit; media columns give each answer its photos' file names
// (Media, and the answer's evidence).
package submissions

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
)

// Kind is what a file holds, as far as this package is concerned.
type Kind uint8

// Kinds of file.
const (
	Other    Kind = iota // not an export (nor a workbook): package sheet words why
	Workbook             // an .xlsx: a KoboToolbox export if IsKobo says so
	KoboCSV              // a KoboToolbox CSV export
	ODKCSV               // the main CSV of an ODK Central export, alone
	ODKZip               // an ODK Central submissions.csv.zip
)

// Options tune reading.
type Options struct {
	// Latest keeps the most recent of a unit's submissions instead of
	// refusing the export.
	Latest bool
	// IncludeRejected scores submissions a reviewer rejected or did not
	// approve.
	IncludeRejected bool
	// ForceRubric scores submissions made with another rubric's form.
	ForceRubric bool
	// Units is the unit list the form offered; when set, a submission for
	// a unit not in it is an error, and the list fills in what an export
	// lacks (name, type, region, period). UnitsFile names it in messages.
	Units     []xlsform.Unit
	UnitsFile string
	// Media lists every photo of the kept submissions in Export.Media
	// (each answer's evidence names them either way).
	Media bool
}

// Export is what one export held.
type Export struct {
	File *sheet.File // fragments and problems, as package sheet gives them
	Kind Kind
	// Media lists the photos the kept submissions name, per answer, in
	// the order read, when Options.Media asks for them. Each answer's
	// file names are its evidence either way.
	Media []Media
}

// Media is one photo (or other file) a submission names for an answer.
type Media struct {
	Unit       string // the unit's code key
	Indicator  string // the indicator's code
	Submission string // the submission's _uuid or KEY
	Question   string // the photo question's name (a kepatuhan form's)
	Name       string // the file name the export gives
	URL        string // Kobo's download link (NAME_URL), if exported
	// InExport: an ODK zip holds the file, as media/NAME.
	InExport bool
	At       results.Place
}

// sniffBytes is how much of a file is looked at to recognise it.
const sniffBytes = 64 << 10

// Sniff says what the file at path is, from its name and first bytes (and,
// for a .zip, its list of entries).
func Sniff(path string) Kind {
	fh, err := os.Open(path)
	if err != nil {
		return Other
	}
	defer fh.Close()
	// The first four bytes first: a zip (every workbook of a batch, asked
	// while peeked, read and searched for pictures) needs no more, and
	// the 64 KB for a header row cost a national round's 500 workbooks
	// 100 MB of fresh memory.
	var magic [4]byte
	n, _ := io.ReadFull(fh, magic[:])
	zipped := n == 4 && (bytes.Equal(magic[:], []byte("PK\x03\x04")) || bytes.Equal(magic[:], []byte("PK\x05\x06")))
	var head []byte
	if !zipped {
		// Text, perhaps: enough of it to hold a header row.
		head = make([]byte, sniffBytes)
		copy(head, magic[:n])
		m, _ := io.ReadFull(fh, head[n:])
		n += m
		head = head[:n]
	}
	if zipped {
		if !strings.EqualFold(filepath.Ext(path), ".zip") {
			return Workbook
		}
		zr, err := zip.OpenReader(path)
		if err != nil {
			return Other
		}
		defer zr.Close()
		csvs := false
		for _, f := range zr.File {
			switch {
			case f.Name == "[Content_Types].xml":
				return Workbook // an .xlsx named .zip
			case strings.EqualFold(filepath.Ext(f.Name), ".csv"), strings.HasPrefix(f.Name, "media/"):
				csvs = true
			}
		}
		if csvs {
			return ODKZip
		}
		return Other
	}
	switch h := csvHeader(head); {
	case len(h) < 2:
		return Other
	case koboHeader(h):
		return KoboCSV
	case odkHeader(h):
		return ODKCSV
	}
	return Other
}

// koboHeader recognises a KoboToolbox export's header row.
func koboHeader(h []string) bool {
	return has(h, "_uuid") && (has(h, "_submission_time") || has(h, "_index") || has(h, "_id"))
}

// odkHeader recognises an ODK Central (or Briefcase) CSV's header row.
func odkHeader(h []string) bool {
	return has(h, "KEY") && (has(h, "SubmissionDate") || has(h, "ReviewState") || has(h, "PARENT_KEY") || has(h, "meta-instanceID"))
}

func has(h []string, s string) bool {
	for _, v := range h {
		if v == s {
			return true
		}
	}
	return false
}

// IsKobo reports whether an open workbook is a KoboToolbox export: its
// first visible sheet's header row is.
func IsKobo(book workbook.Book) bool {
	for _, s := range book.Sheets() {
		if !s.Visible {
			continue
		}
		t, err := sheetTable(book, "", s.Name)
		return err == nil && koboHeader(t.header)
	}
	return false
}
