package workbook

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// structure is what the workbook part and its relationships say: the
// sheets, where their parts are, and the date system.
type structure struct {
	sheets   []sheetPart     // worksheets only, in workbook order
	others   map[string]bool // names of chart, dialog and macro sheets
	date1904 bool
	sst      string // part key of the shared strings, "" if none
}

// sheetPart is one worksheet and its part.
type sheetPart struct {
	Sheet
	part string // part key
}

// maxStructurePart bounds workbook.xml and its .rels, which are small.
const maxStructurePart = 64 << 20

// readStructure reads the workbook part and its relationships. Chart
// sheets, dialog sheets and macro sheets are left out. A sheet whose part
// is missing makes the package Corrupt; an XML encoding other than UTF-8
// makes it Unsupported (excelize can read those).
func readStructure(c *container) (*structure, error) {
	wb, err := c.readSmall(c.wbPath, maxStructurePart)
	if err != nil {
		return nil, c.readErr(c.wbPath, err)
	}
	relsPath := resolveTarget(c.wbPath, "_rels/"+c.wbPath[strings.LastIndexByte(c.wbPath, '/')+1:]+".rels")
	var rels []rel
	if c.has(relsPath) {
		b, err := c.readSmall(relsPath, maxStructurePart)
		if err != nil {
			return nil, c.readErr(relsPath, err)
		}
		if err := checkProlog(b); err != nil {
			return nil, problem(c.path, Unsupported, err, "part %s: %v", relsPath, err)
		}
		rels = parseRels(b)
	}
	byID := make(map[string]rel, len(rels))
	s := &structure{}
	for _, r := range rels {
		if r.TargetMode == "External" {
			continue
		}
		byID[r.ID] = r
		if strings.HasSuffix(r.Type, "/sharedStrings") && s.sst == "" {
			if p := resolveTarget(c.wbPath, r.Target); c.has(p) {
				s.sst = p
			}
		}
	}
	if s.sst == "" && c.has("xl/sharedStrings.xml") {
		s.sst = "xl/sharedstrings.xml"
	}

	type entry struct{ name, state, id string }
	var entries []entry
	if err := checkProlog(wb); err != nil {
		return nil, problem(c.path, Unsupported, err, "part %s: %v", c.wbPath, err)
	}
	d := xml.NewDecoder(bytes.NewReader(wb))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if strings.Contains(err.Error(), "CharsetReader") {
				return nil, problem(c.path, Unsupported, err, "part %s: %v", c.wbPath, err)
			}
			return nil, c.partErr(c.wbPath, ReasonXML, err, "part %s: %v", c.wbPath, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "workbookPr":
			for _, a := range se.Attr {
				if a.Name.Local == "date1904" {
					s.date1904, _ = strconv.ParseBool(strings.TrimSpace(a.Value))
				}
			}
		case "sheet":
			var e entry
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "name":
					e.name = a.Value
				case "state":
					e.state = a.Value
				case "id":
					if a.Name.Space != "" || e.id == "" {
						e.id = a.Value
					}
				}
			}
			entries = append(entries, e)
		}
	}
	names := make(map[string]bool, len(entries))
	for i, e := range entries {
		if err := checkSheetName(c.path, i, e.name, names); err != nil {
			return nil, err
		}
		r, ok := byID[e.id]
		if !ok {
			oe := problem(c.path, Corrupt, nil, "sheet %q has no part", e.name)
			oe.Reason, oe.Sheet = ReasonSheetPart, e.name
			return nil, oe
		}
		p := resolveTarget(c.wbPath, r.Target)
		if !isWorksheet(r.Type, p) {
			if s.others == nil {
				s.others = make(map[string]bool)
			}
			s.others[e.name] = true
			continue
		}
		if !c.has(p) {
			oe := problem(c.path, Corrupt, nil, "sheet %q: part %s is missing", e.name, p)
			oe.Reason, oe.Sheet, oe.Part = ReasonSheetPart, e.name, p
			return nil, oe
		}
		s.sheets = append(s.sheets, sheetPart{Sheet{Name: e.name, Visible: e.state == "" || e.state == "visible"}, p})
	}
	return s, nil
}

// checkSheetName refuses a sheet without a name, or with the name of an
// earlier sheet (ignoring case, as Excel does): a problem could not say
// where it is, and the later sheet would never be read — its rows
// dropped without a word. names collects the names seen.
func checkSheetName(path string, i int, name string, names map[string]bool) error {
	if name == "" {
		oe := problem(path, Corrupt, nil, "sheet %d has no name", i+1)
		oe.Reason, oe.N = ReasonSheetName, int64(i+1)
		return oe
	}
	key := strings.ToLower(name)
	if names[key] {
		oe := problem(path, Corrupt, nil, "two sheets are named %q", name)
		oe.Reason, oe.Value = ReasonSheetName, name
		return oe
	}
	names[key] = true
	return nil
}

// isWorksheet tells worksheets from chart, dialog and macro sheets, by
// relationship type or, if the type is unknown, by folder.
func isWorksheet(relType, part string) bool {
	i := strings.LastIndexByte(relType, '/')
	switch relType[i+1:] {
	case "worksheet":
		return true
	case "chartsheet", "dialogsheet", "xlMacrosheet", "xlIntlMacrosheet":
		return false
	}
	for _, dir := range []string{"chartsheets/", "dialogsheets/", "macrosheets/"} {
		if strings.Contains(part, dir) {
			return false
		}
	}
	return true
}

// sheet finds a worksheet by name: exactly, or else ignoring case as
// Excel does.
func (s *structure) sheet(name string) (sheetPart, bool) {
	for _, sp := range s.sheets {
		if sp.Name == name {
			return sp, true
		}
	}
	for _, sp := range s.sheets {
		if strings.EqualFold(sp.Name, name) {
			return sp, true
		}
	}
	return sheetPart{}, false
}
