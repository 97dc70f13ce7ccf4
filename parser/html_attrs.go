package parser

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// tagAttrs holds the attributes of a start tag that the HTML segmenter reads.
type tagAttrs struct {
	class, id, role string
	href, rel, typ  string
	lang, itemprop  string
	datetime        string
	content         string // <meta content>
	name            string // <meta name> or <meta property>, lower case
	hidden          bool   // hidden, aria-hidden=true or display:none
	centered        bool   // align=center or text-align:center
	aligned         bool   // align or text-align says left, right or justify
	large           bool   // <font size=4> and up, or a font-size of 14pt (18px) and up
}

// read consumes the tokenizer's attributes for the current tag.
func (t *tagAttrs) read(z *html.Tokenizer) {
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(k) {
		case "class":
			t.class = string(v)
		case "id":
			t.id = string(v)
		case "role":
			t.role = strings.ToLower(string(v))
		case "href":
			t.href = strings.TrimSpace(string(v))
		case "rel":
			t.rel = strings.ToLower(strings.TrimSpace(string(v)))
		case "type":
			t.typ = strings.ToLower(string(v))
		case "lang":
			t.lang = strings.TrimSpace(string(v))
		case "itemprop":
			t.itemprop = strings.ToLower(strings.TrimSpace(string(v)))
		case "datetime":
			t.datetime = strings.TrimSpace(string(v))
		case "content":
			t.content = strings.TrimSpace(string(v))
		case "name", "property":
			if t.name == "" || string(k) == "property" {
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
	s := strings.ToLower(string(v))
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") && !strings.Contains(s, "align") &&
		!strings.Contains(s, "font-size") {
		return
	}
	s = strings.ReplaceAll(s, " ", "")
	if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
		t.hidden = true
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
