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
// ASCII only (plainASCII8 of each eight bytes): one pass, seven bytes a
// step, the windows overlapping by a byte so that a pair across two is
// seen.
func spacedPlain(s string) (spaced, plain bool) {
	const (
		spaces = 0x2020202020202020
		tabs   = 0x0909090909090909
		lows   = 0x7f7f7f7f7f7f7f7f
	)
	plain = true
	i := 0
	for ; i+8 <= len(s); i += 7 {
		w := load64(s[i:])
		x := w ^ spaces // a zero byte where s has a space
		y := w ^ tabs   // and where it has a tab
		sp := ^((x&lows + lows) | x | lows)
		tb := ^((y&lows + lows) | y | lows)
		if sp&(sp>>8)|tb != 0 {
			return true, false
		}
		plain = plain && plainASCII8(w)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c == '\t' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return true, false
		}
		plain = plain && c >= ' ' && c < 0x7f
	}
	return false, plain
}
