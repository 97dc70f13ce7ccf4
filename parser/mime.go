package parser

import (
	"encoding/base64"
	"io"
	"mime"
	"mime/quotedprintable"
	"strings"
	"unicode/utf8"
)

// This file opens a raw e-mail message (an .eml file) whose body is
// encoded: quoted-printable or base64, possibly in a multipart message. The
// text the other passes read is the message's headers, as they stand, and
// the decoded text of its text/plain part (or text/html when there is
// none). Offsets into the decoded body map back proportionally onto the
// encoded part, which keeps source spans in order and in bounds.

// mimeLimits bound the work on a hostile message.
const (
	mimeMaxHeader = 64 << 10 // bytes of header block read
	mimeMaxDepth  = 4        // nesting of multipart messages
	mimeMaxParts  = 64       // parts looked at in one multipart message
)

// mimeText is what unpackMIME found.
type mimeText struct {
	text    string
	origin  func(int) int
	html    bool   // the body is the text/html part
	subject string // the Subject header, for a title fallback
}

// unpackMIME returns the decoded message when s is a raw e-mail message
// with an encoded or multipart body; ok is false for anything else, which
// is read as it stands.
func unpackMIME(s string) (m mimeText, ok bool) {
	hdr, bodyAt, ok := mailHeaders(s)
	if !ok || hdr["mime-version"] == "" && hdr["content-type"] == "" && hdr["content-transfer-encoding"] == "" {
		return m, false
	}
	ct, params, _ := mime.ParseMediaType(hdr["content-type"])
	cte := strings.ToLower(strings.TrimSpace(hdr["content-transfer-encoding"]))
	if !strings.HasPrefix(ct, "multipart/") && cte != "quoted-printable" && cte != "base64" {
		return m, false
	}
	p, ok := pickPart(s, hdr, ct, params, bodyAt, len(s), 0)
	if !ok || strings.TrimSpace(p.text) == "" {
		return m, false
	}
	m.subject = hdr["subject"]
	m.html = p.html
	head := ""
	if !p.html {
		// The headers stay, as lines the mail pass removes as metadata.
		head = strings.TrimRight(s[:bodyAt], "\r\n") + "\n\n"
	}
	m.text = head + p.text
	hl, n := len(head), len(p.text)
	start, end := p.start, p.end
	m.origin = func(off int) int {
		if off < hl {
			return off
		}
		k := off - hl
		if n == 0 || k >= n {
			return end
		}
		return start + int(int64(k)*int64(end-start)/int64(n))
	}
	return m, true
}

// mailHeaders reads the header block that opens s: each name lower-cased
// with its unfolded value, and the offset where the body begins. ok is
// false when s does not open with a header line.
func mailHeaders(s string) (hdr map[string]string, bodyAt int, ok bool) {
	// hdr is made at the first header line, not before: most inputs are
	// no message and turn away at their first line.
	last := ""
	for i := 0; i < len(s) && i < mimeMaxHeader; {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			j = len(s) - i
		}
		line := strings.TrimRight(s[i:i+j], "\r")
		next := min(len(s), i+j+1)
		if line == "" {
			return hdr, next, len(hdr) > 0
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			hdr[last] += " " + strings.TrimSpace(line)
		} else {
			k := strings.IndexByte(line, ':')
			if k < 1 || k > 60 || strings.ContainsAny(line[:k], " \t") {
				return nil, 0, false
			}
			last = strings.ToLower(line[:k])
			if hdr == nil {
				hdr = map[string]string{}
			}
			if _, seen := hdr[last]; !seen {
				hdr[last] = strings.TrimSpace(line[k+1:])
			}
		}
		i = next
	}
	return nil, 0, false
}

// mimePart is the decoded text of one part and the span of its encoded
// body in the message.
type mimePart struct {
	text       string
	html       bool
	start, end int
}

