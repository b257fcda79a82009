package resultbook_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/resultbook"
)

// A results workbook with a second hidden-sheet part whose name differs
// only in case was read from whichever came last in the zip (Excel and
// other tools may read the other): it is refused, naming both parts.
func TestPartNamesDifferingInCase(t *testing.T) {
	dir := t.TempDir()
	var wb bytes.Buffer
	if err := resultbook.Write(&wb, synth(t, contoh(t), 3), resultbook.Options{}); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(wb.Bytes()), int64(wb.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		w, _ := zw.Create(zf.Name)
		w.Write(data)
		if zf.Name == "xl/workbook.xml" {
			w, _ := zw.Create("xl/Workbook.xml")
			w.Write(data)
		}
	}
	zw.Close()
	twice := filepath.Join(dir, "dua.xlsx")
	if err := os.WriteFile(twice, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = resultbook.Read(twice)
	if problemKey(err) != msg.FileDamagedPartNames {
		t.Fatalf("err = %v", err)
	}
	if got := err.(msg.Problems)[0].Text(msg.EN); !strings.Contains(got, "xl/workbook.xml and xl/Workbook.xml") {
		t.Errorf("message: %s", got)
	}
}
