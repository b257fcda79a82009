package resultbook

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/rubric"
)

func TestSplitChunks(t *testing.T) {
	text := []byte(strings.Repeat("ab😀c✓", 1000)) // astral characters count twice
	for _, limit := range []int{1, 2, 3, 7, 100, 32000} {
		chunks := splitChunks(text, limit)
		var joined []byte
		for i, c := range chunks {
			if !utf8.Valid(c) {
				t.Fatalf("limit %d: chunk %d cuts a character", limit, i)
			}
			if n := len(utf16.Encode([]rune(string(c)))); n > max(limit, 2) || n == 0 {
				t.Fatalf("limit %d: chunk %d has %d UTF-16 units", limit, i, n)
			}
			joined = append(joined, c...)
		}
		if !bytes.Equal(joined, text) {
			t.Fatalf("limit %d: chunks do not join to the text", limit)
		}
	}
	if len(splitChunks(nil, 10)) != 0 {
		t.Fatal("empty text gives chunks")
	}
}

func TestXMLSafe(t *testing.T) {
	in, _ := json.Marshal("a\uFFFEb\uFFFFc\uFFFDd")
	out := xmlSafe(in)
	if bytes.Contains(out, []byte("\uFFFE")) || bytes.Contains(out, []byte("\uFFFF")) {
		t.Fatalf("still there: %q", out)
	}
	var back string
	if err := json.Unmarshal(out, &back); err != nil || back != "a\uFFFEb\uFFFFc\uFFFDd" {
		t.Fatalf("%q → %q (%v)", in, back, err)
	}
	plain := []byte(`{"a":"✓"}`)
	if got := xmlSafe(plain); &got[0] != &plain[0] {
		t.Fatal("clean text copied")
	}
}

// TestEscapeText: what escapeText writes, the XML text decoding and
// unescapeXstring turn back into the original.
func TestEscapeText(t *testing.T) {
	for _, s := range []string{
		"plain", "a & b < c > d \"q\" 'a'", "_x0041_", "_x005F_x0041_", "__x0041__", "_x004", "_xZZZZ_",
		"tab\tnew\nline", "cr\rhere", "bell\a nul\x00", "✓ 😀", "  spaces  ", "",
	} {
		var b bytes.Buffer
		w := bufio.NewWriter(&b)
		escapeText(w, []byte(s))
		w.Flush()
		if bytes.ContainsAny(b.Bytes(), "<>\r\x00\a") {
			t.Fatalf("%q escaped to %q", s, b.String())
		}
		dec, err := decodeEntities(b.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if got := unescapeXstring(string(dec)); got != s {
			t.Fatalf("%q → %q → %q", s, b.String(), got)
		}
	}
}

// TestFastReaderMatchesXML: on the sheet hiddenXML writes, the fast
// reader and the general XML reader read the same cells, and the fast
// reader does not give up.
func TestFastReaderMatchesXML(t *testing.T) {
	payload := []byte(`{"x": "` + strings.Repeat(`a&b<c>_x0041_ 😀 `, 5000) + `"}`)
	b := &book{lang: "id", payload: payload, sum: strings.Repeat("0", 64)}
	var part bytes.Buffer
	if err := b.hiddenXML(&part); err != nil {
		t.Fatal(err)
	}
	fast, err := readCellsFast(bytes.NewReader(part.Bytes()))
	if err != nil {
		t.Fatalf("fast reader: %v", err)
	}
	general, err := (&pkg{}).readCellsXML(bytes.NewReader(part.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fast, general) {
		t.Fatal("the readers disagree")
	}
	var joined strings.Builder
	for r := firstChunk; fast[r] != nil; r++ {
		joined.WriteString(fast[r][0].text)
	}
	if joined.String() != string(payload) {
		t.Fatal("chunks do not join to the payload")
	}
	// Another shape (a formula cell) is left to the general reader.
	other := bytes.Replace(part.Bytes(), []byte(`<c r="A5" t="inlineStr">`), []byte(`<c r="A5" t="str"><f>A1</f>`), 1)
	if _, err := readCellsFast(bytes.NewReader(other)); err != errNotFast {
		t.Fatalf("want errNotFast, got %v", err)
	}
}

// TestTooManyRows: a Details sheet over Excel's row limit is refused with
// a clear message, and no file is written.
func TestTooManyRows(t *testing.T) {
	defer func(n int) { maxRows = n }(maxRows)
	maxRows = 10
	rb, err := rubric.Parse("r.yaml", []byte(`schema: kepatuhan/rubric/v1
id: kecil
version: "1"
title: {id: Kecil}
scale: {min: 0, max: 100, decimals: 0, rounding: half-away-from-zero}
bands: [{min: 0, label: {id: Semua}}]
indicators:
  - {code: A, text: {id: A}, type: check}
  - {code: B, text: {id: B}, type: check}
`))
	if err != nil {
		t.Fatal(err)
	}
	res := &results.Results{Rubric: rb}
	for i := 0; i < 5; i++ {
		res.Units = append(res.Units, score.NewUnit(rb, strconv.Itoa(i)))
	}
	var out bytes.Buffer
	err = Write(&out, res, Options{})
	var ps msg.Problems
	if !errors.As(err, &ps) || ps[0].Key != msg.BookTooManyRows || !strings.Contains(ps[0].Text(msg.EN), "11 rows") {
		t.Fatalf("want too many rows, got %v", err)
	}
	if out.Len() != 0 {
		t.Fatal("bytes were written")
	}
}
