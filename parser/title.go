package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pageTitle recognises a web page's title line at the very top, "Headline
// | Site" or "Headline - Site", when the headline is repeated below it: the
// headline is the title and the site is a publisher candidate.
func (m *metaScan) pageTitle() {
	segs := m.d.segs
	if len(segs) < 2 {
		return
	}
	s := segs[0]
	t := immediateLead.ReplaceAllString(strings.TrimSpace(s.Text), "")
	var locs [][]int
	if mayHoldPageTitleSep(t) {
		locs = pageTitleSep.FindAllStringIndex(t, -1)
	}
	if len(locs) == 0 || !wordsAtMost(t, 40) {
		return
	}
	limit := min(len(segs), 30)
	for _, loc := range locs {
		head, site := strings.TrimSpace(t[:loc[0]]), strings.TrimSpace(t[loc[1]:])
		for j := 1; j < limit; j++ {
			other := immediateLead.ReplaceAllString(strings.TrimSpace(segs[j].Text), "")
			if strings.EqualFold(other, head) {
				m.consume(s, "page title: the web page's title, repeated below")
				m.pageHead = head
				m.add(&m.publisher, site, rankPage)
				return
			}
		}
	}
}

// mayHoldPageTitleSep reports whether t may hold a match of pageTitleSep:
// every match holds "|", "-", "–", "—", "::" or "»". Most first lines hold
// none, and are spared the expression's automaton, which stops at every
// space.
func mayHoldPageTitleSep(t string) bool {
	return containsAnySplit(t, "|-", "–", "—", "»") || strings.Contains(t, "::")
}

// findTitle picks the headline: a top-level heading, the line after "For
// Immediate Release:", the headline of the page title, or the first
// headline-like line above the body.
func (m *metaScan) findTitle() {
	segs := m.d.segs
	pick := -1
	text := ""
	for i, s := range segs[:min(len(segs), m.first+1, maxTop)] {
		if s.Kind == BlockHeading && s.Level == 1 && strings.TrimSpace(s.Text) != "" && (s.Removed == nil || s.Removed.Kind == RemovedMetadata && s.Removed.Reason == reasonRelease && immediateLead.MatchString(s.Text)) {
			pick, text = i, s.Text
			break
		}
	}
	if pick < 0 && m.pageHead != "" {
		for i, s := range segs[1:min(len(segs), 30)] {
			if strings.EqualFold(immediateLead.ReplaceAllString(strings.TrimSpace(s.Text), ""), m.pageHead) {
				pick, text = i+1, m.pageHead
				break
			}
		}
	}
	if pick < 0 {
		for i, s := range m.top() {
			if s.Removed != nil && s.Removed.Kind != RemovedContact && s.Removed.Kind != RemovedMetadata {
				continue
			}
			if s.Removed != nil && s.Removed.Reason != reasonRelease && !immediateLead.MatchString(s.Text) {
				continue
			}
			if loc := immediateLead.FindStringIndex(s.Text); loc != nil && loc[1] < len(s.Text) {
				pick, text = i, s.Text[loc[1]:]
				if cut := datelineInside(text); cut > 0 {
					// The headline ran on into the first paragraph: keep the
					// paragraph in the body rather than lose it.
					m.titleText = strings.TrimSpace(text[:cut])
					return
				}
				break
			}
		}
	}
	if pick < 0 {
		// Only the first line left in the body can be the headline; a
		// paragraph that reads as a sentence is not one. Lines that are
		// plainly no headline are passed over: clipboard and mail headers,
		// a document code, the publisher's name as a letterhead.
		top := m.top()
		for i, s := range top {
			if s.Removed != nil {
				continue
			}
			if m.notHeadline(top, i) {
				continue
			}
			last, _ := lastRune(strings.TrimSpace(s.Text))
			prose := last == '.' || firstSentence(s.Text) != s.Text
			if headlineLike(s.Text) && !(prose && !s.wordsAtMost(12)) {
				pick, text = i, s.Text
			} else if j := m.headlineAfterLead(i); j > 0 {
				// The lead paragraph stands above its headline.
				pick, text = j, m.d.segs[j].Text
			}
			break
		}
	}
	if pick < 0 {
		if t := m.d.meta["title"]; t != "" {
			m.titleText = strings.TrimSpace(t)
		}
		return
	}
	m.title = pick
	m.titleText = strings.TrimSpace(text)
	m.consume(segs[pick], "title: shown as the release's headline")
	// A headline broken over two lines: the next line follows without a
	// blank line and either completes a headline that stops on a small
	// word ("… drives" / "Southern Company earnings …") or is a short
	// tail such as the event's dates.
	if next := pick + 1; next < len(segs) && segs[next].Removed == nil && segs[next].BlankBefore == 0 && m.d.format != FormatHTML {
		n := segs[next]
		words := strings.Fields(m.titleText)
		lastWord := words[len(words)-1]
		lastR, _ := lastRune(lastWord)
		if headlineLike(n.Text) && !isDateline(n.Text) && !strings.ContainsRune(".:!?", lastR) &&
			(!isCapitalised(lastWord) && !strings.ContainsAny(lastWord, "0123456789") || n.wordsAtMost(4)) {
			if _, isDate := parseDate(n.Text); !isDate || strings.ContainsAny(n.Text, "–-") {
				m.titleText += " " + strings.TrimSpace(n.Text)
				m.consume(n, "title: the headline's second line")
				m.title = next
			}
		}
	}
	// A web page often repeats the headline (breadcrumb, heading, print
	// header); the repeats above the body are the title too.
	for _, s := range segs[:min(len(segs), m.first+1, maxTop)] {
		if s != segs[pick] && strings.EqualFold(immediateLead.ReplaceAllString(strings.TrimSpace(s.Text), ""), m.titleText) {
			m.consume(s, "title repeated: the headline as the page shows it again")
		}
	}
	if pick == m.first {
		m.first = firstBodyIndex(m.d)
	}
}

