package xlsxzip

import (
	"archive/zip"
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"
)

// TestCanonical: two packages holding the same parts in different orders,
// with their content types listed in different orders, come out as the
// same bytes — entry points first, then by name, content types sorted
// (Defaults before Overrides) — and a replaced part is written anew from
// what it held.
func TestCanonical(t *testing.T) {
	types := []string{
		`<Override PartName="/xl/worksheets/sheet2.xml" ContentType="s"/>`,
		`<Default Extension="xml" ContentType="x"/>`,
		`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="s"/>`,
		`<Default Extension="png" ContentType="i"/>`,
	}
	parts := map[string]string{
		"xl/worksheets/sheet2.xml":   "<b/>",
		"xl/workbook.xml":            "<workbook/>",
		"docProps/core.xml":          "<core/>",
		"_rels/.rels":                "<rels/>",
		"xl/_rels/workbook.xml.rels": "<wbrels/>",
		"xl/worksheets/sheet1.xml":   "<a/>",
	}
	build := func(names []string, typeOrder []int) []byte {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for _, n := range names {
			w, err := zw.Create(n)
			if err != nil {
				t.Fatal(err)
			}
			if n == contentTypes {
				io.WriteString(w, `<Types xmlns="t">`)
				for _, i := range typeOrder {
					io.WriteString(w, types[i])
				}
				io.WriteString(w, `</Types>`)
				continue
			}
			io.WriteString(w, parts[n])
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	names := []string{contentTypes}
	for n := range parts {
		names = append(names, n)
	}
	slices.Sort(names)
	reversed := slices.Clone(names)
	slices.Reverse(reversed)

	replace := map[string]Rewrite{"xl/worksheets/sheet2.xml": func(src *zip.File, w io.Writer) error {
		rc, err := src.Open()
		if err != nil {
			return err
		}
		defer rc.Close()
		old, err := io.ReadAll(rc)
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, strings.Replace(string(old), "<b/>", "<b>baru</b>", 1))
		return err
	}}
	var a, b bytes.Buffer
	if err := Canonical(build(names, []int{0, 1, 2, 3}), &a, replace); err != nil {
		t.Fatal(err)
	}
	if err := Canonical(build(reversed, []int{3, 2, 1, 0}), &b, replace); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the same parts in another order give other bytes")
	}

	zr, err := zip.NewReader(bytes.NewReader(a.Bytes()), int64(a.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range zr.File {
		got = append(got, f.Name)
	}
	want := []string{contentTypes, "_rels/.rels", "docProps/core.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
		"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}
	if !slices.Equal(got, want) {
		t.Fatalf("entries\n%q\nwant\n%q", got, want)
	}
	read := func(name string) string {
		rc, err := zr.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		data, _ := io.ReadAll(rc)
		return string(data)
	}
	if ct, want := read(contentTypes), `<Types xmlns="t">`+types[3]+types[1]+types[2]+types[0]+`</Types>`; ct != want {
		t.Fatalf("content types\n%s\nwant\n%s", ct, want)
	}
	if s := read("xl/worksheets/sheet2.xml"); s != "<b>baru</b>" {
		t.Fatalf("replaced part holds %q", s)
	}
	if s := read("xl/worksheets/sheet1.xml"); s != "<a/>" {
		t.Fatalf("copied part holds %q", s)
	}
}
