package parser

import (
	"strings"
)

// extractMetadata finds the title, date, publisher, distributor, canonical
// URL, dateline and language, and marks the lines it consumed.
//
// Every field gathers candidates from several places — a "PUBLISHED" line,
// the dateline, a distribution notice, markup metadata — each with a rank;
// the best-ranked candidate wins, so what the text states beats what the
// markup states, and a specific cue beats a general one.
func extractMetadata(d *doc) {
	m := &metaScan{d: d, first: firstBodyIndex(d), title: -1}
	m.pageTitle()
	m.topLines()
	m.providedBy()
	m.findTitle()
	m.findSubtitle()
	m.findDateline()
	m.notices()
	m.labelledDates()
	m.canonical()
	m.markup()
	m.resolve()
	d.rel.Language = guessLanguage(d)
}

// Ranks of candidates: lower is better.
const (
	rankStated   = iota // a line that states the field: "PUBLISHED …", "BY …", "on behalf of …"
	rankDateline        // the dateline
	rankNotice          // distribution notices, SOURCE lines, wire markers
	rankPage            // the web page's title, "About X" sections
	rankMarkup          // metadata from HTML markup
	rankGuess           // anything weaker
)

// candidate is one proposed value of a metadata field.
type candidate struct {
	value string
	rank  int
}

// metaScan holds the state of the metadata pass.
type metaScan struct {
	d     *doc
	first int // index of the first body segment
	title int // index of the title segment, or -1

	published, publisher, distributor, url candidates
	partialDates                           []string // year-less dates ("--07-22") from the dateline
	titleText                              string
	pageHead                               string // the headline part of the web page's title line
	datelines                              datelineMemo
}

// candidates are the values proposed for one field, in the order they
// came. The first four are held in place, the rest in more: no field
// points into the metaScan, which can then live on extractMetadata's stack
// rather than be allocated for every parse.
type candidates struct {
	n     int // how many are held in first
	first [4]candidate
	more  []candidate
}

// at returns the i-th candidate.
func (cs *candidates) at(i int) *candidate {
	if i < len(cs.first) {
		return &cs.first[i]
	}
	return &cs.more[i-len(cs.first)]
}

// len returns how many candidates cs holds.
func (cs *candidates) len() int { return cs.n + len(cs.more) }

func (m *metaScan) add(field *candidates, value string, rank int) {
	value = strings.TrimSpace(value)
	if value == "" {
		return
	}
	if field.n < len(field.first) {
		field.first[field.n] = candidate{value, rank}
		field.n++
		return
	}
	field.more = append(field.more, candidate{value, rank})
}

// best returns the best-ranked candidate, the earliest among equals.
func best(cs *candidates) string {
	b := -1
	for i := range cs.len() {
		if b < 0 || cs.at(i).rank < cs.at(b).rank {
			b = i
		}
	}
	if b < 0 {
		return ""
	}
	return cs.at(b).value
}

// consume marks s as metadata; it overrides a boilerplate cue, since a line
// shown in the metadata card is accounted for there.
func (m *metaScan) consume(s *segment, reason string) {
	if m.d.cfg.restored[s.Text] {
		return
	}
	s.Removed = m.d.newRemoval(RemovedMetadata, reason)
}

// top returns the segments before the body, and a few after the first body
// paragraph when the body starts at once.
func (m *metaScan) top() []*segment {
	end := m.first
	if end < len(m.d.segs) {
		end++
	}
	// A release's head is a few dozen lines at most, even when no body
	// paragraph is found.
	end = min(end, len(m.d.segs), maxTop)
	return m.d.segs[:end]
}

// maxTop is the most segments read as the head of a release.
const maxTop = 80

