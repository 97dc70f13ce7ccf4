package parser

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// wire is a newswire or press-release platform: its display name, the
// markers it leaves in datelines ("/PRNewswire/", "(NewMediaWire)") written
// compactly (lower case, letters and digits only), and its domains.
type wire struct {
	name    string
	markers []string
	domains []string
}

// wires are the distributors Pressmark knows by name.
var wires = []wire{
	{"PR Newswire", []string{"prnewswire"}, []string{"prnewswire.com", "prnewswire.co.uk"}},
	{"Business Wire", []string{"businesswire"}, []string{"businesswire.com"}},
	{"GlobeNewswire", []string{"globenewswire"}, []string{"globenewswire.com"}},
	{"Marketwired", []string{"marketwired", "marketwire"}, []string{"marketwired.com"}},
	{"Accesswire", []string{"accesswire"}, []string{"accesswire.com"}},
	{"EIN Presswire", []string{"einpresswire", "einnews"}, []string{"einpresswire.com", "einnews.com"}},
	{"PRWeb", []string{"prweb", "cisionprweb"}, []string{"prweb.com"}},
	{"Cision", []string{"cision"}, []string{"cision.com"}},
	{"Canada NewsWire", []string{"cnw", "canadanewswire"}, []string{"newswire.ca"}},
	{"Newsfile", []string{"newsfile", "newsfilecorp"}, []string{"newsfilecorp.com"}},
	{"Newswire", []string{"newswire", "newswirecom"}, []string{"newswire.com"}},
	{"24-7 Press Release", []string{"247pressrelease"}, []string{"24-7pressrelease.com"}},
	{"Media Pigeon", []string{"mediapigeon"}, []string{"mediapigeon.io"}},
	{"News Direct", []string{"newsdirect"}, []string{"newsdirect.com"}},
	{"NewMediaWire", []string{"newmediawire"}, []string{"newmediawire.com"}},
	{"Media OutReach Newswire", []string{"mediaoutreachnewswire", "mediaoutreach"}, []string{"media-outreach.com"}},
	{"Newsworthy.ai", []string{"newsworthyai", "newsworthy"}, []string{"newsworthy.ai"}},
	{"PR Karma", []string{"prkarma"}, []string{"prkarma.com"}},
	{"Reportable", []string{"reportable"}, []string{"reportablenews.com"}},
	{"citybiz", []string{"citybiz"}, []string{"citybiz.co"}},
	{"IBN (InvestorBrandNetwork)", []string{"ibn", "investorbrandnetwork"}, []string{"investorbrandnetwork.com"}},
	{"PRLog", []string{"prlog"}, []string{"prlog.org"}},
	{"MarketersMEDIA", []string{"marketersmedia"}, []string{"marketersmedia.com"}},
	{"Press Advantage", []string{"pressadvantage"}, []string{"pressadvantage.com"}},
	{"PR Underground", []string{"prunderground"}, []string{"prunderground.com"}},
	{"KISS PR", []string{"kisspr"}, []string{"kisspr.com"}},
	{"PR Fire", []string{"prfire"}, []string{"prfire.co.uk"}},
	{"Realwire", []string{"realwire"}, []string{"realwire.com"}},
	{"Presswire", []string{"presswire"}, []string{"presswire.com"}},
	{"ResponseSource", []string{"responsesource"}, []string{"responsesource.com"}},
	{"openPR", []string{"openpr"}, []string{"openpr.com"}},
	{"PR.com", []string{"prcom"}, []string{"pr.com"}},
	{"Send2Press", []string{"send2press", "send2pressnewswire"}, []string{"send2press.com"}},
	{"IssueWire", []string{"issuewire"}, []string{"issuewire.com"}},
	{"ACN Newswire", []string{"acnnewswire"}, []string{"acnnewswire.com"}},
	{"JCN Newswire", []string{"jcnnewswire"}, []string{"jcnnewswire.com"}},
	{"Kyodo News JBN", []string{"kyodonewsjbn", "jbn"}, []string{"jbn.kyodonews.jp"}},
	{"ANTARA News", []string{"antaranews"}, []string{"antaranews.com"}},
}

