package evidence

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// Folder is an evidence folder (score --bukti DIR): every file under it,
// indexed by path and by name in any case and either Unicode normal form
// (macOS writes names decomposed, NFD; Windows and Excel composed, NFC).
// Files are read through an os.Root, so that no reference — "../..", an
// absolute path, a link pointing elsewhere — reads outside the folder.
//
// The layouts it understands (README, "Evidence"): references resolved
// in the unit's own folder DIR/UNIT/ first, then from DIR, then by name
// anywhere (when one file has it); and files named after the unit and
// the indicator (DIR/…/UNIT_INDICATOR…, DIR/UNIT/INDICATOR…) are evidence
// of that indicator even when no cell names them.
type Folder struct {
	Dir    string
	root   *os.Root
	byPath map[string]string   // key(rel) → rel
	byName map[string][]string // key(base) → rels
	names  []entry             // every file, by key(base)
	units  map[string]string   // key(top-level folder) → its name
}

type entry struct {
	key string // key of the base name
	rel string
}

// key normalises a name for comparison: NFC, lower case.
func key(s string) string { return strings.ToLower(norm.NFC.String(s)) }

// OpenFolder indexes the evidence folder dir.
func OpenFolder(dir string) (*Folder, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	f := &Folder{Dir: dir, root: root, byPath: map[string]string{}, byName: map[string][]string{}, units: map[string]string{}}
	err = fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // an unreadable subfolder: its files are not found, and said so
		}
		name := d.Name()
		if p != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$")) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != "." && !strings.Contains(p, "/") {
				f.units[key(name)] = name
			}
			return nil
		}
		f.byPath[key(p)] = p
		bk := key(name)
		f.byName[bk] = append(f.byName[bk], p)
		f.names = append(f.names, entry{bk, p})
		return nil
	})
	if err != nil {
		root.Close()
		return nil, err
	}
	sort.Slice(f.names, func(i, j int) bool {
		if f.names[i].key != f.names[j].key {
			return f.names[i].key < f.names[j].key
		}
		return f.names[i].rel < f.names[j].rel
	})
	return f, nil
}

// Close releases the folder.
func (f *Folder) Close() error { return f.root.Close() }

// Open opens a file of the folder by its path relative to it; it fails
// for a path leading outside, through a link or otherwise.
func (f *Folder) Open(rel string) (*os.File, error) { return f.root.Open(filepath.FromSlash(rel)) }

// Lookup resolves a file reference of unit's answer: the file's path
// relative to the folder, or "" and a problem (results.ProblemOutside,
// ProblemAmbiguous; "" when simply not found).
func (f *Folder) Lookup(unit, ref string) (rel, problem string) {
	r := strings.ReplaceAll(ref, `\`, "/")
	if strings.HasPrefix(r, "/") || filepath.IsAbs(ref) || filepath.VolumeName(ref) != "" || (len(r) > 1 && r[1] == ':') {
		return "", results.ProblemOutside
	}
	r = path.Clean(r)
	if r == ".." || strings.HasPrefix(r, "../") {
		return "", results.ProblemOutside
	}
	k := key(r)
	var cands []string
	if u, ok := f.units[key(unit)]; ok {
		if p, ok := f.byPath[key(u)+"/"+k]; ok {
			cands = append(cands, p)
		}
	}
	if p, ok := f.byPath[k]; ok && len(cands) == 0 {
		cands = append(cands, p)
	}
	if len(cands) == 0 && !strings.Contains(r, "/") {
		all := f.byName[k]
		var mine []string
		if u, ok := f.units[key(unit)]; ok {
			for _, p := range all {
				if strings.HasPrefix(key(p), key(u)+"/") {
					mine = append(mine, p)
				}
			}
		}
		switch {
		case len(mine) == 1:
			cands = mine
		case len(mine) > 1:
			return "", results.ProblemAmbiguous
		case len(all) == 1:
			cands = all
		case len(all) > 1:
			return "", results.ProblemAmbiguous
		}
	}
	if len(cands) == 0 {
		return "", ""
	}
	// The index lists links too: one that leads outside the folder is
	// refused here, before anything is read.
	if fi, err := f.root.Stat(filepath.FromSlash(cands[0])); err != nil {
		if isEscape(err) {
			return "", results.ProblemOutside
		}
		return "", ""
	} else if !fi.Mode().IsRegular() {
		return "", results.ProblemUnreadable
	}
	return cands[0], ""
}

// isEscape reports whether an os.Root refused a path for leaving it.
func isEscape(err error) bool {
	return err != nil && strings.Contains(err.Error(), "escapes")
}

// Named returns the files named after unit and indicator: UNIT_INDICATOR…
// anywhere, or INDICATOR… inside the unit's folder, the code followed by
// the end of the name or one of "_ -.(" — so SP-1 is not SP-10.
func (f *Folder) Named(unit, indicator string) []string {
	var out []string
	uk, ik := key(unit), key(indicator)
	for _, pre := range []string{uk + "_" + ik, ik} {
		i := sort.Search(len(f.names), func(i int) bool { return f.names[i].key >= pre })
		for ; i < len(f.names) && strings.HasPrefix(f.names[i].key, pre); i++ {
			e := f.names[i]
			if rest := e.key[len(pre):]; rest != "" && !strings.ContainsRune("_ -.(", rune(rest[0])) {
				continue
			}
			if pre == ik {
				u, ok := f.units[uk]
				if !ok || !strings.HasPrefix(key(e.rel), key(u)+"/") {
					continue
				}
			}
			out = append(out, e.rel)
		}
	}
	sort.Strings(out)
	return out
}