var (
	pageTitleSep  = lazyRE(`\s+(?:\||-|–|—|::|»)\s+`)
	immediateLead = lazyRE(`(?i)^\s*(?:for immediate release|immediate release|for release)\s*[:.\-–—]+\s*`)
	bylineRE      = lazyRE(`(?i)^\s*by[:\s]\s*(\S.{0,80})$`)
	wireMarkerRE  = lazyRE(`^[\s\-–—/(\[]+([^\-–—/()\[\]]{2,40}?)[\s\-–—/)\]]+$`)
	sourceLineRE  = lazyRE(`(?i)^\s*source\s*:?\s+(.{2,80}?)\s*$`)
	originalLink  = lazyRE(`(?i)original(?:/source)? press release|source press release|view original|original (?:release|content)|read (?:the )?original`)
	urlInText     = lazyRE(`https?://[^\s<>()\[\]"]+`)
	urlOnlyRE     = lazyRE(`^\s*<?(https?://[^\s<>]+)>?\s*$`)
)

// topLines consumes the metadata lines above the body: date lines,
// bylines and wire markers.
func (m *metaScan) topLines() {
	for _, s := range m.top() {
		if s.Removed != nil && s.Removed.Kind != RemovedMetadata && s.Removed.Kind != RemovedNavigation && s.Removed.Kind != RemovedContact {
			continue
		}
		if s.Removed != nil && s.Removed.Reason == reasonMailHeader {
			continue // the mail's date, a fallback (see markMail)
		}
		t := strings.TrimSpace(s.Text)
		// A short line's dates are found once, for its dateline and its
		// date.
		var buf [4]dateMatch
		dates, known := buf[:0], false
		if s.Removed == nil && len(t) < 80 {
			dates, known = appendDates(dates, t), true
			// "Hamburg, 5. November 2025" on a line of its own: the
			// dateline and the date.
			if dl, ok := m.datelineWith(t, dates, known); ok && dl.iso != "" && !strings.HasPrefix(dl.iso, "--") && strings.Trim(dl.rest, " -–—.") == "" && len(dl.markers) == 0 && !dateLabel(dl.place) {
				m.add(&m.published, dl.iso, rankStated)
				if m.d.rel.Dateline == "" {
					m.d.rel.Dateline = dl.place
				}
				m.consume(s, "dateline: shown in the metadata card")
				continue
			}
		}
		if iso, ok := lineDate(t, dates, known); ok && !strings.HasPrefix(iso, "--") {
			m.add(&m.published, iso, rankStated)
			m.consume(s, "publication date: shown in the metadata card")
			continue
		}
		if s.Removed != nil {
			if s.Removed.Kind == RemovedContact {
				for _, dm := range appendDates(buf[:0], t) {
					if dm.hasYear() && dm.start < 3 {
						m.add(&m.published, dm.iso, rankGuess)
					}
				}
			}
			continue
		}
		if m.issuerLine(s, t) {
			continue
		}
		if name, ok := bylineName(t); ok && wordsAtMost(name, 8) && len(appendDates(buf[:0], name)) == 0 {
			m.add(&m.publisher, name, rankStated)
			m.consume(s, "byline: the publisher is shown in the metadata card")
			continue
		}
		if w := findWireMarker(t); w != nil && t != w[1] {
			if name, ok := wireByMarker(w[1]); ok {
				m.add(&m.distributor, name, rankStated)
				m.consume(s, "distribution marker: names the wire service that sent the release")
			}
		}
	}
}

// dateLabel reports whether place is a date's label rather than a place:
// "PUBLISHED", "Posted", "Date".
func dateLabel(place string) bool {
	return lowerIn(dateLabels, dateLabelCut.trim(place))
}

// dateLabels are the labels dateLabel knows, lower-cased.
var dateLabels = map[string]bool{
	"published": true, "posted": true, "updated": true, "date": true, "dated": true, "issued": true,
	"released": true, "release date": true, "last updated": true, "publié": true, "veröffentlicht": true,
	"datum": true, "fecha": true,
}

