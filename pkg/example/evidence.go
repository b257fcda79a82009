package example

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/fixture"
	"github.com/kepatuhan/kepatuhan/pkg/xlsxzip"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The example's evidence (bukti dukung): each year has a folder
// bukti-YEAR/ laid out as score --bukti expects — a folder per unit with
// the photos and documents its Bukti cells name, and a few files named
// UNIT_INDICATOR… at the top — all small and made here by code. Most
// answers met have their photo; some have none (the card flags them);
// one names a document that is not there and one an iPhone HEIC photo
// (notices); the photo of one is turned by its EXIF orientation; a
// workbook picture sits over one answer row and another is placed in a
// Bukti cell. From 2023 to 2024 most photos and every document are the
// same file, a few photos were retaken, and some went missing.

// EvidenceDir names the example's evidence folder for a year.
func EvidenceDir(year int) string { return fmt.Sprintf("bukti-%d", year) }

// evidenceFile is one file of the evidence folder.
type evidenceFile struct {
	rel  string
	data []byte
}

// evidenceOf decides an answer's evidence: what its Bukti cell says and
// the files the folder gets. Only answers met have evidence.
func evidenceOf(y Year, u Unit, ind *rubric.Indicator) (cell string, files []evidenceFile) {
	code := ind.Code
	unit := strings.ToLower(u.Code)
	d := draw(y.Year, u.Code, code+"/evidence")
	if d >= 0.7 {
		return "", nil // no evidence: flagged on the card
	}
	// The photo: the same picture as last year where the unit did not
	// retake it (a 2023 photo drawn again below 0.5).
	shotYear := y.Year
	if y.Year > Years[0].Year && draw(y.Year, u.Code, code+"/retake") >= 0.15 {
		shotYear = Years[0].Year
	}
	name := fmt.Sprintf("foto-%s.jpg", strings.ToLower(code))
	orientation := 0
	if u.Code == "DINKES" && code == "SP-01" {
		orientation = 6 // taken holding the phone sideways
	}
	photo := boardPhoto(shotYear, u.Code, code, orientation)
	var refs []string
	photoDone := false
	for _, it := range ind.EvidenceItems() {
		switch it.Kind {
		case rubric.Photo:
			if !photoDone {
				photoDone = true
				refs = append(refs, name)
				files = append(files, evidenceFile{u.Code + "/" + name, photo})
			}
		case rubric.Document:
			doc := fmt.Sprintf("%s-%s.pdf", strings.ToLower(code), unit)
			switch {
			case !it.Required && d < 0.15:
				refs = append(refs, "naskah-"+doc) // not in the folder: a notice
			case it.Required && d < 0.55: // above, only the photo: half the evidence
				refs = append(refs, doc)
				files = append(files, evidenceFile{u.Code + "/" + doc, document(Years[0].Year, u.Code, it.Description.ID)})
			}
		case rubric.Link:
			refs = append(refs, fmt.Sprintf("https://%s.contohkab.go.id/layanan", unit))
		}
	}
	if len(refs) == 0 {
		refs = append(refs, name)
		files = append(files, evidenceFile{u.Code + "/" + name, photo})
	}
	return strings.Join(refs, "; "), files
}

// extraEvidence are the files the layout finds without a Bukti cell, and
// the odd ones: a photo named after its unit and indicator at the top of
// the folder, and an iPhone photo the card cannot show.
func extraEvidence(y Year) (cells map[[2]string]string, files []evidenceFile) {
	cells = map[[2]string]string{}
	if y.Year != Years[len(Years)-1].Year {
		return cells, nil
	}
	files = append(files,
		evidenceFile{"DPMPTSP_BK-01_ramp.jpg", boardPhoto(y.Year, "DPMPTSP", "BK-01", 0)},
		evidenceFile{"KEC-SUKAMAJU/IMG_0412.HEIC", heic()})
	cells[[2]string{"KEC-SUKAMAJU", "SR-01"}] = "IMG_0412.HEIC"
	return cells, files
}

// heic is the start of an iPhone HEIC photo: enough for its format to be
// known (and no pure-Go decoder to show it).
func heic() []byte {
	b := []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic")
	return append(b, bytes.Repeat([]byte{0}, 200)...)
}

