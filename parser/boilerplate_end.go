package parser

import (
	"strings"
)

// removeRepeatedLines removes the running headers and footers of a
// printed original: a short line without a sentence in it, such as an
// address and telephone line, that appears again and again.
func removeRepeatedLines(d *doc, first int) {
	// Only a line of 3 to 30 words without a closing full stop can go:
	// only such lines are counted (equal lines have equal word counts).
	// A release has a few such lines, compared pairwise; a long document
	// has its lines counted in a map.
	var stock [32]string
	lines := stock[:0]
	for _, s := range d.segs {
		if t := strings.TrimSpace(s.Text); maybeRepeatedSegment(s, t) {
			lines = append(lines, t)
		}
	}
	var count map[string]int // for more lines than stock holds
	if len(lines) < 2 {
		return
	}
	if len(lines) <= len(stock) {
		if !hasEqualPair(lines) {
			return
		}
	} else {
		count = make(map[string]int, len(lines))
		any := false
		for _, t := range lines {
			count[t]++
			any = any || count[t] > 1
		}
		if !any {
			return
		}
	}
	for i, s := range d.segs {
		t := strings.TrimSpace(s.Text)
		if s.Removed != nil || i < first || !seenTwice(t, lines, count) {
			continue
		}
		if isContactish(t) {
			d.remove(s, RemovedOther, "page footer: repeated on every page of the printed original")
		}
	}
}

// seenTwice reports whether t is twice or more among lines, by count when
// it is not nil.
func seenTwice(t string, lines []string, count map[string]int) bool {
	if count != nil {
		return count[t] >= 2
	}
	n := 0
	for _, l := range lines {
		if l == t {
			n++
		}
	}
	return n >= 2
}

// hasEqualPair reports whether two of lines are equal.
func hasEqualPair(lines []string) bool {
	for i, a := range lines {
		for _, b := range lines[i+1:] {
			if a == b {
				return true
			}
		}
	}
	return false
}

// maybeRepeatedSegment reports whether t, the trimmed text of s, has the
// shape of a running header or footer line: 3 to 30 words, no closing
// full stop. s's words are counted once for every pass that asks.
func maybeRepeatedSegment(s *segment, t string) bool {
	if last, _ := lastRune(t); last == '.' {
		return false
	}
	n := s.wordsUpTo(31)
	return n >= 3 && n <= 30
}

// removeDescriptions removes the company descriptions that close a
// release without an "About" heading — "Acme Corp. (NYSE: ACME) is a
// leading maker of …" — when only boilerplate follows them, together with
// the signature lines (name, address) just above them.
func removeDescriptions(d *doc, first int) {
	// The issuer is read from the lead only when a paragraph needs it.
	subject, subjectRead := "", false
	for i := len(d.segs) - 1; i > first; i-- {
		s := d.segs[i]
		if s.Removed != nil || !onlyBoilerplateAfter(d, i) {
			continue
		}
		if !isDescription(s.Text) {
			// describesIssuer, the issuer read last: most paragraphs
			// fail the rest first.
			if !isCapitalised(s.Text) || !tellsCompanyStory(s.Text) {
				continue
			}
			if !subjectRead && first < len(d.segs) {
				subject, subjectRead = issuerOf(d.segs[first].Text), true
			}
			if !namesIssuerFirst(s.Text, subject) {
				continue
			}
		}
		d.remove(s, RemovedAbout, reasonAbout)
		for j := i - 1; j > first; j-- {
			p := d.segs[j]
			if p.Removed != nil || p.Kind == BlockListItem || p.Kind == BlockHeading {
				break
			}
			last, _ := lastRune(strings.TrimSpace(p.Text))
			short := p.wordsAtMost(8) && !strings.ContainsRune(".:!?,;", last)
			if !short && !(p.contactish() && p.wordsAtMost(20) && last != '.') {
				break
			}
			d.remove(p, RemovedContact, reasonDetails)
		}
	}
}

// issuerRE finds the company a release's first sentence is about: "Apple
// today announced", "Acme Corp. (NYSE: ACME) reported".
var issuerRE = lazyRE(`^(\p{Lu}[\p{L}\p{N}&'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’\-]*){0,3})(?:[,.]?\s+(?:Inc|Corp|Co|Ltd|LLC|plc)\.?)?(?:-Registered Trademark-|®|™)?\s*(?:\([^)]{2,40}\)\s*)?(?:today|has|is|announced|reported|unveiled|launched)\b`)

