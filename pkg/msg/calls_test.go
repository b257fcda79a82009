package msg

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// Every message is a template rendered with fmt; nothing in the type
// system ties the arguments a call passes to the verbs of the template its
// key names (msg.T(lang, key, args ...any)). These tests read the
// repository's code with go/types and check, in both languages, every
// place where a message is rendered with a key known at compile time:
//
//   - every call to a function whose parameters end in (msg.Key, ...any)
//     — msg.T itself and the t(key, args...) helpers of every package —
//     with a constant key and the arguments written out;
//   - every msg.Problem literal with a constant Key (and Hint) and its Args
//     (HintArgs) written out, or absent.
//
// The number of arguments must be what the template takes (a template
// with verbs rendered without arguments prints them raw), and each
// argument's type must suit its verb: %d an integer, %s a text (a string,
// an error, a Stringer, a msg.Phrase), %f a float, and so on. Calls that
// pass a key or arguments only known at run time are counted, not
// checked.

// modulePath is this repository's module.
const modulePath = "github.com/kepatuhan/kepatuhan"

// listed is what go list says of a package.
type listed struct {
	ImportPath string
	Dir        string
	Export     string
	GoFiles    []string
	Standard   bool
	DepOnly    bool
	Module     *struct{ Path string }
}

// loadRepo lists every package of the repository with its dependencies'
// export data (go list -export builds it), and returns the repository's
// own packages and an importer reading that export data.
func loadRepo(t *testing.T) ([]listed, types.Importer, *token.FileSet) {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not installed")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goBin, "list", "-e", "-export", "-deps",
		"-json=ImportPath,Dir,Export,GoFiles,Standard,DepOnly,Module", "./...")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	exports := map[string]string{}
	var own []listed
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listed
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		exports[p.ImportPath] = p.Export
		if !p.DepOnly && p.Module != nil && p.Module.Path == modulePath {
			own = append(own, p)
		}
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		f, ok := exports[path]
		if !ok || f == "" {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(f)
	})
	return own, imp, fset
}

// callCheck is the outcome of checking a package's message call sites.
type callCheck struct {
	checked, unchecked int
	problems           []string
}

// checkPackage type-checks the files of one package and checks its
// message call sites.
func checkPackage(fset *token.FileSet, imp types.Importer, path string, files []*ast.File) (*callCheck, error) {
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	conf := types.Config{Importer: imp, Sizes: types.SizesFor("gc", runtime.GOARCH)}
	if _, err := conf.Check(path, fset, files, info); err != nil {
		return nil, err
	}
	c := &callCheck{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				c.call(fset, info, n)
			case *ast.CompositeLit:
				c.problem(fset, info, n)
			}
			return true
		})
	}
	return c, nil
}

// isKey reports whether t is msg.Key.
func isKey(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == "Key" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == modulePath+"/pkg/msg"
}

// call checks a call to a function whose parameters end in (msg.Key,
// ...any).
func (c *callCheck) call(fset *token.FileSet, info *types.Info, call *ast.CallExpr) {
	tv, ok := info.Types[call.Fun]
	if !ok || tv.IsType() {
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || !sig.Variadic() || sig.Params().Len() < 2 {
		return
	}
	np := sig.Params().Len()
	last, ok := sig.Params().At(np - 1).Type().(*types.Slice)
	if !ok || !types.Identical(last.Elem(), types.NewInterfaceType(nil, nil)) {
		return
	}
	// The message is the first msg.Key parameter: (lang, key, args...),
	// (key, hint, args...).
	k := -1
	for i := range np - 1 {
		if isKey(sig.Params().At(i).Type()) {
			k = i
			break
		}
	}
	if k < 0 {
		return
	}
	key, ok := constKey(info, call.Args[k])
	if !ok || call.Ellipsis.IsValid() {
		c.unchecked++
		return
	}
	c.checkArgs(fset, info, call.Pos(), key, call.Args[np-1:])
}

// problem checks a msg.Problem literal: Key with Args, Hint with
// HintArgs.
func (c *callCheck) problem(fset *token.FileSet, info *types.Info, lit *ast.CompositeLit) {
	tv, ok := info.Types[lit]
	if !ok {
		return
	}
	n, ok := types.Unalias(tv.Type).(*types.Named)
	if !ok || n.Obj().Name() != "Problem" || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != modulePath+"/pkg/msg" {
		return
	}
	fields := map[string]ast.Expr{}
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			c.unchecked++
			return
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			fields[id.Name] = kv.Value
		}
	}
	for _, pair := range [][2]string{{"Key", "Args"}, {"Hint", "HintArgs"}} {
		k, ok := fields[pair[0]]
		if !ok {
			continue
		}
		key, ok := constKey(info, k)
		if !ok {
			c.unchecked++
			continue
		}
		if key == "" { // no hint
			continue
		}
		var args []ast.Expr
		if a, ok := fields[pair[1]]; ok {
			al, ok := a.(*ast.CompositeLit)
			if !ok {
				c.unchecked++
				continue
			}
			args = al.Elts
		}
		c.checkArgs(fset, info, k.Pos(), key, args)
	}
}

