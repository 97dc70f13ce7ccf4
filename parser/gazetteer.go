package parser

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The gazetteer finds countries and places by name. Its tables
// (gazetteer_countries.go, gazetteer_places.go) are laid out by go generate
// in gazetteer_tables.go as an index from a name's first word to the names
// starting with it, longest first, so that a text is matched in one pass
// over its words: "New Mexico" is a place, not "New" and the country
// "Mexico". The index is data the linker lays out: nothing is built at
// start-up.

//go:generate go test -run ^TestGazetteerTablesUpToDate$ . -args -update-gazetteer-tables

// gazPhrase is one written form of a country or place, its text in
// gazText: the form as written ("the" and the comma mark left out), then
// the same in capitals, for headlines and datelines, at the same offsets.
type gazPhrase struct {
	form   uint16 // where the form starts in gazText
	size   uint8  // the form's length in bytes; its capitals follow it
	n      uint8  // the number of its words
	bounds uint16 // where its words' starts and ends in the form, 2n bytes, are in gazBounds
	value  uint16 // where its value (the name it stands for) starts in gazText
	vsize  uint8  // the value's length in bytes
	flags  gazFlags
	kind   uint8 // an EntityKind
}

// gazFlags say how a gazPhrase matches.
type gazFlags uint8

const (
	gazDot     gazFlags = 1 << iota // the form ends with a period: "U.S.", "Calif."
	gazArticle                      // the text's "the" before the name belongs to it
	gazComma                        // counts only after a comma: "Dallas, Texas", "SAN JOSE, Calif."
	gazCaps                         // an abbreviation in capitals: "UK", "USA", "DRC"
)

// word returns the phrase's k-th word as written.
func (p *gazPhrase) word(k int) string {
	b := gazBounds[int(p.bounds)+2*k:]
	return gazText[int(p.form)+int(b[0]) : int(p.form)+int(b[1])]
}

// upper returns the phrase's k-th word in capitals.
func (p *gazPhrase) upper(k int) string {
	b := gazBounds[int(p.bounds)+2*k:]
	at := int(p.form) + int(p.size)
	return gazText[at+int(b[0]) : at+int(b[1])]
}

// sep returns what stands between the phrase's words k-1 and k: " ", "-",
// ", ".
func (p *gazPhrase) sep(k int) string {
	b := gazBounds[int(p.bounds)+2*k-1:]
	return gazText[int(p.form)+int(b[0]) : int(p.form)+int(b[1])]
}

// valueText returns the name the phrase stands for: "United States" for
// "U.S.".
func (p *gazPhrase) valueText() string {
	return gazText[int(p.value) : int(p.value)+int(p.vsize)]
}

// gazMay reports whether w may be a key of the gazetteer's index: false
// means it is not.
func gazMay(w string) bool {
	h, ok := foldHash(w)
	return !ok || gazFilter[h>>6%uint32(len(gazFilter))]&(1<<(h&63)) != 0
}

// wordTok is a word of a text: a run of letters and digits, with apostrophes
// and periods inside it ("O’Callaghan", "U.S"), and its tokClass.
type wordTok struct {
	start, end int
	cls        tokClass
}

// wordTokens appends the words of s to buf.
func wordTokens(s string, buf []wordTok) []wordTok {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiWordByte[c] {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += n
			continue
		}
		start := i
		ascii := true // no rune beyond ASCII read in the word
		for i < len(s) {
			// The run of ASCII letters and digits, eight bytes at a time
			// where s holds eight more, then byte by byte.
			for i+8 <= len(s) {
				if other := ^alnumBytes8(load64(s[i:])) & 0x8080808080808080; other != 0 {
					i += bits.TrailingZeros64(other) / 8
					goto end
				}
				i += 8
			}
			for i < len(s) && asciiWordByte[s[i]] {
				i++
			}
		end:
			if i == len(s) {
				break
			}
			c := s[i]
			if c < utf8.RuneSelf {
				if c != '.' && c != '\'' {
					break
				}
				// Inside a word only when a letter follows: "U.S", "O'Neil".
				if r2, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsLetter(r2) {
					i++
					continue
				}
				break
			}
			ascii = false
			r, n := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if r == '’' {
				// "O’Neil"
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); unicode.IsLetter(r2) {
					i += n
					continue
				}
			}
			break
		}
		// tokenClass, inlined by hand.
		w := s[start:i]
		k := tokFirst[w[0]]
		if !ascii || k&tokSlow != 0 || cueShapes.first[w[0]]&cueShapes.last[w[len(w)-1]]&(1<<min(len(w), 31)) != 0 {
			k = tokenClassSlow(w, ascii)
		}
		buf = append(buf, wordTok{start, i, k})
	}
	return buf
}

