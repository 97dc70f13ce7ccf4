package parser

import (
	"strings"
	"unicode/utf8"
)

// urlOnly is urlOnlyRE.FindStringSubmatch(t)[1], written out: t is only
// an address, "http://" or "https://" and a run of anything but \s white
// space and angle brackets, perhaps in angle brackets, with white space
// around. The run cannot hold the closing bracket or white space, so it
// is the longest run, and then only ">" and white space may follow.
func urlOnly(t string) (string, bool) {
	i := 0
	for i < len(t) && isPerlSpace(t[i]) {
		i++
	}
	if i < len(t) && t[i] == '<' {
		i++
	}
	start := i
	switch {
	case strings.HasPrefix(t[i:], "http://"):
		i += len("http://")
	case strings.HasPrefix(t[i:], "https://"):
		i += len("https://")
	default:
		return "", false
	}
	j := i
	for j < len(t) && !isPerlSpace(t[j]) && t[j] != '<' && t[j] != '>' {
		j++
	}
	if j == i {
		return "", false
	}
	k := j
	if k < len(t) && t[k] == '>' {
		k++
	}
	for k < len(t) && isPerlSpace(t[k]) {
		k++
	}
	if k != len(t) {
		return "", false
	}
	return t[start:j], true
}

// urlOnlyTrimmed is urlOnly(strings.TrimSpace(t)), turning away at once a
// text whose first byte after ASCII white space is ASCII and begins no
// lone address ('<' or 'h'): strings.TrimSpace leaves that byte first.
// canonical asks it of every segment, nearly all of them no address.
func urlOnlyTrimmed(t string) (string, bool) {
	i := 0
	for i < len(t) && (t[i] == ' ' || '\t' <= t[i] && t[i] <= '\r') {
		i++
	}
	if i == len(t) || t[i] != '<' && t[i] != 'h' && t[i] < utf8.RuneSelf {
		return "", false
	}
	return urlOnly(strings.TrimSpace(t))
}
