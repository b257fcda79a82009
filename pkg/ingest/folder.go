package ingest

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/oserr"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
)

// What a folder named as an input means: the observation workbooks
// (.xlsx, .xlsm) and phone exports (a KoboToolbox or ODK Central .csv or
// .zip, see phone.go) directly inside it, in name order. Nothing else in
// it is read, and everything else but hidden files and Excel's lock files
// is named in a notice, so that a file left out is never a surprise:
//
//   - subfolders are not entered (an "arsip-2023" folder inside this
//     year's would bring last year's units in);
//   - results files (results JSON, and results workbooks written by score
//     --xlsx) are read only when named on the command line: one left in a
//     year's folder by an earlier run would be scored again;
//   - spreadsheets of other formats (.xls, .ods, .xlsb, …) and CSV files
//     that are no phone export — an assessor's form saved the wrong way,
//     whose unit would go missing — are each named in a notice with what
//     they are and the hint they get when named (save as .xlsx); other
//     files (photos, PDFs) are passed over.
//
// score, report and diff read folders through Folder, and the command
// line's check that no output overwrites an input asks it too.

// FolderEntry is one file a folder input gives to read: a workbook or a
// phone export.
type FolderEntry struct {
	Path string
	// Err is set for an entry that cannot be read as a file (a named
	// pipe or device with a workbook's name): it is refused, not read.
	Err *msg.Problem
}

// Folder lists the files that the folder dir gives to read, and
// notices naming the subfolders, results files and other spreadsheets it
// holds, which are not read. err is set when the
// folder cannot be listed.
func Folder(dir string) (files []FolderEntry, skipped msg.Problems, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || isLockFile(name) {
			continue
		}
		p := filepath.Join(dir, name)
		fi, err := os.Stat(p) // through a link, to what it names
		if err != nil {
			r := oserr.Of(err)
			skipped.Add(msg.Problem{File: p, Key: msg.FileUnreadable, Args: []any{r}, Hint: r.ReadHint()})
			continue
		}
		ext := strings.ToLower(filepath.Ext(name))
		switch {
		case fi.IsDir():
			skipped.Add(msg.Problem{Severity: msg.Notice, File: p, Key: msg.IngestSkippedFolder, Hint: msg.HintSkippedFolder})
		case ext == ".json":
			skipped.Add(msg.Problem{Severity: msg.Notice, File: p, Key: msg.IngestSkippedResults, Hint: msg.HintSkippedResults})
		case ext == ".xlsx" || ext == ".xlsm":
			f := FolderEntry{Path: p}
			if !fi.Mode().IsRegular() {
				// A named pipe would block the reader forever; a device
				// is no workbook either.
				np := notRegular(p)
				f.Err = &np
			}
			files = append(files, f)
		case (ext == ".csv" || ext == ".zip") && IsExport(p):
			files = append(files, FolderEntry{Path: p}) // a phone export
		case otherSheets[ext] || ext == ".csv":
			skipped.Add(notRead(p))
		}
	}
	return files, skipped, nil
}

// otherSheets are the extensions of spreadsheets a folder may hold that
// are not read: each is likely a unit's form saved in another format,
// whose absence would otherwise change the region's score unseen.
var otherSheets = map[string]bool{
	".xls": true, ".xlsb": true, ".xltx": true, ".xltm": true, ".ods": true, ".fods": true,
	".numbers": true, ".et": true, ".ett": true,
}

// notRead is the notice of a spreadsheet in a folder that is not read:
// what it is and the hint, as when it is named (sheet.NotWorkbook).
func notRead(path string) msg.Problem {
	p := msg.Problem{Severity: msg.Notice, File: path, Key: msg.IngestFolderNotRead,
		Args: []any{phrase{msg.FileNotWorkbook, nil}}, Hint: msg.HintSaveAsXLSX}
	if why, ok := sheet.NotWorkbook(path); ok {
		p.Args, p.Hint, p.HintArgs = []any{phrase{why.Key, why.Args}}, why.Hint, why.HintArgs
	}
	return p
}

// phrase is a message used as an argument of another, worded in its
// language.
type phrase struct {
	key  msg.Key
	args []any
}

func (p phrase) In(l msg.Lang) string { return msg.T(l, p.key, p.args...) }

// nameList lists names for a message: the first ten, then "…".
func nameList(names []string) string {
	const most = 10
	if len(names) <= most {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:most], ", ") + ", …"
}
