// Package xlsxzip rewrites an .xlsx package — a zip archive of XML parts —
// in a canonical form, so that the same workbook always gives the same
// bytes: excelize writes streamed sheets, and adds image and chart content
// types, in map order. Entries come in a fixed order, the content-type
// list is sorted, and chosen parts may be written anew on the way.
package xlsxzip

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

// Rewrite returns a part's new content, given the part as it was.
type Rewrite func(src *zip.File, w io.Writer) error

// Canonical copies the zip archive src to w with its entries in a fixed
// order (the package's entry points first, as Office writes them, then by
// name), the content-type list sorted, and the entries named in replace
// written anew by their functions; every other entry keeps its compressed
// bytes.
func Canonical(src []byte, w io.Writer, replace map[string]Rewrite) error {
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

var typeElem = regexp.MustCompile(`<(Default|Override)\b[^>]*?(?:/>|></(?:Default|Override)>)`)

// copySorted writes the content-type list with its Default and Override
// elements sorted, Defaults first (as the format expects), wherever the
// writer put them.
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
	dst, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
	if err != nil {
		return err
	}
	_, err = dst.Write(sortTypes(b.Bytes()))
	return err
}

// sortTypes sorts the Default and Override elements of a content-type
// list, Defaults first, into the span they took.
func sortTypes(data []byte) []byte {
	locs := typeElem.FindAllIndex(data, -1)
	if len(locs) < 2 {
		return data
	}
	elems := make([]string, len(locs))
	for i, l := range locs {
		elems[i] = string(data[l[0]:l[1]])
	}
	sort.SliceStable(elems, func(i, j int) bool {
		di, dj := strings.HasPrefix(elems[i], "<Default"), strings.HasPrefix(elems[j], "<Default")
		if di != dj {
			return di
		}
		return elems[i] < elems[j]
	})
	var out bytes.Buffer
	out.Write(data[:locs[0][0]])
	for _, e := range elems {
		out.WriteString(e)
	}
	out.Write(data[locs[len(locs)-1][1]:])
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
