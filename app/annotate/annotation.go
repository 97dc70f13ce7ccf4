package annotate

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
)

// ContextLen is the length, in code points, of the prefix and suffix a
// TextQuoteSelector keeps on each side of the quote.
const ContextLen = 32

// MaxComment is the longest comment accepted, in bytes.
const MaxComment = 64 << 10

// TextQuoteSelector locates an annotation by the text it quotes and the
// text around it, as the W3C Web Annotation model defines it.
type TextQuoteSelector struct {
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"` // up to ContextLen code points before Exact
	Suffix string `json:"suffix"` // up to ContextLen code points after Exact
}

// TextPositionSelector locates an annotation by its half-open range
// [Start, End) of Unicode code points into parser.Release.Text.
type TextPositionSelector struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Selector carries both selectors. Re-anchoring tries the position first,
// then the quote (see Anchorer).
type Selector struct {
	TextQuoteSelector
	TextPositionSelector
}

// Annotation is a label, and optionally a comment, attached to a stretch of
// a release's cleaned text.
//
// An Orphan annotation could not be re-anchored after an edit: its
// selectors still describe where it was and what it quoted, so it can be
// shown and re-attached; it is never deleted by re-anchoring.
type Annotation struct {
	ID       string    `json:"id"`
	LabelID  string    `json:"label"`
	Comment  string    `json:"comment,omitempty"`
	Created  time.Time `json:"created"`
	Modified time.Time `json:"modified"`
	Selector Selector  `json:"selector"`
	Orphan   bool      `json:"orphan,omitempty"`
}

// ErrRange is returned for a selection that is empty or outside the text.
var ErrRange = errors.New("the selection is empty or outside the text")

// NewSelector builds the selectors for code points [start, end) of the text
// ix indexes.
func NewSelector(ix *Index, start, end int) (Selector, error) {
	if !ix.Valid(start, end) {
		return Selector{}, fmt.Errorf("%w: [%d, %d) in %d code points", ErrRange, start, end, ix.Len())
	}
	return Selector{
		TextQuoteSelector: TextQuoteSelector{
			Exact:  ix.Slice(start, end),
			Prefix: ix.Slice(start-ContextLen, start),
			Suffix: ix.Slice(end, end+ContextLen),
		},
		TextPositionSelector: TextPositionSelector{Start: start, End: end},
	}, nil
}

// NewAnnotation returns an annotation with a fresh ID labelling code points
// [start, end) of the indexed text.
func NewAnnotation(ix *Index, start, end int, labelID, comment string, now time.Time) (Annotation, error) {
	sel, err := NewSelector(ix, start, end)
	if err != nil {
		return Annotation{}, err
	}
	return Annotation{ID: NewID(), LabelID: labelID, Comment: comment, Created: now, Modified: now, Selector: sel}, nil
}

// Check reports whether the annotation is well formed: an ID, a label, a
// comment within MaxComment, a quote, and a non-empty position range.
func (a Annotation) Check() error {
	switch {
	case a.ID == "":
		return errors.New("an annotation has no id")
	case a.LabelID == "":
		return fmt.Errorf("annotation %s has no label", a.ID)
	case len(a.Comment) > MaxComment:
		return fmt.Errorf("annotation %s has a comment longer than %d bytes", a.ID, MaxComment)
	case a.Selector.Exact == "":
		return fmt.Errorf("annotation %s quotes nothing", a.ID)
	case a.Selector.Start < 0 || a.Selector.End <= a.Selector.Start:
		return fmt.Errorf("annotation %s has an invalid range [%d, %d)", a.ID, a.Selector.Start, a.Selector.End)
	}
	return nil
}

// NewID returns a random 128-bit identifier as 32 hexadecimal digits.
func NewID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		// crypto/rand does not fail on supported platforms; fall back to
		// the clock rather than panic.
		t := time.Now().UnixNano()
		for i := range b {
			b[i] = byte(t >> (8 * (i % 8)))
		}
	}
	return hex.EncodeToString(b[:])
}
