package results

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

// unitLines are the units of a v2 file as written: one to a line.
func unitLines(t *testing.T, r *Results) [][]byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for _, l := range bytes.Split(b.Bytes(), []byte("\n")) {
		if bytes.HasPrefix(l, []byte(`{"code":`)) {
			out = append(out, bytes.TrimSuffix(l, []byte(",")))
		}
	}
	return out
}

// sameAsEncodingJSON checks that decodeUnit decodes raw as encoding/json
// does: the same unit, or an error where it gives one.
// scratch is shared by every unit decoded in the tests, as by a file's.
var scratch = newDecodeScratch()

func sameAsEncodingJSON(t *testing.T, what string, raw []byte) {
	t.Helper()
	var want, got jsonUnit
	werr := json.Unmarshal(raw, &want)
	gerr := decodeUnit(raw, &got, scratch)
	if (werr == nil) != (gerr == nil) {
		t.Errorf("%s: encoding/json says %v, decodeUnit %v", what, werr, gerr)
		return
	}
	if werr == nil && !reflect.DeepEqual(want, got) {
		t.Errorf("%s: decoded\n%+v\nencoding/json:\n%+v", what, got, want)
	}
}

// The fast decoder of units decodes what encoding/json decodes, to the
// same values: every field, the example district's two years with their
// evidence, and units edited into what it leaves to encoding/json.
func TestDecodeUnitIsEncodingJSON(t *testing.T) {
	r, u := fullUnit(t)
	r.Units = []Unit{*u}
	lines := unitLines(t, r)
	for _, y := range []string{"2023", "2024"} {
		f, err := os.Open("../../testdata/results-v1/hasil-" + y + ".json")
		if err != nil {
			t.Fatal(err)
		}
		ex, err := ReadJSON(f, "hasil.json")
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, unitLines(t, ex)...)
	}
	if len(lines) != 25 {
		t.Fatalf("%d units", len(lines))
	}
	fast := 0
	for i, l := range lines {
		sameAsEncodingJSON(t, "unit "+string(rune('A'+i)), l)
		var ju jsonUnit
		if p := (parser{b: l, sc: newDecodeScratch()}); p.unit(&ju) && p.end() {
			fast++
		}
	}
	if fast < len(lines) {
		t.Errorf("only %d of %d units decoded without encoding/json", fast, len(lines))
	}
	full := string(lines[0])
	for _, e := range []struct{ from, to string }{
		{`"code":"U-1"`, `"Code":"U-1"`},
		{`"code":"U-1"`, `"code":"U-1","extra":[1,{"a":null}]`},
		{`"code":"U-1"`, `"code":null`},
		{`"code":"U-1"`, `"code":5`},
		{`"code":"U-1"`, `"code":"U-\u0031"`},
		{`"code":"U-1"`, `"code":"U-\u00e9\ud83d\ude00\ud800x\"\\\/\b\f\n\r\t\u0026"`},
		{`"code":"U-1"`, `"code":"U-\ud800\u0041\udc00\uDBFF\uDFFF"`},
		{`"code":"U-1"`, `"code":"U-\u12"`},
		{`"code":"U-1"`, `"code":"U-\u12G4"`},
		{`"code":"U-1"`, `"code":"U-\x"`},
		{`"code":"U-1"`, `"code":"U-1\"`},
		{`"code":"U-1"`, `"code":"U-1\u0000\u001f"`},
		{`"code":"U-1"`, "\"code\":\"U-1\n\""},
		{`"code":"U-1"`, `"code":"U-\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"`},
		{`"code":"U-1"`, `"code":"U-1\xff"`},
		{`"score":71.67`, `"score":null`},
		{`"score":71.67`, `"score":"71.67"`},
		{`"score":71.67`, `"score":7167e-2`},
		{`"score":71.67`, `"score":071.67`},
		{`"score":71.67`, `"score":-0`},
		{`"score":71.67`, `"score":1e999`},
		{`"score":71.67`, `"score":0x1p-2`},
		{`"score":71.67`, `"score":+1`},
		{`"met":1,`, `"met":1.5,`},
		{`"met":1,`, `"met":1e2,`},
		{`"met":1,`, `"met":99999999999999999999,`},
		{`"met":1,`, `"met":-0,`},
		{`"applicable":true`, `"applicable":1`},
		{`"applicable":true`, `"applicable":tru`},
		{`"respondents":12`, `"respondents":3000000000`},
		{`"input":1`, `"input":1.0`},
		{`"input":1`, `"input":null`},
		{`"source":{"cell":"E2"}`, `"source":{"cell":"E2"},"source":{"sheet":"S"}`},
		{`"source":{"cell":"E2"}`, `"source":null`},
		{`"sources":[`, `"sources":[],"sources":[`},
		{`"band":{`, `"band":null,"band":{`},
		{`"items":[`, `"items":null,"x":[`},
		{`"band":{"id"`, `"band":{"ID"`},
		{`"groups":[`, `"groups" : [ `},
		{`"indicators":[`, "\"indicators\":\n[\t"},
		{`"survey":{`, `"survey":null,"s":{`},
		{`"survey":{`, `"survey":{"respondents":1},"survey":{`},
		{`"counts":{`, `"counts":[`},
		{`"round":{"verification"`, `"round":null,"r":{"verification"`},
		{`"round":{"self"`, `"round":{"Self"`},
		{`"round":{"self"`, `"round":[],"r":{"self"`},
	} {
		if !strings.Contains(full, e.from) {
			t.Fatalf("%s not in the unit", e.from)
		}
		sameAsEncodingJSON(t, e.to, []byte(strings.Replace(full, e.from, e.to, 1)))
	}
	// Texts with escapes are the parser's too.
	for _, code := range []string{`U-\u00e9\ud83d\ude00\ud800x\"\\\/\b\f\n\r\t\u0026`, `U-\ud800\u0041\udc00`} {
		raw := strings.Replace(full, `"code":"U-1"`, `"code":"`+code+`"`, 1)
		var ju jsonUnit
		if p := (parser{b: []byte(raw), sc: newDecodeScratch()}); !p.unit(&ju) || !p.end() {
			t.Errorf("%s: left to encoding/json", code)
		}
	}
	for _, raw := range []string{`{}`, `null`, `[]`, `{"code":"A"`, `{"code":"A"}}`, ` {"code" : "A" } `, `{"survey":null}`} {
		sameAsEncodingJSON(t, raw, []byte(raw))
	}
}
