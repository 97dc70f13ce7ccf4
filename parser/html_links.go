package parser

import (
	"net/url"
	"strings"
)

// resolveLinks makes every link's URL absolute, against <base href> or else
// the page's canonical URL, and drops links that are not http, https or
// mailto (javascript:, data:, relative links that cannot be resolved…): their
// text stays, their target does not.
func (w *htmlWalker) resolveLinks() {
	base := w.baseURL()
	for _, b := range w.blocks {
		links := b.seg.Links[:0]
		for _, l := range b.seg.Links {
			if u, ok := safeURL(l.URL, base); ok {
				l.URL = u
				links = append(links, l)
			}
		}
		if len(links) == 0 {
			links = nil
		}
		b.seg.Links = links
	}
}

// baseURL returns the absolute URL relative links are resolved against, or
// nil.
func (w *htmlWalker) baseURL() *url.URL {
	var page *url.URL
	if u, err := url.Parse(w.meta.values["url"]); err == nil && u.IsAbs() && isWebScheme(u.Scheme) {
		page = u
	}
	if w.meta.base != "" {
		if u, err := url.Parse(w.meta.base); err == nil {
			if page != nil {
				u = page.ResolveReference(u)
			}
			if u.IsAbs() && isWebScheme(u.Scheme) {
				return u
			}
		}
	}
	return page
}

// safeURL resolves href against base and reports whether the result is an
// http, https or mailto URL.
func safeURL(href string, base *url.URL) (string, bool) {
	href = strings.TrimSpace(href)
	if href == "" || href[0] == '#' {
		return "", false
	}
	if plainWebURL(href) {
		// What url.Parse and String would give back; plainWebURL takes
		// no control character, so the test below has nothing to find.
		return href, true
	}
	for i := 0; i < len(href); i++ {
		if c := href[i]; c < ' ' || c == 0x7f {
			return "", false // control characters hide schemes from naive checks
		}
	}
	u, err := url.Parse(href)
	if err != nil {
		return "", false
	}
	if !u.IsAbs() && u.Host != "" && base == nil {
		u.Scheme = "https" // a protocol-relative //host/path
	}
	if !u.IsAbs() {
		if base == nil || u.Scheme != "" {
			return "", false
		}
		u = base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return "", false
		}
	case "mailto":
		if u.Opaque == "" {
			return "", false
		}
	default:
		return "", false
	}
	return u.String(), true
}

func isWebScheme(s string) bool {
	s = strings.ToLower(s)
	return s == "http" || s == "https"
}

// bareLink is a link with no visible text, such as a linked logo or a social
// network's icon, and the <a> element it came from.
type bareLink struct {
	url  string
	node int32
}

// bareLinks returns the safe, resolved links without visible text that lie
// inside the content roots (anywhere when roots is nil), then the page's
// canonical URL, each once.
func (w *htmlWalker) bareLinks(roots []int32) []Link {
	base := w.baseURL()
	seen := make(map[string]bool)
	var out []Link
	add := func(href string) {
		if u, ok := safeURL(href, base); ok && !seen[u] {
			seen[u] = true
			out = append(out, Link{URL: u})
		}
	}
	for _, l := range w.bare {
		inside := roots == nil
		for _, r := range roots {
			inside = inside || w.within(l.node, r)
		}
		if inside {
			add(l.url)
		}
	}
	if u := w.meta.values["url"]; u != "" {
		add(u)
	}
	return out
}
