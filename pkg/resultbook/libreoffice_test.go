package resultbook_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/resultbook"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// soffice converts in to format with LibreOffice in headless mode, in a
// profile of its own (so that parallel runs do not clash), and returns
// the output's path. The test is skipped when LibreOffice is not
// installed.
func soffice(t *testing.T, in, format string) string {
	t.Helper()
	bin, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not on PATH")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation="+profile, "--headless", "--norestore",
		"--convert-to", format, "--outdir", out, in)
	cmd.Env = append(os.Environ(), "HOME="+filepath.Join(dir, "home"))
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Run(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, log.String())
	}
	ext := format
	if i := strings.IndexByte(ext, ':'); i >= 0 {
		ext = ext[:i]
	}
	name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in)) + "." + ext
	p := filepath.Join(out, name)
	st, err := os.Stat(p)
	if err != nil || st.Size() == 0 {
		t.Fatalf("soffice wrote no %s (%v)\n%s", name, err, log.String())
	}
	return p
}

// TestLibreOfficePDF: LibreOffice opens the workbook and prints it to PDF,
// in both languages. Set RB_KEEP to a folder to keep the PDFs to look at.
func TestLibreOfficePDF(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice is slow")
	}
	books := []struct {
		name string
		res  *results.Results
		lang msg.Lang
	}{{"contoh-id", synth(t, contoh(t), 30), msg.ID}}
	// A built-in with grades, survey items and per-type indicators, in
	// English.
	if rb, err := rubric.Builtin("ombudsman-2023"); err == nil {
		books = append(books, struct {
			name string
			res  *results.Results
			lang msg.Lang
		}{"ombudsman-2023-en", synth(t, rb, 30), msg.EN})
	}
	for _, bk := range books {
		path := filepath.Join(t.TempDir(), bk.name+".xlsx")
		if err := writeFile(path, bk.res, resultbook.Options{Lang: bk.lang}); err != nil {
			t.Fatal(err)
		}
		pdf := soffice(t, path, "pdf")
		data, err := os.ReadFile(pdf)
		if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
			t.Fatalf("%s is not a PDF", pdf)
		}
		if keep := os.Getenv("RB_KEEP"); keep != "" {
			os.WriteFile(filepath.Join(keep, filepath.Base(pdf)), data, 0o644)
		}
	}
}

// TestLibreOfficeResave: a workbook opened and saved again by LibreOffice
// (which moves every string into the shared-string table and rewrites
// every part) still reads back to the same results.
func TestLibreOfficeResave(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice is slow")
	}
	res := synth(t, contoh(t), 40)
	for i, s := range tricky {
		res.Units[i].Indicators[0].SetRemark(nil)
		res.Units[i].Name += " " + s
	}
	path := filepath.Join(t.TempDir(), "hasil.xlsx")
	if err := writeFile(path, res, resultbook.Options{}); err != nil {
		t.Fatal(err)
	}
	resaved := soffice(t, path, `xlsx:Calc MS Excel 2007 XML`)
	if ok, err := resultbook.IsResultBook(resaved); !ok || err != nil {
		t.Fatalf("IsResultBook after LibreOffice: %v %v", ok, err)
	}
	back, err := resultbook.Read(resaved)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(jsonOf(t, back), jsonOf(t, res)) {
		t.Fatal("results changed after LibreOffice saved the workbook")
	}
}
