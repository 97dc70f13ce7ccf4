package parser

import (
	"strings"
	"unicode/utf8"
)

// Building a document's whole vocabulary (newVocabulary) means a map entry
// for every distinct word, and a look-up for every word: on a 25 KB release
// it was a sixth of the parse. Yet the vocabulary is only asked about the
// words around a hyphen at a line end. A layout knows those lines before it
// joins them, so it collects the words it may ask about (vocabWant) and the
// vocabulary is built holding only those; a question about another word
// (a joint the lines did not foresee, such as two segments rejoined by the
// repair pass) builds the whole vocabulary after all, so answers never
// change.

// vocabWant is the set of words, lower-cased, that a vocabulary is built
// to hold: words and hyphenated compounds.
type vocabWant struct {
	words, compounds map[string]bool

	// lens has bit k set when a wanted word has k bytes (k < 63; bit 63
	// for longer ones); firsts has bit c-'a' set for a wanted word that
	// begins with the ASCII letter c, either case, and bit 26 for one
	// that begins otherwise. A word of the text that matches neither is
	// turned away without lower-casing or hashing.
	lens   uint64
	firsts uint32
}

// add wants the words a hyphenated line end head-⏎tail makes dehyphenate
// ask about.
func (w *vocabWant) add(head, tail string) {
	h, t := strings.ToLower(head), strings.ToLower(tail)
	if h == "" || t == "" {
		return
	}
	if w.words == nil {
		w.words, w.compounds = map[string]bool{}, map[string]bool{}
	}
	for _, k := range [...]string{h + t, h, t} {
		w.words[k] = true
		w.mark(k)
	}
	w.compounds[h+"-"+t] = true
	w.mark(h + "-" + t)
}

// mark records k's length and first letter in the quick filters.
func (w *vocabWant) mark(k string) {
	w.lens |= 1 << min(len(k), 63)
	w.firsts |= firstBit(k)
}

// firstBit is the bit of firsts for a word beginning as s does.
func firstBit(s string) uint32 {
	if c := s[0] | 0x20; c >= 'a' && c <= 'z' {
		return 1 << (c - 'a')
	}
	return 1 << 26
}

// may reports whether a word of the text, as written, can be a wanted
// one: its length and first letter are those of a wanted word. Lower-
// casing keeps an ASCII word's length; another may change length, so it
// is let through.
func (w *vocabWant) may(s string) bool {
	if s[0] >= utf8.RuneSelf {
		return true
	}
	return w.lens&(1<<min(len(s), 63)) != 0 && w.firsts&firstBit(s) != 0
}

// covers reports whether every word dehyphenate asks about for
// head-⏎tail is wanted.
func (w *vocabWant) covers(head, tail string) bool {
	h, t := strings.ToLower(head), strings.ToLower(tail)
	if h == "" || t == "" {
		return true // dehyphenate asks nothing
	}
	return w.words[h+t] && w.words[h] && w.words[t] && w.compounds[h+"-"+t]
}

// hyphenEnd returns the parts of a word hyphenated at the end of line a
// and continued at the start of line b, as joinLines would see them, or
// ok false when the lines do not look like that.
func hyphenEnd(a, b string) (head, tail string, ok bool) {
	i, j := trimSpan(a, 0, len(a))
	a = a[i:j]
	r, n := utf8.DecodeLastRuneInString(a)
	if r != '-' && r != '‐' {
		return "", "", false
	}
	i, j = trimSpan(b, 0, len(b))
	b = b[i:j]
	if !startsLower(b) {
		return "", "", false
	}
	head = lastWord([]byte(a[:len(a)-n]))
	return head, leadingLetters(b), head != ""
}

// wantWords collects the words the layout may ask the vocabulary about
// as it joins lines: those around each hyphen at a line end.
func wantWords(lines []rawLine) *vocabWant {
	var w vocabWant
	for k := 1; k < len(lines); k++ {
		if h, t, ok := hyphenEnd(lines[k-1].text, lines[k].text); ok {
			w.add(h, t)
		}
	}
	if w.words == nil {
		return nil
	}
	return &w
}
