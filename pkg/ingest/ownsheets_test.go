package ingest_test

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/form"
	"github.com/kepatuhan/kepatuhan/pkg/ingest"
)

func TestFormSheetNames(t *testing.T) {
	if ingest.FormInstructions != form.SheetInstructions || ingest.FormStamp != form.SheetMeta {
		t.Errorf("ingest knows the form's sheets as %q and %q, form writes %q and %q",
			ingest.FormInstructions, ingest.FormStamp, form.SheetInstructions, form.SheetMeta)
	}
}
