package parser

import "unicode/utf8"

// collapse trims s and turns every run of white space in it (tabs,
// non-breaking and other Unicode spaces, line breaks) into one space; soft
// hyphens are dropped. Link offsets into s are moved to match. changed
// reports whether anything but a lone ASCII space was collapsed inside s.
func collapse(s string, links []Link) (string, []Link, bool) {
	return collapseSpaced(s, links, true)
}

// collapseSpaced is collapse for a text that holds two ASCII spaces in a
// row only if spaced is set.
func collapseSpaced(s string, links []Link, spaced bool) (string, []Link, bool) {
	if !needsCollapseSpaced(s, spaced) {
		return s, links, false
	}
	var at []int // at[i] is the output offset of input offset i
	if len(links) > 0 {
		at = make([]int, len(s)+1)
	}
	out := make([]byte, 0, len(s))
	changed := false
	pending := false // a space is owed before the next visible rune
	runLen, runASCII := 0, true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < n && at != nil; k++ {
			at[i+k] = len(out)
		}
		switch {
		case isSpace(r):
			pending = len(out) > 0
			runLen++
			runASCII = runASCII && r == ' '
		case r == '\u00ad': // soft hyphen: invisible unless a line breaks there
			changed = true
		default:
			if pending {
				if runLen > 1 || !runASCII {
					changed = true
				}
				out = append(out, ' ')
				if at != nil {
					at[i] = len(out)
				}
			}
			pending, runLen, runASCII = false, 0, true
			out = append(out, s[i:i+n]...)
		}
		i += n
	}
	if at != nil {
		at[len(s)] = len(out)
		for k := range links {
			links[k].Start, links[k].End = at[links[k].Start], at[links[k].End]
		}
	}
	return string(out), links, changed
}

// needsCollapse reports whether s has white space other than single ASCII
// spaces between visible characters, or a soft hyphen.
func needsCollapse(s string) bool { return needsCollapseSpaced(s, true) }

// needsCollapseSpaced is needsCollapse for a text that holds two ASCII
// spaces in a row only if spaced is set: the pass looking for them is
// spared when it is not.
func needsCollapseSpaced(s string, spaced bool) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || spaced && hasDoubleSpace(s) {
		return true
	}
	for i := 0; i < len(s); i++ {
		// Eight printable ASCII bytes hold no white space but spaces,
		// and no two of those in a row (checked above).
		for i+8 <= len(s) && plainASCII8(load64(s[i:])) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		switch {
		case c == ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case c < ' ' || c >= utf8.RuneSelf:
			r, _ := utf8.DecodeRuneInString(s[i:])
			if isSpace(r) || r == '\u00ad' {
				return true
			}
		}
	}
	return false
}
