package parser

import (
	"unicode"
	"unicode/utf8"
)

// The written forms of a date, matched by hand. Each matcher reads one form
// at one place of a text exactly as the regular expression in its comment
// would (Go's leftmost-first semantics, case folding and \b included), and
// fills the submatch offsets that FindStringSubmatchIndex would give:
// m[0:2] the match, then each group's start and end, or -1 when the group
// took no part. TestDateFormsMatchRegexps holds the expressions and checks
// the matchers against them.
//
// A hand matcher tries only the few alternatives each place allows, where
// the regular expression engine backtracks through every branch at every
// byte; findDates runs them on every text the metadata pass looks at.

// dateForm describes one written form: which submatch holds the day, the
// month and the year, and whether the month is a name or a number.
type dateForm struct {
	day, month, year int
	named            bool
	foreign          bool   // the month is a French, German, Spanish, Italian, Portuguese or Dutch name
	caseless         bool   // the form starts with letters matched in any case (so may start with ſ or K)
	initials         uint32 // of a caseless form, the ASCII letters (bit c-'a') its first word may begin with
}

// letterBits returns the set of the lower-case ASCII letters of s, bit
// c-'a' for c.
func letterBits(s string) (m uint32) {
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] - 'a')
	}
	return m
}

// dateForms are the forms findDates knows, in the order it tries them.
var dateForms = [...]dateForm{
	// "Monday, November 18, 2021", "Nov. 18th 2021", "NOV 18", "March 3"
	{day: 2, month: 1, year: 3, named: true, caseless: true, initials: letterBits("mtwfs" + "jfmasond")},
	// "18 November 2021", "4th of November, 2021", "4 November"
	{day: 1, month: 2, year: 3, named: true, caseless: true, initials: letterBits("mtwfs")},
	// "2021-11-18", "2021-11-18T09:00:00Z"
	{day: 3, month: 2, year: 1},
	// "11/18/2021" (US order unless the first number cannot be a month)
	{day: 2, month: 1, year: 3},
	// "18.11.2021" (day first, as in Europe)
	{day: 1, month: 2, year: 3},
	// "3 mars 2025", "15. März 2024", "3 de marzo de 2025", "1er janvier"
	{day: 1, month: 2, year: 3, named: true, foreign: true},
}

// allDateForms appends to buf every match of form fi in s, left to right
// and without overlaps, as FindAllStringSubmatchIndex would find them.
func allDateForms(fi int, s string, buf [][8]int) [][8]int {
	return dateFormsUpTo(fi, s, len(s), buf)
}

// dateFormsUpTo is allDateForms(fi, s, buf) without the matches that start
// after limit.
func dateFormsUpTo(fi int, s string, limit int, buf [][8]int) [][8]int {
	f := &dateForms[fi]
	var m [8]int
	for p := 0; p <= limit && p < len(s); p++ {
		c := s[p]
		if !isDigitByte(c) && !(f.caseless && (c|0x20 >= 'a' && c|0x20 <= 'z' || c == 0xC5 || c == 0xE2)) {
			continue // every form starts with a digit or a letter
		}
		if p > 0 && isWordByte(s, p-1) && isWordByte(s, p) {
			continue // every form starts at \b: the matchers' first test
		}
		if l := c | 0x20 - 'a'; l < 26 && f.initials&(1<<l) == 0 {
			continue // no weekday's or month's name the form starts with begins so
		}
		if matchDateForm(fi, s, p, &m) {
			buf = append(buf, m)
			p = m[1] - 1 // no form matches the empty string
		}
	}
	return buf
}

// matchDateForm calls form fi's matcher directly, so that m can stay on
// the caller's stack (through a func value, escape analysis cannot tell).
func matchDateForm(fi int, s string, p int, m *[8]int) bool {
	switch fi {
	case 0:
		return matchMonthDay(s, p, m)
	case 1:
		return matchDayMonth(s, p, m)
	case 2:
		return matchISODate(s, p, m)
	case 3:
		return matchSlashDate(s, p, m)
	case 4:
		return matchDotDate(s, p, m)
	}
	return matchForeignDate(s, p, m)
}

// wordBoundary is the regular expressions' \b at s[i]: an ASCII word
// character on one side and not on the other.
func wordBoundary(s string, i int) bool {
	before := i > 0 && isWordByte(s, i-1)
	after := i < len(s) && isWordByte(s, i)
	return before != after
}

// foldAt matches lit, lower-case ASCII letters, at s[i] in any case, as
// (?i) does: 's' also matches 'ſ' and 'k' the Kelvin sign. It returns the
// end of the match, or -1.
func foldAt(s string, i int, lit string) int {
	for k := 0; k < len(lit); k++ {
		c := lit[k]
		switch {
		case i < len(s) && s[i]|0x20 == c && s[i] >= 'A':
			i++
		case c == 's' && i+1 < len(s) && s[i] == 0xC5 && s[i+1] == 0xBF: // ſ
			i += 2
		case c == 'k' && i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x84 && s[i+2] == 0xAA: // K
			i += 3
		default:
			return -1
		}
	}
	return i
}

