package correction

import (
	"strings"
	"unicode"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/score"
	"github.com/kepatuhan/kepatuhan/pkg/sheet"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
)

// The columns of a corrections workbook.
const (
	cUnit = iota
	cIndicator
	cAnswer
	cReason
	cBy
	cDate
	cRef
	nCols
)

// colNames name the columns in messages.
var colNames = [nCols]string{"Kode Unit", "Kode Indikator", "Jawaban Baru", "Alasan", "Oleh", "Tanggal", "Rujukan"}

// labels are the header labels each column accepts, compared after fold.
var labels = map[string]int{}

func init() {
	for col, names := range [nCols][]string{
		cUnit:      {"Kode Unit", "Unit", "Unit Code"},
		cIndicator: {"Kode Indikator", "Indikator", "Indicator", "Indicator Code"},
		cAnswer:    {"Jawaban Baru", "Jawaban Koreksi", "Jawaban Setelah Koreksi", "Koreksi", "Jawaban", "New Answer", "Corrected Answer", "Answer"},
		cReason:    {"Alasan", "Alasan Koreksi", "Keterangan", "Reason"},
		cBy:        {"Oleh", "Dikoreksi Oleh", "Diputuskan Oleh", "Pemutus", "By", "Corrected By", "Decided By"},
		cDate:      {"Tanggal", "Tanggal Koreksi", "Date"},
		cRef:       {"Rujukan", "Nomor Surat", "No Surat", "Referensi", "Reference", "Letter Number", "Ref"},
	} {
		for _, n := range names {
			labels[fold(n)] = col
		}
	}
}

// fold compares labels ignoring case, spaces and punctuation.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// readBook reads a corrections workbook.
func readBook(path string) ([]Entry, error) {
	book, err := workbook.Open(path, workbook.Options{})
	if err != nil {
		return nil, msg.Problems{sheet.OpenProblem(path, err)}
	}
	defer book.Close()
	var (
		out   []Entry
		probs msg.Problems
	)
	for _, sh := range book.Sheets() {
		if !sh.Visible {
			continue
		}
		var cols [nCols]int
		header := false
		err := book.Rows(sh.Name, func(row int, cells []workbook.Cell) error {
			if !header {
				var found [nCols]int
				for _, c := range cells {
					if col, ok := labels[fold(c.Value)]; ok && c.Kind == workbook.String && found[col] == 0 {
						found[col] = c.Col
					}
				}
				if found[cUnit] > 0 && found[cIndicator] > 0 && found[cAnswer] > 0 {
					header, cols = true, found
					for _, need := range []int{cReason, cBy, cDate} {
						if cols[need] == 0 {
							probs.Add(msg.Problem{File: path, Sheet: sh.Name, Cell: results.Place{Row: int32(row), Col: 1}.Cell(),
								Key: msg.CorrectionNoColumn, Args: []any{colNames[need]}, Hint: msg.HintCorrectionColumns})
						}
					}
				}
				return nil
			}
			e := Entry{at: msg.Problem{File: path, Sheet: sh.Name, Cell: results.Place{Row: int32(row), Col: int32(cols[cUnit])}.Cell()}}
			get := func(col int) string {
				for _, c := range cells {
					if c.Col == cols[col] && cols[col] > 0 {
						if c.Kind == workbook.NoCache || c.Kind == workbook.Error {
							return ""
						}
						if col == cDate && c.Kind != workbook.String {
							if d, ok := sheet.ParseDate(c.Value, book.Date1904()); ok {
								return d
							}
						}
						return score.Trim(c.Value)
					}
				}
				return ""
			}
			e.Unit, e.Indicator, e.Answer = get(cUnit), get(cIndicator), get(cAnswer)
			e.Reason, e.By, e.Date, e.Ref = get(cReason), get(cBy), get(cDate), get(cRef)
			if e.Unit == "" && e.Indicator == "" && e.Answer == "" {
				return nil // a blank row
			}
			bad := false
			vals := [nCols]string{e.Unit, e.Indicator, e.Answer, e.Reason, e.By, e.Date, e.Ref}
			for col := cUnit; col <= cDate; col++ {
				if vals[col] == "" && cols[col] > 0 {
					p := e.problem(msg.CorrectionEmptyCell, colNames[col])
					p.Cell = results.Place{Row: int32(row), Col: int32(cols[col])}.Cell()
					probs.Add(p)
					bad = true
				}
			}
			if !bad {
				out = append(out, e)
			}
			return nil
		})
		if err != nil {
			return nil, msg.Problems{sheet.OpenProblem(path, err)}
		}
		if header {
			break
		}
	}
	if probs.HasErrors() {
		return nil, probs
	}
	if len(out) == 0 {
		return nil, msg.Problems{{File: path, Key: msg.CorrectionNone, Hint: msg.HintCorrectionColumns}}
	}
	return out, nil
}
