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
	if !knownHeaderName(name) {
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