// foldFirst lower-cases an ASCII letter, and reads 0xC5, the first byte
// of 'ſ', as 's', which (?i) matches it with; foldAt checks the rest.
func foldFirst(c byte) byte {
	if c == 0xC5 {
		return 's'
	}
	return c | 0x20
}

// spacesAt returns where the run of \s ([\t\n\f\r ]) at s[i] ends.
func spacesAt(s string, i int) int {
	for i < len(s) && isDateSpace(s[i]) {
		i++
	}
	return i
}

// digitsAt reports whether n ASCII digits stand at s[i].
func digitsAt(s string, i, n int) bool {
	if i+n > len(s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if !isDigitByte(s[k]) {
			return false
		}
	}
	return true
}

// ends is a short list of places where a part of a form may end, in the
// order the regular expression tries them.
type ends struct {
	n int
	e [4]int
}

func (l *ends) add(e int) {
	if e >= 0 && l.n < len(l.e) {
		l.e[l.n] = e
		l.n++
	}
}

// dayDigitsAt lists the ends of (\d{1,2}) at s[i]: two digits, then one.
func dayDigitsAt(s string, i int) (l ends) {
	if digitsAt(s, i, 2) {
		l.add(i + 2)
	}
	if digitsAt(s, i, 1) {
		l.add(i + 1)
	}
	return l
}

// optByteAt lists the ends of an optional byte c at s[i]: with it, then
// without.
func optByteAt(s string, i int, c byte) (l ends) {
	if i < len(s) && s[i] == c {
		l.add(i + 1)
	}
	l.add(i)
	return l
}

// ordinalAt lists the ends of (?:st|nd|rd|th)? at s[i].
func ordinalAt(s string, i int) (l ends) {
	for _, o := range [...]string{"st", "nd", "rd", "th"} {
		if e := foldAt(s, i, o); e >= 0 {
			l.add(e)
			break // the four start with different letters
		}
	}
	l.add(i)
	return l
}

// wordThenSpacesAt lists the ends of (?:word\s+)? at s[i].
func wordThenSpacesAt(s string, i int, word string) (l ends) {
	if e := foldAt(s, i, word); e >= 0 {
		if sp := spacesAt(s, e); sp > e {
			l.add(sp)
		}
	}
	l.add(i)
	return l
}

// monthNameAt lists the ends of the month alternation of the named forms,
// (jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|
// aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?),
// at s[i] in any case: the longest form first. The twelve three-letter
// stems differ, so at most one month matches.
func monthNameAt(s string, i int) (l ends) {
	if i >= len(s) {
		return l
	}
	var stem, rest string
	switch foldFirst(s[i]) {
	case 'j':
		stem, rest = "jan", "uary"
		if e := foldAt(s, i, "jun"); e >= 0 {
			stem, rest = "jun", "e"
		} else if e := foldAt(s, i, "jul"); e >= 0 {
			stem, rest = "jul", "y"
		}
	case 'f':
		stem, rest = "feb", "ruary"
	case 'm':
		stem, rest = "mar", "ch"
		if foldAt(s, i, "may") >= 0 {
			stem, rest = "may", ""
		}
	case 'a':
		stem, rest = "apr", "il"
		if foldAt(s, i, "aug") >= 0 {
			stem, rest = "aug", "ust"
		}
	case 's':
		e := foldAt(s, i, "sep")
		if e < 0 {
			return l
		}
		if t := foldAt(s, e, "t"); t >= 0 {
			if full := foldAt(s, t, "ember"); full >= 0 {
				l.add(full)
			}
			l.add(t)
		}
		l.add(e)
		return l
	case 'o':
		stem, rest = "oct", "ober"
	case 'n':
		stem, rest = "nov", "ember"
	case 'd':
		stem, rest = "dec", "ember"
	default:
		return l
	}
	e := foldAt(s, i, stem)
	if e < 0 {
		return l
	}
	if rest != "" {
		if full := foldAt(s, e, rest); full >= 0 {
			l.add(full)
		}
	}
	l.add(e)
	return l
}

