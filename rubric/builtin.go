package rubric

import (
	"embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/suggest"
)

//go:embed builtin/*.yaml
var builtinFS embed.FS

// DefaultID is the rubric used when neither the workbook nor the user
// names one.
const DefaultID = "ombudsman-2019"

var (
	builtinOnce sync.Once
	builtins    map[string]*Rubric
	builtinErr  error
)

func loadBuiltins() {
	builtins = map[string]*Rubric{}
	entries, err := fs.ReadDir(builtinFS, "builtin")
	if err != nil {
		builtinErr = err
		return
	}
	for _, e := range entries {
		data, err := builtinFS.ReadFile("builtin/" + e.Name())
		if err != nil {
			builtinErr = err
			return
		}
		r, err := Parse("builtin/"+e.Name(), data)
		if err != nil {
			builtinErr = err
			return
		}
		r.file = "builtin:" + r.ID
		builtins[r.ID] = r
	}
}

// Builtins returns the built-in rubrics ordered by id.
func Builtins() ([]*Rubric, error) {
	builtinOnce.Do(loadBuiltins)
	if builtinErr != nil {
		return nil, builtinErr
	}
	out := make([]*Rubric, 0, len(builtins))
	for _, r := range builtins {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Builtin returns the built-in rubric id, or id@variant.
func Builtin(ref string) (*Rubric, error) {
	builtinOnce.Do(loadBuiltins)
	if builtinErr != nil {
		return nil, builtinErr
	}
	id, variant, _ := strings.Cut(ref, "@")
	r, ok := builtins[strings.ToLower(strings.TrimSpace(id))]
	if !ok {
		ids := make([]string, 0, len(builtins))
		for k := range builtins {
			ids = append(ids, k)
		}
		sort.Strings(ids)
		p := msg.Problem{Key: msg.RubricUnknownBuiltin, Args: []any{id}}
		if s, ok := suggest.Nearest(id, ids); ok {
			p.Hint, p.HintArgs = msg.HintDidYouMean, []any{s}
		} else {
			p.Hint, p.HintArgs = msg.HintBuiltins, []any{strings.Join(ids, ", ")}
		}
		return nil, msg.Problems{p}
	}
	if variant != "" {
		return r.WithVariant(variant)
	}
	return r, nil
}

// IsBuiltin reports whether ref (ID or ID@VARIANT) names a built-in rubric.
func IsBuiltin(ref string) bool {
	builtinOnce.Do(loadBuiltins)
	id, _, _ := strings.Cut(ref, "@")
	_, ok := builtins[strings.ToLower(strings.TrimSpace(id))]
	return ok
}

// Load returns the rubric ref names: a file path (YAML or JSON,
// optionally followed by @VARIANT) or a built-in id (optionally @VARIANT).
// A ref is a file when it names an existing file or looks like a path.
func Load(ref string) (*Rubric, error) {
	path, variant := ref, ""
	if i := strings.LastIndex(ref, "@"); i > 0 && idPattern.MatchString(ref[i+1:]) {
		if _, err := os.Stat(ref); err != nil {
			path, variant = ref[:i], ref[i+1:]
		}
	}
	if !looksLikeFile(path) {
		return Builtin(ref)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		key := msg.RubricCannotRead
		if errors.Is(err, fs.ErrNotExist) {
			key = msg.RubricNoSuchFile
		}
		return nil, msg.Problems{{Key: key, Args: []any{errText(err)}, File: path, Hint: msg.HintRubricRef}}
	}
	r, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	if variant != "" {
		return r.WithVariant(variant)
	}
	return r, nil
}

func looksLikeFile(ref string) bool {
	if _, err := os.Stat(ref); err == nil {
		return true
	}
	if strings.ContainsAny(ref, `/\`) {
		return true
	}
	switch strings.ToLower(filepath.Ext(ref)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

// errText strips Go's "open x: " prefix, leaving the operating system's
// reason (which the user's locale may already translate).
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
