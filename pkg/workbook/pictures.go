package workbook

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Picture is a picture placed on a worksheet: over the cells (Excel's
// Insert › Picture, anchored to the cell its top-left corner is in) or in
// a cell (Excel 365's Place in Cell, a rich value of the cell).
type Picture struct {
	Sheet  string
	Row    int    // 1-based row of the anchor cell
	Col    int    // 1-based column
	Part   string // the picture's part, "xl/media/image1.png"
	InCell bool   // placed in the cell, not over it
	Data   []byte
}

// maxPictures bounds the pictures read from one workbook, all together.
const maxPictures = 1 << 30

// Pictures reads the pictures placed on the visible and hidden worksheets
// of the workbook at path, sorted by sheet (in workbook order), row,
// column and part. The engine is chosen as in Open.
func Pictures(path string, o Options) ([]Picture, error) {
	lim := o.Limits
	if lim == (Limits{}) {
		lim = DefaultLimits
	}
	if o.Engine == EngineExcelize {
		return picturesExcelize(path, lim)
	}
	pics, err := picturesFast(path, lim)
	var oe *OpenError
	if errors.As(err, &oe) && oe.Problem == Unsupported && o.Engine != EngineFast {
		return picturesExcelize(path, lim)
	}
	return pics, err
}

func picturesFast(p string, lim Limits) ([]Picture, error) {
	c, err := openContainer(p, lim)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	st, err := readStructure(c)
	if err != nil {
		return nil, err
	}
	pr := &picReader{c: c, total: 0}
	var out []Picture
	for si, sh := range st.sheets {
		rels := pr.rels(sh.part)
		for _, r := range rels {
			if strings.HasSuffix(r.Type, "/drawing") && r.TargetMode != "External" {
				out = append(out, pr.drawing(sh.Name, resolveTarget(sh.part, r.Target))...)
			}
		}
		if c.has("xl/metadata.xml") {
			cells, err := pr.inCell(sh.part)
			if err != nil {
				return nil, err
			}
			for _, pc := range cells {
				pc.Sheet = sh.Name
				out = append(out, pc)
			}
		}
		for i := range out {
			if out[i].Sheet == sh.Name && out[i].Data == nil {
				out[i].Data = pr.media(out[i].Part)
			}
		}
		_ = si
	}
	if pr.err != nil {
		return nil, pr.err
	}
	sortPictures(out, st)
	return dropEmpty(out), nil
}

func dropEmpty(ps []Picture) []Picture {
	out := ps[:0]
	for _, p := range ps {
		if p.Data != nil {
			out = append(out, p)
		}
	}
	return out
}

func sortPictures(ps []Picture, st *structure) {
	order := map[string]int{}
	for i, s := range st.sheets {
		order[s.Name] = i
	}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if order[a.Sheet] != order[b.Sheet] {
			return order[a.Sheet] < order[b.Sheet]
		}
		if a.Row != b.Row {
			return a.Row < b.Row
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Part < b.Part
	})
}

type picReader struct {
	c     *container
	total int64
	err   error
	rich  *richData
}

// rels reads the relationships of a part ("" parts have none).
func (pr *picReader) rels(part string) []rel {
	dir, base := path.Split(part)
	rp := partKey(dir + "_rels/" + base + ".rels")
	if !pr.c.has(rp) {
		return nil
	}
	b, err := pr.c.readSmall(rp, maxStructurePart)
	if err != nil {
		return nil
	}
	return parseRels(b)
}

// media reads a picture's bytes, within the workbook's bound.
func (pr *picReader) media(part string) []byte {
	if !pr.c.has(part) {
		return nil
	}
	b, err := pr.c.readSmall(part, maxPictures)
	if err != nil {
		if pr.err == nil {
			pr.err = pr.c.readErr(part, err)
		}
		return nil
	}
	if pr.total += int64(len(b)); pr.total > maxPictures {
		pr.err = problem(pr.c.path, TooLarge, nil, "pictures over %d bytes", maxPictures)
		return nil
	}
	return b
}

// drawing reads a drawing part's pictures anchored to cells.
func (pr *picReader) drawing(sheet, part string) []Picture {
	b, err := pr.c.readSmall(part, maxStructurePart)
	if err != nil {
		return nil
	}
	byID := map[string]string{}
	for _, r := range pr.rels(part) {
		if strings.HasSuffix(r.Type, "/image") && r.TargetMode != "External" {
			byID[r.ID] = resolveTarget(part, r.Target)
		}
	}
	var out []Picture
	d := xml.NewDecoder(bytes.NewReader(b))
	var (
		depth         int
		anchor        bool // inside a two- or one-cell anchor
		inFrom, inCol bool
		inRow         bool
		row, col      int
		embeds        []string
		anchorDepth   int
	)
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "twoCellAnchor", "oneCellAnchor":
				if !anchor {
					anchor, anchorDepth, row, col, embeds = true, depth, -1, -1, nil
				}
			case "from":
				inFrom = anchor
			case "col":
				inCol = inFrom
			case "row":
				inRow = inFrom
			case "blip":
				if anchor {
					for _, a := range t.Attr {
						if a.Name.Local == "embed" {
							embeds = append(embeds, a.Value)
						}
					}
				}
			}
		case xml.CharData:
			if inCol && col < 0 {
				col, _ = strconv.Atoi(strings.TrimSpace(string(t)))
			}
			if inRow && row < 0 {
				row, _ = strconv.Atoi(strings.TrimSpace(string(t)))
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "from":
				inFrom = false
			case "col":
				inCol = false
			case "row":
				inRow = false
			}
			if anchor && depth == anchorDepth {
				anchor = false
				if row >= 0 && col >= 0 {
					for _, id := range embeds {
						if p, ok := byID[id]; ok {
							out = append(out, Picture{Sheet: sheet, Row: row + 1, Col: col + 1, Part: p})
						}
					}
				}
			}
			depth--
		}
	}
	return out
}

