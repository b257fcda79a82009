package results

import (
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// The words a document uses for an evidence item — its kind, its state,
// what went wrong with it, where a picture in a workbook sits — so that
// the card and the results workbook say the same ("ada", "tidak ada",
// "HEIC, tidak ditampilkan"), never the results JSON's words.

// KindWord is the kind's word; false for a kind this version does not know.
func KindWord(k rubric.EvidenceKind) (msg.Key, bool) {
	switch k {
	case rubric.Photo:
		return msg.CardEvPhoto, true
	case rubric.Document:
		return msg.CardEvDocument, true
	case rubric.Link:
		return msg.CardEvLink, true
	}
	return "", false
}

// Word is the state's word.
func (s EvidenceStatus) Word() msg.Key {
	switch s {
	case Found:
		return msg.CardEvFound
	case Absent:
		return msg.CardEvMissing
	case Linked:
		return msg.CardEvLinked
	}
	return msg.CardEvUnchecked
}

// ProblemWord is the word for an item's problem (Problem*); false for
// none or one this version does not know.
func ProblemWord(p string) (msg.Key, bool) {
	k, ok := problemWords[p]
	return k, ok
}

var problemWords = map[string]msg.Key{
	ProblemOutside:     msg.CardEvProblemOutside,
	ProblemAmbiguous:   msg.CardEvProblemAmbiguous,
	ProblemUnreadable:  msg.CardEvProblemUnreadable,
	ProblemNotImage:    msg.CardEvProblemNotImage,
	ProblemHEIC:        msg.CardEvProblemHEIC,
	ProblemUndecodable: msg.CardEvProblemUndecodable,
	ProblemTooLarge:    msg.CardEvProblemTooLarge,
	ProblemFormat:      msg.CardEvProblemFormat,
}

// PictureCell is the cell of a picture placed in the workbook, which a
// document names ("gambar di sel G15") instead of its part's name in the
// file (xl/media/…); false for any other item.
func (it *EvidenceItem) PictureCell() (string, bool) {
	if it.Embedded && strings.HasPrefix(strings.ToLower(it.Ref), "xl/") {
		return it.Source.Cell(), true
	}
	return "", false
}
