package parser

import (
	"encoding/json"
	"strings"
)

// htmlMeta gathers the metadata that an HTML page states in markup. Each key
// keeps the value from the most trusted source seen (lowest rank).
type htmlMeta struct {
	values map[string]string
	rank   map[string]int
	base   string // <base href>
}

// set records v for key unless a more trusted source already gave one.
func (m *htmlMeta) set(key, v string, rank int) {
	v = strings.TrimSpace(v)
	if v == "" {
		return
	}
	if r, ok := m.rank[key]; ok && r <= rank {
		return
	}
	m.values[key] = v
	m.rank[key] = rank
}

// rankPageTitle is the rank of <title> among the sources of the title.
const rankPageTitle = 4

// checkTitle drops a title that only <title> gave and that is a single word
// or a code, such as an SEC exhibit's "EX-99.1": it names the file, not the
// release.
func (m *htmlMeta) checkTitle() {
	if m.rank["title"] == rankPageTitle && len(strings.Fields(m.values["title"])) < 2 {
		delete(m.values, "title")
		delete(m.rank, "title")
	}
}

// rankAuthorPublisher is the rank of <meta name=author> among the sources
// of the publisher: a press release's page names its issuer as the author
// when it states nothing better.
const rankAuthorPublisher = 5

// metaNames maps <meta name|property> to a metadata key and its rank.
var metaNames = map[string]struct {
	key  string
	rank int
}{
	"og:title":                  {"title", 1},
	"twitter:title":             {"title", 2},
	"dc.title":                  {"title", 3},
	"article:published_time":    {"published", 1},
	"og:published_time":         {"published", 1},
	"og:article:published_time": {"published", 1},
	"datepublished":             {"published", 3},
	"date":                      {"published", 4},
	"dc.date":                   {"published", 4},
	"dc.date.issued":            {"published", 4},
	"dcterms.issued":            {"published", 4},
	"dcterms.created":           {"published", 5},
	"dcterms.date":              {"published", 4},
	"pubdate":                   {"published", 4},
	"publishdate":               {"published", 4},
	"publish-date":              {"published", 4},
	"publication_date":          {"published", 4},
	"sailthru.date":             {"published", 5},
	"parsely-pub-date":          {"published", 4},
	"citation_publication_date": {"published", 4},
	"og:url":                    {"url", 2},
	"twitter:url":               {"url", 3},
	"og:site_name":              {"publisher", 1},
	"application-name":          {"publisher", 4},
	"dc.publisher":              {"publisher", 2},
	"author":                    {"author", 1},
	"article:author":            {"author", 2},
	"dc.creator":                {"author", 2},
	"og:description":            {"description", 1},
	"description":               {"description", 2},
	"twitter:description":       {"description", 3},
	"dc.language":               {"language", 2},
	"og:locale":                 {"language", 3},
}

// fromMeta reads a <meta> element.
func (m *htmlMeta) fromMeta(a *tagAttrs) {
	if a.itemprop != "" && a.name == "" {
		a.name = a.itemprop
	}
	e, ok := metaNames[a.name]
	if !ok || a.content == "" {
		return
	}
	v := a.content
	switch e.key {
	case "language":
		v = strings.ReplaceAll(v, "_", "-")
	case "author":
		if strings.Contains(v, "://") {
			return // a profile URL, not a name
		}
		m.set("publisher", v, rankAuthorPublisher)
	}
	if a.name == "og:site_name" {
		m.set("site", v, 1)
	}
	m.set(e.key, v, e.rank)
}

// fromJSONLD reads a <script type="application/ld+json"> block.
func (m *htmlMeta) fromJSONLD(b []byte) {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return
	}
	m.walkJSONLD(v, 0)
}

// walkJSONLD looks for the article among the objects of a JSON-LD value.
func (m *htmlMeta) walkJSONLD(v any, depth int) {
	if depth > 4 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			m.walkJSONLD(e, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			m.walkJSONLD(g, depth+1)
		}
		rank := 0
		switch t := ldString(x["@type"]); {
		case strings.Contains(t, "Article"), strings.Contains(t, "PressRelease"),
			strings.Contains(t, "BlogPosting"), strings.Contains(t, "Report"):
			rank = 2
		case strings.Contains(t, "WebPage"):
			rank = 3
		default:
			return
		}
		m.set("title", ldString(x["headline"]), rank+1)
		m.set("published", ldString(x["datePublished"]), rank)
		m.set("url", ldString(x["url"]), rank+1)
		if p, ok := x["publisher"].(map[string]any); ok {
			m.set("publisher", ldString(p["name"]), rank)
		}
		if a := ldString(x["author"]); !strings.Contains(a, "://") {
			m.set("author", a, rank)
		}
		if l := ldString(x["inLanguage"]); l != "" {
			m.set("language", l, rank+1)
		}
	}
}

// ldString returns a JSON-LD value as a string: a string itself, the first of
// an array, or an object's "name" (or "@id").
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			return s
		}
		if s, ok := x["@id"].(string); ok && strings.HasPrefix(s, "http") {
			return s
		}
	}
	return ""
}

// rankTimeElem is the rank of a <time datetime> among the sources of the
// publication date: the last resort.
const rankTimeElem = 6

// maxTimes bounds the <time> elements remembered.
const maxTimes = 16

// timeElem is a <time datetime> element and the node it opens.
type timeElem struct {
	datetime string
	node     int32
}

// timeIn returns the datetime of the first <time> inside the content roots,
// or of the first in the body when there are no roots or none lies inside.
func (w *htmlWalker) timeIn(roots []int32) string {
	for _, t := range w.times {
		for _, r := range roots {
			if w.within(t.node, r) {
				return t.datetime
			}
		}
	}
	if len(w.times) > 0 {
		return w.times[0].datetime
	}
	return ""
}
