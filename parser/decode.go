package parser

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// decode checks that the input is usable text, repairs invalid UTF-8,
// detects the format and returns the document the other passes work on.
// It never writes to the input's bytes.
func decode(in input, cfg *config) (*doc, error) {
	src := in.bytes
	if cfg.maxSize > 0 && len(src) > cfg.maxSize {
		return nil, fmt.Errorf("parser: %w: the input is %s and the limit is %s (a press release is far smaller; WithMaxSize raises the limit)",
			ErrTooLarge, megabytes(len(src)), megabytes(cfg.maxSize))
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, fmt.Errorf("parser: %w", ErrEmpty)
	}
	d := &doc{cfg: cfg, rel: &Release{Schema: Schema}, origin: func(i int) int { return i }}
	// skip is the length of a byte-order mark, which is no part of the text.
	skip := 0
	// why and controls are what scanText says of d.src; clean says they
	// are known already.
	var why string
	var controls int
	clean := false
	if utf16, big, bom := utf16Order(src); utf16 {
		d.src, d.origin = decodeUTF16(src, big, bom)
		d.warn("utf16", "the input was UTF-16; it was read as such")
	} else {
		if strings.HasPrefix(string(src[:min(len(src), 3)]), utf8BOM) {
			skip, src = 3, src[3:]
		}
		// One pass over the bytes as they stand: when they hold no NUL
		// and are valid UTF-8, as nearly every input does, it is also
		// the check for binary and control bytes below.
		why, controls, clean = scanTextClean(unsafe.String(unsafe.SliceData(src), len(src)))
		if n := nulCount(src, clean); n > 0 {
			if !fewNULs(src, n) {
				return nil, fmt.Errorf("parser: %w (it holds NUL bytes, as binary files do)", ErrBinary)
			}
			src = replaceNULs(src)
			in.isText = false // src is a copy now
			d.warn("nul-bytes", "the input held %d NUL byte(s); each was replaced with a space", n)
		}
		switch {
		case (clean || utf8.Valid(src)) && in.isText:
			d.src = in.text[skip:] // the caller's string, as it is
		case clean, utf8.Valid(src):
			d.src = string(src)
		case !hasMultibyteUTF8(src):
			// No valid multi-byte sequence at all: an 8-bit encoding, almost
			// always Windows-1252 (Latin-1 with curly quotes and dashes).
			if mostlyHighBytes(src) {
				return nil, fmt.Errorf("parser: %w (most of its bytes are outside the text range)", ErrBinary)
			}
			d.src, d.origin = recode(src, func(c byte) rune { return cp1252[c] })
			d.warn("invalid-utf8", "the input was not UTF-8; it was read as Windows-1252")
		default:
			d.src, d.origin = recode(src, nil)
			d.warn("invalid-utf8", "the input was not valid UTF-8; invalid bytes were replaced with U+FFFD")
		}
	}
	if !clean {
		why, controls = scanText(d.src)
	}
	if why != "" {
		return nil, fmt.Errorf("parser: %w (%s)", ErrBinary, why)
	}
	if controls > 0 {
		s, n := blankControls(d.src)
		d.src = s
		d.warn("control-bytes", "the input held %d control character(s), such as terminal colour codes; each was replaced with a space", n)
	}
	var subject string
	if m, ok := unpackMIME(d.src); ok {
		inner := d.origin
		d.src, d.origin, subject = m.text, func(i int) int { return inner(m.origin(i)) }, m.subject
		d.warn("mime", "the input was a raw e-mail message; its encoded text was decoded")
	}
	if skip > 0 {
		inner := d.origin
		d.origin = func(i int) int { return inner(i) + skip }
	}
	d.format = cfg.format
	if cfg.detect {
		d.format = detectFormat(d.src)
	}
	d.rel.Format = d.format
	if subject != "" && d.format == FormatHTML {
		// The mail pass reads the headers of a text message; an HTML body
		// has lost them, so its subject is kept here as the title fallback.
		d.meta = map[string]string{"title": cleanSubject(subject)}
	}
	return d, nil
}

// nulCount returns how many NUL bytes src holds: none when scanTextClean
// found it clean, without a search.
func nulCount(src []byte, clean bool) int {
	if clean {
		return 0
	}
	return bytes.Count(src, []byte{0})
}

