package cli

import "github.com/kepatuhan/kepatuhan/pkg/evidence"

// cardPhotos prepares the evidence photos of a run's cards: from the
// evidence folder (--bukti) and the workbooks, cached in the user's cache
// folder unless KEPATUHAN_CACHE=off.
func cardPhotos(o scoreOptions) *evidence.Photos {
	return evidence.NewPhotos(o.Bukti, evidence.CacheDir())
}
