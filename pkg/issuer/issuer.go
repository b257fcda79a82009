// Package issuer reads the issuing office's configuration, kepatuhan.yaml:
// who issues the official documents of a round — the region, the
// government and office of the letterhead (kop), its address and logo,
// the place where documents are signed, and the signatories (the
// verifier, the superior who acknowledges, "Mengetahui", and optionally
// each unit's head) with their position (jabatan), name, rank and NIP.
//
// The file is found as flags, then the environment, then the working
// folder say: --config FILE, else $KEPATUHAN_CONFIG, else kepatuhan.yaml
// in the working folder, else there is none (documents then leave the
// names to be filled in by hand). The region and the place may be given
// the same way (--region/--place, $KEPATUHAN_REGION/$KEPATUHAN_PLACE) over
// what the file says.
//
// It is read as strictly as a rubric (package yamlfile): an unknown key,
// a missing required value, an NIP that is not 18 digits or whose
// embedded birth date or appointment date (TMT) is impossible, a logo
// that is missing or not a PNG or JPEG image — each is a problem located
// at file:line:column, all reported at once, and the command writes
// nothing.
//
// An NIP (Nomor Induk Pegawai, Perka BKN 22/2007) is 18 digits: the birth
// date (yyyymmdd), the year and month of appointment as a candidate civil
// servant (TMT CPNS, yyyymm), the sex (1 or 2) and a sequence number. It
// may be written with spaces or dots ("19750312 200003 1 004"). What is
// checked is what every 18-digit number of this kind holds: the birth
// date is a real date, and the appointment year falls 15 to 70 years
// after it. The month and sex digits are not checked: numbers of
// contract staff (PPPK) are said to use those places differently.
package issuer

import (
	"bytes"
	"image"
	_ "image/jpeg" // logo formats
	_ "image/png"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/oserr"
	"github.com/kepatuhan/kepatuhan/pkg/yamlfile"
	yaml "go.yaml.in/yaml/v3"
)

// FileName is the configuration's name in the working folder.
const FileName = "kepatuhan.yaml"

// Environment variables read by Resolve.
const (
	EnvConfig = "KEPATUHAN_CONFIG"
	EnvRegion = "KEPATUHAN_REGION"
	EnvPlace  = "KEPATUHAN_PLACE"
)

// maxLogo bounds the logo file: a letterhead's logo is a few hundred
// kilobytes at most.
const maxLogo = 8 << 20

// Config is the issuing office.
type Config struct {
	File       string // where it was read; "" when there is none
	Region     string // "Kabupaten Contoh"
	Government string // the letterhead's first line; "Pemerintah " + Region when not given
	Office     string // the issuing office: "Sekretariat Daerah"
	Division   string // optional second office line: "Bagian Organisasi"
	Address    string // the letterhead's address line(s); "\n" separates lines
	Logo       *Logo  // nil when none
	Place      string // where documents are signed: "Contoh"

	Verifier     *Signatory            // signs as the verifier (and issues cards and reports)
	Acknowledged *Signatory            // "Mengetahui": the superior who acknowledges
	UnitHeads    map[string]*Signatory // by unit code (upper case): each unit's head
}

// Logo is the letterhead's image.
type Logo struct {
	Path string // as resolved (relative to the configuration's folder)
	Data []byte
	Type string // "PNG" or "JPG", as the PDF library names them
	W, H int    // pixels
}

// Signatory is one person who signs.
type Signatory struct {
	Position string // jabatan: "Kepala Bagian Organisasi"
	Name     string
	Rank     string // pangkat/golongan, optional: "Pembina (IV/a)"
	NIP      string // the 18 digits, or "" (not a civil servant, or not given)
}

// FormattedNIP is the NIP as it is printed: "19750312 200003 1 004".
func (s *Signatory) FormattedNIP() string {
	n := s.NIP
	if len(n) != 18 {
		return n
	}
	return n[:8] + " " + n[8:14] + " " + n[14:15] + " " + n[15:]
}

// UnitHead returns the head of the unit with code, or nil.
func (c *Config) UnitHead(code string) *Signatory {
	if c == nil {
		return nil
	}
	return c.UnitHeads[strings.ToUpper(strings.TrimSpace(code))]
}

