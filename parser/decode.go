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
func detectFormat(s string) Format {
	head := strings.TrimSpace(s[:min(len(s), 4096)])
	if strings.IndexByte(head, '<') >= 0 {
		head = strings.ToLower(head)
	}
	switch {
	case strings.HasPrefix(head, "<!doctype html"), strings.HasPrefix(head, "<html"),
		strings.Contains(head, "<body"), strings.Contains(head, "<p>"), strings.Contains(head, "<div"),
		strings.HasPrefix(head, "<meta"), strings.HasPrefix(head, "<!--startfragment"):
		return FormatHTML
	case strings.Contains(s, "]("), strings.Contains(s, "](http"), strings.Contains(s, "\n# "),
		strings.HasPrefix(s, "# "), strings.Contains(s, "\n## "), strings.Contains(s, "<http"):
		return FormatMarkdown
	}
	return FormatText
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
