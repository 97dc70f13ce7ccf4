package parser

import "unicode/utf8"

// runeCount is utf8.RuneCountInString(s), eight bytes at a time while they
// are ASCII: the standard library's count decodes rune by rune, and the
// entities pass counts the whole cleaned text to turn byte offsets into
// code points. Past ASCII it decodes as range does, so an invalid byte
// still counts as one rune.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		for i+8 <= len(s) && load64(s[i:])&0x8080808080808080 == 0 {
			i += 8
			n += 8
		}
		if i == len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}
