package parser

import "unicode/utf8"

// The distribution notice's "on behalf of" and "distributed by" clauses,
// read by code rather than by onBehalfRE and distribByRE, which the
// regexp package ran by backtracking through every length of the lazy
// name. noticeBehalf and noticeDistrib find what the expressions'
// FindStringSubmatch finds, and TestNoticeCodeSameAsRegexp checks it:
// the leftmost match, whose name is the shortest (2 to 80 or 60 runes,
// none a newline) that one of the endings follows, tried in the
// expressions' order, with the white space after the clause's words
// given back to the name, one byte at a time, when no name fits.

// noticeSpan is a match of a notice expression in a text: the bytes
// [start, end) of the whole match and [nameStart, nameEnd) of the name.
type noticeSpan struct {
	start, end, nameStart, nameEnd int
}

// noticeBehalf finds what onBehalfRE.FindStringSubmatch(t) finds:
// (?i)\bon behalf of\s+(.{2,80}?)(?:,|\s+on\s+\w+\.?\s+\d|\.\s|\.$|$)
func noticeBehalf(t string) (noticeSpan, bool) {
	const words = "on behalf of"
	for from := 0; ; {
		q := indexFoldASCIIPos(t[from:], words)
		if q < 0 {
			return noticeSpan{}, false
		}
		p := from + q
		from = p + 1
		if p > 0 && isWordByteRE(t[p-1]) {
			continue // no \b before it
		}
		if m, ok := noticeName(t, p, p+len(words), 80, false); ok {
			return m, true
		}
	}
}

// noticeDistrib finds what distribByRE.FindStringSubmatch(t) finds:
// (?i)\bdistributed by\s+(.{2,60}?)(?:\s+on behalf of|,|\.\s|\.$|\s+on\s+\w+\.?\s+\d|$)
// Case folding matches the s of "distributed" to the long s as well.
func noticeDistrib(t string) (noticeSpan, bool) {
	const tail = "tributed by"
	for from := 0; ; {
		q := indexFoldASCIIPos(t[from:], tail)
		if q < 0 {
			return noticeSpan{}, false
		}
		q += from
		from = q + 1
		var p int
		switch {
		case q >= 3 && equalFoldASCIIFrom(t[q-3:q], "dis", 0):
			p = q - 3
		case q >= 4 && equalFoldASCIIFrom(t[q-4:q-2], "di", 0) && t[q-2:q] == "ſ":
			p = q - 4
		default:
			continue
		}
		if p > 0 && isWordByteRE(t[p-1]) {
			continue
		}
		if m, ok := noticeName(t, p, q+len(tail), 60, true); ok {
			return m, true
		}
	}
}

// noticeName matches the rest of a notice expression after its words,
// which run from t[p] to t[q]: \s+(.{2,max}?) and the endings. behalf
// puts "\s+on behalf of" first among the endings, as distribByRE has it.
func noticeName(t string, p, q, max int, behalf bool) (noticeSpan, bool) {
	k := q
	for k < len(t) && isSpaceRE(t[k]) {
		k++
	}
	for g := k; g > q; g-- { // \s+ gives back what the name needs
		at := g
		for n := 1; n <= max && at < len(t); n++ {
			r, size := utf8.DecodeRuneInString(t[at:])
			if r == '\n' {
				break
			}
			at += size
			if n < 2 {
				continue
			}
			if end, ok := noticeEnding(t, at, behalf); ok {
				return noticeSpan{p, end, g, at}, true
			}
		}
	}
	return noticeSpan{}, false
}

// noticeEnding tries the endings at t[i] in the expressions' order and
// returns where the first that matches ends.
func noticeEnding(t string, i int, behalf bool) (int, bool) {
	if behalf {
		if end, ok := spacedBehalf(t, i); ok {
			return end, true
		}
	}
	switch {
	case i < len(t) && t[i] == ',':
		return i + 1, true
	case !behalf:
		if end, ok := spacedOnDate(t, i); ok {
			return end, true
		}
	}
	switch {
	case i+1 < len(t) && t[i] == '.' && isSpaceRE(t[i+1]):
		return i + 2, true
	case i+1 == len(t) && t[i] == '.':
		return i + 1, true
	}
	if behalf {
		if end, ok := spacedOnDate(t, i); ok {
			return end, true
		}
	}
	if i == len(t) {
		return i, true
	}
	return 0, false
}

// spacedBehalf matches \s+on behalf of, in any case, at t[i].
func spacedBehalf(t string, i int) (int, bool) {
	j := skipSpaceRE(t, i)
	const words = "on behalf of"
	if j == i || len(t)-j < len(words) || !equalFoldASCIIFrom(t[j:j+len(words)], words, 0) {
		return 0, false
	}
	return j + len(words), true
}

// spacedOnDate matches \s+on\s+\w+\.?\s+\d, in any case, at t[i]: " on
// Nov. 18". Case folding adds the long s and the Kelvin sign to \w.
func spacedOnDate(t string, i int) (int, bool) {
	j := skipSpaceRE(t, i)
	if j == i || len(t)-j < 2 || !equalFoldASCIIFrom(t[j:j+2], "on", 0) {
		return 0, false
	}
	i = j + 2
	if j = skipSpaceRE(t, i); j == i {
		return 0, false
	}
	for i = j; i < len(t); {
		switch {
		case isWordByteRE(t[i]):
			i++
			continue
		case len(t)-i >= 2 && t[i:i+2] == "\u017f":
			i += 2
			continue
		case len(t)-i >= 3 && t[i:i+3] == "\u212a":
			i += 3
			continue
		}
		break
	}
	if i == j {
		return 0, false
	}
	if i < len(t) && t[i] == '.' {
		i++
	}
	if j = skipSpaceRE(t, i); j == i || j == len(t) || t[j] < '0' || t[j] > '9' {
		return 0, false
	}
	return j + 1, true
}

// isSpaceRE reports whether c is white space as \s has it: [\t\n\f\r ].
func isSpaceRE(c byte) bool { return perlSpaceTab[c] }

// skipSpaceRE returns where the run of \s from t[i] ends.
func skipSpaceRE(t string, i int) int {
	for i < len(t) && isSpaceRE(t[i]) {
		i++
	}
	return i
}

// isWordByteRE reports whether c is an ASCII word byte, as \w and \b
// have it: [0-9A-Za-z_].
func isWordByteRE(c byte) bool { return perlWordTab[c] }
