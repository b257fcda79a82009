package cli_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/cli"
	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script")

// The command-line tests are testscript files in testdata/script: each
// runs kepatuhan as a user would and checks its output and exit status.
// mkxlsx OUT SPEC builds a workbook from a fixture description.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"kepatuhan": func() { os.Exit(cli.Main(os.Args[1:], cli.StdIO())) },
		"mkxlsx": func() {
			if len(os.Args) != 3 {
				fmt.Fprintln(os.Stderr, "usage: mkxlsx OUT.xlsx SPEC")
				os.Exit(2)
			}
			spec, err := os.ReadFile(os.Args[2])
			if err == nil {
				err = fixture.Write(os.Args[1], string(spec))
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, "mkxlsx:", err)
				os.Exit(1)
			}
			os.Exit(0)
		},
	})
}

func TestScripts(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join(root, "testdata", "script"),
		UpdateScripts: *update,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// exits N CMD ARGS...: run CMD and require exit status N.
			"exits": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: exits N command [args...]")
				}
				want, err := strconv.Atoi(args[0])
				if err != nil {
					ts.Fatalf("exits: %v", err)
				}
				code := 0
				if err := ts.Exec(args[1], args[2:]...); err != nil {
					var ee *exec.ExitError
					if !errors.As(err, &ee) {
						ts.Fatalf("exits: %v", err)
					}
					code = ee.ExitCode()
				}
				if code != want {
					ts.Fatalf("exit status %d, want %d", code, want)
				}
			},
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
