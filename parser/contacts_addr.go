package parser

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// emailMatch is an address found in a text: its byte range and its text.
type emailMatch struct {
	start, end int
	text       string
}

// emailLabels are words that often run into an address when a layout's
// line breaks are lost: "OfficeEditor@example.com".
var emailLabels = []string{"Email", "E-mail", "EMail", "Mail", "Office", "Phone", "Contact", "Tel", "Mobile", "Cell", "Fax", "Website", "Here"}

// findEmails returns the e-mail addresses written in s, in order.
func findEmails(s string) []emailMatch { return appendEmails(nil, s) }

// appendEmails appends the e-mail addresses written in s to out, in
// order, and returns the extended slice.
func appendEmails(out []emailMatch, s string) []emailMatch {
	last := 0
	for i := strings.IndexByte(s, '@'); i >= 0; {
		at := i
		start := at
		for start > last && isLocalByte(s[start-1]) {
			start--
		}
		for start < at && (s[start] == '.' || s[start] == '-') {
			start++
		}
		end := emailDomainEnd(s, at+1)
		if start < at && end > at+1 {
			local := s[start:at]
			for _, l := range emailLabels {
				if len(local) > len(l) && strings.HasPrefix(local, l) && ctUpper(local[len(l)]) {
					start += len(l)
					break
				}
			}
			out = append(out, emailMatch{start, end, s[start:end]})
			last = end
		}
		next := strings.IndexByte(s[at+1:], '@')
		if next < 0 {
			break
		}
		i = at + 1 + next
	}
	return out
}

func isLocalByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func ctUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func ctLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// emailDomainEnd returns where the domain starting at s[i] ends: after the
// last label that can be a top-level domain (two or more letters), so that
// "x.com310.299.1717" and "x.comPhone" end after "com". It returns i when
// there is no such domain.
func emailDomainEnd(s string, i int) int {
	type label struct{ start, end int }
	var buf [8]label
	labels := buf[:0]
	for j := i; ; {
		k := j
		for k < len(s) && (ctLetter(s[k]) || isPhoneDigit(s[k]) || s[k] == '-') {
			k++
		}
		if k == j {
			break
		}
		labels = append(labels, label{j, k})
		if k+1 >= len(s) || s[k] != '.' {
			break
		}
		j = k + 1
	}
	best := i
	for n := 1; n < len(labels); n++ {
		l := labels[n]
		a := l.start
		for a < l.end && ctLetter(s[a]) {
			a++
		}
		// A change from lower to upper case ends a glued TLD.
		for b := l.start + 1; b < a; b++ {
			if ctUpper(s[b]) && !ctUpper(s[b-1]) {
				a = b
				break
			}
		}
		switch {
		case a-l.start < 2:
		case a == l.end:
			best = l.end
		case n+1 == len(labels) || !labelHasLetter(s, labels[n+1].start, labels[n+1].end):
			// Digits or words glued on after the TLD: "com310", "comPhone".
			return a
		}
	}
	return best
}

func labelHasLetter(s string, start, end int) bool {
	for k := start; k < end; k++ {
		if ctLetter(s[k]) {
			return true
		}
	}
	return false
}

// urlMatch is a web address written in a text.
type urlMatch struct {
	start, end int
	url        string
}

// bareTLDs are the top-level domains accepted for an address written
// without "http://" or "www.", such as "benzinga.com/events" or "GOV.UK".
var bareTLDs = map[string]bool{
	"com": true, "org": true, "net": true, "gov": true, "edu": true, "mil": true, "int": true,
	"io": true, "co": true, "ai": true, "app": true, "dev": true, "info": true, "biz": true,
	"me": true, "tv": true, "fm": true, "ly": true, "us": true, "uk": true, "ca": true,
	"de": true, "fr": true, "eu": true, "au": true, "nz": true, "ms": true, "news": true,
	"media": true, "online": true, "site": true, "tech": true, "cloud": true, "store": true,
	"global": true, "agency": true, "health": true, "ie": true, "ch": true, "nl": true,
	"se": true, "dk": true, "es": true, "jp": true, "cn": true, "kr": true, "sg": true,
	"hk": true, "br": true, "mx": true, "za": true, "pl": true, "gg": true, "social": true,
}

