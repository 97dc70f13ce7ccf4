package parser

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// classify marks the segments that are not body: distribution notices,
// media-asset junk, contact blocks, "About X" sections and the like.
//
// Each segment is first matched against the cue table (cues.go). Some cues
// open a section: an "About X" heading, "Forward-Looking Statements" or an
// end marker once the body has begun make everything after them
// boilerplate unless another cue says what it is; a contact or social-media
// heading takes the short lines that follow it. Segments no cue explains are
// then checked for shape: image-only lines, runs of menu-like short lines.
func classify(d *doc) {
	first := firstBodyIndex(d)
	var open *section
	for i, s := range d.segs {
		if s.Removed != nil {
			continue
		}
		afterBody := i > first
		if c, ok := matchCue(d, s, afterBody); ok {
			d.remove(s, c.kind, c.reason)
			switch {
			case c.section == tailSection && afterBody:
				open = &section{kind: c.kind, reason: continuation(c), tail: true}
			case c.section != noSection:
				open = &section{kind: c.kind, reason: continuation(c), behind: tailOf(open)}
			case open != nil && !open.tail:
				// A one-off cue inside a short section keeps it open.
			}
			continue
		}
		if _, isDate := parseDate(s.Text); isDate && open != nil && !open.tail {
			open = nil // a date line ends a contact block at the top
		}
		if name, ok := aboutStart(s.Text); ok && afterBody {
			d.remove(s, RemovedAbout, reasonAbout)
			open = &section{kind: RemovedAbout, reason: "about " + name + ": the company description that closes a release", tail: true}
			continue
		}
		if open != nil && !open.tail && (!continuesShort(s) || i+1 == first && isHeadlineAboveBody(s)) {
			open = open.behind // a short block ends; the tail it sat in goes on
		}
		if open != nil && open.kind == RemovedAbout && resumesBody(d, i) {
			open = nil // the release goes on after an "About" block in its middle
		}
		if open != nil && open.kind == RemovedSubscribe && open.tail && wordCount(s.Text) >= 25 && strings.ContainsAny(s.Text, ".!?") {
			open = nil // prose after a sign-up box in the middle of a page
		}
		if open != nil && open.kind == RemovedForwardLooking && endsLegal(d, i, afterBody) {
			open = nil // a new heading over plain prose: the disclaimer is over
		}
		if open != nil {
			kind, reason := open.kind, open.reason
			if k, r, ok := shapeCue(d, s); ok && k != RemovedOther {
				kind, reason = k, r // social links or an image inside the block
			} else if kind != RemovedContact && isSignatureLine(d, i) {
				kind, reason = RemovedContact, reasonDetails
			}
			d.remove(s, kind, reason)
			continue
		}
		if kind, reason, ok := shapeCue(d, s); ok {
			d.remove(s, kind, reason)
		}
	}
	removeMenuRuns(d, first)
	removeRepeatedLines(d, first)
	removeDescriptions(d, first)
	removeTrailingContacts(d, first)
}

// newsLike matches what release text says and a company description does
// not: quotations and announcements.
var newsLike = regexp.MustCompile(`(?i)["“][^"”]{10,}["”]|\b(?:announce[sd]?|said|says|added)\b`)

// resumesBody reports whether segment i starts body text again inside an
// "About" section: news-like prose, or a short heading above it.
func resumesBody(d *doc, i int) bool {
	s := d.segs[i]
	if newsLike.MatchString(firstSentence(s.Text)) && wordCount(s.Text) >= 12 {
		return true
	}
	if i+1 < len(d.segs) && (s.Kind == BlockHeading || wordCount(s.Text) <= 12 && headlineLike(s.Text)) {
		next := d.segs[i+1]
		last, _ := lastRune(strings.TrimSpace(s.Text))
		return last != '.' && next.Removed == nil && wordCount(next.Text) >= 12 && newsLike.MatchString(firstSentence(next.Text))
	}
	return false
}

