package ingest_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// A form made from an edited copy of a rubric (the same id and version,
// another weight) and scored with the rubric itself is read, and said to
// be from another rubric: never silently scored with weights it was not
// made for. Scored with the rubric it was made from, nothing is said.
func TestFormFromEditedRubric(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "rubrics", "contoh.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), "weight: 60", "weight: 9", 1)
	if edited == string(data) {
		t.Fatal("no weight to edit in contoh.yaml")
	}
	dir := t.TempDir()
	editedPath := filepath.Join(dir, "contoh-diubah.yaml")
	if err := os.WriteFile(editedPath, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := rubric.Parse(editedPath, []byte(edited))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := form.Write(&buf, r, []form.Unit{{Code: "A", Name: "Unit A"}}, form.Options{}); err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(dir, "formulir.xlsx")
	if err := os.WriteFile(book, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	said := func(rubricPath string) bool {
		out := ingest.Load([]string{book}, ingest.Options{Rubric: rubricPath})
		if out.Invalid() {
			t.Fatalf("%s: %v", rubricPath, out.Problems)
		}
		for _, p := range out.Problems {
			if p.Key == msg.IngestFormRubricChanged {
				if p.Severity != msg.Notice || p.File != book {
					t.Errorf("%+v", p)
				}
				return true
			}
		}
		return false
	}
	if !said(path) {
		t.Error("a form of the edited rubric scored with the original: nothing said")
	}
	if said(editedPath) {
		t.Error("a form scored with the rubric it was made from: said to be from another")
	}
}
