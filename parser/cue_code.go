package parser

import (
	"math/bits"
	"unicode/utf8"
)

// Some cues match whole short lines that are common in a release's tail
// (a line per social network, a "Media Assets" heading): there the
// expression ran, and matched, on every such line. Their expressions are
// written out here as code that the cue table uses in their place;
// TestCueCodeSameAsRegexp checks each against its expression.

// socialProfileNames are the names socialProfileLine accepts, lower-cased.
var socialProfileNames = []string{
	"twitter", "x", "facebook", "instagram", "linkedin", "youtube", "flickr", "tiktok", "threads", "pinterest",
	"bluesky", "mastodon",
}

// socialProfilesByFirst indexes socialProfileNames by their first letter.
var socialProfilesByFirst = newFirstLetters(socialProfileNames)

// socialProfileLine is the social-profile cue's expression,
// `(?i)^\s*(?:twitter|x|…|mastodon)\s*[-–:]\s*\S+\s*$`: a network's name, a
// dash or colon, and one run of non-space.
func socialProfileLine(t string) bool {
	t = skipPerlSpace(t)
	for ns := socialProfilesByFirst.at(t); ns != 0; ns &= ns - 1 {
		n, ok := prefixFold(t, socialProfileNames[bits.TrailingZeros32(ns)])
		if !ok {
			continue
		}
		rest := skipPerlSpace(t[n:])
		r, size := utf8.DecodeRuneInString(rest)
		if r != '-' && r != '–' && r != ':' {
			continue
		}
		if oneRunOfNonSpace(skipPerlSpace(rest[size:])) {
			return true
		}
	}
	return false
}

// mediaHeadings are the headings mediaHeadingLine accepts, lower-cased,
// with each optional ending spelled out.
var mediaHeadings = []string{
	"media assets", "embedded media", "multimedia files", "multimedia file", "multimedia", "photos", "photo",
	"images", "image", "videos", "video", "attachments", "attachment", "downloads", "download", "media gallery",
	"related media",
}

// mediaHeadingLine is the media cue's expression, `(?i)^\s*(?:media
// assets|…|related media)\s*:?\s*$`: one of mediaHeadings alone on the line,
// perhaps with a colon.
func mediaHeadingLine(t string) bool { return headingAlone(t, mediaHeadings) }

// socialHeadings are the headings socialHeadingLine accepts, lower-cased,
// with each optional part spelled out.
var socialHeadings = []string{
	"visit us on social media", "follow us on social media", "find us on social media", "social media",
	"connect with us", "follow us on", "find us on",
}

// socialHeadingLine is the social-media heading cue's expression,
// `(?i)^\s*(?:(?:visit us on |follow us on |find us on )?social
// media|connect with us|follow us on|find us on)\s*:?\s*$`. Written as code,
// it is not compiled by the first release that has such a heading.
func socialHeadingLine(t string) bool { return headingAlone(t, socialHeadings) }

// headingAlone reports whether t matches `(?i)^\s*(?:h1|h2|…)\s*:?\s*$` for
// the lower-case headings hs: one of them alone on the line, perhaps with a
// colon.
func headingAlone(t string, hs []string) bool {
	t = skipPerlSpace(t)
	for _, h := range hs {
		n, ok := prefixFold(t, h)
		if !ok {
			continue
		}
		rest := skipPerlSpace(t[n:])
		if rest != "" && rest[0] == ':' {
			rest = skipPerlSpace(rest[1:])
		}
		if rest == "" {
			return true
		}
	}
	return false
}

// mediaPrompts are the openings mediaPromptLine accepts, lower-cased, with
// each optional part spelled out.
var mediaPrompts = []string{
	"visit the online press release to interact",
	"to view the multimedia", "to view the photo", "to view the image", "to view the video",
	"to view multimedia", "to view photo", "to view image", "to view video",
	"click here to access the pdf", "click here to access pdf",
}

// mediaPromptLine is the media prompt cue's expression, `(?i)^(?:visit the
// online press release to interact|to view (?:the
// )?(?:multimedia|photos?|images?|video)|click here to access (?:the
// )?pdf|\[?blockchain registration\]?$)`: a text that opens with one of
// mediaPrompts, or is "blockchain registration", perhaps in brackets.
func mediaPromptLine(t string) bool {
	for _, p := range mediaPrompts {
		if _, ok := prefixFold(t, p); ok {
			return true
		}
	}
	if t != "" && t[0] == '[' {
		t = t[1:]
	}
	n, ok := prefixFold(t, "blockchain registration")
	if !ok {
		return false
	}
	t = t[n:]
	if t != "" && t[0] == ']' {
		t = t[1:]
	}
	return t == ""
}

// skipPerlSpace returns t after its leading \s white space.
func skipPerlSpace(t string) string {
	for t != "" && isPerlSpace(t[0]) {
		t = t[1:]
	}
	return t
}

// oneRunOfNonSpace reports whether t matches `^\S+\s*$`.
func oneRunOfNonSpace(t string) bool {
	i := 0
	for i < len(t) && !isPerlSpace(t[i]) {
		i++
	}
	return i > 0 && skipPerlSpace(t[i:]) == ""
}

// distributedOpenings are the openings distributedByLine accepts at the
// start of a text, lower-cased, with each optional part spelled out.
var distributedOpenings = []string{
	"this press release was distributed by", "this press release distributed by",
	"press release was distributed by", "press release distributed by",
}

// distributedByLine is the distribution cue's expression, `(?i)^(?:this
// )?press release (?:was )?distributed by\b|\bdistributed by .{1,80} on
// behalf of\b`: a text that opens with one of distributedOpenings, or holds
// "distributed by " and, one to eighty runes later on the same line,
// " on behalf of", each a word of its own.
func distributedByLine(t string) bool {
	for _, p := range distributedOpenings {
		if n, ok := prefixFold(t, p); ok && !startsWithWordByte(t[n:]) {
			return true
		}
	}
	for i := 0; i < len(t); i++ {
		if t[i]|0x20 != 'd' || i > 0 && isPerlWordByte(t[i-1]) {
			continue
		}
		n, ok := prefixFold(t[i:], "distributed by ")
		if ok && behalfWithin(t[i+n:], 80) {
			return true
		}
	}
	return false
}

// behalfWithin reports whether t matches `(?i)^.{1,max} on behalf of\b`.
func behalfWithin(t string, max int) bool {
	for runes, j := 0, 0; j < len(t) && runes < max && t[j] != '\n'; runes++ {
		_, size := utf8.DecodeRuneInString(t[j:])
		j += size
		if n, ok := prefixFold(t[j:], " on behalf of"); ok && !startsWithWordByte(t[j+n:]) {
			return true
		}
	}
	return false
}

// startsWithWordByte reports whether t begins with a \w byte, so that no
// \b stands before it after a word.
func startsWithWordByte(t string) bool { return t != "" && isPerlWordByte(t[0]) }
