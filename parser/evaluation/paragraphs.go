package evaluation

import (
	"regexp"
	"strings"
)

// exactMatches counts the gold paragraphs that some block reproduces
// exactly, white space collapsed.
func exactMatches(blocks, gold []string) int {
	have := make(map[string]bool, len(blocks))
	for _, b := range blocks {
		have[collapse(b)] = true
	}
	n := 0
	for _, g := range gold {
		if have[collapse(g)] {
			n++
		}
	}
	return n
}

// leaked returns the boilerplate snippets that occur in the body: in the
// blocks joined by spaces, white space collapsed, either as written or, when
// it has at least three tokens, as the visible text of their Markdown.
func leaked(blocks, snippets []string) []string {
	body := collapse(strings.Join(blocks, " "))
	var out []string
	for _, s := range snippets {
		c := collapse(s)
		if c == "" {
			continue
		}
		v := collapse(visible(s))
		if strings.Contains(body, c) || (v != c && len(tokens(v)) >= 3 && strings.Contains(body, v)) {
			out = append(out, s)
		}
	}
	return out
}

var (
	mdImage    = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdAutolink = regexp.MustCompile(`<((?:https?://|mailto:)[^>\s]*)>`)
	mdEmphasis = regexp.MustCompile(`\*\*|__|\*`)
)

// visible reduces Markdown syntax in s to the text a reader sees: images to
// their alt text, links to their text, autolinks to their address, and
// emphasis markers removed.
func visible(s string) string {
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdAutolink.ReplaceAllString(s, "$1")
	return mdEmphasis.ReplaceAllString(s, "")
}
