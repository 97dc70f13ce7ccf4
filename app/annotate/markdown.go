package annotate

import (
	"fmt"
	"sort"
	"strings"

	"pressmark/parser"
)

// ExportMarkdown writes the cleaned releases of docs as Markdown, each
// annotation a footnote: "[^n]" right after the quoted text, and
// "[^n]: Label: comment" (or just the label) below the document. Footnotes
// are numbered in reading order of their markers, continuing across
// documents. rels gives
// each document's parsed release, for its block structure (headings, list
// items, quotes); a missing one, or one of another text, falls back to the
// text's paragraphs. Orphans are listed after the footnotes.
func ExportMarkdown(docs []*Document, rels map[string]*parser.Release, labels LabelSet) []byte {
	var b strings.Builder
	n := 0
	for i, d := range docs {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		n = writeMarkdown(&b, d, rels[d.ID], labels, n)
	}
	return []byte(b.String())
}

// mdBlock is a stretch of the cleaned text and how Markdown marks it.
type mdBlock struct {
	start, end int // code points into Text
	prefix     string
}

func blocksOf(d *Document, rel *parser.Release) []mdBlock {
	if rel != nil && rel.Text == d.Text && len(rel.Blocks) > 0 && rel.Title != "" {
		tl := len([]rune(rel.Title))
		out := []mdBlock{{0, tl, "# "}}
		for _, bl := range rel.Blocks {
			p := ""
			switch bl.Kind {
			case parser.BlockHeading:
				p = strings.Repeat("#", max(2, min(6, bl.Level))) + " "
			case parser.BlockListItem:
				p = "- "
			case parser.BlockQuote:
				p = "> "
			}
			out = append(out, mdBlock{bl.Start, bl.End, p})
		}
		return out
	}
	// Paragraphs separated by blank lines; the first is the title.
	var out []mdBlock
	pos := 0
	for i, p := range strings.Split(d.Text, "\n\n") {
		n := len([]rune(p))
		prefix := ""
		if i == 0 {
			prefix = "# "
		}
		out = append(out, mdBlock{pos, pos + n, prefix})
		pos += n + 2
	}
	return out
}

func writeMarkdown(b *strings.Builder, d *Document, rel *parser.Release, labels LabelSet, n int) int {
	ix := d.Index()
	// Markers go after the last code point of each quote, numbered in the
	// order a reader meets them.
	attached := d.Attached()
	sort.SliceStable(attached, func(i, j int) bool {
		a, b := attached[i].Selector, attached[j].Selector
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Start > b.Start
	})
	type marker struct{ at, num int }
	var marks []marker
	var notes []string
	for _, a := range attached {
		n++
		marks = append(marks, marker{a.Selector.End, n})
		notes = append(notes, fmt.Sprintf("[^%d]: %s", n, footnote(labels.Name(a.LabelID), a.Comment)))
	}
	blocks := blocksOf(d, rel)
	mi := 0
	for bi, bl := range blocks {
		if bi == 1 && d.Published != "" {
			fmt.Fprintf(b, "*Published %s*\n\n", d.Published)
		}
		b.WriteString(bl.prefix)
		pos := bl.start
		next := ix.Len() + 1 // marks before the next block's start belong here
		if bi+1 < len(blocks) {
			next = blocks[bi+1].start
		}
		for mi < len(marks) && (marks[mi].at <= bl.end || marks[mi].at < next) {
			at := max(pos, min(marks[mi].at, bl.end))
			b.WriteString(escapeMarkdown(ix.Slice(pos, at)))
			fmt.Fprintf(b, "[^%d]", marks[mi].num)
			pos = at
			mi++
		}
		b.WriteString(escapeMarkdown(ix.Slice(pos, bl.end)))
		b.WriteString("\n\n")
	}
	if len(notes) > 0 {
		b.WriteString(strings.Join(notes, "\n"))
		b.WriteString("\n")
	}
	if orphans := d.Orphans(); len(orphans) > 0 {
		b.WriteString("\n**Annotations that lost their place:**\n\n")
		for _, a := range orphans {
			fmt.Fprintf(b, "- “%s” — %s\n", oneLine(a.Selector.Exact), footnote(labels.Name(a.LabelID), a.Comment))
		}
	}
	return n
}

func footnote(label, comment string) string {
	if c := oneLine(comment); c != "" {
		return label + ": " + c
	}
	return label
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// escapeMarkdown keeps text from being read as footnote references or
// links: it escapes "[", "]" and "\".
var mdEscaper = strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`)

func escapeMarkdown(s string) string { return mdEscaper.Replace(s) }
