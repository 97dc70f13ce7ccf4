package parser

import (
	"bytes"

	"golang.org/x/net/html/atom"
)

// cue is what an element's tag, class, id and role say about its content,
// in the manner of Mozilla Readability's class weights.
type cue struct {
	weight   int8 // > 0: reads like content ("article", "post-body"); < 0: like chrome
	unlikely bool // chrome unless it also says content: header, footer, sidebar, menu…
	junk     junkKind
}

// junkKind names page furniture that is not the article even when it sits
// inside it: share bars, newsletter prompts, related links, comments, ads.
type junkKind uint8

const (
	junkNone junkKind = iota
	junkNav
	junkShare
	junkSubscribe
	junkRelated
	junkComments
	junkAd
	junkCookie
	junkLinks
	junkMedia
	junkFurniture
	junkCaption
)

// junkReasons explains a removed stretch of each kind, with the kind it is
// removed as.
var junkReasons = [...]struct {
	kind   RemovedKind
	reason string
}{
	junkNav:       {RemovedNavigation, "site navigation: menus and breadcrumbs of the web page"},
	junkShare:     {RemovedSocial, "share bar: buttons to share the page on social networks"},
	junkSubscribe: {RemovedSubscribe, "subscribe prompt: a sign-up form of the web page"},
	junkRelated:   {RemovedNavigation, "related links: other pages the site recommends"},
	junkComments:  {RemovedNavigation, "comments: readers' comments below the article"},
	junkAd:        {RemovedNavigation, "advertisement: an ad slot of the web page"},
	junkCookie:    {RemovedNavigation, "cookie notice: the site's consent banner"},
	junkLinks:     {RemovedNavigation, reasonLinkList},
	junkMedia:     {RemovedMedia, "media: a photo gallery, slideshow or video player of the web page"},
	junkFurniture: {RemovedNavigation, "page furniture: a header, footer or sidebar of the web page"},
	junkCaption:   {RemovedMedia, "image caption: the caption or credit of a picture"},
}

// cueWords maps a word of a class or id to its cue.
var cueWords = map[string]cue{
	// content
	"article": {weight: 1}, "articlebody": {weight: 1}, "body": {weight: 1}, "content": {weight: 1},
	"entry": {weight: 1}, "hentry": {weight: 1}, "main": {weight: 1}, "page": {weight: 1},
	"post": {weight: 1}, "text": {weight: 1}, "blog": {weight: 1}, "story": {weight: 1},
	"release": {weight: 1}, "prose": {weight: 1},
	// chrome that may hold content
	"header": {weight: -1, unlikely: true}, "footer": {weight: -1, unlikely: true},
	"sidebar": {weight: -1, unlikely: true}, "masthead": {weight: -1, unlikely: true},
	"banner": {weight: -1, unlikely: true}, "widget": {weight: -1, unlikely: true},
	"rail": {weight: -1, unlikely: true}, "aside": {weight: -1, unlikely: true},
	"pagination": {weight: -1, unlikely: true}, "pager": {weight: -1, unlikely: true},
	"popup": {weight: -1, unlikely: true}, "modal": {weight: -1, unlikely: true},
	"meta": {weight: -1}, "tags": {weight: -1}, "hidden": {weight: -1}, "scroll": {weight: -1},
	"shopping": {weight: -1}, "skyscraper": {weight: -1, unlikely: true},
	"extra": {unlikely: true}, "supplemental": {unlikely: true}, "community": {unlikely: true},
	"legends": {unlikely: true}, "rss": {unlikely: true}, "shoutbox": {weight: -1, unlikely: true},
	// junk even inside the article
	"nav": {weight: -1, unlikely: true, junk: junkNav}, "navbar": {weight: -1, unlikely: true, junk: junkNav},
	"navigation": {weight: -1, unlikely: true, junk: junkNav}, "menu": {weight: -1, unlikely: true, junk: junkNav},
	"breadcrumb": {weight: -1, unlikely: true, junk: junkNav}, "breadcrumbs": {weight: -1, unlikely: true, junk: junkNav},
	"prev": {weight: -1, junk: junkNav}, "previous": {weight: -1, junk: junkNav}, // "next-prev" story teasers
	"share": {weight: -1, unlikely: true, junk: junkShare}, "sharing": {weight: -1, unlikely: true, junk: junkShare},
	"social": {weight: -1, unlikely: true, junk: junkShare}, "addthis": {weight: -1, unlikely: true, junk: junkShare},
	"sharethis":  {weight: -1, unlikely: true, junk: junkShare},
	"newsletter": {weight: -1, unlikely: true, junk: junkSubscribe}, "subscribe": {weight: -1, unlikely: true, junk: junkSubscribe},
	"subscription": {weight: -1, unlikely: true, junk: junkSubscribe}, "signup": {weight: -1, unlikely: true, junk: junkSubscribe},
	"related": {weight: -1, unlikely: true, junk: junkRelated}, "recommended": {weight: -1, unlikely: true, junk: junkRelated},
	"recirc": {weight: -1, unlikely: true, junk: junkRelated}, "trending": {weight: -1, unlikely: true, junk: junkRelated},
	"outbrain": {weight: -1, unlikely: true, junk: junkRelated}, "taboola": {weight: -1, unlikely: true, junk: junkRelated},
	"popular": {weight: -1, unlikely: true, junk: junkRelated},
	"comment": {weight: -1, unlikely: true, junk: junkComments}, "comments": {weight: -1, unlikely: true, junk: junkComments},
	"disqus": {weight: -1, unlikely: true, junk: junkComments}, "replies": {weight: -1, unlikely: true, junk: junkComments},
	"ad": {weight: -1, unlikely: true, junk: junkAd}, "ads": {weight: -1, unlikely: true, junk: junkAd},
	"advert": {weight: -1, unlikely: true, junk: junkAd}, "advertisement": {weight: -1, unlikely: true, junk: junkAd},
	"sponsor": {weight: -1, unlikely: true, junk: junkAd}, "sponsored": {weight: -1, unlikely: true, junk: junkAd},
	"promo": {weight: -1, unlikely: true, junk: junkAd}, "dfp": {weight: -1, unlikely: true, junk: junkAd},
	"cookie": {weight: -1, unlikely: true, junk: junkCookie}, "cookies": {weight: -1, unlikely: true, junk: junkCookie},
	"consent": {weight: -1, unlikely: true, junk: junkCookie}, "gdpr": {weight: -1, unlikely: true, junk: junkCookie},
	"gallery": {weight: -1, junk: junkMedia}, "slideshow": {weight: -1, junk: junkMedia},
	"carousel": {weight: -1, junk: junkMedia}, "lightbox": {weight: -1, junk: junkMedia},
	"caption": {junk: junkCaption}, "credit": {junk: junkCaption}, "credits": {junk: junkCaption},
	"vjs": {weight: -1, junk: junkMedia}, "videoplayer": {weight: -1, junk: junkMedia},
}

