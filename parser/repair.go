package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// repair rejoins paragraphs broken mid-sentence across blank lines. (Lines
// are unwrapped, words de-hyphenated, run-together paragraphs split and
// whitespace collapsed as segments are built; see groupLines.)
//
// A segment that ends without terminal punctuation, followed after a blank
// line by one that starts with a lower-case letter, is one paragraph cut in
// two. Headings, list items and the first segment (the title) are never
// joined.
//
// HTML is left alone: there a paragraph is an element, and two elements are
// two paragraphs (or a code listing, or table cells) however they read.
func repair(d *doc) {
	if len(d.segs) < 2 || d.format == FormatHTML {
		return
	}
	out := d.segs[:0]
	for i := 0; i < len(d.segs); {
		a := d.segs[i]
		j := i + 1
		for i > 0 && j < len(d.segs) && rejoins(d.segs[j-1], d.segs[j]) {
			j++
		}
		if j > i+1 {
			mergeSegments(d, d.segs[i:j])
		}
		out = append(out, a)
		i = j
	}
	d.segs = out
}

// rejoins reports whether b continues the sentence a breaks off.
func rejoins(a, b *segment) bool {
	if a.Removed != nil || b.Removed != nil || a.Kind != b.Kind {
		return false
	}
	if a.Kind != BlockParagraph && a.Kind != BlockQuote {
		return false
	}
	if b.BlankBefore < 1 || b.BlankBefore > 3 {
		return false
	}
	return !endsSentence(a.Text) && startsLower(b.Text) && strings.TrimSpace(a.Text) != ""
}

// mergeSegments joins segs into the first of them, recording the repair.
// The text, lines, links and repairs are each built in one block sized
// for all of segs (a joint adds a space and a de-hyphenation at most), and
// the text is made a string without a copy, instead of growing the first
// segment's at every joint.
func mergeSegments(d *doc, segs []*segment) {
	a := segs[0]
	g := layout{d: d}
	size, nLines, nLinks, nRepairs := len(a.Text), len(a.Lines), len(a.Links), len(a.Repairs)
	for _, b := range segs[1:] {
		size += 1 + len(b.Text)
		nLines += len(b.Lines)
		nLinks += len(b.Links)
		nRepairs += 2 + len(b.Repairs)
	}
	buf := append(make([]byte, 0, size), a.Text...)
	lines := append(make([]line, 0, nLines), a.Lines...)
	var links []Link
	if nLinks > 0 {
		links = append(make([]Link, 0, nLinks), a.Links...)
	}
	repairs := append(make([]Repair, 0, nRepairs), a.Repairs...)
	var joint segment // collects the repairs made at each joint
	for _, b := range segs[1:] {
		joint.Repairs = joint.Repairs[:0]
		buf = g.joinLines(&joint, buf, b.Text)
		base := len(buf)
		buf = append(buf, b.Text...)
		for _, l := range b.Links {
			l.Start += base
			l.End += base
			links = append(links, l)
		}
		lines = append(lines, b.Lines...)
		a.Source.End = b.Source.End
		repairs = append(repairs, Repair{Kind: RepairRejoined})
		repairs = append(repairs, joint.Repairs...)
		repairs = append(repairs, b.Repairs...)
	}
	// buf is not written after: the string may share its bytes.
	a.Text = unsafe.String(unsafe.SliceData(buf), len(buf))
	a.Lines = lines
	a.Links = fixLinkText(a.Text, links)
	a.Repairs = repairs
}

// vocabulary is the set of words a document uses, lower-cased: plain words
// and hyphenated compounds. It decides whether a word hyphenated at a line
// end is rejoined.
type vocabulary struct {
	words, compounds map[string]bool

	// want, when not nil, is the set of words the vocabulary was built to
	// hold, the others left out (see vocab_want.go).
	want *vocabWant
}

// vocab returns the document's vocabulary, building it on first use.
func (d *doc) vocab() *vocabulary {
	if d.words == nil {
		d.words = newVocabulary(d.src, d.tick)
	}
	return d.words
}

// dehyphenate is the vocabulary's dehyphenate, the vocabulary built on
// first use holding the words of want (all of them when want is nil), and
// built whole if it does not hold those head and tail call for.
func (d *doc) dehyphenate(head, tail string, want *vocabWant) bool {
	if d.words == nil && want != nil {
		d.words = newVocabularyOf(d.src, d.tick, want)
	}
	if v := d.vocab(); v.want != nil && !v.want.covers(head, tail) {
		d.words = newVocabulary(d.src, d.tick)
	}
	return d.words.dehyphenate(head, tail)
}

// newVocabulary collects the words of s in one pass. A word broken by a
// hyphen at a line end is not counted, nor is the word after it. It calls
// tick, when not nil, at each line end with the offset and len(s).
func newVocabulary(s string, tick func(i, n int)) *vocabulary {
	return newVocabularyOf(s, tick, nil)
}

