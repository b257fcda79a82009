// Package evidence turns what an assessor gave as evidence (bukti dukung)
// into the results model's evidence items: the references written in an
// answer's evidence cell (file names, relative paths, URLs), the pictures
// placed in the workbook, the media of a phone export, and the files of
// the evidence folder (score --bukti DIR) named after a unit and an
// indicator. It resolves file references inside that folder only (never
// outside it: an os.Root), in any case and either Unicode normal form,
// hashes what it finds, and reads each image's format and size from its
// header. photo.go prepares photos for the report cards: decoded once,
// on every core, oriented by EXIF, downscaled, cached by content hash.
//
// Which items an answer needs and what it counts for without them is a
// scoring rule: package score.
package evidence

import (
	"path"
	"strings"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// Refs splits an evidence cell into its references: separated by ";" or
// new lines, trimmed, empty ones dropped.
func Refs(cell string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(cell, func(r rune) bool { return r == ';' || r == '\n' || r == '\r' }) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// IsURL reports whether a reference is a link.
func IsURL(ref string) bool {
	l := strings.ToLower(ref)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.")
}

var photoExt = map[string]bool{".jpg": true, ".jpeg": true, ".jpe": true, ".png": true, ".gif": true, ".webp": true,
	".heic": true, ".heif": true, ".avif": true, ".bmp": true, ".tif": true, ".tiff": true}

// KindOf is the kind a reference names: a link, a photo (an image file
// name) or a document (any other file).
func KindOf(ref string) rubric.EvidenceKind {
	switch {
	case IsURL(ref):
		return rubric.Link
	case photoExt[strings.ToLower(path.Ext(strings.ReplaceAll(ref, `\`, "/")))]:
		return rubric.Photo
	}
	return rubric.Document
}
