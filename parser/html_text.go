package parser

import (
	"unicode"
	"unicode/utf8"
)

// htmlText accumulates the visible text of one HTML block the way a browser
// lays it out: runs of white space (including non-breaking spaces) become one
// space, leading and trailing space disappears, and invisible characters
// such as zero-width spaces and soft hyphens are dropped.
type htmlText struct {
	b     []byte
	space bool // a space is pending before the next visible character

	letters, digits int // visible letters and digits written so far
	money           int // currency signs, percent signs and parentheses written so far
}

// write appends s, collapsing white space. It reports whether s held any
// visible character.
func (t *htmlText) write(s []byte) bool {
	visible := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				t.space = true
				continue
			case c < ' ' || c == 0x7f:
				continue
			case c >= '0' && c <= '9':
				t.digits++
			case c == '$' || c == '%' || c == '(':
				t.money++
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				t.letters++
			}
			t.pad()
			t.b = append(t.b, c)
			visible = true
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		switch {
		case unicode.IsSpace(r):
			t.space = true
		case zeroWidth(r):
			// zero-width and soft-hyphen characters are not seen
		default:
			switch {
			case unicode.IsLetter(r):
				t.letters++
			case unicode.IsDigit(r):
				t.digits++
			case r == '€' || r == '£' || r == '¥' || r == '₹':
				t.money++
			}
			t.pad()
			t.b = append(t.b, s[i:i+n]...)
			visible = true
		}
		i += n
	}
	return visible
}

// pad writes the pending space, if any, unless the text is empty.
func (t *htmlText) pad() {
	if t.space && len(t.b) > 0 {
		t.b = append(t.b, ' ')
	}
	t.space = false
}

// breakLine makes the next visible character start after a space, as a line
// break does within a block.
func (t *htmlText) breakLine() { t.space = true }

// reset empties the text for the next block.
func (t *htmlText) reset() {
	t.b = t.b[:0]
	t.space = false
}

// visible reports whether s holds a character that htmlText would write.
func visible(s []byte) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c > ' ' && c != 0x7f {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		if !unicode.IsSpace(r) && !zeroWidth(r) {
			return true
		}
		i += n
	}
	return false
}

// zeroWidth reports whether r is a zero-width character or a soft hyphen,
// which the page does not show.
func zeroWidth(r rune) bool {
	return r == '\u200b' || r == '\ufeff' || r == '\u00ad' || r == '\u200c' || r == '\u2060'
}
