// Package stamp says what every output file is stamped with: the tool's
// name and version, and the time. The time comes from SOURCE_DATE_EPOCH
// when it is set (reproducible builds' convention); otherwise it is a
// fixed instant, so that the same inputs always give byte-identical files.
package stamp

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// Version is the tool's version; releases set it with
// -ldflags "-X github.com/kepatuhan/kepatuhan/pkg/stamp.Version=1.2.3".
var Version = "0.1.0"

// Tool is the name and version written into outputs: "kepatuhan 0.1.0".
func Tool() string { return "kepatuhan " + Version }

// Fixed is the time used when SOURCE_DATE_EPOCH is not set.
var Fixed = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Time returns the time outputs carry, and whether it came from
// SOURCE_DATE_EPOCH (a real, user-chosen time that may be shown) rather
// than the fixed default (which should not be shown as a date).
func Time() (t time.Time, set bool) {
	if s := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH")); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= 0 {
			return time.Unix(n, 0).UTC(), true
		}
	}
	return Fixed, false
}

// DocTime is Time as a document's properties carry it (W3CDTF, UTC):
// "2000-01-01T00:00:00Z".
func DocTime() string {
	t, _ := Time()
	return t.UTC().Format("2006-01-02T15:04:05Z")
}
