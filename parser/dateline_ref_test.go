package parser

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// TestDatelineMatchesReference checks parseDate and parseDateline against
// the versions that ran every expression on every text (refParseDate,
// refParseDateline below), over each block and line of all the texts.
func TestDatelineMatchesReference(t *testing.T) {
	fails := 0
	check := func(name, s string) {
		iso, ok := parseDate(s)
		riso, rok := refParseDate(s)
		if iso != riso || ok != rok {
			t.Errorf("%s: parseDate(%q) = %q, %v; want %q, %v", name, headOf(s, 200), iso, ok, riso, rok)
			fails++
		}
		dl, ok := parseDateline(s)
		rdl, rok := refParseDateline(s)
		if fmt.Sprintf("%q %v", dl, ok) != fmt.Sprintf("%q %v", rdl, rok) {
			t.Errorf("%s: parseDateline(%q) = %q, %v; want %q, %v", name, headOf(s, 200), dl, ok, rdl, rok)
			fails++
		}
		if fails > 20 {
			t.FailNow()
		}
	}
	for name, text := range dateTexts(t, true) {
		for k, block := range strings.Split(text, "\n\n") {
			check(fmt.Sprintf("%s block %d", name, k), block)
			if strings.Contains(block, "\n") {
				for j, line := range strings.Split(block, "\n") {
					check(fmt.Sprintf("%s block %d line %d", name, k, j), line)
				}
			}
		}
	}
	for i, s := range randomDateTexts(5000) {
		check(fmt.Sprintf("random %d", i), "LONDON, "+s)
		check(fmt.Sprintf("random %d", i), s)
	}
}

// refParseDate is parseDate as it was before trimTimeOfDay and fieldsUpTo.
func refParseDate(s string) (iso string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > 120 {
		return "", false
	}
	ms := findDates(s)
	if len(ms) != 1 {
		return "", false
	}
	m := ms[0]
	after := timeOfDay.ReplaceAllString(s[m.end:], "")
	rest := strings.TrimSpace(s[:m.start]) + " " + strings.TrimSpace(after)
	if len(strings.Fields(rest)) > 2 || strings.IndexFunc(rest, unicode.IsDigit) >= 0 {
		return "", false
	}
	return m.iso, true
}

var refLeadSepRE = regexp.MustCompile(`^[\s,\-–—:/)]+`)

// refParseDateline is parseDateline as it was before its expressions were
// given prefilters (dateline_scan.go).
func refParseDateline(text string) (dateline, bool) {
	head := text
	if len(head) > 240 {
		head = head[:240]
	}
	if m := parenPlaceRE.FindStringSubmatchIndex(head); m != nil {
		place := head[m[2]:m[3]]
		if _, isDate := refParseDate(place); !isDate && refPlaceLike(place, false) {
			return dateline{place: place, rest: text[m[1]:]}, true
		}
	}
	for _, dm := range findDates(head) {
		if dm.start > 120 {
			break
		}
		dl, ok := refDatelineBefore(text, dm)
		if ok {
			return dl, true
		}
		break
	}
	if m := capsPlaceRE.FindStringSubmatchIndex(head); m != nil {
		place := strings.TrimSpace(head[m[2]:m[3]])
		if refPlaceLike(place, true) {
			dl := dateline{place: place, rest: text[m[1]:]}
			if mk := parenMarkRE.FindStringSubmatch(dl.rest); mk != nil {
				dl.markers = append(dl.markers, strings.TrimSpace(mk[1]))
				dl.rest = dl.rest[len(mk[0]):]
			}
			return dl, true
		}
	}
	return dateline{}, false
}

func refDatelineBefore(text string, dm dateMatch) (dateline, bool) {
	prefix := text[:dm.start]
	parts := partSepRE.Split(prefix, -1)
	place := strings.TrimSpace(parts[0])
	place = strings.TrimRight(place, " ,(-–—")
	place = strings.TrimSpace(trimDateArticle(place))
	if !refPlaceLike(place, false) {
		return dateline{}, false
	}
	dl := dateline{place: place, iso: dm.iso}
	for _, p := range parts[1:] {
		p = strings.Trim(p, " ,()[]/-–—")
		if p == "" {
			continue
		}
		if !markerRE.MatchString(p) || wordCount(p) > 4 {
			return dateline{}, false
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
		dl.markers = append(dl.markers, strings.TrimSpace(m[1]))
		rest = rest[len(m[0]):]
	}
	rest = refLeadSepRE.ReplaceAllString(rest, "")
	dl.rest = strings.TrimSpace(rest)
	return dl, true
}

// refPlaceLike is placeLike as it was, splitting and lower-casing copies
// (and, as placeLike now, taking no label such as "Published:" for a place).
func refPlaceLike(s string, caps bool) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 7 || strings.ContainsAny(s, "0123456789\"“”") || strings.HasSuffix(s, ":") {
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
