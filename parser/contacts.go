package parser

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// findContacts gathers e-mail addresses, phone numbers, websites, social
// profiles and named contacts from the whole input: body and removed
// stretches alike, since contact blocks are usually removed. Text and
// Markdown inputs are read as written, so that link targets and image
// addresses count; HTML is read through its segments' visible text and
// links, leaving out site navigation.
func findContacts(d *doc) {
	c := &contactSet{}
	var lineBuf [64]string
	lines := lineBuf[:0]
	if d.format == FormatHTML {
		for _, s := range d.segs {
			if s.Removed != nil && s.Removed.Kind == RemovedNavigation {
				continue
			}
			c.scan(s.Text, s.Links)
			if !contactSection(s) {
				continue
			}
			if len(s.Lines) > 0 {
				for _, l := range s.Lines {
					lines = append(lines, l.Text)
				}
			} else {
				lines = append(lines, s.Text)
			}
			// An address behind a link such as "Email me" belongs to the
			// card as if it were written.
			for _, l := range s.Links {
				if hasPrefixFold(l.URL, "mailto:") && !strings.Contains(s.Text, l.URL[len("mailto:"):]) {
					lines = append(lines, l.URL[len("mailto:"):])
				}
			}
			lines = append(lines, "")
		}
	} else {
		c.scanLines(d)
		for _, s := range d.segs {
			for _, l := range s.Links {
				c.addLink(l.URL)
			}
		}
		lines = appendContactLines(lines, d)
	}
	c.out.People = readPeople(lines, d.tick)
	d.rel.Contacts = c.result()
	if d.rel.Links == nil {
		d.rel.Links = []Link{}
	}
}

// appendContactLines appends to lines the lines of a text or Markdown
// input's contact blocks as written, each block followed by an empty line.
func appendContactLines(lines []string, d *doc) []string {
	for _, s := range d.segs {
		if contactSection(s) {
			for l := range strings.SplitSeq(d.raw(s), "\n") {
				lines = append(lines, l)
			}
			lines = append(lines, "")
		}
	}
	return lines
}

// contactSection reports whether s is part of a contact block, the only
// place contact people are read from: a quoted speaker in the body or a
// list item naming a place is no contact.
func contactSection(s *segment) bool {
	if s.Removed == nil {
		return false
	}
	switch s.Removed.Kind {
	case RemovedContact, RemovedEndMarker, RemovedDistribution:
		return true
	}
	return false
}

// contactSet collects contacts without duplicates, in order of first
// appearance.
type contactSet struct {
	out Contacts

	// The contacts met and the sites listed: the first few in arrays
	// searched one by one, the rest, on a long input, in maps.
	fewSeen  [maxFew]seenKey
	nSeen    int
	seen     map[seenKey]bool
	fewSites [maxFew]siteIndex
	nSites   int
	sites    map[string]int // a site's key → its index in out.Websites

	// linked holds the first maxLinked addresses addLink has filed, as
	// given: filing one again changes nothing, and a Markdown input gives
	// most of its links twice, as written and as a segment's link.
	linked  [maxLinked]string
	nLinked int
}

// maxLinked is how many addresses contactSet.linked remembers: enough for
// a release's, few enough to look through one by one.
const maxLinked = 32

// seenKey is a contact of one kind, lower-cased, that contactSet has met.
type seenKey struct{ kind, value string }

// maxFew is how many contacts and sites contactSet files in its arrays
// before it turns to maps: a release has a handful of each.
const maxFew = 16

// siteIndex is a site's key and its index in Contacts.Websites.
type siteIndex struct {
	key string
	i   int
}

// once reports whether v, a contact of the given kind, is met for the
// first time, as strings.ToLower(v), and files it.
func (c *contactSet) once(kind, v string) bool {
	k := seenKey{kind, strings.ToLower(v)}
	if slices.Contains(c.fewSeen[:c.nSeen], k) || c.seen[k] {
		return false
	}
	if c.nSeen < maxFew {
		c.fewSeen[c.nSeen] = k
		c.nSeen++
		return true
	}
	if c.seen == nil {
		c.seen = map[seenKey]bool{}
	}
	c.seen[k] = true
	return true
}

