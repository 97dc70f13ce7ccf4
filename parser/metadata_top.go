package parser

import (
	"strings"
	"unicode/utf8"
)

// findByline is bylineRE.FindStringSubmatch(t), `(?i)^\s*by[:\s]\s*(\S.{0,80})$`,
// written out: white space, "by" in either case, a colon or white space,
// and white space before the name, which runs to the end of the text: a
// rune that is not white space, then at most 80 more, none a line break.
// Most top lines are turned away by their first bytes, and a byline no
// longer runs the expression.
func findByline(t string) []string {
	if name, ok := bylineName(t); ok {
		return []string{t, name}
	}
	return nil
}

// bylineName is findByline's name, without the slice of the whole match
// and the name that findByline allocates.
func bylineName(t string) (string, bool) {
	i := skipSpaceRE(t, 0)
	if len(t)-i < 3 || t[i]|0x20 != 'b' || t[i+1]|0x20 != 'y' || t[i+2] != ':' && !isSpaceRE(t[i+2]) {
		return "", false
	}
	// \s* takes every white space byte: the name's first rune is not one.
	name := t[skipSpaceRE(t, i+3):]
	if name == "" || strings.IndexByte(name, '\n') >= 0 || utf8.RuneCountInString(name) > 81 {
		return "", false
	}
	return name, true
}

// findWireMarker is wireMarkerRE.FindStringSubmatch(t), run only on a
// text that opens with one of the bytes the expression's first class
// holds, or a dash: "/PRNewswire/", "(NewMediaWire)", "-- Business Wire".
func findWireMarker(t string) []string {
	if t == "" || strings.IndexByte(" \t\n\f\r-/([", t[0]) < 0 && !strings.HasPrefix(t, "–") && !strings.HasPrefix(t, "—") {
		return nil
	}
	return wireMarkerRE.FindStringSubmatch(t)
}
