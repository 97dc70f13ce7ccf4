package parser

import "strings"

// plainWebURL reports whether href, free of control characters, is an
// absolute http or https URL that url.Parse accepts and URL.String gives
// back unchanged: a lower-case scheme, a host of letters, digits, dots and
// hyphens, a path of unreserved characters and slashes, and any query
// without spaces. Most links are; safeURL returns them as they are and
// parses only the rest (a port, user info, escapes, a fragment, an IP
// address or anything else that url.Parse rewrites or may refuse).
func plainWebURL(href string) bool {
	rest, ok := strings.CutPrefix(href, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(href, "http://"); !ok {
			return false
		}
	}
	i := 0
	for i < len(rest) && (isLetterASCII(rest[i]) || isDigitASCII(rest[i]) || rest[i] == '.' || rest[i] == '-') {
		i++
	}
	if i == 0 {
		return false
	}
	for ; i < len(rest); i++ {
		switch c := rest[i]; {
		case isLetterASCII(c) || isDigitASCII(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~':
		case c == '?':
			// url.Parse keeps the query as written, and String writes it
			// back; "x?" keeps its lone '?' too.
			for _, q := range []byte(rest[i+1:]) {
				if q <= ' ' || q >= 0x7f || q == '#' {
					return false
				}
			}
			return true
		default:
			return false
		}
	}
	return true
}

// isDigitASCII reports whether c is an ASCII digit.
func isDigitASCII(c byte) bool { return c >= '0' && c <= '9' }
