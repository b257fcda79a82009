package evidence

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"image"
	_ "image/gif" // formats a photo may come in
	_ "image/jpeg"
	_ "image/png"
	"io"

	_ "golang.org/x/image/webp" // Android phones and WhatsApp save WebP

	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// MaxPixels is the most pixels a photo may have to be decoded: 64
// megapixels, above every phone's usual mode (12–50 MP); a 200 MP shot
// is listed and hashed but not shown. Sizes are read from the file's
// header, before anything is decoded.
const MaxPixels = 64_000_000

// headBytes is how much of a file is kept to read its format and size:
// a JPEG's EXIF block comes before its frame header and may be 64 KB.
const headBytes = 256 << 10

// Info is what reading a file once tells: its hash and size, its format
// and, for an image, its size as shown and its EXIF orientation.
type Info struct {
	SHA256        string
	Size          int64
	Format        string // "jpeg", "png", "gif", "webp", "heic", "tiff", "bmp"; "" for no image
	Width, Height int    // as shown (after the orientation)
	Orientation   int    // EXIF orientation 1–8 (1 when none)
	Problem       string // results.Problem…: no decoder, too large, a header that does not read
}

// Kind is the evidence kind of a file that was read: a photo when it
// holds an image, a document otherwise.
func (in Info) Kind() rubric.EvidenceKind {
	if in.Format != "" {
		return rubric.Photo
	}
	return rubric.Document
}

// Inspect reads r to its end: its SHA-256 and size, and from its first
// bytes what image it holds.
func Inspect(r io.Reader) (Info, error) {
	h := sha256.New()
	head := make([]byte, headBytes)
	n, err := io.ReadFull(r, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return Info{}, err
	}
	head = head[:n]
	h.Write(head)
	rest, err := io.Copy(h, r)
	if err != nil {
		return Info{}, err
	}
	in := sniff(head)
	in.SHA256, in.Size = hex.EncodeToString(h.Sum(nil)), int64(n)+rest
	return in, nil
}

// sniff reads an image's format, size and orientation from its first
// bytes.
func sniff(head []byte) Info {
	in := Info{Orientation: 1}
	switch {
	case len(head) >= 12 && string(head[4:8]) == "ftyp" && isHEIF(string(head[8:12])):
		in.Format, in.Problem = "heic", results.ProblemHEIC
		return in
	case bytes.HasPrefix(head, []byte("II*\x00")) || bytes.HasPrefix(head, []byte("MM\x00*")):
		in.Format, in.Problem = "tiff", results.ProblemFormat
		return in
	case bytes.HasPrefix(head, []byte("BM")) && len(head) > 26 && binary.LittleEndian.Uint32(head[2:]) > 26:
		in.Format, in.Problem = "bmp", results.ProblemFormat
		return in
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(head))
	if err != nil {
		if f := looksLike(head); f != "" {
			in.Format, in.Problem = f, results.ProblemUndecodable
		}
		return in
	}
	in.Format, in.Width, in.Height = format, cfg.Width, cfg.Height
	if format == "jpeg" {
		in.Orientation = orientation(head)
		if in.Orientation >= 5 {
			in.Width, in.Height = in.Height, in.Width
		}
	}
	if int64(in.Width)*int64(in.Height) > MaxPixels {
		in.Problem = results.ProblemTooLarge
	}
	return in
}

func isHEIF(brand string) bool {
	switch brand {
	case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis":
		return true
	}
	return false
}

// looksLike names an image format by its magic bytes alone.
func looksLike(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte("\xff\xd8\xff")):
		return "jpeg"
	case bytes.HasPrefix(head, []byte("\x89PNG")):
		return "png"
	case bytes.HasPrefix(head, []byte("GIF8")):
		return "gif"
	case len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		return "webp"
	}
	return ""
}

// orientation reads the EXIF orientation tag (0x0112) of a JPEG: 1
// (upright) when there is none or it does not read. Only the APP1 Exif
// segment's first IFD is looked at; nothing else of EXIF is needed.
func orientation(b []byte) int {
	i := 2
	for i+4 <= len(b) && b[i] == 0xFF {
		marker := b[i+1]
		size := int(binary.BigEndian.Uint16(b[i+2:]))
		if marker == 0xDA || marker == 0xD9 || size < 2 {
			break
		}
		seg := b[i+4 : min(len(b), i+2+size)]
		if marker == 0xE1 && len(seg) > 14 && string(seg[:6]) == "Exif\x00\x00" {
			return tiffOrientation(seg[6:])
		}
		i += 2 + size
	}
	return 1
}

func tiffOrientation(t []byte) int {
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	off := int(bo.Uint32(t[4:]))
	if off < 8 || off+2 > len(t) {
		return 1
	}
	n := int(bo.Uint16(t[off:]))
	for k := range n {
		e := off + 2 + 12*k
		if e+12 > len(t) {
			break
		}
		if bo.Uint16(t[e:]) == 0x0112 {
			if v := int(bo.Uint16(t[e+8:])); v >= 1 && v <= 8 {
				return v
			}
			return 1
		}
	}
	return 1
}
