package parser

import (
	"reflect"
	"testing"
)

// TestNoticeMatchSameAsRegexp compares noticeMatch with the expressions run
// over the whole text, on edge cases and every line of the test inputs and
// of the shared corpus.
func TestNoticeMatchSameAsRegexp(t *testing.T) {
	texts := []string{"", "on behalf of", "on behalf of Acme", "xon behalf of Acme, on behalf of Beta.", "éon behalf of Acme",
		"Distributed by PR Newswire on behalf of Acme.", "diſtributed by Wire on behalf of Acme", "xdiſtributed by Wire",
		"éDISTRIBUTED BY Wire, today", "undistributed by X, distributed by Y.", "ſdistributed by Y", "distributed by\nY",
		"Press release distributed by Media Pigeon on behalf of GOV.UK, on Nov 18, 2021. For more information subscribe and"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	found := 0
	for _, text := range texts {
		for _, c := range []struct {
			re   *lazyRegexp
			word string
			back int
		}{{onBehalfRE, "on behalf of", 1}, {distribByRE, "tributed by", 5}} {
			want := c.re.get().FindStringSubmatch(text)
			if got := noticeMatch(c.re, text, c.word, c.back); !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q: %q, want %q", c.re, text, got, want)
			}
			if want != nil {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("no text matched: the test proves nothing")
	}
}
