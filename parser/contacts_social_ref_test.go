package parser

import (
	"strings"
	"testing"
)

// socialNetworkRef is socialNetwork as it was before afterScheme and
// hasLowerPrefix: it searched every address for "://" and lower-cased the
// whole path.
func socialNetworkRef(u string) (network string, share bool) {
	rest := u
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
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
		if host != "" && host[0] == p[0] {
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
	lp := strings.ToLower(path)
	for _, p := range []string{"/intent/", "/share", "/sharer", "/sharing/", "/home?status", "/dialog/"} {
		if strings.HasPrefix(lp, p) {
			return network, true
		}
	}
	return network, false
}

// siteKeyRef is siteKey as it was before afterScheme.
func siteKeyRef(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if len(u) >= 4 && strings.EqualFold(u[:4], "www.") {
		u = u[4:]
	}
	return strings.TrimSuffix(u, "/")
}

// socialEdgeCases are addresses whose scheme, host or path case or
// characters beyond ASCII could set the new code apart from the old.
var socialEdgeCases = []string{
	"https://twitter.com/intent/tweet", "https://twitter.com/INTENT/tweet", "HTTPS://Twitter.com/Share",
	"http://facebook.com/sharer.php", "https://www.facebook.com/\u212aelvin", "https://x.com/\u0130ntent/",
	"https://x.com/\u212aome?status", "https://facebook.com/Dialog/feed", "https://x.com/sha", "https://x.com/",
	"https://x.com", "http://", "https://", "https:/x.com", "http//x.com", "ftp://twitter.com/share",
	"www.twitter.com/share", "twitter.com/intent/x", "https://a.com/?u=https://twitter.com/share",
	"www.x.com/?u=https://twitter.com/x", "hTTp://x.com/share", "https:://x.com/share", "https://://x.com",
	"https://mastodon.social/@me", "https://a.social/@x", "https://bsky.app/profile/x", "https://x.bsky.social",
	"https://uk.linkedin.com/in/x", "https://m.facebook.com:443/x", "https://www.gov.uk/", "https://WWW.gov.uk",
	"http://www.flickr.com/photos/x/", "mailto:a@b.com", "", "://", "https://x.com/\xff/share", "https://x.com/\u00c9",
}

// TestSocialNetworkSameAsRef checks socialNetwork and siteKey against the
// old code on edge cases and every address written in testdata and the
// shared documents.
func TestSocialNetworkSameAsRef(t *testing.T) {
	urls := append([]string(nil), socialEdgeCases...)
	for _, s := range contactFinderTexts(t) {
		for _, m := range findURLs(s) {
			urls = append(urls, m.url)
		}
	}
	for _, u := range urls {
		checkSocialNetwork(t, u)
	}
}

// FuzzSocialNetwork checks socialNetwork and siteKey against the old code
// on any address.
func FuzzSocialNetwork(f *testing.F) {
	for _, u := range socialEdgeCases {
		f.Add(u)
	}
	f.Fuzz(checkSocialNetwork)
}

func checkSocialNetwork(t *testing.T, u string) {
	n, s := socialNetwork(u)
	rn, rs := socialNetworkRef(u)
	if n != rn || s != rs {
		t.Fatalf("socialNetwork(%q) = %q, %v; the old code gives %q, %v", u, n, s, rn, rs)
	}
	if got, want := siteKey(u), siteKeyRef(u); got != want {
		t.Fatalf("siteKey(%q) = %q; the old code gives %q", u, got, want)
	}
}
