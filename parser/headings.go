package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// markTextHeadings gives plain text the heading hints Markdown and HTML
// carry in their markup: a short line standing alone between blank lines,
// in title case or capitals, without a full stop, and followed by a
// paragraph of running text is a subheading ("Acquisition Confirms New
// Open Apple"). The first segment, the title, is left to the metadata pass.
func markTextHeadings(segs []*segment) {
	for i := 1; i+1 < len(segs); i++ {
		s, next := segs[i], segs[i+1]
		if s.Kind != BlockParagraph || s.Removed != nil || len(s.Lines) != 1 || s.BlankBefore == 0 {
			continue
		}
		if next.Kind == BlockListItem && s.BlankBefore > 0 && sentenceHeading(s.Text, 1) {
			// "Program highlights" above a list.
			s.Kind, s.Level = BlockHeading, 2
			continue
		}
		if next.BlankBefore == 0 || next.Kind != BlockParagraph || fieldCountUpTo(next.Text, 10) < 10 {
			continue
		}
		if textHeading(s.Text) || sentenceHeading(s.Text, 2) {
			s.Kind, s.Level = BlockHeading, 2
		}
	}
}

// sentenceHeading reports whether s reads as a subheading in sentence case
// ("What residents can expect"): min to eight words opening with a
// capital, with no punctuation at the end or comma inside, and none of the
// digits, addresses or labels of a contact line.
func sentenceHeading(s string, min int) bool {
	words := fieldCountUpTo(s, 9)
	if words < min || words > 8 || endsSentence(s) || strings.ContainsAny(s, ",;:@|/()[]\"“”") || labelled(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsDigit(r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// textHeading reports whether s reads as a subheading: two to ten words,
// no sentence punctuation at the end, mostly capitalised.
func textHeading(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 10 || endsSentence(s) || strings.HasSuffix(s, ",") {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && 10*caps >= 7*len(words)
}
