package parser

import (
	"strings"

	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A release's paragraphs that are not plain mostly hold links and nothing
// else: a web address on a line of its own as an autolink
// ("<https://…>"), a name linked inline ("BY [GOV.UK](https://…)").
// mdSimple reads such a paragraph of a flat document (see
// markdown_flat.go) as goldmark's inline phase would, writing what
// inlineText would write walking goldmark's nodes, so that a flat
// document made of plain and simple paragraphs never goes through
// goldmark. A paragraph is simple when, on each line, every '<' opens an
// autolink goldmark accepts, every '[' opens an inline link
// "[label](destination)" whose label holds no inline syntax and whose
// destination is a run of visible bytes without brackets, parentheses or
// a backslash, and no other byte an inline parser is triggered by, nor a
// backslash or '&', appears; and its first byte is not '[', which might
// open a link reference definition.

// simpleStop marks the bytes simpleLine stops at: those that make a
// paragraph other than simple wherever they stand ('`', '!', '*', '_',
// '\\', '&'), a line break, and the brackets of links. One table read a
// byte, not a chain of comparisons, each of which is a jump through the
// function's dispatch loop in Go's wasm port.
var simpleStop = [256]bool{'`': true, '!': true, '*': true, '_': true, '\\': true, '&': true,
	'\n': true, '<': true, '[': true, ']': true}

// mdSimple reports whether the paragraph of src whose lines are lines is
// simple and, when b is not nil, writes its text, anchors and links to b
// as inlineText does walking goldmark's nodes for it.
func mdSimple(lines []text.Segment, src []byte, b *inlineText) bool {
	if len(lines) == 0 || lines[0].Start >= lines[0].Stop || src[lines[0].Start] == '[' {
		return false
	}
	for _, s := range lines {
		if s.Padding != 0 || s.Stop > len(src) || !simpleLine(src, s.Start, s.Stop, b) {
			return false
		}
	}
	return true
}

// simpleLine reads the line src[start:stop] of a simple paragraph as
// goldmark's parseBlock does: text up to a link, the link, and so on; the
// text after the last link, trimmed, ends the line with its line break.
func simpleLine(src []byte, start, stop int, b *inlineText) bool {
	pos := start
	for pos < stop {
		rest := src[pos:stop]
		n := len(rest)
		nl := rest[n-1] == '\n'
		soft, hard := nl, false
		switch {
		case n >= 3 && rest[n-3] == ' ' && rest[n-2] == ' ' && nl:
			n -= 3
			soft, hard = false, true
		case n >= 4 && rest[n-4] == ' ' && rest[n-3] == ' ' && rest[n-2] == '\r' && nl:
			n -= 4
			soft, hard = false, true
		}
		i := 0
		for ; i < n; i++ {
			c := rest[i]
			if simpleStop[c] {
				break
			}
		}
		if i < n && rest[i] != '\n' {
			// A link, or a byte that makes the paragraph other than simple.
			var next int
			switch rest[i] {
			case '<':
				next = simpleAutoLink(src, pos, pos+i, stop, b)
			case '[':
				next = simpleLink(src, pos, pos+i, stop, b)
			}
			if next < 0 || next == 0 {
				return false
			}
			pos = next
			continue
		}
		// The line's last text, trimmed on the right, and its break.
		end := pos + i
		end -= util.TrimRightSpaceLength(src[pos:end])
		if b != nil {
			b.write(src[pos:end], pos)
			if soft || hard {
				b.write([]byte{'\n'}, end)
			}
		}
		return true
	}
	return true
}

// simpleAutoLink reads the autolink that opens at src[at] ('<'), in a line
// ending at stop whose text since from comes before it, and returns where
// it ends, or -1 if goldmark's autolink parser does not take it.
func simpleAutoLink(src []byte, from, at, stop int, b *inlineText) int {
	line := src[at:stop]
	end := util.FindEmailIndex(line[1:])
	email := end >= 0
	if !email {
		end = util.FindURLIndex(line[1:])
	}
	if end < 0 {
		return -1
	}
	end++
	if end >= len(line) || line[end] != '>' {
		return -1
	}
	if b != nil {
		if at > from {
			b.write(src[from:at], from)
		}
		start := len(b.buf)
		label := line[1:end]
		b.write(label, -1)
		url := b.sourceString(at+1, at+end)
		if email && !strings.HasPrefix(url, "mailto:") {
			url = "mailto:" + url
		}
		b.link(start, url)
	}
	return at + end + 1
}

// simpleLink reads the inline link that opens at src[at] ('['), in a line
// ending at stop whose text since from comes before it, and returns where
// it ends, or -1 if it is not a simple link: a label on the line without
// inline syntax, then at once "(destination)".
func simpleLink(src []byte, from, at, stop int, b *inlineText) int {
	i := at + 1
	for i < stop && !simpleLabelStop[src[i]] {
		i++
	}
	if i >= stop || src[i] != ']' || i-at > 900 {
		return -1
	}
	rb := i
	i++
	if i >= stop || src[i] != '(' {
		return -1
	}
	i++
	dest := i
	for i < stop && src[i] > ' ' && !simpleDestStop[src[i]] {
		i++
	}
	if i == dest || i >= stop || src[i] != ')' {
		return -1
	}
	if b != nil {
		if at > from {
			b.write(src[from:at], from)
		}
		start := len(b.buf)
		if rb > at+1 {
			b.write(src[at+1:rb], at+1)
		}
		b.link(start, b.sourceString(dest, i))
	}
	return i + 1
}

// sourceString returns src[i:j] as a string: a slice of str when it is set.
func (b *inlineText) sourceString(i, j int) string {
	if b.str != "" {
		return b.str[i:j]
	}
	return string(b.src[i:j])
}

// simpleLabelStop marks the bytes that end a simple link's label: its ']',
// or a byte it may not hold.
var simpleLabelStop = [256]bool{']': true, '[': true, '<': true, '\n': true, '`': true, '!': true, '*': true, '_': true, '\\': true, '&': true}

// simpleDestStop marks the bytes a simple link's destination may not hold,
// beside spaces and control bytes.
var simpleDestStop = [256]bool{'(': true, ')': true, '<': true, '>': true, '[': true, ']': true, '\\': true, '`': true, '!': true, '*': true, '_': true, '&': true, 0x7f: true}