// maxIDWords is the most words an id may have before it may be an anchor
// made from a heading ("sharing-with-a-single-developer").
const maxIDWords = 3

// anchorWords are the small words of prose that give a heading's anchor away.
var anchorWords = map[string]bool{"a": true, "an": true, "the": true, "with": true, "of": true, "and": true,
	"to": true, "in": true, "for": true, "on": true, "your": true, "how": true, "is": true, "are": true}

// headingAnchor reports whether an id reads like an anchor made from a
// heading rather than a name chosen for the element: many words, some of
// them the small words of prose.
func headingAnchor(id []byte) bool {
	n, small := 0, false
	eachWord(id, func(w []byte) {
		n++
		small = small || anchorWords[string(w)]
	})
	return n > maxIDWords && small
}

// cueParts are looked for inside long words written without separators,
// such as "postcontent" or "sharebar".
var cueParts = []string{"content", "article", "comment", "sidebar", "share", "social", "related", "newsletter", "footer", "header", "menu"}

// tagCue reads an element's cue from its tag, role, class and id.
func tagCue(a atom.Atom, attrs *tagAttrs) cue {
	var c cue
	switch a {
	case atom.Nav:
		c = cue{weight: -1, unlikely: true, junk: junkNav}
	case atom.Aside:
		c = cue{weight: -1, unlikely: true}
	case atom.Footer, atom.Header:
		c = cue{weight: -1, unlikely: true}
	case atom.Article, atom.Main:
		c = cue{weight: 1}
	case atom.Figcaption:
		c = cue{junk: junkCaption}
	}
	switch attrs.role {
	case "navigation", "menu", "menubar":
		c = cue{weight: -1, unlikely: true, junk: junkNav}
	case "complementary", "contentinfo", "banner", "search", "dialog", "alertdialog":
		c = cue{weight: -1, unlikely: true}
	case "main", "article":
		c = cue{weight: 1}
	}
	if attrs.itemprop == "articlebody" {
		c.weight = 2
	}
	if len(attrs.class) == 0 && len(attrs.id) == 0 {
		return c
	}
	pos, neg := false, false
	onWord := func(w []byte) {
		wc, ok := cueWords[string(w)]
		if !ok && len(w) >= 7 {
			for _, p := range cueParts {
				if bytes.Contains(w, []byte(p)) {
					wc, ok = cueWords[p], true
					break
				}
			}
		}
		if !ok {
			return
		}
		if wc.weight > 0 {
			pos = true
		}
		if wc.weight < 0 || wc.unlikely {
			neg = true
		}
		if wc.unlikely {
			c.unlikely = true
		}
		if c.junk == junkNone {
			c.junk = wc.junk
		}
	}
	eachWord(attrs.class, onWord)
	if len(attrs.id) > 0 && !headingAnchor(attrs.id) {
		eachWord(attrs.id, onWord)
	}
	switch {
	case pos && !neg:
		c.weight++
	case neg && !pos:
		c.weight--
	}
	if pos {
		// "main-header" or "article-footer" may still hold the article
		c.unlikely = c.unlikely && a != atom.Article && a != atom.Main
		if c.unlikely && c.junk == junkNone {
			c.unlikely = false
		}
	}
	return c
}

// eachWord calls f with each lower-case word of s, splitting at anything but
// letters and digits and at camelCase humps.
func eachWord(s []byte, f func([]byte)) {
	var buf [32]byte
	w := buf[:0]
	emit := func() {
		if len(w) > 0 {
			f(w)
			w = w[:0]
		}
	}
	prevLower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			w = append(w, c)
			prevLower = c >= 'a'
		case c >= 'A' && c <= 'Z':
			if prevLower {
				emit()
			}
			w = append(w, c+'a'-'A')
			prevLower = false
		default:
			emit()
			prevLower = false
		}
	}
	emit()
}

// classHash returns an FNV-1a hash of a class attribute, 0 for none, so that
// siblings with the same class can be compared without keeping strings.
func classHash(b []byte) uint32 {
	if len(b) == 0 {
		return 0
	}
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h | 1
}
