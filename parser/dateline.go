package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dateline is what opens a wire story: the place, the date and the markers
// of the wire or issuer, as in "SAN JOSE, Calif., March 3, 2025
// /PRNewswire/ --".
type dateline struct {
	place   string
	iso     string   // the date, possibly partial ("--07-22"); empty when none
	markers []string // wire or issuer names: "PRNewswire", "NewMediaWire"
	rest    string   // the text after the dateline
}

var (
	parenPlaceRE = lazyRE(`^\s*\(([\p{Lu}][^()]{1,40})\)\s*[-–—]+\s*`)
	capsPlaceRE  = lazyRE(`^\s*([\p{Lu}][\p{Lu}.'’ ]{1,40}?(?:,\s*[\p{Lu}][\p{L}.'’ ]{1,30}?)?)\s*[-–—]{1,2}\s*`)
	parenMarkRE  = lazyRE(`^\s*\(([^()\n]{2,40})\)\s*(?:[-–—]{1,2}|:)?\s*`)
	slashMarkRE  = lazyRE(`^\s*/\s*([^/\n]{2,60}?)\s*/`)
	partSepRE    = lazyRE(`\s+[-–—]+\s+|--|[-–—]\s*\(|\)\s*[-–—]|\s+/\s*|\s+\(`)
	markerRE     = lazyRE(`^[\p{L}\p{N}.\-' ]{2,40}$`)
	markerWordRE = lazyRE(`(?i)wire|press ?release|news`)
)

// parseDateline reads the dateline at the start of text.
func parseDateline(text string) (dateline, bool) {
	return parseDatelineWith(text, nil, false)
}

// parseDatelineWith is parseDateline, taking the dates of text's first 240
// bytes (appendDates' answer) from dates when known says they were found:
// topLines finds a short line's dates once, for the dateline and the date.
func parseDatelineWith(text string, dates []dateMatch, known bool) (dateline, bool) {
	head := text
	if len(head) > 240 {
		head = head[:240]
	}
	lead := spacesAt(head, 0) // parenPlaceRE and capsPlaceRE begin with \s*
	if m := findAt(parenPlaceRE, head, lead < len(head) && head[lead] == '('); m != nil {
		place := head[m[2]:m[3]]
		if _, isDate := parseDate(place); !isDate && placeLike(place, false) {
			return dateline{place: place, rest: text[m[1]:]}, true
		}
	}
	if !known && !placeEndsEarly(head) {
		var buf [4]dateMatch
		dates = appendDates(buf[:0], head)
	}
	for _, dm := range dates {
		if dm.start > 120 {
			break
		}
		dl, ok := datelineBefore(text, dm)
		if ok {
			return dl, true
		}
		break
	}
	if m := findAt(capsPlaceRE, head, capsPlaceMay(head, lead)); m != nil {
		place := strings.TrimSpace(head[m[2]:m[3]])
		if placeLike(place, true) {
			dl := dateline{place: place, rest: text[m[1]:]}
			// "LONDON--(BUSINESS WIRE)--Acme today …"
			lead := spacesAt(dl.rest, 0)
			if mk := findSubmatch(parenMarkRE, dl.rest, lead < len(dl.rest) && dl.rest[lead] == '('); mk != nil {
				dl.markers = append(dl.markers, strings.TrimSpace(mk[1]))
				dl.rest = dl.rest[len(mk[0]):]
			}
			return dl, true
		}
	}
	return dateline{}, false
}

// datelineBefore reads a dateline whose date is dm: the place before it,
// with any wire markers between, and markers after it.
func datelineBefore(text string, dm dateMatch) (dateline, bool) {
	prefix := text[:dm.start]
	parts := []string{prefix}
	if containsAnySplit(prefix, "-/()", "–", "—") { // every separator holds one
		parts = partSepRE.Split(prefix, -1)
	}
	place := strings.TrimSpace(parts[0])
	place = strings.TrimRight(place, " ,(-–—")
	place = strings.TrimSpace(trimDateArticle(place))
	if !placeLike(place, false) {
		return dateline{}, false
	}
	dl := dateline{place: place, iso: dm.iso}
	for _, p := range parts[1:] {
		p = strings.Trim(p, " ,()[]/-–—")
		if p == "" {
			continue
		}
		if !markerRE.MatchString(p) || wordCount(p) > 4 {
			return dateline{}, false // words of a sentence, not a wire's name
		}
		dl.markers = append(dl.markers, p)
	}
	rest := text[dm.end:]
	rest = strings.TrimLeft(rest, ")")
	rest = trimTimeOfDay(rest)
	lead := spacesAt(rest, 0) // slashMarkRE and parenMarkRE begin with \s*
	if m := findSubmatch(slashMarkRE, rest, lead < len(rest) && rest[lead] == '/'); m != nil {
		dl.markers = append(dl.markers, strings.TrimSpace(m[1]))
		rest = rest[len(m[0]):]
	} else if m := findSubmatch(parenMarkRE, rest, lead < len(rest) && rest[lead] == '('); m != nil {
		// "TORONTO, March 3, 2025 (GLOBE NEWSWIRE) --"
		dl.markers = append(dl.markers, strings.TrimSpace(m[1]))
		rest = rest[len(m[0]):]
	}
	rest = strings.TrimLeft(rest, leadSeps)
	// "HAIKOU – Media OutReach Newswire – 10 August 2026 – …" puts the
	// wire before the date; "(Marketwired - Apr 6, 2016)" after the place.
	dl.rest = strings.TrimSpace(rest)
	return dl, true
}

