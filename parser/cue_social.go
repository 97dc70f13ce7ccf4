package parser

import (
	"math/bits"
	"unicode/utf8"
)

// socialHostNames are the hosts socialHosts names, in its order.
var socialHostNames = []string{
	"twitter.com", "x.com", "facebook.com", "fb.com", "instagram.com", "linkedin.com", "youtube.com", "youtu.be",
	"flickr.com", "tiktok.com", "threads.net", "pinterest.com", "bsky.app", "t.me", "vimeo.com",
}

// isSocialURL is socialHosts.MatchString(u), written out: an optional
// scheme, an optional "www.", "m." or two-letter subdomain, one of
// socialHostNames, and a word boundary, all in either case. Case folding
// is the expression's: besides ASCII case, the Kelvin sign reads as k and
// the long s as s. The expression ran on every link of every segment.
func isSocialURL(u string) bool {
	for _, scheme := range [...]string{"", "http://", "https://"} {
		rest := u
		if scheme != "" {
			n, ok := prefixFold(u, scheme)
			if !ok {
				continue
			}
			rest = u[n:]
		}
		for sub := range 4 {
			host, ok := rest, true
			switch sub {
			case 1:
				host, ok = afterFold(rest, "www.")
			case 2:
				host, ok = afterFold(rest, "m.")
			case 3:
				host, ok = afterTwoLetters(rest)
			}
			if ok && socialHostAt(host) {
				return true
			}
		}
	}
	return false
}

// socialHostAt reports whether s begins with one of socialHostNames
// followed by a word boundary.
func socialHostAt(s string) bool {
	for hs := socialHostsByFirst.at(s); hs != 0; hs &= hs - 1 {
		h := socialHostNames[bits.TrailingZeros32(hs)]
		if n, ok := prefixFold(s, h); ok && (n == len(s) || !isPerlWordByte(s[n])) {
			return true
		}
	}
	return false
}

// socialHostsByFirst indexes socialHostNames by their first letter.
var socialHostsByFirst = newFirstLetters(socialHostNames)

// afterFold returns s after its prefix lit, matched as prefixFold does.
func afterFold(s, lit string) (string, bool) {
	n, ok := prefixFold(s, lit)
	return s[n:], ok
}

// afterTwoLetters returns s after `(?i)[a-z]{2}\.`.
func afterTwoLetters(s string) (string, bool) {
	for range 2 {
		r, size := utf8.DecodeRuneInString(s)
		if !(r < 0x80 && isLetterASCII(byte(r)) || r == 0x212a || r == 0x17f) {
			return "", false
		}
		s = s[size:]
	}
	if s == "" || s[0] != '.' {
		return "", false
	}
	return s[1:], true
}

// prefixFold reports whether s begins with lit, a lower-case ASCII
// literal, as (?i) matches it, and returns the bytes of s it takes.
func prefixFold(s, lit string) (int, bool) {
	if len(s) < len(lit) {
		return 0, false // each byte of lit takes a byte of s or more
	}
	// The common case: the bytes of s compared with lit's one by one,
	// ASCII letters in either case, until one differs; only a rune beyond
	// ASCII there (the Kelvin sign, the long s) is read as a rune.
	i := 0
	for ; i < len(lit); i++ {
		c, l := s[i], lit[i]
		if c != l && !('a' <= l && l <= 'z' && c == l-('a'-'A')) {
			break
		}
	}
	if i == len(lit) {
		return i, true
	}
	if s[i] < utf8.RuneSelf {
		return 0, false
	}
	return prefixFoldRunes(s, lit)
}

// prefixFoldRunes is prefixFold reading s rune by rune.
func prefixFoldRunes(s, lit string) (int, bool) {
	n := 0
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		r, size := utf8.DecodeRuneInString(s[n:])
		switch {
		case size == 0:
			return 0, false
		case r == rune(c), 'a' <= c && c <= 'z' && r == rune(c-'a'+'A'):
		case c == 'k' && r == 0x212a, c == 's' && r == 0x17f:
		default:
			return 0, false
		}
		n += size
	}
	return n, true
}

// isPerlWordByte reports whether c is in \w: [0-9A-Za-z_].
func isPerlWordByte(c byte) bool { return perlWordTab[c] }
