package evidence

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"io"
	"math"
	"math/bits"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/image/draw"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// ThumbSize is the most pixels on the long side of a photo as a report
// card embeds it: a phone form's 1280×960 photo becomes 320×240, about
// 140 dpi over the 58 mm a photo takes on the page (the original files
// are the evidence; the card shows what they are) and 15–30 KB — 20
// photos stay far under 3 MB. Encoding the thumbnail costs in proportion
// to its pixels: at 480 it took a fifth of the decoding.
const ThumbSize = 400

// thumbQuality is the JPEG quality of a card's photos.
const thumbQuality = 75

// Thumb is a photo ready for a card: upright (its EXIF orientation
// applied), at most ThumbSize pixels on its long side, as JPEG.
type Thumb struct {
	JPEG          []byte
	Width, Height int
}

// Photos prepares the photos of a run for its cards: each is read and
// decoded once (by content hash: the same photo of two answers is one),
// oriented, downscaled and encoded, on the goroutine of the card that
// first asks — the cards are made on every core. Prepared photos are kept
// in the cache folder by content hash, so that the next run over the
// same photos decodes none; the cache is never trusted blindly (each
// entry carries its own checksum) and may be off.
type Photos struct {
	folder string // the evidence folder, "" when none
	cache  string // the cache folder, "" when off
	root   *os.Root

	mu    sync.Mutex
	m     map[string]*photoEntry
	probs msg.Problems
}

type photoEntry struct {
	once  sync.Once
	thumb *Thumb
	err   error
}

// CacheDir is where prepared photos are kept: KEPATUHAN_CACHE if set
// ("off" turns the cache off), else the user's cache folder
// (os.UserCacheDir, e.g. %LocalAppData% on Windows, ~/.cache on Linux)
// under kepatuhan/foto; "" when off or there is none.
func CacheDir() string {
	if v := os.Getenv("KEPATUHAN_CACHE"); v != "" {
		if strings.EqualFold(v, "off") {
			return ""
		}
		return filepath.Join(v, "foto")
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "kepatuhan", "foto")
}

// NewPhotos prepares photos of the evidence folder (may be "") with the
// cache folder cache ("" for none).
func NewPhotos(folder, cache string) *Photos {
	p := &Photos{folder: folder, cache: cache, m: map[string]*photoEntry{}}
	if folder != "" {
		if r, err := os.OpenRoot(folder); err == nil {
			p.root = r
		}
	}
	return p
}

// Close releases the evidence folder.
func (p *Photos) Close() error {
	if p.root != nil {
		return p.root.Close()
	}
	return nil
}

// Problems returns what went wrong preparing photos: each a notice at the
// item's place (the photo is still listed as evidence, with its hash).
func (p *Photos) Problems() msg.Problems {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := append(msg.Problems(nil), p.probs...)
	out.Sort()
	return out
}

// Showable reports whether an item is a photo a card may show.
func Showable(it *results.EvidenceItem) bool {
	return it.Status == results.Found && it.Kind == "photo" && it.Problem == "" && it.SHA256 != ""
}

// Thumb returns the item's photo prepared for a card, or false when it
// cannot be shown (then a problem says why, once per photo).
func (p *Photos) Thumb(it *results.EvidenceItem) (*Thumb, bool) {
	if !Showable(it) {
		return nil, false
	}
	p.mu.Lock()
	e := p.m[it.SHA256]
	if e == nil {
		e = &photoEntry{}
		p.m[it.SHA256] = e
	}
	p.mu.Unlock()
	e.once.Do(func() {
		e.thumb, e.err = p.prepare(it)
		if e.err != nil {
			p.mu.Lock()
			p.probs.Add(msg.Problem{Severity: msg.Notice, Key: msg.EvidenceUndecodable, Args: []any{it.Ref},
				Hint: msg.HintEvidenceConvert, File: sourceFile(it.Source), Sheet: sourceSheet(it.Source), Cell: it.Source.Cell()})
			p.mu.Unlock()
		}
	})
	return e.thumb, e.thumb != nil
}

