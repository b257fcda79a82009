package card

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// flatRubric has n indicators at the top level: a card's score breakdown
// lists each of them, over more than a page when n is large.
func flatRubric(t testing.TB, n int) *rubric.Rubric {
	var b strings.Builder
	b.WriteString(`schema: kepatuhan/rubric/v1
id: datar
version: "1"
title: {id: Rubrik datar, en: Flat rubric}
kind: observation
provenance: [{item: all values, status: local, note: test}]
scale: {min: 0, max: 100, decimals: 2, rounding: half-away-from-zero}
bands:
  - {min: 0, label: {id: Rendah, en: Low}, zone: merah}
  - {min: 51, label: {id: Sedang, en: Medium}, zone: kuning}
  - {min: 81, label: {id: Tinggi, en: High}, zone: hijau}
indicators:
`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  - {code: I-%02d, text: {id: \"Butir %d tersedia dan mudah diakses oleh pengguna layanan\"}, type: check, weight: 1}\n", i, i)
	}
	r, err := rubric.Parse("datar.yaml", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// The score breakdown's header repeats on every page the breakdown
// continues on, as the table of every indicator's does.
func TestBreakdownHeaderRepeats(t *testing.T) {
	r := flatRubric(t, 70)
	f := newFixture(t, r, "datar.xlsx")
	a := answers{}
	for i, ind := range r.Indicators() {
		a[ind.Code] = map[bool]string{true: "Ya", false: "Tidak"}[i%3 != 0]
	}
	f.unit("U1", "Dinas Datar", "", a, nil)
	data, err := Render(f.res, &f.res.Units[0], Options{Lang: msg.EN})
	if err != nil {
		t.Fatal(err)
	}
	// Pages are uncompressed: each drawing of a column title is an
	// "(Achievement)" in the bytes. The breakdown of 70 rows spans at
	// least two pages; the table of every indicator (without that
	// column) follows.
	if n, pages := bytes.Count(data, []byte("(Achievement)")), bytes.Count(data, []byte("/Type /Page\n")); n < 2 || pages < 3 {
		t.Errorf("the header drawn %d times on %d pages", n, pages)
	}
}