// Options are what the command line knows: the --config, --region and
// --place flags ("" when not given) and the environment.
type Options struct {
	Config, Region, Place string
	Getenv                func(string) string // os.Getenv when nil
	// Dir is the working folder, where kepatuhan.yaml is looked for ("."
	// when empty).
	Dir string
}

// Resolve finds and reads the configuration: --config, else
// $KEPATUHAN_CONFIG, else kepatuhan.yaml in the working folder. It
// returns nil and no error when none is named and none is there; a file
// named (by flag or environment) that does not exist is a problem. The
// region and place come from the flags, else the environment, else the
// file. Problems come back as msg.Problems.
func Resolve(o Options) (*Config, error) {
	getenv := o.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	path := o.Config
	if path == "" {
		path = getenv(EnvConfig)
	}
	named := path != ""
	if !named {
		dir := o.Dir
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, FileName)
		if st, err := os.Stat(p); err != nil || st.IsDir() {
			c := override(nil, o, getenv)
			return c, nil
		}
		path = FileName
		if o.Dir != "" {
			path = p
		}
	}
	c, err := Load(path)
	if err != nil {
		return nil, err
	}
	return override(c, o, getenv), nil
}

// override applies the flags and the environment over c. With no file,
// a region or place given alone makes a configuration of its own.
func override(c *Config, o Options, getenv func(string) string) *Config {
	region := first(o.Region, getenv(EnvRegion))
	place := first(o.Place, getenv(EnvPlace))
	if c == nil {
		if region == "" && place == "" {
			return nil
		}
		c = &Config{}
	}
	if region != "" {
		if c.Government == "" || c.Government == government(c.Region) {
			c.Government = government(region)
		}
		c.Region = region
	}
	if place != "" {
		c.Place = place
	}
	return c
}

func first(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

func government(region string) string {
	if region == "" {
		return ""
	}
	return "Pemerintah " + region
}

// Load reads the configuration file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		r := oserr.Of(err)
		p := msg.Problem{File: path, Key: msg.IssuerCannotRead, Args: []any{r}, Hint: r.ReadHint()}
		if os.IsNotExist(err) {
			p.Key, p.Args, p.Hint = msg.IssuerNotFound, nil, msg.HintIssuerFile
		}
		return nil, msg.Problems{p}
	}
	return Parse(path, data)
}

// Parse reads a configuration from data; file names it in problems, and
// the logo is looked for relative to its folder.
func Parse(file string, data []byte) (*Config, error) {
	root, d := yamlfile.Parse(file, data, msg.IssuerEmpty)
	c := &Config{File: file}
	if root != nil {
		decode(d, root, c, filepath.Dir(file))
	}
	if d.Problems.HasErrors() {
		d.Problems.Sort()
		return nil, d.Problems
	}
	if c.Government == "" {
		c.Government = government(c.Region)
	}
	return c, nil
}

func decode(d *yamlfile.Decoder, root *yaml.Node, c *Config, dir string) {
	var logoNode *yaml.Node
	seen := d.Map(root, FileName, map[string]func(k, v *yaml.Node){
		"region":     func(k, v *yaml.Node) { c.Region = d.Str(v, "region") },
		"government": func(k, v *yaml.Node) { c.Government = d.Str(v, "government") },
		"office":     func(k, v *yaml.Node) { c.Office = d.Str(v, "office") },
		"division":   func(k, v *yaml.Node) { c.Division = d.Str(v, "division") },
		"address":    func(k, v *yaml.Node) { c.Address = d.Str(v, "address") },
		"logo":       func(k, v *yaml.Node) { logoNode = v },
		"place":      func(k, v *yaml.Node) { c.Place = d.Str(v, "place") },
		"signatories": func(k, v *yaml.Node) {
			signatories(d, v, c)
		},
	})
	d.Require(root, seen, FileName, "region", "office", "place")
	for _, k := range []string{"region", "office", "place"} {
		if n := value(root, k); n != nil && n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) == "" {
			d.At(n, msg.IssuerEmptyValue, k)
		}
	}
	if logoNode != nil {
		c.Logo = logo(d, logoNode, dir)
	}
}

