package parser

// foldsToASCII reports whether s holds U+0130 (İ) or the Kelvin sign
// (U+212A), the two runes beyond ASCII that lower-case to an ASCII letter:
// strings.Contains(s, "\u0130") || strings.Contains(s, "\u212a") in one
// pass that goes by eight ASCII bytes at a time. In Go's wasm port
// strings.Contains jumps from one lead byte to the next by a call each
// (0xE2 opens every curly quote and dash) and falls back to a byte-by-byte
// Rabin-Karp search after a few misses.
func foldsToASCII(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && load64(s[i:])&0x8080808080808080 == 0 {
			i += 8
			continue
		}
		switch s[i] {
		case 0xC4: // U+0130 is C4 B0
			if i+1 < len(s) && s[i+1] == 0xB0 {
				return true
			}
		case 0xE2: // U+212A is E2 84 AA
			if i+2 < len(s) && s[i+1] == 0x84 && s[i+2] == 0xAA {
				return true
			}
		}
		i++
	}
	return false
}
