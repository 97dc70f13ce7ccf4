package parser

// noticeMatch is re.FindStringSubmatch(t) for onBehalfRE and distribByRE,
// run from shortly before the first place of word, a piece of text every
// match holds near its start. The expressions begin with \b and no literal
// prefix, so the regexp package tried every place of the notice in turn;
// now the places before word's first occurrence are skipped.
//
// word must be lower-case ASCII with no letter (k, s) that case folding
// matches to a rune beyond ASCII, and every match must begin at most
// back-1 bytes before it: back keeps one byte more, so that \b at the
// start of the match sees the byte before it (a rune cut in two reads as
// one that is not a word rune, as any rune beyond ASCII is for \b). The
// leftmost match of the rest of the text is then the leftmost of all.
func noticeMatch(re *lazyRegexp, t, word string, back int) []string {
	q := indexFoldASCIIPos(t, word)
	if q < 0 {
		checkGuard(re, t)
		return nil
	}
	return re.FindStringSubmatch(t[max(0, q-back):])
}

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