// findDateline reads the dateline from the first body segments.
func (m *metaScan) findDateline() {
	seen := 0
	for _, s := range m.d.segs {
		if s.Removed != nil {
			continue
		}
		seen++
		if seen > 3 {
			return
		}
		dl, ok := m.dateline(s.Text)
		if !ok && seen == 1 {
			// "CHICAGO" alone, the paragraph going on below with "— A measure …".
			t := strings.TrimSpace(s.Text)
			if next := m.nextBody(s); next != nil && wordsAtMost(t, 4) && placeLike(t, true) && strings.ContainsAny(firstRuneOf(next.Text), "-–—") {
				m.d.rel.Dateline = t
				return
			}
		}
		if !ok {
			if s.wordsAtLeast(20) {
				return
			}
			continue
		}
		m.d.rel.Dateline = dl.place
		if dl.iso != "" {
			if strings.HasPrefix(dl.iso, "--") {
				m.partialDates = append(m.partialDates, dl.iso)
			} else {
				m.add(&m.published, dl.iso, rankDateline)
			}
		}
		for _, mk := range dl.markers {
			if name, ok := wireByMarker(mk); ok {
				m.add(&m.distributor, name, rankDateline)
			} else if wireLike.MatchString(mk) {
				// A wire Pressmark does not know by name: "(Acme Newswire)".
				m.add(&m.distributor, mk, rankDateline)
			} else if !strings.EqualFold(mk, dl.place) {
				m.add(&m.publisher, mk, rankNotice)
			}
		}
		last, _ := lastRune(strings.TrimSpace(s.Text))
		if wordsAtMost(dl.rest, 3) && !strings.ContainsRune("-–—", last) {
			// A dateline on a line of its own; one that ends in a dash is
			// the start of the paragraph below, broken off, and stays.
			m.consume(s, "dateline: shown in the metadata card")
		}
		return
	}
}

// nextBody returns the body segment after s, or nil.
func (m *metaScan) nextBody(s *segment) *segment {
	for i, x := range m.d.segs {
		if x != s {
			continue
		}
		for _, y := range m.d.segs[i+1:] {
			if y.Removed == nil {
				return y
			}
		}
	}
	return nil
}

func firstRuneOf(s string) string {
	for _, r := range strings.TrimSpace(s) {
		return string(r)
	}
	return ""
}

// notices reads distribution notices, SOURCE lines, "About X" sections and
// links to the original release anywhere in the document.
func (m *metaScan) notices() {
	var abouts []string
	for i, s := range m.d.segs {
		m.d.tick(i, len(m.d.segs))
		if s.Removed != nil && s.Removed.Kind == RemovedDistribution {
			t := strings.TrimSpace(s.Text)
			if b, ok := noticeBehalf(t); ok {
				m.add(&m.publisher, t[b.nameStart:b.nameEnd], rankStated)
			}
			if b, ok := noticeDistrib(t); ok {
				name, ok := wireByMarker(t[b.nameStart:b.nameEnd])
				if !ok {
					name = t[b.nameStart:b.nameEnd]
				}
				m.add(&m.distributor, name, rankStated)
			}
			if b := sourceLineRE.FindStringSubmatch(t); b != nil {
				m.add(&m.publisher, b[1], rankNotice)
			}
			var buf [4]dateMatch
			for _, dm := range appendDates(buf[:0], t) {
				if dm.hasYear() {
					m.add(&m.published, dm.iso, rankNotice)
				}
			}
			// "View original content …:https://www.prnewswire.com/news-releases/…"
			for _, u := range urlInText.FindAllString(t, -1) {
				u = strings.TrimRight(u, ".,;)")
				if _, onWire := wireByURL(u); onWire && strings.Count(u, "/") > 3 || slugMatches(u, m.titleText) {
					m.add(&m.url, u, rankNotice)
				}
			}
		}
		for _, l := range s.Links {
			if mayLinkToOriginal(l.Text) && originalLink.MatchString(l.Text) && strings.HasPrefix(l.URL, "http") {
				m.add(&m.url, l.URL, rankStated)
			}
		}
		if s.Removed != nil && s.Removed.Kind == RemovedAbout {
			if name, ok := aboutStart(strings.TrimSpace(s.Text)); ok {
				abouts = append(abouts, name)
			}
		}
	}
	m.subjectPublisher()
	if len(abouts) > 0 {
		m.add(&m.publisher, m.fullOrgName(m.pickAbout(abouts)), rankPage)
	}
}

