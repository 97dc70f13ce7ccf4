package parser

import "unicode/utf8"

// The byte-level tests the contact people reader runs on every line and
// part of a contact block, in place of strings.Trim and strings.ContainsAny
// with sets that hold characters beyond ASCII, which read rune by rune.

// partCutASCII marks the ASCII bytes of the set a contact part is trimmed
// of, " []*_:-–—•|"; its other members are the dashes and the bullet.
var partCutASCII = [utf8.RuneSelf]bool{' ': true, '[': true, ']': true, '*': true, '_': true, ':': true, '-': true, '|': true}

// isPartDash reports whether t, three bytes, is an en dash, an em dash or
// a bullet.
func isPartDash(t string) bool { return t == "–" || t == "—" || t == "•" }

// trimPartPunct is strings.Trim(s, " []*_:-–—•|"), comparing bytes.
func trimPartPunct(s string) string {
	for s != "" {
		if c := s[0]; c < utf8.RuneSelf && partCutASCII[c] {
			s = s[1:]
		} else if len(s) >= 3 && isPartDash(s[:3]) {
			s = s[3:]
		} else {
			break
		}
	}
	for s != "" {
		if c := s[len(s)-1]; c < utf8.RuneSelf && partCutASCII[c] {
			s = s[:len(s)-1]
		} else if len(s) >= 3 && isPartDash(s[len(s)-3:]) {
			s = s[:len(s)-3]
		} else {
			break
		}
	}
	return s
}

// needsPartSeparators reports whether s holds a separator of contact parts
// other than a comma: ';', '|', a tab, a bullet, two spaces or " or ".
func needsPartSeparators(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';', '|', '\t':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' || len(s)-i >= 4 && s[i:i+4] == " or " {
				return true
			}
		case 0xE2:
			if len(s)-i >= 3 && s[i:i+3] == "•" {
				return true
			}
		}
	}
	return false
}

// mayOpenCueLabel reports whether a line starting with the byte c may
// open with one of the labels of stripContactCue ("for more
// information:", "investors:", "media:", "press:"…): an f, i, m or p in
// either case, or a byte beyond ASCII, which strings.ToLower might turn
// into one ("İnvestors:").
func mayOpenCueLabel(c byte) bool {
	switch c | 0x20 {
	case 'f', 'i', 'm', 'p':
		return true
	}
	return c >= utf8.RuneSelf
}