// constKey returns the value of a constant msg.Key expression.
func constKey(info *types.Info, e ast.Expr) (Key, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return Key(constant.StringVal(tv.Value)), true
}

// checkArgs checks the arguments given for key against both templates.
func (c *callCheck) checkArgs(fset *token.FileSet, info *types.Info, pos token.Pos, key Key, args []ast.Expr) {
	c.checked++
	e, ok := catalog[key]
	if !ok {
		c.problems = append(c.problems, fmt.Sprintf("%s: no message %q", fset.Position(pos), key))
		return
	}
	types_ := make([]types.Type, len(args))
	for i, a := range args {
		if tv, ok := info.Types[a]; ok {
			types_[i] = tv.Type
		}
	}
	for _, tmpl := range []struct{ lang, text string }{{"id", e.id}, {"en", e.en}} {
		for _, p := range argProblems(tmpl.text, types_) {
			c.problems = append(c.problems, fmt.Sprintf("%s: %s (%s): %s", fset.Position(pos), key, tmpl.lang, p))
		}
	}
}

// fmtVerb matches a verb of package fmt: flags, an argument index, width,
// precision, another index, the verb.
var fmtVerb = regexp.MustCompile(`%([-+# 0]*)(?:\[(\d+)\])?(\d+|\*)?(?:\.(\d+|\*)?)?(?:\[(\d+)\])?(.)`)

// argProblems says what is wrong with rendering tmpl with arguments of
// the given types (nil: unknown).
func argProblems(tmpl string, args []types.Type) []string {
	var out []string
	if len(args) == 0 {
		// T gives a template without arguments as it is: a lone "%" is a
		// percent sign, and "%%" or a verb would be printed raw.
		for _, m := range fmtVerb.FindAllStringSubmatch(tmpl, -1) {
			if v := []rune(m[6])[0]; v == '%' || 'a' <= v && v <= 'z' || 'A' <= v && v <= 'Z' {
				out = append(out, fmt.Sprintf("%q is printed as it is: the message is rendered without arguments", m[0]))
			}
		}
		return out
	}
	argNum, maxNum := 0, 0
	for _, m := range fmtVerb.FindAllStringSubmatch(tmpl, -1) {
		verb := []rune(m[6])[0]
		if verb == '%' {
			continue
		}
		if m[3] == "*" || m[4] == "*" {
			out = append(out, "a * width or precision is not supported")
			continue
		}
		for _, idx := range []string{m[2], m[5]} {
			if idx != "" {
				n, _ := strconv.Atoi(idx)
				argNum = n - 1
			}
		}
		if argNum >= len(args) {
			out = append(out, fmt.Sprintf("%%%c has no argument (%d given)", verb, len(args)))
		} else if t := args[argNum]; t != nil && !suits(verb, t) {
			out = append(out, fmt.Sprintf("%%%c given %s", verb, t))
		}
		argNum++
		maxNum = max(maxNum, argNum)
	}
	if len(args) > maxNum {
		out = append(out, fmt.Sprintf("%d arguments, the template uses %d", len(args), maxNum))
	}
	return out
}

// suits reports whether a value of type t suits verb.
func suits(verb rune, t types.Type) bool {
	t = types.Default(t)
	if types.IsInterface(t) {
		return true // known only at run time
	}
	b, basic := t.Underlying().(*types.Basic)
	isInt := basic && b.Info()&types.IsInteger != 0
	isFloat := basic && b.Info()&(types.IsFloat|types.IsComplex) != 0
	isString := basic && b.Info()&types.IsString != 0
	bytesSlice := false
	if s, ok := t.Underlying().(*types.Slice); ok {
		if e, ok := s.Elem().Underlying().(*types.Basic); ok && e.Kind() == types.Byte {
			bytesSlice = true
		}
	}
	text := isString || bytesSlice || hasMethod(t, "Error", 0) || hasMethod(t, "String", 0) || hasMethod(t, "In", 1) || langFunc(t)
	switch verb {
	case 'v', 'T':
		return true
	case 'd', 'c', 'U':
		return isInt
	case 's':
		return text
	case 'q':
		return text || isInt
	case 'x', 'X', 'o', 'O', 'b':
		return isInt || isString || bytesSlice || isFloat
	case 'f', 'F', 'e', 'E', 'g', 'G':
		return isFloat
	case 't':
		return basic && b.Info()&types.IsBoolean != 0
	case 'p':
		_, ok := t.Underlying().(*types.Pointer)
		return ok
	}
	return false
}