// canonical consumes lone URL lines that give the release's own address:
// on a known wire, or with a path that spells out the headline.
func (m *metaScan) canonical() {
	for _, s := range m.d.segs {
		m.d.tick(0, 0)
		u := ""
		if v, ok := urlOnlyTrimmed(s.Text); ok {
			u = v
		} else if m.d.format != FormatHTML {
			if v, ok := urlOnlyTrimmed(m.d.raw(s)); ok {
				u = v
			}
		}
		if u == "" {
			continue
		}
		_, onWire := wireByURL(u)
		if onWire || slugMatches(u, m.titleText) {
			m.add(&m.url, u, rankNotice)
			m.consume(s, "canonical address: shown in the metadata card")
		}
	}
}

// slugMatches reports whether the path of u spells out at least three words
// of the title, or half of them.
func slugMatches(u, title string) bool {
	i := strings.Index(u, "://")
	if i < 0 {
		return false
	}
	path := u[i+3:]
	if j := strings.IndexByte(path, '/'); j >= 0 {
		path = strings.ToLower(path[j:])
	} else {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
	hits, n := 0, 0
	for _, w := range words {
		if len(w) < 3 {
			continue
		}
		n++
		if strings.Contains(path, w) {
			hits++
		}
	}
	return n > 0 && (hits >= 3 || hits*2 >= n && hits >= 1)
}

// markup adds what HTML markup states, as fallbacks.
func (m *metaScan) markup() {
	meta := m.d.meta
	if meta == nil {
		return
	}
	if v := meta["published"]; v != "" {
		if iso, ok := parseDate(v); ok {
			m.add(&m.published, iso, rankMarkup)
		} else if len(v) >= 10 {
			if iso, ok := parseDate(v[:10]); ok {
				m.add(&m.published, iso, rankMarkup)
			}
		}
	}
	m.add(&m.publisher, meta["publisher"], rankMarkup)
	m.add(&m.distributor, meta["distributor"], rankMarkup)
	if v := meta["url"]; strings.HasPrefix(v, "http") {
		m.add(&m.url, v, rankMarkup)
	}
}

// resolve sets the Release's fields from the best candidates.
func (m *metaScan) resolve() {
	r := m.d.rel
	r.Title = m.titleText
	if r.Title == "" {
		r.Title = strings.TrimSpace(m.d.meta["title"])
	}
	r.Published = m.orderDate(best(&m.published))
	if r.Published == "" && len(m.partialDates) > 0 {
		if y := releaseYear(m.d); y > 0 {
			r.Published = withYear(m.partialDates[0], y)
		}
	}
	r.Publisher = cleanName(best(&m.publisher))
	r.URL = best(&m.url)
	r.Distributor = best(&m.distributor)
	if r.Distributor == "" && r.URL != "" {
		r.Distributor, _ = wireByURL(r.URL)
	}
	if name, ok := wireByURL(r.URL); ok && r.Distributor != "" && r.Distributor != name && !strings.Contains(r.Distributor, "(") {
		// The release was sent by one wire and is served by another that
		// bought it: "Marketwired (GlobeNewswire)".
		r.Distributor += " (" + name + ")"
	}
}

// releaseYear returns the year most full dates in the document name, to
// complete a dateline that gives only month and day.
func releaseYear(d *doc) int {
	count := map[int]int{}
	bestYear, bestN := 0, 0
	for _, s := range d.segs {
		for _, dm := range findDates(s.Text) {
			if !dm.hasYear() {
				continue
			}
			y := 0
			for _, c := range dm.iso[:4] {
				y = y*10 + int(c-'0')
			}
			count[y]++
			if count[y] > bestN {
				bestYear, bestN = y, count[y]
			}
		}
	}
	return bestYear
}
