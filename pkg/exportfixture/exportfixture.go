// Package exportfixture synthesises what KoboToolbox and ODK Central give
// back for a form: the exports of filled submissions, made from the
// XLSForm itself (its survey sheet as read from the file) and the
// submissions' values, following the platforms' documented formats (the
// XLSForm specification, kobotoolbox/formpack's exports, ODK Central's
// CSV exports; what kepatuhan reads of them is docs/phone.md):
//
//   - KoboXLSX: a main sheet named after the form title (cut to 31
//     characters, []:*?/\ made "_"), one row per submission: start, end,
//     the questions (groups joined by "/" in XML headers, or labels in a
//     language), a photo's NAME_URL beside it, a geopoint's
//     _NAME_latitude … columns, a select_multiple's 0/1 column per option,
//     then _id, _uuid, _submission_time, _validation_status, _notes,
//     _status, _submitted_by, __version__, _tags, _index; a sheet per
//     repeat with its questions, _index, _parent_table_name,
//     _parent_index and the submission's columns again prefixed
//     _submission_.
//   - KoboCSV: the main sheet alone (CSV exports drop repeats), ";"
//     between values, every value quoted.
//   - ODKZip: submissions.csv.zip holding FORMID.csv (SubmissionDate, the
//     questions with "-" joining groups, meta-instanceID, KEY,
//     SubmitterID, SubmitterName, AttachmentsPresent, AttachmentsExpected,
//     Status, ReviewState, DeviceID, Edits, FormVersion), one
//     FORMID-REPEAT.csv per repeat (its questions, PARENT_KEY, KEY), and
//     media/NAME for every photo.
//
// It is for tests and benchmarks; nothing here is hand-made binary.
package exportfixture

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
)

// Submission is one filled form as the server holds it.
type Submission struct {
	ID   string    // the instance id, without "uuid:"
	Time time.Time // when the server received it
	// Review is the reviewer's verdict as the export writes it: Kobo's
	// _validation_status ("Approved", "Not Approved", "On Hold",
	// "validation_status_not_approved", …) or ODK Central's ReviewState
	// ("approved", "hasIssues", "rejected"); "" for none.
	Review string
	// Values by question name; a select's value is a choice name (several,
	// space-separated, for a select_multiple); a photo's, its file name.
	Values map[string]string
	// Repeats: each repeat's rows, by the repeat's name.
	Repeats map[string][]map[string]string
}

// Options shape an export.
type Options struct {
	// Lang: "" for XML headers (paths), else the label language of the
	// headers: "Indonesian (id)" or "English (en)" (any the form has).
	Lang string
	// NoGroups leaves group names out of the headers.
	NoGroups bool
	// MediaURLs adds Kobo's NAME_URL columns.
	MediaURLs bool
	// ValueLabels writes select values as their labels (Kobo's "labels"
	// value format).
	ValueLabels bool
	// Comma is the CSV separator (Kobo's default ";").
	Comma rune
}

// node is a question, group or repeat of the form.
type node struct {
	typ, name string
	labels    map[string]string // by language ("" for a plain label)
	list      string
	kids      []*node
	repeat    bool
	group     bool
}

// form is the parsed survey and choices of an XLSForm.
type form struct {
	root     *node
	title    string
	id       string
	version  string
	choices  map[string][]choice
	repeats  []*node
	byName   map[string]*node
	langCols []string
}

type choice struct {
	name   string
	labels map[string]string
}

func parse(f *xlsform.Form) (*form, error) {
	out := &form{root: &node{group: true}, choices: map[string][]choice{}, byName: map[string]*node{},
		title: f.Setting("form_title"), id: f.Setting("form_id"), version: f.Setting("version")}
	for _, h := range f.Survey.Header {
		if strings.HasPrefix(h, "label") {
			out.langCols = append(out.langCols, h)
		}
	}
	labels := func(t *xlsform.Table, i int) map[string]string {
		m := map[string]string{}
		for _, h := range t.Header {
			if h == "label" {
				m[""] = t.Get(i, h)
			} else if l, ok := strings.CutPrefix(h, "label::"); ok {
				m[l] = t.Get(i, h)
			}
		}
		return m
	}
	if f.Choices != nil {
		for i := range f.Choices.Rows {
			l := f.Choices.Get(i, "list_name")
			out.choices[l] = append(out.choices[l], choice{name: f.Choices.Get(i, "name"), labels: labels(f.Choices, i)})
		}
	}
	stack := []*node{out.root}
	for i := range f.Survey.Rows {
		typ := strings.TrimSpace(f.Survey.Get(i, "type"))
		name := strings.TrimSpace(f.Survey.Get(i, "name"))
		top := stack[len(stack)-1]
		switch {
		case typ == "":
			continue
		case typ == "begin group" || typ == "begin repeat":
			n := &node{typ: typ, name: name, labels: labels(f.Survey, i), group: true, repeat: typ == "begin repeat"}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
			if n.repeat {
				out.repeats = append(out.repeats, n)
			}
		case typ == "end group" || typ == "end repeat":
			if len(stack) == 1 {
				return nil, fmt.Errorf("exportfixture: %s row %d closes nothing", typ, i+2)
			}
			stack = stack[:len(stack)-1]
		default:
			n := &node{typ: typ, name: name, labels: labels(f.Survey, i)}
			if w, list, ok := strings.Cut(typ, " "); ok {
				n.typ, n.list = w, list
			}
			top.kids = append(top.kids, n)
			out.byName[name] = n
		}
	}
	return out, nil
}