// issuerOf returns the company the first body paragraph is about, or "".
func issuerOf(t string) string {
	t = headOf(t, 300)
	if dl, ok := parseDateline(t); ok {
		t = dl.rest
	}
	if m := issuerRE.FindStringSubmatch(strings.TrimSpace(trademarks.Replace(t))); m != nil {
		return m[1]
	}
	return ""
}

// issuerHistory matches how a company describes itself.
var issuerHistory = lazyRE(`(?i)\b(?:is committed to|is dedicated to|since (?:its founding|\d{4})|was founded|founded in|headquartered in|is a leading|is one of the|(?:ignited|pioneered|invented|reinvented) the)\b`)

// describesIssuer reports whether t is a paragraph about the issuing
// company: it opens with the company's name, quotes no one and tells the
// company's story ("Apple ignited the personal computer revolution … Apple
// is committed to …").
func describesIssuer(t, issuer string) bool {
	return namesIssuerFirst(t, issuer) && tellsCompanyStory(t)
}

// namesIssuerFirst reports whether t opens with the name issuer.
func namesIssuerFirst(t, issuer string) bool {
	return issuer != "" && strings.HasPrefix(t, issuer+" ")
}

// tellsCompanyStory is the part of describesIssuer that does not depend on
// the issuer: enough words, no quotation, the company's story.
func tellsCompanyStory(t string) bool {
	if !wordsAtLeast(t, 15) || quoteOrNewsIn(t) {
		return false
	}
	return mayTellHistory(t) && issuerHistory.MatchString(t)
}

// historyHints are words one of which every match of issuerHistory holds,
// lower-cased ("invented the" stands in "reinvented the").
var historyHints = [...]string{"is committed to", "is dedicated to", "since ", "was founded", "founded in", "headquartered in",
	"is a leading", "is one of the", "ignited the", "pioneered the", "invented the"}

// mayTellHistory reports whether issuerHistory can match t: whether t
// holds one of historyHints, ASCII letters in either case. A text with a
// rune the expression's case folding matches to an ASCII letter (the long
// s, the Kelvin sign) is left to the expression. The expression tried
// every place of every long paragraph at the end of a release.
func mayTellHistory(t string) bool {
	if strings.Contains(t, "ſ") || strings.Contains(t, "\u212a") {
		return true
	}
	for _, h := range historyHints {
		if hasFoldAt(t, h, rarestLetter(h)) {
			return true
		}
	}
	return false
}

// onlyBoilerplateAfter reports whether every segment after i is removed,
// and at least one is.
func onlyBoilerplateAfter(d *doc, i int) bool {
	n := 0
	for _, s := range d.segs[i+1:] {
		if s.Removed == nil {
			return false
		}
		n++
	}
	return n > 0
}

// descriptionRE matches the opening of a company description: a name and
// "is a", "is the", ", a", possibly with its ticker symbol.
var descriptionRE = lazyRE(`^(?:The\s+)?\p{Lu}[\p{L}\p{N}&.'’\-]*(?:,?\s+(?:\p{Lu}[\p{L}\p{N}&.'’\-]*|of|and|&|for))*?,?(?:\s*\([^)]{2,40}\))?(?:\s+is|,)\s+(?:an?|the|one of)\s`)

// tickerRE matches a stock ticker in parentheses followed by "is".
var tickerRE = lazyRE(`\((?:NYSE|NASDAQ|Nasdaq|AMEX|NYSE American|NYSE MKT|TSX|TSXV|TSX-V|LSE|ASX|OTC\w*|CSE)[^)]{0,20}\)\s+is\s+(?:an?|the)\s`)

// quoteOrNewsIn is quoteOrNews.MatchString(t), written out: the quotes are
// looked for as strings, and each word where it stands, with the ASCII
// word boundaries of \b around it. The expression tried every place of
// every long paragraph at the end of a release.
func quoteOrNewsIn(t string) bool {
	if containsAnySplit(t, "\"", "“", "”") {
		return true
	}
	for _, w := range [...]string{"said", "says", "today", "announced", "will"} {
		if hasWordAt(t, w) {
			return true
		}
	}
	return false
}