// alnumBytes8 returns the high bit of each of the eight bytes of y that
// is an ASCII letter or digit; the others are 0. Each byte is tested on
// its own, as lowerLetters8 tests it.
func alnumBytes8(y uint64) uint64 {
	return digitBits8(y) | lowerLetters8(y|0x2020202020202020)
}

// asciiWordByte marks the ASCII letters and digits, which wordTokens
// takes into words.
var asciiWordByte = asciiWordByteTable // written out by go generate (init_gen.go)

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// gazMatch is a country or place found in a text, in bytes.
type gazMatch struct {
	start, end int
	kind       EntityKind
	value      string
}

// findGazetteer returns the countries and places named in s, in order and
// without overlaps. A name joined without punctuation to a capitalised
// word is taken to be part of a longer name and left out: "Moscow
// Mechanism", "Michael Jordan", "Canada Goose".
func findGazetteer(s string, toks []wordTok) []gazMatch {
	return appendGazetteer(nil, s, toks)
}

// appendGazetteer is findGazetteer, appending to out.
func appendGazetteer(out []gazMatch, s string, toks []wordTok) []gazMatch {
	for i := 0; i < len(toks); i++ {
		if toks[i].cls&tkUpper == 0 {
			continue // every name starts with a capital
		}
		w := s[toks[i].start:toks[i].end]
		cands := gazCandidates(w)
		if len(cands) == 0 {
			// A possessive glued by the tokenizer: "Belarus’s".
			if base, ok := trimPossessive(w); ok {
				cands = gazCandidates(base)
			}
			if len(cands) == 0 {
				continue
			}
		}
		for _, c := range cands {
			m, n, ok := gazPhrases[c].match(s, toks, i)
			if !ok {
				continue
			}
			out = append(out, m)
			i += n - 1
			break
		}
	}
	return out
}

// trimPossessive removes a trailing "’s" or "'s".
func trimPossessive(w string) (string, bool) {
	n := len(w)
	if n < 3 || w[n-1]|0x20 != 's' {
		return w, false
	}
	if w[n-2] == '\'' {
		return w[:n-2], true
	}
	if n > 4 && w[n-4:n-1] == "’" {
		return w[:n-4], true
	}
	return w, false
}

// match tries p at the i-th token and returns the match and the number of
// tokens it takes.
func (p *gazPhrase) match(s string, toks []wordTok, i int) (gazMatch, int, bool) {
	n := int(p.n)
	if i+n > len(toks) {
		return gazMatch{}, 0, false
	}
	caps := false
	end := 0
	for k := 0; k < n; k++ {
		t := toks[i+k]
		w := s[t.start:t.end]
		if k > 0 && !sameSep(s[toks[i+k-1].end:t.start], p.sep(k)) {
			return gazMatch{}, 0, false
		}
		end = t.end
		switch {
		case w == p.word(k) && (k == 0 || !caps || w == p.upper(k)):
			if k == 0 {
				caps = p.flags&gazCaps != 0
			}
		case w == p.upper(k) && (k == 0 || caps):
			caps = true
		case k == n-1:
			base, ok := trimPossessive(w)
			if !ok || (base != p.word(k) && base != p.upper(k)) {
				return gazMatch{}, 0, false
			}
			end = t.start + len(base)
		default:
			return gazMatch{}, 0, false
		}
	}
	if p.flags&gazDot != 0 {
		if end >= len(s) || s[end] != '.' {
			return gazMatch{}, 0, false
		}
		end++
	}
	start := toks[i].start
	if end < len(s) && (s[end] == '$' || s[end] == '@') || start > 0 && (s[start-1] == '@' || s[start-1] == '.' || s[start-1] == '/') {
		return gazMatch{}, 0, false
	}
	before := i - 1
	if p.flags&gazArticle != 0 && before >= 0 {
		a := s[toks[before].start:toks[before].end]
		if (a == "the" || a == "The" || a == "THE") && s[toks[before].end:start] == " " {
			start = toks[before].start
			before--
		}
	}
	if p.flags&gazComma != 0 {
		if !afterComma(s, toks[i].start) {
			return gazMatch{}, 0, false
		}
	} else if !p.standsAlone(s, toks, before, i+n, start, end, caps) {
		return gazMatch{}, 0, false
	}
	return gazMatch{start: start, end: end, kind: EntityKind(p.kind), value: p.valueText()}, n, true
}

