package submissions

import (
	"sort"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// colKind says what a column of an export holds.
type colKind uint8

const (
	colIgnore      colKind = iota
	colID                  // the submission's id: _uuid, KEY
	colTime                // when it reached the server: _submission_time, SubmissionDate
	colReview              // _validation_status, ReviewState
	colIndex               // a Kobo main sheet's row index: _index
	colParentIndex         // a Kobo repeat row's parent: _parent_index
	colParentID            // a repeat row's parent id: _submission__uuid, PARENT_KEY
	colField               // a field of the form (see column.role)
	colURL                 // the download link of a photo field (Kobo's NAME_URL)
)

// column is what one column of a table holds.
type column struct {
	kind  colKind
	role  xlsform.Role
	field *xlsform.Field    // a kepatuhan form's field
	ind   *rubric.Indicator // of an answer, applies, note or photo
	// choices: a kepatuhan form's select, each choice read once (by the
	// index of the field's List.Choices)
	choices []parseResult
}

// layout is how a table's columns are read.
type layout struct {
	t    *table
	cols []column
	// by kind, the column (0-based) or -1
	id, time, review, index, parentIndex, parentID, unit int
	stamp                                                [3]int // kp_rubrik, kp_versi, kp_hash
	// used: the columns read per row, in order (meta: those of the unit's
	// details; inds: those of an indicator); urls: Kobo's media links
	used, meta, inds, urls []int
	// survey: each row is a respondent (a respondent form, a repeat of
	// respondents, or a wide sheet of survey items)
	survey bool
}

// Kobo and ODK Central columns that are not questions.
var metaColumns = map[string]colKind{
	"_uuid": colID, "KEY": colID,
	"_submission_time": colTime, "SubmissionDate": colTime,
	"_validation_status": colReview, "ReviewState": colReview,
	"_index":            colIndex,
	"_parent_index":     colParentIndex,
	"_submission__uuid": colParentID, "PARENT_KEY": colParentID,
}

func newLayout(t *table) *layout {
	l := &layout{t: t, cols: make([]column, len(t.header)),
		id: -1, time: -1, review: -1, index: -1, parentIndex: -1, parentID: -1, unit: -1, stamp: [3]int{-1, -1, -1}}
	for i, h := range t.header {
		k, ok := metaColumns[h]
		if !ok {
			continue
		}
		l.cols[i].kind = k
		switch k {
		case colID:
			if l.id < 0 || h == "_uuid" {
				l.id = i
			}
		case colTime:
			l.time = i
		case colReview:
			l.review = i
		case colIndex:
			l.index = i
		case colParentIndex:
			l.parentIndex = i
		case colParentID:
			l.parentID = i
		}
	}
	if l.id < 0 {
		// An ODK Briefcase or Central export without KEY: the instance id.
		for i, h := range t.header {
			if h == "meta-instanceID" || h == "meta/instanceID" {
				l.id = i
				l.cols[i].kind = colID
			}
		}
	}
	return l
}

// isOurs reports whether a main table's header is a kepatuhan form's: it
// carries the rubric's hash.
func isOurs(header []string) bool {
	for _, h := range header {
		if h == xlsform.NameHash {
			return true
		}
	}
	return false
}

// keys maps every header a kepatuhan form's export may give a field to
// the field: its XML path joined by "/" (Kobo) or "-" (ODK Central), its
// name alone (Kobo without groups in headers), and its labels in both
// languages, alone and below its groups' labels (Kobo's label headers).
// A key two fields could give maps to nil.
type keys map[string]*xlsform.Field

func planKeys(p *xlsform.Plan, repeat bool) keys {
	k := keys{}
	put := func(s string, f *xlsform.Field) {
		if s == "" {
			return
		}
		if old, ok := k[s]; ok && old != f {
			k[s] = nil
			return
		}
		k[s] = f
	}
	for _, f := range p.Fields {
		if f.InRepeat() != repeat {
			continue
		}
		var from *xlsform.Group
		if repeat {
			from = p.Repeat
		}
		rel := f.Path(from)
		full := f.Path(nil)
		for _, sep := range []string{"/", "-"} {
			put(strings.Join(full, sep), f)
			put(strings.Join(rel, sep), f)
		}
		put(f.Name, f)
		if f.Label.IsZero() {
			continue
		}
		for _, lang := range []string{"id", "en"} {
			label := f.Label.In(lang)
			put(label, f)
			var above []string
			for g := f.Group; g != nil; g = g.Parent {
				above = append([]string{g.Label.In(lang)}, above...)
				put(strings.Join(append(append([]string{}, above...), label), "/"), f)
			}
		}
	}
	return k
}

// planColumns maps a kepatuhan form's table. It returns the headers it
// could not place, for the language check.
func (l *layout) planColumns(p *xlsform.Plan, k keys, repeat bool) (unknown []int) {
	for i, h := range l.t.header {
		if l.cols[i].kind != colIgnore || h == "" {
			continue
		}
		if f, ok := k[h]; ok && f != nil {
			l.setField(i, f)
			continue
		}
		if base, ok := strings.CutSuffix(h, "_URL"); ok {
			if f := k[base]; f != nil && f.Role == xlsform.RolePhoto {
				l.cols[i] = column{kind: colURL, role: f.Role, field: f, ind: f.Indicator}
				l.urls = append(l.urls, i)
				continue
			}
		}
		if !metaLike(h) {
			unknown = append(unknown, i)
		}
	}
	l.survey = repeat || p.Respondent
	return unknown
}

func (l *layout) setField(i int, f *xlsform.Field) {
	l.cols[i] = column{kind: colField, role: f.Role, field: f, ind: f.Indicator}
	switch f.Role {
	case xlsform.RoleUnit:
		l.unit = i
	case xlsform.RoleRubric:
		l.stamp[0] = i
	case xlsform.RoleRubricVersion:
		l.stamp[1] = i
	case xlsform.RoleRubricHash:
		l.stamp[2] = i
	}
	l.used = append(l.used, i)
}

// metaLike reports whether a header is one an export adds for itself:
// Kobo's underscored columns (_id, _status, _lokasi_latitude, …), ODK's
// (SubmitterID, meta-instanceID, lokasi-Latitude, …), device metadata.
func metaLike(h string) bool {
	if strings.HasPrefix(h, "_") || strings.HasPrefix(h, "meta/") || strings.HasPrefix(h, "meta-") || strings.HasPrefix(h, "formhub") {
		return true
	}
	switch h {
	case "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "DeviceID",
		"Edits", "FormVersion", "SET-OF-REPEAT", "start", "end", "today", "deviceid", "username", "audit":
		return true
	}
	for _, suf := range []string{"-Latitude", "-Longitude", "-Altitude", "-Accuracy"} {
		if strings.HasSuffix(h, suf) {
			return true
		}
	}
	return false
}

// candidates are the parts of a header that may name a question of a
// form kepatuhan did not write: the header, its last "/" segment (Kobo's
// group paths), and each tail after a "-" (ODK's group paths, whose
// separator names may hold too), longest first.
func candidates(h string) []string {
	out := []string{h}
	if i := strings.LastIndexByte(h, '/'); i >= 0 && i+1 < len(h) {
		out = append(out, h[i+1:])
	}
	for i := 0; i < len(h); i++ {
		if h[i] == '-' && i+1 < len(h) {
			out = append(out, h[i+1:])
		}
	}
	return out
}

// roleOfHeader maps the contract's header fields to form roles.
var roleOfHeader = map[string]xlsform.Role{
	sheet.HeaderUnit: xlsform.RoleUnit, sheet.HeaderName: xlsform.RoleUnitName, sheet.HeaderType: xlsform.RoleUnitType,
	sheet.HeaderRegion: xlsform.RoleRegion, sheet.HeaderPeriod: xlsform.RolePeriod,
	sheet.HeaderAssessor: xlsform.RoleAssessor, sheet.HeaderDate: xlsform.RoleDate,
}

// wideColumns maps a table of a form kepatuhan did not write by the
// wide-layout rules of the observation-workbook contract: a unit-code
// column, one column per indicator code (the last part of a group path),
// the unit's details by their header names; a header that looks like an
// indicator code but is not in the rubric is an error, not dropped.
func (l *layout) wideColumns(x *reader, repeat bool) {
	t := l.t
	heads := map[string]bool{}
	for _, h := range t.header {
		heads[h] = true
	}
	seen := map[*rubric.Indicator]int{}
	var obs, surv []int
	for i, h := range t.header {
		if l.cols[i].kind != colIgnore || h == "" || metaLike(h) {
			continue
		}
		// A select_multiple's 0/1 column per option: QUESTION/OPTION.
		if j := strings.LastIndexAny(h, "/"); j > 0 && heads[h[:j]] {
			continue
		}
		if base, ok := strings.CutSuffix(h, "_URL"); ok && heads[base] {
			continue
		}
		placed := false
		for _, c := range candidates(h) {
			if ind, ok := x.r.Indicator(c); ok {
				if prev, dup := seen[ind]; dup {
					x.problem(msg.Error, t, t.hrow, i+1, msg.SheetDuplicateColumn, ind.Code, t.place(t.hrow, prev+1).Cell())
				} else {
					seen[ind] = i
					l.cols[i] = column{kind: colField, role: xlsform.RoleAnswer, ind: ind}
					l.used = append(l.used, i)
					if ind.Type == rubric.Surv {
						surv = append(surv, i)
					} else {
						obs = append(obs, i)
					}
				}
				placed = true
				break
			}
			if role, ok := roleOfHeader[sheet.HeaderField(c)]; ok {
				if role == xlsform.RoleUnit && l.unit >= 0 {
					break // the first unit column counts
				}
				l.cols[i] = column{kind: colField, role: role}
				if role == xlsform.RoleUnit {
					l.unit = i
				}
				l.used = append(l.used, i)
				placed = true
				break
			}
		}
		if placed {
			continue
		}
		for _, c := range candidates(h) {
			if sheet.LooksLikeCode(c) {
				p := x.problem(msg.Error, t, t.hrow, i+1, msg.SheetWideUnknownCode, c, x.r.Ref())
				codeHint(p, x.r, c)
				break
			}
		}
	}
	l.survey = len(surv) > 0 || (repeat && len(obs) == 0)
	if l.survey {
		for _, i := range obs {
			p := x.problem(msg.Error, t, t.hrow, i+1, msg.SheetObservationInRespondents, l.cols[i].ind.Code)
			p.Hint = msg.HintSeparateSheets
		}
	}
	sort.Ints(l.used)
}

// split sorts the used columns into the unit's details and the
// indicators' fields.
func (l *layout) split() {
	l.meta, l.inds = nil, nil
	for _, i := range l.used {
		if l.cols[i].ind != nil {
			l.inds = append(l.inds, i)
		} else {
			l.meta = append(l.meta, i)
		}
	}
}
