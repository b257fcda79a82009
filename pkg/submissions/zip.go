package submissions

import (
	"archive/zip"
	"io"
	"path/filepath"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
)

// Limits on what a zip's CSVs may inflate to.
const (
	maxEntry = 1 << 30
	maxRatio = 500
)

// readZip reads an ODK Central submissions.csv.zip: the main CSV (KEY,
// no PARENT_KEY), the repeat CSVs (PARENT_KEY), and the names in media/.
func (x *reader) readZip(path string) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return &msg.Problem{File: path, Key: msg.PhoneZipBad, Args: []any{err.Error()}, Hint: msg.HintPhoneZip}
	}
	defer zr.Close()
	var mains, repeats []*table
	media := map[string]bool{}
	for _, zf := range zr.File {
		name := zf.Name
		if m, ok := strings.CutPrefix(name, "media/"); ok {
			if m != "" && !strings.HasSuffix(m, "/") {
				media[m] = true
			}
			continue
		}
		if !strings.EqualFold(filepath.Ext(name), ".csv") {
			continue
		}
		data, err := readEntry(path, zf)
		if err != nil {
			return err
		}
		t, err := csvTable(data, path, name)
		if err != nil {
			return &csvError{entry: name, err: err}
		}
		switch {
		case has(t.header, "PARENT_KEY"):
			repeats = append(repeats, t)
		case has(t.header, "KEY"):
			mains = append(mains, t)
		}
	}
	switch {
	case len(mains) == 0:
		return &msg.Problem{File: path, Key: msg.PhoneZipNoMain, Hint: msg.HintPhoneZip}
	case len(mains) > 1:
		want := xlsform.FormID(x.r) + ".csv"
		var names []string
		for _, t := range mains {
			if t.name == want {
				mains = []*table{t}
				break
			}
			names = append(names, t.name)
		}
		if len(mains) > 1 {
			return &msg.Problem{File: path, Key: msg.PhoneZipManyMain, Args: []any{strings.Join(names, ", ")}, Hint: msg.HintPhoneZip}
		}
	}
	if err := x.readTables(mains[0], repeats); err != nil {
		return err
	}
	for i := range x.media {
		x.media[i].InExport = media[x.media[i].Name]
	}
	return nil
}

// readEntry inflates one zip entry within the limits.
func readEntry(path string, zf *zip.File) ([]byte, error) {
	if zf.UncompressedSize64 > maxEntry || (zf.UncompressedSize64 > 1<<20 && zf.CompressedSize64 > 0 && zf.UncompressedSize64/zf.CompressedSize64 > maxRatio) {
		return nil, tooLarge(path, zf.Name)
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, &msg.Problem{File: path, Sheet: zf.Name, Key: msg.PhoneZipBad, Args: []any{err.Error()}, Hint: msg.HintPhoneZip}
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxEntry+1))
	if err != nil {
		return nil, &msg.Problem{File: path, Sheet: zf.Name, Key: msg.PhoneZipBad, Args: []any{err.Error()}, Hint: msg.HintPhoneZip}
	}
	if len(data) > maxEntry {
		return nil, tooLarge(path, zf.Name)
	}
	return data, nil
}

func tooLarge(path, entry string) error {
	return &msg.Problem{File: path, Sheet: entry, Key: msg.FileTooLarge, Args: []any{entry}, Hint: msg.HintFileTooLarge}
}
