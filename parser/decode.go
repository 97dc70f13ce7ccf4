package parser

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// decode checks that src is usable text, repairs invalid UTF-8, detects the
// format and returns the document the other passes work on.
func decode(src []byte, cfg *config) (*doc, error) {
	if cfg.maxSize > 0 && len(src) > cfg.maxSize {
		return nil, fmt.Errorf("parser: %d bytes: %w (%d bytes)", len(src), ErrTooLarge, cfg.maxSize)
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, fmt.Errorf("parser: %w", ErrEmpty)
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, fmt.Errorf("parser: %w (it holds NUL bytes)", ErrBinary)
	}
	d := &doc{cfg: cfg, rel: &Release{Schema: Schema}, origin: func(i int) int { return i }}
	if utf8.Valid(src) {
		d.src = string(src)
	} else {
		d.src, d.origin = repairUTF8(src)
		d.warn("invalid-utf8", "the input was not valid UTF-8; invalid bytes were replaced with U+FFFD")
	}
	d.format = cfg.format
	if cfg.detect {
		d.format = detectFormat(d.src)
	}
	d.rel.Format = d.format
	return d, nil
}

// repairUTF8 replaces each invalid byte of src with U+FFFD and returns a
// function that maps offsets in the result back to offsets in src.
func repairUTF8(src []byte) (string, func(int) int) {
	var b strings.Builder
	b.Grow(len(src) + 16)
	// shifts[i] is the output offset after the i-th replacement; each
	// replacement turns one input byte into three output bytes.
	var shifts []int
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
			shifts = append(shifts, b.Len())
			i++
			continue
		}
		b.Write(src[i : i+n])
		i += n
	}
	origin := func(off int) int {
		// k replacements end at or before off; each added two bytes.
		k := sort.SearchInts(shifts, off+1)
		return off - 2*k
	}
	return b.String(), origin
}

// detectFormat guesses whether s is HTML, Markdown-ish or plain text.
//
// HTML opens with a tag (as the clipboard's HTML always does) or is dense
// with tags; a Markdown file with a stray <div> stays Markdown.
func detectFormat(s string) Format {
	head := strings.TrimLeft(s[:min(len(s), 4096)], " \t\r\n\ufeff")
	if strings.IndexByte(head, '<') >= 0 {
		head = strings.ToLower(head)
		switch {
		case opensWithHTMLTag(head),
			strings.Contains(head, "<!doctype html"), strings.Contains(head, "<html"), strings.Contains(head, "<body"):
			return FormatHTML
		}
		if tags := htmlTags(head); tags >= 5 && 2*tags >= strings.Count(head, "\n")+1 {
			return FormatHTML
		}
	}
	switch {
	case strings.Contains(s, "]("), strings.Contains(s, "\n# "), strings.HasPrefix(s, "# "),
		strings.Contains(s, "\n## "), strings.Contains(s, "<http"):
		return FormatMarkdown
	}
	return FormatText
}

// htmlTags counts the common HTML tags in lower-cased s.
func htmlTags(s string) int {
	n := 0
	for _, t := range []string{"<p>", "<p ", "</p>", "<div", "<br", "<span", "<a href", "<li>", "<td", "<h1", "<h2", "<h3", "<strong>", "<b>", "<em>"} {
		n += strings.Count(s, t)
	}
	return n
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// htmlOpeners are the tags HTML copied to the clipboard or saved from a
// page starts with.
var htmlOpeners = map[string]bool{
	"html": true, "head": true, "body": true, "meta": true, "title": true, "link": true, "style": true,
	"script": true, "p": true, "div": true, "span": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"table": true, "ul": true, "ol": true, "li": true, "a": true, "b": true, "strong": true, "em": true,
	"i": true, "br": true, "section": true, "article": true, "header": true, "main": true, "nav": true,
	"img": true, "font": true, "center": true, "blockquote": true, "pre": true, "figure": true, "base": true,
}

// opensWithHTMLTag reports whether lower-cased s begins with an HTML tag, a
// doctype or a comment.
func opensWithHTMLTag(s string) bool {
	if strings.HasPrefix(s, "<!doctype") || strings.HasPrefix(s, "<!--") || strings.HasPrefix(s, "<?xml") {
		return true
	}
	if !strings.HasPrefix(s, "<") {
		return false
	}
	i := 1
	for i < len(s) && i < 12 && (isLetterASCII(s[i]) || isDigit(s[i])) {
		i++
	}
	if i == len(s) || i == 1 {
		return false
	}
	c := s[i]
	return htmlOpeners[s[1:i]] && (c == '>' || c == ' ' || c == '/' || c == '\n' || c == '\t' || c == '\r')
}
