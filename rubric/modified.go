package rubric

import (
	"strings"
	"sync"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// A district that exports a built-in (rubric export ombudsman-2019),
// edits a weight and keeps the id and version has a rubric that every
// output would name "ombudsman-2019 versi 2019.1" — the built-in's name
// for other numbers. Such a rubric is Modified: it is told when it is
// loaded (ModifiedNotice), and outputs print its version as
// VersionText, "2019.1 (diubah)".

// modified caches Modified by the rubric's ref, version and hash.
var modified sync.Map

// Modified reports whether r carries the id, version (and variant) of a
// built-in rubric of this program but says something else: its hash
// differs from the built-in's. A built-in itself, and a rubric with its
// own id or version, are not modified.
func (r *Rubric) Modified() bool {
	if r == nil || strings.HasPrefix(r.file, "builtin:") || !IsBuiltin(r.ID) {
		return false
	}
	key := r.Ref() + "\x00" + r.Version + "\x00" + r.hash
	if v, ok := modified.Load(key); ok {
		return v.(bool)
	}
	twin, err := Builtin(r.Ref())
	// A variant the built-in does not have is a change too.
	is := r.Version == builtinVersion(r.ID) && (err != nil || twin.Hash() != r.hash)
	modified.Store(key, is)
	return is
}

// builtinVersion is the version of the built-in id ("" if none).
func builtinVersion(id string) string {
	b, err := Builtin(id)
	if err != nil {
		return ""
	}
	return b.Version
}

// BuiltinHash is the hash of the built-in rubric with r's id and variant
// ("" if there is none).
func (r *Rubric) BuiltinHash() string {
	b, err := Builtin(r.Ref())
	if err != nil {
		return ""
	}
	return b.Hash()
}

// VersionText is the version as outputs print it: "2019.1", or "2019.1
// (diubah)" for a modified built-in, in lang ("id" or "en").
func (r *Rubric) VersionText(lang string) string {
	if !r.Modified() {
		return r.Version
	}
	return msg.T(msg.Lang(lang), msg.RubricVersionModified, r.Version)
}

// ModifiedNotice is the notice for a modified built-in: it names the
// file, the id and version it shares with the built-in, both hashes, and
// advises an id of its own.
func (r *Rubric) ModifiedNotice() (msg.Problem, bool) {
	if !r.Modified() {
		return msg.Problem{}, false
	}
	file := r.file
	if file == "" {
		file = r.Ref()
	}
	return msg.Problem{Severity: msg.Notice, File: file, Key: msg.RubricModifiedBuiltin,
		Args: []any{r.Ref(), r.Version, ShortHash(r.hash), ShortHash(r.BuiltinHash())},
		Hint: msg.HintRubricOwnID}, true
}