// cacheVersion names the way thumbnails are made: a change of size,
// quality or method is a new version, and old entries are not read.
const cacheVersion = "t2-400-75"

func (p *Photos) cachePath(sum string) string {
	return filepath.Join(p.cache, sum[:2], sum+"-"+cacheVersion+".jpg")
}

// prepare makes the item's thumbnail: from the cache, else from the file.
func (p *Photos) prepare(it *results.EvidenceItem) (*Thumb, error) {
	if p.cache != "" {
		if t := readCached(p.cachePath(it.SHA256)); t != nil {
			return t, nil
		}
	}
	data, err := p.read(it)
	if err != nil {
		return nil, err
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != it.SHA256 {
		return nil, errors.New("the file changed since it was read")
	}
	// Memory is bounded by the pixels being decoded at once: a 50
	// megapixel photo (75 MB decoded) waits for the others to finish.
	in := sniff(data[:min(len(data), headBytes)])
	px := int64(in.Width) * int64(in.Height)
	decoding.acquire(px)
	t, err := MakeThumb(data)
	decoding.release(px)
	if err != nil {
		return nil, err
	}
	if p.cache != "" {
		writeCached(p.cachePath(it.SHA256), t)
	}
	return t, nil
}

// read reads an item's bytes: a part of its workbook or export, or a
// file of the evidence folder.
func (p *Photos) read(it *results.EvidenceItem) ([]byte, error) {
	if it.Embedded {
		zr, err := zip.OpenReader(sourceFile(it.Source))
		if err != nil {
			return nil, err
		}
		defer zr.Close()
		for _, f := range zr.File {
			if strings.EqualFold(f.Name, it.Ref) {
				rc, err := f.Open()
				if err != nil {
					return nil, err
				}
				defer rc.Close()
				return io.ReadAll(io.LimitReader(rc, maxMedia))
			}
		}
		return nil, fs404
	}
	if p.root == nil || it.Path == "" {
		return nil, fs404
	}
	f, err := p.root.Open(filepath.FromSlash(it.Path))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxMedia))
}

var fs404 = errors.New("not found")

