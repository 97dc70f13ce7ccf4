package parser

import (
	"unicode"
	"unicode/utf8"
)

// The dateline's expressions run only where the text can match them: each
// begins with \s* and then a character a few byte tests can check for.

// leadSeps is the set of leadSepRE, ^[\s,\-–—:/)]+, the separators between
// a dateline and the story, for strings.TrimLeft.
const leadSeps = "\t\n\f\r ,-–—:/)"

// findAt is re.FindStringSubmatchIndex(s) when may, and nil otherwise.
func findAt(re *lazyRegexp, s string, may bool) []int {
	if !may {
		return nil
	}
	return re.FindStringSubmatchIndex(s)
}

// findSubmatch is re.FindStringSubmatch(s) when may, and nil otherwise.
func findSubmatch(re *lazyRegexp, s string, may bool) []string {
	if !may {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// capsPlaceMay reports whether capsPlaceRE can match head, whose leading
// white space ends at lead: a place in capitals begins there (an upper-case
// letter, then another, a full stop, an apostrophe or a space) and a dash
// follows it.
func capsPlaceMay(head string, lead int) bool {
	r, n := utf8.DecodeRuneInString(head[lead:])
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(head[lead+n:])
	if !unicode.IsUpper(r2) && r2 != '.' && r2 != '\'' && r2 != '’' && r2 != ' ' {
		return false
	}
	return containsAnySplit(head[lead:], "-", "–", "—")
}

// hasMarkerWord is markerWordRE.MatchString(s), (?i)wire|press ?release|news,
// by hand: the words a wire's marker holds.
func hasMarkerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'w':
			if foldAt(s, i, "wire") >= 0 {
				return true
			}
		case 'n':
			if foldAt(s, i, "news") >= 0 {
				return true
			}
		case 'p':
			if e := foldAt(s, i, "press"); e >= 0 {
				if e < len(s) && s[e] == ' ' {
					e++
				}
				if foldAt(s, e, "release") >= 0 {
					return true
				}
			}
		}
	}
	return false
}
