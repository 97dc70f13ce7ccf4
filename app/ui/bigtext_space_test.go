package ui

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestASCIISpaceIsUnicodeSpace checks that skipSpace's and wordEnd's table
// of ASCII spaces says what unicode.IsSpace says.
func TestASCIISpaceIsUnicodeSpace(t *testing.T) {
	for c := range utf8.RuneSelf {
		if asciiSpace[c] != unicode.IsSpace(rune(c)) {
			t.Errorf("asciiSpace[%#x] = %v, unicode.IsSpace says %v", c, asciiSpace[c], !asciiSpace[c])
		}
	}
}