// standfirst reports whether segment i, right below the title, is a
// one-sentence summary set above the release's metadata lines, as GOV.UK
// does: "Communities in England will share £28 million …" above "From:"
// and "Published".
func (m *metaScan) standfirst(i int) bool {
	s := m.d.segs[i]
	t := strings.TrimSpace(s.Text)
	if i != m.title+1 || i+1 >= len(m.d.segs) || !wordsAtMost(t, 40) || firstSentence(t) != t {
		return false
	}
	next := m.d.segs[i+1]
	return next.Removed != nil && next.Removed.Kind == RemovedMetadata && next.Removed.Reason != reasonRelease
}

// datelineInside returns where a dateline starts inside t after its first
// few words, or -1: "Jury Sentences … 79 Years (Dallas, Texas) –On …".
func datelineInside(t string) int {
	if len(t) > 300 {
		t = t[:300]
	}
	for i, r := range t {
		if i == 0 || t[i-1] != ' ' || !(r == '(' || unicode.IsUpper(r)) {
			continue
		}
		if !wordsAtLeast(t[:i], 3) {
			continue
		}
		if dl, ok := parseDateline(t[i:]); ok && !wordsAtMost(dl.rest, 8) {
			return i
		}
	}
	return -1
}

// headlineLike reports whether t reads as a headline: short, not a date,
// not ending like a sentence fragment or a salutation.
func headlineLike(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 1000 {
		return false
	}
	n := wordsUpTo(t, 41)
	if n == 0 || n > 40 || utf8.RuneCountInString(t) > 250 {
		return false
	}
	if _, ok := parseDate(t); ok {
		return false
	}
	last, _ := lastRune(t)
	if strings.ContainsRune(",;:", last) {
		return false
	}
	if n <= 2 && !strings.ContainsAny(t, "0123456789") && strings.ToUpper(t) == t {
		return false // a menu entry such as "HOME"
	}
	return true
}

// findSubtitle takes the headline-like lines between the title and the
// body: the first is the subtitle, the others are further deck lines.
func (m *metaScan) findSubtitle() {
	if m.title < 0 {
		return
	}
	segs := m.d.segs
	for i := m.title + 1; i < len(segs) && i < m.title+5; i++ {
		s := segs[i]
		if s.Removed != nil {
			continue
		}
		if i >= m.first || !headlineLike(s.Text) || isDateline(s.Text) || datedLabel(s.Text) {
			return
		}
		if s.Kind != BlockHeading && !s.wordsAtMost(35) {
			return
		}
		last, _ := lastRune(strings.TrimSpace(s.Text))
		if last == '.' && s.Kind != BlockHeading && !m.standfirst(i) {
			return
		}
		if institutionRE.MatchString(strings.TrimSpace(s.Text)) && s.wordsAtMost(10) {
			m.add(&m.publisher, s.Text, rankNotice)
			m.consume(s, "issuer: the organisation that published the release")
			continue
		}
		if m.d.rel.Subtitle == "" {
			m.d.rel.Subtitle = strings.TrimSpace(s.Text)
			m.consume(s, "subtitle: shown under the headline")
		} else {
			m.consume(s, "subtitle: a further line of the headline's deck")
		}
	}
}
