package card

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
)

// FuzzCard renders report cards whose texts come from the fuzzer, as they
// come from cells of workbooks people typed or pasted into: the unit's
// code, name, region and assessor, an answer, a note, evidence, and the
// names of the sheet and file the answers came from. The card must render
// (no panic, no error, a whole PDF), the same way twice, in both
// languages; and the card's file name must be safe on Windows and Unix.
func FuzzCard(f *testing.F) {
	f.Add("PKM-01", "UPTD Puskesmas Kecamatan Sukamaju", "Budi Santoso", "Kabupaten Contoh", "Tidak",
		"Kursi ruang tunggu hanya 4 buah.", "Foto 3–5", "Observasi", "rapor-uji.xlsx", false)
	f.Add("CON", "Puskesmas 😀 \x01\x02 Sukamaju \xff\xfe", "Ayu\u200b Lestari\r\nTim 2", "Kab. Şahin Ğöktürk",
		"Ya", "catatan 👍🏽\x1b[31m merah", strings.Repeat("x", 5000), "Lembar 1", "Data 2024/Penilaian Kec. Medan Sélayang.xlsx", true)
	f.Add(" .. ", strings.Repeat("sangat panjang ", 400), "", "", "N/A", "{nb} ((a\\b)) %PDF", "\t", "", "", false)
	f.Add("a/b\\c:d*e?f\"g<h>i|j", "中文 العربية עברית", "\U0010FFFF", "\u202e", "Sebagian", "\r\r\n\n", "", "\x00", "\x00", true)
	f.Fuzz(func(t *testing.T, code, name, assessor, region, answer, note, evidence, sheetName, file string, en bool) {
		fx := uji(t)
		u := &fx.res.Units[0]
		u.Code, u.Name, u.Assessor, u.Region = code, name, assessor, region
		fx.res.Inputs[0].Path, fx.res.Inputs[0].Name = file, file
		fx.sheet.File, fx.sheet.Sheet = file, sheetName
		ir := &u.Indicators[2] // IN-03, a check not met: a finding
		ir.Answer = answer
		ir.SetRemark(&results.Remark{Note: note, Evidence: evidence})
		o := Options{}
		if en {
			o.Lang = msg.EN
		}
		one, err := Render(fx.res, u, o)
		if err != nil {
			t.Fatalf("render: %v", err)
		}
		if !bytes.HasPrefix(one, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimRight(one, "\r\n"), []byte("%%EOF")) {
			t.Fatalf("not a whole PDF: %q … %q", one[:min(len(one), 16)], one[max(0, len(one)-16):])
		}
		two, err := Render(fx.res, u, o)
		if err != nil || !bytes.Equal(one, two) {
			t.Fatalf("a second render differs (%v)", err)
		}
		// The same unit unfinished: the card lists the missing indicators.
		u.Indicators[0].Status, u.Indicators[0].Answer = results.Missing, ""
		score.Unit(fx.res.Rubric, u)
		if u.Status != results.Incomplete {
			t.Fatalf("unit is %s after an answer was removed", u.Status)
		}
		if _, err := Render(fx.res, u, o); err != nil {
			t.Fatalf("render incomplete: %v", err)
		}
		name0 := FileNames([]results.Unit{*u})[0]
		checkFileName(t, code, name0)
	})
}

// checkFileName checks a card's file name is usable on Windows, macOS and
// Linux.
func checkFileName(t *testing.T, code, name string) {
	t.Helper()
	stem, ok := strings.CutSuffix(name, ".pdf")
	if !ok || stem == "" {
		t.Fatalf("code %q: file name %q", code, name)
	}
	if !utf8.ValidString(name) || len(stem) > maxFileName {
		t.Fatalf("code %q: file name %q is not valid UTF-8 or too long", code, name)
	}
	for _, r := range stem {
		if r < 0x20 || r == 0x7F || strings.ContainsRune(`<>:"/\|?*`, r) {
			t.Fatalf("code %q: file name %q holds %U", code, name, r)
		}
	}
	if strings.HasSuffix(stem, ".") || strings.HasSuffix(stem, " ") || strings.HasPrefix(stem, " ") {
		t.Fatalf("code %q: file name %q starts or ends with a dot or space", code, name)
	}
	if reserved(stem) {
		t.Fatalf("code %q: file name %q is reserved on Windows", code, name)
	}
}
