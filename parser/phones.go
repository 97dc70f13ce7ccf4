package parser

import (
	"strings"
)

// phoneMatch is a telephone number found in a text: the half-open byte range
// [start, end) it occupies, the number as written (non-breaking spaces made
// plain) and its value, the digits with a leading "+" and country code.
type phoneMatch struct {
	start, end int
	text       string
	value      string
}

// phoneGroup is one run of digits in a candidate number.
type phoneGroup struct {
	start, end int  // bytes of the digits, or of "(ddd)" when paren
	digits     int  // number of digits
	paren      bool // written inside parentheses
	sep        byte // separator written before the group: '-', '.', '/', ' ', ')' or 0
	first      byte // first digit
}

// findPhones returns the telephone numbers in s, in order. It favours
// precision: without a leading "+" only North American numbers grouped as
// "214-653-3756", "(214) 653-3756", "214/653-3600", "310.299.1717" or
// "1-800-555-0199" count; with one, any grouping of 8 to 15 digits whose
// country code has at most three digits. Dates, year ranges, money, ISBNs,
// ZIP+4 codes and plain numbers do not have these shapes.
func findPhones(s string) []phoneMatch { return appendPhones(nil, s) }

// appendPhones appends the telephone numbers findPhones returns for s to
// out and returns the extended slice.
func appendPhones(out []phoneMatch, s string) []phoneMatch {
	for i := 0; i < len(s); i++ {
		// A number holds a digit at most two bytes after its start
		// ("+(44)…"), and a '+' or '(' further before the next digit
		// cannot start one, nor has digits after it to skip: go on two
		// bytes before that digit.
		d := nextDigit(s, i)
		if d < 0 {
			break
		}
		i = max(i, d-2)
		c := s[i]
		if c != '+' && c != '(' && !isPhoneDigit(c) {
			continue
		}
		if !phoneStartOK(s, i) {
			// Skip the rest of this run of digits: a phone cannot start
			// inside a longer number.
			for i+1 < len(s) && isPhoneDigit(s[i+1]) {
				i++
			}
			continue
		}
		if m, ok := matchPhone(s, i); ok {
			out = append(out, m)
			i = m.end - 1
			continue
		}
		for i+1 < len(s) && isPhoneDigit(s[i+1]) {
			i++
		}
	}
	return out
}

// nextDigit returns the place of the first ASCII digit of s at or after
// i, or -1: it is indexDigit.
func nextDigit(s string, i int) int { return indexDigit(s, i) }

// digitFirst8 finds the first of the eight bytes of x that is an ASCII
// digit: the lowest bit it returns is the high bit of that byte, and it
// returns 0 when there is none. Above that byte its bits say nothing
// (borrows carry into them), which nextDigit does not need: it takes half
// the operations of a test exact for every byte.
func digitFirst8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	d := x ^ ones*'0' // digits become 0-9
	return (d - ones*10) &^ d & high
}

func isPhoneDigit(c byte) bool { return c >= '0' && c <= '9' }

// phoneStartOK reports whether a number may start at s[i]: not inside a
// longer number, an amount or a code.
func phoneStartOK(s string, i int) bool {
	if i == 0 {
		return true
	}
	p := s[i-1]
	switch {
	case isPhoneDigit(p), p == '$', p == '#', p == '+', p == '_':
		return false
	case p == '.' || p == ',' || p == '-' || p == '/' || p == ':':
		// "1.650" is fine at the start of a text, but "12.5" or "3/4" or
		// "10:30" continue a number.
		return i < 2 || !isPhoneDigit(s[i-2])
	case p >= 0x80:
		// Currency signs such as € and £ end in a continuation byte; a
		// non-breaking space (C2 A0) is fine.
		return p == 0xA0 || p == 0xAF || p == 0x87
	}
	return true
}

// phoneSep reads a separator at s[i]: a single '-', '.', '/' or space (a
// non-breaking space counts as one). It returns the separator and its byte
// length, or 0, 0.
func phoneSep(s string, i int) (byte, int) {
	if i >= len(s) {
		return 0, 0
	}
	switch s[i] {
	case '-', '.', '/', ' ':
		return s[i], 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return ' ', 2
		}
	case 0xE2:
		// U+2007 figure space, U+202F narrow no-break space.
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xAF || s[i+2] == 0x87) {
			return ' ', 3
		}
	}
	return 0, 0
}

// phoneGroups reads the runs of digits of a candidate number at s[i:],
// after an optional '+', appending them to gs. It stops before anything that is not a digit
// group or a single separator followed by one.
func phoneGroups(s string, i int, gs []phoneGroup) []phoneGroup {
	var sep byte
	for len(gs) < 7 {
		j := i
		g := phoneGroup{start: i, sep: sep}
		if j < len(s) && s[j] == '(' {
			j++
			k := j
			for k < len(s) && isPhoneDigit(s[k]) {
				k++
			}
			if k == j || k-j > 4 || k >= len(s) || s[k] != ')' {
				break
			}
			g.digits, g.paren, g.end, g.first = k-j, true, k+1, s[j]
		} else {
			k := j
			for k < len(s) && isPhoneDigit(s[k]) {
				k++
			}
			if k == j {
				break
			}
			g.digits, g.end, g.first = k-j, k, s[j]
		}
		gs = append(gs, g)
		i = g.end
		// A group in parentheses may be followed directly by the next.
		if g.paren && i < len(s) && (isPhoneDigit(s[i])) {
			sep = ')'
			continue
		}
		c, n := phoneSep(s, i)
		if n == 0 || i+n >= len(s) || !(isPhoneDigit(s[i+n]) || s[i+n] == '(') {
			break
		}
		sep = c
		i += n
	}
	return gs
}