// recode returns src as valid UTF-8: each byte that does not start a valid
// UTF-8 sequence becomes byteRune(c), or U+FFFD when byteRune is nil. The
// function it also returns maps offsets in the result back to offsets in
// src.
func recode(src []byte, byteRune func(byte) rune) (string, func(int) int) {
	var b strings.Builder
	b.Grow(len(src) + len(src)/8)
	// ends[k] is the output offset just after the k-th recoded byte and
	// extra[k] the bytes added by it and all before it.
	var ends, extra []int
	added := 0
	for i := 0; i < len(src); {
		// Copy the valid text up to the next invalid byte in one write.
		j := validPrefix(src[i:]) + i
		b.Write(src[i:j])
		if i = j; i == len(src) {
			break
		}
		r := utf8.RuneError
		if byteRune != nil {
			r = byteRune(src[i])
		}
		b.WriteRune(r)
		added += utf8.RuneLen(r) - 1
		ends, extra = append(ends, b.Len()), append(extra, added)
		i++
	}
	origin := func(off int) int {
		// Recoded bytes ending at or before off shifted it.
		k := sort.SearchInts(ends, off+1)
		if k == 0 {
			return off
		}
		return off - extra[k-1]
	}
	return b.String(), origin
}

// validPrefix returns the length of the longest prefix of b that is valid
// UTF-8.
func validPrefix(b []byte) int {
	i := 0
	for i < len(b) {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	return i
}

// hasMultibyteUTF8 reports whether src holds at least one valid multi-byte
// UTF-8 sequence.
func hasMultibyteUTF8(src []byte) bool {
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if r != utf8.RuneError || n > 1 {
			return true
		}
		i++
	}
	return false
}

// cp1252 maps the bytes of Windows-1252 to runes. Bytes 0x80–0x9F hold
// typographic characters; the five it leaves undefined map to U+FFFD.
var cp1252 = func() (t [256]rune) {
	for i := range t {
		t[i] = rune(i)
	}
	high := []rune("€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ")
	copy(t[0x80:0xa0], high)
	return t
}()

// detectFormat guesses whether s is HTML, Markdown-ish or plain text.
//
// HTML opens with a tag (as the clipboard's HTML always does) or is dense
// with tags; a Markdown file with a stray <div> stays Markdown.
func detectFormat(s string) Format {
	head := strings.TrimLeft(s[:min(len(s), 4096)], " \t\r\n\ufeff")
	if strings.IndexByte(head, '<') >= 0 {
		if looksHTML(head) {
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

// looksHTML reports whether head, the start of the input, is HTML: it opens
// with a tag, names the document's html or body element, or is dense with
// common tags; letters match whatever their case.
func looksHTML(head string) bool {
	if foldsToASCII(head) {
		// İ and the Kelvin sign lower-case to ASCII letters, which
		// matching ASCII letters case-blind would miss.
		head = strings.ToLower(head)
	}
	var lower [16]byte
	n := copy(lower[:], head)
	for i, c := range lower[:n] {
		lower[i] = lowerASCII(c)
	}
	if opensWithHTMLTag(string(lower[:n])) {
		return true
	}
	tags := 0
	for i := strings.IndexByte(head, '<'); i >= 0; {
		// A Markdown autolink ("<https://…>"), or a '<' before a byte no
		// opening has second, is passed over with one test (mayOpenTag).
		if t := head[i:]; mayOpenTag(t) {
			if hasPrefixASCIIFold(t, "<!doctype html") || hasPrefixASCIIFold(t, "<html") || hasPrefixASCIIFold(t, "<body") {
				return true
			}
			for _, tag := range commonTags {
				if hasPrefixASCIIFold(t, tag) {
					tags++
				}
			}
		}
		k := strings.IndexByte(head[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return tags >= 5 && 2*tags >= strings.Count(head, "\n")+1
}

// commonTags are the openings of common HTML tags, counted by looksHTML.
var commonTags = []string{"<p>", "<p ", "</p>", "<div", "<br", "<span", "<a href", "<li>", "<td", "<h1", "<h2", "<h3", "<strong>", "<b>", "<em>"}

// mayOpenTag reports whether t, from a '<' on, may begin with one of the
// openings looksHTML tries (commonTags, "<!doctype html", "<html",
// "<body"): each has three bytes or more, its second is one tagSecond
// marks, read case-blind, and none begins "<ht" but "<html", which a
// Markdown autolink's "<http" does not. The eighteen prefix tests are then
// spared at every autolink of a Markdown release.
func mayOpenTag(t string) bool {
	return len(t) >= 3 && tagSecond[lowerASCII(t[1])] && !hasPrefixASCIIFold(t, "<http")
}

// tagSecond marks the second bytes of the openings looksHTML tries.
var tagSecond = [256]bool{'!': true, '/': true, 'a': true, 'b': true, 'd': true, 'e': true, 'h': true, 'l': true, 'p': true,
	's': true, 't': true}

// hasPrefixASCIIFold reports whether s begins with lower-case prefix, the
// ASCII letters of s compared case-blind.
func hasPrefixASCIIFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerASCII(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// lowerASCII lower-cases an ASCII capital letter and leaves any other
// byte alone.
func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// megabytes formats a size in bytes for a message: "20.0 MB".
func megabytes(n int) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

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