// removeRepeatedLines removes the running headers and footers of a
// printed original: a short line without a sentence in it, such as an
// address and telephone line, that appears again and again.
func removeRepeatedLines(d *doc, first int) {
	count := map[string]int{}
	for _, s := range d.segs {
		count[strings.TrimSpace(s.Text)]++
	}
	for i, s := range d.segs {
		t := strings.TrimSpace(s.Text)
		if s.Removed != nil || i < first || count[t] < 2 {
			continue
		}
		last, _ := lastRune(t)
		if n := wordCount(t); n >= 3 && n <= 30 && last != '.' && isContactish(t) {
			d.remove(s, RemovedOther, "page footer: repeated on every page of the printed original")
		}
	}
}

// legalVocabulary matches the words of disclaimers.
var legalVocabulary = regexp.MustCompile(`(?i)forward[- ]looking|risks?\b|uncertaint|actual results|securities|disclaim|obligation|undue reliance|safe harbou?r|factors|liabilit|warrant|not (?:be )?construed|no assurance|expectations`)

// endsLegal reports whether segment i is a heading after which the text is
// no longer a disclaimer: "Webcast" above "Acme will webcast its call …".
func endsLegal(d *doc, i int, afterBody bool) bool {
	s := d.segs[i]
	if i+1 >= len(d.segs) || wordCount(s.Text) > 8 || !headlineLike(s.Text) {
		return false
	}
	last, _ := lastRune(strings.TrimSpace(s.Text))
	if last == '.' {
		return false
	}
	next := d.segs[i+1]
	if next.Removed != nil || wordCount(next.Text) < 12 || legalVocabulary.MatchString(next.Text) {
		return false
	}
	_, cued := matchCue(d, next, afterBody)
	_, about := aboutStart(next.Text)
	return !cued && !about
}

// continuesShort reports whether s continues a contact, social or media
// block: a short line such as a name, a job title or an organisation, or a
// line of telephone numbers and addresses. A gap of two blank lines ends
// the block.
// isHeadlineAboveBody reports whether s, standing right above the first
// body paragraph, reads as the release's headline rather than the last
// line of a contact block: "Acme Opens New Plant".
func isHeadlineAboveBody(s *segment) bool {
	t := strings.TrimSpace(s.Text)
	last, _ := lastRune(t)
	return wordCount(t) >= 4 && !isContactish(t) && !strings.ContainsRune(".:,;", last)
}

func continuesShort(s *segment) bool {
	n := wordCount(s.Text)
	if isContactish(s.Text) && n <= 25 {
		return true
	}
	if s.BlankBefore >= 2 {
		return false
	}
	if n > 7 {
		// "Apple's home page on the World Wide Web:" introduces the next line.
		return n <= 12 && strings.HasSuffix(strings.TrimSpace(s.Text), ":")
	}
	last, _ := lastRune(strings.TrimSpace(s.Text))
	return last != '.' || n <= 4
}

// removeDescriptions removes the company descriptions that close a
// release without an "About" heading — "Acme Corp. (NYSE: ACME) is a
// leading maker of …" — when only boilerplate follows them, together with
// the signature lines (name, address) just above them.
func removeDescriptions(d *doc, first int) {
	subject := ""
	if first < len(d.segs) {
		subject = issuerOf(d.segs[first].Text)
	}
	for i := len(d.segs) - 1; i > first; i-- {
		s := d.segs[i]
		if s.Removed != nil || !onlyBoilerplateAfter(d, i) {
			continue
		}
		if !isDescription(s.Text) && !describesIssuer(s.Text, subject) {
			continue
		}
		d.remove(s, RemovedAbout, reasonAbout)
		for j := i - 1; j > first; j-- {
			p := d.segs[j]
			if p.Removed != nil || p.Kind == BlockListItem || p.Kind == BlockHeading {
				break
			}
			last, _ := lastRune(strings.TrimSpace(p.Text))
			short := wordCount(p.Text) <= 8 && !strings.ContainsRune(".:!?,;", last)
			if !short && !(isContactish(p.Text) && wordCount(p.Text) <= 20 && last != '.') {
				break
			}
			d.remove(p, RemovedContact, reasonDetails)
		}
	}
}

