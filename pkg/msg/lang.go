// Package msg holds every message kepatuhan shows a person, in Bahasa
// Indonesia and English, and the Problem type that packages use to report
// located input errors without deciding how they are worded.
//
// The messages live in catalog*.go, one file per area (catalog.go holds
// the reader's, the scoring run's and the command line's; catalog_card.go
// the report cards' labels, and so on). Other packages refer to them by
// Key and never word user-facing text themselves; a test checks that
// every message has both languages with the same arguments.
package msg

import (
	"fmt"
	"strings"
)

// Lang is a language for messages and reports.
type Lang string

// The supported languages. Indonesian is the default.
const (
	ID Lang = "id"
	EN Lang = "en"
)

// ParseLang accepts "id" or "en" (any case); ok is false otherwise.
func ParseLang(s string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "id", "":
		return ID, true
	case "en":
		return EN, true
	}
	return ID, false
}

// DocTag is the language tag written into a document's properties:
// "id-ID" for Indonesian, "en" for English.
func (l Lang) DocTag() string {
	if l == EN {
		return "en"
	}
	return "id-ID"
}

// Key names a message in the catalog.
type Key string

type entry struct{ id, en string }

// T renders the message key in lang with args. A missing key renders as
// the key itself so that a gap shows up in tests instead of panicking.
func T(lang Lang, key Key, args ...any) string {
	e, ok := catalog[key]
	if !ok {
		if len(args) == 0 {
			return string(key)
		}
		return fmt.Sprintf("%s %v", key, args)
	}
	f := e.id
	if lang == EN {
		f = e.en
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, phrases(lang, args)...)
}

// Has reports whether key is in the catalog.
func Has(key Key) bool {
	_, ok := catalog[key]
	return ok
}

// Keys returns every key in the catalog (for tests).
func Keys() []Key {
	ks := make([]Key, 0, len(catalog))
	for k := range catalog {
		ks = append(ks, k)
	}
	return ks
}

// Pair returns the Indonesian and English templates of key (for tests).
func Pair(key Key) (id, en string) {
	e := catalog[key]
	return e.id, e.en
}