// weekdayNameAt lists the ends of the weekday alternation
// (?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun) at s[i], in the
// order the expression tries them.
func weekdayNameAt(s string, i int) (l ends) {
	if i >= len(s) {
		return l
	}
	stem, rest := "", ""
	switch foldFirst(s[i]) {
	case 'm':
		stem = "mon"
	case 't':
		if e := foldAt(s, i, "tue"); e >= 0 {
			l.add(foldAt(s, e, "s"))
			l.add(e)
			return l
		}
		if e := foldAt(s, i, "thu"); e >= 0 {
			if r := foldAt(s, e, "r"); r >= 0 {
				l.add(foldAt(s, r, "s"))
				l.add(r)
			}
			l.add(e)
		}
		return l
	case 'w':
		stem, rest = "wed", "nes"
	case 'f':
		stem = "fri"
	case 's':
		stem, rest = "sat", "ur"
		if foldAt(s, i, "sun") >= 0 {
			stem, rest = "sun", ""
		}
	default:
		return l
	}
	e := foldAt(s, i, stem)
	if e < 0 {
		return l
	}
	if rest != "" {
		l.add(foldAt(s, e, rest))
	}
	l.add(e)
	return l
}

// weekdayLeadAt lists where the optional weekday lead-in of the named forms,
// (?:WEEKDAY(?:day)?\.?,?\s+(?:the\s+)?)?, may end at s[i]: after each way
// it matches, in the expression's order, and last at i, where it is left
// out.
func weekdayLeadAt(s string, i int) (l ends) {
	names := weekdayNameAt(s, i)
	for _, n := range names.e[:names.n] {
		days := wordThenOptAt(s, n, "day")
		for _, d := range days.e[:days.n] {
			dots := optByteAt(s, d, '.')
			for _, dot := range dots.e[:dots.n] {
				commas := optByteAt(s, dot, ',')
				for _, c := range commas.e[:commas.n] {
					sp := spacesAt(s, c)
					if sp == c {
						continue
					}
					// \s+ gives back no space: a space cannot start
					// "the", a day or a month.
					thes := wordThenSpacesAt(s, sp, "the")
					for _, t := range thes.e[:thes.n] {
						if l.n < len(l.e)-1 {
							l.add(t)
						}
					}
				}
			}
		}
	}
	l.add(i)
	return l
}

// wordThenOptAt lists the ends of (?:word)? at s[i].
func wordThenOptAt(s string, i int, word string) (l ends) {
	l.add(foldAt(s, i, word))
	l.add(i)
	return l
}

// yearAt matches the optional year of the named forms, (?:,?\s+(\d{4})\b)?,
// at s[i], with de set for the Romance forms' (?:,?\s+(?:de\s+)?(\d{4})\b)?.
// It returns the year's start, or -1 when the group does not match.
// No part needs backtracking: a space cannot start a year or "de", and "de"
// cannot start one.
func yearAt(s string, i int, de bool) int {
	j := i
	if j < len(s) && s[j] == ',' {
		j++
	}
	k := spacesAt(s, j)
	if k == j {
		return -1
	}
	if de {
		if e := foldAt(s, k, "de"); e >= 0 {
			if sp := spacesAt(s, e); sp > e && digitsAt(s, sp, 4) && wordBoundary(s, sp+4) {
				return sp
			}
		}
	}
	if digitsAt(s, k, 4) && wordBoundary(s, k+4) {
		return k
	}
	return -1
}

// setYear fills group g of m with the year at y, or -1s, and ends the match
// after it.
func setYear(m *[8]int, g, y, end int) {
	if y < 0 {
		m[2*g], m[2*g+1] = -1, -1
		m[1] = end
		return
	}
	m[2*g], m[2*g+1] = y, y+4
	m[1] = y + 4
}

// matchMonthDay is the month-first form:
//
//	(?i)\b WEEKDAY? MONTH\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?
func matchMonthDay(s string, p int, m *[8]int) bool {
	if !wordBoundary(s, p) {
		return false
	}
	leads := weekdayLeadAt(s, p)
	for _, q := range leads.e[:leads.n] {
		months := monthNameAt(s, q)
		for _, me := range months.e[:months.n] {
			dots := optByteAt(s, me, '.')
			for _, dot := range dots.e[:dots.n] {
				sp := spacesAt(s, dot)
				if sp == dot {
					continue
				}
				days := dayDigitsAt(s, sp)
				for _, de := range days.e[:days.n] {
					ords := ordinalAt(s, de)
					for _, oe := range ords.e[:ords.n] {
						if !wordBoundary(s, oe) {
							continue
						}
						*m = [8]int{p, 0, q, me, sp, de}
						setYear(m, 3, yearAt(s, oe, false), oe)
						return true
					}
				}
			}
		}
	}
	return false
}

