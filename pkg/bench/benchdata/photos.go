package benchdata

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/form"
)

// PhotosPerUnit is how many evidence photos each unit of PhotoDistrict
// has.
const PhotosPerUnit = 10

// PhotoSize is a phone photo as the phone form takes it (max-pixels
// 1280): 1280×960, JPEG quality 85, with a photo's noise (about 340 KB;
// image/jpeg decodes one in about 25 ms on the 2-CPU machine).
const PhotoW, PhotoH = 1280, 960

// PhotoDistrict returns a folder holding a district year of DistrictSize
// units with their evidence: workbooks/ (one filled form per unit, as
// District's, every unit complete, and the first PhotosPerUnit answers
// met of each naming a photo) and bukti/UNIT/ (those photos, each a
// different picture; one in ten turned by its EXIF orientation, as a
// phone held sideways writes it). Generated once and cached.
func PhotoDistrict() (string, error) {
	path := filepath.Join(Dir(), fmt.Sprintf("photo-district-%s-%d", Version, DistrictSize))
	return cached(path, writePhotoDistrict)
}

func writePhotoDistrict(dir string) error {
	r := Rubric60()
	books, bukti := filepath.Join(dir, "workbooks"), filepath.Join(dir, "bukti")
	for _, d := range []string{dir, books, bukti} {
		if err := os.Mkdir(d, 0o755); err != nil {
			return err
		}
	}
	seed := 0
	for i := range DistrictSize {
		u := DistrictUnit(i)
		var blankForm bytes.Buffer
		if err := form.Write(&blankForm, r, []form.Unit{u}, form.Options{}); err != nil {
			return err
		}
		f, err := excelize.OpenReader(&blankForm)
		if err != nil {
			return err
		}
		unitDir := filepath.Join(bukti, u.Code)
		if err := os.Mkdir(unitDir, 0o755); err != nil {
			return err
		}
		var werr error
		err = fill(f, r, u, i, func(code string) {
			seed++
			orientation := 0
			if seed%10 == 0 {
				orientation = 6
			}
			name := fmt.Sprintf("foto-%s.jpg", strings.ToLower(code))
			if err := os.WriteFile(filepath.Join(unitDir, name), fixture.Photo(PhotoW, PhotoH, seed, orientation), 0o644); err != nil && werr == nil {
				werr = err
			}
		})
		if err == nil {
			err = werr
		}
		if err == nil {
			err = writeFile(filepath.Join(books, DistrictFile(i)), f)
		}
		f.Close()
		if err != nil {
			return fmt.Errorf("unit %d: %w", i+1, err)
		}
	}
	return nil
}