// MakeThumb decodes a photo (JPEG, PNG, GIF, WebP) and returns it upright
// and at most ThumbSize pixels on its long side, as JPEG. Its size is
// checked from the header before anything is decoded (MaxPixels).
func MakeThumb(data []byte) (*Thumb, error) {
	in := sniff(data[:min(len(data), headBytes)])
	switch {
	case in.Format == "":
		return nil, errors.New("not an image")
	case in.Problem != "":
		return nil, errors.New(in.Problem)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	var small image.Image
	if y, ok := img.(*image.YCbCr); ok && y.SubsampleRatio == image.YCbCrSubsampleRatio420 {
		small = transformYCbCr(boxYCbCr(y, ThumbSize), in.Orientation)
	} else {
		small = transformRGBA(scaleRGBA(img, ThumbSize), in.Orientation)
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, small, &jpeg.Options{Quality: thumbQuality}); err != nil {
		return nil, err
	}
	b := small.Bounds()
	return &Thumb{JPEG: buf.Bytes(), Width: b.Dx(), Height: b.Dy()}, nil
}

// factor is the box size that brings the long side to at most size.
func factor(w, h, size int) int {
	return max(1, (max(w, h)+size-1)/size)
}

// boxYCbCr downscales a 4:2:0 image by an integer factor, averaging each
// k×k box of every plane: a third of a millisecond for a 1280×960 phone
// photo, next to the 17 ms of decoding it.
func boxYCbCr(src *image.YCbCr, size int) *image.YCbCr {
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	k := factor(w, h, size)
	if k == 1 {
		return src
	}
	ow, oh := (w+k-1)/k, (h+k-1)/k
	dst := image.NewYCbCr(image.Rect(0, 0, ow, oh), image.YCbCrSubsampleRatio420)
	box(dst.Y, dst.YStride, ow, oh, src.Y[src.YOffset(b.Min.X, b.Min.Y):], src.YStride, w, h, k)
	cw, ch := (w+1)/2, (h+1)/2
	dcw, dch := (ow+1)/2, (oh+1)/2
	co := src.COffset(b.Min.X, b.Min.Y)
	box(dst.Cb, dst.CStride, dcw, dch, src.Cb[co:], src.CStride, cw, ch, k)
	box(dst.Cr, dst.CStride, dcw, dch, src.Cr[co:], src.CStride, cw, ch, k)
	return dst
}

// box averages k×k boxes of a plane (sw×sh) into dst (dw×dh), the boxes
// at the edges clipped. Each row is summed k samples at a time into the
// band's box sums (one load and add per sample, in registers); a band's
// sums are divided by a multiplication (a division per pixel cost as much
// as the rest).
func box(dst []uint8, dstride, dw, dh int, src []uint8, sstride, sw, sh, k int) {
	sums := make([]uint32, dw)
	full := sw / k // boxes of k columns
	for oy := 0; oy < dh; oy++ {
		out := dst[oy*dstride : oy*dstride+dw]
		y0, y1 := oy*k, min((oy+1)*k, sh)
		if y0 >= sh {
			copy(out, dst[(oy-1)*dstride:])
			continue
		}
		clear(sums)
		for y := y0; y < y1; y++ {
			row := src[y*sstride : y*sstride+sw]
			addBoxes(sums[:full], row[:full*k], k)
			if full < dw {
				var t uint32
				for _, v := range row[full*k:] {
					t += uint32(v)
				}
				sums[full] += t
			}
		}
		rows := uint32(y1 - y0)
		n := rows * uint32(k)
		inv := math.MaxUint64/uint64(n) + 1 // ⌈2⁶⁴/n⌉: (x·inv)>>64 is ⌊x/n⌋ for every sum here
		for ox, sum := range sums[:full] {
			hi, _ := bits.Mul64(uint64(sum+n/2), inv)
			out[ox] = uint8(hi)
		}
		if full < dw {
			m := rows * uint32(sw-full*k)
			out[full] = uint8((sums[full] + m/2) / m)
		}
	}
}

// addBoxes adds each k samples of row to their box's sum.
func addBoxes(sums []uint32, row []uint8, k int) {
	switch k {
	case 2:
		for i := range sums {
			r := row[2*i : 2*i+2 : 2*i+2]
			sums[i] += uint32(r[0]) + uint32(r[1])
		}
	case 3:
		for i := range sums {
			r := row[3*i : 3*i+3 : 3*i+3]
			sums[i] += uint32(r[0]) + uint32(r[1]) + uint32(r[2])
		}
	case 4:
		for i := range sums {
			r := row[4*i : 4*i+4 : 4*i+4]
			sums[i] += uint32(r[0]) + uint32(r[1]) + uint32(r[2]) + uint32(r[3])
		}
	default:
		for i := range sums {
			var t uint32
			for _, v := range row[k*i : k*i+k] {
				t += uint32(v)
			}
			sums[i] += t
		}
	}
}

// transformYCbCr applies an EXIF orientation (2–8) plane by plane.
func transformYCbCr(src *image.YCbCr, o int) *image.YCbCr {
	if o <= 1 || o > 8 {
		return src
	}
	w, h := src.Rect.Dx(), src.Rect.Dy()
	nw, nh := w, h
	if o >= 5 {
		nw, nh = h, w
	}
	dst := image.NewYCbCr(image.Rect(0, 0, nw, nh), image.YCbCrSubsampleRatio420)
	orient(dst.Y, dst.YStride, src.Y, src.YStride, w, h, o)
	orient(dst.Cb, dst.CStride, src.Cb, src.CStride, (w+1)/2, (h+1)/2, o)
	orient(dst.Cr, dst.CStride, src.Cr, src.CStride, (w+1)/2, (h+1)/2, o)
	return dst
}

// orient copies a w×h plane into dst turned by EXIF orientation o: 2
// mirrored, 3 turned 180°, 4 flipped, 5 transposed, 6 turned 90°
// clockwise, 7 transversed, 8 turned 90° anticlockwise.
func orient(dst []uint8, dstride int, src []uint8, sstride, w, h, o int) {
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var dx, dy int
			switch o {
			case 2:
				dx, dy = w-1-x, y
			case 3:
				dx, dy = w-1-x, h-1-y
			case 4:
				dx, dy = x, h-1-y
			case 5:
				dx, dy = y, x
			case 6:
				dx, dy = h-1-y, x
			case 7:
				dx, dy = h-1-y, w-1-x
			case 8:
				dx, dy = y, w-1-x
			}
			if dy*dstride+dx < len(dst) {
				dst[dy*dstride+dx] = src[y*sstride+x]
			}
		}
	}
}