// langFunc reports whether t is a func(msg.Lang) string: an argument
// that package diff renders in the note's language before the message.
func langFunc(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	n, ok := types.Unalias(sig.Params().At(0).Type()).(*types.Named)
	r, rok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && n.Obj().Name() == "Lang" && rok && r.Kind() == types.String
}

// hasMethod reports whether values of type t have a method name with n
// parameters returning one string (Error, String, or msg.Phrase's In).
func hasMethod(t types.Type, name string, n int) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, name)
	f, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := f.Type().(*types.Signature)
	if sig.Params().Len() != n || sig.Results().Len() != 1 {
		return false
	}
	r, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && r.Kind() == types.String
}

// TestMessageCalls checks every message call site of the repository.
func TestMessageCalls(t *testing.T) {
	own, imp, fset := loadRepo(t)
	total := &callCheck{}
	for _, p := range own {
		var files []*ast.File
		for _, name := range p.GoFiles {
			f, err := parser.ParseFile(fset, filepath.Join(p.Dir, name), nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		c, err := checkPackage(fset, imp, p.ImportPath, files)
		if err != nil {
			t.Fatalf("%s: %v", p.ImportPath, err)
		}
		total.checked += c.checked
		total.unchecked += c.unchecked
		total.problems = append(total.problems, c.problems...)
	}
	for _, p := range total.problems {
		t.Error(p)
	}
	t.Logf("%d message call sites checked; %d pass a key or arguments known only at run time", total.checked, total.unchecked)
	if total.checked < 800 {
		t.Errorf("only %d call sites checked: does the checker still find them?", total.checked)
	}
}

// The checker finds what it is for: a package with wrong calls (too few
// arguments, a text for %d, an int for %s, a float for %d in a Problem,
// too many arguments, verbs printed raw) gets one problem each, in both
// languages, and a right call none.
func TestMessageCallsCheckerFinds(t *testing.T) {
	_, imp, fset := loadRepo(t)
	src := `package bad

import "github.com/kepatuhan/kepatuhan/pkg/msg"

var t = func(k msg.Key, args ...any) string { return msg.T(msg.ID, k, args...) }

var (
	_ = msg.T(msg.EN, msg.OutputCannotWrite, "hasil.json")
	_ = msg.T(msg.EN, msg.CLIBadJobs, "-1")
	_ = t(msg.OutputCannotWrite, "hasil.json", 3)
	_ = msg.Problem{Key: msg.CLIBadJobs, Args: []any{2.5}}
	_ = msg.T(msg.EN, msg.OutputDiskFull, "extra")
	_ = msg.Problem{Key: msg.OutputCannotWrite}
	_ = msg.Problem{Key: msg.OutputCannotWrite, Args: []any{"hasil.json", "penuh"}, Hint: msg.HintOutputSpace}
	_ = t(msg.CLIBadJobs, -1)
)
`
	f, err := parser.ParseFile(fset, "bad.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	c, err := checkPackage(fset, imp, "bad", []*ast.File{f})
	if err != nil {
		t.Fatal(err)
	}
	// Nine call sites with a constant key; t's own call of msg.T passes
	// its caller's key: unchecked there, checked at t's calls.
	if c.checked != 9 || c.unchecked != 1 {
		t.Errorf("%d checked, %d unchecked; want 9 and 1", c.checked, c.unchecked)
	}
	lines := map[int]int{}
	for _, p := range c.problems {
		var line int
		fmt.Sscanf(p[strings.Index(p, ":")+1:], "%d", &line)
		lines[line]++
	}
	want := map[int]int{8: 2, 9: 2, 10: 2, 11: 2, 12: 2, 13: 4}
	for l, n := range want {
		if lines[l] != n {
			t.Errorf("line %d: %d problems, want %d (one per language)", l, lines[l], n)
		}
	}
	if len(c.problems) != 14 {
		t.Errorf("problems:\n%s", strings.Join(c.problems, "\n"))
	}
}
