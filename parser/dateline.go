package parser

import (
	"strings"
	"unicode"
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
	leadSepRE    = lazyRE(`^[\s,\-–—:/)]+`)
	markerRE     = lazyRE(`^[\p{L}\p{N}.\-' ]{2,40}$`)
	markerWordRE = lazyRE(`(?i)wire|press ?release|news`)
)

// parseDateline reads the dateline at the start of text.
func parseDateline(text string) (dateline, bool) {
	head := text
	if len(head) > 240 {
		head = head[:240]
	}
	if m := parenPlaceRE.FindStringSubmatchIndex(head); m != nil {
		place := head[m[2]:m[3]]
		if _, isDate := parseDate(place); !isDate && placeLike(place, false) {
			return dateline{place: place, rest: text[m[1]:]}, true
		}
	}
	for _, dm := range findDates(head) {
		if dm.start > 120 {
			break
		}
		dl, ok := datelineBefore(text, dm)
		if ok {
			return dl, true
		}
		break
	}
	if m := capsPlaceRE.FindStringSubmatchIndex(head); m != nil {
		place := strings.TrimSpace(head[m[2]:m[3]])
		if placeLike(place, true) {
			dl := dateline{place: place, rest: text[m[1]:]}
			// "LONDON--(BUSINESS WIRE)--Acme today …"
			if mk := parenMarkRE.FindStringSubmatch(dl.rest); mk != nil {
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
	parts := partSepRE.Split(prefix, -1)
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
	rest = timeOfDay.ReplaceAllString(rest, "")
	if m := slashMarkRE.FindStringSubmatch(rest); m != nil {
		dl.markers = append(dl.markers, strings.TrimSpace(m[1]))
		rest = rest[len(m[0]):]
	} else if m := parenMarkRE.FindStringSubmatch(rest); m != nil {
		// "TORONTO, March 3, 2025 (GLOBE NEWSWIRE) --"
		dl.markers = append(dl.markers, strings.TrimSpace(m[1]))
		rest = rest[len(m[0]):]
	}
	rest = leadSepRE.ReplaceAllString(rest, "")
	// "HAIKOU – Media OutReach Newswire – 10 August 2026 – …" puts the
	// wire before the date; "(Marketwired - Apr 6, 2016)" after the place.
	dl.rest = strings.TrimSpace(rest)
	return dl, true
}

// trimDateArticle drops the article French and German put before a
// dateline's date: "Lyon, le 3 mars", "Hamburg, den 5. November".
func trimDateArticle(place string) string {
	for _, a := range []string{" le", " Le", " den", " am"} {
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
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 7 || strings.ContainsAny(s, "0123456789\"“”") {
		return false
	}
	if markerWordRE.MatchString(s) && !caps {
		if _, ok := wireByMarker(s); ok {
			return false
		}
	}
	for _, w := range words {
		w = strings.Trim(w, ",.()")
		if w == "" {
			continue
		}
		switch strings.ToLower(w) {
		case "of", "de", "la", "le", "du", "upon", "on", "am", "an", "der", "del":
			continue
		}
		if !isCapitalised(w) {
			return false
		}
	}
	if caps {
		first := strings.SplitN(s, ",", 2)[0]
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
