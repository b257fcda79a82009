package workbook

import (
	"bytes"
	"crypto/sha256"
	"strings"

	"github.com/xuri/excelize/v2"
)

// picturesExcelize reads the pictures through excelize (GetPictureCells,
// GetPictures), for the files the fast engine cannot read. excelize gives
// a picture's bytes but not its part: the part is found by content among
// the package's media.
func picturesExcelize(path string, lim Limits) ([]Picture, error) {
	bk, err := openExcelize(path, lim)
	if err != nil {
		return nil, err
	}
	b := bk.(*excelizeBook)
	defer b.Close()
	parts := map[[32]byte]string{}
	for name := range b.c.parts {
		if strings.Contains(name, "/media/") {
			if data, err := b.c.readSmall(name, maxPictures); err == nil {
				sum := sha256.Sum256(data)
				if prev, ok := parts[sum]; !ok || name < prev {
					parts[sum] = name
				}
			}
		}
	}
	var out []Picture
	err = catch(path, func() error {
		for _, sh := range b.sheets {
			cells, err := b.f.GetPictureCells(sh.Name)
			if err != nil {
				return err
			}
			seen := map[string]bool{}
			for _, cell := range cells {
				if seen[cell] {
					continue
				}
				seen[cell] = true
				col, row, err := excelize.CellNameToCoordinates(cell)
				if err != nil {
					return err
				}
				pics, err := b.f.GetPictures(sh.Name, cell)
				if err != nil {
					return err
				}
				for _, p := range pics {
					part := parts[sha256.Sum256(p.File)]
					out = append(out, Picture{Sheet: sh.Name, Row: row, Col: col, Part: part,
						InCell: p.InsertType != excelize.PictureInsertTypePlaceOverCells, Data: bytes.Clone(p.File)})
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, excelizeErr(path, err)
	}
	if b.st != nil {
		sortPictures(out, b.st)
	}
	return out, nil
}
