package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestMailMatchersSameAsRef checks mailHeader and mailSeparator against
// the versions that trimmed with strings.Trim and looked for the colon
// through the whole text (refMailHeader, refMailSeparator below), over
// every line and block of testdata and the shared documents.
func TestMailMatchersSameAsRef(t *testing.T) {
	fails := 0
	for name, text := range dateTexts(t, true) {
		for k, block := range strings.Split(text, "\n\n") {
			checkMailMatchers(t, fmt.Sprintf("%s block %d", name, k), block, &fails)
			for j, line := range strings.Split(block, "\n") {
				checkMailMatchers(t, fmt.Sprintf("%s block %d line %d", name, k, j), line, &fails)
			}
		}
	}
}

// FuzzMailMatchers checks mailHeader and mailSeparator against the
// reference versions on any text.
func FuzzMailMatchers(f *testing.F) {
	for _, s := range []string{"From: a@b.c", "> **Subject:** Hello", "** To :x", "----- Original Message -----",
		"Begin forwarded message:", "X-Mailer: y", "Sent: Monday", "Date:", "a:b", "   \u00a0From:\tx *", "*>*> cc: me",
		"_-=Forwarded message=-_", "İ: x", "Subject" + strings.Repeat(" ", 30) + ": far"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fails := 0
		checkMailMatchers(t, "fuzz", s, &fails)
	})
}

// checkMailMatchers compares the mail matchers with the reference ones on
// s, failing the test after 20 differences.
func checkMailMatchers(t *testing.T, name, s string, fails *int) {
	t.Helper()
	n, v, ok := mailHeader(s)
	rn, rv, rok := refMailHeader(s)
	if n != rn || v != rv || ok != rok {
		t.Errorf("%s: mailHeader(%q) = %q, %q, %v; want %q, %q, %v", name, headOf(s, 200), n, v, ok, rn, rv, rok)
		*fails++
	}
	if got, want := mailSeparator(s), refMailSeparator(s); got != want {
		t.Errorf("%s: mailSeparator(%q) = %v, want %v", name, headOf(s, 200), got, want)
		*fails++
	}
	if *fails > 20 {
		t.FailNow()
	}
}

// refMailHeader is mailHeader as it was before it trimmed by byte tables.
func refMailHeader(s string) (name, value string, ok bool) {
	s = trimSpace(strings.TrimLeft(s, "*> "))
	i := strings.IndexByte(s, ':')
	if i < 2 || i > 30 {
		return "", "", false
	}
	name = strings.Trim(s[:i], "* ")
	if !refKnownHeaderName(name) {
		return "", "", false
	}
	name = strings.ToLower(name)
	if strings.ContainsAny(name, " \t") {
		return "", "", false
	}
	return name, trimSpace(strings.Trim(s[i+1:], "* ")), true
}

// refMailSeparator is mailSeparator as it was before it trimmed by a byte
// table.
func refMailSeparator(s string) bool {
	return mailSeparatorWords(strings.Trim(trimSpace(s), "-_*=> "))
}

// mailHeaderNamesRef is the map mailHeaderName was written from: the header
// fields a mail client shows or an .eml file holds, lower-cased.
var mailHeaderNamesRef = map[string]bool{
	"from": true, "to": true, "cc": true, "bcc": true, "sent": true, "date": true, "subject": true,
	"reply-to": true, "mime-version": true, "content-type": true, "content-transfer-encoding": true,
	"message-id": true, "importance": true, "return-path": true, "received": true, "in-reply-to": true,
	"references": true, "sender": true, "delivered-to": true, "content-disposition": true,
	"thread-topic": true, "thread-index": true, "x-mailer": true, "priority": true, "attachments": true,
}

// refKnownHeaderName is knownHeaderName as first written: the name in
// lower case looked up in the map, or begun with "x-".
func refKnownHeaderName(name string) bool {
	low := strings.ToLower(name)
	return mailHeaderNamesRef[low] || strings.HasPrefix(low, "x-")
}

// TestMailHeaderNameSameAsMap checks mailHeaderName against the map on
// its every name, each cut short, lengthened and in capitals (which it
// must turn away: it is given names in lower case).
func TestMailHeaderNameSameAsMap(t *testing.T) {
	names := []string{"", "x", "x-", "f", "tos"}
	for n := range mailHeaderNamesRef {
		names = append(names, n, n[:len(n)-1], n[1:], n+"s", "a"+n, strings.ToUpper(n))
	}
	for _, n := range names {
		if got, want := mailHeaderName(n), mailHeaderNamesRef[n]; got != want {
			t.Fatalf("mailHeaderName(%q) = %v, want %v", n, got, want)
		}
	}
}