// value returns the value node of key in mapping n, or nil.
func value(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func signatories(d *yamlfile.Decoder, n *yaml.Node, c *Config) {
	d.Map(n, "signatories", map[string]func(k, v *yaml.Node){
		"verifier":     func(k, v *yaml.Node) { c.Verifier = signatory(d, v, "signatories.verifier") },
		"acknowledged": func(k, v *yaml.Node) { c.Acknowledged = signatory(d, v, "signatories.acknowledged") },
		"unit_heads": func(k, v *yaml.Node) {
			if v.Kind != yaml.MappingNode {
				d.At(v, msg.RubricWantMap, "signatories.unit_heads")
				return
			}
			c.UnitHeads = map[string]*Signatory{}
			for i := 0; i+1 < len(v.Content); i += 2 {
				kn, vn := v.Content[i], v.Content[i+1]
				code := strings.ToUpper(strings.TrimSpace(kn.Value))
				if code == "" {
					d.At(kn, msg.IssuerEmptyValue, "signatories.unit_heads")
					continue
				}
				if _, dup := c.UnitHeads[code]; dup {
					d.At(kn, msg.IssuerDuplicateUnit, kn.Value)
					continue
				}
				c.UnitHeads[code] = signatory(d, vn, "signatories.unit_heads."+kn.Value)
			}
		},
	})
}

func signatory(d *yamlfile.Decoder, n *yaml.Node, what string) *Signatory {
	s := &Signatory{}
	var nipNode *yaml.Node
	seen := d.Map(n, what, map[string]func(k, v *yaml.Node){
		"position": func(k, v *yaml.Node) { s.Position = d.Str(v, what+".position") },
		"name":     func(k, v *yaml.Node) { s.Name = d.Str(v, what+".name") },
		"rank":     func(k, v *yaml.Node) { s.Rank = d.Str(v, what+".rank") },
		"nip": func(k, v *yaml.Node) {
			nipNode = v
			s.NIP = d.Str(v, what+".nip")
		},
	})
	d.Require(n, seen, what, "position", "name")
	if nipNode != nil && s.NIP != "" {
		digits, key, args := CheckNIP(s.NIP)
		if key != "" {
			p := d.At(nipNode, key, args...)
			p.Hint = msg.HintNIP
		}
		s.NIP = digits
	}
	return s
}

// CheckNIP reads an NIP written with or without spaces and dots and
// checks it: 18 digits, the first 8 a real birth date, the year of
// appointment (digits 9–12) 15 to 70 years later. It returns the digits,
// and the message key and arguments of what is wrong ("" when nothing).
func CheckNIP(s string) (digits string, key msg.Key, args []any) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '.' || r == '\u00a0':
		default:
			return s, msg.IssuerNIPNotDigits, []any{s}
		}
	}
	digits = b.String()
	if len(digits) != 18 {
		return digits, msg.IssuerNIPLength, []any{s, len(digits)}
	}
	birth, err := time.Parse("20060102", digits[:8])
	if err != nil || birth.Year() < 1900 {
		return digits, msg.IssuerNIPBirth, []any{s, digits[:8]}
	}
	tmt := atoi(digits[8:12])
	if tmt < birth.Year()+15 || tmt > birth.Year()+70 {
		return digits, msg.IssuerNIPAppointed, []any{s, digits[8:12], digits[:4]}
	}
	return digits, "", nil
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// logo reads and checks the logo file named by n, relative to dir.
func logo(d *yamlfile.Decoder, n *yaml.Node, dir string) *Logo {
	name := d.Str(n, "logo")
	if name == "" {
		return nil
	}
	path := name
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, name)
	}
	st, err := os.Stat(path)
	switch {
	case err != nil && os.IsNotExist(err):
		p := d.At(n, msg.IssuerLogoMissing, name, path)
		p.Hint = msg.HintIssuerLogo
		return nil
	case err != nil:
		d.At(n, msg.IssuerLogoUnreadable, name, oserr.Of(err))
		return nil
	case !st.Mode().IsRegular():
		d.At(n, msg.IssuerLogoNotImage, name)
		return nil
	case st.Size() > maxLogo:
		d.At(n, msg.IssuerLogoTooLarge, name, st.Size()>>20, maxLogo>>20)
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		d.At(n, msg.IssuerLogoUnreadable, name, oserr.Of(err))
		return nil
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		p := d.At(n, msg.IssuerLogoNotImage, name)
		p.Hint = msg.HintIssuerLogo
		return nil
	}
	typ := map[string]string{"png": "PNG", "jpeg": "JPG"}[format]
	return &Logo{Path: path, Data: data, Type: typ, W: cfg.Width, H: cfg.Height}
}