// issuerRE finds the company a release's first sentence is about: "Apple
// today announced", "Acme Corp. (NYSE: ACME) reported".
var issuerRE = regexp.MustCompile(`^(\p{Lu}[\p{L}\p{N}&'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’\-]*){0,3})(?:[,.]?\s+(?:Inc|Corp|Co|Ltd|LLC|plc)\.?)?(?:-Registered Trademark-|®|™)?\s*(?:\([^)]{2,40}\)\s*)?(?:today|has|is|announced|reported|unveiled|launched)\b`)

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
var issuerHistory = regexp.MustCompile(`(?i)\b(?:is committed to|is dedicated to|since (?:its founding|\d{4})|was founded|founded in|headquartered in|is a leading|is one of the|(?:ignited|pioneered|invented|reinvented) the)\b`)

// describesIssuer reports whether t is a paragraph about the issuing
// company: it opens with the company's name, quotes no one and tells the
// company's story ("Apple ignited the personal computer revolution … Apple
// is committed to …").
func describesIssuer(t, issuer string) bool {
	if issuer == "" || !strings.HasPrefix(t, issuer+" ") || wordCount(t) < 15 {
		return false
	}
	if strings.ContainsAny(t, "\"“”") || quoteOrNews.MatchString(t) {
		return false
	}
	return issuerHistory.MatchString(t)
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
var descriptionRE = regexp.MustCompile(`^(?:The\s+)?\p{Lu}[\p{L}\p{N}&.'’\-]*(?:,?\s+(?:\p{Lu}[\p{L}\p{N}&.'’\-]*|of|and|&|for))*?,?(?:\s*\([^)]{2,40}\))?(?:\s+is|,)\s+(?:an?|the|one of)\s`)

// tickerRE matches a stock ticker in parentheses followed by "is".
var tickerRE = regexp.MustCompile(`\((?:NYSE|NASDAQ|Nasdaq|AMEX|NYSE American|NYSE MKT|TSX|TSXV|TSX-V|LSE|ASX|OTC\w*|CSE)[^)]{0,20}\)\s+is\s+(?:an?|the)\s`)

// quoteOrNews matches what a body paragraph has and a description has not.
var quoteOrNews = regexp.MustCompile(`["“”]|\b(?:said|says|today|announced|will)\b`)

// isDescription reports whether t reads as a company description.
func isDescription(t string) bool {
	if wordCount(t) < 12 {
		return false
	}
	first := firstSentence(headOf(t, 600))
	if strings.ContainsAny(first, "\"“”") {
		return false
	}
	return descriptionRE.MatchString(first) && !quoteOrNews.MatchString(first) || tickerRE.MatchString(first)
}

// firstSentence returns t up to the end of its first sentence.
func firstSentence(t string) string {
	for i := 0; i+1 < len(t); i++ {
		if (t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i+1] == ' ' && i+2 < len(t) && isCapitalised(t[i+2:]) {
			// Not after an abbreviation such as "Inc." or "U.S.".
			w := t[strings.LastIndexByte(t[:i], ' ')+1 : i]
			if abbreviations[strings.ToLower(w)] || len(w) <= 2 || strings.Contains(w, ".") {
				continue
			}
			return t[:i+1]
		}
	}
	return t
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
		if s.Kind == BlockListItem || !isContactish(s.Text) || wordCount(s.Text) > 30 || last == '.' && !strings.Contains(s.Text, "@") {
			return
		}
		d.remove(s, RemovedContact, reasonDetails)
	}
}

// section is a stretch of boilerplate opened by a heading cue.
type section struct {
	kind   RemovedKind
	reason string
	tail   bool     // runs to the end of the document
	behind *section // for a short block inside a tail, the tail
}

// tailOf returns the tail section s is or sits in, or nil.
func tailOf(s *section) *section {
	for ; s != nil; s = s.behind {
		if s.tail {
			return s
		}
	}
	return nil
}

// reasonDetails is the reason given to the publisher's signature lines.
const reasonDetails = "publisher's details: name, address and ways to reach them"

// isSignatureLine reports whether segment i is part of the publisher's
// signature: a contact line, or a short name line just above one.
func isSignatureLine(d *doc, i int) bool {
	s := d.segs[i]
	if isContactish(s.Text) && wordCount(s.Text) <= 25 {
		return true
	}
	if wordCount(s.Text) > 5 || i+1 >= len(d.segs) {
		return false
	}
	last, _ := lastRune(strings.TrimSpace(s.Text))
	next := d.segs[i+1]
	return last != '.' && isContactish(next.Text) && wordCount(next.Text) <= 25
}