// sameSep compares what stands between two words of a text with what
// stands between them in a written form; any run of white space counts
// as one space.
func sameSep(got, want string) bool {
	if got == want {
		return true
	}
	if len(got) > 8 {
		return false
	}
	var b [16]byte
	n := 0
	space := false
	for _, r := range got {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && n < len(b) {
			b[n] = ' '
			n++
		}
		space = false
		if r >= utf8.RuneSelf || n >= len(b) {
			return false
		}
		b[n] = byte(r)
		n++
	}
	if space && n < len(b) {
		b[n] = ' '
		n++
	}
	return string(b[:n]) == want
}

// afterComma reports whether s[i] follows ", " and a word: "Dallas, Texas".
func afterComma(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i || j == 0 || s[j-1] != ',' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j-1])
	return unicode.IsLetter(r) || r == '.'
}

// standsAlone checks a name's neighbours: joined to a capitalised word by
// a single space, it is part of a longer name. A short abbreviation in
// capitals amid words in capitals ("LET US KNOW") is no name either.
func (p *gazPhrase) standsAlone(s string, toks []wordTok, before, after, start, end int, caps bool) bool {
	pcaps := p.flags&gazCaps != 0
	if before >= 0 && s[toks[before].end:start] == " " {
		w := s[toks[before].start:toks[before].end]
		if pcaps && isAllCaps(w) {
			return false
		}
		if blocksName(w, caps) {
			return false
		}
	}
	if after < len(toks) {
		gap := s[end:toks[after].start]
		if base, ok := trimPossessive(s[toks[after-1].start:toks[after-1].end]); ok && toks[after-1].start+len(base) == end {
			gap = " "
			if after < len(toks) && toks[after-1].end < toks[after].start {
				gap = s[toks[after-1].end:toks[after].start]
			}
		}
		if gap == " " {
			w := s[toks[after].start:toks[after].end]
			if pcaps && isAllCaps(w) {
				return false
			}
			if blocksName(w, caps) && !monthOrDay(w) {
				return false
			}
		}
	}
	return true
}

// blocksName reports whether a neighbouring word w makes a name part of a
// longer one: it is capitalised and not a small word. Words in capitals
// next to a name in capitals are a headline's, and block nothing.
func blocksName(w string, caps bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if caps && isAllCaps(w) {
		return false
	}
	return !inSet(stopWords, w)
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func monthOrDay(w string) bool { return inSet(monthsAndDays, strings.TrimSuffix(w, ".")) }

var monthsAndDays = wordList{
	"apr", "april", "aug", "august", "dec", "december", "feb", "february", "friday", "jan", "january",
	"jul", "july", "jun", "june", "mar", "march", "may", "monday", "nov", "november", "oct",
	"october", "saturday", "sep", "sept", "september", "sunday", "thursday", "tuesday", "wednesday",
}

// isPlaceName reports whether s is, as a whole, the name of a country or
// place.
func isPlaceName(s string) bool {
	var tb [16]wordTok
	var mb [8]gazMatch
	toks := wordTokens(s, tb[:0])
	for _, m := range appendGazetteer(mb[:0], s, toks) {
		if m.start == 0 && m.end == len(s) {
			return true
		}
	}
	return false
}
