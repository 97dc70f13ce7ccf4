package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraphs run together on one line, separated by runs of spaces, as
// newswire exports and copied web pages leave them: "…funds.   The Baird
// fund…". splitRuns cuts them apart before lines are grouped.

// splitRuns cuts lines that hold several paragraphs run together, separated
// by runs of spaces: after a sentence, or after a short heading such as
// "About Baird", when the next part starts like a sentence.
func (g *layout) splitRuns(lines []rawLine) []rawLine {
	var out []rawLine // nil until a line is cut: lines come back as they are
	for k := range lines {
		g.d.tick(0, 0)
		l := &lines[k]
		var cuts [][2]int
		if !l.whole {
			cuts = g.runCuts(l.text)
		}
		if len(cuts) == 0 {
			if out != nil {
				out = append(out, *l)
			}
			continue
		}
		if out == nil {
			// Room for a cut in one line of eight after this one, as
			// run-together text tends to have them throughout.
			out = append(make([]rawLine, 0, len(lines)+len(cuts)+(len(lines)-k)/8), lines[:k]...)
		}
		prev := 0
		for c, cut := range append(cuts, [2]int{len(l.text), len(l.text)}) {
			p := l.sub(prev, cut[0])
			if c == 0 {
				p.start, p.blank, p.src.Start = l.start, l.blank, l.src.Start
			} else {
				p.start, p.split = true, true
			}
			p.kind, p.level, p.whole = l.kind, l.level, l.whole
			if c > 0 && p.kind == BlockListItem {
				p.kind = BlockParagraph
			}
			out = append(out, p)
			prev = cut[1]
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// runCuts finds where l's text holds a new paragraph: [start, end) of each
// run of spaces to cut at.
func (g *layout) runCuts(text string) [][2]int {
	need := 2
	if g.typewriter {
		need = 3
	}
	var cuts [][2]int
	piece := 0
	tabs := strings.IndexByte(text, '\t') >= 0
	for i := 0; i < len(text); i++ {
		if !tabs {
			// Without tabs a run worth a look starts with two spaces:
			// jump to the next.
			k := indexDoubleSpace(text[i:])
			if k < 0 {
				break
			}
			i += k
		}
		if text[i] != ' ' {
			continue
		}
		j := i
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if j-i >= need && j < len(text) && i > piece && startsSentence(text[j:]) {
			before := text[piece:i]
			if endsSentence(before) || headingLike(before) {
				cuts = append(cuts, [2]int{i, j})
				piece = j
			}
		}
		i = j
	}
	return cuts
}

// startsSentence reports whether s opens like a sentence or a quotation.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(", r)
}

// headingLike reports whether s reads as a short heading: a few words,
// mostly capitalised, without terminal punctuation.
func headingLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 || endsSentence(s) {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r) && 2*caps > len(words)
}

// typewriterSpacing reports whether src habitually puts two spaces after a
// sentence: at least three times, and more often than one space.
func typewriterSpacing(src string) bool {
	one, two := 0, 0
	// next[k] is where the next of ".!?"[k] stands, found by IndexByte.
	var next [3]int
	for k := range next {
		next[k] = nextByte(src, 0, ".!?"[k])
	}
	for {
		k := 0
		if next[1] < next[k] {
			k = 1
		}
		if next[2] < next[k] {
			k = 2
		}
		i := next[k]
		if i+2 >= len(src) {
			break
		}
		next[k] = nextByte(src, i+1, ".!?"[k])
		j := i + 1
		for j < len(src) && src[j] == ' ' {
			j++
		}
		if j >= len(src) || !isUpperASCII(src[j]) {
			continue
		}
		switch j - i - 1 {
		case 1:
			one++
		case 2:
			two++
		}
	}
	return two >= 3 && two > one
}

// nextByte returns the offset of the first c in s at or after from, or
// len(s).
func nextByte(s string, from int, c byte) int {
	if k := strings.IndexByte(s[from:], c); k >= 0 {
		return from + k
	}
	return len(s)
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