// pickPart decodes the body s[at:end] of an entity with the given headers:
// a text part as it is, a multipart's text/plain part or else its text/html
// part.
func pickPart(s string, hdr map[string]string, ct string, params map[string]string, at, end, depth int) (mimePart, bool) {
	if ct == "" {
		ct = "text/plain"
	}
	if !strings.HasPrefix(ct, "multipart/") {
		if ct != "text/plain" && ct != "text/html" || strings.HasPrefix(strings.ToLower(hdr["content-disposition"]), "attachment") {
			return mimePart{}, false
		}
		text := decodeBody(s[at:end], hdr["content-transfer-encoding"], params["charset"])
		return mimePart{text: text, html: ct == "text/html", start: at, end: end}, true
	}
	boundary := params["boundary"]
	if boundary == "" || depth >= mimeMaxDepth {
		return mimePart{}, false
	}
	var plain, html mimePart
	var havePlain, haveHTML bool
	for _, sp := range splitParts(s, at, end, boundary) {
		h, bodyAt, ok := mailHeaders(s[sp[0]:sp[1]])
		if !ok {
			h, bodyAt = map[string]string{}, 0
			if strings.HasPrefix(s[sp[0]:sp[1]], "\r\n") || strings.HasPrefix(s[sp[0]:sp[1]], "\n") {
				bodyAt = strings.IndexByte(s[sp[0]:sp[1]], '\n') + 1
			}
		}
		pct, pparams, _ := mime.ParseMediaType(h["content-type"])
		p, ok := pickPart(s, h, pct, pparams, sp[0]+bodyAt, sp[1], depth+1)
		switch {
		case !ok:
		case !p.html && !havePlain:
			plain, havePlain = p, true
		case p.html && !haveHTML:
			html, haveHTML = p, true
		}
	}
	switch {
	case havePlain && strings.TrimSpace(plain.text) != "":
		return plain, true
	case haveHTML:
		return html, true
	}
	return mimePart{}, false
}

// splitParts returns the spans of the parts of a multipart body s[at:end]
// separated by "--boundary" lines.
func splitParts(s string, at, end int, boundary string) [][2]int {
	delim := "--" + boundary
	var spans [][2]int
	partStart := -1
	for i := at; i < end && len(spans) < mimeMaxParts; {
		j := strings.IndexByte(s[i:end], '\n')
		if j < 0 {
			j = end - i
		}
		line := strings.TrimRight(s[i:i+j], "\r \t")
		next := min(end, i+j+1)
		if strings.HasPrefix(line, delim) {
			if partStart >= 0 {
				spans = append(spans, [2]int{partStart, i})
			}
			if strings.HasPrefix(line, delim+"--") {
				return spans
			}
			partStart = next
		}
		i = next
	}
	if partStart >= 0 && partStart < end && len(spans) < mimeMaxParts {
		spans = append(spans, [2]int{partStart, end})
	}
	return spans
}

// decodeBody undoes a transfer encoding and reads the charset: UTF-8 and
// ASCII as they are, anything else as Windows-1252 (a superset of
// Latin-1). What cannot be decoded is kept as it stands.
func decodeBody(body, cte, charset string) string {
	var raw []byte
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "quoted-printable":
		// Errors leave what was read so far plus the rest undecoded.
		b, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(body)))
		if err != nil && len(b) == 0 {
			b = []byte(body)
		}
		raw = b
	case "base64":
		compact := strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
				return -1
			}
			return r
		}, body)
		b, err := base64.StdEncoding.DecodeString(compact)
		if err != nil {
			b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(compact, "="))
		}
		if err != nil {
			b = []byte(body)
		}
		raw = b
	default:
		raw = []byte(body)
	}
	cs := strings.ToLower(strings.Trim(charset, `" `))
	if utf8.Valid(raw) || cs == "" || cs == "utf-8" || cs == "utf8" || cs == "us-ascii" {
		return strings.ToValidUTF8(string(raw), "\uFFFD")
	}
	var b strings.Builder
	for _, c := range raw {
		b.WriteRune(cp1252[c])
	}
	return b.String()
}
