package parser

import (
	"cmp"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dateCueReach is further than a form's window reaches from its cue
// word: 32 bytes, and up to three to the edge of a rune.
const dateCueReach = 40

// indexDigit returns the place of the first ASCII digit in s at or after
// i, or -1. It tests sixteen bytes at a time by two eight-byte masks of
// digitFirst8, whose lowest bit is exact, and eight, then one at a time,
// at the end of s.
func indexDigit(s string, i int) int {
	for ; i+16 <= len(s); i += 16 {
		lo, hi := digitFirst8(load64(s[i:])), digitFirst8(load64(s[i+8:]))
		if lo|hi != 0 {
			if lo != 0 {
				return i + bits.TrailingZeros64(lo)/8
			}
			return i + 8 + bits.TrailingZeros64(hi)/8
		}
	}
	if i+8 <= len(s) {
		if m := digitFirst8(load64(s[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	for ; i < len(s); i++ {
		if isDigitByte(s[i]) {
			return i
		}
	}
	return -1
}

// digitBytes8 reports whether one of the eight bytes of x is an ASCII
// digit. Each byte is tested on its own, without carries between bytes;
// bytes of 0x80 and over never match.
func digitBytes8(x uint64) bool { return digitBits8(x) != 0 }

// digitBits8 returns the high bit of each of the eight bytes of x that is
// an ASCII digit; the others are 0. Each byte is tested on its own.
func digitBits8(x uint64) uint64 {
	const ones = 0x0101010101010101
	const above, below = '0' - 1, '9' + 1
	low := x & (ones * 127)
	return (ones*(127+below) - low) &^ x & (low + ones*(127-above)) & (ones * 128)
}

// dateMatch is a calendar date found in a text: the half-open byte range
// [start, end) it occupies and its ISO 8601 value. A date written without a
// year ("4 November") has the ISO 8601 partial form "--MM-DD"; withYear
// completes it.
type dateMatch struct {
	start, end int
	iso        string
}

// hasYear reports whether the match names a full date.
func (m dateMatch) hasYear() bool { return !strings.HasPrefix(m.iso, "--") }

// withYear completes a year-less ISO date ("--11-04") with year, and returns
// a full date unchanged.
func withYear(iso string, year int) string {
	if !strings.HasPrefix(iso, "--") || year <= 0 {
		return iso
	}
	if year > 9999 {
		return strconv.Itoa(year) + "-" + iso[2:]
	}
	var b [4]byte
	isoDigits(b[:], year, 4)
	return string(b[:]) + "-" + iso[2:]
}

// foreignMonths are month names in French, German, Spanish, Italian,
// Portuguese and Dutch, lower-cased, with their numbers.
var foreignMonths = map[string]int{
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
	"oktober": 10, "dezember": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
	"outubro": 10, "novembro": 11, "dezembro": 12,
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
	// Written as in English, and in lower case in these languages.
	"april": 4, "august": 8, "september": 9, "november": 11, "december": 12,
}

// monthWords are the ways a month's name is written, lower-cased.
var monthWords = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true,
	"apr": true, "april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true,
	"aug": true, "august": true, "sep": true, "sept": true, "september": true, "oct": true,
	"october": true, "nov": true, "november": true, "dec": true, "december": true,
}

var monthNumbers = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// findDates returns the dates written in text, in order and without
// overlaps; where two forms overlap the longer one wins.
//
// The forms are matched only on small windows around what can start a
// date: a month's name, or a number followed by "-", "/" or ".".
func findDates(text string) []dateMatch {
	return appendDates(nil, text)
}

// appendDates is findDates, appending the dates of text to dst.
func appendDates(dst []dateMatch, text string) []dateMatch {
	// Every form holds a digit, within its window of the cue.
	next := indexDigit(text, 0)
	if next < 0 {
		return dst
	}
	lastDigit := -1 << 30 // the last digit before the word at hand
	n0 := len(dst)
	all := dst
	var seenBuf [8][3]int
	seen := seenBuf[:0] // the matches read so far, by form and place
	try := func(pi, lo, hi, mustStart, mustEnd int) {
		lo, hi = max(lo, 0), min(hi, len(text))
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo--
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		var buf [4][8]int
		// Matches that start after mustStart are not wanted.
		for _, m := range dateFormsUpTo(pi, text[lo:hi], mustStart-lo, buf[:0]) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += lo
				}
			}
			key := [3]int{pi, m[0], m[1]}
			if m[0] > mustStart || m[1] < mustEnd || slices.Contains(seen, key) {
				continue
			}
			seen = append(seen, key)
			if dm, ok := dateAt(text, pi, m[:]); ok {
				all = append(all, dm)
			}
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c|0x20 >= 'a' && c|0x20 <= 'z' || c >= utf8.RuneSelf:
			j := i
			for j < len(text) {
				if b := text[j]; b < utf8.RuneSelf {
					if b|0x20 < 'a' || b|0x20 > 'z' {
						break
					}
					j++
					continue
				}
				r, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			if j == i {
				_, n := utf8.DecodeRuneInString(text[i:])
				i += n
				continue
			}
			for next >= 0 && next < i {
				lastDigit = next
				next = indexDigit(text, next+1)
			}
			nearDigit := lastDigit >= i-dateCueReach || next >= 0 && next < j+dateCueReach
			if nearDigit && j-i >= 3 && j-i <= 11 && (i == 0 || !isWordByte(text, i-1)) {
				english, foreign := monthWord(text[i:j])
				if english {
					// The weekday and day may stand before the month
					// ("Wednesday, the 18th of November"), the day and
					// year after it ("November 18th, 2021").
					if dayAfterMonth(text, j) {
						try(0, i-32, j+24, i, j)
					}
					if digitBefore(text, i, 32) {
						try(1, i-32, j+24, i, j)
					}
				}
				// A capitalised English name is English, unless a German
				// day number stands before it: "5. November 2025".
				germanDay := i >= 3 && text[i-1] == ' ' && text[i-2] == '.' && isDigitByte(text[i-3])
				if foreign > 0 && (germanDay || !(english && text[i] >= 'A' && text[i] <= 'Z')) {
					try(5, i-16, j+16, i, j)
				}
			}
			i = j
		case isDigitByte(c):
			j := i
			for j < len(text) && isDigitByte(text[j]) {
				j++
			}
			if i == 0 || !isWordByte(text, i-1) {
				if j < len(text) && j-i == 4 && text[j] == '-' {
					try(2, i, j+40, i, j)
				}
				if j < len(text) && j-i <= 2 && text[j] == '/' {
					try(3, i, j+12, i, j)
				}
				if j < len(text) && j-i <= 2 && text[j] == '.' {
					try(4, i, j+12, i, j)
				}
			}
			i = j
		default:
			i++
		}
	}
	if len(all)-n0 > 1 {
		slices.SortFunc(all[n0:], func(a, b dateMatch) int {
			if a.start != b.start {
				return cmp.Compare(a.start, b.start)
			}
			return cmp.Compare(b.end, a.end)
		})
	}
	out := all[:n0]
	last := -1
	for _, m := range all[n0:] {
		if m.start < last {
			continue
		}
		out = append(out, m)
		last = m.end
	}
	return out
}

// dateAt reads the date that form pi matched at m, submatch offsets
// into text.
func dateAt(text string, pi int, m []int) (dateMatch, bool) {
	p := &dateForms[pi]
	if m[0] > 0 && isWordByte(text, m[0]-1) {
		return dateMatch{}, false
	}
	if m[1] < len(text) && isDigitByte(text[m[1]]) {
		return dateMatch{}, false
	}
	sub := func(i int) string {
		if i == 0 || m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	month := 0
	if p.foreign {
		if month = foreignMonthOf(sub(p.month)); month == 0 {
			return dateMatch{}, false
		}
	} else if p.named {
		name := sub(p.month)
		if !monthCased(name) {
			return dateMatch{}, false
		}
		month = lowerIn(monthNumbers, name[:3])
	} else {
		month, _ = strconv.Atoi(sub(p.month))
	}
	day, _ := strconv.Atoi(sub(p.day))
	year := 0
	if y := sub(p.year); y != "" {
		year, _ = strconv.Atoi(y)
	}
	if pi == 3 && month > 12 && day <= 12 {
		month, day = day, month
	}
	iso, ok := isoDate(year, month, day)
	if !ok {
		return dateMatch{}, false
	}
	end := m[1]
	if year == 0 {
		// The year group failed; the match ends after the day or month.
		end = m[0] + len(strings.TrimRight(text[m[0]:end], " ,."))
	}
	return dateMatch{start: m[0], end: end, iso: iso}, true
}

// parseDate reads s as one date, allowing surrounding punctuation and short
// lead-ins such as "Published" or "Date:". It returns the ISO 8601 value.
func parseDate(s string) (iso string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > 120 {
		return "", false // a date line is short
	}
	var buf [2]dateMatch
	ms := appendDates(buf[:0], s)
	if len(ms) != 1 {
		return "", false
	}
	m := ms[0]
	// What stands before and after the date, the time of day aside, is at
	// most two words and holds no digit.
	before := strings.TrimSpace(s[:m.start])
	after := strings.TrimSpace(trimTimeOfDay(s[m.end:]))
	if fieldsUpTo(before, 3)+fieldsUpTo(after, 3) > 2 || strings.IndexFunc(before, unicode.IsDigit) >= 0 || strings.IndexFunc(after, unicode.IsDigit) >= 0 {
		return "", false
	}
	return m.iso, true
}

// fieldsUpTo is len(strings.Fields(s)), counted no further than n.
func fieldsUpTo(s string, n int) int {
	count, in := 0, false
	for _, r := range s {
		if isSpaceFast(r) {
			in = false
			continue
		}
		if !in {
			if count++; count >= n {
				return count
			}
			in = true
		}
	}
	return count
}

// trimTimeOfDay is timeOfDay.ReplaceAllString(s, ""), without running the
// expression when s does not begin as a time does: with a digit after any
// white space and commas and an optional "at".
func trimTimeOfDay(s string) string {
	i := 0
	for i < len(s) && (isPerlSpace(s[i]) || s[i] == ',') {
		i++
	}
	if at := foldAt(s, i, "at"); at >= 0 && spacesAt(s, at) > at {
		i = spacesAt(s, at)
	}
	if i >= len(s) || !isDigitByte(s[i]) {
		return s
	}
	return timeOfDay.ReplaceAllString(s, "")
}

// timeOfDay matches a time after a date: "08:00 AM Eastern Standard Time",
// "at 9:55", "10:43 GMT".
var timeOfDay = lazyRE(`(?i)^[\s,]*(?:at\s+)?\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?\s*(?:(?:[A-Z]{2,4}\b)|(?:(?:eastern|pacific|central|mountain|atlantic|greenwich mean|british summer|central european)(?: standard| daylight| summer)? time))?`)

// isoDate validates a date and formats it; year 0 means unknown.
func isoDate(year, month, day int) (string, bool) {
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return "", false
	}
	if year == 0 {
		// February 29 is a valid partial date.
		if day > daysIn(2000, month) {
			return "", false
		}
		return partialISO(month, day), true
	}
	if year < 1800 || year > 2200 || day > daysIn(year, month) {
		return "", false
	}
	b := [10]byte{4: '-', 7: '-'}
	isoDigits(b[0:4], year, 4)
	isoDigits(b[5:7], month, 2)
	isoDigits(b[8:10], day, 2)
	return string(b[:]), true
}

// monthCased reports whether a month name is written as a name: capitalised
// or all capitals. This keeps "may" the verb and "mar" out of dates.
func monthCased(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

func isWordByte(s string, i int) bool {
	c := s[i]
	return c == '_' || isDigitByte(c) || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// dayAfterMonth is digitAfterMonth, and reports also that the digits are
// one or two, as the month-first form's day is: "(\d{1,2})" must end at a
// word boundary or an ordinal, so three digits or more ("November 2021")
// never make it, and try need not look for it.
func dayAfterMonth(text string, j int) bool {
	if !digitAfterMonth(text, j) {
		return false
	}
	if text[j] == '.' {
		j++
	}
	for isPerlSpace(text[j]) {
		j++ // up to the digit digitAfterMonth found
	}
	return j+2 >= len(text) || !isDigitByte(text[j+1]) || !isDigitByte(text[j+2])
}
