package parser

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tagAttrs holds the attributes of a start tag that the HTML segmenter reads.
type tagAttrs struct {
	class, id      []byte // valid until the tokenizer moves on
	role           string
	href, rel, typ string
	lang, itemprop string
	datetime       string
	content        string // <meta content>
	name           string // <meta name> or <meta property>, lower case
	hidden         bool   // hidden, aria-hidden=true or display:none
	marker         bool   // a list marker set as text (Word's mso-list:Ignore)
	centered       bool   // align=center or text-align:center
	aligned        bool   // align or text-align says left, right or justify
	large          bool   // <font size=4> and up, or a font-size of 14pt (18px) and up
	weight         int8   // CSS font-weight: 1 bold, -1 normal, 0 unsaid
}

// read consumes the tokenizer's attributes for the current tag a, keeping
// as strings only those that matter for a.
func (t *tagAttrs) read(z *html.Tokenizer, a atom.Atom) {
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(k) {
		case "class":
			t.class = v
		case "id":
			t.id = v
		case "role":
			t.role = strings.ToLower(string(v))
		case "href":
			if a == atom.A || a == atom.Link || a == atom.Base {
				t.href = strings.TrimSpace(string(v))
			}
		case "rel":
			if a == atom.Link {
				t.rel = strings.ToLower(strings.TrimSpace(string(v)))
			}
		case "type":
			if a == atom.Script {
				t.typ = strings.ToLower(string(v))
			}
		case "lang":
			if a == atom.Html {
				t.lang = strings.TrimSpace(string(v))
			}
		case "itemprop":
			t.itemprop = strings.ToLower(strings.TrimSpace(string(v)))
		case "datetime":
			t.datetime = strings.TrimSpace(string(v))
		case "content":
			if a == atom.Meta || len(v) < 64 {
				t.content = strings.TrimSpace(string(v))
			}
		case "name", "property":
			if a == atom.Meta && (t.name == "" || string(k) == "property") {
				t.name = strings.ToLower(strings.TrimSpace(string(v)))
			}
		case "hidden":
			t.hidden = true
		case "aria-hidden":
			t.hidden = t.hidden || bytes.EqualFold(bytes.TrimSpace(v), []byte("true"))
		case "align":
			t.centered = bytes.EqualFold(bytes.TrimSpace(v), []byte("center"))
			t.aligned = !t.centered
		case "style":
			t.readStyle(v)
		case "size":
			t.large = largeFontSize(bytes.TrimSpace(v))
		}
	}
}

// readStyle looks for display:none, visibility:hidden and text-align:center
// in an inline style.
func (t *tagAttrs) readStyle(v []byte) {
	if len(v) < 10 {
		return
	}
	if !containsFold(v, "none") && !containsFold(v, "hidden") && !containsFold(v, "align") &&
		!containsFold(v, "font-") && !containsFold(v, "mso-list") {
		return
	}
	s := strings.ReplaceAll(strings.ToLower(string(v)), " ", "")
	if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
		t.hidden = true
	}
	if strings.Contains(s, "mso-list:ignore") {
		t.marker = true // Word's bullet glyphs and numbers on the clipboard
	}
	if i := strings.Index(s, "font-weight:"); i >= 0 {
		switch w := s[i+len("font-weight:"):]; {
		case strings.HasPrefix(w, "bold"), strings.HasPrefix(w, "6"), strings.HasPrefix(w, "7"),
			strings.HasPrefix(w, "8"), strings.HasPrefix(w, "9"):
			t.weight = 1
		case strings.HasPrefix(w, "normal"), strings.HasPrefix(w, "4"), strings.HasPrefix(w, "3"):
			t.weight = -1 // Google Docs wraps a whole copy in <b style="font-weight:normal">
		}
	}
	if i := strings.Index(s, "font-size:"); i >= 0 {
		t.large = largeFont(s[i+len("font-size:"):])
	}
	if i := strings.Index(s, "text-align:"); i >= 0 {
		t.centered = strings.HasPrefix(s[i+len("text-align:"):], "center")
		t.aligned = !t.centered
	}
}

// largeFont reports whether a CSS font-size value is 14pt (18px) or more.
func largeFont(v string) bool {
	n, i := 0, 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' && n < 1000 {
		n = n*10 + int(v[i]-'0')
		i++
	}
	unit := v[i:]
	switch {
	case strings.HasPrefix(unit, "pt"):
		return n >= 14
	case strings.HasPrefix(unit, "px"):
		return n >= 18
	}
	return false
}

// largeFontSize reports whether a <font size> is 4 or more, or +1 or more.
func largeFontSize(v []byte) bool {
	switch len(v) {
	case 1:
		return v[0] >= '4' && v[0] <= '7'
	case 2:
		return v[0] == '+' && v[1] >= '1' && v[1] <= '4'
	}
	return false
}

// containsFold reports whether b contains the lower-case ASCII word w, in
// any case.
func containsFold(b []byte, w string) bool {
	for i := 0; i+len(w) <= len(b); i++ {
		j := 0
		for j < len(w) && b[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}
