package issuer

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

func writePNG(t *testing.T, path string, w, h int) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := 0; x < w; x++ {
		img.Set(x, h/2, color.RGBA{200, 0, 0, 255})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

const good = `region: Kabupaten Contoh
office: Sekretariat Daerah
division: Bagian Organisasi
address: "Jl. Merdeka No. 1, Contoh"
logo: logo.png
place: Contoh
signatories:
  verifier:
    position: Kepala Bagian Organisasi
    name: Drs. Ahmad Fauzi, M.Si.
    rank: Pembina (IV/a)
    nip: 19750312 200003 1 004
  acknowledged:
    position: Sekretaris Daerah
    name: Ir. Hj. Sri Wahyuni
    nip: "196805141994032007"
  unit_heads:
    dinsos: {position: Kepala Dinas Sosial, name: Budi Santoso, nip: 19800101.200501.1.002}
`

func TestParseGood(t *testing.T) {
	dir := t.TempDir()
	writePNG(t, filepath.Join(dir, "logo.png"), 60, 80)
	path := filepath.Join(dir, FileName)
	os.WriteFile(path, []byte(good), 0o644)
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Region != "Kabupaten Contoh" || c.Government != "Pemerintah Kabupaten Contoh" || c.Place != "Contoh" {
		t.Errorf("config %+v", c)
	}
	if c.Logo == nil || c.Logo.Type != "PNG" || c.Logo.W != 60 || c.Logo.H != 80 {
		t.Errorf("logo %+v", c.Logo)
	}
	if c.Verifier.NIP != "197503122000031004" || c.Verifier.FormattedNIP() != "19750312 200003 1 004" {
		t.Errorf("verifier NIP %q", c.Verifier.NIP)
	}
	if h := c.UnitHead("DinSos "); h == nil || h.NIP != "198001012005011002" {
		t.Errorf("unit head %+v", h)
	}
	if c.Acknowledged.Name != "Ir. Hj. Sri Wahyuni" {
		t.Errorf("acknowledged %+v", c.Acknowledged)
	}
}

// Every problem of a bad configuration is reported at once, at its line
// and column.
func TestParseBad(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "teks.png"), []byte("not an image"), 0o644)
	src := `region: Kabupaten Contoh
ofice: Sekretariat Daerah
logo: tidak-ada.png
place: Contoh
signatories:
  verifier:
    position: Kepala Bagian
    name: A
    nip: "1975031220000310"
  acknowledged:
    position: Sekda
    name: B
    nip: 19751312 200003 1 004
  unit_heads:
    X: {position: Kepala, name: C, nip: 19750312 198003 1 004}
    Y: {name: D, nip: 1975031220000310A4}
`
	path := filepath.Join(dir, FileName)
	os.WriteFile(path, []byte(src), 0o644)
	_, err := Load(path)
	var ps msg.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err %v", err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Text(msg.EN))
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		`:2:1: unknown key "ofice"`,
		`:1:1: key "office" is required`,
		`:3:7: logo file "tidak-ada.png" not found`,
		`:9:10: NIP "1975031220000310" must be 18 digits, not 16`,
		`:13:10: NIP "19751312 200003 1 004": the first 8 digits (19751312) are not a valid birth date`,
		`:15:41: NIP "19750312 198003 1 004": appointment year 1980 is impossible for someone born in 1975`,
		`:16:8: key "position" is required`,
		`:16:23: NIP "1975031220000310A4" may hold only digits`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %q in\n%s", want, all)
		}
	}
	for _, p := range ps {
		if p.Line == 2 && (p.Hint != msg.HintDidYouMean || p.HintText(msg.EN) != `did you mean "office"?`) {
			t.Errorf("the misspelt key's hint: %q", p.HintText(msg.EN))
		}
	}

	os.WriteFile(path, []byte("region: R\noffice: O\nplace: P\nlogo: teks.png\n"), 0o644)
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "bukan gambar PNG atau JPEG") {
		t.Errorf("a text file as logo: %v", err)
	}
	os.WriteFile(path, []byte("region: R\noffice: O\nplace: P\nx: &a 1\ny: *a\n"), 0o644)
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "alias") {
		t.Errorf("an alias: %v", err)
	}
	os.WriteFile(path, []byte("region: [\n"), 0o644)
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "bukan YAML") {
		t.Errorf("broken YAML: %v", err)
	}
	os.WriteFile(path, nil, 0o644)
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "kosong") {
		t.Errorf("empty: %v", err)
	}
}

func TestCheckNIP(t *testing.T) {
	for _, c := range []struct {
		in  string
		key msg.Key
	}{
		{"19860926 201505 1 001", ""},
		{"19860926.201505.1.001", ""},
		{"198609262015051001", ""},
		{"199506142022212005", ""}, // the month and sex places are not checked
		{"19860926 201505 1 00", msg.IssuerNIPLength},
		{"19860230 201505 1 001", msg.IssuerNIPBirth},
		{"19200926 201505 1 001", msg.IssuerNIPAppointed},
		{"19860926 199505 1 001", msg.IssuerNIPAppointed},
		{"NIP 19860926", msg.IssuerNIPNotDigits},
	} {
		if _, key, _ := CheckNIP(c.in); key != c.key {
			t.Errorf("CheckNIP(%q) = %q, want %q", c.in, key, c.key)
		}
	}
}

// --config over $KEPATUHAN_CONFIG over kepatuhan.yaml in the folder; the
// region and place flags over the environment over the file.
func TestResolve(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, FileName), []byte("region: Folder\noffice: O\nplace: P1\n"), 0o644)
	envFile := filepath.Join(dir, "env.yaml")
	os.WriteFile(envFile, []byte("region: Env\noffice: O\nplace: P2\n"), 0o644)
	flagFile := filepath.Join(dir, "flag.yaml")
	os.WriteFile(flagFile, []byte("region: Flag\noffice: O\nplace: P3\n"), 0o644)
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }

	c, err := Resolve(Options{Dir: dir, Getenv: getenv})
	if err != nil || c == nil || c.Region != "Folder" {
		t.Fatalf("folder: %+v %v", c, err)
	}
	env[EnvConfig] = envFile
	if c, _ := Resolve(Options{Dir: dir, Getenv: getenv}); c.Region != "Env" {
		t.Errorf("environment: %s", c.Region)
	}
	if c, _ := Resolve(Options{Dir: dir, Getenv: getenv, Config: flagFile}); c.Region != "Flag" {
		t.Errorf("flag: %s", c.Region)
	}
	env[EnvRegion], env[EnvPlace] = "Kota Lain", "Tempat Env"
	c, _ = Resolve(Options{Dir: dir, Getenv: getenv, Config: flagFile, Place: "Tempat Flag"})
	if c.Region != "Kota Lain" || c.Government != "Pemerintah Kota Lain" || c.Place != "Tempat Flag" {
		t.Errorf("overrides: %+v", c)
	}
	env = map[string]string{EnvConfig: filepath.Join(dir, "none.yaml")}
	if _, err := Resolve(Options{Dir: dir, Getenv: getenv}); err == nil || !strings.Contains(err.Error(), "tidak ditemukan") {
		t.Errorf("a named file missing: %v", err)
	}
	if c, err := Resolve(Options{Dir: t.TempDir(), Getenv: func(string) string { return "" }}); c != nil || err != nil {
		t.Errorf("nothing: %+v %v", c, err)
	}
}
