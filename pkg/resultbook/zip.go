package resultbook

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"sort"
	"strings"
)

// contentTypes is the package's list of part types.
const contentTypes = "[Content_Types].xml"

// canonicalZip copies the zip archive src to w with its entries in a fixed
// order, the content-type list sorted, and the entries named in replace
// written anew by their functions (given the entry as it was); every
// other entry keeps its
// compressed bytes. excelize writes streamed sheets in map order and adds
// the image content types in map order, so without this two writes of
// the same workbook could differ.
func canonicalZip(src []byte, w io.Writer, replace map[string]func(src *zip.File, w io.Writer) error) error {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return err
	}
	files := append([]*zip.File(nil), zr.File...)
	sort.SliceStable(files, func(i, j int) bool {
		ri, rj := entryRank(files[i].Name), entryRank(files[j].Name)
		if ri != rj {
			return ri < rj
		}
		return files[i].Name < files[j].Name
	})
	zw := zip.NewWriter(w)
	for _, f := range files {
		if fn, ok := replace[f.Name]; ok {
			dst, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
			if err != nil {
				return err
			}
			if err := fn(f, dst); err != nil {
				return err
			}
			continue
		}
		if f.Name == contentTypes {
			if err := copySorted(zw, f); err != nil {
				return err
			}
			continue
		}
		fh := f.FileHeader
		dst, err := zw.CreateRaw(&fh)
		if err != nil {
			return err
		}
		raw, err := f.OpenRaw()
		if err != nil {
			return err
		}
		if _, err := io.Copy(dst, raw); err != nil {
			return err
		}
	}
	return zw.Close()
}

var (
	defaultElem  = regexp.MustCompile(`<Default\b[^>]*?(?:/>|></Default>)`)
	overrideElem = regexp.MustCompile(`<Override\b[^>]*?(?:/>|></Override>)`)
)

// copySorted writes the content-type list with its Default and Override
// elements sorted.
func copySorted(zw *zip.Writer, f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	var b bytes.Buffer
	_, err = b.ReadFrom(rc)
	rc.Close()
	if err != nil {
		return err
	}
	data := sortElements(b.Bytes(), defaultElem)
	data = sortElements(data, overrideElem)
	dst, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
	if err != nil {
		return err
	}
	_, err = dst.Write(data)
	return err
}

// sortElements sorts the matches of re in data among their own places.
func sortElements(data []byte, re *regexp.Regexp) []byte {
	locs := re.FindAllIndex(data, -1)
	elems := make([]string, len(locs))
	for i, l := range locs {
		elems[i] = string(data[l[0]:l[1]])
	}
	sort.Strings(elems)
	var out bytes.Buffer
	prev := 0
	for i, l := range locs {
		out.Write(data[prev:l[0]])
		out.WriteString(elems[i])
		prev = l[1]
	}
	out.Write(data[prev:])
	return out.Bytes()
}

// entryRank puts the package's entry points first, as Office does.
func entryRank(name string) int {
	switch {
	case name == contentTypes:
		return 0
	case name == "_rels/.rels":
		return 1
	case strings.HasPrefix(name, "docProps/"):
		return 2
	case name == "xl/workbook.xml":
		return 3
	case name == "xl/_rels/workbook.xml.rels":
		return 4
	}
	return 5
}