// placeEndsEarly reports whether no date in head can have a place before
// it that datelineBefore takes: head opens, before any byte that splits a
// dateline into parts ("-/()"), with a word no place holds (one that
// placeLike turns away: not capitalised, no particle, nor the article
// trimDateArticle drops), and no date can begin before that word ends, as
// no digit and no month or weekday name stands there (every date begins
// with a digit or one of those names, see datesAtStart). The place before
// any date then holds the word, and parseDateline need not look for the
// dates: "I am delivering this statement on 4 November" has none. It is
// false, to be safe, for a head with a byte beyond ASCII or a quote
// before that word.
func placeEndsEarly(head string) bool {
	for i := 0; i < len(head); {
		for i < len(head) && isASCIISpace(head[i]) {
			i++
		}
		j := i
		for j < len(head) && !isASCIISpace(head[j]) {
			c := head[j]
			if c >= utf8.RuneSelf || isDigitByte(c) || strings.IndexByte("-/()\"", c) >= 0 {
				return false
			}
			j++
		}
		w := head[i:j]
		if w == "" || mayNameDateIn(w) {
			return false
		}
		core := placeWordCut.trim(w)
		if core != "" && !placeParticle(core) && !isCapitalised(core) {
			return !isDateArticle(core)
		}
		i = j
	}
	return false
}

// isASCIISpace reports whether c is white space to strings.TrimSpace and
// placeLike's words.
func isASCIISpace(c byte) bool { return asciiSpaceTab[c] }

// mayNameDateIn reports whether a run of ASCII letters in the ASCII word w
// may be a month or weekday name, as datesAtStart tests a word.
func mayNameDateIn(w string) bool {
	for i := 0; i < len(w); {
		if !isLetterASCII(w[i]) {
			i++
			continue
		}
		j := i
		for j < len(w) && isLetterASCII(w[j]) {
			j++
		}
		if r := w[i:j]; dateWordMayStart(r) && startWordLengths()[min(len(r), maxStartWord)] && (lowerIn(monthWords, r) || lowerIn(weekdayForms, r)) {
			return true
		}
		i = j
	}
	return false
}

// dateArticles are the articles trimDateArticle drops from the end of a
// place, each after a space.
var dateArticles = [...]string{" le", " Le", " den", " am"}

// isDateArticle reports whether w is one of dateArticles.
func isDateArticle(w string) bool {
	for _, a := range dateArticles {
		if w == a[1:] {
			return true
		}
	}
	return false
}

// trimDateArticle drops the article French and German put before a
// dateline's date: "Lyon, le 3 mars", "Hamburg, den 5. November".
func trimDateArticle(place string) string {
	for _, a := range dateArticles {
		if strings.HasSuffix(place, a) {
			return strings.TrimRight(strings.TrimSuffix(place, a), " ,")
		}
	}
	return place
}

// isDateline reports whether text opens with a dateline.
func isDateline(text string) bool {
	_, ok := parseDateline(text)
	return ok
}

// placeLike reports whether s can be a dateline's place: one to seven
// capitalised words, no digits; caps says every letter of the first
// comma-separated part must be upper case.
func placeLike(s string, caps bool) bool {
	s = strings.TrimSpace(s)
	if s == "" || containsAnySplit(s, "0123456789\"", "“", "”") {
		return false
	}
	if s[len(s)-1] == ':' { // a label, as in "Published: 21 May 2026"
		return false
	}
	if !caps && hasMarkerWord(s) {
		if _, ok := wireByMarker(s); ok {
			return false
		}
	}
	words := 0
	for rest := s; rest != ""; {
		i := strings.IndexFunc(rest, isSpaceFast)
		w := rest
		if i >= 0 {
			w, rest = rest[:i], strings.TrimLeftFunc(rest[i:], isSpaceFast)
		} else {
			rest = ""
		}
		if words++; words > 7 {
			return false
		}
		w = placeWordCut.trim(w)
		if w == "" || placeParticle(w) {
			continue
		}
		if !isCapitalised(w) {
			return false
		}
	}
	if caps {
		first := s
		if i := strings.IndexByte(s, ','); i >= 0 {
			first = s[:i]
		}
		letters := 0
		for _, r := range first {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					return false
				}
			}
		}
		if letters < 3 {
			return false
		}
	}
	return true
}

// placeParticle reports whether w, in any case, is one of the small words
// a place's name may hold: "Stratford-upon-Avon", "Rio de Janeiro".
func placeParticle(w string) bool {
	var buf [4]byte
	lw, ok := asciiLower(w, buf[:])
	if !ok {
		return false // no other spelling lower-cases to these
	}
	switch string(lw) {
	case "of", "de", "la", "le", "du", "upon", "on", "am", "an", "der", "del":
		return true
	}
	return false
}
