package parser

import (
	"strings"
	"unicode/utf8"
)

// datesIn returns findDates(text), running the date patterns only over
// windows of text around what every written date has: a month's name, or
// a four-digit year joined to other numbers by '-', '/' or '.'. Windows
// reach further either side of these cues than any date is long, and end
// at white space, so that no date is cut.
func datesIn(text string, toks []wordTok) []dateMatch {
	return appendDatesIn(nil, text, toks)
}

// appendDatesIn is datesIn, appending to out.
func appendDatesIn(out []dateMatch, text string, toks []wordTok) []dateMatch {
	var cueBuf [16]wordTok
	cues := cueBuf[:0]
	for _, t := range toks {
		if t.cls&(tkYear|tkMonth) == 0 {
			continue // neither a year nor a month's name
		}
		w := text[t.start:t.end]
		if isDigitByte(w[0]) {
			if isYearJoined(text, t.start, t.end) {
				cues = append(cues, t)
			}
			continue
		}
		if c := w[0] | 0x20; w[0] < utf8.RuneSelf && (c < 'a' || c > 'z' || monthInitials&(1<<(c-'a')) == 0) {
			continue // no month's name, in any language, begins so
		}
		// findDates takes capitalised month names only: "may" is a verb.
		// A French, German, Spanish … month name is checked by findDates
		// in its window: "21 de Mayo de 2026", "3 mars 2026".
		if ctUpper(w[0]) && isMonthName(w) && dayBeside(text, t) || len(w) >= 3 && foreignMonthOf(w) != 0 {
			cues = append(cues, t)
		}
	}
	next := 0 // windowEdge(text, cues[i].start, -1), read once for each cue
	if len(cues) > 0 {
		next = windowEdge(text, cues[0].start, -1)
	}
	for i := 0; i < len(cues); {
		from := next
		to := windowEdge(text, cues[i].end, +1)
		i++
		for i < len(cues) {
			if next = windowEdge(text, cues[i].start, -1); next > to {
				break
			}
			to = windowEdge(text, cues[i].end, +1)
			i++
		}
		n0 := len(out)
		out = appendDates(out, text[from:to])
		for k := n0; k < len(out); k++ {
			out[k].start += from
			out[k].end += from
		}
	}
	return out
}

// dayBeside reports whether a day's number stands next to the month name
// t, as every date written with a month's name has it: "November 18",
// "Nov. 18th", "18 November", "4th of November".
func dayBeside(text string, t wordTok) bool {
	i := t.end
	if i < len(text) && text[i] == '.' {
		i++
	}
	j := i
	for j < len(text) && (isDateSpace(text[j]) || text[j] == ',') {
		j++
	}
	if j > i && dayDigits(text, j, +1) {
		return true
	}
	i = t.start
	for i > 0 && isDateSpace(text[i-1]) {
		i--
	}
	if i == t.start {
		return false
	}
	if i >= 2 && text[i-2:i] == "of" {
		i -= 2
		for i > 0 && isDateSpace(text[i-1]) {
			i--
		}
	}
	if i >= 2 && ctLetter(text[i-1]) && ctLetter(text[i-2]) {
		switch strings.ToLower(text[i-2 : i]) {
		case "st", "nd", "rd", "th":
			i -= 2
		}
	}
	return dayDigits(text, i, -1)
}

// isDateSpace reports whether c is white space as the date patterns'
// \s has it.
func isDateSpace(c byte) bool { return perlSpaceTab[c] }

// dayDigits reports whether one or two digits, and no more, stand at text[i]
// (dir +1) or end at text[i] (dir -1).
func dayDigits(text string, i, dir int) bool {
	n := 0
	if dir < 0 {
		for i > 0 && isPhoneDigit(text[i-1]) {
			i--
			n++
		}
	} else {
		for i < len(text) && isPhoneDigit(text[i]) {
			i++
			n++
		}
	}
	return n == 1 || n == 2
}

// dateBefore and dateAfter are how far a date window reaches before and
// after a cue: further than "Wednesday, the 18th of " before a month,
// "18th, 2021" after it, "11/18/" before a year or "-11-18T09:00:00+01:00"
// after it.
const dateBefore, dateAfter = 28, 24

// windowEdge returns where a date window ends, reaching from i in
// direction dir by dateBefore or dateAfter bytes — a run of white space
// counting as one, as the patterns' \s+ reads it — and then on to white
// space or the end of text.
func windowEdge(text string, i, dir int) int {
	reach := dateAfter
	if dir < 0 {
		reach = dateBefore
	}
	for n := 0; n < reach; n++ {
		if dir < 0 {
			if i == 0 {
				return 0
			}
			i--
			for i > 0 && isDateSpace(text[i]) && isDateSpace(text[i-1]) {
				i--
			}
		} else {
			if i >= len(text) {
				return len(text)
			}
			i++
			for i < len(text) && isDateSpace(text[i-1]) && isDateSpace(text[i]) {
				i++
			}
		}
	}
	for i > 0 && i < len(text) && !isDateSpace(text[i]) {
		i += dir
	}
	return max(0, min(i, len(text)))
}

// isMonthName reports whether w is a month's name or abbreviation in any
// case.
func isMonthName(w string) bool {
	if len(w) < 3 || len(w) > 9 || !strings.ContainsRune("JFMASONDjfmasond", rune(w[0])) {
		return false
	}
	// Every form begins with a month's three ASCII letters, and so is in
	// monthStems; a non-ASCII letter among them cannot fold to one and
	// keep the byte lengths EqualFold is given below equal.
	if k, ok := stemKey(w); !ok || monthStems[k>>6]&(1<<(k&63)) == 0 {
		return false
	}
	for _, m := range monthNames {
		if len(w) == len(m) || len(w) == 3 || len(w) == 4 && len(m) >= 4 {
			if strings.EqualFold(w, m[:min(len(w), len(m))]) {
				return true
			}
		}
	}
	return false
}

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// isYearJoined reports whether the word text[start:end] is the year of a
// date written in numbers: "2021-11-18", "11/18/2021", "18.11.2021".
func isYearJoined(text string, start, end int) bool {
	if end-start != 4 || !amountDigits(text[start:end]) {
		return false
	}
	if end+5 < len(text)+0 && text[end] == '-' && isPhoneDigit(text[end+1]) && isPhoneDigit(text[end+2]) && text[end+3] == '-' && isPhoneDigit(text[end+4]) {
		return true
	}
	if start < 4 || text[start-1] != '/' && text[start-1] != '.' {
		return false
	}
	sep := text[start-1]
	i := start - 1
	if !dayDigits(text, i, -1) {
		return false
	}
	for i > 0 && isPhoneDigit(text[i-1]) {
		i--
	}
	return i > 1 && text[i-1] == sep && dayDigits(text, i-1, -1)
}

// foreignMonthOf is foreignMonths[strings.ToLower(w)], without a map
// lookup for most words.
func foreignMonthOf(w string) int {
	_, n := monthWord(w)
	return n
}