// newVocabularyOf is newVocabulary keeping only the words of want, or
// every word when want is nil.
func newVocabularyOf(s string, tick func(i, n int), want *vocabWant) *vocabulary {
	v := &vocabulary{want: want}
	if want == nil {
		// About one new word in 64 bytes of text, and a few compounds.
		v.words, v.compounds = make(map[string]bool, len(s)/64), make(map[string]bool, len(s)/1024)
	} else {
		v.words, v.compounds = make(map[string]bool, len(want.words)), make(map[string]bool, len(want.compounds))
	}
	start, hyphen, skip, ascii := -1, false, false, true
	var low [32]byte // an ASCII word lower-cased, to look up without a copy
	flush := func(end int, broken bool) {
		if start < 0 {
			return
		}
		if !broken && !skip && (want == nil || !ascii || want.may(s[start:end])) {
			set, wanted := v.words, map[string]bool(nil)
			if want != nil {
				wanted = want.words
			}
			if hyphen {
				set = v.compounds
				if want != nil {
					wanted = want.compounds
				}
			}
			w := s[start:end]
			if k, ok := lowerASCIIInto(low[:], w); ok {
				switch {
				case set[string(low[:k])]:
					// Seen: a look-up costs less than storing again.
				case want != nil && !wanted[string(low[:k])]:
				case string(low[:k]) == w:
					set[w] = true // lower-case already: the text's own bytes
				default:
					set[string(low[:k])] = true
				}
			} else if lw := strings.ToLower(w); want == nil || wanted[lw] {
				set[lw] = true
			}
		}
		start, hyphen, skip, ascii = -1, false, broken, true
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && asciiClass[c] == asciiLetter {
			// A run of ASCII letters, the common case, without decoding.
			if start < 0 {
				start = i
			}
			for i++; i < len(s) && asciiClass[s[i]] == asciiLetter; i++ {
			}
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case c >= utf8.RuneSelf && unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
			ascii = false
		case r == '-' && start >= 0:
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if unicode.IsLetter(next) {
				hyphen = true
				break
			}
			flush(i, next == '\n' || next == '\r')
		default:
			if r == '\n' && tick != nil {
				tick(i, len(s))
			}
			switch {
			case start < 0: // flush does nothing
			case want != nil && ascii && !want.may(s[start:i]):
				// What flush does with a word it keeps no record of.
				start, hyphen, skip = -1, false, false
			default:
				flush(i, false)
			}
		}
		i += size
	}
	flush(len(s), false)
	return v
}

// lowerASCIIInto writes w lower-cased into buf and returns its length, if
// w is ASCII and fits; it reports false otherwise.
func lowerASCIIInto(buf []byte, w string) (int, bool) {
	if len(w) > len(buf) {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		buf[i] = lowerASCII(c)
	}
	return len(w), true
}

// hyphenPrefixes are word beginnings that keep their hyphen when a line
// breaks after them: "co-counsel", "non-profit", "self-funded".
var hyphenPrefixes = map[string]bool{
	"co": true, "non": true, "self": true, "ex": true, "anti": true, "multi": true, "cross": true,
	"post": true, "pre": true, "mid": true, "semi": true, "pro": true, "vice": true, "all": true,
	"half": true, "well": true, "long": true, "short": true, "full": true, "high": true, "low": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "first": true, "second": true, "third": true,
	"e": true, "x": true, "t": true, "u": true, "year": true, "end": true, "state": true, "top": true,
	"world": true, "best": true, "next": true, "so": true, "much": true, "ever": true, "life": true,
}

// dehyphenate reports whether head-⏎tail is one word broken by the line
// end (to be joined) rather than a hyphenated compound (to be kept). The
// document's own usage decides first; then known prefixes keep the hyphen.
func (v *vocabulary) dehyphenate(head, tail string) bool {
	h, t := strings.ToLower(head), strings.ToLower(tail)
	if h == "" || t == "" {
		return false
	}
	switch {
	case v.words[h+t]:
		return true
	case v.compounds[h+"-"+t]:
		return false
	case hyphenPrefixes[h]:
		return false
	case len(h) > 2 && len(t) > 2 && v.words[h] && v.words[t]:
		return false // two words in their own right: a compound
	case len(h) >= 4 && len(t) >= 5 && v.words[h] && !suffixLike(t):
		return false // a word of the text, then what reads as another word
	}
	r, _ := utf8.DecodeRuneInString(head)
	return !unicode.IsUpper(r) || len(head) > 1 && !isAllUpper(head)
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// suffixes begin the second half of a word broken at a line end far more
// often than they begin a word of their own.
var suffixes = []string{
	"tion", "sion", "ment", "ing", "ed", "ly", "ity", "ness", "ance", "ence", "able", "ible",
	"ous", "ive", "al", "er", "est", "ure", "ize", "ise", "ate", "ship", "ful", "less", "ism", "ist",
}

// suffixLike reports whether s starts with a common English suffix.
func suffixLike(s string) bool {
	for _, x := range suffixes {
		if strings.HasPrefix(s, x) {
			return true
		}
	}
	return false
}
