package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// segmentText splits plain text into segments: at blank lines, at list
// markers, and, inside a run of lines, where the layout shows a paragraph
// ends (see groupLines).
func segmentText(d *doc) []*segment {
	scratch := textScratch.Get().(*[]rawLine)
	defer releaseTextLines(scratch, len(d.src))
	lines := textLinesInto((*scratch)[:0], d.src, 0, d.tick)
	*scratch = lines
	for i := range lines {
		d.tick(0, 0)
		if standalone(lines[i].text) {
			lines[i].start = true
			if i+1 < len(lines) {
				lines[i+1].start = true
			}
		}
	}
	segs := groupLines(d, lines)
	countBlanks(d, segs)
	markTextHeadings(segs)
	for _, s := range segs {
		d.tick(0, 0)
		if len(s.Lines) == 1 && pageMarker(s.Text) {
			d.remove(s, RemovedOther, "page break: a page number or marker left from the printed original")
		}
	}
	return segs
}

// standalone reports whether a line stands on its own, never part of a
// paragraph: a rule of dashes or stars, an end mark such as "###", a page
// number or page-break marker.
func standalone(s string) bool {
	if pageMarker(s) {
		return true
	}
	if startsMidSentence(s) {
		return false // a stray "." or ")" that ends the line before
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// pageMarker reports whether s is a page number ("5", "- 5 -", "Page 5 of
// 9") or a page-break marker ("<PAGE>") left from a printed original.
func pageMarker(s string) bool {
	s = strings.Trim(trimSpace(s), "-–— ")
	if strings.EqualFold(s, "<page>") {
		return true
	}
	if len(s) > 5 && strings.EqualFold(s[:5], "page ") {
		s = s[5:]
		if i := strings.Index(strings.ToLower(s), " of "); i > 0 && allDigits(s[i+4:]) {
			s = s[:i]
		}
	}
	return len(s) <= 4 && allDigits(s)
}

// textLines cuts src into physical lines, starting at byte base of doc.src.
// A line ends at "\n", "\r\n" or a lone "\r". Blank lines are not returned;
// they set start and blank on the next line. List markers are stripped from
// the text and start a list item. tick, when not nil, is called before
// each line.
func textLines(src string, base int, tick func(i, n int)) []rawLine {
	return textLinesInto(nil, src, base, tick)
}

// textLinesInto is textLines appending the lines to dst.
func textLinesInto(dst []rawLine, src string, base int, tick func(i, n int)) []rawLine {
	lines := slices.Grow(dst, strings.Count(src, "\n")+1) // a line per "\n", or fewer (a lone "\r" may add some)
	blank := 0
	first := true
	for off := 0; off < len(src); {
		if tick != nil {
			tick(0, 0)
		}
		end := len(src)
		if k := strings.IndexByte(src[off:], '\n'); k >= 0 {
			end = off + k
		}
		if k := strings.IndexByte(src[off:end], '\r'); k >= 0 {
			end = off + k
		}
		next := end + 1
		if end+1 < len(src) && src[end] == '\r' && src[end+1] == '\n' {
			next++
		}
		i, j := trimSpan(src, off, end)
		if i == j {
			blank++
		} else {
			l := rawLine{text: src[i:j], src: Span{base + i, base + j}, start: first || blank > 0, blank: blank,
				indent: indentation(src[off:i])}
			if n := listMarker(l.text); n > 0 && (l.start || bulleted(l.text) || itemMayStart(lines[len(lines)-1])) {
				// The item's span keeps its marker; its text does not.
				k, _ := trimSpan(l.text, n, len(l.text))
				l.anchors = []anchor{{0, l.src.Start + k}}
				l.text = l.text[k:]
				l.start, l.kind = true, BlockListItem
			}
			lines = append(lines, l)
			blank, first = 0, false
		}
		off = next
	}
	return lines
}

// itemMayStart reports whether a numbered or lettered item may follow
// prev without a blank line: prev ends a sentence or a clause, or is an
// item itself. Otherwise "(b) of the Act" at the start of a wrapped line is
// the rest of a sentence, not an item.
func itemMayStart(prev rawLine) bool {
	if prev.kind == BlockListItem {
		return true
	}
	return endsSentence(prev.text) || strings.HasSuffix(prev.text, ",")
}

// bulleted reports whether s opens with a bullet character rather than a
// number or letter.
func bulleted(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(bullets, r)
}

// trimSpan narrows [i, j) of s to exclude leading and trailing white space,
// including non-breaking and other Unicode spaces.
func trimSpan(s string, i, j int) (int, int) {
	for i < j {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, as nearly every text begins, without decoding.
			if !isSpace(rune(c)) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:j])
		if !isSpace(r) {
			break
		}
		i += n
	}
	for j > i {
		if c := s[j-1]; c < utf8.RuneSelf {
			// An ASCII byte ends a rune of its own: no decoding back.
			if !isSpace(rune(c)) {
				break
			}
			j--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		if !isSpace(r) {
			break
		}
		j -= n
	}
	return i, j
}

// trimSpace trims white space as isSpace defines it.
func trimSpace(s string) string {
	i, j := trimSpan(s, 0, len(s))
	return s[i:j]
}

// isSpace reports whether r is white space: Unicode spaces, non-breaking
// spaces, and the invisible zero-width space and byte-order mark.
func isSpace(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiSpaceTab[r]
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// bullets are the characters that mark a list item when followed by a space:
// typographic bullets, the private-use bullet PDF extraction leaves behind,
// and the ASCII markers of e-mail and wire copy.
const bullets = "•\uf0b7·▪◦‣○●■□➢►✓-*+–"

// listMarker returns the length of the list marker that opens s, including
// the space after it, or 0: a bullet, "1." or "1)", "(a)" or "a)", "(iv)".
func listMarker(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError && strings.ContainsRune(bullets, r) {
		if n < len(s) && (s[n] == ' ' || s[n] == '\t') && n+1 < len(s) {
			return n + 1
		}
		if r == '\uf0b7' || r == '•' {
			return n
		}
		return 0
	}
	i := 0
	open := len(s) > 0 && s[0] == '('
	if open {
		i++
	}
	j := i
	for j < len(s) && j-i < 4 && (isDigit(s[j]) || (s[j] >= 'a' && s[j] <= 'z')) {
		j++
	}
	if j == i || j >= len(s)-1 {
		return 0
	}
	tok := s[i:j]
	numeric := allDigits(tok)
	switch {
	case numeric && len(tok) > 2:
		return 0
	case !numeric && len(tok) > 1 && strings.Trim(tok, "ivx") != "":
		return 0
	}
	c := s[j]
	if open && c != ')' || !open && c != ')' && !(c == '.' && numeric) {
		return 0
	}
	if s[j+1] != ' ' && s[j+1] != '\t' {
		return 0
	}
	if j+2 >= len(s) {
		return 0
	}
	return j + 2
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// endsSentence reports whether s ends with terminal punctuation, possibly
// followed by closing quotes or brackets: the line or paragraph is complete.
func endsSentence(s string) bool {
	s = trimSpace(s)
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '”', '’', ')', ']', '»', '*', '_':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', ':', ';', '…', '。':
			return true
		}
		return false
	}
	return false
}

// startsLower reports whether s begins with a lower-case letter, the mark
// of a line or paragraph that continues the one before it.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(trimSpace(s))
	return unicode.IsLower(r)
}

// firstWord is the first space-separated word of s.
func firstWord(s string) string {
	s = trimSpace(s)
	if i := strings.IndexFunc(s, isSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// indentation measures leading white space in columns, a tab as four.
func indentation(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			n++
		case '\t':
			n += 4
		}
	}
	return n
}