// matchPhone tries to read a telephone number starting at s[i].
func matchPhone(s string, i int) (phoneMatch, bool) {
	plus := s[i] == '+'
	at := i
	if plus {
		at++
	}
	var buf [7]phoneGroup // room for the most phoneGroups reads
	gs := phoneGroups(s, at, buf[:0])
	if len(gs) == 0 {
		return phoneMatch{}, false
	}
	n := 0
	french := false
	if plus {
		n = plusPhone(gs)
	} else {
		n = northAmerican(gs)
		if n == 0 && frenchPhone(s, gs) {
			n, french = 5, true
		}
	}
	if n == 0 {
		return phoneMatch{}, false
	}
	end := gs[n-1].end
	// Not the start of a longer number or code: "214-653-3756-12",
	// "214-653-37561", "214-653-3756x".
	if end < len(s) {
		c := s[end]
		if isPhoneDigit(c) || c == '_' {
			return phoneMatch{}, false
		}
		if (c == '-' || c == '/' || c == '.') && end+1 < len(s) && isPhoneDigit(s[end+1]) {
			return phoneMatch{}, false
		}
	}
	var digits strings.Builder
	digits.WriteByte('+')
	switch {
	case french:
		digits.WriteString("33")
	case !plus:
		digits.WriteByte('1')
	}
	for k, g := range gs[:n] {
		if !plus && k == 0 && n == 4 && !french {
			continue // the trunk prefix "1"
		}
		for p := g.start; p < g.end; p++ {
			if french && p == g.start && k == 0 {
				continue // the trunk prefix "0"
			}
			if isPhoneDigit(s[p]) {
				digits.WriteByte(s[p])
			}
		}
	}
	return phoneMatch{start: i, end: end, text: plainSpaces(s[i:end]), value: digits.String()}, true
}

// frenchPhone reports whether gs start with a French national number:
// "04 72 55 18 90", "01.42.68.53.00" — five pairs of digits, the first
// "0" and a non-zero digit, one kind of separator throughout.
func frenchPhone(s string, gs []phoneGroup) bool {
	if len(gs) < 5 || len(gs) > 5 && gs[5].sep != 0 && gs[5].sep == gs[1].sep {
		return false
	}
	if gs[0].first != '0' || gs[0].paren || gs[0].digits != 2 || s[gs[0].end-1] == '0' {
		return false
	}
	for k := 1; k < 5; k++ {
		if gs[k].digits != 2 || gs[k].paren || gs[k].sep != gs[1].sep || gs[k].sep != ' ' && gs[k].sep != '.' {
			return false
		}
	}
	return true
}

// northAmerican returns how many of gs make a North American number —
// 3 for "214-653-3756", 4 for "1-800-555-0199" — or 0.
func northAmerican(gs []phoneGroup) int {
	if len(gs) >= 4 && gs[0].digits == 1 && gs[0].first == '1' && !gs[0].paren && nanpTail(gs[1:4]) {
		// The trunk prefix "1" joined by '-', '.' or a space, or before "(800)".
		if p := gs[1].sep; p == '-' || p == '.' || p == ' ' {
			return 4
		}
	}
	if len(gs) >= 3 && nanpTail(gs[:3]) {
		return 3
	}
	return 0
}

// nanpTail reports whether three groups are an area code, an exchange and a
// line number with separators a person would write.
func nanpTail(gs []phoneGroup) bool {
	area, exch, line := gs[0], gs[1], gs[2]
	if area.digits != 3 || exch.digits != 3 || line.digits != 4 || exch.paren || line.paren {
		return false
	}
	if area.first < '2' || exch.first < '2' {
		return false
	}
	switch line.sep {
	case '-', '.':
	default:
		return false
	}
	switch exch.sep {
	case ')':
	case ' ':
		if !area.paren && line.sep != '-' {
			return false
		}
	case '-', '.', '/':
		if area.paren {
			return false
		}
	default:
		return false
	}
	return true
}

// plusPhone returns how many of gs make an international number written
// after "+", or 0.
func plusPhone(gs []phoneGroup) int {
	if gs[0].paren {
		return 0
	}
	if len(gs) == 1 {
		if gs[0].digits >= 8 && gs[0].digits <= 15 {
			return 1
		}
		return 0
	}
	if gs[0].digits > 3 {
		return 0
	}
	// "+1 …" is a North American number: exactly 1 + 3 + 3 + 4 digits.
	if gs[0].digits == 1 && len(gs) >= 4 && northAmerican(gs) == 4 {
		return 4
	}
	total, n := gs[0].digits, 1
	for _, g := range gs[1:] {
		if g.digits > 8 || total+g.digits > 15 {
			break
		}
		total += g.digits
		n++
	}
	// A last group of one digit is more likely a following number.
	if n > 2 && gs[n-1].digits == 1 && !gs[n-1].paren && total-1 >= 8 {
		total--
		n--
	}
	if total < 8 {
		return 0
	}
	return n
}

// narrowSpaces are the no-break and narrow spaces plainSpaces turns into
// plain ones (built once: a Replacer is costly to build).
var narrowSpaces = strings.NewReplacer("\u00a0", " ", "\u2007", " ", "\u202f", " ")

// plainSpaces replaces non-breaking and figure spaces with plain spaces.
func plainSpaces(s string) string {
	// The three are encoded C2 A0, E2 80 87 and E2 80 AF: without a C2 or
	// an E2 byte there is none, and no rune-by-rune search is needed.
	if strings.IndexByte(s, 0xC2) < 0 && strings.IndexByte(s, 0xE2) < 0 || !strings.ContainsAny(s, "\u00a0\u2007\u202f") {
		return s
	}
	return narrowSpaces.Replace(s)
}