// continuation is the reason given to segments inside a section.
func continuation(c bpCue) string {
	if c.kind == RemovedEndMarker || c.kind == RemovedDistribution {
		return reasonAfterEnd
	}
	return c.reason
}

// matchCue returns the first cue that matches s.
func matchCue(d *doc, s *segment, afterBody bool) (bpCue, bool) {
	text := strings.TrimSpace(mdLinks.ReplaceAllString(s.Text, "$1"))
	text = strings.TrimSpace(strings.Trim(text, "[]*_"))
	raw := d.raw(s)
	if text == "" {
		text = strings.TrimSpace(raw)
	}
	texts := []string{text}
	// "October 15, 2018 Contact: Kimberlee Leach": a date may stand before
	// the cue on the same line.
	if ds := findDates(headOf(text, 40)); len(ds) > 0 && ds[0].start == 0 && ds[0].hasYear() {
		texts = append(texts, strings.TrimLeft(text[ds[0].end:], " ,.-–—|"))
	}
	counts := make([]int, len(texts))
	for k, t := range texts {
		counts[k] = wordCount(t)
	}
	lower := ""
	for _, c := range cues {
		if c.afterBody && !afterBody {
			continue
		}
		if c.hint != "" {
			if lower == "" {
				lower = strings.ToLower(text)
			}
			if !strings.Contains(lower, c.hint) {
				continue
			}
		}
		if c.heading && s.Kind != BlockHeading && !strings.HasSuffix(text, ":") {
			continue
		}
		for k, t := range texts {
			if c.maxWords > 0 && counts[k] > c.maxWords {
				continue
			}
			if c.re.MatchString(t) {
				return c, true
			}
		}
		if d.format != FormatHTML && c.kind == RemovedEndMarker && c.re.MatchString(strings.TrimSpace(raw)) {
			return c, true
		}
	}
	return bpCue{}, false
}

// aboutStart reports whether text opens an "About X" section and returns X.
func aboutStart(text string) (string, bool) {
	text = headOf(text, 400)
	if wordCount(text) <= 10 {
		if m := aboutHeading.FindStringSubmatch(text); m != nil {
			return orgName(m[1], text), true
		}
		return "", false
	}
	if m := aboutParagraph.FindStringSubmatch(text); m != nil && plausibleName(m[1]) {
		return orgName(m[1], text), true
	}
	if m := aboutHeading.FindStringSubmatch(firstLineOf(text)); m != nil && descriptive.MatchString(text) {
		return orgName(m[1], text), true
	}
	return "", false
}

// plausibleName reports whether an "About" paragraph's name is a name and
// not a run of sentence: "About Lute. He felt even worse …" is not.
func plausibleName(name string) bool {
	return wordCount(name) <= 8 && !strings.Contains(name, ". ")
}

// orgName tidies an organisation's name taken from an "About" heading:
// trailing punctuation goes, except the full stop of "Inc." or "Co."; a name
// in capitals takes the casing the text uses elsewhere; a name glued to
// itself ("BioUtahBioUtah") is halved.
func orgName(name, text string) string {
	name = strings.TrimSpace(strings.TrimRight(name, " ,:;"))
	if strings.HasSuffix(name, ".") {
		words := strings.Fields(name)
		last := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
		if !abbreviations[last] {
			name = strings.TrimRight(name, ".")
		}
	}
	if n := len(name); n%2 == 0 && n >= 4 && name[:n/2] == name[n/2:] {
		name = name[:n/2]
	}
	if name == strings.ToUpper(name) && len(strings.ToLower(text)) == len(text) {
		lower := strings.ToLower(text)
		from := strings.Index(lower, strings.ToLower(name)) + len(name)
		if from >= len(name) && from <= len(text) {
			if k := strings.Index(lower[from:], strings.ToLower(name)); k >= 0 {
				cand := text[from+k : from+k+len(name)]
				if cand != strings.ToUpper(cand) {
					name = cand
				}
			}
		}
	}
	return name
}