// richData is the workbook's rich values that are local images: the
// image part of each value-metadata index (the cell's vm, 1-based).
type richData struct {
	byVM map[int]string
}

// inCell reads the cells of a sheet that hold a picture (vm="N").
func (pr *picReader) inCell(part string) ([]Picture, error) {
	rd := pr.richData()
	if len(rd.byVM) == 0 {
		return nil, nil
	}
	r, err := pr.c.open(part)
	if err != nil {
		return nil, pr.c.readErr(part, err)
	}
	defer r.Close()
	var out []Picture
	d := xml.NewDecoder(r)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, problem(pr.c.path, Corrupt, err, "part %s: %v", part, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "c" {
			continue
		}
		var ref string
		vm := 0
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "r":
				ref = a.Value
			case "vm":
				vm, _ = strconv.Atoi(a.Value)
			}
		}
		if img, ok := rd.byVM[vm]; ok && vm > 0 {
			col, row, ok := splitRef(ref)
			if ok {
				out = append(out, Picture{Row: row, Col: col, Part: img, InCell: true})
			}
		}
	}
}

func splitRef(ref string) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	row, err := strconv.Atoi(ref[i:])
	return col, row, i > 0 && err == nil && row > 0
}

// richData reads the chain from a cell's vm to an image part:
// metadata.xml's valueMetadata (vm → rc v) and futureMetadata (v → rich
// value index, or the index itself when absent), rdrichvalue.xml (the
// value's structure and values), rdrichvaluestructure.xml (which value is
// the _rvRel:LocalImageIdentifier), richValueRel.xml and its .rels (the
// identifier → the image part).
func (pr *picReader) richData() *richData {
	if pr.rich != nil {
		return pr.rich
	}
	rd := &richData{byVM: map[int]string{}}
	pr.rich = rd
	read := func(p string) []byte {
		if !pr.c.has(p) {
			return nil
		}
		b, _ := pr.c.readSmall(p, maxStructurePart)
		return b
	}
	meta := read("xl/metadata.xml")
	values := read("xl/richData/rdrichvalue.xml")
	structs := read("xl/richData/rdrichvaluestructure.xml")
	relsXML := read("xl/richData/richValueRel.xml")
	if meta == nil || values == nil || structs == nil || relsXML == nil {
		return rd
	}
	// valueMetadata: bk → rc v; futureMetadata XLRICHVALUE: bk → rvb i.
	var vmV []int
	var future []int
	inValue, inFuture := false, false
	d := xml.NewDecoder(bytes.NewReader(meta))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "valueMetadata":
				inValue = true
			case "futureMetadata":
				inFuture = attr(t, "name") == "XLRICHVALUE"
			case "rc":
				if inValue {
					v, _ := strconv.Atoi(attr(t, "v"))
					vmV = append(vmV, v)
				}
			case "rvb":
				if inFuture {
					i, _ := strconv.Atoi(attr(t, "i"))
					future = append(future, i)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "valueMetadata":
				inValue = false
			case "futureMetadata":
				inFuture = false
			}
		}
	}
	// Structures: the position of the local image identifier in each.
	var idPos []int
	d = xml.NewDecoder(bytes.NewReader(structs))
	k := -1
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch se.Name.Local {
			case "s":
				idPos, k = append(idPos, -1), 0
			case "k":
				if len(idPos) > 0 {
					if attr(se, "n") == "_rvRel:LocalImageIdentifier" {
						idPos[len(idPos)-1] = k
					}
					k++
				}
			}
		}
	}
	// Rich values: the identifier of each local image.
	var imageID []int
	d = xml.NewDecoder(bytes.NewReader(values))
	s, vi, inV := -1, 0, false
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "rv":
				s, _ = strconv.Atoi(attr(t, "s"))
				imageID, vi = append(imageID, -1), 0
			case "v":
				inV = true
			}
		case xml.CharData:
			if inV && len(imageID) > 0 && s >= 0 && s < len(idPos) && idPos[s] == vi {
				imageID[len(imageID)-1], _ = strconv.Atoi(strings.TrimSpace(string(t)))
			}
		case xml.EndElement:
			if t.Name.Local == "v" {
				inV = false
				vi++
			}
		}
	}
	// richValueRel: identifier → r:id → part.
	var relIDs []string
	d = xml.NewDecoder(bytes.NewReader(relsXML))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "rel" {
			relIDs = append(relIDs, attr(se, "id"))
		}
	}
	parts := map[string]string{}
	for _, r := range pr.rels("xl/richData/richValueRel.xml") {
		if r.TargetMode != "External" {
			parts[r.ID] = resolveTarget("xl/richData/richValueRel.xml", r.Target)
		}
	}
	for i, v := range vmV {
		rv := v
		if v >= 0 && v < len(future) {
			rv = future[v]
		}
		if rv < 0 || rv >= len(imageID) || imageID[rv] < 0 || imageID[rv] >= len(relIDs) {
			continue
		}
		if p, ok := parts[relIDs[imageID[rv]]]; ok {
			rd.byVM[i+1] = p
		}
	}
	return rd
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
