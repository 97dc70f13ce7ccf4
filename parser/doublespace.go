package parser

// indexDoubleSpace is strings.Index(s, "  "), seven bytes a step: the
// standard library finds each space with IndexByte and then looks at the
// byte after it, which on prose (a space every six bytes) costs a call per
// word. Here a word of eight bytes is tested for two spaces in a row at
// once; the windows overlap by a byte so that a pair across two is seen.
func indexDoubleSpace(s string) int {
	const (
		spaces = 0x2020202020202020
		lows   = 0x7f7f7f7f7f7f7f7f
	)
	i := 0
	for ; i+8 <= len(s); i += 7 {
		x := load64(s[i:]) ^ spaces // a zero byte where s has a space
		// The high bit of each byte that is zero, exactly: no carry
		// crosses bytes, as the low seven bits are added apart.
		z := ^((x&lows + lows) | x | lows)
		if z&(z>>8) != 0 {
			break // a pair starts in this word: find it below
		}
	}
	for ; i+1 < len(s); i++ {
		if s[i] == ' ' && s[i+1] == ' ' {
			return i
		}
	}
	return -1
}

// hasDoubleSpace reports whether s holds two spaces in a row.
func hasDoubleSpace(s string) bool { return indexDoubleSpace(s) >= 0 }

// spacedText reports whether s holds a tab or two spaces in a row, the
// mark of a column layout (see spacedColumns): spacedPlain's first answer.
func spacedText(s string) bool {
	spaced, _ := spacedPlain(s)
	return spaced
}