// exported reports whether a question has a column: notes do not.
func exported(n *node) bool { return n.typ != "note" }

// col is one column of an export.
type col struct {
	head string
	// value of a submission (row: a repeat row, or nil)
	get func(s *Submission, row map[string]string) string
}

// header names a question's column: its path or its label.
func (f *form) header(path []*node, n *node, o Options, sep string) string {
	var parts []string
	for _, g := range path {
		if o.NoGroups {
			break
		}
		parts = append(parts, f.text(g, o))
	}
	parts = append(parts, f.text(n, o))
	return strings.Join(parts, sep)
}

// text is a node's name, or its label in o.Lang (its name when it has
// none, as Kobo writes a calculate's).
func (f *form) text(n *node, o Options) string {
	if o.Lang == "" {
		return n.name
	}
	if l := n.labels[o.Lang]; l != "" {
		return l
	}
	return n.name
}

// value renders a question's value as the export writes it.
func (f *form) value(n *node, v string, o Options) string {
	if !o.ValueLabels || n.list == "" || v == "" {
		return v
	}
	var out []string
	for _, name := range strings.Fields(v) {
		label := name
		for _, c := range f.choices[n.list] {
			if c.name == name && c.labels[o.Lang] != "" {
				label = c.labels[o.Lang]
			}
		}
		out = append(out, label)
	}
	return strings.Join(out, " ")
}

// koboCols lays out the question columns of g (the form, or a repeat)
// as Kobo does.
func (f *form) koboCols(g *node, o Options) []col {
	var cols []col
	var walk func(n *node, path []*node)
	walk = func(n *node, path []*node) {
		for _, k := range n.kids {
			switch {
			case k.repeat:
				continue // its own sheet
			case k.group:
				walk(k, append(append([]*node{}, path...), k))
				continue
			case !exported(k):
				continue
			}
			k := k
			head := f.header(path, k, o, "/")
			get := func(s *Submission, row map[string]string) string {
				if row != nil {
					return f.value(k, row[k.name], o)
				}
				return f.value(k, s.Values[k.name], o)
			}
			cols = append(cols, col{head, get})
			switch k.typ {
			case "image", "audio", "video", "file":
				if o.MediaURLs {
					cols = append(cols, col{head + "_URL", func(s *Submission, row map[string]string) string {
						name := get(s, row)
						if name == "" {
							return ""
						}
						return "https://kc.kobotoolbox.org/media/original?media_file=kepatuhan/attachments/" + s.ID + "/" + name
					}})
				}
			case "geopoint":
				for i, part := range []string{"latitude", "longitude", "altitude", "precision"} {
					i := i
					cols = append(cols, col{"_" + k.name + "_" + part, func(s *Submission, row map[string]string) string {
						f := strings.Fields(get(s, row))
						if i < len(f) {
							return f[i]
						}
						return ""
					}})
				}
			case "select_multiple":
				for _, c := range f.choices[k.list] {
					c := c
					cols = append(cols, col{head + "/" + c.name, func(s *Submission, row map[string]string) string {
						v := s.Values[k.name]
						if row != nil {
							v = row[k.name]
						}
						if v == "" {
							return ""
						}
						for _, x := range strings.Fields(v) {
							if x == c.name {
								return "1"
							}
						}
						return "0"
					}})
				}
			}
		}
	}
	var path []*node
	if g != f.root {
		path = []*node{g}
	}
	walk(g, path)
	return cols
}

