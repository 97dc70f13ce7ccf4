package parser

import (
	"reflect"
	"regexp"
	"testing"
)

// The expressions that noticeBehalf and noticeDistrib replace.
var (
	onBehalfRE  = regexp.MustCompile(`(?i)\bon behalf of\s+(.{2,80}?)(?:,|\s+on\s+\w+\.?\s+\d|\.\s|\.$|$)`)
	distribByRE = regexp.MustCompile(`(?i)\bdistributed by\s+(.{2,60}?)(?:\s+on behalf of|,|\.\s|\.$|\s+on\s+\w+\.?\s+\d|$)`)
)

// TestNoticeCodeSameAsRegexp compares noticeBehalf and noticeDistrib with
// the expressions they replace, on edge cases, on every join of pieces
// that come near the expressions' branches, and on every line of the test
// inputs and of the shared corpus.
func TestNoticeCodeSameAsRegexp(t *testing.T) {
	texts := []string{"", "on behalf of", "on behalf of Acme", "xon behalf of Acme, on behalf of Beta.", "éon behalf of Acme",
		"Distributed by PR Newswire on behalf of Acme.", "diſtributed by Wire on behalf of Acme", "xdiſtributed by Wire",
		"éDISTRIBUTED BY Wire, today", "undistributed by X, distributed by Y.", "ſdistributed by Y", "distributed by\nY",
		"Press release distributed by Media Pigeon on behalf of GOV.UK, on Nov 18, 2021. For more information subscribe and",
		"on behalf of  X\non Monday 5", "on behalf of \n\nAB", "on behalf of A", "on behalf of AB", "on behalf of A\nB",
		"ON BEHALF OF Acme ON ſept. 5", "on behalf of Acme on K 5", "on behalf of Acme on \u212a. 5", "on behalf of Acme on Nov.. 5",
		"on behalf of Acme on Nov 5", "on behalf of Acme\ton\tNov.\t5", "on behalf of Acme\von Nov 5", "_on behalf of X, on behalf of YZ.",
		"on behalf of\xff\xfe, x", "on behalf of é, x", "on behalf of A.B.", "on behalf of A. B", "distributed by A on behalf of B",
		"distributed by AB  on behalf of C", "distributed by AB on behalf ofC", "diStributed bY XY on 5 6", "distributed by on on Nov 5",
		"dis tributed by AB", "distributed  by AB", "distributed by" + string(make([]byte, 70)) + ",",
	}
	pieces := []string{"on behalf of", "distributed by", "diſtributed by", " ", "  ", "\n", "A", "Bé", ",", ".", ". ", " on Nov 5", " on behalf of X", "x", "on", "\t5"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				for _, d := range pieces {
					texts = append(texts, a+b+c+d)
				}
			}
		}
	}
	long := "on behalf of "
	for i := 0; i < 90; i++ {
		long += "ab"
		texts = append(texts, long, long+".", long+", x")
	}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	found := 0
	for _, text := range texts {
		for _, c := range []struct {
			re   *regexp.Regexp
			code func(string) (noticeSpan, bool)
		}{{onBehalfRE, noticeBehalf}, {distribByRE, noticeDistrib}} {
			want := c.re.FindStringSubmatch(text)
			var got []string
			if m, ok := c.code(text); ok {
				got = []string{text[m.start:m.end], text[m.nameStart:m.nameEnd]}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q: %q, want %q", c.re, text, got, want)
			}
			if want != nil {
				found++
			}
		}
	}
	if found < 100 {
		t.Errorf("%d texts matched: the test proves little", found)
	}
}
