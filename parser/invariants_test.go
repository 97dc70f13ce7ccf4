package parser

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// checkRelease reports every way rel breaks the Release contract for the
// input src: offsets in bounds and ordered, block text equal to its span of
// Release.Text, links where they say they are, source spans in bounds and
// not overlapping, and every word of the input accounted for.
func checkRelease(src []byte, rel *Release) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }

	if !utf8.ValidString(rel.Text) {
		fail("Text is not valid UTF-8")
	}
	text := []rune(rel.Text)
	if !strings.HasPrefix(rel.Text, rel.Title) {
		fail("Text does not start with the title %q", rel.Title)
	}
	prevEnd := utf8.RuneCountInString(rel.Title)
	for i, b := range rel.Blocks {
		if b.Start < prevEnd || b.End < b.Start || b.End > len(text) {
			fail("block %d: span [%d, %d) out of order or bounds (previous end %d, text %d)", i, b.Start, b.End, prevEnd, len(text))
			continue
		}
		if got := string(text[b.Start:b.End]); got != b.Text {
			fail("block %d: Text[%d:%d] = %q, want the block's text %q", i, b.Start, b.End, clip(got), clip(b.Text))
		}
		if b.Text == "" || b.Text != strings.TrimSpace(b.Text) || strings.Contains(b.Text, "  ") || strings.ContainsAny(b.Text, "\n\t") {
			fail("block %d: text %q is empty or has uncollapsed white space", i, clip(b.Text))
		}
		for _, l := range b.Links {
			if l.Start < b.Start || l.End > b.End || l.Start >= l.End {
				fail("block %d: link %q [%d, %d) outside the block [%d, %d)", i, l.URL, l.Start, l.End, b.Start, b.End)
			} else if got := string(text[l.Start:l.End]); got != l.Text {
				fail("block %d: link text %q, Text holds %q there", i, l.Text, got)
			}
		}
		prevEnd = b.End
	}

	// Source spans: in bounds, and blocks and removed stretches disjoint.
	type span struct {
		Span
		what string
	}
	var spans []span
	for i, b := range rel.Blocks {
		spans = append(spans, span{b.Source, fmt.Sprintf("block %d", i)})
		if i > 0 && b.Source.Start < rel.Blocks[i-1].Source.Start {
			fail("block %d: source %v before block %d's %v", i, b.Source, i-1, rel.Blocks[i-1].Source)
		}
	}
	for i, r := range rel.Removed {
		spans = append(spans, span{r.Source, fmt.Sprintf("removed %d (%s)", i, r.Kind)})
	}
	for _, s := range spans {
		if s.Start < 0 || s.End < s.Start || s.End > len(src) {
			fail("%s: source %v out of bounds (input %d bytes)", s.what, s.Span, len(src))
		}
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	for i := 1; i < len(spans); i++ {
		if spans[i].Start < spans[i-1].End && spans[i].Len() > 0 && spans[i-1].Len() > 0 {
			fail("%s: source %v overlaps %s's %v", spans[i].what, spans[i].Span, spans[i-1].what, spans[i-1].Span)
		}
	}

	for _, w := range missingWords(src, rel) {
		fail("word %q of the input is in no block, removed stretch or metadata value", w)
	}
	return errs
}

// missingWords lists the words of src (runs of letters and digits, markup
// and URLs aside) found nowhere in rel.
func missingWords(src []byte, rel *Release) []string {
	var acc strings.Builder
	for _, s := range []string{rel.Title, rel.Subtitle, rel.Published, rel.Publisher, rel.Distributor, rel.URL, rel.Dateline} {
		acc.WriteString(s)
		acc.WriteByte('\n')
	}
	for _, b := range rel.Blocks {
		acc.WriteString(b.Text)
		acc.WriteByte('\n')
	}
	for _, r := range rel.Removed {
		acc.WriteString(r.Text)
		acc.WriteByte('\n')
	}
	for _, l := range rel.Links {
		acc.WriteString(l.Text + " " + l.URL + "\n")
	}
	have := strings.ToLower(acc.String())
	known := map[string]bool{}
	for _, w := range wordsOf(have) {
		known[w] = true
	}
	var missing []string
	seen := map[string]bool{}
	for _, w := range inputWords(src, rel.Format) {
		w = strings.ToLower(w)
		if known[w] || seen[w] {
			continue
		}
		seen[w] = true
		// A word split at a line end ("con-⏎tinue") lives on joined.
		if strings.Contains(have, w) {
			continue
		}
		missing = append(missing, w)
		if len(missing) == 10 {
			break
		}
	}
	return missing
}

