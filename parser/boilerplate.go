package parser

import (
	"regexp"
	"strings"
	"unicode"
)

// classify marks the segments that are not body: distribution notices,
// media-asset junk, contact blocks, "About X" sections and the like.
//
// Each segment is first matched against the cue table (cues.go). Some cues
// open a section: an "About X" heading, "Forward-Looking Statements" or an
// end marker once the body has begun make everything after them
// boilerplate unless another cue says what it is; a contact or social-media
// heading takes the short lines that follow it. Segments no cue explains are
// then checked for shape: image-only lines, runs of menu-like short lines.
func classify(d *doc) {
	first := firstBodyIndex(d)
	var open *section
	for i, s := range d.segs {
		if s.Removed != nil {
			continue
		}
		afterBody := i > first
		if c, ok := matchCue(d, s, afterBody); ok {
			d.remove(s, c.kind, c.reason)
			switch {
			case c.section == tailSection && afterBody:
				open = &section{kind: c.kind, reason: continuation(c), tail: true}
			case c.section != noSection:
				open = &section{kind: c.kind, reason: continuation(c)}
			case open != nil && !open.tail:
				// A one-off cue inside a short section keeps it open.
			}
			continue
		}
		if name, ok := aboutStart(s.Text); ok && afterBody {
			d.remove(s, RemovedAbout, reasonAbout)
			open = &section{kind: RemovedAbout, reason: "about " + name + ": the company description that closes a release", tail: true}
			continue
		}
		if open != nil {
			if open.tail {
				d.remove(s, open.kind, open.reason)
				continue
			}
			if isShortLine(s) || contactish.MatchString(s.Text) && wordCount(s.Text) <= 25 {
				d.remove(s, open.kind, open.reason)
				continue
			}
			open = nil
		}
		if kind, reason, ok := shapeCue(d, s); ok {
			d.remove(s, kind, reason)
		}
	}
	removeMenuRuns(d)
}

// section is a stretch of boilerplate opened by a heading cue.
type section struct {
	kind   RemovedKind
	reason string
	tail   bool // runs to the end of the document
}

// continuation is the reason given to segments inside a section.
func continuation(c bpCue) string {
	if c.kind == RemovedEndMarker || c.kind == RemovedDistribution {
		return reasonAfterEnd
	}
	return c.reason
}

// matchCue returns the first cue that matches s.
func matchCue(d *doc, s *segment, afterBody bool) (bpCue, bool) {
	text := strings.TrimSpace(mdLinks.ReplaceAllString(s.Text, "$1"))
	raw := d.raw(s)
	if text == "" {
		text = strings.TrimSpace(raw)
	}
	n := wordCount(text)
	for _, c := range cues {
		if c.afterBody && !afterBody {
			continue
		}
		if c.maxWords > 0 && n > c.maxWords {
			continue
		}
		if c.re.MatchString(text) || (d.format != FormatHTML && c.kind == RemovedEndMarker && c.re.MatchString(strings.TrimSpace(raw))) {
			return c, true
		}
	}
	return bpCue{}, false
}

// aboutStart reports whether text opens an "About X" section and returns X.
func aboutStart(text string) (string, bool) {
	if wordCount(text) <= 10 {
		if m := aboutHeading.FindStringSubmatch(text); m != nil {
			return strings.TrimRight(m[1], " .,:"), true
		}
		return "", false
	}
	if m := aboutParagraph.FindStringSubmatch(text); m != nil {
		return strings.TrimRight(m[1], " .,:"), true
	}
	if m := aboutHeading.FindStringSubmatch(firstLineOf(text)); m != nil && descriptive.MatchString(text) {
		return strings.TrimRight(m[1], " .,:"), true
	}
	return "", false
}

// shapeCue recognises boilerplate by its shape rather than its words:
// segments that are only images, only links to social networks, or only
// links without visible text.
func shapeCue(d *doc, s *segment) (RemovedKind, string, bool) {
	raw := strings.TrimSpace(d.raw(s))
	text := strings.TrimSpace(s.Text)
	if d.format != FormatHTML && imageOnly.MatchString(raw) {
		return RemovedMedia, reasonImage, true
	}
	if len(s.Links) > 0 && wordCount(text) <= 3*len(s.Links)+2 {
		social := 0
		for _, l := range s.Links {
			if socialHosts.MatchString(l.URL) {
				social++
			}
		}
		if social == len(s.Links) {
			return RemovedSocial, reasonSocial, true
		}
	}
	if text != "" && strings.Trim(text, "-–—*_=~•·|/\\ ") == "" {
		return RemovedOther, "rule: a separator line", true
	}
	return 0, "", false
}

// mdLinks matches Markdown link syntax left in a segment's text, so that
// cues see the visible words.
var mdLinks = regexp.MustCompile(`\[([^\]]*)\]\([^)\s]*\)`)

// imageOnly matches Markdown made only of images and empty links.
var imageOnly = regexp.MustCompile(`^(?:\s*(?:!\[[^\]]*\]\([^)]*\)|\[\s*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)))+\s*(?:contact information:?)?\s*$`)

// removeMenuRuns removes runs of three or more short, unpunctuated lines
// outside the body's flow — the menus and link lists of a web page.
func removeMenuRuns(d *doc) {
	i := 0
	for i < len(d.segs) {
		j := i
		for j < len(d.segs) && isMenuLine(d.segs[j]) {
			j++
		}
		if j-i >= 3 {
			for _, s := range d.segs[i:j] {
				if s.Removed == nil {
					d.remove(s, RemovedNavigation, reasonNav)
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// isMenuLine reports whether s looks like one entry of a menu: at most four
// words, no sentence punctuation, not a list item of the body. Segments
// already removed count too, so a menu is not broken by a line a cue took.
func isMenuLine(s *segment) bool {
	if s.Kind == BlockListItem {
		return false
	}
	t := strings.TrimSpace(s.Text)
	if s.Removed != nil {
		return s.Removed.Kind == RemovedNavigation
	}
	if t == "" || wordCount(t) > 4 || len(s.Lines) > 1 {
		return false
	}
	last, _ := lastRune(t)
	return !strings.ContainsRune(".,;:!?\"”’)", last)
}

// isShortLine reports whether s is a short line such as a name, title,
// address or telephone line of a contact block.
func isShortLine(s *segment) bool {
	t := strings.TrimSpace(s.Text)
	if wordCount(t) > 12 {
		return false
	}
	last, _ := lastRune(t)
	return last != '.' || wordCount(t) <= 4
}

// firstBodyIndex returns the index of the first segment that reads as a
// body paragraph: prose of some length that no cue claims. Before it, cues
// that need the body to have begun do not apply.
func firstBodyIndex(d *doc) int {
	for i, s := range d.segs {
		if s.Removed != nil || wordCount(s.Text) < 20 {
			continue
		}
		if !strings.ContainsAny(s.Text, ".!?") {
			continue
		}
		if _, ok := matchCue(d, s, false); ok {
			continue
		}
		return i
	}
	return len(d.segs)
}

// raw returns the input behind s, as written.
func (d *doc) raw(s *segment) string {
	if s.Source.Start < 0 || s.Source.End > len(d.src) || s.Source.Start > s.Source.End {
		return s.Text
	}
	return d.src[s.Source.Start:s.Source.End]
}

func wordCount(s string) int { return len(strings.Fields(s)) }

func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

func firstLineOf(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
