package ui

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode"

	"pressmark/parser"
)

// Exports of a cleaned release. They are renderings of the parsed Release,
// not parsing: they read only its fields.

// releaseJSON returns r as the CLI prints it: encoding/json with HTML
// escaping off and a two-space indent.
func releaseJSON(r *parser.Release) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return "", err
	}
	return b.String(), nil
}

// metaLines lists the release's metadata as "Name: value" pairs in the order
// the metadata card shows them.
func metaLines(r *parser.Release) [][2]string {
	var out [][2]string
	add := func(k, v string) {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, [2]string{k, v})
		}
	}
	if r.Published != "" {
		_, human, _ := publishedDate(r.Published)
		add("Published", human)
	}
	add("Publisher", r.Publisher)
	add("Distributor", r.Distributor)
	add("Dateline", r.Dateline)
	if safeURL(r.URL) {
		add("Source", r.URL)
	}
	return out
}

// releaseMarkdown renders r as Markdown: the title as a level-one heading,
// the subtitle in italics, the metadata as a list, then the body with its
// links, headings, lists and quotes.
func releaseMarkdown(r *parser.Release) string {
	var b strings.Builder
	b.WriteString("# " + mdEscape(oneLine(r.Title)) + "\n")
	if r.Subtitle != "" {
		b.WriteString("\n_" + mdEscape(oneLine(r.Subtitle)) + "_\n")
	}
	if meta := metaLines(r); len(meta) > 0 {
		b.WriteString("\n")
		for _, m := range meta {
			v := mdEscape(m[1])
			if m[0] == "Source" {
				v = "<" + mdURL(m[1]) + ">"
			}
			b.WriteString("- **" + m[0] + ":** " + v + "\n")
		}
	}
	prevList := false
	for _, blk := range r.Blocks {
		isList := blk.Kind == parser.BlockListItem
		if !(isList && prevList) {
			b.WriteString("\n")
		}
		prevList = isList
		text := mdRuns(blk)
		switch blk.Kind {
		case parser.BlockHeading:
			b.WriteString(strings.Repeat("#", headingLevel(blk.Level)) + " " + oneLine(text) + "\n")
		case parser.BlockListItem:
			b.WriteString("- " + indentLines(text, "  ") + "\n")
		case parser.BlockQuote:
			b.WriteString("> " + indentLines(text, "> ") + "\n")
		default:
			b.WriteString(mdLineStart(text) + "\n")
		}
	}
	return b.String()
}

// mdRuns renders a block's text with its links as [text](url).
func mdRuns(blk parser.Block) string {
	var b strings.Builder
	for _, r := range linkRuns(blk) {
		if r.URL == "" {
			b.WriteString(mdEscape(r.Text))
			continue
		}
		b.WriteString("[" + mdEscape(r.Text) + "](" + mdURL(r.URL) + ")")
	}
	return b.String()
}

// mdEscape escapes the characters that would otherwise start emphasis, code,
// links or raw HTML in running text.
func mdEscape(s string) string {
	return mdEscaper.Replace(s)
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `\<`,
)

// mdURL makes a URL safe inside a Markdown link destination.
func mdURL(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
}

// mdLineStart escapes a paragraph's first characters when Markdown would
// read them as a heading, list, quote or numbered list.
func mdLineStart(s string) string {
	switch {
	case strings.HasPrefix(s, "#"), strings.HasPrefix(s, ">"), strings.HasPrefix(s, "+"),
		strings.HasPrefix(s, "- "), strings.HasPrefix(s, "="):
		return `\` + s
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// releaseText renders r as plain text: title, subtitle, metadata lines and
// the body blocks separated by blank lines, list items marked with "•".
func releaseText(r *parser.Release) string {
	var b strings.Builder
	b.WriteString(oneLine(r.Title) + "\n")
	if r.Subtitle != "" {
		b.WriteString("\n" + oneLine(r.Subtitle) + "\n")
	}
	if meta := metaLines(r); len(meta) > 0 {
		b.WriteString("\n")
		for _, m := range meta {
			b.WriteString(m[0] + ": " + m[1] + "\n")
		}
	}
	prevList := false
	for _, blk := range r.Blocks {
		isList := blk.Kind == parser.BlockListItem
		if !(isList && prevList) {
			b.WriteString("\n")
		}
		prevList = isList
		switch blk.Kind {
		case parser.BlockListItem:
			b.WriteString("• " + indentLines(blk.Text, "  ") + "\n")
		case parser.BlockQuote:
			b.WriteString("    " + indentLines(blk.Text, "    ") + "\n")
		default:
			b.WriteString(blk.Text + "\n")
		}
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// indentLines prefixes every line of s after the first with prefix.
func indentLines(s, prefix string) string {
	return strings.ReplaceAll(s, "\n", "\n"+prefix)
}

// exportName is a file name for a download: the title as a short
// lower-case slug, or "release" when the title has no letters or digits.
func exportName(title, ext string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if !ok {
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteRune(r)
	}
	name := b.String()
	if len(name) > 60 { // cut long titles at a word boundary
		name = name[:60]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			name = name[:i]
		} else {
			name = strings.ToValidUTF8(name, "")
		}
	}
	if name == "" {
		return "release." + ext
	}
	return name + "." + ext
}
