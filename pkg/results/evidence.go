package results

import "github.com/kepatuhan/kepatuhan/rubric"

// Evidence (bukti dukung) in the results model: what proves each answer.
// Readers record the references an assessor wrote and the pictures placed
// in the workbook; package evidence resolves them against the evidence
// folder; package score decides what they fill (the rubric's items) and
// what an answer without them counts for.

// EvidenceStatus says whether an evidence item was found.
type EvidenceStatus uint8

// Evidence statuses.
const (
	// Unchecked: a file reference, and no evidence folder to look in.
	Unchecked EvidenceStatus = iota
	// Found: the file is in the evidence folder, or the picture in the
	// workbook (or the export's zip).
	Found
	// Absent: looked for in the evidence folder and not found (or refused:
	// see the item's Problem).
	Absent
	// Linked: a URL, which is not fetched (the tool works offline).
	Linked
)

var evidenceStatusNames = [...]string{"unchecked", "found", "missing", "link"}

func (s EvidenceStatus) String() string { return evidenceStatusNames[s] }

// ParseEvidenceStatus is the inverse of String.
func ParseEvidenceStatus(s string) (EvidenceStatus, bool) {
	for i, n := range evidenceStatusNames {
		if n == s {
			return EvidenceStatus(i), true
		}
	}
	return 0, false
}

// Present reports whether the item counts as evidence given: found, a
// link, or a reference that could not be checked.
func (s EvidenceStatus) Present() bool { return s != Absent }

// Evidence problems: why an item cannot be used, or shown, as it is.
const (
	ProblemOutside     = "outside"     // the reference leads outside the evidence folder: not read
	ProblemAmbiguous   = "ambiguous"   // several files answer to the name
	ProblemUnreadable  = "unreadable"  // the file could not be read
	ProblemNotImage    = "not_image"   // named as a photo, but not an image
	ProblemHEIC        = "heic"        // an iPhone HEIC/HEIF photo: no decoder here
	ProblemUndecodable = "undecodable" // an image that does not decode (truncated, damaged)
	ProblemTooLarge    = "too_large"   // an image of more pixels than are decoded
	ProblemFormat      = "format"      // an image format not shown (TIFF, BMP)
)

// EvidenceItem is one piece of evidence of one answer.
type EvidenceItem struct {
	Kind rubric.EvidenceKind // photo, document or link: what it is
	// Ref is the reference as written (a file name, a relative path, a
	// URL); for a picture in the workbook or a file in an export's zip,
	// its part there ("xl/media/image1.png", "media/1700.jpg").
	Ref string
	// Path is the file found, relative to the evidence folder, with
	// forward slashes; "" when none.
	Path     string
	Embedded bool // Ref is a part of Source's file (a picture in the workbook, media in a zip)
	SHA256   string
	Size     int64
	Status   EvidenceStatus
	Problem  string // one of the Problem constants, "" when none
	Source   Place  // where it was read: the evidence cell, the picture's cell
	// Width and Height of a photo as shown (after its EXIF orientation);
	// 0 when unknown.
	Width, Height int
	// Slot is the rubric item it fills (1-based, in the indicator's
	// evidence list); 0 when it fills none.
	Slot int
}

// EvidenceFlag says what became of an answer given without its required
// evidence.
type EvidenceFlag uint8

// Evidence flags.
const (
	NoFlag   EvidenceFlag = iota
	Without               // answered without the required evidence; scored as answered (rule warn)
	Unproven              // answered without it; scored as not met (rule unproven: "tidak terbukti")
)

var evidenceFlagNames = [...]string{"", "without_evidence", "unproven"}

func (f EvidenceFlag) String() string { return evidenceFlagNames[f] }

// ParseEvidenceFlag is the inverse of String.
func ParseEvidenceFlag(s string) (EvidenceFlag, bool) {
	for i, n := range evidenceFlagNames {
		if n == s {
			return EvidenceFlag(i), true
		}
	}
	return 0, false
}

// Proof is one answer's evidence: the items given, and what scoring made
// of them against the rubric's list.
type Proof struct {
	Items []EvidenceItem
	// Required is how many required rubric items the answer needs (0 for
	// an answer that earns nothing), Present how many of them are filled.
	Required, Present int
	Flag              EvidenceFlag
}

// EvidenceCounts sums a unit's required evidence items and those present.
func (u *Unit) EvidenceCounts() (required, present int) {
	for i := range u.Indicators {
		if p := u.Indicators[i].Proof(); p != nil {
			required += p.Required
			present += p.Present
		}
	}
	return required, present
}

// EvidenceFlag returns the indicator's evidence flag, NoFlag if none.
func (ir *IndicatorResult) EvidenceFlag() EvidenceFlag {
	if ir.Proof() == nil {
		return NoFlag
	}
	return ir.Proof().Flag
}
