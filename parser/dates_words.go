package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// monthWord tells what the word w names, without a map lookup for most
// words: english reports monthWords[strings.ToLower(w)], foreign is
// foreignMonths[strings.ToLower(w)]. Only words whose first three letters
// begin some month's name in some language are looked up.
func monthWord(w string) (english bool, foreign int) {
	if len(w) < 3 {
		// Every name has three bytes or more, and so has the lower-case
		// form of a word only when the word begins with a non-ASCII
		// letter, which the next test turns away.
		return false, 0
	}
	if c := w[0] | 0x20; w[0] < utf8.RuneSelf && (c < 'a' || c > 'z' || monthInitials&(1<<(c-'a')) == 0) {
		return false, 0 // no month's name begins with this character
	}
	if w[0] >= utf8.RuneSelf {
		// Every month's name begins with an ASCII letter, and
		// strings.ToLower lower-cases rune by rune.
		if r, _ := utf8.DecodeRuneInString(w); unicode.ToLower(r) >= utf8.RuneSelf {
			return false, 0
		}
	}
	if k, ok := stemKey(w); ok {
		if monthStems[k>>6]&(1<<(k&63)) == 0 {
			return false, 0
		}
		var buf [16]byte
		if lw, ascii := asciiLower(w, buf[:]); ascii {
			v := monthLex.get(string(lw))
			return v&englishMonth != 0, int(v &^ englishMonth)
		}
	}
	lw := strings.ToLower(w)
	return monthWords[lw], foreignMonths[lw]
}

// englishMonth marks, in monthLex, a word monthWords holds; the other bits
// are the month's number in foreignMonths.
const englishMonth = 0x80

// monthLex is monthWords and foreignMonths in one index, written out by go
// generate (init_gen.go).
var monthLex = hashedIndex[uint8]{sortedIndex[uint8]{keys: monthLexWords, vals: monthLexBits}, monthLexSlots}

// monthInitials holds, at bit c-'a', each first letter c of the words of
// monthLex (all lower-case ASCII letters).
var monthInitials uint32 = monthInitialsTable // written out by go generate (init_gen.go)

// monthStems is a set of the first three letters of the words of monthLex,
// indexed by stemKey.
var monthStems = monthStemsTable // written out by go generate (init_gen.go)

// stemKey numbers the first three letters of w, in any case, when they are
// ASCII letters.
func stemKey(w string) (uint, bool) {
	if len(w) < 3 {
		return 0, false
	}
	k := uint(0)
	for i := 0; i < 3; i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' || w[i] >= utf8.RuneSelf {
			return 0, false
		}
		k = k*27 + uint(c-'a'+1)
	}
	return k, true
}

// isoDigits writes n as width decimal digits into b.
func isoDigits(b []byte, n, width int) {
	for i := width - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
}

// daysIn returns the number of days of month in year, in the Gregorian
// calendar.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