// abbreviations end company names with a full stop that belongs to them.
var abbreviations = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "jr": true, "sr": true,
	"l.p": true, "s.a": true, "n.v": true, "a.g": true, "p.c": true, "l.l.c": true, "plc": false,
}

// shapeCue recognises boilerplate by its shape rather than its words:
// segments that are only images, only links to social networks, or only
// links without visible text.
func shapeCue(d *doc, s *segment) (RemovedKind, string, bool) {
	raw := strings.TrimSpace(d.raw(s))
	text := strings.TrimSpace(s.Text)
	if d.format != FormatHTML && imageOnly.MatchString(raw) {
		return RemovedMedia, reasonImage, true
	}
	if len(s.Links) > 0 && wordCount(text) <= 3*len(s.Links)+2 {
		social := 0
		for _, l := range s.Links {
			if socialHosts.MatchString(l.URL) {
				social++
			}
		}
		if social == len(s.Links) {
			return RemovedSocial, reasonSocial, true
		}
	}
	if text != "" && strings.Trim(text, "-–—*_=~•·|/\\ ") == "" {
		return RemovedOther, "rule: a separator line", true
	}
	if s.Kind != BlockListItem && pageNumber.MatchString(text) {
		return RemovedOther, "page number: left from the printed original", true
	}
	return 0, "", false
}

// mdLinks matches Markdown link syntax left in a segment's text, so that
// cues see the visible words.
var mdLinks = regexp.MustCompile(`\[([^\]]*)\]\([^)\s]*\)`)

// pageNumber matches a line that is only a page number: "9", "(1)",
// "- 2 -", "Page 2 of 3".
var pageNumber = regexp.MustCompile(`(?i)^[\s(\-–—\[]*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?[\s)\-–—\]]*$`)

// imageOnly matches Markdown made only of images and empty links.
var imageOnly = regexp.MustCompile(`^(?:\s*(?:!\[[^\]]*\]\([^)]*\)|\[\s*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)))+\s*(?:contact information:?)?\s*$`)

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
		if s.Removed == nil && wordCount(s.Text) >= 20 && strings.ContainsAny(s.Text, ".!?") {
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
	if t == "" || wordCount(t) > 4 {
		return false
	}
	last, _ := lastRune(t)
	return !strings.ContainsRune(".,;:!?\"”’)", last)
}

// firstBodyIndex returns the index of the first segment that reads as a
// body paragraph: prose of some length that no cue claims. Before it, cues
// that need the body to have begun do not apply.
func firstBodyIndex(d *doc) int {
	for i, s := range d.segs {
		if s.Removed != nil || wordCount(s.Text) < 20 {
			continue
		}
		if !strings.ContainsAny(s.Text, ".!?") {
			continue
		}
		if _, ok := matchCue(d, s, false); ok {
			continue
		}
		return i
	}
	return len(d.segs)
}

// raw returns the input behind s, as written.
func (d *doc) raw(s *segment) string {
	if s.Source.Start < 0 || s.Source.End > len(d.src) || s.Source.Start > s.Source.End {
		return s.Text
	}
	return d.src[s.Source.Start:s.Source.End]
}

// wordCount counts the words of s; in scripts written without spaces
// (Chinese, Japanese) every two characters count as a word, so that a
// paragraph weighs about the same in any language.
// headOf returns the first n bytes of s, or a little less so as not to cut
// a character in two.
func headOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func wordCount(s string) int {
	n, wide := 0, 0
	inWord, w := false, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			if inWord {
				if w > 2 {
					wide += w
				} else {
					n++
				}
			}
			inWord, w = false, 0
			continue
		}
		inWord = true
		if r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			w++
		}
	}
	if inWord {
		if w > 2 {
			wide += w
		} else {
			n++
		}
	}
	return n + wide/2
}

// isContactish reports whether t holds a piece of a contact block: an
// e-mail address, a telephone number, a street address or a contact label.
// Each of those needs an "@", a digit or a colon, which is cheap to test
// before the regular expression.
func isContactish(t string) bool {
	return strings.ContainsAny(t, "@0123456789:") && contactish.MatchString(t)
}

func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

func firstLineOf(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
