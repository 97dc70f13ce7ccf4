package parser

// plainLineLimit is how many lines plainLineSet keeps a mark for; a line past
// it is taken for one that is not plain, and its segment's text is checked
// in full.
const plainLineLimit = 256

// plainLineSet marks the lines that hold printable ASCII only: no tab, no
// control byte, no byte outside ASCII (bit k%64 of word k/64 for line k).
type plainLineSet [plainLineLimit / 64]uint64

// has reports whether line k is marked plain.
func (p *plainLineSet) has(k int) bool {
	return k < plainLineLimit && p[k/64]&(1<<(k%64)) != 0
}

// spacedShape reports whether a line holds a tab or two spaces in a row (as
// spacedColumns does) and, when none does, which lines are plain: one pass
// over each line answers both.
func spacedShape(lines []rawLine) (spaced bool, plain plainLineSet) {
	for k := range lines {
		sp, pl := spacedPlain(lines[k].text)
		if sp {
			return true, plainLineSet{}
		}
		if pl && k < plainLineLimit {
			plain[k/64] |= 1 << (k % 64)
		}
	}
	return false, plain
}

// spacedPlain reports whether s holds a tab or two spaces in a row (the
// mark of a column layout) and, when it does not, whether s holds printable
// ASCII only (plainASCII8 of each eight bytes): one pass, eight bytes a
// step, a space at the end of one eight carried over to the next so that a
// pair across two is seen, and the bytes that are not plain OR'ed into one
// mask instead of tested eight by eight.
func spacedPlain(s string) (spaced, plain bool) {
	const (
		ones   = 0x0101010101010101
		highs  = 0x8080808080808080
		spaces = 0x2020202020202020
		tabs   = 0x0909090909090909
		lows   = 0x7f7f7f7f7f7f7f7f
	)
	var bad, carry uint64
	t := s
	for len(t) >= 8 {
		w := load64(t)
		t = t[8:]
		x := w ^ spaces // a zero byte where s has a space
		y := w ^ tabs   // and where it has a tab
		sp := ^((x&lows + lows) | x | lows)
		tb := ^((y&lows + lows) | y | lows)
		if sp&(sp>>8|carry)|tb != 0 {
			return true, false
		}
		carry = sp >> 56 // a space at the last byte, as one at the first
		// Outside ASCII, below 0x20 or DEL (see noControl8: exact as a
		// whole once no byte is outside ASCII).
		del := w ^ 0x7f*ones
		bad |= w | (w-0x20*ones)&^w | (del-ones)&^del
	}
	plain = bad&highs == 0
	prev := carry != 0 // the byte before t is a space
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '\t' || c == ' ' && prev {
			return true, false
		}
		prev = c == ' '
		plain = plain && c >= ' ' && c < 0x7f
	}
	return false, plain
}