// scaleRGBA scales any other image (PNG, GIF, WebP, a grey or 4:4:4
// JPEG) with golang.org/x/image/draw's approximate bilinear filter.
func scaleRGBA(src image.Image, size int) *image.RGBA {
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	if m := max(w, h); m > size {
		w, h = max(1, w*size/m), max(1, h*size/m)
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	// A transparent PNG is shown on white, as on paper.
	draw.Draw(dst, dst.Bounds(), image.White, image.Point{}, draw.Src)
	draw.ApproxBiLinear.Scale(dst, dst.Bounds(), src, b, draw.Over, nil)
	return dst
}

func transformRGBA(src *image.RGBA, o int) *image.RGBA {
	if o <= 1 || o > 8 {
		return src
	}
	w, h := src.Rect.Dx(), src.Rect.Dy()
	nw, nh := w, h
	if o >= 5 {
		nw, nh = h, w
	}
	dst := image.NewRGBA(image.Rect(0, 0, nw, nh))
	for c := range 4 {
		plane := make([]uint8, w*h)
		for i := range plane {
			plane[i] = src.Pix[(i/w)*src.Stride+(i%w)*4+c]
		}
		out := make([]uint8, nw*nh)
		orient(out, nw, plane, w, w, h, o)
		for i, v := range out {
			dst.Pix[(i/nw)*dst.Stride+(i%nw)*4+c] = v
		}
	}
	return dst
}

// A cache entry: "KPT1", the SHA-256 of what follows, the width and
// height as 4-digit hex each, then the JPEG. Anything else — cut short,
// edited, another version — is not read.
func readCached(path string) *Thumb {
	b, err := os.ReadFile(path)
	if err != nil || len(b) < 4+32+8 || string(b[:4]) != "KPT1" {
		return nil
	}
	body := b[36:]
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:], b[4:36]) {
		return nil
	}
	var w, h int
	if _, err := fmt.Sscanf(string(body[:8]), "%04x%04x", &w, &h); err != nil {
		return nil
	}
	return &Thumb{JPEG: body[8:], Width: w, Height: h}
}

// writeCached stores a thumbnail, whole or not at all (a temporary file
// renamed into place); a failure only means no cache.
func writeCached(path string, t *Thumb) {
	body := append([]byte(fmt.Sprintf("%04x%04x", t.Width, t.Height)), t.JPEG...)
	sum := sha256.Sum256(body)
	data := append(append([]byte("KPT1"), sum[:]...), body...)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), path) != nil {
		os.Remove(tmp.Name())
	}
}

// DecodeBudget is how many pixels are decoded at once, all photos
// together: MaxPixels, so that the largest photo accepted decodes alone
// and a district of phone photos decodes on every core.
const DecodeBudget = MaxPixels

// decoding bounds the pixels being decoded in the process.
var decoding = newBudget(DecodeBudget)

// budget is a weighted semaphore: acquire(n) waits until n fits.
type budget struct {
	mu   sync.Mutex
	cond *sync.Cond
	free int64
	max  int64
}

func newBudget(n int64) *budget {
	b := &budget{free: n, max: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire takes n (at most the whole budget) when it is free.
func (b *budget) acquire(n int64) {
	n = min(n, b.max)
	b.mu.Lock()
	for b.free < n {
		b.cond.Wait()
	}
	b.free -= n
	b.mu.Unlock()
}

func (b *budget) release(n int64) {
	n = min(n, b.max)
	b.mu.Lock()
	b.free += n
	b.mu.Unlock()
	b.cond.Broadcast()
}
