package parser

import "unicode/utf8"

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

// socialProfileLine is the social-profile cue's expression,
// `(?i)^\s*(?:twitter|x|…|mastodon)\s*[-–:]\s*\S+\s*$`: a network's name, a
// dash or colon, and one run of non-space.
func socialProfileLine(t string) bool {
	t = skipPerlSpace(t)
	for _, name := range socialProfileNames {
		n, ok := prefixFold(t, name)
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
func mediaHeadingLine(t string) bool {
	t = skipPerlSpace(t)
	for _, h := range mediaHeadings {
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
