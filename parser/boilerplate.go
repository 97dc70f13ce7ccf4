package parser

import (
	"math/bits"
	"strings"
	"sync"
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
	// The sections opened, known by their index (open, behind): with no
	// pointer into it, the slice's first sixteen stay on the stack.
	sections := make([]section, 0, 16)
	open := -1 // the section open, or -1
	bodySeen := false
	for i, s := range d.segs {
		d.tick(i, len(d.segs))
		if (s.Removed == nil || s.Removed.Kind == RemovedOther) && bodySeen && endMarkerLine(d, s) {
			// The marker ends the release wherever it stands, however
			// Markdown read it, and is shown as written.
			s.Source.Start, s.Source.End = markerLine(d, s)
			s.Text = strings.TrimSpace(d.raw(s))
			s.Removed = nil
			d.remove(s, RemovedEndMarker, reasonEnd)
			if s.Removed != nil {
				sections, open = openSection(sections, section{kind: RemovedEndMarker, reason: reasonAfterEnd, tail: true})
			}
			continue
		}
		if s.Removed != nil {
			continue
		}
		bodySeen = bodySeen || s.wordsAtLeast(5)
		afterBody := i > first
		if c, ok := s.matchCue(d, afterBody); ok {
			d.remove(s, c.kind, c.reason)
			switch {
			case c.section == tailSection && afterBody:
				sections, open = openSection(sections, section{kind: c.kind, reason: continuation(c), tail: true})
			case c.section != noSection:
				sections, open = openSection(sections, section{kind: c.kind, reason: continuation(c), behind: tailOf(sections, open) + 1})
			case open >= 0 && !sections[open].tail:
				// A one-off cue inside a short section keeps it open.
			}
			continue
		}
		if open >= 0 && !sections[open].tail {
			if _, isDate := parseDate(s.Text); isDate {
				open = -1 // a date line ends a contact block at the top
			}
		}
		if name, ok := aboutStart(s.Text); ok && afterBody {
			d.remove(s, RemovedAbout, reasonAbout)
			sections, open = openSection(sections, section{kind: RemovedAbout, reason: "about " + name + ": the company description that closes a release", tail: true})
			continue
		}
		if open >= 0 && !sections[open].tail && (!continuesShort(s) && !continuesContact(d, i, sections[open].kind) || i+1 == first && isHeadlineAboveBody(s)) {
			open = sections[open].behind - 1 // a short block ends; the tail it sat in goes on
		}
		if open >= 0 && sections[open].kind == RemovedAbout && resumesBody(d, i) {
			open = -1 // the release goes on after an "About" block in its middle
		}
		if open >= 0 && sections[open].kind == RemovedSubscribe && sections[open].tail && s.wordsAtLeast(25) && hasSentenceMark(s.Text) {
			open = -1 // prose after a sign-up box in the middle of a page
		}
		if open >= 0 && sections[open].kind == RemovedForwardLooking && endsLegal(d, i, afterBody) {
			open = -1 // a new heading over plain prose: the disclaimer is over
		}
		if open >= 0 {
			kind, reason := sections[open].kind, sections[open].reason
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
var newsLike = lazyRE(`(?i)["“][^"”]{10,}["”]|\b(?:announce[sd]?|said|says|added)\b`)

// resumesBody reports whether segment i starts body text again inside an
// "About" section: news-like prose, or a short heading above it.
func resumesBody(d *doc, i int) bool {
	s := d.segs[i]
	if s.wordsAtLeast(12) && newsLike.MatchString(firstSentence(s.Text)) {
		return true
	}
	if i+1 < len(d.segs) && (s.Kind == BlockHeading || s.wordsAtMost(12) && headlineLike(s.Text)) {
		next := d.segs[i+1]
		last, _ := lastRune(strings.TrimSpace(s.Text))
		return last != '.' && next.Removed == nil && next.wordsAtLeast(12) && newsLike.MatchString(firstSentence(next.Text))
	}
	return false
}

// legalVocabulary matches the words of disclaimers.
var legalVocabulary = lazyRE(`(?i)forward[- ]looking|risks?\b|uncertaint|actual results|securities|disclaim|obligation|undue reliance|safe harbou?r|factors|liabilit|warrant|not (?:be )?construed|no assurance|expectations`)

// endsLegal reports whether segment i is a heading after which the text is
// no longer a disclaimer: "Webcast" above "Acme will webcast its call …".
func endsLegal(d *doc, i int, afterBody bool) bool {
	s := d.segs[i]
	if i+1 >= len(d.segs) || !s.wordsAtMost(8) || !headlineLike(s.Text) {
		return false
	}
	last, _ := lastRune(strings.TrimSpace(s.Text))
	if last == '.' {
		return false
	}
	next := d.segs[i+1]
	if next.Removed != nil || !next.wordsAtLeast(12) || legalVocabulary.MatchString(next.Text) {
		return false
	}
	_, cued := next.matchCue(d, afterBody)
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
	return wordsAtLeast(t, 4) && !isContactish(t) && !strings.ContainsRune(".:,;", last)
}

func continuesShort(s *segment) bool {
	n := s.wordCount()
	if s.contactish() && n <= 25 {
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

// continuesContact reports whether segment i goes on with the contact
// block open: a longer role or organisation line ("Lead Spokesperson for
// Foreign Affairs and Security Policy") or a reference ("Press release
// 85/26"), that is a short line without a closing full stop that is not the
// heading of a paragraph below.
func continuesContact(d *doc, i int, open RemovedKind) bool {
	if open != RemovedContact || i+1 > len(d.segs) {
		return false
	}
	s := d.segs[i]
	t := strings.TrimSpace(s.Text)
	if s.BlankBefore >= 2 || !s.wordsAtMost(12) || s.Kind == BlockHeading {
		return false
	}
	if last, _ := lastRune(t); strings.ContainsRune(".!?:\"”", last) {
		return false
	}
	if i+1 < len(d.segs) {
		next := d.segs[i+1]
		if next.Removed == nil && next.wordsAtLeast(20) && !isContactish(headOf(next.Text, 200)) {
			return false
		}
	}
	return true
}

// section is a stretch of boilerplate opened by a heading cue.
type section struct {
	kind   RemovedKind
	reason string
	tail   bool // runs to the end of the document
	behind int  // for a short block inside a tail, 1 + the tail's index; 0 for none
}

// openSection appends v to the sections classify opened, and returns them
// and v's index: a release with a contact block and social links opens one
// for nearly every line of them.
func openSection(sections []section, v section) ([]section, int) {
	return append(sections, v), len(sections)
}

// tailOf returns the index of the tail section that sections[i] is or
// sits in, or -1; i may be -1, for none.
func tailOf(sections []section, i int) int {
	for ; i >= 0; i = sections[i].behind - 1 {
		if sections[i].tail {
			return i
		}
	}
	return -1
}

// reasonDetails is the reason given to the publisher's signature lines.
const reasonDetails = "publisher's details: name, address and ways to reach them"

// isSignatureLine reports whether segment i is part of the publisher's
// signature: a contact line, or a short name line just above one.
func isSignatureLine(d *doc, i int) bool {
	s := d.segs[i]
	if s.contactish() && s.wordsAtMost(25) {
		return true
	}
	if !s.wordsAtMost(5) || i+1 >= len(d.segs) {
		return false
	}
	last, _ := lastRune(strings.TrimSpace(s.Text))
	next := d.segs[i+1]
	return last != '.' && next.contactish() && next.wordsAtMost(25)
}

// continuation is the reason given to segments inside a section.
func continuation(c bpCue) string {
	if c.kind == RemovedEndMarker || c.kind == RemovedDistribution {
		return reasonAfterEnd
	}
	return c.reason
}

// maxCueWords is the largest maxWords of a cue: matchCue counts words no
// further than one past it.
var maxCueWords = func() int {
	n := 0
	for _, c := range cues {
		n = max(n, c.maxWords)
	}
	return n
}()

// matchCue returns the first cue that matches s.
//
// The cue index (cue_index.go) first says, for each text tried, which cues
// can match it at all; most segments leave none or one, and only those run
// their expression.
func matchCue(d *doc, s *segment, afterBody bool) (bpCue, bool) {
	if n, ok := matchCueIndex(d, s, afterBody); ok {
		return cues[n], true
	}
	return bpCue{}, false
}

// matchCueIndex is matchCue, returning the index of the cue in cues.
func matchCueIndex(d *doc, s *segment, afterBody bool) (int, bool) {
	ct := theCueTables()
	text := trimCueText(replaceMDLinks(s.Text))
	raw := d.raw(s)
	if text == "" {
		text = strings.TrimSpace(raw)
	}
	texts := [2]string{text}
	cands := [2]cueSet{ct.candidates(text)}
	nt := 1
	// "October 15, 2018 Contact: Kimberlee Leach": a date may stand before
	// the cue on the same line.
	var dateBuf [2]dateMatch
	if ds := datesAtStart(dateBuf[:0], headOf(text, 40)); len(ds) > 0 && ds[0].start == 0 && ds[0].hasYear() {
		texts[1] = strings.TrimLeft(text[ds[0].end:], " ,.-–—|")
		cands[1] = ct.candidates(texts[1])
		nt = 2
	}
	// An end marker may be read from the input as written.
	rawText, rawCands := "", cueSet(0)
	if d.format != FormatHTML {
		rawText = strings.TrimSpace(raw)
		if rawText == text {
			rawCands = cands[0] & ct.endMarkers
		} else {
			rawCands = ct.candidates(rawText) & ct.endMarkers
		}
	}
	checkCueFilters(texts[:nt], cands[:nt], rawText, rawCands)
	if cands[0]|cands[1]|rawCands == 0 && len(cues) <= maxIndexedCues {
		return 0, false
	}
	m := cueMatcher{d: d, s: s, text: text, texts: texts, nt: nt, cands: cands, rawOK: d.format != FormatHTML, rawText: rawText, rawCands: rawCands, hints: ct.hints, filters: ct.filters}
	if rawText == text {
		// The input as written is the text the cues are tried on: an
		// end marker there is found, or not, as it is in text.
		m.rawCands = 0
	}
	// Only the cues the index left are tried, in table order: a cue
	// that needs the body to have begun is left out before it.
	left := cands[0] | cands[1] | rawCands
	if !afterBody {
		left &^= ct.afterBody
	}
	for ; left != 0; left &= left - 1 {
		if n := bits.TrailingZeros64(uint64(left)); m.try(n) {
			return n, true
		}
	}
	for n := maxIndexedCues; n < len(cues); n++ {
		if (!cues[n].afterBody || afterBody) && m.try(n) {
			return n, true
		}
	}
	return 0, false
}

// cueMatcher tries the cues on one segment's texts for matchCueIndex,
// keeping what more than one cue asks of them: the hints found and the
// words counted.
type cueMatcher struct {
	d        *doc
	s        *segment
	text     string    // the segment's text, trimmed; texts[0]
	texts    [2]string // text, and text after a leading date
	nt       int       // how many of texts are tried
	cands    [2]cueSet // the index's candidates for each of texts
	rawOK    bool      // the input as written is tried for an end marker (not HTML)
	rawText  string    // the input as written, trimmed
	rawCands cueSet    // the end-marker cues the index left for rawText
	hints    *cueHints
	filters  []startFilter // cueFilters()
	found    hintSet
	counts   [2]int
	counted  [2]bool
}

// try reports whether cue n matches one of the texts. The tests run
// cheapest first: the index's bit, an anchored cue's automaton, the hint
// (looked for once, when a cue holding it first gets that far), the word
// limit (words are counted once, when a cue with a limit first gets that
// far), an unanchored cue's automaton, which tries every place of the
// text, and last the expression.
func (m *cueMatcher) try(n int) bool {
	c := &cues[n]
	if c.heading && m.s.Kind != BlockHeading && !strings.HasSuffix(m.text, ":") {
		return false
	}
	nfa := &m.filters[n].nfa
	// A cue written out as code decides as fast as its automaton
	// would turn a text away: the automaton is not run for it.
	anchored := nfa.anchored() && c.code == nil
	for k, t := range m.texts[:m.nt] {
		if !m.cands[k].has(n, t) || anchored && !nfa.may(t) {
			checkCueNFA(n, t)
			continue
		}
		if !m.hint(n) {
			break // the hint is looked for in text, which holds texts[1]
		}
		if c.maxWords > 0 {
			if !m.counted[k] {
				m.counts[k], m.counted[k] = wordsUpTo(t, maxCueWords+1), true
			}
			if m.counts[k] > c.maxWords {
				continue
			}
		}
		if !anchored && c.code == nil && !nfa.may(t) || c.guard != nil && !c.guard(t) {
			checkCueNFA(n, t)
			continue
		}
		if c.code != nil && c.code(t) || c.code == nil && c.re.MatchString(t) {
			return true
		}
	}
	if m.rawOK && c.kind == RemovedEndMarker && m.rawCands.has(n, m.rawText) && m.hint(n) {
		if !nfa.may(m.rawText) {
			checkCueNFA(n, m.rawText)
		} else if c.code != nil && c.code(m.rawText) || c.code == nil && c.re.MatchString(m.rawText) {
			return true
		}
	}
	return false
}

// hint reports whether the segment's text holds cue n's hint, or the cue
// has none.
func (m *cueMatcher) hint(n int) bool {
	return cues[n].hint == "" || m.hints.has(&m.found, n, m.text)
}

// cueFlags are sets of cues that share a flag.
type cueFlags struct {
	afterBody cueSet // the cues that count only once the body has begun
}

// theCueFlags returns the cues' flags, gathered once.
var theCueFlags = sync.OnceValue(func() cueFlags {
	var f cueFlags
	for n := range min(len(cues), maxIndexedCues) {
		if cues[n].afterBody {
			f.afterBody |= 1 << n
		}
	}
	return f
})

// trimCueText is strings.TrimSpace(strings.Trim(strings.TrimSpace(t),
// "[]*_")), without building Trim's set of bytes on every call.
func trimCueText(t string) string {
	t = strings.TrimSpace(t)
	if u := cueTextCut.trim(t); len(u) < len(t) {
		return strings.TrimSpace(u)
	}
	return t
}

// endMarkerRE matches an end marker as written: "###", "# # #", "-30-",
// "- 30 -", "ENDS", "-Ends-", "* * *", "* *** *".
var endMarkerRE = lazyRE(`^(?:#(?:\s?#){2,}|[-–—]+\s?30\s?[-–—]+|(?i:[-–—]*\s?(?:ends?|ende|fin)\s?[-–—]*)|\*(?:\s?\*+)+\s?\*)$`)

// endMarkerLine reports whether s, in a text or Markdown input, is a line
// that is only an end marker.
func endMarkerLine(d *doc, s *segment) bool {
	if d.format == FormatHTML || len(s.Lines) > 1 {
		return false
	}
	if s.Source.Start < 0 || s.Source.End > len(d.src) || s.Source.Start > s.Source.End || s.Source.End-s.Source.Start > 40 {
		return false
	}
	from, to := markerLine(d, s)
	raw := strings.TrimSpace(d.src[from:to])
	if len(raw) < 3 || len(raw) > 12 || strings.ContainsRune(raw, '\n') {
		return false
	}
	switch raw[0] {
	case '#', '-', '*', 0xe2, 'E', 'e', 'F', 'f':
		return endMarkerRE.MatchString(raw)
	}
	return false
}

// markerLine returns the bounds of the source line that holds s, without
// its line break: Markdown reads "# # #" as a heading whose text is "#".
func markerLine(d *doc, s *segment) (int, int) {
	from, to := s.Source.Start, s.Source.End
	for from > 0 && d.src[from-1] != '\n' && s.Source.Start-from < 40 {
		from--
	}
	for to < len(d.src) && d.src[to] != '\n' && d.src[to] != '\r' && to-s.Source.End < 40 {
		to++
	}
	return from, to
}

// aboutStart reports whether text opens an "About X" section and returns X.
func aboutStart(text string) (string, bool) {
	if !mayOpenAbout(text) {
		return "", false
	}
	text = headOf(text, 400)
	if wordsAtMost(text, 10) {
		if m := aboutHeading.FindStringSubmatch(text); m != nil && !englishOver(text) {
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

// mayOpenAbout reports whether text may open an "About X" section: after
// white space and a "**", aboutHeading and aboutParagraph need a word that
// begins with one of the bytes of aboutFirst, À and Ü with 0xC3. Most
// paragraphs are turned away here without running the expressions, whose
// backtracker clears a bit for each of their instructions at each byte.
func mayOpenAbout(text string) bool {
	i := 0
	for i < len(text) && isSpaceRE(text[i]) {
		i++
	}
	if strings.HasPrefix(text[i:], "**") {
		i += 2
	}
	if i == len(text) || !aboutFirst[text[i]] {
		return false
	}
	for _, w := range aboutOpenings {
		if strings.HasPrefix(text[i:], w) {
			return true
		}
	}
	return false
}

// aboutFirst marks the first bytes of the words that open an "About"
// section in aboutHeading and aboutParagraph: About, Acerca, Sobre,
// Informazioni, Chi, Over, and 0xC3 for À propos and Über. A table, not a
// string searched with strings.IndexByte: a call for every segment.
var aboutFirst = [256]bool{'A': true, 'S': true, 'I': true, 'C': true, 'O': true, 0xC3: true}

// aboutOpenings are the words one of which opens every match of
// aboutHeading and aboutParagraph, as written there (neither ignores
// case): a paragraph that opens "In our letter" or "Acme" is turned away
// by them.
var aboutOpenings = []string{"About", "ABOUT", "À propos", "A propos", "Über", "ÜBER", "Acerca", "Sobre", "Informazioni su", "Chi è", "Chi siamo", "Over"}

// englishOver reports whether a heading that starts like the Dutch "Over X"
// or the Spanish "Sobre X" is English or a title: "Over the Years", "Over
// Two Decades of Service".
func englishOver(text string) bool {
	t := strings.TrimLeft(text, " *")
	if !strings.HasPrefix(t, "Over ") && !strings.HasPrefix(t, "Sobre ") {
		return false
	}
	low := " " + strings.ToLower(t) + " "
	return !wordsAtMost(t, 6) || strings.Contains(low, " the ") || strings.Contains(low, " of ") || strings.Contains(low, " and ")
}

// plausibleName reports whether an "About" paragraph's name is a name and
// not a run of sentence: "About Lute. He felt even worse …" is not.
func plausibleName(name string) bool {
	return wordsAtMost(name, 8) && !strings.Contains(name, ". ")
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
	if d.format != FormatHTML && mayBeImageOnly(raw) && imageOnly.MatchString(raw) {
		return RemovedMedia, reasonImage, true
	}
	if len(s.Links) > 0 && s.wordCount() <= 3*len(s.Links)+2 {
		// Every link must go to a social network: the first that does
		// not settles it.
		social := 0
		for _, l := range s.Links {
			if !isSocialURL(l.URL) {
				break
			}
			social++
		}
		if social == len(s.Links) {
			return RemovedSocial, reasonSocial, true
		}
	}
	if text != "" && onlyRuleRunes(text) {
		return RemovedOther, "rule: a separator line", true
	}
	if isAddressFooter(text) {
		return RemovedContact, reasonDetails, true
	}
	if s.Kind != BlockListItem && mayBePageNumber(text) && pageNumber.MatchString(text) {
		return RemovedOther, "page number: left from the printed original", true
	}
	return 0, "", false
}

// isAddressFooter reports whether t is a footer line of "|"-separated
// parts giving the organisation's address or ways to reach it: "Coastal
// Trails Alliance | 88 Harbor Road, Harwick, ME 04011 | coastaltrails.org".
func isAddressFooter(t string) bool {
	if len(t) > 300 || !twoBars(t) || !wordsAtMost(t, 30) { // the length first: a paragraph is not read
		return false
	}
	for _, p := range strings.Split(t, "|") {
		p = strings.TrimSpace(p)
		if isContactish(p) || domainLike(p) {
			return true
		}
	}
	return false
}

// twoBars is strings.Count(t, "|") >= 2, stopping at the second bar:
// strings.Count reads the whole text byte by byte in wasm, where
// strings.IndexByte jumps faster, and natively as well.
func twoBars(t string) bool {
	i := strings.IndexByte(t, '|')
	return i >= 0 && strings.IndexByte(t[i+1:], '|') >= 0
}

// domainLike reports whether p is a bare web address: "coastaltrails.org",
// "www.acme.com/news".
func domainLike(p string) bool {
	if p == "" || strings.ContainsAny(p, " @") {
		return false
	}
	host := strings.TrimPrefix(strings.TrimPrefix(p, "https://"), "http://")
	if k := strings.IndexByte(host, '/'); k >= 0 {
		host = host[:k]
	}
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || len(host)-dot-1 < 2 || len(host)-dot-1 > 6 {
		return false
	}
	for _, r := range host[dot+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// mdLinks matches Markdown link syntax left in a segment's text, so that
// cues see the visible words.
var mdLinks = lazyRE(`\[([^\]]*)\]\([^)\s]*\)`)

// pageNumber matches a line that is only a page number: "9", "(1)",
// "- 2 -", "Page 2 of 3".
var pageNumber = lazyRE(`(?i)^[\s(\-–—\[]*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?[\s)\-–—\]]*$`)

// imageOnly matches Markdown made only of images and empty links.
var imageOnly = lazyRE(`^(?:\s*(?:!\[[^\]]*\]\([^)]*\)|\[\s*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)))+\s*(?:contact information:?)?\s*$`)

// ruleRunes are the runes a separator line is drawn with.
const ruleRunes = "-–—*_=~•·|/\\ "

// onlyRuleRunes is strings.Trim(t, ruleRunes) == "": every rune of t is
// one of ruleRunes. A text that opens with a letter is turned away at its
// first rune, without strings.Trim's attempt at an ASCII set.
func onlyRuleRunes(t string) bool {
	for _, r := range t {
		if r < utf8.RuneSelf {
			if !ruleASCII[r] {
				return false
			}
		} else if r != '–' && r != '—' && r != '•' && r != '·' {
			return false
		}
	}
	return true
}

// ruleASCII marks the ASCII runes of ruleRunes.
var ruleASCII = [utf8.RuneSelf]bool{'-': true, '*': true, '_': true, '=': true, '~': true, '|': true, '/': true, '\\': true, ' ': true}

// mayBePageNumber reports whether t may match pageNumber: after the
// opening run of white space, brackets and dashes, every match goes on
// with "page" or a digit.
func mayBePageNumber(t string) bool {
	for t != "" {
		switch {
		case isPerlSpace(t[0]) || t[0] == '(' || t[0] == '-' || t[0] == '[':
			t = t[1:]
		case strings.HasPrefix(t, "–") || strings.HasPrefix(t, "—"):
			t = t[len("–"):]
		default:
			return isDigitByte(t[0]) || t[0]|0x20 == 'p'
		}
	}
	return false
}

// mayBeImageOnly reports whether raw may match imageOnly: every match
// opens, after \s white space, with the '!' of an image or the '[' of a
// link. Most segments are turned away by a byte, before the expression's
// filter.
func mayBeImageOnly(raw string) bool {
	i := skipSpaceRE(raw, 0)
	return i < len(raw) && (raw[i] == '!' || raw[i] == '[')
}

// firstBodyIndex returns the index of the first segment that reads as a
// body paragraph: prose of some length that no cue claims. Before it, cues
// that need the body to have begun do not apply.
func firstBodyIndex(d *doc) int {
	for i, s := range d.segs {
		if s.Removed != nil || !s.wordsAtLeast(20) {
			continue
		}
		if !hasSentenceMark(s.Text) {
			continue
		}
		if _, ok := s.matchCue(d, false); ok {
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
