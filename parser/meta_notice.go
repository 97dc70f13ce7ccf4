package parser

// indexFoldASCIIPos returns the first place of the lower-case ASCII sub in
// s, ASCII letters compared in either case, or -1.
func indexFoldASCIIPos(s, sub string) int {
	if sub == "" {
		return 0
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0]|0x20 && equalFoldASCIIFrom(s[i:i+len(sub)], sub, 0) {
			return i
		}
	}
	return -1
}