// boardPhoto is a small photo of a notice on a wall: a wall in a colour
// of the unit, a white board with lines of "text", the indicator's own
// pattern, and noise, as a phone camera gives.
func boardPhoto(year int, unit, code string, orientation int) []byte {
	const w, h = 240, 180
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	wall := color.RGBA{uint8(120 + 100*draw(0, unit, "r")), uint8(120 + 100*draw(0, unit, "g")), uint8(110 + 90*draw(0, unit, "b")), 255}
	seed := uint32(draw(year, unit, code+"/px")*1e9) | 1
	noise := func() int {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		return int(seed%7) - 3
	}
	clamp := func(v int) uint8 { return uint8(max(0, min(255, v))) }
	bx, by := 30+int(30*draw(year, unit, code+"/bx")), 20+int(20*draw(year, unit, code+"/by"))
	bw, bh := 150, 120
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := wall
			shade := (y * 40) / h
			c.R, c.G, c.B = clamp(int(c.R)-shade), clamp(int(c.G)-shade), clamp(int(c.B)-shade)
			if x >= bx && x < bx+bw && y >= by && y < by+bh {
				c = color.RGBA{245, 245, 240, 255}
				if x < bx+3 || x >= bx+bw-3 || y < by+3 || y >= by+bh-3 {
					c = color.RGBA{60, 70, 90, 255}
				}
				// The title bar and lines of text.
				ly := y - by - 10
				if ly >= 0 && ly < 12 && x > bx+10 && x < bx+bw-10 {
					c = color.RGBA{40, 80, 140, 255}
				}
				if ly >= 20 && (ly-20)%12 < 4 {
					n := (ly - 20) / 12
					end := bx + 14 + int(float64(bw-28)*(0.5+0.5*draw(year, unit, fmt.Sprintf("%s/l%d", code, n))))
					if x > bx+14 && x < end && y < by+bh-10 {
						c = color.RGBA{50, 50, 55, 255}
					}
				}
			}
			n := noise()
			img.Pix[y*img.Stride+x*4] = clamp(int(c.R) + n)
			img.Pix[y*img.Stride+x*4+1] = clamp(int(c.G) + n)
			img.Pix[y*img.Stride+x*4+2] = clamp(int(c.B) + n)
			img.Pix[y*img.Stride+x*4+3] = 255
		}
	}
	src := image.Image(img)
	if orientation == 6 {
		// Stored as the sensor saw it (turned 90° anticlockwise); EXIF
		// orientation 6 tells viewers to turn it back.
		r := image.NewRGBA(image.Rect(0, 0, h, w))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				copy(r.Pix[(w-1-x)*r.Stride+y*4:][:4], img.Pix[y*img.Stride+x*4:][:4])
			}
		}
		src = r
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, src, &jpeg.Options{Quality: 70}); err != nil {
		panic(err)
	}
	if orientation > 1 {
		return fixture.WithOrientation(buf.Bytes(), orientation)
	}
	return buf.Bytes()
}

// document is a one-page PDF naming what it stands for: the smallest
// valid file (the standard Helvetica font, nothing embedded).
func document(year int, unit, what string) []byte {
	text := fmt.Sprintf("%s - %s - %d (contoh)", asciiOnly(what), unit, year)
	content := fmt.Sprintf("BT /F1 14 Tf 60 760 Td (%s) Tj ET", strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(text))
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func asciiOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7E {
			return '-'
		}
		return r
	}, s)
}

// writeEvidence writes the year's evidence folder, replacing the one
// there (files of an older generator are not left behind).
func writeEvidence(dir string, y Year, files []evidenceFile) error {
	root := filepath.Join(dir, EvidenceDir(y.Year))
	if err := os.RemoveAll(root); err != nil {
		return err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].rel < files[j].rel })
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f.rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := atomicfile.WriteBytes(p, f.data); err != nil {
			return err
		}
	}
	return nil
}

// yearEvidence gathers a year's evidence while the forms are filled.
type yearEvidence struct {
	cells map[[2]string]string // unit, indicator → a Bukti cell set apart
	files []evidenceFile
	// Answers met without evidence, by unit: where the workbook's own
	// pictures go (the first of DINSOS gets a picture over its Bukti
	// cell, the first of DINKES one placed in it).
	over, in *bareCell
}

type bareCell struct {
	sheet, cell string
}

func (ev *yearEvidence) bare(sheet, unit, code string, col, row int) {
	cell, err := excelizeCell(col+1, row)
	if err != nil || col < 0 {
		return
	}
	switch {
	case unit == "DINSOS" && ev.over == nil:
		ev.over = &bareCell{sheet, cell}
	case unit == "DINKES" && ev.in == nil:
		ev.in = &bareCell{sheet, cell}
		ev.cells[[2]string{unit, code}] = "#VALUE!" // Place in Cell stores the error value
	}
}

// pictures places the workbook's pictures and returns its bytes.
func (ev *yearEvidence) pictures(f *excelize.File) ([]byte, error) {
	if ev.over != nil {
		pic := &excelize.Picture{Extension: ".jpg", File: boardPhoto(0, "DINSOS", "picture", 0),
			Format: &excelize.GraphicOptions{ScaleX: 0.25, ScaleY: 0.25, AltText: "foto bukti"}}
		if err := f.AddPictureFromBytes(ev.over.sheet, ev.over.cell, pic); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if ev.in != nil {
		var err error
		data, err = fixture.PlaceInCell(data, ev.in.sheet, map[string][]byte{ev.in.cell: boardPhoto(0, "DINKES", "in-cell", 0)})
		if err != nil {
			return nil, err
		}
	}
	// excelize lists the image content types in map order.
	var out bytes.Buffer
	if err := xlsxzip.Canonical(data, &out, nil); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func excelizeCell(col, row int) (string, error) { return excelize.CoordinatesToCellName(col, row) }