// koboMeta are Kobo's columns after the questions of the main sheet.
func koboMeta(f *form) []col {
	return []col{
		{"_id", func(s *Submission, _ map[string]string) string { return strconv.Itoa(idNumber(s)) }},
		{"_uuid", func(s *Submission, _ map[string]string) string { return s.ID }},
		{"_submission_time", func(s *Submission, _ map[string]string) string { return s.Time.UTC().Format("2006-01-02T15:04:05") }},
		{"_validation_status", func(s *Submission, _ map[string]string) string { return s.Review }},
		{"_notes", func(*Submission, map[string]string) string { return "" }},
		{"_status", func(*Submission, map[string]string) string { return "submitted_via_web" }},
		{"_submitted_by", func(*Submission, map[string]string) string { return "" }},
		{"__version__", func(*Submission, map[string]string) string { return "vKpt" + f.version }},
		{"_tags", func(*Submission, map[string]string) string { return "" }},
	}
}

// idNumber is a stable number for a submission's _id.
func idNumber(s *Submission) int {
	n := 0
	for _, c := range s.ID {
		n = (n*31 + int(c)) % 9000000
	}
	return 1000000 + n
}

// sheetName is Kobo's sheet name for a title.
func sheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '_'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	return s
}

// tables lays out a Kobo export: the main sheet and each repeat's.
type sheetData struct {
	name string
	head []string
	rows [][]string
}

func (f *form) kobo(subs []Submission, o Options) []sheetData {
	mainCols := append(f.koboCols(f.root, o), koboMeta(f)...)
	mainCols = append(mainCols, col{"_index", nil})
	main := sheetData{name: sheetName(f.title)}
	for _, c := range mainCols {
		main.head = append(main.head, c.head)
	}
	for i := range subs {
		s := &subs[i]
		row := make([]string, len(mainCols))
		for j, c := range mainCols {
			if c.get == nil {
				row[j] = strconv.Itoa(i + 1)
				continue
			}
			row[j] = c.get(s, nil)
		}
		main.rows = append(main.rows, row)
	}
	out := []sheetData{main}
	for _, rep := range f.repeats {
		cols := f.koboCols(rep, o)
		sd := sheetData{name: sheetName(rep.name)}
		for _, c := range cols {
			sd.head = append(sd.head, c.head)
		}
		sd.head = append(sd.head, "_index", "_parent_table_name", "_parent_index", "_submission__id", "_submission__uuid",
			"_submission__submission_time", "_submission__validation_status", "_submission__notes", "_submission__status",
			"_submission__submitted_by", "_submission___version__", "_submission__tags")
		n := 0
		for i := range subs {
			s := &subs[i]
			for _, r := range s.Repeats[rep.name] {
				n++
				row := make([]string, 0, len(sd.head))
				for _, c := range cols {
					row = append(row, c.get(s, r))
				}
				row = append(row, strconv.Itoa(n), main.name, strconv.Itoa(i+1), strconv.Itoa(idNumber(s)), s.ID,
					s.Time.UTC().Format("2006-01-02T15:04:05"), s.Review, "", "submitted_via_web", "", "vKpt"+f.version, "")
				sd.rows = append(sd.rows, row)
			}
		}
		out = append(out, sd)
	}
	return out
}