// findURLs returns the web addresses written in s, in order: those with a
// scheme ("https://…"), those starting "www." and bare domains with a common
// top-level domain, with their paths. Trailing punctuation is left out, and
// a closing parenthesis only belongs to the address when it opened one.
// The visible text of a Markdown link ("[GOV.UK](…)") is not an address.
func findURLs(s string) []urlMatch {
	var buf [16]urlMatch
	out := appendURLs(buf[:0], s)
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// appendURLs appends the web addresses findURLs returns for s to dst and
// returns the extended slice; a caller's buffer on its stack spares an
// allocation.
func appendURLs(dst []urlMatch, s string) []urlMatch {
	n0 := len(dst)
	cands := dst
	add := func(start, end int) {
		if end <= start {
			return
		}
		u := s[start:end]
		if strings.HasSuffix(u, "//") || !strings.Contains(u, ".") {
			return
		}
		cands = append(cands, urlMatch{start, end, u})
	}
	// Addresses with a scheme, found by their "://".
	for at := 0; ; {
		k := strings.Index(s[at:], "://")
		if k < 0 {
			break
		}
		k += at
		at = k + 3
		start := -1
		switch {
		case k >= 5 && strings.EqualFold(s[k-5:k], "https"):
			start = k - 5
		case k >= 4 && strings.EqualFold(s[k-4:k], "http"):
			start = k - 4
		}
		if start < 0 {
			continue
		}
		if start > 0 && inAddressBefore(s[start-1]) {
			continue // inside another address
		}
		add(start, urlEnd(s, start, k+3))
	}
	// "www." even when run into the word before ("Californiawww.x.com"),
	// found by its dot, and bare hosts, found by the dot before their
	// top-level domain: one sweep over the dots finds both.
	last := 0
	for at := 0; ; {
		k := strings.IndexByte(s[at:], '.')
		if k < 0 {
			break
		}
		k += at
		at = k + 1
		if k >= 3 && (s[k-3:k] == "www" || s[k-3:k] == "WWW") {
			if end, ok := wwwEnd(s, k-3); ok {
				add(k-3, end)
			}
		}
		if k < last || k == 0 || !(ctLetter(s[k-1]) || isPhoneDigit(s[k-1])) {
			continue
		}
		e := k + 1
		for e < len(s) && ctLetter(s[e]) {
			e++
		}
		if e-k-1 < 2 || e < len(s) && (isPhoneDigit(s[e]) || s[e] == '-' || s[e] == '@' ||
			s[e] == '.' && e+1 < len(s) && (ctLetter(s[e+1]) || isPhoneDigit(s[e+1]))) {
			continue // not the last label, or not a top-level domain
		}
		start := k
		for start > 0 && (ctLetter(s[start-1]) || isPhoneDigit(s[start-1]) || s[start-1] == '-' ||
			s[start-1] == '.' && start > 1 && (ctLetter(s[start-2]) || isPhoneDigit(s[start-2]))) {
			start--
		}
		for start < k && (s[start] == '-' || s[start] == '.') {
			start++ // a host starts with a letter or digit
		}
		last = e
		if start > 0 && !urlBound(s[start-1]) || !bareHost(s[start:e]) {
			continue
		}
		if isUpperOnly(s[start:e]) || inLinkText(s, start, e) {
			// "GOV.UK" is a name; "[Newsramp.com TLDR](…)" is the visible
			// text of a link whose target follows.
			continue
		}
		end := e
		if e < len(s) && s[e] == '/' {
			end = urlEnd(s, start, e)
		}
		add(start, end)
	}
	// Candidates with the same start and end are the same address, so
	// the order among them does not matter.
	slices.SortFunc(cands[n0:], func(a, b urlMatch) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	out := cands[:n0]
	end := 0
	for _, c := range cands[n0:] {
		if c.start < end {
			continue
		}
		out = append(out, c)
		end = c.end
	}
	return out
}

// wwwEnd returns where the address starting "www." at s[k] ends, and
// whether it may start there: not inside a word, a path or an e-mail
// address, but maybe run into a word before it.
func wwwEnd(s string, k int) (int, bool) {
	if k > 0 {
		prev := s[k-1]
		if !urlBound(prev) && !(ctLetter(prev) && prev|0x20 != 'w') {
			return 0, false
		}
	}
	// The host ends where its top-level domain does, for text run
	// together: "www.example.com310.299.1717".
	end := emailDomainEnd(s, k)
	if end < len(s) && s[end] == '/' {
		end = urlEnd(s, k, end)
	}
	return end, true
}

// isUpperOnly reports whether strings.ToUpper(h) == h, without upper-casing
// an ASCII h.
func isUpperOnly(h string) bool {
	for i := 0; i < len(h); i++ {
		c := h[i]
		if c >= utf8.RuneSelf {
			return strings.ToUpper(h) == h
		}
		if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// urlBound reports whether an address may start after the byte c: not
// inside a word, a path or an e-mail address.
func urlBound(c byte) bool {
	if ctLetter(c) || isPhoneDigit(c) {
		return false
	}
	switch c {
	case '.', '-', '@', '/', '_', '%', '&', '=', '+', '#', '~':
		return false
	}
	return true
}

// inAddressBefore reports whether a scheme after the byte c stands inside
// another address ("/.@=%"). It and urlBound compare bytes in a switch:
// strings.IndexByte over a set of a few bytes costs a call each time.
func inAddressBefore(c byte) bool {
	switch c {
	case '/', '.', '@', '=', '%':
		return true
	}
	return false
}

// inLinkText reports whether s[start:end] lies inside the brackets of a
// Markdown link, "[…](".
func inLinkText(s string, start, end int) bool {
	open := strings.LastIndexAny(s[max(0, start-200):start], "[]\n")
	if open < 0 || s[max(0, start-200)+open] != '[' {
		return false
	}
	close := strings.IndexAny(s[end:min(len(s), end+200)], "[]\n")
	return close >= 0 && strings.HasPrefix(s[end+close:], "](")
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// bareHost reports whether h, written without a scheme, is a host name:
// at least two labels, the last a known top-level domain written all in
// lower or all in upper case.
func bareHost(h string) bool {
	dot := strings.LastIndexByte(h, '.')
	if dot <= 0 {
		return false
	}
	tld := h[dot+1:]
	ascii, upper, lower := true, false, false
	for i := 0; i < len(tld); i++ {
		c := tld[i]
		ascii = ascii && c < utf8.RuneSelf
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
	}
	if ascii {
		// All lower case or all upper case, checked without copies.
		return !(upper && lower) && inLower(bareTLDs, tld)
	}
	if tld != strings.ToLower(tld) && tld != strings.ToUpper(tld) {
		return false
	}
	return bareTLDs[strings.ToLower(tld)]
}

// urlEnd returns where the address starting at s[start] ends, reading from
// s[from]: at white space, quotes, angle brackets, or an unbalanced closing
// bracket, less trailing punctuation.
func urlEnd(s string, start, from int) int {
	depth := 0
	end := from
scan:
	for end < len(s) {
		switch urlByteClass[s[end]] {
		case urlPlain:
			end++
		case urlStop:
			break scan
		case urlOpen:
			depth++
			end++
		case urlClose:
			if depth == 0 {
				break scan
			}
			depth--
			end++
		default: // urlWide
			r, n := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break scan
			}
			end += n
		}
	}
	for end > start {
		c := s[end-1]
		switch c {
		case '.', ',', ';', ':', '!', '?', '\'', '*', '_':
			end--
			continue
		}
		break
	}
	return end
}

// The classes of bytes urlEnd reads an address by.
const (
	urlPlain = iota // part of an address
	urlStop         // white space, a control, a quote, '<', '>', '|', a brace or a square bracket: the end
	urlOpen         // '('
	urlClose        // ')': part of the address only when it closes a '('
	urlWide         // the first byte of a character beyond ASCII
)

// urlByteClass is the class of each byte for urlEnd.
var urlByteClass = func() (t [256]uint8) {
	for c := 0; c <= ' '; c++ {
		t[c] = urlStop
	}
	for _, c := range []byte("<>\"`|{}\\[]") {
		t[c] = urlStop
	}
	t['('], t[')'] = urlOpen, urlClose
	for c := 0x80; c < 0x100; c++ {
		t[c] = urlWide
	}
	return t
}()

// socialHost names the network of a host name, without "www.", or says
// "" for any other host. A switch, which the compiler turns into a search
// by length and bytes, not a map: no hash of every linked host.
func socialHost(host string) string {
	switch host {
	case "twitter.com":
		return "twitter"
	case "x.com":
		return "x"
	case "facebook.com", "fb.com":
		return "facebook"
	case "instagram.com":
		return "instagram"
	case "linkedin.com":
		return "linkedin"
	case "youtube.com", "youtu.be":
		return "youtube"
	case "flickr.com":
		return "flickr"
	case "tiktok.com":
		return "tiktok"
	case "threads.net", "threads.com":
		return "threads"
	case "bsky.app":
		return "bluesky"
	case "pinterest.com":
		return "pinterest"
	case "vimeo.com":
		return "vimeo"
	case "weibo.com":
		return "weibo"
	case "t.me":
		return "telegram"
	case "whatsapp.com":
		return "whatsapp"
	}
	return ""
}

// socialNetwork names the social network a URL belongs to, or "" for an
// ordinary website; share reports a share button ("twitter.com/intent/…",
// "facebook.com/sharer…"), which is no profile at all.
func socialNetwork(u string) (network string, share bool) {
	rest := afterScheme(u)
	host, path := rest, ""
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; c == '/' || c == '?' || c == '#' {
			host, path = rest[:i], rest[i:]
			break
		}
	}
	host = strings.ToLower(host)
	if i := strings.IndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	for _, p := range []string{"www.", "m.", "mobile.", "uk.", "en-gb.", "business."} {
		if host != "" && host[0] == p[0] { // most hosts start with none
			host = strings.TrimPrefix(host, p)
		}
	}
	network = socialHost(host)
	if network == "" {
		switch {
		case strings.HasSuffix(host, ".bsky.social"):
			network = "bluesky"
		case strings.HasSuffix(host, ".linkedin.com"):
			network = "linkedin"
		case strings.Contains(host, "mastodon") || strings.HasSuffix(host, ".social") && strings.HasPrefix(path, "/@"):
			network = "mastodon"
		}
	}
	if network == "" {
		return "", false
	}
	for _, p := range []string{"/intent/", "/share", "/sharer", "/sharing/", "/home?status", "/dialog/"} {
		if hasLowerPrefix(path, p) { // strings.ToLower(path) begins with p
			return network, true
		}
	}
	return network, false
}

// afterScheme returns u after its first "://", or u when it holds none.
// Most addresses begin "https://" or "http://", whose first "://" is
// theirs: they are not searched.
func afterScheme(u string) string {
	switch {
	case strings.HasPrefix(u, "https://"):
		return u[len("https://"):]
	case strings.HasPrefix(u, "http://"):
		return u[len("http://"):]
	}
	if i := strings.Index(u, "://"); i >= 0 {
		return u[i+3:]
	}
	return u
}