// matchDayMonth is the day-first form:
//
//	(?i)\b WEEKDAY? (\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?MONTH\.?\b(?:,?\s+(\d{4})\b)?
func matchDayMonth(s string, p int, m *[8]int) bool {
	if !wordBoundary(s, p) {
		return false
	}
	leads := weekdayLeadAt(s, p)
	for _, q := range leads.e[:leads.n] {
		days := dayDigitsAt(s, q)
		for _, de := range days.e[:days.n] {
			ords := ordinalAt(s, de)
			for _, oe := range ords.e[:ords.n] {
				sp := spacesAt(s, oe)
				if sp == oe {
					continue
				}
				ofs := wordThenSpacesAt(s, sp, "of")
				for _, ms := range ofs.e[:ofs.n] {
					months := monthNameAt(s, ms)
					for _, me := range months.e[:months.n] {
						dots := optByteAt(s, me, '.')
						for _, dot := range dots.e[:dots.n] {
							if !wordBoundary(s, dot) {
								continue
							}
							*m = [8]int{p, 0, q, de, ms, me}
							setYear(m, 3, yearAt(s, dot, false), dot)
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// matchISODate is \b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?
func matchISODate(s string, p int, m *[8]int) bool {
	if !wordBoundary(s, p) || !digitsAt(s, p, 4) || p+10 > len(s) ||
		s[p+4] != '-' || !digitsAt(s, p+5, 2) || s[p+7] != '-' || !digitsAt(s, p+8, 2) {
		return false
	}
	end := p + 10
	if end+1 < len(s) && s[end] == 'T' && isTimeByte(s[end+1]) {
		// [\d:.]+ takes all it can; the zone is tried after it and, as it
		// is optional, never makes the run give back.
		r := end + 1
		for r < len(s) && isTimeByte(s[r]) {
			r++
		}
		end = r
		switch {
		case r < len(s) && s[r] == 'Z':
			end = r + 1
		case r < len(s) && (s[r] == '+' || s[r] == '-') && digitsAt(s, r+1, 2):
			j := r + 3
			if j < len(s) && s[j] == ':' && digitsAt(s, j+1, 2) {
				end = j + 3
			} else if digitsAt(s, j, 2) {
				end = j + 2
			}
		}
	}
	*m = [8]int{p, end, p, p + 4, p + 5, p + 7, p + 8, p + 10}
	return true
}

func isTimeByte(c byte) bool { return isDigitByte(c) || c == ':' || c == '.' }

// matchSlashDate is \b(\d{1,2})/(\d{1,2})/(\d{4})\b.
func matchSlashDate(s string, p int, m *[8]int) bool { return matchNumericDate(s, p, '/', m) }

// matchDotDate is \b(\d{1,2})\.(\d{1,2})\.(\d{4})\b.
func matchDotDate(s string, p int, m *[8]int) bool { return matchNumericDate(s, p, '.', m) }

func matchNumericDate(s string, p int, sep byte, m *[8]int) bool {
	if !wordBoundary(s, p) {
		return false
	}
	firsts := dayDigitsAt(s, p)
	for _, a := range firsts.e[:firsts.n] {
		if a >= len(s) || s[a] != sep {
			continue
		}
		seconds := dayDigitsAt(s, a+1)
		for _, b := range seconds.e[:seconds.n] {
			if b >= len(s) || s[b] != sep || !digitsAt(s, b+1, 4) || !wordBoundary(s, b+5) {
				continue
			}
			*m = [8]int{p, b + 5, p, a, a + 1, b, b + 1, b + 5}
			return true
		}
	}
	return false
}

// matchForeignDate is the day-first form with any word for the month,
// which findDates then looks up:
//
//	(?i)\b(\d{1,2})(?:er|\.|º|°)?\s+(?:de\s+)?(\pL+)\.?(?:,?\s+(?:de\s+)?(\d{4})\b)?
func matchForeignDate(s string, p int, m *[8]int) bool {
	if !wordBoundary(s, p) {
		return false
	}
	days := dayDigitsAt(s, p)
	for _, de := range days.e[:days.n] {
		var sufs ends
		switch {
		case foldAt(s, de, "er") >= 0:
			sufs.add(de + 2)
		case de < len(s) && s[de] == '.':
			sufs.add(de + 1)
		case de+1 < len(s) && s[de] == 0xC2 && (s[de+1] == 0xBA || s[de+1] == 0xB0): // º, °
			sufs.add(de + 2)
		}
		sufs.add(de)
		for _, se := range sufs.e[:sufs.n] {
			sp := spacesAt(s, se)
			if sp == se {
				continue
			}
			des := wordThenSpacesAt(s, sp, "de")
			for _, ws := range des.e[:des.n] {
				we := lettersAt(s, ws)
				if we == ws {
					continue
				}
				// What follows the word is optional, so the first way
				// the word matches is the match.
				dot := we
				if dot < len(s) && s[dot] == '.' {
					dot++
				}
				*m = [8]int{p, 0, p, de, ws, we}
				setYear(m, 3, yearAt(s, dot, true), dot)
				return true
			}
		}
	}
	return false
}

// lettersAt returns where the run of letters (\pL) at s[i] ends.
func lettersAt(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			return i
		}
		i += n
	}
	return i
}