// appendCompact appends s lower-cased, with only its letters and digits
// kept (ASCII letters and digits, and every rune beyond ASCII), to dst. An
// ASCII s is read byte by byte into dst, a caller's buffer on its stack,
// without the strings.ToLower copy and the Builder the markers were made
// with; from its first byte beyond ASCII on, s goes rune by rune through
// strings.ToLower, which maps each rune on its own.
func appendCompact(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			for _, r := range strings.ToLower(s[i:]) {
				if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
					dst = utf8.AppendRune(dst, r)
				}
			}
			return dst
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			dst = append(dst, c)
		}
	}
	return dst
}

// wireByMarker returns the display name of the wire a dateline marker such
// as "PRNewswire" or "PRNewswire-FirstCall" names. A service of a known wire
// ("PRNewswire-FirstCall") is shown as "PR Newswire (PRNewswire-FirstCall)".
func wireByMarker(marker string) (string, bool) {
	var buf [64]byte
	m := appendCompact(buf[:0], marker) // compared as string(m): no copy
	if len(m) == 0 {
		return "", false
	}
	if strings.Contains(marker, ".") && !strings.Contains(strings.TrimSpace(marker), " ") {
		if name, ok := wireByURL(marker); ok {
			return name, true // "/EINPresswire.com/"
		}
	}
	for _, w := range wires {
		for _, k := range w.markers {
			if string(m) == k {
				return w.name, true
			}
		}
	}
	for _, w := range wires {
		for _, k := range w.markers {
			if len(k) >= 6 && len(m) >= len(k) && string(m[:len(k)]) == k && strings.Contains(marker, "-") {
				return w.name + " (" + strings.TrimSpace(marker) + ")", true
			}
		}
	}
	return "", false
}

// wireByURL returns the wire whose domain serves u.
func wireByURL(u string) (string, bool) {
	host := hostOf(u)
	if host == "" {
		return "", false
	}
	for _, w := range wires {
		for _, dom := range w.domains {
			if host == dom || len(host) > len(dom) && host[len(host)-len(dom)-1] == '.' && strings.HasSuffix(host, dom) {
				return w.name, true
			}
		}
	}
	return "", false
}

// hostOf returns the lower-cased host of u without "www.". An address
// written without a scheme is read as an http one.
func hostOf(u string) string {
	rest := u
	if i := strings.Index(u, "://"); i >= 0 {
		if !plainScheme(u[:i]) {
			return hostOfURL(u)
		}
		rest = u[i+3:]
	} else {
		rest = strings.TrimPrefix(u, "//")
	}
	if host, ok := plainHost(rest); ok {
		return strings.TrimPrefix(strings.ToLower(host), "www.")
	}
	return hostOfURL(u)
}

// plainScheme reports whether s is a scheme url.Parse takes: a letter,
// then letters, digits, '+', '-' and '.'.
func plainScheme(s string) bool {
	if s == "" || !isLetterASCII(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isLetterASCII(c) && !isDigitByte(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// plainHost reads the host at the start of s, what follows "://", when
// url.Parse would take the address without an error and find that host:
// letters, digits, '.' and '-' up to a '/', '?', '#' or the end, and then
// printable ASCII without a '%' (no escape to check). ok is false for
// any other address, which hostOfURL reads.
func plainHost(s string) (host string, ok bool) {
	i := 0
	for i < len(s) && (isLetterASCII(s[i]) || isDigitByte(s[i]) || s[i] == '.' || s[i] == '-') {
		i++
	}
	if i < len(s) && s[i] != '/' && s[i] != '?' && s[i] != '#' {
		return "", false
	}
	for j := i; j < len(s); j++ {
		if c := s[j]; c <= ' ' || c >= 0x7f || c == '%' {
			return "", false
		}
	}
	return s[:i], true
}

// hostOfURL is hostOf by url.Parse, for any address.
func hostOfURL(u string) string {
	if !strings.Contains(u, "://") {
		u = "http://" + strings.TrimPrefix(u, "//")
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}
