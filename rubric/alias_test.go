package rubric

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// Aliases of aliases (a "billion laughs") would make the decoder walk ten
// million groups: refused at once, at the alias, before decoding.
// Aliases used as the format allows — a whole value repeated — are fine.
func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("schema: kepatuhan/rubric/v1\nid: bom\nversion: \"1\"\ntitle: {id: B, en: B}\nscale: {min: 0, max: 100}\n")
	b.WriteString("bands:\n  - {min: 0, label: {id: R, en: L}, zone: merah}\n")
	b.WriteString("x0: &x0 {code: A, name: {id: a, en: a}, weight: 1, indicators: [{code: I, text: {id: t, en: t}, type: check}]}\n")
	for k := 1; k < 8; k++ {
		fmt.Fprintf(&b, "x%d: &x%d {code: G%d, name: {id: a, en: a}, weight: 1, groups: [%s]}\n", k, k, k,
			strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*x%d,", k-1), 10), ","))
	}
	b.WriteString("groups: [*x7]\n")
	_, err := Parse("bom.yaml", []byte(b.String()))
	var ps msg.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Key != msg.RubricAliasBomb || ps[0].Line == 0 {
		t.Fatalf("got %v, want one located %s", err, msg.RubricAliasBomb)
	}

	// An anchor reused for every indicator's choices is not a bomb.
	ok := `schema: kepatuhan/rubric/v1
id: pilihan
version: "1"
title: {id: Pilihan, en: Choices}
scale: {min: 0, max: 100}
bands:
  - {min: 0, label: {id: Rendah, en: Low}, zone: merah}
  - {min: 51, label: {id: Sedang, en: Medium}, zone: kuning}
  - {min: 81, label: {id: Tinggi, en: High}, zone: hijau}
groups:
  - code: SR
    name: {id: Sarana, en: Facilities}
    weight: 1
    indicators:
      - code: SR-01
        text: {id: Ruang tunggu, en: Waiting room}
        type: choice
        choices: &pilihan
          - {label: Lengkap, points: 1}
          - {label: Sebagian, points: 0.5}
          - {label: Tidak Ada, points: 0}
      - code: SR-02
        text: {id: Toilet, en: Toilets}
        type: choice
        choices: *pilihan
`
	if _, err := Parse("pilihan.yaml", []byte(ok)); err != nil {
		t.Fatalf("a reused anchor: %v", err)
	}
}