// siteAt returns the index in out.Websites of the site with the given key.
func (c *contactSet) siteAt(key string) (int, bool) {
	for _, s := range c.fewSites[:c.nSites] {
		if s.key == key {
			return s.i, true
		}
	}
	i, ok := c.sites[key]
	return i, ok
}

// fileSite notes that the site with the given key is out.Websites[i].
func (c *contactSet) fileSite(key string, i int) {
	if c.nSites < maxFew {
		c.fewSites[c.nSites] = siteIndex{key, i}
		c.nSites++
		return
	}
	if c.sites == nil {
		c.sites = map[string]int{}
	}
	c.sites[key] = i
}

// addWebsite lists u once per site. When the site is already listed in a
// bare spelling ("sears.com") and u names its scheme, u takes its place.
func (c *contactSet) addWebsite(u string) {
	key := strings.ToLower(siteKey(u))
	if mailingListPage(key) {
		return // the sender's list, not a site to contact
	}
	if i, ok := c.siteAt(key); ok {
		if w := c.out.Websites[i]; !strings.Contains(w, "://") && strings.Contains(u, "://") {
			c.out.Websites[i] = u
		}
		return
	}
	c.fileSite(key, len(c.out.Websites))
	c.startLists()
	c.out.Websites = append(c.out.Websites, u)
}

// mailingListPage reports whether a lower-cased web address, without its
// scheme, is a mailing list's page for leaving it or choosing what it
// sends: "lists.example.com/unsubscribe", "example.com/email-preferences".
func mailingListPage(key string) bool {
	slash := strings.IndexByte(key, '/')
	if slash < 0 {
		return false
	}
	path := key[slash:]
	for _, w := range [...]string{"unsubscribe", "opt-out", "optout", "email-preferences", "manage-preferences", "subscription-preferences"} {
		if strings.Contains(path, w) {
			return true
		}
	}
	return false
}

// siteKey is what two spellings of one web address share: no scheme, no
// "www.", no trailing slash ("https://www.gov.uk/" and "http://gov.uk").
// once lower-cases it.
func siteKey(u string) string {
	u = afterScheme(u)
	if len(u) >= 4 && strings.EqualFold(u[:4], "www.") {
		u = u[4:]
	}
	return strings.TrimSuffix(u, "/")
}

// startLists gives out.Emails and out.Websites, before either has its
// first entry, room for four each in one block: most releases list
// fewer, and one allocation serves both.
func (c *contactSet) startLists() {
	if c.out.Emails == nil && c.out.Websites == nil {
		b := make([]string, 8)
		c.out.Emails, c.out.Websites = b[:0:4], b[4:4:8]
	}
}

func (c *contactSet) addEmail(e string) {
	if c.once("email", e) {
		c.startLists()
		c.out.Emails = append(c.out.Emails, e)
	}
}

func (c *contactSet) addPhone(p string) {
	if c.once("phone", p) {
		c.out.Phones = append(c.out.Phones, p)
	}
}

// addLink files a link target or a written address as a website, a social
// profile or, for mailto: links, an e-mail address. Relative links,
// fragments and share buttons are left out.
func (c *contactSet) addLink(u string) {
	u = strings.TrimSpace(u)
	if slices.Contains(c.linked[:c.nLinked], u) {
		return
	}
	if c.nLinked < maxLinked {
		c.linked[c.nLinked] = u
		c.nLinked++
	}
	if hasLowerPrefix(u, "mailto:") {
		addr := u[len("mailto:"):]
		if i := strings.IndexByte(addr, '?'); i >= 0 {
			addr = addr[:i]
		}
		for _, m := range findEmails(addr) {
			c.addEmail(m.text)
		}
		return
	}
	if !hasLowerPrefix(u, "http://") && !hasLowerPrefix(u, "https://") && !hasLowerPrefix(u, "www.") {
		ms := findURLs(u)
		if len(ms) != 1 || ms[0].start != 0 || ms[0].end != len(u) {
			return
		}
	}
	network, share := socialNetwork(u)
	switch {
	case share:
	case network != "":
		if c.once("social", siteKey(u)) {
			if c.out.Social == nil {
				c.out.Social = make([]SocialProfile, 0, 8)
			}
			c.out.Social = append(c.out.Social, SocialProfile{Network: network, URL: u})
		}
	default:
		c.addWebsite(u)
	}
}

