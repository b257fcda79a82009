// Package correction reads the corrections made to a round's results
// after it — on a unit's clarification or objection — and applies them
// on top of the scored results, keeping every one.
//
// A corrections file is YAML or a workbook (.xlsx): for each correction
// the unit, the indicator, the new answer, the reason, who decided it,
// the date, and a reference such as a letter number (optional). In YAML:
//
//	corrections:
//	  - unit: DINSOS
//	    indicator: SP-03
//	    answer: Ya
//	    reason: Persyaratan sudah dipampang; foto diserahkan saat klarifikasi
//	    by: Tim Verifikasi Bagian Organisasi
//	    date: 2024-10-02
//	    ref: 800/123/Org/2024
//
// In a workbook, the first visible sheet with a header row naming the
// unit, the indicator and the new answer (labels in Indonesian or English,
// see labels), one correction per row.
//
// Apply refuses the whole set, with every problem located at the
// correction's line or cell, when one names a unit not in the results or
// an indicator not in the rubric (or a survey item, or one not assessed
// for the unit's type), gives an answer the indicator does not accept, is
// dated before the unit's assessment, or collides with another correction
// of the same unit and indicator in the set. Otherwise each correction
// becomes part of its unit's trail (results.Correction: what it replaced,
// the new answer, who, why, when, the reference, where it was read) and
// the unit is scored again (score.Verify). Nothing is overwritten: a
// correction already in the trail (results read back and corrected with
// the same file again) is left out with a note, and a later correction of
// the same indicator is added after the earlier one.
package correction

import (
	"path/filepath"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// Entry is one correction as read, not yet applied.
type Entry struct {
	Unit, Indicator, Answer string
	Reason, By, Date, Ref   string // Date as read; Apply checks it
	// at locates the correction in its file (File with Line or Sheet
	// and Cell); its Key is unset.
	at msg.Problem
}

// Where renders the correction's place: "koreksi.yaml:12" or
// "koreksi.xlsx › Koreksi › A5".
func (e Entry) Where() string { return e.at.Where() }

// problem makes a problem of key at the entry's place.
func (e Entry) problem(key msg.Key, args ...any) msg.Problem {
	p := e.at
	p.Key, p.Args = key, args
	return p
}

// Read reads a corrections file: YAML (.yaml, .yml) or a workbook
// (.xlsx, .xlsm). Problems come back as msg.Problems.
func Read(path string) ([]Entry, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
		return readBook(path)
	}
	return readYAML(path)
}
