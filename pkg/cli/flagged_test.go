package cli_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// The accepted-but-flagged corpus: testdata/flagged holds one testscript
// file per input that kepatuhan scores — rightly — but only with a note
// the user must see: a unit code with invisible characters, answers in
// hidden rows, a results file that disagrees with its own answers, files
// a folder holds that are not read, a year typed with a letter O. Each
// case shows the result a careless reader gave (in its first comment)
// and checks the right one and the note. The commands are those of the
// bad-input corpus (TestBadCorpus).
func TestFlaggedCorpus(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "testdata", "flagged")
	cases, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 6 {
		t.Fatalf("the corpus has %d cases, want at least 6", len(cases))
	}
	testscript.Run(t, testscript.Params{
		Dir:                 dir,
		RequireExplicitExec: true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": cmdExits,
			"fails": cmdFails,
			"mkbad": cmdMkbad,
		},
		Condition: func(cond string) (bool, error) {
			return cond == "unix" && runtime.GOOS != "windows", nil
		},
		Setup: func(env *testscript.Env) error {
			env.Setenv("ROOT", root)
			env.Setenv("KEPATUHAN_LANG", "")
			env.Setenv("NO_COLOR", "1")
			env.Setenv("SOURCE_DATE_EPOCH", "")
			return nil
		},
	})
}