// hasLowerPrefix reports whether strings.ToLower(s) begins with prefix,
// which is lower-case ASCII, lower-casing s only if a byte that is not
// ASCII comes first.
func hasLowerPrefix(s, prefix string) bool {
	for i := 0; i < len(prefix); i++ {
		switch {
		case i == len(s):
			return false
		case s[i] >= utf8.RuneSelf:
			return strings.HasPrefix(strings.ToLower(s), prefix)
		case lowerASCII(s[i]) != prefix[i]:
			return false
		}
	}
	return true
}

// contactItem is one contact found in a text, at a byte offset.
type contactItem struct {
	at    int
	kind  int // 0 e-mail, 1 phone, 2 address
	value string
}

// scan adds the contacts written in s, and the targets of links whose
// visible text lies in s, in order of position.
func (c *contactSet) scan(s string, links []Link) {
	var buf [16]contactItem
	var emails [4]emailMatch
	var phones [4]phoneMatch
	var urls [16]urlMatch
	items := buf[:0]
	for _, m := range appendEmails(emails[:0], s) {
		items = append(items, contactItem{m.start, 0, m.text})
	}
	for _, m := range appendPhones(phones[:0], s) {
		items = append(items, contactItem{m.start, 1, m.text})
	}
	for _, m := range appendURLs(urls[:0], s) {
		if insideLink(links, m.start, m.end) {
			continue // the link's target stands for it
		}
		items = append(items, contactItem{m.start, 2, m.url})
	}
	for _, l := range links {
		items = append(items, contactItem{l.Start, 2, l.URL})
	}
	slices.SortStableFunc(items, func(a, b contactItem) int { return cmp.Compare(a.at, b.at) })
	for _, it := range items {
		switch it.kind {
		case 0:
			c.addEmail(it.value)
		case 1:
			c.addPhone(it.value)
		default:
			c.addLink(it.value)
		}
	}
}

// scanChunk is about how many bytes of the input scanLines reads between
// two ticks.
const scanChunk = 16 << 10

// scanLines scans the whole input, a stretch of whole lines at a time, and
// ticks after each. No e-mail address, telephone number or web address
// spans a line break, nor looks past one, so the contacts found are those
// of a single scan, in the same order.
func (c *contactSet) scanLines(d *doc) {
	s := d.src
	for start := 0; start < len(s); {
		end := len(s)
		if start+scanChunk < len(s) {
			if k := strings.IndexByte(s[start+scanChunk:], '\n'); k >= 0 {
				end = start + scanChunk + k + 1
			}
		}
		c.scan(s[start:end], nil)
		d.tick(0, 0)
		start = end
	}
}

func insideLink(links []Link, start, end int) bool {
	for _, l := range links {
		if start >= l.Start && end <= l.End && l.End > l.Start {
			return true
		}
	}
	return false
}

func (c *contactSet) result() Contacts {
	r := c.out
	if r.Emails == nil {
		r.Emails = []string{}
	}
	if r.Phones == nil {
		r.Phones = []string{}
	}
	if r.Websites == nil {
		r.Websites = []string{}
	}
	if r.Social == nil {
		r.Social = []SocialProfile{}
	}
	if r.People == nil {
		r.People = []ContactPerson{}
	}
	return r
}