// KoboXLSX writes a KoboToolbox xlsx export of subs, submissions of form
// f, to path.
func KoboXLSX(path string, f *xlsform.Form, subs []Submission, o Options) error {
	pf, err := parse(f)
	if err != nil {
		return err
	}
	x := excelize.NewFile()
	defer x.Close()
	for i, sd := range pf.kobo(subs, o) {
		if i == 0 {
			if err := x.SetSheetName("Sheet1", sd.name); err != nil {
				return err
			}
		} else if _, err := x.NewSheet(sd.name); err != nil {
			return err
		}
		sw, err := x.NewStreamWriter(sd.name)
		if err != nil {
			return err
		}
		put := func(r int, vals []string) error {
			cells := make([]any, len(vals))
			for j, v := range vals {
				if v != "" {
					cells[j] = v
				}
			}
			ref, _ := excelize.CoordinatesToCellName(1, r)
			return sw.SetRow(ref, cells)
		}
		if err := put(1, sd.head); err != nil {
			return err
		}
		for r, row := range sd.rows {
			if err := put(r+2, row); err != nil {
				return err
			}
		}
		if err := sw.Flush(); err != nil {
			return err
		}
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := x.WriteTo(out); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// KoboCSV writes a KoboToolbox CSV export (the main sheet; repeats are
// left out, as Kobo's CSV exports do).
func KoboCSV(path string, f *xlsform.Form, subs []Submission, o Options) error {
	pf, err := parse(f)
	if err != nil {
		return err
	}
	if o.Comma == 0 {
		o.Comma = ';'
	}
	main := pf.kobo(subs, o)[0]
	var buf bytes.Buffer
	writeQuoted(&buf, o.Comma, main.head)
	for _, r := range main.rows {
		writeQuoted(&buf, o.Comma, r)
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// writeQuoted writes a CSV line with every value quoted, as formpack does.
func writeQuoted(w io.Writer, comma rune, vals []string) {
	for i, v := range vals {
		if i > 0 {
			io.WriteString(w, string(comma))
		}
		io.WriteString(w, `"`+strings.ReplaceAll(v, `"`, `""`)+`"`)
	}
	io.WriteString(w, "\r\n")
}

// odkCols lays out the question columns of g as ODK Central does:
// groups joined by "-", a geopoint in four columns.
func (f *form) odkCols(g *node, o Options) []col {
	var cols []col
	var walk func(n *node, path []string)
	walk = func(n *node, path []string) {
		for _, k := range n.kids {
			switch {
			case k.repeat:
				continue
			case k.group:
				walk(k, append(append([]string{}, path...), k.name))
				continue
			case !exported(k):
				continue
			}
			k := k
			head := strings.Join(append(append([]string{}, path...), k.name), "-")
			get := func(s *Submission, row map[string]string) string {
				if row != nil {
					return row[k.name]
				}
				return s.Values[k.name]
			}
			if k.typ == "geopoint" {
				for i, part := range []string{"Latitude", "Longitude", "Altitude", "Accuracy"} {
					i := i
					cols = append(cols, col{head + "-" + part, func(s *Submission, row map[string]string) string {
						f := strings.Fields(get(s, row))
						if i < len(f) {
							return f[i]
						}
						return ""
					}})
				}
				continue
			}
			cols = append(cols, col{head, get})
		}
	}
	walk(g, nil)
	return cols
}

// ODKZip writes an ODK Central submissions.csv.zip of subs.
func ODKZip(path string, f *xlsform.Form, subs []Submission, o Options) error {
	pf, err := parse(f)
	if err != nil {
		return err
	}
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	put := func(name string, head []string, rows [][]string) error {
		w, err := zw.Create(name)
		if err != nil {
			return err
		}
		cw := csv.NewWriter(w)
		if err := cw.Write(head); err != nil {
			return err
		}
		if err := cw.WriteAll(rows); err != nil {
			return err
		}
		cw.Flush()
		return cw.Error()
	}
	cols := pf.odkCols(pf.root, o)
	head := []string{"SubmissionDate"}
	for _, c := range cols {
		head = append(head, c.head)
	}
	head = append(head, "meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
		"AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion")
	var rows [][]string
	media := map[string]bool{}
	var mediaNames []string
	for i := range subs {
		s := &subs[i]
		row := []string{s.Time.UTC().Format("2006-01-02T15:04:05.000Z")}
		n := 0
		for _, c := range cols {
			row = append(row, c.get(s, nil))
		}
		for name, v := range s.Values {
			if q := pf.byName[name]; q != nil && q.typ == "image" && v != "" {
				n++
				if !media[v] {
					media[v] = true
					mediaNames = append(mediaNames, v)
				}
			}
		}
		row = append(row, "uuid:"+s.ID, "uuid:"+s.ID, "5", "pencacah", strconv.Itoa(n), strconv.Itoa(n), "",
			s.Review, "collect:device", "0", pf.version)
		rows = append(rows, row)
	}
	if err := put(pf.id+".csv", head, rows); err != nil {
		return err
	}
	for _, rep := range pf.repeats {
		rcols := pf.odkCols(rep, o)
		var rhead []string
		for _, c := range rcols {
			rhead = append(rhead, c.head)
		}
		rhead = append(rhead, "PARENT_KEY", "KEY")
		var rrows [][]string
		for i := range subs {
			s := &subs[i]
			for j, r := range s.Repeats[rep.name] {
				var row []string
				for _, c := range rcols {
					row = append(row, c.get(s, r))
				}
				row = append(row, "uuid:"+s.ID, fmt.Sprintf("uuid:%s/%s[%d]", s.ID, rep.name, j+1))
				rrows = append(rrows, row)
			}
		}
		if err := put(pf.id+"-"+rep.name+".csv", rhead, rrows); err != nil {
			return err
		}
	}
	for _, m := range mediaNames {
		w, err := zw.Create("media/" + m)
		if err != nil {
			return err
		}
		// A stand-in for the photo: the start of a JPEG file.
		if _, err := w.Write([]byte("\xFF\xD8\xFF\xE0kepatuhan " + m)); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, zbuf.Bytes(), 0o644)
}
