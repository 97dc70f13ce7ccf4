package parser

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	gmparser "github.com/yuin/goldmark/parser"
)

// stockMarkdown is goldmark's parser as it comes, CommonMark only: none of
// markdownParser's shortcuts (the plain blocks hidden from the inline
// phase, the lines turned away from the HTML block parser, the link
// reference transformer called only on paragraphs opening with '[').
var stockMarkdown = gmparser.NewParser(
	gmparser.WithBlockParsers(gmparser.DefaultBlockParsers()...),
	gmparser.WithInlineParsers(gmparser.DefaultInlineParsers()...),
	gmparser.WithParagraphTransformers(gmparser.DefaultParagraphTransformers()...),
)

// markdownSeeds are inputs that poke at what the shortcuts lean on in
// goldmark: setext headings, lazy continuation lines, indented and fenced
// code, list items, block quotations, tabs and padding, CR and CRLF, a last
// line without a newline, NUL and invalid UTF-8, a bare '&', hard line
// breaks, HTML blocks and autolinks, link reference definitions, closing
// #s.
var markdownSeeds = []string{
	"Title\n=====\n\nPara one\nlazy\n> quote\ncontinued lazy\n",
	"Setext\n---\n\nPara\n===\n\nA long paragraph that reads like prose, with a full stop. And more words to make it run on.\n---\n",
	"    indented code\n\n```\nfenced\n```\n\n~~~go\nx := 1\n~~~\n",
	"- item one\n  continued\n- item two\n\n1. first\n2) second\n\n* a\n\n  b\n\n* c",
	"\tTabbed\tline\n>\tquote with tab\n-\titem\n  \ttabbed continuation\n",
	"line one  \nline two\r\nline three  \r\nlast  ",
	"hard break\\\nnext\\\r\nlast\\",
	"a\x00b\n\xff\xfe\nc\xc3\n",
	"AT&T and R&D &amp; &#42; &copy\n",
	"# Heading #\n## Another ##   \n###### six ######\n####### seven\n#\tTab\n#no\n",
	"<div>\nhtml block\n</div>\n\n<https://example.com>\n<a:b>\n<x-y:z\n   <p\n<!-- c -->\n",
	"text\n<div>\nmore\n\n<table;\n<a href=x>\n",
	"[id]: https://example.com\n\nSee [id].\n[id2]: http://x 'title'\nplain after\n\n  [id3]:\n  http://y\n",
	"  leading spaces\n   three\n    four\n",
	"> a\n> b\n>\n> c\n>> d\ne\n",
	"a\rb\rc\r\rd",
	"\u00a0nbsp line \u00a0\nnext\u2028line\n",
	"a\fb\v\nc \f\n",
	"Wow! *em* _u_ `code` [l](http://x) ![i](y.png) <b>b</b>\n",
	"plain\n\nplain\n\n- plain\n- plain\n\n> plain\n",
	"x\n",
	"",
	"\n\n\n",
	"Trailing spaces   \nand tabs\t\t\nend",
	// Flat documents, paragraphs only (markdown_flat.go).
	"Plain one\nstill one  \n\nBY [A](https://a.example)\n\n  plain two\n      indented on\n\n<https://b.example>\n\nlast\t \n",
	"[id]: https://example.com\n\nplain\n\nsee [id]\n\n2021 was\n35 States\nend  ",
	"a\r\nb  \r\n\r\nc & d\r\n\r\ne\rf\n\f\n\vg\n",
	// Flat documents whose paragraphs hold only links (markdown_simple.go).
	"Newsroom: <https://a.example/n>\nWebsite: <https://b.example/>  \nMail <me@example.com> or <mailto:x@y.z>\n<http://c.example>",
	"BY [GOV.UK](https://www.gov.uk)\n\nVisit the [online press release](#) to see.\n[](http://e) [ a ](http://f)  \r\nend [x](mailto:a@b)",
	"x<y and <a:b <c@d> <1http://e> <http://f\n\n[a] (b) [a](b c) [a](<b>) [a]() a]b [a\nb](c)\n\n<ab:c>\r\n<ab:c> \r\n",
}

// FuzzMarkdownShortcuts checks that markdownParser's shortcuts change
// nothing: the segments, links and removed stretches of any input read as
// Markdown are those goldmark as it comes, reading every block's inline
// content, gives.
func FuzzMarkdownShortcuts(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	for _, in := range inputs {
		if b, err := os.ReadFile(in); err == nil {
			f.Add(b)
		}
	}
	for _, s := range markdownSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fast, slow := splitMarkdownWith(src, markdownParser, false), splitMarkdownWith(src, stockMarkdown, true)
		if fast == nil || slow == nil {
			if (fast == nil) != (slow == nil) {
				t.Fatal("one parse failed to decode, the other did not")
			}
			return
		}
		compareMarkdownDocs(t, fast, slow)
		var fl mdFlat
		if fl.scan([]byte(fast.src)) && fl.breaks != strings.Count(fast.src, "\n") {
			t.Errorf("scan counted %d line breaks, the source holds %d", fl.breaks, strings.Count(fast.src, "\n"))
		}
	})
}

// splitMarkdownWith decodes src as Markdown and cuts it into segments with
// parser p, plain blocks hidden from its inline phase unless noPlain. It
// returns nil if src does not decode.
func splitMarkdownWith(src []byte, p gmparser.Parser, noPlain bool) *doc {
	cfg := config{maxSize: DefaultMaxSize, format: FormatMarkdown, noPlainMD: noPlain}
	d, err := decode(input{bytes: src}, &cfg)
	if err != nil {
		return nil
	}
	d.segs = segmentMarkdownWith(d, p)
	return d
}

// compareMarkdownDocs reports where the segments, links or removed
// stretches of got differ from those of want.
func compareMarkdownDocs(t *testing.T, got, want *doc) {
	t.Helper()
	if len(got.segs) != len(want.segs) {
		t.Fatalf("%d segments, want %d", len(got.segs), len(want.segs))
	}
	for i := range got.segs {
		if !reflect.DeepEqual(got.segs[i], want.segs[i]) {
			t.Fatalf("segment %d is\n%+v\nwant\n%+v", i, *got.segs[i], *want.segs[i])
		}
	}
	if !reflect.DeepEqual(got.links, want.links) {
		t.Fatalf("links are\n%+v\nwant\n%+v", got.links, want.links)
	}
	if !reflect.DeepEqual(got.rel.Removed, want.rel.Removed) {
		t.Fatalf("removed stretches are\n%+v\nwant\n%+v", got.rel.Removed, want.rel.Removed)
	}
}