// hasWordAt reports whether t holds w between \b word boundaries, w being
// an ASCII word.
func hasWordAt(t, w string) bool {
	for i := 0; ; {
		k := strings.Index(t[i:], w)
		if k < 0 {
			return false
		}
		p := i + k
		e := p + len(w)
		if (p == 0 || !isPerlWordByte(t[p-1])) && (e == len(t) || !isPerlWordByte(t[e])) {
			return true
		}
		i = p + 1
	}
}

// quoteOrNews matches what a body paragraph has and a description has not.
var quoteOrNews = lazyRE(`["“”]|\b(?:said|says|today|announced|will)\b`)

// isDescription reports whether t reads as a company description.
func isDescription(t string) bool {
	if !wordsAtLeast(t, 12) {
		return false
	}
	first := firstSentence(headOf(t, 600))
	if containsAnySplit(first, "\"", "“", "”") {
		return false
	}
	if m := descriptionRE.FindString(first); m != "" && strings.Count(m, ",") < 3 && !quoteOrNewsIn(first) {
		// Three commas make a list of names, not a company and its
		// apposition: "The Candidate Countries Montenegro, Serbia, …, the …".
		return true
	}
	return mayHoldTicker(first) && tickerRE.MatchString(first)
}

// mayHoldTicker reports whether t may hold a match of tickerRE: a '('
// followed by the first letter of one of its exchanges, found many bytes
// at a time; the expression's automaton, tried from every '(' it meets,
// reads the text rune by rune to find them.
func mayHoldTicker(t string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(t[i:], '(')
		if k < 0 {
			return false
		}
		i += k
		if i+1 < len(t) && strings.IndexByte("NATLOC", t[i+1]) >= 0 {
			return true
		}
	}
}

// removeTrailingContacts removes the address and telephone lines that end
// some releases after the last body paragraph, such as an office's footer.
func removeTrailingContacts(d *doc, first int) {
	i := len(d.segs) - 1
	for i > first && d.segs[i].Removed != nil {
		i--
	}
	for ; i > first; i-- {
		s := d.segs[i]
		if s.Removed != nil {
			continue
		}
		last, _ := lastRune(strings.TrimSpace(s.Text))
		if s.Kind == BlockListItem || !s.wordsAtMost(30) || last == '.' && !strings.Contains(s.Text, "@") {
			return
		}
		// A contact line, or a name or organisation line just above one.
		signature := false
		if i+1 < len(d.segs) {
			below := d.segs[i+1]
			signature = s.wordsAtMost(5) && !strings.ContainsRune(".!?,;", last) &&
				below.Removed != nil && below.Removed.Kind == RemovedContact
		}
		if !s.contactish() && !signature {
			return
		}
		d.remove(s, RemovedContact, reasonDetails)
	}
}

// removeMenuRuns removes runs of three or more short, unpunctuated lines
// outside the body's flow — the menus and link lists of a web page.
func removeMenuRuns(d *doc, first int) {
	last := lastBodyIndex(d)
	i := 0
	for i < len(d.segs) {
		j := i
		for j < len(d.segs) && isMenuLine(d.segs[j]) {
			j++
		}
		// Between body paragraphs a run of short lines is more likely a
		// list written without bullets (names of speakers, say) than a
		// menu: there it takes a longer run.
		need := 3
		if i > first && j <= last {
			need = 6
		}
		if j-i >= need {
			for _, s := range d.segs[i:j] {
				if s.Removed == nil {
					d.remove(s, RemovedNavigation, reasonNav)
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// lastBodyIndex returns the index of the last segment that reads as a body
// paragraph, or -1.
func lastBodyIndex(d *doc) int {
	for i := len(d.segs) - 1; i >= 0; i-- {
		s := d.segs[i]
		if s.Removed == nil && s.wordsAtLeast(20) && hasSentenceMark(s.Text) {
			return i
		}
	}
	return -1
}

// isMenuLine reports whether s looks like one entry of a menu: at most four
// words, no sentence punctuation, not a list item of the body. Segments
// already removed count too, so a menu is not broken by a line a cue took.
func isMenuLine(s *segment) bool {
	if s.Kind == BlockListItem {
		return false
	}
	t := strings.TrimSpace(s.Text)
	if s.Removed != nil {
		return s.Removed.Kind == RemovedNavigation
	}
	if t == "" || !s.wordsAtMost(4) {
		return false
	}
	last, _ := lastRune(t)
	return !strings.ContainsRune(".,;:!?\"”’)", last)
}
