package parser

import "strings"

// findByline is bylineRE.FindStringSubmatch(t), run only on a text that
// opens as every byline does: white space, then "by" in either case, then
// a colon or white space. Most top lines are turned away by their first
// bytes.
func findByline(t string) []string {
	i := skipSpaceRE(t, 0)
	if len(t)-i < 3 || t[i]|0x20 != 'b' || t[i+1]|0x20 != 'y' || t[i+2] != ':' && !isSpaceRE(t[i+2]) {
		return nil
	}
	return bylineRE.FindStringSubmatch(t)
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