// inputWords are the words of src a reader sees: for HTML the text outside
// scripts and styles; for text and Markdown everything but URLs, e-mail
// addresses, tags, character references and link destinations.
func inputWords(src []byte, f Format) []string {
	// The words of UTF-16 input, or of an encoded e-mail message, are
	// those of its decoded text.
	if u, big, bom := utf16Order(src); u {
		t, _ := decodeUTF16(src, big, bom)
		src = []byte(t)
	}
	if m, ok := unpackMIME(strings.ToValidUTF8(string(src), "\uFFFD")); ok {
		src = []byte(m.text)
	}
	s := strings.ToValidUTF8(string(src), "\uFFFD")
	if f == FormatHTML {
		return htmlWords(s)
	}
	// List markers ("1.", "a)", bullets) are markup too.
	lines := strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n")
	for i, l := range lines {
		l = strings.TrimLeft(l, " \t>")
		if n := listMarker(l); n > 0 {
			l = l[n:]
		} else if f == FormatMarkdown && emptyItem(l) {
			l = "" // "1." or "-" alone: an empty Markdown list item
		}
		lines[i] = l
	}
	s = strings.Join(lines, "\n")
	if f != FormatHTML {
		// Raw HTML tags are markup wherever they stand, not only at a
		// word's start: "0<A>" is the word "0" and the tag <A>.
		s = inlineTag.ReplaceAllString(s, " ")
	}
	var kept []string
	for _, chunk := range strings.Fields(s) {
		if strings.Contains(chunk, "://") || strings.Contains(chunk, "www.") || strings.Contains(chunk, "@") ||
			strings.Contains(chunk, "](") || strings.HasPrefix(chunk, "<") || strings.Contains(chunk, "&") ||
			strings.HasPrefix(chunk, "![") || strings.HasPrefix(chunk, "[") && strings.HasSuffix(chunk, "]:") {
			continue
		}
		kept = append(kept, chunk)
	}
	return wordsOf(strings.Join(kept, " "))
}

// inlineTag is a CommonMark open or closing tag: raw HTML in Markdown.
var inlineTag = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>` + "`" + `]+|'[^']*'|"[^"]*"))?)*\s*/?>`)

// emptyItem reports whether line is a bare Markdown list marker: an
// ordered one ("0)", "12.") or a bullet.
func emptyItem(line string) bool {
	line = strings.TrimSpace(line)
	if line == "-" || line == "*" || line == "+" {
		return true
	}
	n := len(line)
	return n >= 2 && n <= 10 && (line[n-1] == '.' || line[n-1] == ')') && allDigits(line[:n-1])
}

func hiddenElement(tag string) bool {
	switch tag {
	case "script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "object", "button", "select", "textarea":
		return true
	}
	return false
}

// htmlWords returns the words of the text an HTML page shows: outside
// scripts, styles, form controls and elements hidden by the hidden
// attribute, aria-hidden or an inline display:none or visibility:hidden.
func htmlWords(s string) []string {
	type open struct {
		tag    string
		hidden bool
	}
	var stack []open
	hidden := 0
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return wordsOf(b.String())
		case html.StartTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			if voidElement(tag) {
				continue
			}
			h := hiddenElement(tag)
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch val := strings.ToLower(strings.ReplaceAll(string(v), " ", "")); string(k) {
				case "hidden":
					h = true
				case "aria-hidden":
					h = h || val == "true"
				case "style":
					h = h || strings.Contains(val, "display:none") || strings.Contains(val, "visibility:hidden")
				}
			}
			stack = append(stack, open{tag, h})
			if h {
				hidden++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].tag != string(name) {
					continue
				}
				for _, o := range stack[i:] {
					if o.hidden {
						hidden--
					}
				}
				stack = stack[:i]
				break
			}
		case html.TextToken:
			if hidden == 0 {
				b.Write(z.Text())
				b.WriteByte(' ')
			}
		}
	}
}

func voidElement(tag string) bool {
	switch tag {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param":
		return true
	}
	return false
}

// wordsOf splits s into runs of letters and digits.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
