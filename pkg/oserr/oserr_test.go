package oserr_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/oserr"
)

// Each kind, however wrapped, is worded in the language of the message
// that holds it, without the path or operation of the error (the message
// names the file); anything else keeps the system's words.
func TestOf(t *testing.T) {
	wrap := func(e error) error {
		return fmt.Errorf("card X: %w", &fs.PathError{Op: "open", Path: "/tmp/.x.kepatuhan-tmp-1", Err: e})
	}
	cases := []struct {
		err      error
		kind     oserr.Kind
		id, en   string
		resource bool
		read     msg.Key
		write    msg.Key
	}{
		{wrap(syscall.EMFILE), oserr.TooManyFiles, "terlalu banyak berkas terbuka", "too many files are open", true, msg.HintTooMany, msg.HintTooMany},
		{wrap(syscall.ENFILE), oserr.TooManyFiles, "terlalu banyak", "too many", true, msg.HintTooMany, msg.HintTooMany},
		{wrap(syscall.ENOSPC), oserr.NoSpace, "disk penuh", "the disk is full", true, msg.HintFileUnreadable, msg.HintOutputSpace},
		{wrap(syscall.EACCES), oserr.Permission, "tidak ada izin", "permission denied", false, msg.HintFileUnreadable, msg.HintOutputPermission},
		{wrap(syscall.EROFS), oserr.ReadOnly, "hanya dapat dibaca", "read-only", false, msg.HintFileUnreadable, msg.HintOutputPermission},
		{&os.LinkError{Op: "rename", Old: ".a.tmp", New: "a", Err: syscall.EISDIR}, oserr.IsFolder, "folder", "folder", false, msg.HintFileUnreadable, msg.HintFolderName},
		{wrap(syscall.EIO), oserr.Other, syscall.EIO.Error(), syscall.EIO.Error(), false, msg.HintFileUnreadable, ""},
	}
	for _, c := range cases {
		r := oserr.Of(c.err)
		if r.Kind != c.kind || r.Resource() != c.resource || r.ReadHint() != c.read || r.WriteHint() != c.write {
			t.Errorf("%v: %+v resource %v hints %s %s", c.err, r, r.Resource(), r.ReadHint(), r.WriteHint())
		}
		id := msg.T(msg.ID, msg.OutputCannotWrite, "hasil.json", r)
		en := msg.T(msg.EN, msg.OutputCannotWrite, "hasil.json", r)
		if !strings.Contains(id, c.id) || !strings.Contains(en, c.en) || strings.Contains(id+en, "tmp") {
			t.Errorf("%v: %q / %q", c.err, id, en)
		}
	}
}

// A real failure: reading a folder as a file, opening a missing file.
func TestReal(t *testing.T) {
	dir := t.TempDir()
	_, err := os.ReadFile(filepath.Join(dir, "tidak-ada.xlsx"))
	if r := oserr.Of(err); r.Kind != oserr.NotFound || r.String() != "tidak ada" {
		t.Errorf("missing file: %+v", r)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
}

// Resource finds a reason that is the computer's among a run's errors
// (not among its notices).
func TestResource(t *testing.T) {
	tooMany := oserr.Of(syscall.EMFILE)
	ps := msg.Problems{{Key: msg.FileUnreadable, Args: []any{oserr.Of(syscall.EACCES)}}}
	if oserr.Resource(ps) {
		t.Error("permission denied is the input's")
	}
	ps = append(ps, msg.Problem{Severity: msg.Notice, Key: msg.FileUnreadable, Args: []any{tooMany}})
	if oserr.Resource(ps) {
		t.Error("a notice counted")
	}
	ps = append(ps, msg.Problem{Key: msg.FileUnreadable, Args: []any{tooMany}})
	if !oserr.Resource(ps) {
		t.Error("too many open files is the computer's")
	}
}
