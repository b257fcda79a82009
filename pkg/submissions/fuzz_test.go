package submissions_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/exportfixture"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/submissions"
)

// FuzzCSV feeds CSV exports of every shape to the reader: whatever the
// bytes, it returns (never panics, never hangs), every problem names the
// file, and an export read without errors gives units with codes.
func FuzzCSV(f *testing.F) {
	s := newScene(f, "ombudsman-2023")
	for _, k := range []string{"kobo-csv", "odk-main-csv", "kobo-csv-comma-labels"} {
		path := filepath.Join(s.dir, "seed-"+k)
		if err := kind(k).write(path, s.form, s.subs[:2], exportfixture.Options{}); err != nil {
			f.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("_uuid;_submission_time;kode_unit\n\"a\";\"2024\";\"X\"\n"))
	f.Add([]byte("KEY,SubmissionDate,kp_hash,kode_unit\nuuid:1,2024-01-01,,DINKES\n"))
	r := s.r
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "ekspor.csv")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		kind := submissions.Sniff(path)
		if kind != submissions.KoboCSV && kind != submissions.ODKCSV {
			return
		}
		for _, o := range []submissions.Options{{}, {Latest: true, IncludeRejected: true, ForceRubric: true, Media: true}} {
			e := submissions.Read(path, kind, r, o)
			for _, p := range e.File.Problems {
				if p.File == "" {
					t.Errorf("a problem names no file: %s", p.Text(msg.EN))
				}
			}
			if e.File.Problems.HasErrors() {
				continue
			}
			for _, fr := range e.File.Fragments {
				if fr.Unit.Code == "" || len(fr.Unit.Indicators) != len(r.Indicators()) {
					t.Errorf("a unit without a code, or with %d indicators", len(fr.Unit.Indicators))
				}
			}
		}
	})
}
